import { globMatcher } from '../../util/glob.js';
import { globList, repoPathProblems, strictObject } from '../params.js';
import { scanContent } from '../repo/content.js';
import type { ContentJob, EnvFileJob, EnvReadsJob, NamedPlace } from '../../scan/jobs.js';
import { presentFiles } from '../repo/present.js';
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
/** The names example env files go by, in the order they are looked for. */
export const EXAMPLE_NAMES = [
  '.env.example',
  '.env.sample',
  '.env.template',
  '.env.dist',
  '.env.defaults',
  '.example.env',
  '.sample.env',
  'env.example',
  'env.sample',
  'example.env',
  '.env.local.example',
  '.env.development.example',
  '.env.production.example',
];
/** Env files that are not configuration to document: examples, test settings and licence sidecars. */
const NOT_ENV = [
  '**/*.example',
  '**/*.sample',
  '**/*.template',
  '**/*.dist',
  '**/*.license',
  '**/.env.test',
  '**/.env.test.*',
];
const CODE = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,svelte}'];
/** Code that does not run in the deployed service: tests, tooling, build output and vendored copies. */
const NOT_CODE = [
  '**/node_modules/**',
  '**/{dist,build,out,coverage}/**',
  '**/*.min.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  '**/*.test.*',
  '**/*.spec.*',
  '**/{test,tests,__tests__,__mocks__,e2e,cypress,playwright,fixtures}/**',
  '**/{scripts,tools,tooling,extra}/**',
  '**/{bench,benchmark,benchmarks}/**',
  '**/{vendor,vendors,third_party,bower_components}/**',
  '**/*.config.*',
  '.yarn/**',
];
/** What Vite (and tools built like it) put on import.meta.env by themselves. */
const META_BUILTINS = new Set(['MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR']);
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

/** Example env files: those at the root if any, else every one in the repository (a monorepo's apps). */
function exampleFiles(files: string[]): string[] {
  const named = files.filter((f) => EXAMPLE_NAMES.includes(f.slice(f.lastIndexOf('/') + 1)));
  const root = named.filter((f) => !f.includes('/'));
  const pick =
    root.length > 0 ? root : named.filter((f) => !/(?:^|\/)(?:node_modules|test|tests|docs)\//.test(f));
  return pick.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const rank = (f: string) => EXAMPLE_NAMES.indexOf(f.slice(f.lastIndexOf('/') + 1));

export const envDocumented = defineKind<Params>({
  kind: 'env.documented',
  description:
    'Every key of the .env files, and every environment variable the JavaScript/TypeScript code reads, is listed in .env.example.',
  scope: 'repo',
  params: strictObject({
    example: {
      type: 'string',
      minLength: 1,
      description: `The file that documents the variables (default: every example env file of the repository, by the names ${EXAMPLE_NAMES.slice(0, 8).join(', ')} and the like).`,
    },
    'env-files': globList('Env files whose keys must be documented (default **/.env, **/.env.*).'),
    include: globList('Code files scanned for reads (default: JS and TS files).'),
    exclude: globList(
      'Code files not scanned (node_modules, build output, tests, tooling, vendored code, configs and .d.ts always are).',
    ),
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1, 'x-glob': true },
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
    const files = await presentFiles(ctx, false);
    let examples = p.example ? [p.example] : exampleFiles(files);
    // Without an example, a committed development env file (Vite, Create React App) is where the keys are listed.
    if (examples.length === 0 && !p.example) {
      const tracked = new Set(await ctx.git.trackedFiles());
      examples = ['.env.development', '.env.defaults'].filter((f) => tracked.has(f));
    }
    const example = examples.length > 0 ? listSome(examples, 2) : '.env.example';
    const documented = new Set<string>();
    for (const file of examples) {
      let exampleText: string | undefined;
      try {
        exampleText = await readText(ctx.repoDir, file);
      } catch {
        exampleText = undefined;
      }
      if (exampleText === undefined && p.example) {
        return {
          status: 'fail',
          summary: `${file} does not exist or is not a text file, so no variable is documented`,
          findings: [{ file, message: 'create it, listing every variable the application reads' }],
        };
      }
      for (const key of documentedKeys(exampleText ?? '')) documented.add(key);
    }
    const ignored = globMatcher([...DEFAULT_IGNORE, ...(p.ignore ?? [])]);
    const known = (name: string) => documented.has(name) || ignored(name);

    const [envJob, codeJob] = jobs(p);
    const envScan = await scanContent(ctx, envJob as EnvFileJob);
    const codeScan = codeJob ? await scanContent(ctx, codeJob as EnvReadsJob) : undefined;
    // The example files document; they are not env files to document (whatever their names).
    const isExample = new Set(examples);
    const envFiles = envScan.selected.filter((f) => !isExample.has(f));
    const codeFiles = codeScan?.selected ?? [];
    const found: Array<Finding & { name: string; from: 'env-file' | 'code' }> = [];
    const uses = new Map<string, number>();
    const record = (f: string, entries: NamedPlace[], env: boolean) => {
      for (const e of entries) {
        if (e.meta && META_BUILTINS.has(e.name)) continue;
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
    for (const { file, result } of envScan.files) if (!isExample.has(file)) record(file, result, true);
    for (const { file, result } of codeScan?.files ?? []) record(file, result, false);
    found.sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
    );
    const undocumented = [...new Set(found.map((f) => f.name))].sort();
    const evidence = {
      example: examples,
      documented: documented.size,
      envFiles,
      codeFilesScanned: codeFiles.length,
      variablesSeen: uses.size,
      undocumented,
    };
    if (examples.length === 0 && undocumented.length > 0) {
      return {
        status: 'fail',
        summary: `no example env file (.env.example or the like), and ${plural(undocumented.length, 'variable')} used: ${listSome(undocumented)}`,
        evidence,
        findings: found
          .slice(0, p['max-findings'] ?? 100)
          .map(({ file, line, col, message }) => ({ file, line, col, message })),
      };
    }
    if (undocumented.length === 0 && examples.length === 0) {
      return {
        status: 'pass',
        summary: `no variable to document: none read by ${plural(codeFiles.length, 'code file')} or set in ${plural(envFiles.length, 'env file')}`,
        evidence,
      };
    }
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
  const env: EnvFileJob = {
    analyzer: 'env-file',
    include: p['env-files'] ?? ENV_FILES,
    exclude: [...NOT_ENV, ...(p.example ? [p.example] : [])],
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
