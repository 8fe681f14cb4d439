import { describe, expect, it } from '@jest/globals';
import { judgeCookies } from '../../../src/checks/web/headers/cookies.js';
import { judgeFraming } from '../../../src/checks/web/headers/framing.js';
import { judgeNosniff } from '../../../src/checks/web/headers/nosniff.js';
import { judgeReferrerPolicy } from '../../../src/checks/web/headers/referrer-policy.js';
import { parseSetCookie } from '../../../src/checks/web/headers/set-cookie.js';
import { shorten } from '../../../src/checks/web/headers/subtest.js';

describe('framing (X-Frame-Options, CSP frame-ancestors)', () => {
  it('passes DENY, SAMEORIGIN and any CSP frame-ancestors', () => {
    expect(judgeFraming(['DENY'], []).pass).toBe(true);
    expect(judgeFraming(['sameorigin'], []).pass).toBe(true);
    expect(judgeFraming([], ["frame-ancestors 'self' https://partner.example.com"])).toMatchObject({
      pass: true,
      reason: 'CSP frame-ancestors is set',
    });
    // frame-ancestors wins over a broken X-Frame-Options, as in Observatory.
    expect(judgeFraming(['bogus'], ["default-src 'self'; frame-ancestors 'none'"]).pass).toBe(true);
  });

  it('fails a missing, repeated or invalid X-Frame-Options', () => {
    expect(judgeFraming([], ["default-src 'self'"]).reason).toContain('missing');
    expect(judgeFraming(['DENY', 'DENY'], []).reason).toBe('invalid: X-Frame-Options sent 2 times');
    expect(judgeFraming(['DENY, SAMEORIGIN'], []).pass).toBe(false);
  });

  it('passes ALLOW-FROM as Observatory does, and rejects it and broad ancestors when strict', () => {
    expect(judgeFraming(['ALLOW-FROM https://example.com'], []).pass).toBe(true);
    expect(judgeFraming(['ALLOW-FROM https://example.com'], [], { strict: true }).pass).toBe(false);
    expect(judgeFraming([], ['frame-ancestors *'], { strict: true }).pass).toBe(false);
    expect(judgeFraming([], ['frame-ancestors *']).pass).toBe(true);
  });

  it('ignores frame-ancestors of a policy that does not parse', () => {
    expect(judgeFraming([], ["frame-ancestors 'none'; frame-ancestors 'none'"]).pass).toBe(false);
  });
});

describe('X-Content-Type-Options', () => {
  it('passes nosniff in any case, and nothing else', () => {
    expect(judgeNosniff(['nosniff'])).toEqual({ pass: true, reason: 'nosniff', value: 'nosniff' });
    expect(judgeNosniff([' NoSniff ']).pass).toBe(true);
    expect(judgeNosniff([]).reason).toBe('missing');
    expect(judgeNosniff(['nosniff', 'nosniff']).pass).toBe(false);
    expect(judgeNosniff(['nosniff; mode=block']).pass).toBe(false);
  });
});

describe('Referrer-Policy', () => {
  it('takes the last recognised token, from the header and <meta name=referrer>', () => {
    // github.com sends a fallback list: the last one a browser knows wins.
    expect(
      judgeReferrerPolicy(['origin-when-cross-origin, strict-origin-when-cross-origin'], undefined),
    ).toMatchObject({ pass: true, reason: 'strict-origin-when-cross-origin' });
    expect(judgeReferrerPolicy(['no-referrer', 'unsafe-url'], undefined).pass).toBe(false);
    expect(judgeReferrerPolicy(['unsafe-url'], 'no-referrer').pass).toBe(true);
    expect(judgeReferrerPolicy(['no-referrer, some-future-policy'], undefined).reason).toBe('no-referrer');
  });

  it('fails the leaking policies and unknown values', () => {
    for (const p of ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade']) {
      expect(judgeReferrerPolicy([p], undefined).pass).toBe(false);
    }
    expect(judgeReferrerPolicy(['nope'], undefined).reason).toBe('invalid: no recognised policy');
  });

  it('passes a missing policy unless required', () => {
    expect(judgeReferrerPolicy([], undefined).pass).toBe(true);
    expect(judgeReferrerPolicy([], undefined, { required: true }).pass).toBe(false);
  });
});

describe('cookies (Set-Cookie)', () => {
  it('passes cookies like the ones GitHub and Django send', () => {
    const v = judgeCookies([
      '_gh_sess=c2VjcmV0; path=/; secure; HttpOnly; SameSite=Lax',
      'logged_in=no; domain=github.com; path=/; expires=Fri, 21 Nov 2031 00:00:00 GMT; secure; HttpOnly; SameSite=Lax',
      'csrftoken=abc123; expires=Thu, 19 Nov 2026 00:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax; Secure',
    ]);
    expect(v.pass).toBe(true);
    expect(v.value).toBe('_gh_sess, logged_in, csrftoken');
    expect(JSON.stringify(v)).not.toContain('c2VjcmV0');
  });

  it('passes when no cookie is set', () => {
    expect(judgeCookies([])).toMatchObject({ pass: true, reason: 'no cookies set' });
  });

  it('fails a cookie without Secure, a session cookie without HttpOnly, a CSRF cookie without SameSite', () => {
    expect(judgeCookies(['theme=dark; Path=/']).reason).toBe('theme: not Secure');
    expect(judgeCookies(['PHPSESSID=abc; path=/; Secure']).reason).toBe(
      'PHPSESSID: session cookie not HttpOnly',
    );
    expect(judgeCookies(['csrf_token=abc; Path=/; Secure']).reason).toBe(
      'csrf_token: anti-CSRF cookie without SameSite',
    );
    // Observatory's rule looks for "csrf" in the name: Angular's XSRF-TOKEN is not one.
    expect(judgeCookies(['XSRF-TOKEN=abc; Path=/; Secure']).pass).toBe(true);
    expect(judgeCookies(['a=1; Secure; SameSite=Sideways']).reason).toBe('a: invalid SameSite value');
    expect(judgeCookies(['a=1; SameSite=None']).reason).toBe('a: SameSite=None without Secure');
  });

  it('requires HttpOnly and SameSite on every cookie when asked', () => {
    expect(judgeCookies(['theme=dark; Secure'], { requireHttpOnly: true }).reason).toBe(
      'theme: not HttpOnly',
    );
    expect(judgeCookies(['theme=dark; Secure'], { requireSameSite: true }).reason).toBe('theme: no SameSite');
  });

  it('leaves out cookies browsers reject and the load balancer affinity cookie', () => {
    expect(judgeCookies(['__Secure-id=1; Path=/', 'novalue', 'heroku-session-affinity=x']).reason).toBe(
      'no cookies set',
    );
    expect(parseSetCookie('__Host-id=1; Secure; Path=/')).toMatchObject({
      name: '__Host-id',
      secure: true,
      path: '/',
    });
  });
});

describe('evidence values', () => {
  it('are one line and shortened', () => {
    expect(shorten('a\r\nb')).toBe('a b');
    expect(shorten('x'.repeat(400))).toHaveLength(300);
  });
});
