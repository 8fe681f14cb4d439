// Action start-up: time from spawn to the first byte on stdout, dist/index.js against a minimal
// ncc-bundled action that only imports @actions/core.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { interleave, median, run, timeToFirstByte } from './measure.mjs';

const MINIMAL_SOURCE = "import * as core from '@actions/core';\n\ncore.info('hello');\n";

/** Bundles the minimal action with the project's ncc, unless the bundle of this very source exists. */
function ensureMinimalAction(projectDir, benchDir, log) {
  const dir = path.join(benchDir, 'minimal');
  const source = path.join(dir, 'index.mjs');
  const bundle = path.join(dir, 'dist', 'index.mjs');
  if (existsSync(bundle) && existsSync(source) && readFileSync(source, 'utf8') === MINIMAL_SOURCE)
    return bundle;
  log('start-up: bundling the minimal action with ncc (once)');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(source, MINIMAL_SOURCE);
  const ncc = path.join(projectDir, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  run(process.execPath, [ncc, 'build', source, '-o', path.join(dir, 'dist'), '-q'], { cwd: projectDir });
  if (!existsSync(bundle)) throw new Error(`ncc did not write ${bundle}`);
  return bundle;
}

/** The environment a GitHub runner gives an action step, pointing at an empty workspace. */
function runnerEnv(root) {
  const workspace = path.join(root, 'workspace');
  const temp = path.join(root, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(temp);
  return {
    workspace,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'example/service',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_OUTPUT: path.join(temp, 'output'),
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
      RUNNER_TEMP: temp,
    },
  };
}

export async function startupBenchmark({ projectDir, benchDir, rounds, log }) {
  const minimal = ensureMinimalAction(projectDir, benchDir, log);
  const action = path.join(projectDir, 'dist/index.js');
  const root = mkdtempSync(path.join(benchDir, 'runner-'));
  try {
    const { workspace, env } = runnerEnv(root);
    const opts = { cwd: workspace, env };
    const preflight = () => timeToFirstByte(process.execPath, [action], opts);
    const reference = () => timeToFirstByte(process.execPath, [minimal], opts);
    log(`start-up: 3 warm-up runs, then ${rounds} timed runs of each, alternating`);
    await interleave(3, [preflight, reference]);
    const [ours, theirs] = await interleave(rounds, [preflight, reference]);
    const first = ours[0].first;
    if (!first.startsWith('Preflight ')) throw new Error(`dist/index.js printed '${first}' first`);
    if (theirs[0].first !== 'hello') throw new Error(`the minimal action printed '${theirs[0].first}' first`);
    const preflightMs = median(ours.map((r) => r.ms));
    const referenceMs = median(theirs.map((r) => r.ms));
    return {
      preflightMs,
      referenceMs,
      ratio: preflightMs / referenceMs,
      firstLine: first,
      bundleBytes: { preflight: fileSize(action), reference: fileSize(minimal) },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const fileSize = (f) => readFileSync(f).byteLength;
