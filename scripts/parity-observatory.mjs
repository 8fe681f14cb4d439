// `npm run parity:observatory [-- --build]`: does http.security-headers agree with Mozilla HTTP Observatory?
//
// Serves header configurations from local servers (HTTPS on 127.0.0.1:443 and [::1]:443 with a throwaway CA
// and a certificate for `localhost`, HTTP on :80 redirecting to HTTPS: Observatory scans those ports only,
// so this needs root), scans each with Observatory's own `scan('localhost')` in a child process that trusts
// the CA through NODE_EXTRA_CA_CERTS, runs Preflight's CLI on the same configurations, and prints, for every
// configuration and every test both have, whether the pass/fail verdicts agree. Exits 1 on any disagreement.
// Preflight's CLI: $PREFLIGHT_CLI, else dist/cli/index.js; `--build` bundles the current sources into a
// temporary directory first (with ncc, leaving dist/ alone). Not part of `npm test`.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Observatory is installed on first use into .bench/observatory (git ignores .bench/), not as a project
// dependency: its install script downloads lists from the internet, which a fresh install must not need.
const observatoryPrefix = path.join(root, '.bench/observatory');
const observatory = path.join(observatoryPrefix, 'node_modules/@mdn/mdn-http-observatory');
const [STS, CSP, XFO, XCTO, RP, COOKIE] = [
  'strict-transport-security',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'set-cookie',
];
/** Observatory's test → Preflight's sub-test. */
const TESTS = {
  [STS]: 'hsts',
  [CSP]: 'csp',
  [XFO]: 'framing',
  [XCTO]: 'nosniff',
  [RP]: RP,
  cookies: 'cookies',
};
const CSP_GOOD =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'";
const BASE = {
  [STS]: 'max-age=31536000; includeSubDomains',
  [CSP]: CSP_GOOD,
  [XFO]: 'DENY',
  [XCTO]: 'nosniff',
  [RP]: 'strict-origin-when-cross-origin',
  [COOKIE]: 'sessionid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax',
};
const page = (tags = '') =>
  `<!doctype html><html><head>${tags}<title>parity</title></head><body>ok</body></html>`;

/**
 * Each configuration is the baseline with `set` headers replaced (null: removed) and `add` fields sent in
 * addition (a header twice); `none` sends no security header at all; `body` replaces the page.
 */
