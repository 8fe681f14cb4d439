import { defaultRegistry } from '../../src/checks/registry.js';
import { formatDiagnostic } from '../../src/definition/diagnostic.js';
import {
  loadChecklist,
  type LoadOptions,
  type LoadResult,
  type ReadFile,
} from '../../src/definition/load.js';

/** Shared helpers for the definition tests: in-memory files, built-ins and environment. */

export type Files = Readonly<Record<string, string>>;

/** Two small built-ins, held in memory like the files: `extends: repo-basics` reads `builtin:repo-basics`. */
export const BUILTIN_FILES: Files = {
  'builtin:repo-basics': `id: repo-basics
title: Repository basics
sections:
  - id: release
    title: Release
    items:
      - id: readme
        title: A README explains the service
        check: { kind: repo.files-exist, paths: ['README*'] }
      - id: changelog
        title: A CHANGELOG is kept
        check: { kind: repo.files-exist, paths: ['CHANGELOG*'] }
`,
  'builtin:web-service': `id: web-service
title: Web service
extends: repo-basics
targets:
  prod: https://\${HOST}
sections:
  - id: ops
    title: Operations
    items:
      - id: health
        title: The health endpoint answers
        check: { kind: command, run: 'curl -f "$PROD/health"', target: prod }
`,
};

export const BUILTINS: ReadonlyMap<string, string> = new Map([
  ['repo-basics', 'builtin:repo-basics'],
  ['web-service', 'builtin:web-service'],
]);

export const ENV: Readonly<Record<string, string>> = { HOST: 'example.com' };

export function memoryReader(files: Files): ReadFile {
  return (file) => {
    const text = files[file] ?? BUILTIN_FILES[file];
    return text === undefined ? { error: 'no such file' } : { text };
  };
}

export function load(
  files: Files | string,
  options: Partial<LoadOptions> & { entry?: string } = {},
): LoadResult {
  const map = typeof files === 'string' ? { 'preflight.yml': files } : files;
  const { entry = 'preflight.yml', ...rest } = options;
  return loadChecklist(entry, {
    readFile: memoryReader(map),
    registry: defaultRegistry,
    builtins: BUILTINS,
    env: ENV,
    ...rest,
  });
}

/** The formatted diagnostics of a failed load; the test fails if the load succeeded. */
export function messages(result: LoadResult): string[] {
  if (result.ok) throw new Error(`expected diagnostics, but the checklist loaded: ${result.checklist.id}`);
  return result.diagnostics.map(formatDiagnostic);
}

/** A minimal valid body to append after `id:`/`title:` lines. */
export const ONE_ITEM = `sections:
  - title: Release
    items:
      - id: readme
        title: Readme
`;
