import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

/** A parsed YAML file that can say where any value (or key) stands in the text. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value at `path`, or of its key when `key` is true; nearest existing ancestor otherwise. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): { line: number; col: number };
}

export type ParsedYaml = { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

const MAX_ALIAS_COUNT = 100;

export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors];
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, col: pos.col, message: `YAML syntax: ${firstLine(e.message)}` };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { ok: false, diagnostics: [{ file, line: 1, col: 1, message: `YAML: ${firstLine(String(e))}` }] };
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

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function findOffset(doc: Document, path: ReadonlyArray<string | number>, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) return offset;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
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

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
