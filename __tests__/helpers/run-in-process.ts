/**
 * Runs the action's own source in this process, as the entry point does (`run({ core, env })`), with the
 * recording stand-in for `@actions/core` and a GitHub client handed in. Same environment and files as the
 * runner gives the bundle (GITHUB_EVENT_PATH, GITHUB_OUTPUT-less outputs, GITHUB_STEP_SUMMARY, RUNNER_TEMP),
 * same result shape as `runAction`, so a scenario reads the same either way.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClientOptions, GitHub } from '../../src/github/client.js';
import { run } from '../../src/action/main.js';
import { recordingCore } from './recording-core.js';
import type { ActionRun } from './run-action.js';

export async function runInProcess(options: {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  env?: Record<string, string>;
  /** The client the run uses (for the double: `doubleClient`, without the production spacing of writes). */
  client?: (options: ClientOptions) => GitHub;
  now?: () => Date;
}): Promise<ActionRun> {
  const runner = mkdtempSync(path.join(os.tmpdir(), 'preflight-inproc-'));
  try {
    const event = path.join(runner, 'event.json');
    const summary = path.join(runner, 'summary.md');
    writeFileSync(event, JSON.stringify(options.payload ?? {}));
    writeFileSync(summary, '');
    const env: Record<string, string> = {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_JOB: 'checklist',
      RUNNER_TEMP: path.join(runner, 'temp'),
      ...options.env,
    };
    const { core, recorded } = recordingCore(options.inputs ?? {});
    await run({ core, env, createClient: options.client, now: options.now });
    const outputs = recorded.outputs;
    const stdout = `${recorded.lines.join('\n')}\n`;
    return {
      code: recorded.failures.length > 0 ? 1 : 0,
      stdout,
      stderr: '',
      outputs,
      report:
        outputs.report && existsSync(outputs.report)
          ? JSON.parse(readFileSync(outputs.report, 'utf8'))
          : undefined,
      summary: recorded.summary,
      annotations: recorded.lines.filter((l) => /^::(error|warning|notice)/.test(l)),
    };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}
