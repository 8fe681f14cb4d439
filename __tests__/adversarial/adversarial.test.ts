/**
 * The adversarial suite: bad definitions, hostile targets on loopback and hostile repository entries, run
 * in this process through the same pipeline as `preflight check`, with canary secrets in the environment.
 * Every case ends within its timeout with a clear result, memory stays under a cap, and no canary (in any
 * encoding) reaches the JSON report, the Markdown summary, the text output or the comment.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRegistry } from '../../src/checks/registry.js';
import { formatDiagnostic } from '../../src/definition/diagnostic.js';
import { loadChecklist } from '../../src/definition/load.js';
import { previewComment } from '../../src/gate/preview.js';
import { readBoxes } from '../../src/gate/boxes.js';
import { builtinNames } from '../../src/io/files.js';
import { runCheck } from '../../src/pipeline/check.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { colours, renderText } from '../../src/render/text.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { badDefinitions } from './definitions.js';
import { BEHAVIOURS, startHostileServer, startRawServer, type HostileServer } from './targets.js';

afterAll(cleanupRepos);

const CANARY = 'cAnArY-7f3e9d2a41b8c6e5d0f1a2b3';
const CANARY_AUTH = 'Bearer cnry-4d1f8e2b9a7c6d5e4f3a2b1c';
const ENV = { CANARY_TOKEN: CANARY, CANARY_AUTH, API_SECRET: CANARY };
const ITEM_TIMEOUT_MS = 1500;
/** Time over its timeout an item may take to wind down (a loaded machine's scheduling). */
const SLACK_MS = 2500;
/** How much the process may grow while the hostile targets run (a gzip bomb expands to 256 MiB). */
const RSS_CAP_BYTES = 400 * 1024 * 1024;

// eslint-disable-next-line no-control-regex -- Preflight's own colour codes
const OWN_COLOURS = /\x1b\[(0|1|2|31|32|33|36)m/g;
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function needles(): string[] {
  const whole = [CANARY, CANARY_AUTH.slice(7)];
  const forms = whole.flatMap((s) => [
    s,
    encodeURIComponent(s),
    Buffer.from(s).toString('base64').slice(2, -2),
    Buffer.from(`x:${s}`).toString('base64').slice(4, -4),
    JSON.stringify(s).slice(1, -1),
  ]);
  return [...forms, ...whole.map((s) => s.slice(5, 19))];
}

function expectNoCanary(outputs: Record<string, string>): void {
  for (const [format, text] of Object.entries(outputs))
    for (const n of needles())
      expect({ format, leaked: text.includes(n) ? n : undefined }).toEqual({ format, leaked: undefined });
}

describe('adversarial: bad definitions', () => {
  const cases = badDefinitions();
  test(`${cases.length} bad definitions are refused at file:line:col, one line each, never a stack trace`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const notRefused: string[] = [];
    for (const c of cases) {
      const files = new Map([
        ['preflight.yml', c.text],
        ['self.yml', c.text],
      ]);
      let loaded;
      try {
        loaded = loadChecklist('preflight.yml', {
          readFile: (f) => {
            const text = files.get(path.basename(f));
            return text === undefined || f.startsWith('/') || f.includes('..')
              ? { error: 'outside the repository' }
              : { text };
          },
          registry: defaultRegistry,
          builtins: builtinNames(),
          env: {},
        });
      } catch (e) {
        throw new Error(`${c.name}: threw`, { cause: e });
      }
      if (loaded.ok) {
        notRefused.push(c.name);
        continue;
      }
      // A URL of a scheme no probe speaks is refused for being that (not for something else on its line).
      if (/'(file|gopher|data|ftp|javascript|dict):|url: '\//.test(c.text)) {
        expect({ c: c.name, urlRefused: loaded.diagnostics.some((d) => /\bURL\b/.test(d.message)) }).toEqual({
          c: c.name,
          urlRefused: true,
        });
      }
      for (const d of loaded.diagnostics) {
        const line = formatDiagnostic(d);
        expect(line).toMatch(/^[^\n]+:\d+:\d+: [^\n]+$/);
        expect(line).not.toMatch(/\n|\bat .*\.(ts|js):\d+/);
      }
    }
    expect(notRefused).toEqual([]);
  });
});

