import path from 'node:path';
import type { ProxyResolver } from '../checks/net/proxy.js';
import { defaultRegistry, type Registry } from '../checks/registry.js';
import type { PullRequestContext } from '../checks/types.js';
import type { Diagnostic } from '../definition/diagnostic.js';
import { loadChecklist } from '../definition/load.js';
import type { Checklist } from '../definition/model.js';
import type { ChangeFacts } from '../engine/conditions.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, evaluate } from '../engine/evaluate.js';
import type { ItemResult, Report } from '../engine/report.js';
import { builtinNames, definitionReader, definitionRoot } from '../io/files.js';
import { createGitClient, gitRunner, type GitClient } from '../io/git.js';
import { createContentScanner } from '../scan/pass.js';
import type { SpareWorkers } from '../scan/pool.js';
import { VERSION } from '../version.js';

/** One evaluation as both entry points run it: load the definition, then evaluate it against a repository. */
export interface CheckRequest {
  checklist: string;
  /** Relative definition paths are read from here (default: the process's working directory). */
  cwd?: string;
  repoDir: string;
  env: Readonly<Record<string, string | undefined>>;
  targets?: Record<string, string>;
  facts?: ChangeFacts;
  concurrency?: number;
  /** Network items run at once, in their own pool (default NETWORK_CONCURRENCY). */
  networkConcurrency?: number;
  timeoutMs?: number;
  allowCommands?: boolean;
  /** Variables of `env` the definition and its checks may not read (a checklist the pull request wrote). */
  withheld?: ReadonlySet<string>;
  github?: PullRequestContext;
  registerSecret?: (value: string) => void;
  /** Which proxy carries each target probe; absent: direct. */
  proxy?: ProxyResolver;
  registry?: Registry;
  git?: GitClient;
  /** Scan workers started ahead of the run (see startSpareWorkers); the run's pass takes them. */
  spareWorkers?: SpareWorkers;
  signal?: AbortSignal;
  onItemDone?: (result: ItemResult, done: number, total: number) => void;
  /**
   * A local run: targets whose variable is not set are skipped with a warning instead of refusing the
   * definition, and `github` items are skipped (they run on the pull request). Default false (the gate).
   */
  lenient?: boolean;
  /** `env` is the shell of the person running the CLI (see CheckContext.envIsLocalShell). */
  envIsLocalShell?: boolean;
}

export type CheckResponse =
  | { ok: true; checklist: Checklist; report: Report; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function loadDefinition(
  request: Pick<
    CheckRequest,
    'checklist' | 'cwd' | 'env' | 'targets' | 'registry' | 'withheld' | 'lenient'
  > & {
    /** The repository being checked: `extends` may not leave it (default: the entry file's work tree). */
    repoDir?: string;
  },
) {
  const cwd = request.cwd ?? process.cwd();
  return loadChecklist(request.checklist, {
    // `extends` stays inside the repository the entry file is in.
    readFile: definitionReader(cwd, definitionRoot(path.resolve(cwd, request.checklist), request.repoDir)),
    registry: request.registry ?? defaultRegistry,
    builtins: builtinNames(),
    env: request.env,
    targetOverrides: request.targets,
    withheld: request.withheld,
    unsetTargets: request.lenient ? 'skip' : 'error',
  });
}

export async function runCheck(request: CheckRequest): Promise<CheckResponse> {
  const loaded = loadDefinition(request);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    checklist: loaded.checklist,
    warnings: loaded.warnings,
    report: await evaluateChecklist(loaded.checklist, request),
  };
}

/** Evaluates a loaded checklist against a repository. */
export function evaluateChecklist(
  checklist: Checklist,
  request: Omit<CheckRequest, 'checklist'>,
): Promise<Report> {
  const git = request.git ?? createGitClient(gitRunner(request.repoDir));
  return evaluate(checklist, {
    registry: request.registry ?? defaultRegistry,
    // A checklist the pull request wrote does not see the withheld variables; they are still redacted.
    secretEnv: request.env,
    context: {
      repoDir: request.repoDir,
      env: request.withheld
        ? Object.fromEntries(Object.entries(request.env).filter(([k]) => !request.withheld?.has(k)))
        : request.env,
      targets: checklist.targets,
      git,
      allowCommands: request.allowCommands ?? true,
      withheld: request.withheld,
      github: request.github,
      registerSecret: request.registerSecret,
      proxy: request.proxy,
      envIsLocalShell: request.envIsLocalShell,
    },
    facts: { ...request.facts },
    concurrency: request.concurrency ?? DEFAULT_CONCURRENCY,
    networkConcurrency: request.networkConcurrency,
    defaultTimeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    version: VERSION,
    signal: request.signal,
    skipGithubWithoutPullRequest: request.lenient ?? false,
    onItemDone: request.onItemDone,
    scanner: (jobs) =>
      createContentScanner(jobs, {
        repoDir: request.repoDir,
        git,
        spare: request.spareWorkers,
        signal: request.signal,
      }),
  });
}
