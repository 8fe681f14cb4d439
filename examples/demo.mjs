// `npm run demo`: Preflight's main job on an embedded example, no GitHub needed.
// It copies examples/demo-service (a small service with deliberate release problems) into a fresh git
// repository and starts a small local web app standing in for the running service (on 127.0.0.1, a random
// port, with some security headers deliberately missing). It runs the `preflight` CLI on both, then runs the
// bundled action exactly as the Actions runner would (INPUT_* variables, an event payload, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files). The app is stopped when the demo ends, also when it fails.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const actionFile = path.join(root, 'dist/index.js');
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

/** Runs a child without blocking this process, which serves the demo app the child probes. */
function run(args, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('error', (e) => resolve({ status: null, stdout, stderr: stderr + e.message }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * The running service: /health answers JSON, /api/orders allows CORS for the shop's origin only, and pages
 * lack a Content-Security-Policy, send HSTS with a short max-age over plain HTTP and a cookie without Secure.
 */
function startApp() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","version":"1.4.0"}');
    } else if (url.pathname === '/api/orders') {
      const allowed = req.headers.origin === 'https://shop.example.com';
      const cors = allowed ? { 'access-control-allow-origin': req.headers.origin, vary: 'Origin' } : {};
      if (req.method === 'OPTIONS')
        res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET' }).end();
      else res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('[]');
    } else if (url.pathname === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'strict-transport-security': 'max-age=3600',
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'set-cookie': `demo_session=${randomBytes(12).toString('hex')}; Path=/; HttpOnly; SameSite=Lax`,
      });
      res.end('<!doctype html><title>Demo service</title><h1>Demo service 1.4.0</h1>');
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      });
    });
  });
}

/** What the network items should show: some pass, some fail with evidence. */
const EXPECTED = { health: 'pass', 'security-headers': 'fail', cors: 'pass', latency: 'pass' };

let ok = true;
let app;
try {
  app = await startApp();
  const checklist = '.github/preflight-service.yml';
  const repo = path.join(work, 'demo-service');
  cpSync(path.join(root, 'examples/demo-service'), repo, { recursive: true });
  git(['init', '-q', '-b', 'release/1.4.0'], repo);
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'Release 1.4.0'], repo);

  heading(`preflight check (the CLI) on examples/demo-service and the app at ${app.url}`);
  const local = await run(
    [cli, 'check', '-C', repo, '-c', path.join(repo, checklist), '--target', `app=${app.url}`],
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
    INPUT_CHECKLIST: checklist,
    INPUT_TARGETS: `app=${app.url}`,
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_FAIL-JOB': 'false',
  };
  const action = await run([actionFile], { cwd: repo, env });
  const annotations = action.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
  console.log(`exit code ${action.status} (the job stays green; the state output carries the verdict)`);
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
  if (action.status !== 0 || outputs.state !== 'fail' || !existsSync(outputs.report ?? '')) ok = false;
  if (action.stderr.trim() !== '') console.log(`\nstderr:\n${action.stderr}`);
  if (existsSync(outputs.report ?? ''))
    ok = serviceItemsAsExpected(JSON.parse(readFileSync(outputs.report, 'utf8'))) && ok;
} catch (e) {
  console.log(`\nThe demo stopped: ${e.message}`);
  ok = false;
} finally {
  await app?.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  ok
    ? '\nDemo complete: Preflight found the deliberate problems (committed .env, placeholder secret, console.log, root container, missing security headers).'
    : '\nDemo did NOT behave as expected: see above.',
);
process.exit(ok ? 0 : 1);

/** Prints the network items of the action's report; false when one did not end as the demo intends. */
function serviceItemsAsExpected(report) {
  console.log('\nthe running service, as the action saw it:');
  let fine = true;
  for (const [id, wanted] of Object.entries(EXPECTED)) {
    const item = report.items.find((i) => i.id === id);
    console.log(`  ${item?.status ?? 'missing'}  ${id}: ${item?.summary ?? ''}`);
    if (item?.status !== wanted) fine = false;
  }
  return fine;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER` blocks. */
function parseOutputs(text) {
  const out = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}
