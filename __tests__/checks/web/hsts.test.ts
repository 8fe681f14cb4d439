import { describe, expect, it } from '@jest/globals';
import { judgeHsts, parseHsts } from '../../../src/checks/web/headers/hsts.js';

const https = { https: true, verified: true };

describe('HSTS (Strict-Transport-Security)', () => {
  it('passes real-world headers of six months or more', () => {
    // As sent by github.com, and by sites that use the Observatory's six-month floor.
    expect(judgeHsts(['max-age=31536000; includeSubdomains; preload'], https)).toMatchObject({ pass: true });
    expect(judgeHsts(['max-age=15552000'], https)).toMatchObject({
      pass: true,
      reason: expect.stringContaining('180 days'),
    });
    expect(judgeHsts(['max-age="63072000"; includeSubDomains'], https).pass).toBe(true);
  });

  it('fails a max-age below the minimum, and honours a custom minimum', () => {
    const short = judgeHsts(['max-age=3600'], https);
    expect(short).toMatchObject({ pass: false, value: 'max-age=3600' });
    expect(short.reason).toContain('below 15552000');
    expect(judgeHsts(['max-age=15552000'], https, { minAge: 31536000 }).pass).toBe(false);
    expect(judgeHsts(['max-age=0'], https).pass).toBe(false);
  });

  it('treats a header sent twice as invalid, whether as two fields or comma-joined', () => {
    expect(judgeHsts(['max-age=31536000', 'max-age=31536000'], https).reason).toBe('invalid: sent 2 times');
    expect(judgeHsts(['max-age=31536000, max-age=31536000'], https).reason).toContain('more than once');
  });

  it('treats malformed values as invalid', () => {
    expect(parseHsts('includeSubDomains')).toEqual({ ok: false, problem: 'max-age is missing' });
    expect(parseHsts('max-age=abc').ok).toBe(false);
    expect(parseHsts('max-age=31536000abc').ok).toBe(false);
    expect(parseHsts('max-age=1; max-age=31536000')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('twice'),
    });
    expect(parseHsts('max-age = 31536000 ; includeSubDomains')).toEqual({
      ok: true,
      directives: { maxAge: 31536000, includeSubDomains: true, preload: false },
    });
  });

  it('fails over plain HTTP and over an untrusted certificate, as browsers ignore it there', () => {
    expect(judgeHsts(['max-age=31536000'], { https: false, verified: false })).toMatchObject({
      pass: false,
      reason: expect.stringContaining('plain HTTP'),
    });
    expect(judgeHsts(['max-age=31536000'], { https: true, verified: false }).pass).toBe(false);
    expect(judgeHsts([], https)).toEqual({ pass: false, reason: 'missing' });
  });

  it('checks includeSubDomains and the preload list requirements when asked', () => {
    expect(judgeHsts(['max-age=31536000'], https, { includeSubdomains: true }).reason).toBe(
      'includeSubDomains is missing',
    );
    expect(
      judgeHsts(['max-age=20000000; includeSubDomains; preload'], https, { preload: true }).reason,
    ).toContain('max-age >= 31536000');
    expect(judgeHsts(['max-age=63072000; includeSubDomains; preload'], https, { preload: true }).pass).toBe(
      true,
    );
  });
});
