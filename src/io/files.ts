import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadFile } from '../definition/load.js';
import { MAX_DEFINITION_BYTES } from '../definition/file-def.js';

/** Reads definition files from disk, relative paths against `baseDir`, with a size limit and worded errors. */
export function definitionReader(baseDir: string): ReadFile {
  return (file) => readDefinitionFile(file.startsWith(BUILTIN_PREFIX) ? file : path.resolve(baseDir, file));
}

export const readDefinitionFile: ReadFile = (file) => {
  if (file.startsWith(BUILTIN_PREFIX)) {
    const dir = builtinDir();
    const name = file.slice(BUILTIN_PREFIX.length);
    const real = dir && listBuiltins(dir).get(name);
    if (!real) return { error: 'no such built-in checklist' };
    file = real;
  }
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { error: 'it is a directory' };
    if (stat.size > MAX_DEFINITION_BYTES) return { error: `it is larger than ${MAX_DEFINITION_BYTES} bytes` };
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EACCES') return { error: 'permission denied' };
    return { error: (e as Error).message };
  }
};

/** The folder of built-in checklists, found beside the installed code (src/, dist/ or dist/cli/). */
export function builtinDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (let i = 0; i < 5; i += 1) {
    const candidate = path.join(dir, 'checklists');
    if (existsSync(candidate) && existsSync(path.join(dir, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** How built-in checklists are named in diagnostics and reports: `builtin:NAME`, never a machine path. */
export const BUILTIN_PREFIX = 'builtin:';

/** Built-in checklists by name → `builtin:NAME`, which `readDefinitionFile` understands. */
export function builtinNames(dir: string | undefined = builtinDir()): Map<string, string> {
  return new Map([...listBuiltins(dir).keys()].map((name) => [name, `${BUILTIN_PREFIX}${name}`]));
}

/** Built-in checklists by name: `checklists/NAME.yml`. */
export function listBuiltins(dir: string | undefined = builtinDir()): Map<string, string> {
  const out = new Map<string, string>();
  if (!dir) return out;
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.+)\.ya?ml$/.exec(f);
    if (m?.[1]) out.set(m[1], path.join(dir, f));
  }
  return out;
}
