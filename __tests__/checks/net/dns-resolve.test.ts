import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dnsResolve } from '../../../src/checks/net/dns-resolve.js';
import { canonicalAddress, judgeDns } from '../../../src/checks/net/dns-verdict.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import { paramProblems, runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

let ctx: CheckContext;

beforeAll(async () => {
  ctx = await netContext({ targets: { local: 'http://localhost:8080/', gone: 'https://api.invalid/' } });
});
afterAll(cleanupRepos);

describe('dns.resolve', () => {
  it("resolves the target's host through the system resolver", async () => {
    const out = await runKind(dnsResolve, { target: 'local' }, ctx);
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(/^localhost resolves to /);
    const addresses = out.evidence?.addresses as string[];
    expect(addresses.some((a) => a === '127.0.0.1' || a === '::1')).toBe(true);
  });

  it('checks expected addresses, all of them or only them', async () => {
    const v4 = await runKind(dnsResolve, { target: 'local', 'expect-addresses': ['127.0.0.1'] }, ctx);
    expect(v4.status).toBe('pass');
    const wrong = await runKind(
      dnsResolve,
      { target: 'local', 'expect-addresses': ['127.0.0.1', '10.9.8.7'] },
      ctx,
    );
    expect(wrong.status).toBe('fail');
    expect(wrong.summary).toMatch(/^localhost does not resolve to 10\.9\.8\.7 \(found /);
    expect(wrong.evidence?.missing).toEqual(['10.9.8.7']);
    const family = await runKind(dnsResolve, { target: 'local', family: 'ipv4' }, ctx);
    expect(family.status).toBe('pass');
  });

  it('fails a name that does not exist, within the timeout', async () => {
    const out = await runKind(dnsResolve, { target: 'gone' }, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^api\.invalid does not resolve \((ENOTFOUND|EAI_NONAME), lookup\)$/);
    const both = await runKind(dnsResolve, { host: 'api.invalid', via: 'both', timeout: '5s' }, ctx);
    expect(['fail', 'error']).toContain(both.status);
    expect(both.summary).toMatch(/^api\.invalid /);
  });

  it('passes an IP address without asking anyone', async () => {
    const out = await runKind(
      dnsResolve,
      { url: 'http://[::1]:9/', 'expect-addresses': ['0:0:0:0:0:0:0:1'] },
      ctx,
    );
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('::1 resolves to ::1');
  });

  it('rejects parameters that cannot work', () => {
    expect(paramProblems(dnsResolve, { 'expect-addresses': ['localhost'] })).toEqual([
      "expect-addresses.0: 'localhost' is not an IP address",
    ]);
    expect(paramProblems(dnsResolve, { only: true })).toEqual(["only: needs 'expect-addresses'"]);
    expect(paramProblems(dnsResolve, { host: 'a.example', target: 'x' })).toEqual([
      "host: give 'host', or 'target' / 'url', not both",
    ]);
  });
});

describe('judgeDns', () => {
  const ok = (addresses: string[]) => ({ ok: true as const, addresses });
  const none = (code: string, notFound = true) => ({ ok: false as const, code, notFound });

  it('accepts DNS with A but no AAAA records; fails when only is broken', () => {
    const answers = { v4: ok(['192.0.2.1', '192.0.2.2']), v6: ok([]) };
    expect(judgeDns('h', answers, { family: 'any', only: false }).status).toBe('pass');
    const only = judgeDns('h', answers, { family: 'any', expected: ['192.0.2.1'], only: true });
    expect(only.summary).toBe('h also resolves to 192.0.2.2 (found 192.0.2.1, 192.0.2.2)');
    expect(judgeDns('h', answers, { family: 'ipv6', only: false }).summary).toMatch(/^h has no IPv6 address/);
  });

  it('tells a name without addresses from a resolver that could not answer', () => {
    const gone = judgeDns(
      'h',
      { v4: none('ENOTFOUND'), v6: none('ENOTFOUND') },
      { family: 'any', only: false },
    );
    expect(gone).toMatchObject({ status: 'fail', summary: 'h does not resolve (ENOTFOUND, v4)' });
    const down = judgeDns('h', { lookup: none('EAI_AGAIN', false) }, { family: 'any', only: false });
    expect(down).toMatchObject({
      status: 'error',
      summary: 'h: the resolver could not answer (EAI_AGAIN, lookup)',
    });
  });

  it('compares IPv6 addresses in one spelling', () => {
    expect(canonicalAddress('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(canonicalAddress('192.0.2.1')).toBe('192.0.2.1');
  });
});
