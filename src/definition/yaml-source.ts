import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Parser,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLError,
} from 'yaml';
import { cut, type Diagnostic } from './diagnostic.js';

/** A parsed YAML file that can say where any value (or key) stands in the text. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value at `path`, or of its key when `key` is true; nearest existing ancestor otherwise. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): { line: number; col: number };
}

export type ParsedYaml = { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

const MAX_ALIAS_COUNT = 100;
/** Far deeper than any checklist, far shallower than what overflows the parser's stack. */
const MAX_DEPTH = 100;
/** Syntax errors cascade: after the first few, the rest are mostly echoes. */
const MAX_SYNTAX_ERRORS = 20;

export function parseYaml(file: string, text: string): ParsedYaml {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    const col = deep - before.lastIndexOf('\n');
    const message = `YAML: the document is nested too deeply (more than ${MAX_DEPTH} levels)`;
    return { ok: false, diagnostics: [{ file, line, col, message }] };
  }
  const lineCounter = new LineCounter();
  // The parser's own unique-key check compares each key with every key before it (quadratic in a map's
  // size): keys are checked here instead, once each (see duplicateKey).
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number, message: string): Diagnostic => ({
    file,
    ...lineCounter.linePos(offset),
    message,
  });
  if (doc.errors.length > 0) return { ok: false, diagnostics: syntaxDiagnostics(doc, at) };
  const duplicate = duplicateKey(doc);
  if (duplicate !== undefined)
    return { ok: false, diagnostics: [at(duplicate, 'YAML syntax: Map keys must be unique')] };
  const unresolved = unresolvedAlias(doc);
  if (unresolved) {
    const { name, offset } = unresolved;
    const message = `YAML: unknown alias '*${name}' (an anchor '&${name}' must come before it)`;
    return { ok: false, diagnostics: [at(offset, message)] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = /excessive alias count/i.test(String(e))
      ? 'too many aliases: the document expands to an excessive size'
      : firstLine(e instanceof Error ? e.message : String(e));
    return { ok: false, diagnostics: [{ file, line: 1, col: 1, message: `YAML: ${message}` }] };
  }
  return {
    ok: true,
    source: {
      file,
      value,
      locate: (path, key = false) => {
        const offset = findOffset(doc, path, key);
        const pos = lineCounter.linePos(offset);
        return { line: pos.line, col: pos.col };
      },
    },
  };
}

function syntaxDiagnostics(doc: Document, at: (offset: number, message: string) => Diagnostic): Diagnostic[] {
  const out = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => {
    const quote = unclosedQuote(doc, e);
    return quote
      ? at(quote.offset, `YAML syntax: the string opened here has no closing ${quote.mark}`)
      : at(e.pos[0], `YAML syntax: ${syntaxMessage(e)}`);
  });
  const more = doc.errors[MAX_SYNTAX_ERRORS];
  if (more) {
    const rest = doc.errors.length - MAX_SYNTAX_ERRORS;
    out.push(
      at(
        more.pos[0],
        `YAML syntax: ${rest} more error${rest === 1 ? '' : 's'} from here on (fix the ones above first)`,
      ),
    );
  }
  return out;
}

/** The parser's message, minus its position suffix and wording that only makes sense to a programmer. */
function syntaxMessage(e: YAMLError): string {
  if (e.code === 'MULTIPLE_DOCS')
    return "a second document starts here: a definition file holds one document (remove the '---')";
  return firstLine(e.message);
}

interface CstNode {
  type?: string;
  offset?: number;
  value?: CstNode;
  key?: CstNode | null;
  items?: Array<{ key?: CstNode | null; value?: CstNode }>;
}

/**
 * Where collections nest deeper than MAX_DEPTH, found on the parser's token tree (built without recursion)
 * before the composer recurses into it. Stack overflows depend on the machine; this limit does not.
 */
function tooDeepAt(text: string): number | undefined {
  const stack: Array<[CstNode, number]> = [];
  const tokens = [...new Parser().parse(text)] as CstNode[];
  for (const token of tokens.reverse()) stack.push([token, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [CstNode, number];
    if (node.type === 'document') {
      if (node.value) stack.push([node.value, depth]);
    } else if (node.items) {
      if (depth >= MAX_DEPTH) return node.offset ?? 0;
      // Pushed last to first, so the earliest place in the text is found first.
      for (const item of [...node.items].reverse()) {
        if (item.value) stack.push([item.value, depth + 1]);
        if (item.key) stack.push([item.key, depth + 1]);
      }
    }
  }
  return undefined;
}

/** The first line of the parser's message, which may quote a whole (long) scalar: cut to a readable length. */
function firstLine(message: string): string {
  return cut((message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim(), 200);
}

/** The parser reports a missing closing quote at the end of the text; the opening quote is what to fix. */
function unclosedQuote(doc: Document, e: YAMLError): { offset: number; mark: string } | undefined {
  if (e.code !== 'MISSING_CHAR' || !/quote/.test(e.message)) return undefined;
  let found: { offset: number; mark: string } | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (!quoted || !node.range || node.range[1] !== e.pos[0]) return undefined;
      found = { offset: node.range[0], mark: node.type === 'QUOTE_DOUBLE' ? '"' : "'" };
      return visit.BREAK;
    },
  });
  return found;
}

/** The first alias whose anchor is not defined before it (the parser leaves these to `toJS`, which throws). */
function unresolvedAlias(doc: Document): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = { name: node.source, offset: rangeStart(node) ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where the first key repeated within one mapping is (the second occurrence), or undefined: one pass over
 * the document with a set per mapping, so a file of many keys is checked in time linear in its size.
 */
function duplicateKey(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Map(_key, node) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const k = keyText(pair.key);
        if (k === undefined) continue;
        if (seen.has(k)) {
          found = rangeStart(pair.key) ?? rangeStart(node) ?? 0;
          return visit.BREAK;
        }
        seen.add(k);
      }
      return undefined;
    },
  });
  return found;
}

/** A key as the unique-key rule compares it: scalars by type and value; other keys are not compared. */
function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return `${typeof key.value}:${String(key.value)}`;
}

/** Each mapping's pairs by key, built the first time a path goes through it (many lookups stay linear). */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairAt(node: YAMLMap, segment: string): Pair | undefined {
  let index = pairIndex.get(node);
  if (!index) {
    index = new Map();
    for (const p of node.items) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(node, index);
  }
  return index.get(segment);
}

function findOffset(doc: Document, path: ReadonlyArray<string | number>, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairAt(node, String(segment));
      if (!pair) return offset;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      // A key written without a value (`title:`) has nothing to point at but its key.
      offset = (isEmpty(node) ? undefined : rangeStart(node)) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node)) {
      const child = node.items[Number(segment)];
      if (child === undefined) return offset;
      node = child;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function isEmpty(node: unknown): boolean {
  return isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] === node.range[1];
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
