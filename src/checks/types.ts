import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';
import type { GitClient } from '../io/git.js';
import type { ContentJob, ScanContent } from '../scan/jobs.js';
import type { ProxyResolver } from './net/proxy.js';

/** A JSON Schema object (draft-07 that ajv understands). */
export type JsonSchema = Record<string, unknown>;

export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped';

/** A place in the repository that a result points at; becomes an annotation in the action. */
export interface Finding {
  file: string;
  line?: number;
  col?: number;
  message: string;
}

export interface CheckOutcome {
  status: CheckStatus;
  /** One line a person reads first. */
  summary: string;
  /** Structured facts behind the verdict: JSON-serialisable, never a secret value. */
  evidence?: Record<string, unknown>;
  findings?: Finding[];
}

/** Everything a check may touch, handed in by the entry point. */
export interface CheckContext {
  repoDir: string;
  env: Readonly<Record<string, string | undefined>>;
  targets: Readonly<Record<string, string>>;
  git: GitClient;
  signal: AbortSignal;
  /** Whether checks may execute code from the repository (never in a privileged run). */
  allowCommands: boolean;
  /**
   * Variables the job has that this checklist may not read (one the pull request wrote): `env` does not
   * hold them, and a reference to one is an error that says so.
   */
  withheld?: ReadonlySet<string>;
  /** The pull request on GitHub, on gate runs with a token; absent locally (github kinds then give `error`). */
  github?: PullRequestContext;
  /**
   * `env` is the shell of a person running the CLI, not a deployment's environment: env.policy does not
   * judge it unless the check (or `--use-env`) says to. Absent on gate runs, where the job's environment is
   * the one the workflow gives the release.
   */
  envIsLocalShell?: boolean;
  /** Registers a value the runner must mask in logs (the action's `core.setSecret`); a no-op locally. */
  registerSecret?: (value: string) => void;
  /**
   * The run's single read pass: jobs a kind declared through `content` are served by one read of each
   * tracked file, shared by every item; absent, a kind's job gets a pass of its own.
   */
  scan?: ScanContent;
  /** Which proxy carries a probe to a target (the runner's HTTPS_PROXY / NO_PROXY); absent: direct. */
  proxy?: ProxyResolver;
  /** Removes every secret of the run, in every encoding, from a text: call it before shortening a text. */
  scrub?: (text: string) => string;
}

/** What `github` kinds may ask GitHub, through the adapter in src/github. */
export interface PullRequestContext {
  client: GitHub;
  repo: RepoRef;
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** Preflight's own status context, which "every other check passed" leaves out. */
  statusContext: string;
}

/** A semantic problem with a check's parameters that the JSON Schema cannot express. */
export interface ParamProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * What a kind looks at. `repo` kinds read the checked-out tree and must run on the commit under review;
 * `target` kinds probe URLs, `environment` kinds read the job's environment, `github` kinds ask the API.
 */
export type CheckScope = 'repo' | 'target' | 'environment' | 'github';

export interface CheckKind<P = Record<string, unknown>> {
  kind: string;
  description: string;
  /** Defaults to `repo`. */
  scope?: CheckScope;
  /**
   * Target kinds whose measurement other traffic would spoil (`timing`, such as latency) or that send that
   * traffic (`load`, such as a rate-limit burst): the engine never runs two of them on one target at once.
   */
  traffic?: 'timing' | 'load';
  /** Schema of the parameters (every key of `check` except `kind`). */
  params: JsonSchema;
  /** Extra validation after the schema passed, such as compiling regular expressions. */
  validate?(params: P): ParamProblem[];
  /**
   * The content jobs `run` will ask of `ctx.scan`, declared before the run so that one read pass serves
   * every item that reads file contents.
   */
  content?(params: P): ContentJob[];
  run(params: P, ctx: CheckContext): Promise<CheckOutcome>;
}

/** Erases a kind's parameter type so kinds can share one registry. */
export function defineKind<P>(kind: CheckKind<P>): CheckKind {
  return kind as unknown as CheckKind;
}
