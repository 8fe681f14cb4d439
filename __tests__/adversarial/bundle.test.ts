/**
 * The adversarial suite's bounded subset against the BUNDLES, run as the Actions runner runs them: the
 * action (dist/index.js) on a pull_request event from @octokit/webhooks-examples with INPUT_* variables,
 * GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and the GitHub API double on loopback, and
 * the CLI (dist/cli/index.js) in a workflow step (GITHUB_ACTIONS=true, output read through a pipe) in each
 * of its formats. Hostile loopback targets echo the canary secrets back in every encoding; hostile
 * repository entries (links to /dev/zero and /etc/passwd, a FIFO, file names carrying boxes, mentions and
 * workflow commands) sit in the checkout. No canary may reach stdout, stderr, the step summary, the
 * outputs, the comment, the status description or the JSON report; no text from outside may act as a
 * workflow command in the log (read as the runner reads it); each process stays under a memory cap.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBoxes } from '../../src/gate/boxes.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { assertBundleCurrent } from '../helpers/run-action.js';
import { commandsRead, shownLog } from '../helpers/runner-log.js';
import { makeWorld, NUMBER, type World } from '../gate-e2e/world.js';
import { startHostileServer, type HostileServer } from './targets.js';

const CANARY = {
  /** A variable whose name says secret, sent as a header and echoed. */
  CANARY_TOKEN: 'cNry-Tok-8d3f1a9e6b2c7d4e5f0a1b2c',
  /** A header-from-env variable whose name does not look secret. */
  PLAIN_HEADER_VALUE: 'pLn-Hdr-4e7a2c9d1f6b3e8a0c5d7f2b',
  /** Declared secret in env.policy, printed (raw and base64) by a command. */
  SIGNING_MATERIAL: 'sGn-Mat-9b1e4d7a2f5c8e3b6d0a4c7f',
  /** The webhook token, which the target echoes URL-encoded. */
  HOOK_TOKEN: 'hK/Tok+7c2e5a8d1b4f=9e3c6a0d2f5b',
};
/** A token in a target URL's query string. */
const QUERY_TOKEN = 'qRy-Tok-2a6d9c3f7e1b4a8d5c0e3f6b';
/** A GitHub token committed in the repository, found by repo.secrets. */
const FOUND = `ghp_${'Q7w2E9r4T1y6U3i8O5p0A2s7D4f9G1h6J3k8'.slice(0, 36)}`;
const ITEM_MS = 1500;
/** The hostile loopback probes among the checklist's items. */
const NET_ITEMS = 9;
/** Peak resident memory each bundled process may reach (a gzip bomb would be 256 MiB inflated). */
const RSS_CAP_KIB = 350 * 1024;
/** What the runner may act on from Preflight's log: its own annotations and groups, nothing else. */
const OWN_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup']);

function needles(): string[] {
  const values = [...Object.values(CANARY), QUERY_TOKEN, FOUND];
  const out: string[] = [];
  for (const v of values) {
    out.push(v, encodeURIComponent(v), JSON.stringify(v).slice(1, -1));
    out.push(new URLSearchParams({ v }).toString().slice(2));
    for (let k = 0; k < 3; k += 1) {
      const b64 = Buffer.concat([Buffer.alloc(k), Buffer.from(v)]).toString('base64');
      out.push(b64.slice(Math.ceil((k * 8) / 6) + 1, Math.floor(((k + v.length) * 8) / 6) - 1));
    }
    // Pieces: a preview cut before the scrub would leave one of these.
    out.push(v.slice(8, 20), v.slice(-12));
  }
  return [...new Set(out)].filter((n) => n.length >= 8);
}

function leaks(outputs: Record<string, string>): Array<{ where: string; needle: string }> {
  const found: Array<{ where: string; needle: string }> = [];
  for (const [where, text] of Object.entries(outputs))
    for (const needle of needles()) if (text.includes(needle)) found.push({ where, needle });
  return found;
}

