import { compilePattern } from '../../util/pattern.js';
import { readRepoText } from './read.js';
import { parse as parseYaml } from 'yaml';
import { parse as parseJsoncText, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';
import { regexProblems, repoPathProblems, strictObject } from '../params.js';
import { defineKind, type CheckContext, type CheckOutcome } from '../types.js';
import { listSome, plural } from '../wording.js';
import { workspacePackages } from './workspaces.js';

interface Params {
  file: string;
  path: string | Array<string | number>;
  format?: 'json' | 'jsonc' | 'yaml';
  exists?: boolean;
  equals?: unknown;
  'one-of'?: unknown[];
  matches?: string;
  'not-empty'?: boolean;
  workspaces?: boolean;
  'if-missing'?: 'fail' | 'skip';
}

const ASSERTIONS = ['exists', 'equals', 'one-of', 'matches', 'not-empty'] as const;

export const value = defineKind<Params>({
  kind: 'repo.value',
  description:
    'A value in a JSON or YAML file of the repository exists, equals, is one of, matches or is not empty (for example package.json has a test script).',
  params: strictObject(
    {
      file: { type: 'string', minLength: 1, description: 'Path relative to the repository root.' },
      path: {
        type: ['string', 'array'],
        minLength: 1,
        items: { type: ['string', 'integer'] },
        description: 'Where the value is: "scripts.test", "items[0].name", or a list of keys.',
      },
      format: {
        enum: ['json', 'jsonc', 'yaml'],
        description:
          'Default: from the file name (.json is JSON, else YAML; tsconfig*.json, jsconfig*.json, .jsonc and .vscode/*.json are JSON with comments).',
      },
      exists: { type: 'boolean' },
      equals: { description: 'The value must equal this (deep equality).' },
      'one-of': { type: 'array', minItems: 1 },
      matches: {
        type: 'string',
        minLength: 1,
        description: 'A regular expression the value (as text) must match.',
      },
      'not-empty': { type: 'boolean' },
      'if-missing': {
        enum: ['fail', 'skip'],
        description:
          "When the file does not exist: 'fail' (default) or 'skip' (an item that applies only to repositories with that file, such as package.json for Node.js items).",
      },
      workspaces: {
        type: 'boolean',
        description:
          "For a package.json at the root of a monorepo: when the root lacks the value, it passes if some workspace's package.json has it (npm and Yarn workspaces, pnpm-workspace.yaml); default false.",
      },
    },
    ['file', 'path'],
  ),
  validate(p) {
    const problems = [
      ...regexProblems([{ path: ['matches'], source: p.matches }]),
      ...repoPathProblems([{ path: ['file'], file: p.file }]),
    ];
    if (typeof p.path === 'string' && parsePath(p.path) === undefined) {
      problems.push({
        path: ['path'],
        message: `is not a valid path: use keys separated by '.', and [n] for list entries`,
      });
    }
    return problems;
  },
  async run(p, ctx): Promise<CheckOutcome> {
    const root = await judgeValue(p, ctx);
    if (!p.workspaces || root.status !== 'fail' || !/(?:^|\/)package\.json$/.test(p.file)) return root;
    const packages = await workspacePackages(ctx);
    if (packages.length === 0) return root;
    const verdicts = await Promise.all(
      packages.map(async (file) => ({ file, outcome: await judgeValue({ ...p, file }, ctx) })),
    );
    const passing = verdicts.filter((v) => v.outcome.status === 'pass').map((v) => v.file);
    const failing = verdicts.filter((v) => v.outcome.status !== 'pass').map((v) => v.file);
    const evidence = { root: root.evidence, workspaces: { passing, failing } };
    const shownPath = typeof p.path === 'string' ? p.path : p.path.join('.');
    if (passing.length === 0) {
      return {
        ...root,
        summary: `${root.summary}, and in each of ${plural(packages.length, 'workspace')}`,
        evidence,
      };
    }
    return {
      status: 'pass',
      summary: `${shownPath} is set in ${passing.length} of ${plural(packages.length, 'workspace')}: ${listSome(passing.map((f) => f.replace(/\/?package\.json$/, '')))}`,
      evidence,
    };
  },
});

/** The largest file `repo.value` parses (bytes): a package.json or config file is far smaller. */
export const MAX_VALUE_FILE_BYTES = 4 * 1024 * 1024;

async function judgeValue(p: Params, ctx: CheckContext): Promise<CheckOutcome> {
  // Values are scrubbed of the run's secrets before they are shortened for a summary.
  const preview = (v: unknown) => shortValue(v, ctx.scrub);
  const keys = typeof p.path === 'string' ? (parsePath(p.path) ?? []) : p.path;
  const shownPath = typeof p.path === 'string' ? p.path : p.path.join('.');
  // Through the bounded reader: a regular file inside the repository, capped, never a link, FIFO or device.
  // A byte order mark (editors on Windows write one) is not part of the document.
  const read = await readRepoText(ctx.repoDir, p.file, {
    maxBytes: MAX_VALUE_FILE_BYTES,
    signal: ctx.signal,
  });
  if ('binary' in read)
    return { status: 'error', summary: `${p.file} is a binary file, not ${p.format ?? 'JSON or YAML'}` };
  if ('refused' in read && read.refused !== 'missing')
    return { status: 'error', summary: `${p.file} is not read: ${read.message}`, evidence: { file: p.file } };
  if ('refused' in read) {
    if (p.exists === false)
      return { status: 'pass', summary: `${p.file} does not exist, so ${shownPath} is absent` };
    if (p['if-missing'] === 'skip')
      return {
        status: 'skipped',
        summary: `not applicable: ${p.file} does not exist`,
        evidence: { file: p.file },
      };
    return { status: 'fail', summary: `${p.file} does not exist`, evidence: { file: p.file } };
  }
  const text = read.text;
  let data: unknown;
  const format = p.format ?? formatOf(p.file);
  try {
    data = format === 'json' ? JSON.parse(text) : format === 'jsonc' ? parseJsonc(text) : parseYaml(text);
  } catch (e) {
    return {
      status: 'error',
      summary: `${p.file} is not valid ${format === 'jsonc' ? 'JSON (with comments)' : format.toUpperCase()}: ${(e as Error).message.split('\n')[0]}`,
    };
  }
  const found = dig(data, keys);
  const evidence: Record<string, unknown> = { file: p.file, path: shownPath, present: found.present };
  if (found.present) evidence.value = preview(found.value);
  const where = `${p.file} ${shownPath}`;
  const fail = (summary: string): CheckOutcome => ({
    status: 'fail',
    summary,
    evidence,
    findings: [{ file: p.file, message: summary }],
  });
  if (!ASSERTIONS.some((a) => p[a] !== undefined) || p.exists === true) {
    if (!found.present) return fail(`${where} is missing`);
  }
  if (p.exists === false) {
    return found.present
      ? fail(`${where} is present but must not be`)
      : { status: 'pass', summary: `${where} is absent`, evidence };
  }
  if (!found.present) return fail(`${where} is missing`);
  if (p.equals !== undefined && !isDeepStrictEqual(found.value, p.equals)) {
    return fail(`${where} is ${preview(found.value)}, expected ${preview(p.equals)}`);
  }
  if (p['one-of'] !== undefined && !p['one-of'].some((v) => isDeepStrictEqual(v, found.value))) {
    return fail(
      `${where} is ${preview(found.value)}, expected one of ${p['one-of'].map(preview).join(', ')}`,
    );
  }
  if (p.matches !== undefined && !compilePattern(p.matches).test(asText(found.value))) {
    return fail(`${where} is ${preview(found.value)}, which does not match /${p.matches}/`);
  }
  if (p['not-empty'] && isEmpty(found.value)) return fail(`${where} is empty`);
  return { status: 'pass', summary: `${where} is ${preview(found.value)}`, evidence };
}

/**
 * The format a file name says: JSON for .json, except the files their tools read as JSON with comments
 * (TypeScript's and VS Code's: `tsc --init` writes comments into tsconfig.json); YAML otherwise.
 */
export function formatOf(file: string): 'json' | 'jsonc' | 'yaml' {
  const f = file.toLowerCase();
  const base = f.slice(f.lastIndexOf('/') + 1);
  if (
    f.endsWith('.jsonc') ||
    /^(?:tsconfig|jsconfig)[\w.-]*\.json$/.test(base) ||
    /(?:^|\/)\.vscode\/[^/]+\.json$/.test(f) ||
    base === 'devcontainer.json' ||
    base === '.devcontainer.json'
  )
    return 'jsonc';
  return f.endsWith('.json') ? 'json' : 'yaml';
}

/**
 * JSON with comments, as TypeScript and VS Code read it (`//` and `/* *\/` comments, a comma before `}` or
 * `]`), parsed by jsonc-parser, the parser VS Code itself uses. jsonc-parser recovers from errors and returns
 * what it could read; a check must not judge a half-read file, so the first error is thrown with its line
 * and column.
 */
export function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const data: unknown = parseJsoncText(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    throw new Error(`${printParseErrorCode(first.error)} at line ${line}, column ${column}`);
  }
  return data;
}

