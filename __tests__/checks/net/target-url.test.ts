import { describe, expect, it } from '@jest/globals';
import { joinPath, resolveTarget } from '../../../src/checks/net/target-url.js';

const ctx = (targets: Record<string, string>, env: Record<string, string> = {}) => ({ targets, env });

function url(r: ReturnType<typeof resolveTarget>): string {
  if (!r.ok) throw new Error(`expected a URL, got: ${r.outcome.summary}`);
  return r.url.href;
}

function problem(r: ReturnType<typeof resolveTarget>): string {
  if (r.ok) throw new Error(`expected an error, got ${r.url.href}`);
  expect(r.outcome.status).toBe('error');
  return r.outcome.summary;
}

describe('resolveTarget', () => {
  it('uses the named target, joining the path onto its URL', () => {
    const c = ctx({ api: 'https://api.example.com/v1/', web: 'https://www.example.com' });
    expect(url(resolveTarget({ target: 'api', path: '/health' }, c))).toBe(
      'https://api.example.com/v1/health',
    );
    expect(url(resolveTarget({ target: 'web' }, c))).toBe('https://www.example.com/');
  });

  it("uses the checklist's only target when none is named", () => {
    expect(url(resolveTarget({ path: 'status' }, ctx({ api: 'http://127.0.0.1:8080' })))).toBe(
      'http://127.0.0.1:8080/status',
    );
  });

  it('takes an absolute url, reading ${NAME} from the environment', () => {
    expect(url(resolveTarget({ url: 'https://x.example/a', path: '/b?c=1' }, ctx({})))).toBe(
      'https://x.example/a/b?c=1',
    );
    expect(url(resolveTarget({ url: '${BASE}/ping' }, ctx({}, { BASE: 'http://localhost:3000' })))).toBe(
      'http://localhost:3000/ping',
    );
    expect(problem(resolveTarget({ url: '${BASE}/ping' }, ctx({})))).toBe(
      "url: environment variable 'BASE' is not set",
    );
  });

  it('errors clearly instead of throwing', () => {
    expect(problem(resolveTarget({}, ctx({})))).toMatch(/^no target to probe/);
    expect(problem(resolveTarget({}, ctx({ a: 'http://a', b: 'http://b' })))).toBe(
      "the checklist defines 2 targets (a, b): name one with 'target'",
    );
    expect(problem(resolveTarget({ target: 'nope' }, ctx({ api: 'http://a' })))).toBe(
      "target 'nope' is not defined; defined: api",
    );
    expect(problem(resolveTarget({ target: 'api' }, ctx({ api: '' })))).toBe(
      "target 'api' is empty (is its environment variable set?)",
    );
    expect(problem(resolveTarget({ target: 'api' }, ctx({ api: 'not a url' })))).toBe(
      "target 'api' is not an absolute URL: 'not a url'",
    );
    expect(problem(resolveTarget({ target: 'api' }, ctx({ api: 'ftp://files.example' })))).toBe(
      "target 'api' must be an http(s) or ws(s) URL, not ftp",
    );
    expect(problem(resolveTarget({ target: 'api', url: 'http://x' }, ctx({ api: 'http://a' })))).toBe(
      "give either 'target' or 'url', not both",
    );
    // A name that is also an Object.prototype key is not a target.
    expect(problem(resolveTarget({ target: 'constructor' }, ctx({ api: 'http://a' })))).toMatch(
      /not defined/,
    );
  });

  it('accepts ws(s) URLs for the kinds that speak WebSocket', () => {
    expect(url(resolveTarget({ url: 'wss://rt.example/socket' }, ctx({})))).toBe('wss://rt.example/socket');
  });
});

describe('joinPath', () => {
  it('joins with exactly one slash and merges queries', () => {
    const base = new URL('https://h.example/v1?key=1');
    expect(joinPath(base, 'x').href).toBe('https://h.example/v1/x?key=1');
    expect(joinPath(base, '//x?y=2').href).toBe('https://h.example/v1/x?key=1&y=2');
    expect(joinPath(new URL('https://h.example'), '/').href).toBe('https://h.example/');
    expect(joinPath(new URL('https://h.example/'), '?only=query').href).toBe('https://h.example/?only=query');
  });
});
