import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type http from 'node:http';
import { mixedContent } from '../../../src/checks/web/mixed-content.js';
import { serveSite, type TestSite } from '../net/net-context.js';
import { paramProblems, runKind } from '../run-kind.js';

/** One page with each kind of mixed content a browser would block or warn about. */
const MIXED = `<!doctype html>
<html><head>
<script src="http://cdn.example.com/lib.js"></script>
<link rel="stylesheet" href="http://cdn.example.com/site.css">
</head><body>
<img src="http://img.example.com/logo.png">
<img src="/ok.png" srcset="/ok@2x.png 2x, http://img.example.com/logo@3x.png 3x">
<iframe src="http://widgets.example.com/frame"></iframe>
<video src="http://media.example.com/v.mp4"><source src="http://media.example.com/v.webm"></video>
<object data="http://plugins.example.com/p.swf"></object>
<embed src="http://plugins.example.com/e.swf">
<form action="http://forms.example.com/post"></form>
</body></html>`;

const CLEAN = `<!doctype html><base href="/static/"><script src="app.js"></script>
<link rel="stylesheet" href="https://cdn.example.com/site.css"><img src="//img.example.com/a.png">
<a href="http://elsewhere.example.com/">links are navigation, not subresources</a>`;

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const html = (body: string, extra: Record<string, string> = {}) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra }).end(body);
  switch (path) {
    case '/mixed':
      return void html(MIXED);
    case '/clean':
      return void html(CLEAN);
    case '/local':
      return void html(
        '<script src="http://localhost:35729/livereload.js"></script><img src="http://127.0.0.1/a.png">',
      );
    case '/upgrade':
      return void html('<img src="http://img.example.com/a.png">', {
        'content-security-policy': 'upgrade-insecure-requests',
      });
    case '/long':
      // A clean first part, then an insecure script past 4 KB.
      return void html(`${CLEAN}${' '.repeat(8192)}<script src="http://cdn.example.com/late.js"></script>`);
    case '/json':
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    case '/downgrade':
      return void res.writeHead(301, { location: `${site.plain.url}/clean` }).end();
    default:
      res.writeHead(404).end();
  }
}

let site: TestSite;

beforeAll(async () => {
  site = await serveSite(handler, 'ca.pem');
});

afterAll(() => site.close());

const run = (params: Record<string, unknown>, url = site.secure.url) =>
  runKind(mixedContent, { 'ca-file': 'ca.pem', ...params }, site.context({ targets: { site: url } }));

type Insecure = Array<{ element: string; url: string; line?: number }>;

describe('http.mixed-content', () => {
  it('lists every insecure subresource with its element and line', async () => {
    const out = await run({ path: '/mixed' });
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(
      /^10 http:\/\/ subresources: <script src> http:\/\/cdn\.example\.com\/lib\.js, /,
    );
    const insecure = out.evidence?.insecure as Insecure;
    expect(insecure.map((i) => i.element)).toEqual([
      'script src',
      'link rel=stylesheet href',
      'img src',
      'img srcset',
      'iframe src',
      'video src',
      'source src',
      'object data',
      'embed src',
      'form action',
    ]);
    expect(insecure[0]).toMatchObject({ url: 'http://cdn.example.com/lib.js', line: 3 });
    expect(out.evidence).toMatchObject({ subresources: 12, insecureCount: 10 });
  });

  it('lists at most max-findings, and still counts them all', async () => {
    const out = await run({ path: '/mixed', 'max-findings': 2 });
    expect(out.evidence?.insecure as Insecure).toHaveLength(2);
    expect(out.evidence?.insecureCount).toBe(10);
  });

  it('passes a page whose subresources are all HTTPS, relative or protocol-relative', async () => {
    const out = await run({ path: '/clean' });
    expect(out).toMatchObject({ status: 'pass', summary: 'no http:// subresources among 3 URLs' });
  });

  it('does not pass a page cut at max-body: what was not read was not judged', async () => {
    const cut = await run({ path: '/long', 'max-body': 4096 });
    expect(cut.status).toBe('fail');
    expect(cut.summary).toBe(
      'the page exceeded max-body (4096 bytes): no http:// subresources among 3 URLs in the part read, the rest was not judged: raise max-body to judge it',
    );
    expect(cut.evidence).toMatchObject({ truncated: true });
    const whole = await run({ path: '/long' });
    expect(whole).toMatchObject({ status: 'fail', summary: expect.stringContaining('late.js') });
  });

  it('counts localhost as insecure unless allow-localhost', async () => {
    expect((await run({ path: '/local' })).status).toBe('fail');
    expect((await run({ path: '/local', 'allow-localhost': true })).status).toBe('pass');
  });

  it('passes with a note when CSP upgrade-insecure-requests upgrades them', async () => {
    const out = await run({ path: '/upgrade' });
    expect(out.status).toBe('pass');
    expect(out.summary).toContain('upgraded to HTTPS by CSP upgrade-insecure-requests');
    expect(out.evidence?.upgradeInsecureRequests).toBe(true);
  });

  it('gives an error for an http:// target and for a response that is not HTML', async () => {
    const http = await run({ path: '/clean' }, site.plain.url);
    expect(http).toMatchObject({ status: 'error', summary: expect.stringContaining('not an https:// URL') });
    const json = await run({ path: '/json' });
    expect(json).toMatchObject({ status: 'error', summary: expect.stringContaining('application/json') });
    const missing = await run({ path: '/nope' });
    expect(missing).toMatchObject({ status: 'error', summary: expect.stringContaining('HTTP 404') });
  });

  it('fails an HTTPS page that redirects to plain HTTP', async () => {
    const out = await run({ path: '/downgrade' });
    expect(out).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('redirects to plain HTTP'),
    });
  });

  it('rejects bad parameters by name', () => {
    expect(paramProblems(mixedContent, { 'max-findings': 0 }).join(' ')).toContain('max-findings');
    expect(paramProblems(mixedContent, { 'allow-localhost': 'yes' }).join(' ')).toContain('allow-localhost');
  });
});
