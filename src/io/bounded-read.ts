import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one way Preflight reads a file named by the repository or a definition: only a regular file, only
 * inside the repository, never more than a cap, and never past its item's time. A FIFO, a device, a socket
 * or a directory is refused without blocking (opened non-blocking, judged by `fstat` on the open handle, so
 * nothing can be swapped in between); a symbolic link is refused (`links: 'refuse'`, what scans do: they
 * report links) or followed only while it stays inside the repository (`links: 'inside'`).
 */

export interface ReadLimits {
  /** Bytes read at most. */
  maxBytes: number;
  /** `truncate` (default): the first `maxBytes`, marked truncated; `refuse`: a larger file is not read. */
  large?: 'truncate' | 'refuse';
  /** `refuse` (default): a symbolic link is not followed; `inside`: followed when it ends inside the root. */
  links?: 'refuse' | 'inside';
  /** Reading stops when it is aborted. */
  signal?: AbortSignal;
  /**
   * Synchronous reads only: real paths of the root and of folders, resolved once for a caller that reads
   * many files within moments (a scan shard) and forgotten with it. Each file is still opened without
   * following a link and judged on its open handle.
   */
  resolved?: Map<string, string>;
  /**
   * Synchronous reads only: a buffer to read into when the file fits (the bytes returned are then a view
   * of it, valid until the next read into it), so that a scan does not allocate one buffer per file.
   */
  scratch?: Buffer;
}

export type Refusal = 'outside' | 'link' | 'not-regular' | 'too-large' | 'missing' | 'aborted' | 'unreadable';

export type ReadOutcome =
  { ok: true; bytes: Buffer; truncated: boolean } | { ok: false; refusal: Refusal; message: string };