/** "a.b[0].c" → ['a', 'b', 0, 'c']; `["x.y"]` quotes a key with dots. */
export function parsePath(text: string): Array<string | number> | undefined {
  const out: Array<string | number> = [];
  const re = /\s*(?:\.?([^.[\]"]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])/y;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m[0] === '' || (at === 0 && m[0].startsWith('.'))) return undefined;
    if (m[1] !== undefined) out.push(m[1].trim());
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push((m[3] ?? '').replace(/\\(.)/g, '$1'));
    at = re.lastIndex;
  }
  return out.length > 0 ? out : undefined;
}

export function dig(data: unknown, keys: Array<string | number>): { present: boolean; value?: unknown } {
  let cur: unknown = data;
  for (const k of keys) {
    if (Array.isArray(cur) && typeof k === 'number' && k >= 0 && k < cur.length) cur = cur[k];
    else if (
      cur !== null &&
      typeof cur === 'object' &&
      !Array.isArray(cur) &&
      Object.hasOwn(cur, String(k))
    ) {
      cur = (cur as Record<string, unknown>)[String(k)];
    } else return { present: false };
  }
  return { present: true, value: cur };
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

function shortValue(v: unknown, scrub: (text: string) => string = (t) => t): string {
  const s = scrub(JSON.stringify(v) ?? String(v));
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
