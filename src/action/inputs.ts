import path from 'node:path';
import { parseTargets } from '../cli/args.js';
import { durationFromText } from '../definition/interpolate.js';

/** The action's inputs, read once and validated. */
export interface ActionInputs {
  checklist: string;
  workingDirectory: string;
  targets: Record<string, string>;
  reportPath: string;
  concurrency: number;
  timeoutMs: number;
  failJob: boolean;
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
    timeoutMs: duration('timeout', getInput('timeout'), 60_000),
    failJob: boolean('fail-job', getInput('fail-job'), false),
  };
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
  throw new InputError(`input '${name}' must be a duration such as 30s or 2m, not '${raw}'`);
}

function boolean(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^(false|no|off)$/i.test(raw)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${raw}'`);
}
