import type { JsonSchema } from '../types.js';

/** Sets of HTTP status codes written as 200, "2xx", "200-204", or a list of these. Pure. */

export type StatusSpec = number | string | Array<number | string>;

const ONE = '^([1-5]xx|[1-5][0-9]{2}(-[1-5][0-9]{2})?)$';
const HINT = 'a status is a code (200), a class ("2xx") or a range ("200-204")';

export const statusSchema = (description: string): JsonSchema => ({
  type: ['integer', 'string', 'array'],
  minimum: 100,
  maximum: 599,
  pattern: ONE,
  minItems: 1,
  items: { type: ['integer', 'string'], minimum: 100, maximum: 599, pattern: ONE, 'x-hint': HINT },
  'x-hint': `${HINT} or a list of these`,
  description: `${description} A code (200), a class ("2xx"), a range ("200-204"), or a list of these.`,
});

export interface StatusSet {
  has(status: number): boolean;
  /** As written, for summaries: "200-299", "200, 204". */
  text: string;
}

export function statusSet(spec: StatusSpec | undefined, fallback: StatusSpec = '2xx'): StatusSet {
  const parts = [spec ?? fallback].flat();
  const ranges = parts.map(rangeOf);
  return {
    has: (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi),
    text: parts.map(String).join(', '),
  };
}

function rangeOf(part: number | string): [number, number] {
  if (typeof part === 'number') return [part, part];
  const cls = /^([1-5])xx$/.exec(part);
  if (cls) return [Number(cls[1]) * 100, Number(cls[1]) * 100 + 99];
  const [lo, hi] = part.split('-').map(Number);
  return [lo ?? 0, hi ?? lo ?? 0];
}

/** Problems with ranges written backwards ("299-200"). */
export function statusProblems(
  spec: StatusSpec | undefined,
  key: string,
): Array<{ path: Array<string | number>; message: string }> {
  if (spec === undefined) return [];
  const parts = [spec].flat();
  return parts.flatMap((part, i) => {
    if (typeof part !== 'string' || !part.includes('-')) return [];
    const [lo, hi] = rangeOf(part);
    if (lo <= hi) return [];
    return [{ path: Array.isArray(spec) ? [key, i] : [key], message: `range ${part} is backwards` }];
  });
}
