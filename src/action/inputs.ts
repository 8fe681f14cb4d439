import { globProblem } from '../util/glob.js';
import path from 'node:path';
import { parseTargets } from '../cli/args.js';
import { durationFromText } from '../definition/interpolate.js';
import { MAX_NETWORK_CONCURRENCY, NETWORK_CONCURRENCY } from '../engine/network-limits.js';

/** The action's inputs, read once and validated. */
export interface ActionInputs {
  checklist: string;
  workingDirectory: string;
  targets: Record<string, string>;
  reportPath: string;
  concurrency: number;
  /** Network checks run at once, in their own pool (at most 6 of them against one host). */
  networkConcurrency: number;
  timeoutMs: number;
  failJob: boolean;
  /** Empty: evaluate and summarise only, no comment or status. */
  token: string;
  statusContext: string;
  definitionsFrom: 'base' | 'head';
  /** The login Preflight's comments are written as (the token's identity). */
  botLogin: string;
  /** On schedule and workflow_dispatch runs, re-check open pull requests with this label (all when empty). */
  recheckLabel: string;
  /** Probe targets through the runner's HTTPS_PROXY / HTTP_PROXY (NO_PROXY honoured). */
  proxyTargets: boolean;
  /**
   * The hardened setup's key: records Preflight writes are signed with it, and only validly signed ones by
   * `botLogin` count as Preflight's. Empty: the default setup (records are believed by identity alone).
   */
  recordKey: string;
  /** The deployment side: which environment counts, its status, the target it replaces, the record file. */
  deploy: DeployInputs;
}

export interface DeployInputs {
  /** Only `deployment_status` events for this environment start the after-deploy phase. */
  environment: string;
  /** The second commit status, on the deployed commit. */
  statusContext: string;
  /** The target whose URL the deployment's `environment_url` replaces. */
  target: string;
  /** The deployed environment's URL when the event gives none (a tag push, a dispatch). */
  environmentUrl: string;
  /** On workflow_dispatch: the deployed commit (a full SHA) makes the run a deployment run. */
  deployedCommit: string;
  /** Tags whose push is a deployment (a glob; every tag when `*`). */
  releaseTags: string;
  notes: string;
  /** Where the release record is written as JSON; the Markdown goes beside it (`.md`). */
  recordPath: string;
}

export class InputError extends Error {}

export function readInputs(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = path.resolve(workspace, getInput('working-directory') || '.');
  const checklist = getInput('checklist') || '.github/preflight.yml';
  const tmp = env.RUNNER_TEMP || workingDirectory;
  let targets: Record<string, string>;
  try {
    targets = parseTargets(
      getInput('targets')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#')),
    );
  } catch (e) {
    throw new InputError(`input 'targets': ${(e as Error).message}`);
  }
  return {
    checklist: path.relative(process.cwd(), path.resolve(workingDirectory, checklist)) || checklist,
    workingDirectory,
    targets,
    reportPath: path.resolve(
      workingDirectory,
      getInput('report-path') || path.join(tmp, 'preflight-report.json'),
    ),
    concurrency: integer('concurrency', getInput('concurrency'), 8, 1, 64),
    networkConcurrency: integer(
      'network-concurrency',
      getInput('network-concurrency'),
      NETWORK_CONCURRENCY,
      1,
      MAX_NETWORK_CONCURRENCY,
    ),
    timeoutMs: duration('timeout', getInput('timeout'), 60_000),
    failJob: boolean('fail-job', getInput('fail-job'), false),
    token: getInput('token'),
    statusContext: text('status-context', getInput('status-context'), 'preflight', 100),
    definitionsFrom: oneOf(
      'definitions-from',
      getInput('definitions-from'),
      ['base', 'head'] as const,
      'base',
    ),
    botLogin: text('bot-login', getInput('bot-login'), 'github-actions[bot]', 100),
    recheckLabel: getInput('recheck-label'),
    proxyTargets: boolean('proxy-targets', getInput('proxy-targets'), true),
    recordKey: recordKey(getInput('record-key')),
    deploy: {
      environment: text('deploy-environment', getInput('deploy-environment'), 'production', 100),
      statusContext: text(
        'deploy-status-context',
        getInput('deploy-status-context'),
        'preflight/deployed',
        100,
      ),
      target: targetName(getInput('deploy-target')),
      environmentUrl: url('environment-url', getInput('environment-url')),
      deployedCommit: sha('deployed-commit', getInput('deployed-commit')),
      releaseTags: glob('release-tags', text('release-tags', getInput('release-tags'), '*', 200)),
      notes: getInput('release-notes').slice(0, 2000),
      recordPath: path.resolve(
        workingDirectory,
        getInput('release-record-path') || path.join(tmp, 'preflight-release.json'),
      ),
    },
  };
}

function targetName(raw: string): string {
  if (raw === '') return 'production';
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(raw))
    throw new InputError(
      `input 'deploy-target' must be a target name (letters, digits, '-', '_'), not '${raw}'`,
    );
  return raw;
}

function url(name: string, raw: string): string {
  if (raw === '') return '';
  try {
    if (['http:', 'https:'].includes(new URL(raw).protocol)) return raw;
  } catch {
    /* below */
  }
  throw new InputError(`input '${name}' must be an absolute http(s) URL`);
}

/** A glob input, refused when it cannot be matched in linear time. */
function glob(name: string, value: string): string {
  const problem = globProblem(value);
  if (problem) throw new InputError(`input '${name}' ${problem}`);
  return value;
}

function sha(name: string, raw: string): string {
  if (raw === '') return '';
  if (/^[0-9a-f]{40}$/i.test(raw)) return raw.toLowerCase();
  throw new InputError(`input '${name}' must be a full 40-character commit SHA, not '${raw.slice(0, 60)}'`);
}

function integer(name: string, raw: string, fallback: number, min: number, max: number): number {
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InputError(`input '${name}' must be a whole number from ${min} to ${max}, not '${raw}'`);
  return n;
}

function duration(name: string, raw: string, fallback: number): number {
  if (raw === '') return fallback;
  const ms = durationFromText(raw);
  if (ms !== undefined) return ms;
  throw new InputError(`input '${name}' must be a duration such as 30s or 2m, at most 60m, not '${raw}'`);
}

function boolean(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^(false|no|off)$/i.test(raw)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${raw}'`);
}

function text(name: string, raw: string, fallback: string, max: number): string {
  if (raw === '') return fallback;
  if (raw.length > max || /[\r\n]/.test(raw))
    throw new InputError(`input '${name}' must be one line of at most ${max} characters`);
  return raw;
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}, not '${raw}'`);
}

function recordKey(raw: string): string {
  if (raw === '') return '';
  if (Buffer.byteLength(raw) < 32)
    throw new InputError(
      `input 'record-key' must be at least 32 bytes (it is ${Buffer.byteLength(raw)}); generate one with: openssl rand -base64 48`,
    );
  return raw;
}
