import picomatch from 'picomatch';
import { globList, repoPathProblems, strictObject } from '../params.js';
import { scanContent } from '../repo/content.js';
import type { ContentJob, EnvFileJob, EnvReadsJob, NamedPlace } from '../../scan/jobs.js';
import { readText } from '../repo/read.js';
import { defineKind, type CheckOutcome, type Finding } from '../types.js';
import { listSome, plural } from '../wording.js';
import { documentedKeys } from './documented-keys.js';

interface Params {
  example?: string;
  'env-files'?: string[];
  include?: string[];
  exclude?: string[];
  ignore?: string[];
  code?: boolean;
  'max-findings'?: number;
}

const ENV_FILES = ['**/.env', '**/.env.*'];
const NOT_ENV = ['**/*.example', '**/*.sample', '**/*.template', '**/*.dist'];
const CODE = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const NOT_CODE = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  '**/*.min.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
];
/** Variables the platform sets, which no .env.example should have to list. */
const DEFAULT_IGNORE = [
  'NODE_ENV',
  'CI',
  'HOME',
  'PATH',
  'PWD',
  'USER',
  'SHELL',
  'TERM',
  'TZ',
  'LANG',
  'TMPDIR',
  'HOSTNAME',
  'GITHUB_*',
  'RUNNER_*',
  'npm_*',
];

export const envDocumented = defineKind<Params>({
  kind: 'env.documented',
  description:
    'Every key of the .env files, and every environment variable the JavaScript/TypeScript code reads, is listed in .env.example.',
  scope: 'repo',
  params: strictObject({
    example: {
      type: 'string',
      minLength: 1,
      description: 'The file that documents the variables (default .env.example).',
    },
    'env-files': globList('Env files whose keys must be documented (default **/.env, **/.env.*).'),
    include: globList('Code files scanned for reads (default: JS and TS files).'),
    exclude: globList('Code files not scanned (node_modules, dist, build, coverage and .d.ts always are).'),
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: `Variables that need no documentation, in addition to ${DEFAULT_IGNORE.join(', ')}; '*' matches any characters.`,
    },
    code: { type: 'boolean', description: 'Scan the code for reads (default true).' },
    'max-findings': {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description: 'Findings listed (default 100).',
    },
  }),
  validate(p) {
    return repoPathProblems([{ path: ['example'], file: p.example }]);
  },
  content: (p) => jobs(p),
  async run(p, ctx): Promise<CheckOutcome> {
    const example = p.example ?? '.env.example';
    let exampleText: string | undefined;
    try {
      exampleText = await readText(ctx.repoDir, example);
    } catch {
      return {
        status: 'fail',
        summary: `${example} does not exist, so no variable is documented`,
        findings: [{ file: example, message: 'create it, listing every variable the application reads' }],
      };
    }
    if (exampleText === undefined) return { status: 'error', summary: `${example} is not a text file` };
    const documented = documentedKeys(exampleText);
    const ignored = picomatch([...DEFAULT_IGNORE, ...(p.ignore ?? [])]);
    const known = (name: string) => documented.has(name) || ignored(name);

    const [envJob, codeJob] = jobs(p);
    const envScan = await scanContent(ctx, envJob as EnvFileJob);
    const codeScan = codeJob ? await scanContent(ctx, codeJob as EnvReadsJob) : undefined;
    const envFiles = envScan.selected;
    const codeFiles = codeScan?.selected ?? [];
    const found: Array<Finding & { name: string; from: 'env-file' | 'code' }> = [];
    const uses = new Map<string, number>();
    const record = (f: string, entries: NamedPlace[], env: boolean) => {
      for (const e of entries) {
        uses.set(e.name, (uses.get(e.name) ?? 0) + 1);
        if (known(e.name)) continue;
        const message = env
          ? `${e.name} is set here but not listed in ${example}`
          : `reads ${e.name}, which ${example} does not list`;
        found.push({
          file: f,
          line: e.line,
          col: e.col,
          message,
          name: e.name,
          from: env ? 'env-file' : 'code',
        });
      }
    };
    for (const { file, result } of envScan.files) record(file, result, true);
    for (const { file, result } of codeScan?.files ?? []) record(file, result, false);
    found.sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
    );
    const undocumented = [...new Set(found.map((f) => f.name))].sort();
    const evidence = {
      example,
      documented: documented.size,
      envFiles,
      codeFilesScanned: codeFiles.length,
      variablesSeen: uses.size,
      undocumented,
    };
    if (undocumented.length === 0) {
      return {
        status: 'pass',
        summary: `${example} lists all ${plural(uses.size, 'variable')} used in ${plural(envFiles.length, 'env file')} and ${plural(codeFiles.length, 'code file')}`,
        evidence,
      };
    }
    return {
      status: 'fail',
      summary: `${plural(undocumented.length, 'variable')} missing from ${example}: ${listSome(undocumented)}`,
      evidence,
      findings: found
        .slice(0, p['max-findings'] ?? 100)
        .map(({ file, line, col, message }) => ({ file, line, col, message })),
    };
  },
});

/** The env files' keys and the code's reads, from tracked and present untracked files (what a commit holds). */
function jobs(p: Params): ContentJob[] {
  const example = p.example ?? '.env.example';
  const env: EnvFileJob = {
    analyzer: 'env-file',
    include: p['env-files'] ?? ENV_FILES,
    exclude: [...NOT_ENV, example],
    untracked: true,
  };
  if (!(p.code ?? true)) return [env];
  const code: EnvReadsJob = {
    analyzer: 'env-reads',
    include: p.include ?? CODE,
    exclude: [...NOT_CODE, ...(p.exclude ?? [])],
    untracked: true,
  };
  return [env, code];
}