function checklist(port: number): string {
  const base = `http://127.0.0.1:${port}`;
  const item = (id: string, check: string) =>
    `      - id: ${id}\n        title: ${id}\n        timeout: ${ITEM_MS}ms\n        check: ${check}\n`;
  const headers = 'header-from-env: { X-Api-Key: CANARY_TOKEN, X-Plain: PLAIN_HEADER_VALUE }';
  const net = [
    item('echo', `{ kind: http.response, url: '${base}/echo-request', ${headers}, contains: ok }`),
    item('echo-query', `{ kind: http.response, target: api, ${headers}, matches: '^ok$' }`),
    item('echo-headers', `{ kind: http.response, url: '${base}/echo-in-header', ${headers} }`),
    item(
      'cross-origin',
      `{ kind: http.response, url: '${base}/redirect-elsewhere-echo', follow-redirects: true, ${headers} }`,
    ),
    item('endless', `{ kind: http.response, url: '${base}/endless-chunked', matches: '^z+$' }`),
    item('bomb', `{ kind: http.response, url: '${base}/gzip-bomb', contains: ok }`),
    item('markdown', `{ kind: http.response, url: '${base}/terminal-and-markdown' }`),
    item('hook', `{ kind: webhook.verify, url: '${base}/echo-request', token-env: HOOK_TOKEN }`),
    item('ws', `{ kind: ws.handshake, url: 'ws://127.0.0.1:${port}/ws-silent-upgrade' }`),
  ];
  const local = [
    item(
      'printed',
      `{ kind: command, run: 'echo "$SIGNING_MATERIAL"; printf %s "$SIGNING_MATERIAL" | base64' }`,
    ),
    item('policy', '{ kind: env.policy, variables: { SIGNING_MATERIAL: { min-bytes: 16 } } }'),
    item('forbidden', "{ kind: repo.forbidden-pattern, patterns: ['(a+)+$', 'console\\.log'] }"),
    item('secrets', '{ kind: repo.secrets }'),
    item('value', '{ kind: repo.value, file: zero.json, path: version }'),
  ];
  return [
    'id: hostile',
    'title: Hostile',
    'targets:',
    `  api: '${base}/echo-request?access_token=${QUERY_TOKEN}'`,
    'sections:',
    '  - id: net',
    '    title: Net',
    '    items:',
    net.join('').trimEnd(),
    '  - id: local',
    '    title: Local',
    '    items:',
    local.join('').trimEnd(),
    '  - id: sign',
    '    title: Sign',
    '    items:',
    '      - id: sign-off',
    '        title: Sign-off',
    '',
  ].join('\n');
}

/** File names and contents from outside: boxes, markers, mentions, workflow commands, a found secret. */
const HEAD_FILES: Record<string, string> = {
  'z\r- [x] Docs reviewed <!-- preflight:item sign-off --> @octocat\r.js': 'console.log(1)\n',
  '::add-mask::pwned-name.js': 'console.log(2)\n',
  '##[set-output name=approved;]pwned.js': 'console.log(3)\n',
  'config.js': `export const token = '${FOUND}';\n`,
  'a.txt': `${'a'.repeat(50_000)}!\n`,
  'zero.json': '{}',
  'passwd.txt': 'x',
  fifo: 'x',
};

let server: HostileServer;
let world: World;
const peaks: Record<string, number> = {};
let rssFile: string;
let scratch: string;

beforeAll(async () => {
  assertBundleCurrent();
  server = await startHostileServer();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'preflight-adv-bundle-'));
  rssFile = path.join(scratch, 'rss');
  world = await makeWorld({
    bundle: true,
    checklist: checklist(server.port),
    headFiles: HEAD_FILES,
    env: () => ({
      ...CANARY,
      NODE_OPTIONS: `--require ${path.join(PROJECT_ROOT, '__tests__/helpers/max-rss.cjs')}`,
      PREFLIGHT_TEST_RSS_FILE: rssFile,
    }),
  });
  // The checkout holds links out and a FIFO where the commit has plain files.
  const at = (f: string) => path.join(world.repo.dir, f);
  execFileSync('rm', ['-f', at('zero.json'), at('passwd.txt'), at('fifo')]);
  symlinkSync('/dev/zero', at('zero.json'));
  symlinkSync('/etc/passwd', at('passwd.txt'));
  execFileSync('mkfifo', [at('fifo')]);
}, 60_000);