const CASES = {
  'good-baseline': {},
  'no-headers': { none: true },
  'hsts-short-max-age': { set: { [STS]: 'max-age=86400' } },
  'hsts-sent-twice': { add: [[STS, BASE[STS]]] },
  'hsts-no-max-age': { set: { [STS]: 'includeSubDomains; preload' } },
  'csp-unsafe-inline': { set: { [CSP]: "default-src 'self'; script-src 'self' 'unsafe-inline'" } },
  'csp-unsafe-eval': { set: { [CSP]: "default-src 'self'; script-src 'self' 'unsafe-eval'" } },
  'csp-default-src-fallback-ok': { set: { [CSP]: "default-src 'self'" } },
  'csp-default-src-fallback-unsafe': { set: { [CSP]: "default-src 'self' 'unsafe-inline'" } },
  'csp-nonce-strict-dynamic': {
    set: {
      [CSP]: "script-src 'nonce-r4nd0m' 'strict-dynamic' 'unsafe-inline' https: http:; object-src 'none'",
    },
  },
  'csp-hash-with-unsafe-inline': {
    set: { [CSP]: "default-src 'self'; script-src 'sha256-abc=' 'unsafe-inline'" },
  },
  'csp-strict-dynamic-no-nonce': { set: { [CSP]: "default-src 'self'; script-src 'strict-dynamic'" } },
  'csp-no-object-src': { set: { [CSP]: "script-src 'self'" } },
  'csp-broad-https-scripts': { set: { [CSP]: "default-src 'self'; script-src https:" } },
  'csp-report-only': { set: { [CSP]: null }, add: [['content-security-policy-report-only', CSP_GOOD]] },
  'csp-duplicate-directive': { set: { [CSP]: "default-src 'self'; default-src *" } },
  'csp-in-meta-only': {
    set: { [CSP]: null },
    body: page(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`),
  },
  'xfo-only-no-csp': { set: { [CSP]: null, [XFO]: 'SAMEORIGIN' } },
  'frame-ancestors-only': { set: { [XFO]: null } },
  'xfo-invalid': { set: { [CSP]: "default-src 'self'", [XFO]: 'ALLOWALL' } },
  'xfo-allow-from': { set: { [CSP]: "default-src 'self'", [XFO]: 'ALLOW-FROM https://example.com' } },
  'nosniff-missing': { set: { [XCTO]: null } },
  'nosniff-sent-twice': { add: [[XCTO, 'nosniff']] },
  'referrer-missing': { set: { [RP]: null } },
  'referrer-unsafe-url': { set: { [RP]: 'unsafe-url' } },
  'referrer-no-referrer-when-downgrade': { set: { [RP]: 'no-referrer-when-downgrade' } },
  'referrer-fallback-list': { set: { [RP]: 'no-referrer, unsafe-url' } },
  'referrer-invalid': { set: { [RP]: 'nope' } },
  'referrer-meta-overrides': {
    set: { [RP]: 'unsafe-url' },
    body: page('<meta name="referrer" content="no-referrer">'),
  },
  'cookies-not-secure': { set: { [COOKIE]: 'theme=dark; Path=/' } },
  'cookies-session-not-httponly': { set: { [COOKIE]: 'sessionid=abc; Path=/; Secure' } },
  'cookies-csrf-no-samesite': { set: { [COOKIE]: 'csrftoken=abc; Path=/; Secure' } },
  'cookies-samesite-invalid': { set: { [COOKIE]: 'theme=dark; Path=/; Secure; SameSite=Sideways' } },
  'cookies-none': { set: { [COOKIE]: null } },
};

/** A configuration's response header fields, in order, repeats included. */
function headersOf(c) {
  const merged = c.none ? {} : { ...BASE, ...c.set };
  const fields = Object.entries(merged).filter(([, v]) => v !== null);
  return [...fields, ...(c.add ?? []), ['content-type', 'text/html; charset=utf-8']];
}

const args = process.argv.slice(2);
const work = mkdtempSync(path.join(os.tmpdir(), 'preflight-parity-'));
const servers = [];
let current = 'good-baseline';

function serve(req, res) {
  const url = new URL(req.url ?? '/', 'https://localhost');
  const name = url.pathname.startsWith('/cfg/') ? url.pathname.slice(5) : current;
  const c = CASES[name];
  if (!c || url.pathname === '/robots.txt') return void res.writeHead(404).end();
  res.writeHead(200, headersOf(c).flat()).end(c.body ?? page());
}

/** Listens, or rejects with the 'error' event (a port in use, no IPv6 loopback). */
async function listen(server, port, host) {
  await once(server.listen(port, host), 'listening');
  return server;
}

async function start(cert) {
  for (const host of ['127.0.0.1', '::1']) {
    const tls = https.createServer({ cert: cert.cert, key: cert.key }, serve);
    tls.on('tlsClientError', () => undefined);
    const plain = http.createServer((req, res) =>
      res.writeHead(301, { location: 'https://localhost/' }).end(),
    );
    try {
      servers.push(await listen(tls, 443, host));
      servers.push(await listen(plain, 80, host));
    } catch (e) {
      if (host === '::1' && ['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(e.code)) continue; // no IPv6 loopback
      throw new Error(
        `cannot listen on ${host}:443 and :80 (${e.code ?? e.message}): run as root with both ports free`,
        { cause: e },
      );
    }
  }
}

function makeCertificates() {
  const run = (line) => execFileSync('openssl', line.split(' '), { cwd: work, stdio: 'pipe' });
  const key = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';
  const ext = path.join(work, 'leaf.ext');
  writeFileSync(ext, 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\n');
  run(`req -x509 ${key} -days 2 -subj /CN=parity-ca -keyout ca.key -out ca.pem`);
  run(`req -new ${key} -subj /CN=localhost -keyout leaf.key -out leaf.csr`);
  run(
    `x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile ${ext} -out leaf.pem`,
  );
  const read = (f) => readFileSync(path.join(work, f), 'utf8');
  return { ca: path.join(work, 'ca.pem'), cert: read('leaf.pem'), key: read('leaf.key') };
}

/** Runs a child without blocking this process (which serves the pages the child asks for). */
function child(args, options) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options },
      (err, stdout, stderr) =>
        resolve({ status: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** Observatory's verdicts for what the server serves at `/` now: test name → pass. */
async function observatoryScan(caFile) {
  const scanner = pathToFileURL(path.join(observatory, 'src/scanner/index.js')).href;
  const code = `import { scan } from ${JSON.stringify(scanner)};
    const r = await scan('localhost');
    const out = {};
    for (const [name, t] of Object.entries(r.tests)) out[name] = { pass: t.pass, result: t.result };
    process.stdout.write(JSON.stringify(out));`;
  const r = await child(['--input-type=module', '-e', code], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`Observatory failed: ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
  return JSON.parse(r.stdout);
}

/** Preflight's verdicts for every case, from one CLI run: case → sub-test → pass. */
async function preflightRun(cli, caFile) {
  const repo = path.join(work, 'repo');
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(path.join(repo, 'ca.pem'), readFileSync(caFile));
  const kind = { kind: 'http.security-headers', 'ca-file': 'ca.pem' };
  const items = Object.keys(CASES).map((id) => ({
    id,
    title: id,
    check: { ...kind, url: `https://localhost/cfg/${id}` },
  }));
  const sections = [{ id: 'cases', title: 'Cases', items }];
  writeFileSync(path.join(repo, 'parity.yml'), JSON.stringify({ id: 'parity', title: 'Parity', sections })); // JSON is YAML
  const r = await child([cli, 'check', '-C', repo, '-c', path.join(repo, 'parity.yml'), '--format', 'json']);
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`preflight check failed (${r.status}): ${r.stderr.trim().slice(0, 500)}`);
  const report = JSON.parse(r.stdout);
  const out = {};
  for (const item of report.items) {
    const tests = item.evidence?.tests;
    if (!tests) throw new Error(`${item.id}: no sub-test verdicts (${item.status}: ${item.summary})`);
    out[item.id] = Object.fromEntries(
      Object.entries(tests).map(([n, t]) => [n, { pass: t.verdict === 'pass', reason: t.reason }]),
    );
  }
  return out;
}

function preflightCli() {
  if (process.env.PREFLIGHT_CLI) return process.env.PREFLIGHT_CLI;
  if (!args.includes('--build')) return path.join(root, 'dist/cli/index.js');
  const out = path.join(work, 'cli');
  execFileSync(
    path.join(root, 'node_modules/.bin/ncc'),
    ['build', path.join(root, 'src/cli/index.ts'), '-o', out, '-q'],
    { cwd: root, stdio: 'inherit' },
  );
  return path.join(out, 'index.js');
}

async function main() {
  if (!existsSync(observatory)) {
    console.error('parity:observatory: installing @mdn/mdn-http-observatory@1.4.8 into .bench/observatory');
    mkdirSync(observatoryPrefix, { recursive: true });
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        observatoryPrefix,
        '--ignore-scripts',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '@mdn/mdn-http-observatory@1.4.8',
      ],
      { stdio: 'inherit' },
    );
    if (r.status !== 0 || !existsSync(observatory))
      throw new Error('could not install Mozilla HTTP Observatory');
  }
  const preload = path.join(observatory, 'conf/hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n'); // its postinstall (skipped) would download the list
  const cli = preflightCli();
  const cert = makeCertificates();
  await start(cert);
  const ours = await preflightRun(cli, cert.ca);
  const rows = [];
  for (const name of Object.keys(CASES)) {
    current = name;
    const theirs = await observatoryScan(cert.ca);
    for (const [test, sub] of Object.entries(TESTS)) {
      const o = theirs[test];
      const p = ours[name]?.[sub];
      if (!o || typeof o.pass !== 'boolean' || !p) continue;
      rows.push({ name, sub, observatory: o.pass, result: o.result, preflight: p.pass, reason: p.reason });
    }
  }
  printTable(rows);
  const agreed = rows.filter((r) => r.observatory === r.preflight).length;
  console.log(
    `\n${agreed}/${rows.length} agree (${Object.keys(CASES).length} configurations, ${Object.keys(TESTS).length} tests)`,
  );
  return agreed === rows.length && rows.length > 0;
}

