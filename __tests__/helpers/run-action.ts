import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './demo-repo.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error …::message` and `::warning …` lines the runner turns into annotations. */
  annotations: string[];
  /** The JSON report the run wrote (output `report`), read before the runner's folder is removed. */
  report?: Record<string, unknown> & { items: Array<Record<string, unknown>> };
}

/** Files written within this many milliseconds of each other count as one checkout (a fresh clone). */
const SAME_WRITE_MS = 10_000;

function newestSource(dir: string): { file: string; ms: number } {
  let newest = { file: '', ms: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // A built module (teddy.wasm, which jest's global set-up builds from its .wat text) is not source:
    // in a fresh clone it is always newer than the committed bundle. Its .wat text is what counts.
    if (!entry.isFile() || entry.name.endsWith('.wasm')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const ms = statSync(file).mtimeMs;
    if (ms > newest.ms) newest = { file, ms };
  }
  return newest;
}

/**
 * The end-to-end runs test the committed bundle; a bundle older than the source it is built from would test
 * yesterday's code, so they refuse to run against it and say how to fix it.
 */
export function assertBundleCurrent(root = PROJECT_ROOT): void {
  const bundle = path.join(root, 'dist/index.js');
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
  const built = statSync(bundle).mtimeMs;
  const src = newestSource(path.join(root, 'src'));
  if (src.ms > built + SAME_WRITE_MS)
    throw new Error(
      `dist/index.js is older than ${path.relative(root, src.file)} (by ${Math.round((src.ms - built) / 1000)} s): the end-to-end tests would run the old bundle. Run \`npm run bundle\` and try again.`,
    );
}

/**
 * Runs the bundled action (dist/index.js) the way the Actions runner does: inputs as INPUT_<NAME> variables
 * (upper-cased, hyphens kept), the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(options: {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  assertBundleCurrent();
  const runner = mkdtempSync(path.join(os.tmpdir(), 'preflight-runner-'));
  try {
    const files = {
      event: path.join(runner, 'event.json'),
      output: path.join(runner, 'output'),
      summary: path.join(runner, 'summary.md'),
    };
    writeFileSync(files.event, JSON.stringify(options.payload ?? {}));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? runner,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: path.join(runner, 'temp'),
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs ?? {}))
      env[`INPUT_${name.toUpperCase()}`] = value;
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/index.js')], {
        cwd: options.workspace,
        env,
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
    return {
      code,
      stdout,
      stderr,
      outputs,
      report:
        outputs.report && existsSync(outputs.report)
          ? JSON.parse(readFileSync(outputs.report, 'utf8'))
          : undefined,
      summary: readFileSync(files.summary, 'utf8'),
      annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
    };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER` heredoc blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1] as string] = m[3] as string;
  return out;
}

/** A real pull_request webhook payload from @octokit/webhooks-examples, with the branch and labels a test needs. */
export function pullRequestPayload(
  action: string,
  change: { base?: string; head?: string; labels?: string[] } = {},
): unknown {
  const index = JSON.parse(
    readFileSync(
      path.join(PROJECT_ROOT, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'),
      'utf8',
    ),
  ) as Array<{ name: string; examples: Array<Record<string, unknown> & { action: string }> }>;
  const example = index.find((e) => e.name === 'pull_request')?.examples.find((e) => e.action === action);
  if (!example) throw new Error(`no pull_request.${action} example`);
  const payload = structuredClone(example) as unknown as {
    pull_request: { base: { ref: string }; head: { ref: string }; labels: unknown[] };
  };
  if (change.base) payload.pull_request.base.ref = change.base;
  if (change.head) payload.pull_request.head.ref = change.head;
  if (change.labels)
    payload.pull_request.labels = change.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed' }));
  return payload;
}
