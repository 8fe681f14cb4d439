import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadFile } from '../definition/load.js';
import { MAX_DEFINITION_BYTES } from '../definition/file-def.js';
import { readBoundedSync, type ReadOutcome } from './bounded-read.js';

/**
 * Reads definition files from disk, relative paths against `baseDir`, through the bounded reader: only
 * regular files inside `root` (the repository: `extends` paths may not leave it, nor may a link), at most
 * MAX_DEFINITION_BYTES, never a FIFO or a device, with worded errors. Built-ins come from the installed code.
 */
export function definitionReader(baseDir: string, root: string = baseDir): ReadFile {
  return (file) => {
    if (file.startsWith(BUILTIN_PREFIX)) return readDefinitionFile(file);
    const abs = path.resolve(baseDir, file);
    const rel = path.relative(path.resolve(root), abs);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
      return { error: 'it is outside the repository (extends stays inside it, or names a built-in)' };
    return worded(readBoundedSync(root, rel.split(path.sep).join('/'), LIMITS));
  };
}

/**
 * The folder a definition's `extends` must stay in: `preferred` (the repository being checked) when it
 * holds the entry file, else the git work tree the entry file is in, else the entry file's folder.
 */
export function definitionRoot(entry: string, preferred?: string): string {
  const abs = path.resolve(entry);
  if (preferred) {
    const rel = path.relative(path.resolve(preferred), abs);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return path.resolve(preferred);
  }
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(abs);
  }
}

const LIMITS = { maxBytes: MAX_DEFINITION_BYTES, large: 'refuse', links: 'inside' } as const;

/** A definition file by its own path (a built-in, or a file named on the command line), bounded the same way. */
export const readDefinitionFile: ReadFile = (file) => {
  if (file.startsWith(BUILTIN_PREFIX)) {
    const dir = builtinDir();
    const name = file.slice(BUILTIN_PREFIX.length);
    const real = dir && listBuiltins(dir).get(name);
    if (!real) return { error: 'no such built-in checklist' };
    file = real;
  }
  const abs = path.resolve(file);
  return worded(readBoundedSync(path.dirname(abs), path.basename(abs), { ...LIMITS, links: 'refuse' }));
};

function worded(read: ReadOutcome): { text: string } | { error: string } {
  if (read.ok) return { text: read.bytes.toString('utf8') };
  if (read.refusal === 'missing') return { error: 'no such file' };
  if (read.refusal === 'too-large') return { error: `it is larger than ${MAX_DEFINITION_BYTES} bytes` };
  if (read.refusal === 'outside') return { error: `it is outside the repository (${read.message})` };
  return { error: read.message };
}

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