const CHUNK = 64 * 1024;
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads `rel` (a `/`-separated path relative to `root`) within the limits. */
export async function readBounded(root: string, rel: string, limits: ReadLimits): Promise<ReadOutcome> {
  const where = await locate(root, rel, limits, realpath);
  if ('refusal' in where) return where;
  let handle: FileHandle;
  try {
    handle = await open(where.file, FLAGS);
  } catch (e) {
    return openFailure(e);
  }
  try {
    const stat = await handle.stat();
    const refused = judge(stat, limits);
    if (refused) return refused;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      if (limits.signal?.aborted) return refusal('aborted', 'the time is up');
      const want = chunkSize(stat, total, limits);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limits.maxBytes) break;
    }
    return finish(chunks, total, limits);
  } catch (e) {
    return refusal('unreadable', (e as Error).message);
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (the definition loader reads this way). */
export function readBoundedSync(root: string, rel: string, limits: ReadLimits): ReadOutcome {
  const where = locateSync(root, rel, limits);
  if ('refusal' in where) return where;
  let fd: number;
  try {
    fd = openSync(where.file, FLAGS);
  } catch (e) {
    return openFailure(e);
  }
  try {
    const stat = fstatSync(fd);
    const refused = judge(stat, limits);
    if (refused) return refused;
    const scratch = limits.scratch;
    if (scratch && stat.size < scratch.length && stat.size <= limits.maxBytes) {
      // One read of the claimed size and a byte more; a file that grew meanwhile takes the chunked path.
      const got = readSync(fd, scratch, 0, stat.size + 1, null);
      if (got <= stat.size) return finish([scratch.subarray(0, got)], got, limits);
      const chunks = [Buffer.from(scratch.subarray(0, got))];
      return readRest(fd, stat, chunks, got, limits);
    }
    return readRest(fd, stat, [], 0, limits);
  } catch (e) {
    return refusal('unreadable', (e as Error).message);
  } finally {
    closeSync(fd);
  }
}

/** Reads on from `from` bytes (already in `chunks`) in chunks, up to a byte past the cap. */
function readRest(fd: number, stat: Stats, chunks: Buffer[], from: number, limits: ReadLimits): ReadOutcome {
  let total = from;
  for (;;) {
    const want = chunkSize(stat, total, limits);
    const buf = Buffer.allocUnsafe(want);
    const bytesRead = readSync(fd, buf, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limits.maxBytes) break;
  }
  return finish(chunks, total, limits);
}

/**
 * Whether `rel` names a place inside the root by its words alone: relative, no `..`, no NUL, and on
 * Windows no drive (`C:x`). Elsewhere `c:config.js` is a plain name that a repository may track: refusing
 * it would leave that file unscanned.
 */
export function staysInside(rel: string): boolean {
  if (rel === '' || rel.includes('\0') || path.isAbsolute(rel)) return false;
  if (path.sep === '\\' && /^[a-zA-Z]:/.test(rel)) return false;
  return !rel.split(/[\\/]/).includes('..');
}

function refusal(refusal: Refusal, message: string): ReadOutcome & { ok: false } {
  return { ok: false, refusal, message };
}

function judge(stat: Stats, limits: ReadLimits): (ReadOutcome & { ok: false }) | undefined {
  if (!stat.isFile()) return refusal('not-regular', `it is ${kindOf(stat)}, not a regular file`);
  if ((limits.large ?? 'truncate') === 'refuse' && stat.size > limits.maxBytes)
    return refusal('too-large', `it is larger than ${limits.maxBytes} bytes`);
  return undefined;
}

/**
 * How much to ask for next: the whole claimed size at once (one buffer for an ordinary file), then 64 KiB
 * at a time (a /proc file that claims 0 bytes, or a file that grew); never more than one byte past the cap.
 */
function chunkSize(stat: Stats, total: number, limits: ReadLimits): number {
  const first = total === 0 ? stat.size + 1 : 0;
  return Math.min(Math.max(CHUNK, first), limits.maxBytes + 1 - total);
}

function finish(chunks: Buffer[], total: number, limits: ReadLimits): ReadOutcome {
  const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  if (total <= limits.maxBytes) return { ok: true, bytes, truncated: false };
  // A file that reported a small size (a /proc file) and then grew is refused like a large one.
  if (limits.large === 'refuse') return refusal('too-large', `it is larger than ${limits.maxBytes} bytes`);
  return { ok: true, bytes: bytes.subarray(0, limits.maxBytes), truncated: true };
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function openFailure(e: unknown): ReadOutcome & { ok: false } {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return refusal('link', 'it is a symbolic link, which is not followed');
  if (code === 'ENOENT' || code === 'ENOTDIR') return refusal('missing', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return refusal('unreadable', 'permission denied');
  if (code === 'ENXIO') return refusal('not-regular', 'it is a socket or device, not a regular file');
  return refusal('unreadable', (e as Error).message);
}

type Located = { file: string } | (ReadOutcome & { ok: false });

function inside(parent: string, child: string): boolean {
  const r = path.relative(parent, child);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

/**
 * Where to open `rel`: its folder must resolve to the same folder inside the real root (no linked folder
 * leads out); with `links: 'inside'` the file itself is resolved and must stay inside too.
 */
async function locate(
  root: string,
  rel: string,
  limits: ReadLimits,
  resolve: (p: string) => Promise<string>,
): Promise<Located> {
  if (!staysInside(rel)) return refusal('outside', 'the path leaves the repository');
  let realRoot: string;
  let realDir: string;
  const lexical = path.join(root, rel);
  try {
    realRoot = await resolve(root);
    realDir = await resolve(path.dirname(lexical));
  } catch (e) {
    return openFailure(e);
  }
  return place(realRoot, realDir, lexical, rel, limits, await resolveFile(lexical, limits, resolve));
}

/**
 * A path of plain names joined by single `/` (no `.` or `..` name, no empty one, no `\`, no NUL, not
 * absolute): what `git ls-files` lists for nearly every file. Joining such a path to a folder is
 * concatenation, so a scan's reads skip the general path functions (a tenth of a scan's time on trees of
 * small files).
 */
const PLAIN_RELATIVE = /^(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))(?!.*\/\/)[^\\\0:]+$/;
/** The same for a path with no name that starts with a dot (nearly all), told with fewer passes. */
const PLAIN_UNDOTTED = /^[^\\\0:]+$/;

function isPlainRelative(rel: string): boolean {
  const first = rel.charCodeAt(0);
  // An absolute path is never plain: it takes the general route, which refuses it as outside.
  if (first === 0x2f) return false;
  if (first !== 0x2e && !rel.includes('/.')) return !rel.includes('//') && PLAIN_UNDOTTED.test(rel);
  return PLAIN_RELATIVE.test(rel);
}

/** The last root asked about, and its form for the plain route (undefined: the root takes the general one). */
let lastRoot: string | undefined;
let lastPlainBase: string | undefined;

/** A normalized absolute root without its trailing slash, or undefined; a scan asks with one root throughout. */
function plainBase(root: string): string | undefined {
  if (root !== lastRoot) {
    const base = root.endsWith('/') ? root.slice(0, -1) : root;
    lastRoot = root;
    lastPlainBase = base !== '' && path.isAbsolute(base) && base === path.normalize(base) ? base : undefined;
  }
  return lastPlainBase;
}

function locateSync(root: string, rel: string, limits: ReadLimits): Located {
  if (isPlainRelative(rel) && !rel.endsWith('/') && limits.links !== 'inside') {
    const base = plainBase(root);
    if (base !== undefined) return locatePlain(base, rel, limits);
  }
  if (!staysInside(rel)) return refusal('outside', 'the path leaves the repository');
  const lexical = path.join(root, rel);
  let realRoot: string;
  let realDir: string;
  let real: string | undefined;
  const resolve = (p: string) => realPathSync(p, limits);
  try {
    realRoot = resolve(root);
    realDir = resolve(path.dirname(lexical));
    real = limits.links === 'inside' ? tryReal(() => realpathSync.native(lexical)) : undefined;
  } catch (e) {
    return openFailure(e);
  }
  return place(realRoot, realDir, lexical, rel, limits, real);
}

/** A real path, through the batch's cache of resolved folders when the caller keeps one. */
function realPathSync(p: string, limits: ReadLimits): string {
  const cache = limits.resolved;
  if (!cache) return realpathSync.native(p);
  let known = cache.get(p);
  if (known === undefined) cache.set(p, (known = realpathSync.native(p)));
  return known;
}

/**
 * locateSync for a plain relative path under a normalized absolute root (links refused): the same
 * decisions as place(). The root is resolved to its real path; below it, each folder on the way is looked
 * at with `lstat`, one call per folder the batch has not seen (a real path costs a call per component of
 * the whole path). Only when one is not a plain folder (a link, a file, missing) is the folder's real path
 * asked, so that the refusal is the one the real path gives.
 */
function locatePlain(root: string, rel: string, limits: ReadLimits): Located {
  const slash = rel.lastIndexOf('/');
  let realRoot: string;
  try {
    realRoot = realPathSync(root, limits);
  } catch (e) {
    return openFailure(e);
  }
  const base = realRoot === '/' ? '' : realRoot;
  if (slash === -1) return { file: `${base}/${rel}` };
  const dir = rel.slice(0, slash);
  if (plainFolders(base, dir, limits.resolved)) return { file: `${base}/${rel}` };
  let realDir: string;
  try {
    realDir = realPathSync(`${root}/${dir}`, limits);
  } catch (e) {
    return openFailure(e);
  }
  if (realDir !== `${base}/${dir}`)
    return refusal('link', 'it is under a symbolic link, which is not followed');
  return { file: `${realDir}/${rel.slice(slash + 1)}` };
}

/**
 * Whether every folder of `dir` (plain names) under the real root `base` is a folder, not a link; folders
 * found so are kept in `seen` (a folder's real path is then its own path), so a batch looks at each once.
 */
function plainFolders(base: string, dir: string, seen: Map<string, string> | undefined): boolean {
  // Files come folder by folder: the folder of the last file needs no second look in the same batch.
  if (seen !== undefined && seen === lastSeen && dir === lastDir && base === lastBase) return true;
  const full = `${base}/${dir}`;
  if (seen?.has(full)) return remember(seen, base, dir);
  for (let at = dir.indexOf('/'); ; at = dir.indexOf('/', at + 1)) {
    const folder = at === -1 ? full : `${base}/${dir.slice(0, at)}`;
    if (!seen?.has(folder)) {
      if (lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) return false;
      seen?.set(folder, folder);
    }
    if (at === -1) return remember(seen, base, dir);
  }
}

/** The folder of the last file found plain, and the batch that found it. */
let lastSeen: Map<string, string> | undefined;
let lastBase: string | undefined;
let lastDir: string | undefined;

function remember(seen: Map<string, string> | undefined, base: string, dir: string): true {
  lastSeen = seen;
  lastBase = base;
  lastDir = dir;
  return true;
}

async function resolveFile(
  lexical: string,
  limits: ReadLimits,
  resolve: (p: string) => Promise<string>,
): Promise<string | undefined> {
  if (limits.links !== 'inside') return undefined;
  try {
    return await resolve(lexical);
  } catch {
    return undefined;
  }
}

function tryReal(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function place(
  realRoot: string,
  realDir: string,
  lexical: string,
  rel: string,
  limits: ReadLimits,
  real: string | undefined,
): Located {
  const expectedDir = path.join(realRoot, path.dirname(rel));
  if (limits.links === 'inside') {
    if (!inside(realRoot, realDir)) return refusal('outside', 'a linked folder leads out of the repository');
    if (real === undefined) return { file: path.join(realDir, path.basename(lexical)) };
    if (!inside(realRoot, real)) return refusal('outside', 'it is a link that leads out of the repository');
    return { file: real };
  }
  if (realDir !== expectedDir) return refusal('link', 'it is under a symbolic link, which is not followed');
  return { file: path.join(realDir, path.basename(lexical)) };
}
