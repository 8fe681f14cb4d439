import { tokenize, type Token } from './js-tokens.js';

/** One place where code reads an environment variable. */
export interface EnvRead {
  name: string;
  line: number;
  col: number;
  /** Read through `import.meta.env` (Vite and the like), whose built-ins are not variables to document. */
  meta?: boolean;
}

/**
 * Environment variables a JavaScript or TypeScript file reads: `process.env.X`, `process.env['X']`,
 * `import.meta.env.X` (optional chaining too) and `const { A, B: b } = process.env`. Comments, strings and
 * template text are skipped; computed names (`process.env[name]`) cannot be known and are not reported.
 */
export function envReads(text: string): EnvRead[] {
  const tokens = tokenize(text);
  const out: EnvRead[] = [];
  const is = (k: number, type: Token['type'], value?: string) =>
    tokens[k]?.type === type && (value === undefined || tokens[k]?.value === value);
  const dot = (k: number) => is(k, 'punct', '.') || is(k, 'punct', '?.');
  for (let k = 0; k < tokens.length; k += 1) {
    let after: number | undefined;
    if (is(k, 'name', 'process') && !dot(k - 1) && dot(k + 1) && is(k + 2, 'name', 'env')) after = k + 3;
    else if (is(k, 'name', 'import') && dot(k + 1) && is(k + 2, 'name', 'meta') && dot(k + 3)) {
      if (is(k + 4, 'name', 'env')) after = k + 5;
    }
    if (after === undefined) continue;
    const meta = is(k, 'name', 'import');
    const next = tokens[after];
    // The `[` of `env[...]` or `env?.[...]`.
    const bracket = is(after, 'punct', '[')
      ? after
      : is(after, 'punct', '?.') && is(after + 1, 'punct', '[')
        ? after + 1
        : undefined;
    if (dot(after) && is(after + 1, 'name')) {
      const t = tokens[after + 1] as Token;
      out.push({ name: t.value, line: t.line, col: t.col, ...(meta ? { meta } : {}) });
    } else if (bracket !== undefined && tokens[bracket + 1] !== undefined) {
      const key = tokens[bracket + 1] as Token;
      const closes = is(bracket + 2, 'punct', ']');
      const literal = key.type === 'string' || (key.type === 'template' && key.value !== '\0');
      if (literal && closes)
        out.push({ name: key.value, line: key.line, col: key.col, ...(meta ? { meta } : {}) });
    } else if (next === undefined || !dot(after)) {
      out.push(...destructured(tokens, k).map((r) => (meta ? { ...r, meta } : r)));
    }
  }
  return out;
}

/** Keys of `{ A, B: b, C = 1 } = <env at k>`, read backwards from the `=` before the env object. */
function destructured(tokens: Token[], k: number): EnvRead[] {
  const eq = tokens[k - 1];
  if (eq?.type !== 'punct' || eq.value !== '=' || tokens[k - 2]?.value !== '}') return [];
  let depth = 0;
  let open = -1;
  for (let j = k - 2; j >= 0; j -= 1) {
    const t = tokens[j] as Token;
    if (t.type !== 'punct') continue;
    if (t.value === '}') depth += 1;
    else if (t.value === '{') {
      depth -= 1;
      if (depth === 0) {
        open = j;
        break;
      }
    }
  }
  if (open < 0) return [];
  const out: EnvRead[] = [];
  depth = 0;
  for (let j = open + 1; j < k - 2; j += 1) {
    const t = tokens[j] as Token;
    if (t.type === 'punct' && ['{', '[', '('].includes(t.value)) depth += 1;
    else if (t.type === 'punct' && ['}', ']', ')'].includes(t.value)) depth -= 1;
    const before = tokens[j - 1] as Token;
    const startsEntry = j === open + 1 || (before.type === 'punct' && before.value === ',');
    if (depth === 0 && startsEntry && (t.type === 'name' || t.type === 'string')) {
      out.push({ name: t.value, line: t.line, col: t.col });
    }
  }
  return out;
}