afterAll(async () => {
  const cli = ['text', 'json', 'markdown', 'comment'].filter((f) => peaks[f] !== undefined);
  if (peaks.action !== undefined && cli.length === 4)
    process.stdout.write(
      `adversarial bundled counts: ${checklist(1).match(/^ {6}- id: /gm)?.length ?? 0} items (${NET_ITEMS} hostile target probes), ${Object.keys(HEAD_FILES).length} hostile repository entries, ${needles().length} canary forms, action outputs 7 (stdout, stderr, summary, outputs, comment, status, report), CLI formats ${cli.length}, peak RSS action ${peaks.action} MiB, CLI ${Math.max(...cli.map((f) => peaks[f] as number))} MiB\n`,
    );
  await world?.stop();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function peakRss(): number[] {
  return existsSync(rssFile)
    ? readFileSync(rssFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((n) => Number(n))
    : [];
}

describe('adversarial, bundled: the action and the CLI as the runner runs them', () => {
  test('the action: no canary in any output, nothing from outside acts in the log, memory capped', async () => {
    const run = await world.prRun('opened', { 'fail-job': 'false', timeout: `${ITEM_MS}ms` });
    world.double.assertNoViolations();
    expect(run.code).toBe(0);
    const report = run.report;
    expect(report?.items.length).toBe(15);
    const comments = world.double.comments(NUMBER).map((c) => String(c.body ?? ''));
    const statuses = world.statuses().map((s) => s.description ?? '');
    expect(comments).toHaveLength(1);
    expect(statuses.length).toBeGreaterThan(0);
    const outputs = {
      // As the runner shows the log: Preflight's own add-mask commands are consumed, never shown.
      stdout: shownLog(run.stdout),
      stderr: shownLog(run.stderr),
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      comment: comments.join('\n'),
      status: statuses.join('\n'),
      report: JSON.stringify(report),
    };
    expect(leaks(outputs)).toEqual([]);
    // The canaries went out and came back: scrubbed, not missed.
    expect(outputs.report).toContain('[redacted');
    // Every item ended with a clear result within its time.
    for (const item of report?.items ?? []) {
      expect({ id: item.id, status: item.status }).toEqual({
        id: item.id,
        status: expect.stringMatching(/^(pass|fail|error|skipped|manual|pending)$/),
      });
      if (typeof item.durationMs === 'number') expect(item.durationMs).toBeLessThan(ITEM_MS + 3000);
    }
    const byId = new Map(report?.items.map((i) => [i.id, i]));
    expect(byId.get('endless')?.summary).toContain('exceeded max-body');
    expect(byId.get('value')?.status).toBe('error');
    // The comment: the only box is the real sign-off; the spoofed one in a file name is not a box.
    expect(Object.fromEntries(readBoxes(outputs.comment))).toEqual(
      expect.objectContaining({ 'sign-off': [false] }),
    );
    expect([...readBoxes(outputs.comment).values()].flat().filter(Boolean)).toEqual([]);
    // The log, read as the runner reads it: only Preflight's own annotations act.
    const acted = commandsRead(`${run.stdout}\n${run.stderr}`);
    // Masks are Preflight's own (core.setSecret of the values it knows as secrets), never text from outside.
    const known = new Set([...Object.values(CANARY), QUERY_TOKEN, FOUND]);
    const masks = acted.filter((c) => c.name.toLowerCase() === 'add-mask');
    expect(masks.filter((c) => !known.has(c.data) && !/^[A-Za-z0-9+/=_-]{8,}$/.test(c.data))).toEqual([]);
    expect(
      acted.filter((c) => c.name.toLowerCase() !== 'add-mask' && !OWN_COMMANDS.has(c.name.toLowerCase())),
    ).toEqual([]);
    expect(acted.filter((c) => c.data.includes('pwned') && !OWN_COMMANDS.has(c.name.toLowerCase()))).toEqual(
      [],
    );
    expect(run.outputs.approved).toBeUndefined();
    const rss = peakRss();
    expect(rss.length).toBeGreaterThan(0);
    expect(Math.max(...rss)).toBeLessThan(RSS_CAP_KIB);
    peaks.action = Math.round(Math.max(...rss) / 1024);
  }, 90_000);

  test.each(['text', 'json', 'markdown', 'comment'])(
    'the CLI in a workflow step, --format %s: no canary, no workflow command, memory capped',
    async (format) => {
      rmSync(rssFile, { force: true });
      const run = await runCli(
        [
          'check',
          '-c',
          '.github/preflight.yml',
          '--format',
          format,
          '--timeout',
          `${ITEM_MS}ms`,
          '--use-env',
        ],
        {
          ...CANARY,
          GITHUB_ACTIONS: 'true',
          CI: 'true',
          NODE_OPTIONS: `--require ${path.join(PROJECT_ROOT, '__tests__/helpers/max-rss.cjs')}`,
          PREFLIGHT_TEST_RSS_FILE: rssFile,
        },
      );
      expect(run.code).toBe(1);
      expect(leaks({ stdout: run.stdout, stderr: run.stderr })).toEqual([]);
      // The formats with evidence show the echoed canaries scrubbed (the text report shows summaries only).
      if (format !== 'text') expect(run.stdout).toContain('[redacted');
      // Nothing the CLI prints acts as a workflow command: it writes none of its own.
      expect(commandsRead(`${run.stdout}\n${run.stderr}`)).toEqual([]);
      if (format === 'json') {
        // JSON is never fenced (it is read by machines): it parses, and it carries the hostile names.
        const parsed = JSON.parse(run.stdout) as { items: unknown[] };
        expect(parsed.items).toHaveLength(15);
        expect(run.stdout).not.toContain('::stop-commands::');
      } else {
        expect(run.stdout).toMatch(/^::stop-commands::[0-9a-f]{32}$/m);
      }
      const rss = peakRss();
      expect(rss.length).toBeGreaterThan(0);
      expect(Math.max(...rss)).toBeLessThan(RSS_CAP_KIB);
      peaks[format] = Math.round(Math.max(...rss) / 1024);
    },
    60_000,
  );
});

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli/index.js'), ...args], {
      cwd: world.repo.dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? scratch, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}
