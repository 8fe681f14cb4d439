import type { Registry } from '../checks/registry.js';
import { outlineToYaml, type Explanation, type ImportSummary } from './convert.js';
import { readOutline } from './outline.js';
import type { Stack } from './rules/index.js';

export type { Explanation, ImportSummary } from './convert.js';

/** More task items than a pull request comment can show and people can tick. */
export const MAX_IMPORT_ITEMS = 1000;
/**
 * The largest checklist import reads. Real checklists run to about 15 KB (the largest of 147 read while
 * measuring the import); the Markdown parser holds some 600 bytes of syntax tree and events per byte, so
 * a 1 MiB file cost over 600 MB and 2 s whatever it held. A quarter of a megabyte keeps 17 times the
 * largest real one and bounds a hostile file to a fraction of that.
 */
export const MAX_IMPORT_BYTES = 256 * 1024;

export interface ImportOptions {
  registry: Registry;
  /** The file's name, for messages and the header comment. */
  source: string;
  /** The stack of the repository the import runs in, used when the document does not name one. */
  repoStack?: Stack;
  /** The scripts of the package.json at the root of that repository, when it has one that parses. */
  repoScripts?: string[];
  /** The names of the files at the root of that repository (`gradlew`, `composer.json`, `uv.lock`…). */
  repoFiles?: string[];
}

export type ImportResult =
  | { ok: true; yaml: string; summary: ImportSummary; explanations: Explanation[] }
  | { ok: false; message: string };

/**
 * A Markdown checklist as a Preflight definition. `source` names the file in messages and in the header
 * comment. Bad input is an answer with a message, never an exception.
 */
export function importMarkdown(bytes: Uint8Array | string, options: ImportOptions): ImportResult {
  const { source } = options;
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  if (size === 0) return { ok: false, message: `${source} is empty: there is nothing to import` };
  if (size > MAX_IMPORT_BYTES) return { ok: false, message: tooLarge(source, size) };
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  const junk = notText(text);
  if (junk) return { ok: false, message: `${source} is not a Markdown text file: ${junk}` };
  const shape = shapeProblem(text);
  if (shape) return { ok: false, message: `${source} ${shape}` };
  let outline: ReturnType<typeof readOutline>;
  try {
    outline = readOutline(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `${source} could not be read as Markdown (${(e as Error).message})` };
  }
  const count = outline.groups.reduce((n, g) => n + g.items.length, 0);
  if (count === 0)
    return {
      ok: false,
      message: `${source} has no task items ("- [ ] …" list items): nothing to import${outline.skipped > 0 ? ` (${outline.skipped} boxes inside code blocks or HTML comments are not items)` : ''}`,
    };
  if (count > MAX_IMPORT_ITEMS)
    return {
      ok: false,
      message: `${source} has ${count} task items; a checklist holds at most ${MAX_IMPORT_ITEMS} (split it into several checklists)`,
    };
  return { ok: true, ...outlineToYaml(outline, options) };
}

export function tooLarge(source: string, size: number): string {
  return `${source} is ${mib(size)}; import reads Markdown checklists of at most ${mib(MAX_IMPORT_BYTES)} (split it into several checklists)`;
}

/**
 * Shapes the Markdown parser handles slowly or through deep recursion, refused up front in one linear pass:
 * lists or quotes nested more than MAX_NESTING deep (by markers or by indentation), and paragraphs with
 * thousands of brackets (each unresolved link costs the parser a look-ahead).
 */
const MAX_NESTING = 32;
const MAX_BRACKETS_PER_BLOCK = 8 * MAX_IMPORT_ITEMS;
const OPENERS = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/;
/** A line that opens a task box: the parser's count can only be lower (boxes in code are not items). */
const BOX_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/;
/** Above this many box lines the file is refused before it is parsed; up to it, the parser counts. */
const MAX_BOX_LINES = 2 * MAX_IMPORT_ITEMS;

function shapeProblem(text: string): string | undefined {
  let brackets = 0;
  let blockStart = 1;
  let lineNo = 0;
  let boxes = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    if (BOX_LINE.test(line)) boxes += 1;
    if (line.trim() === '') {
      brackets = 0;
      blockStart = lineNo + 1;
      continue;
    }
    const openers = OPENERS.exec(line)?.[0] ?? '';
    const depth = openers.match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    if (depth > MAX_NESTING || (depth > 0 && indent > 4 * MAX_NESTING))
      return `nests lists or quotes too deep on line ${lineNo}; a checklist needs at most ${MAX_NESTING} levels`;
    for (let i = line.indexOf('['); i !== -1; i = line.indexOf('[', i + 1)) {
      if (!/^\[[ xX]\]/.test(line.slice(i, i + 3))) brackets += 1;
    }
    if (brackets > MAX_BRACKETS_PER_BLOCK)
      return `has a paragraph (from line ${blockStart}) with more than ${MAX_BRACKETS_PER_BLOCK} "[" brackets; it does not look like a checklist`;
  }
  // Tens of thousands of boxes are refused without building their syntax tree, which costs the parser
  // about 20 KB a box; a count near the limit is left to the parser, which knows a box in code is no item.
  if (boxes > MAX_BOX_LINES)
    return `has ${boxes} task boxes; a checklist holds at most ${MAX_IMPORT_ITEMS} items (split it into several checklists)`;
  return undefined;
}

function notText(text: string): string | undefined {
  if (text.includes('\0')) return 'it holds NUL bytes (a binary file?)';
  let bad = 0;
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad += 1;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control += 1;
  }
  if (bad > 8 && bad * 100 > text.length) return 'it is not UTF-8 text';
  if (control > 8 && control * 100 > text.length) return 'it holds control characters (a binary file?)';
  return undefined;
}

const mib = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;

export function summaryLine(s: ImportSummary): string {
  const extra = [
    s.split > 0 ? `${s.split} split into several checks` : '',
    s.guessed > 0 ? `${s.guessed} guessed (see the comments)` : '',
    s.unavailable.length > 0 ? `not available here: ${s.unavailable.join(', ')}` : '',
  ].filter(Boolean);
  return `${s.items} items: ${s.automated} automated, ${s.manual} manual, ${s.skipped} skipped${extra.length ? `; ${extra.join('; ')}` : ''}`;
}
