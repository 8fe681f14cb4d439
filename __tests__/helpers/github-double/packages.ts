/**
 * Files inside installed packages, found the way Node looks for packages (node_modules of this folder and its
 * parents). Some of these packages export only their JavaScript entry, so `require.resolve` cannot name a data
 * file in them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function packageFile(name: string, file: string): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, file);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name}/${file} not found: is ${name} installed?`);
  }
}
