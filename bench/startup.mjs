// Action start-up: time from spawn to the first byte on stdout, dist/index.js against a minimal
// ncc-bundled action that only imports @actions/core. The action loads its entry chunk (the inputs, the
// event, @actions/core) before its first line and the rest when the event needs it, so a second row (for
// information) times a whole push run of a one-item checklist, spawn to exit, against the minimal
// action's spawn to exit: what loading the evaluation's chunks and running costs on top.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { interleave, median, run, timeProcess, timeToFirstByte } from './measure.mjs';

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

const CHECKLIST = [
  'id: startup',
  'title: Start-up',
  'sections:',
  '  - id: files',
  '    title: Files',
  '    items:',
  '      - id: readme',
  '        title: A README',
  '        check: { kind: repo.files-exist, paths: [README.md] }',
  '',
].join('\n');

/** The environment a GitHub runner gives an action step, pointing at a workspace with a one-item checklist. */
function runnerEnv(root) {
  const workspace = path.join(root, 'workspace');
  const temp = path.join(root, 'runner-temp');
  mkdirSync(path.join(workspace, '.github'), { recursive: true });
  mkdirSync(temp);
  writeFileSync(path.join(workspace, '.github/preflight.yml'), CHECKLIST);
  writeFileSync(path.join(workspace, 'README.md'), '# service\n');
  writeFileSync(path.join(temp, 'output'), '');
  writeFileSync(path.join(temp, 'summary'), '');
  const git = (...args) =>
    run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], {
      cwd: workspace,
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  const sha = git('rev-parse', 'HEAD').trim();
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
      GITHUB_SHA: sha,
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
    log(`start-up: ${rounds} whole push runs of each (spawn to exit), alternating`);
    const whole = (file) => async () => {
      const r = await timeProcess(process.execPath, [file], { ...opts, capture: true });
      if (r.code !== 0)
        throw new Error(`${path.basename(file)} exited with ${r.code}: ${r.stdout.slice(-500)}`);
      return r;
    };
    const [oursWhole, theirsWhole] = await interleave(rounds, [whole(action), whole(minimal)]);
    if (!/\bpass\b.*A README/.test(oursWhole[0].stdout))
      throw new Error(`the push run did not pass its one item: ${oursWhole[0].stdout.slice(-500)}`);
    const chunks = readdirSync(path.dirname(action)).filter((f) => /^\d+\.index\.js$/.test(f));
    return {
      preflightMs,
      referenceMs,
      ratio: preflightMs / referenceMs,
      wholeRun: {
        preflightMs: median(oursWhole.map((r) => r.ms)),
        referenceMs: median(theirsWhole.map((r) => r.ms)),
      },
      firstLine: first,
      bundleBytes: {
        preflight: fileSize(action),
        chunks: chunks.reduce((sum, f) => sum + fileSize(path.join(path.dirname(action), f)), 0),
        chunkCount: chunks.length,
        reference: fileSize(minimal),
      },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const fileSize = (f) => readFileSync(f).byteLength;
