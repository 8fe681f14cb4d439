// `npm run demo`: Preflight's main job on an embedded example, no GitHub needed.
// It copies examples/demo-service (a small service with deliberate release problems) into a fresh git
// repository, runs the `preflight` CLI on it, then runs the bundled action exactly as the Actions runner
// would (INPUT_* variables, an event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const action = path.join(root, 'dist/index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'preflight-demo-'));

function git(args, cwd) {
  const r = spawnSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function heading(text) {
  console.log(`\n${'='.repeat(text.length)}\n${text}\n${'='.repeat(text.length)}\n`);
}

let ok = true;
try {
  const repo = path.join(work, 'demo-service');
  cpSync(path.join(root, 'examples/demo-service'), repo, { recursive: true });
  git(['init', '-q', '-b', 'release/1.4.0'], repo);
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'Release 1.4.0'], repo);

  heading('preflight check (the CLI) on examples/demo-service');
  const local = spawnSync(
    process.execPath,
    [cli, 'check', '-C', repo, '-c', path.join(repo, '.github/preflight.yml')],
    {
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : undefined },
    },
  );
  console.log(`\n(exit code ${local.status}: 0 ready, 1 required checks fail, 2 definition or usage errors)`);
  if (local.status !== 1) ok = false;

  heading('The action (dist/index.js), run as the Actions runner runs it');
  const runner = path.join(work, 'runner');
  cpSync(path.join(root, 'examples/pull-request-event.json'), path.join(work, 'event.json'));
  writeFileSync(path.join(work, 'output.txt'), '');
  writeFileSync(path.join(work, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(work, 'event.json'),
    GITHUB_OUTPUT: path.join(work, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    RUNNER_TEMP: runner,
    INPUT_CHECKLIST: '.github/preflight.yml',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_FAIL-JOB': 'false',
  };
  const run = spawnSync(process.execPath, [action], { cwd: repo, env, encoding: 'utf8' });
  const annotations = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
  console.log(`exit code ${run.status} (the job stays green; the state output carries the verdict)`);
  console.log(`${annotations.length} annotations, for example:\n  ${annotations.slice(0, 3).join('\n  ')}`);
  const outputs = parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
  console.log('\noutputs:');
  for (const [k, v] of Object.entries(outputs))
    console.log(`  ${k} = ${k === 'report' ? path.basename(v) : v}`);
  const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
  console.log(`\njob summary (${summary.length} characters of Markdown), first lines:\n`);
  console.log(
    summary
      .split('\n')
      .slice(0, 12)
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  if (run.status !== 0 || outputs.state !== 'fail' || !existsSync(outputs.report ?? '')) ok = false;
  if (run.stderr.trim() !== '') console.log(`\nstderr:\n${run.stderr}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(
  ok
    ? '\nDemo complete: Preflight found the deliberate problems (committed .env, placeholder secret, console.log, root container).'
    : '\nDemo did NOT behave as expected: see above.',
);
process.exit(ok ? 0 : 1);

/** GITHUB_OUTPUT holds `name<<DELIMITER` blocks. */
function parseOutputs(text) {
  const out = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}