/** One row per configuration, one column per test: "pass"/"fail" when both say so, "obs:X pf:Y" when not. */
function printTable(rows) {
  const subs = Object.values(TESTS);
  const names = [...new Set(rows.map((r) => r.name))];
  const word = (pass) => (pass ? 'pass' : 'fail');
  const cell = (r) => {
    if (!r) return '-';
    if (r.observatory !== r.preflight) return `obs:${word(r.observatory)} pf:${word(r.preflight)}`;
    return r.preflight ? 'pass' : 'FAIL';
  };
  const table = [['configuration', ...subs]];
  for (const name of names)
    table.push([name, ...subs.map((sub) => cell(rows.find((r) => r.name === name && r.sub === sub)))]);
  const agree = (sub) => rows.filter((r) => r.sub === sub && r.observatory === r.preflight).length;
  const total = (sub) => rows.filter((r) => r.sub === sub).length;
  table.push(['agree', ...subs.map((sub) => `${agree(sub)}/${total(sub)}`)]);
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log('\nVerdicts of Mozilla HTTP Observatory and http.security-headers (pass/FAIL: both agree)\n');
  const line = (row) => row.map((c, j) => c.padEnd(widths[j])).join('  ');
  table.forEach((row, i) => {
    console.log(line(row).trimEnd());
    if (i === 0 || i === table.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  for (const r of rows.filter((x) => x.observatory !== x.preflight)) {
    console.log(`disagreement: ${r.name} ${r.sub}: observatory ${r.result}; preflight ${r.reason}`);
  }
}

let ok = false;
try {
  ok = await main();
} catch (e) {
  console.error(`parity:observatory: ${e.message}`);
} finally {
  for (const s of servers) s.closeAllConnections?.();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(() => done()))));
  rmSync(work, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
