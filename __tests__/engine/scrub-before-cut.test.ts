/**
 * Evidence is scrubbed before it is shortened, in every kind that shows text from a target: a secret the
 * target echoes, repeated so that every cut point of every preview falls inside one of its copies, leaves
 * no piece of itself in the report. Real servers on loopback (HTTP and WebSocket), the real engine.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { describeSubresource } from '../../src/checks/web/mixed-content-verdict.js';
import { shownMessage, receivedMessage } from '../../src/checks/web/ws-expect.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { SecretSet } from '../../src/engine/redact.js';
import { startHttpServer, type RunningServer } from '../helpers/servers.js';
import { startWsServer, type RunningWsServer } from '../checks/web/ws-servers.js';

/** 31 characters (a prime: copies laid end to end put a copy across any cut point but multiples of 31). */
const CANARY = 'Zq7Xk2Wp9Lm4Vr8Tn3Hs6Jd1Fb5GcQ';
const RUN = CANARY.repeat(12);

/** Every 6-character piece of the canary: none may appear anywhere. */
function pieces(): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= CANARY.length; i += 1) out.push(CANARY.slice(i, i + 6));
  return out;
}

function leaked(text: string): string[] {
  return pieces().filter((p) => text.includes(p));
}

let http: RunningServer;
let ws: RunningWsServer;

beforeAll(async () => {
  http = await startHttpServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    switch (path) {
      case '/redirect':
        // The summary notes where a failing redirect goes, cut at 120 characters.
        return void res.writeHead(302, { location: `/next?t=${RUN}` }).end();
      case '/headers':
        // security-headers shows each value shortened to 300 characters.
        return void res
          .writeHead(200, {
            'content-type': 'text/html',
            'x-frame-options': `x${RUN}`,
            'content-security-policy': `default-src 'self' https://${RUN}.example`,
            'referrer-policy': `unsafe-url, ${RUN}`,
          })
          .end('<!doctype html><p>hi</p>');
      case '/limit':
        // rate-limit headers are shown cut at 200 characters.
        return void res.writeHead(429, { 'x-ratelimit-limit': `9${RUN}`, 'retry-after': RUN }).end();
      case '/webhook':
        // The verify kind shows a piece of a body that is not the challenge.
        return void res.writeHead(200).end(`no${RUN}`);
      case '/body':
        return void res.writeHead(500, { 'x-detail': `d${RUN}` }).end(`e${RUN}`);
      default:
        res.writeHead(404).end();
    }
  });
  ws = await startWsServer((wss) => wss.on('connection', (s) => s.send(`m${RUN}`)));
});

afterAll(async () => {
  await http.close();
  await ws.close();
});

describe('evidence is scrubbed before it is shortened', () => {
  test('no piece of an echoed secret in any outcome of the kinds that show target text', async () => {
    const item = (id: string, check: Record<string, unknown>) => ({
      id,
      title: id,
      section: 's',
      required: true,
      check: { kind: check.kind as string, params: { ...check, kind: undefined } },
    });
    const items = [
      item('redirect', { kind: 'http.response', url: `${http.url}/redirect` }),
      item('body', {
        kind: 'http.response',
        url: `${http.url}/body`,
        'expect-headers': { 'x-detail': '^zzz$' },
        contains: 'never',
      }),
      item('headers', { kind: 'http.security-headers', url: `${http.url}/headers` }),
      item('limit', { kind: 'http.rate-limit', url: `${http.url}/limit`, requests: 2 }),
      item('webhook', { kind: 'webhook.verify', url: `${http.url}/webhook`, 'token-env': 'HOOK_TOKEN' }),
      item('ws-evidence', { kind: 'ws.handshake', url: ws.url, expect: { contains: 'never' }, timeout: 0.5 }),
    ].map((i) => {
      delete (i.check.params as Record<string, unknown>).kind;
      return i;
    });
    const checklist = {
      id: 'c',
      title: 'c',
      targets: {},
      sections: [{ id: 's', title: 's', items }],
    } as unknown as Parameters<typeof evaluate>[0];
    const env = { API_SECRET: CANARY, HOOK_TOKEN: 'hook-token-0123456789' };
    const report = await evaluate(checklist, {
      registry: defaultRegistry,
      context: { repoDir: '.', env, targets: {}, git: {} as never, allowCommands: false },
      facts: {},
      concurrency: 2,
      defaultTimeoutMs: 5000,
      version: 'test',
    });
    const byId = Object.fromEntries(report.items.map((i) => [i.id, i]));
    // Each kind did see the secret (it was redacted), and no piece of it is left.
    for (const id of ['redirect', 'body', 'headers', 'limit', 'webhook', 'ws-evidence']) {
      const text = JSON.stringify(byId[id]);
      expect({ id, redacted: text.includes('[redacted API_SECRET]') }).toEqual({ id, redacted: true });
      expect({ id, leaked: leaked(text) }).toEqual({ id, leaked: [] });
    }
    expect(byId.redirect?.summary).toContain('(a redirect to ');
    expect(byId['ws-evidence']?.summary).toContain('last received: m[redacted API_SECRET]');
  });

  test('a WebSocket message is scrubbed, then shortened', () => {
    const secrets = new SecretSet([{ name: 'API_SECRET', value: CANARY }]);
    const message = receivedMessage(Buffer.from(`m${RUN}`), false);
    for (const max of [20, 80, 200]) {
      const shown = shownMessage(message, max, (t) => secrets.scrub(t));
      expect(shown.length).toBeLessThanOrEqual(max);
      expect(leaked(shown)).toEqual([]);
    }
    // Without a scrub a cut keeps a piece: the order is what protects it.
    expect(leaked(shownMessage(message, 80))).not.toEqual([]);
  });

  test('a mixed-content URL is scrubbed, then shortened', () => {
    const secrets = new SecretSet([{ name: 'API_SECRET', value: CANARY }]);
    const url = new URL(`http://cdn.example.com/a.js?k=${RUN}`);
    const shown = describeSubresource({ element: 'script', url, raw: `${url.href} ` } as never, (t) =>
      secrets.scrub(t),
    );
    expect(leaked(JSON.stringify(shown))).toEqual([]);
    expect(String(shown.url)).toContain('[redacted API_SECRET]');
  });
});

describe('every encoding a secret may take', () => {
  test('raw, URL, form, JSON, hexadecimal and base64 at every alignment are all scrubbed', () => {
    const secrets = new SecretSet([{ name: 'API_SECRET', value: CANARY }]);
    const hex = Buffer.from(CANARY).toString('hex');
    const forms = [
      CANARY,
      encodeURIComponent(`${CANARY}/+ x`),
      JSON.stringify(`"${CANARY}"`),
      hex,
      hex.toUpperCase(),
      Buffer.from(`user:${CANARY}`).toString('base64'),
      Buffer.from(`ab${CANARY}`).toString('base64url'),
    ];
    for (const form of forms) {
      const out = secrets.scrub(`seen: ${form} end`);
      expect({ form, out: out.includes('[redacted API_SECRET]') }).toEqual({ form, out: true });
      expect(leaked(out)).toEqual([]);
      expect(out).not.toContain(hex.slice(4, 24));
    }
  });
});