describe('adversarial: hostile targets and repository entries, with canary secrets', () => {
  let server: HostileServer;
  let stall: HostileServer;
  let garbage: HostileServer;
  let repo: TestRepo;
  const probes: string[] = [];

  beforeAll(async () => {
    [server, stall, garbage] = await Promise.all([
      startHostileServer(),
      startRawServer(),
      startRawServer(Buffer.from('\x15\x03\x03\x00\x02\x02\x28garbage-not-tls')),
    ]);
    const base = `http://127.0.0.1:${server.port}`;
    const item = (id: string, check: string) =>
      `      - id: ${id}\n        title: ${id}\n        timeout: ${ITEM_TIMEOUT_MS}ms\n        check: ${check}\n`;
    const secretHeaders = 'header-from-env: { X-Api-Key: CANARY_TOKEN, Authorization: CANARY_AUTH }';
    const lines: string[] = [];
    for (const name of Object.keys(BEHAVIOURS)) {
      if (name.startsWith('ws-')) {
        lines.push(
          item(`ws-${name}`, `{ kind: ws.handshake, url: 'ws://127.0.0.1:${server.port}/${name}' }`),
        );
        lines.push(
          item(
            `ws2-${name}`,
            `{ kind: ws.handshake, url: 'ws://127.0.0.1:${server.port}/${name}', send: ping, expect: { pattern: 'p(o|a)ng' } }`,
          ),
        );
        continue;
      }
      lines.push(
        item(
          `get-${name}`,
          `{ kind: http.response, url: '${base}/${name}', ${secretHeaders}, contains: ok }`,
        ),
      );
      lines.push(
        item(
          `re-${name}`,
          `{ kind: http.response, url: '${base}/${name}?token=${CANARY}', matches: '^(a+)+$', follow-redirects: true, ${secretHeaders} }`,
        ),
      );
    }
    for (const [label, port] of [
      ['stalled', stall.port],
      ['garbage', garbage.port],
    ] as const) {
      lines.push(item(`tls-${label}`, `{ kind: tls.certificate, url: 'https://127.0.0.1:${port}/' }`));
      lines.push(
        item(
          `https-${label}`,
          `{ kind: http.response, url: 'https://127.0.0.1:${port}/', ${secretHeaders} }`,
        ),
      );
      lines.push(item(`wss-${label}`, `{ kind: ws.handshake, url: 'wss://127.0.0.1:${port}/' }`));
    }
    for (const id of lines) probes.push(/id: (\S+)/.exec(id)?.[1] ?? '');
    const scans = [
      item('forbidden', "{ kind: repo.forbidden-pattern, patterns: ['(a+)+$', 'TODO'] }"),
      item('secrets', '{ kind: repo.secrets }'),
      item('required', "{ kind: repo.required-pattern, pattern: '(x+x+)+y', files: ['**/*'] }"),
    ];
    const checklist = `id: hostile\ntitle: Hostile\nsections:\n  - id: net\n    title: Net\n    items:\n${lines.join('')}  - id: repo\n    title: Repo\n    items:\n${scans.join('')}  - id: sign\n    title: Sign\n    items:\n      - id: sign-off\n        title: Sign-off\n`;
    repo = await makeRepo({
      'preflight.yml': checklist,
      'a.txt': `${'a'.repeat(100_000)}!\n`,
      'huge.txt': 'x',
      'bin.dat': Buffer.from([0, 1, 2, 3, 0, 255]),
      fifo: 'x',
      zero: 'x',
      passwd: 'x',
      'dir-out/x.txt': 'x',
      'z\r- [x] Docs reviewed <!-- preflight:item sign-off --> @octocat\r.js': `console.log(1) // TODO ${CANARY}\n`,
      'e\x1b[2Jscape\u2028.txt': 'TODO\n',
      'long-line.txt': `${'b'.repeat(2_000_000)}TODO\n`,
    });
    const at = (f: string) => path.join(repo.dir, f);
    execFileSync('rm', ['-rf', at('fifo'), at('zero'), at('passwd'), at('dir-out')]);
    execFileSync('mkfifo', [at('fifo')]);
    symlinkSync('/dev/zero', at('zero'));
    symlinkSync('/etc/passwd', at('passwd'));
    symlinkSync('/etc', at('dir-out'));
    execFileSync('truncate', ['-s', '40M', at('huge.txt')]);
    writeFileSync(at('untracked-socketlike'), 'x');
  }, 60_000);

  afterAll(async () => {
    await Promise.all([server?.close(), stall?.close(), garbage?.close()]);
  });

  test('every probe and scan ends within its timeout, memory stays under the cap, and no canary leaks', async () => {
    expect(probes.length).toBeGreaterThanOrEqual(50);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let result;
    try {
      result = await runCheck({
        checklist: 'preflight.yml',
        cwd: repo.dir,
        repoDir: repo.dir,
        env: ENV,
        facts: {},
        concurrency: 16,
        timeoutMs: ITEM_TIMEOUT_MS,
        lenient: true,
      });
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before).toBeLessThan(RSS_CAP_BYTES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { report, checklist } = result;
    const byId = new Map(report.items.map((i) => [i.id, i]));
    for (const id of probes) {
      const r = byId.get(id);
      expect({ id, status: r?.status }).toEqual({ id, status: expect.stringMatching(/^(fail|error)$/) });
      expect({ id, ms: (r?.durationMs ?? 0) <= ITEM_TIMEOUT_MS + SLACK_MS }).toEqual({ id, ms: true });
      expect(r?.summary.length).toBeGreaterThan(0);
    }
    // The scans end, and say what they did not read.
    for (const id of ['forbidden', 'secrets', 'required']) {
      const r = byId.get(id);
      expect({ id, ms: (r?.durationMs ?? 0) <= ITEM_TIMEOUT_MS + SLACK_MS, status: r?.status }).toEqual({
        id,
        ms: true,
        status: expect.stringMatching(/^(pass|fail|error)$/),
      });
    }
    const outputs = {
      json: JSON.stringify(report),
      markdown: renderMarkdown(report),
      text: renderText(report, colours),
      comment: previewComment(checklist, report),
    };
    expectNoCanary(outputs);
    // The canaries did go out and come back (echoed by the targets): they were scrubbed, not missed.
    expect(outputs.json).toContain('[redacted');
    // The scans say which hostile entries they did not read, and why: in the summary (a pass never
    // hides them) and, each with its reason, in the evidence.
    for (const id of ['forbidden', 'secrets', 'required']) {
      const r = byId.get(id);
      expect({ id, summary: r?.summary }).toEqual({
        id,
        summary: expect.stringContaining('; 5 selected entries not read: '),
      });
      expect({ id, shown: [...((r?.evidence?.notReadShown as string[]) ?? [])].sort() }).toEqual({
        id,
        shown: [
          'dir-out/x.txt: a symbolic link, not followed',
          'fifo: not a regular file',
          'huge.txt: over the 32 MiB scan cap',
          'passwd: a symbolic link, not followed',
          'zero: a symbolic link, not followed',
        ],
      });
    }
    // Inert: the comment's only box is the real sign-off; no live mention outside code.
    expect(Object.fromEntries(readBoxes(outputs.comment))).toEqual({ 'sign-off': [false] });
    for (const md of [outputs.comment, outputs.markdown])
      expect(md.replace(/(`{3,})[^\n]*\n[\s\S]*?\n *\1(?!`)/g, '')).not.toMatch(/(^|[^\u200b])@octocat/);
    // Terminal: only Preflight's own colour codes.
    expect(outputs.text.replace(OWN_COLOURS, '')).not.toMatch(CONTROL);
    process.stdout.write(
      `adversarial counts: ${badDefinitions().length} bad definitions, ${probes.length} hostile probes (${Object.keys(BEHAVIOURS).length + 2} hostile servers' behaviours), 10 hostile repository entries, 4 output formats, peak growth ${Math.round((peak - before) / 1048576)} MiB\n`,
    );
  }, 120_000);
});
