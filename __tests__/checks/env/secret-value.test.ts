import { describe, expect, it } from '@jest/globals';
import {
  decodedBytes,
  fingerprint,
  looksSecret,
  placeholderReason,
} from '../../../src/checks/env/secret-value.js';
import { hostMatches, judgeVariable, type Lookup } from '../../../src/checks/env/variable-rules.js';

const from =
  (vars: Record<string, string>): Lookup =>
  (name) =>
    vars[name] === undefined ? undefined : { value: vars[name] as string, source: 'env' };

describe('secret values', () => {
  it('fingerprints with 8 hex digits of an HMAC keyed for the run, which no table of hashes reverses', () => {
    // sha256("abc") = ba7816bf...: a plain hash of a short value is found again by trying them all.
    expect(fingerprint('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('abc')).not.toBe('ba7816bf');
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
  });

  it('counts bytes as written or after decoding', () => {
    expect(decodedBytes('héllo', 'raw')).toBe(6);
    expect(decodedBytes('00ff'.repeat(16), 'hex')).toBe(32);
    expect(decodedBytes('abc', 'hex')).toBeUndefined();
    expect(decodedBytes('zz', 'hex')).toBeUndefined();
    expect(decodedBytes(Buffer.alloc(32, 7).toString('base64'), 'base64')).toBe(32);
    expect(decodedBytes(Buffer.alloc(32, 250).toString('base64url'), 'base64')).toBe(32);
    expect(decodedBytes('not base64!', 'base64')).toBeUndefined();
    expect(decodedBytes('a', 'base64')).toBeUndefined();
  });

  it.each([
    ['JWT_SECRET', 'CHANGE_THIS'],
    ['JWT_SECRET', 'change-me-in-production'],
    ['API_KEY', 'your-api-key-here'],
    ['DB_PASSWORD', 'password'],
    ['DB_PASSWORD', 'password123'],
    ['SESSION_SECRET', 'secret'],
    ['TOKEN', 'test'],
    ['TOKEN', '123456789'],
    ['TOKEN', 'xxxxxxxx'],
    ['TOKEN', 'todo'],
    ['TOKEN', 'aaaaaaaaaaaa'],
    ['SMTP_PASSWORD', 'smtp_password'],
    ['KEY', '<your key>'],
    ['KEY', 'https://example.com/hook'],
  ])('%s=%s is a placeholder', (name, value) => {
    expect(placeholderReason(name, value)).toBeDefined();
  });

  it.each([
    ['JWT_SECRET', 'q8N2vX0rTz5LwY7pC1sD4fG6hJ9kM3nB'],
    ['TOKEN', 'ghp_R4nd0mL00k1ngT0k3nV4lu3'],
  ])('%s with a random value is not a placeholder', (name, value) => {
    expect(placeholderReason(name, value)).toBeUndefined();
  });

  it('tells secret-like names', () => {
    expect(
      ['JWT_SECRET', 'GITHUB_TOKEN', 'DB_PASSWORD', 'ENCRYPTION_KEY', 'STRIPE_API_KEY'].every(looksSecret),
    ).toBe(true);
    expect(['NODE_ENV', 'PORT', 'DATABASE_HOST', 'KEYBOARD_LAYOUT'].some(looksSecret)).toBe(false);
  });

  it('matches hosts exactly or below a wildcard', () => {
    expect(hostMatches('api.example.com', 'api.example.com')).toBe(true);
    expect(hostMatches('api.example.com', '*.example.com')).toBe(true);
    expect(hostMatches('example.com', '*.example.com')).toBe(false);
    expect(hostMatches('evilexample.com', '*.example.com')).toBe(false);
  });
});

describe('judgeVariable', () => {
  const strong = 'q8N2vX0rTz5LwY7pC1sD4fG6hJ9kM3nBzz';

  it('requires presence and a value unless required is false', () => {
    expect(judgeVariable('A', {}, from({})).failed).toEqual(['required']);
    expect(judgeVariable('A', {}, from({ A: '' })).problems).toEqual(['A is set but empty']);
    expect(judgeVariable('A', { required: false }, from({})).failed).toEqual([]);
  });

  it('applies the JWT key size of RFC 7518', () => {
    const short = judgeVariable('JWT_SECRET', { 'jwt-alg': 'HS512' }, from({ JWT_SECRET: strong }));
    expect(short.failed).toEqual(['jwt-alg']);
    expect(short.problems[0]).toContain('HS512 needs at least 64');
    expect(judgeVariable('JWT_SECRET', { 'jwt-alg': 'HS256' }, from({ JWT_SECRET: strong })).failed).toEqual(
      [],
    );
  });

  it('counts decoded bytes for an encoded AES-256 key', () => {
    const key = Buffer.alloc(32, 0x5a).toString('hex');
    const rule = { 'exact-bytes': 32, encoding: 'hex' as const, 'not-placeholder': false };
    expect(judgeVariable('ENCRYPTION_KEY', rule, from({ ENCRYPTION_KEY: key }))).toMatchObject({
      failed: [],
      length: 64,
      decodedBytes: 32,
    });
    expect(
      judgeVariable('ENCRYPTION_KEY', { 'exact-bytes': 32 }, from({ ENCRYPTION_KEY: key })).failed,
    ).toEqual(['exact-bytes']);
    expect(judgeVariable('ENCRYPTION_KEY', rule, from({ ENCRYPTION_KEY: 'zz' })).failed).toEqual([
      'encoding',
    ]);
  });

  it('checks distinct-from, equals, one-of, matches and url-host', () => {
    const vars = from({
      A: strong,
      B: strong,
      NODE_ENV: 'development',
      URL: 'https://db.internal.example.net/x',
    });
    expect(judgeVariable('A', { 'distinct-from': 'B' }, vars).problems).toEqual([
      'A has the same value as B',
    ]);
    expect(judgeVariable('NODE_ENV', { equals: 'production' }, vars).failed).toEqual(['equals']);
    expect(judgeVariable('NODE_ENV', { 'one-of': ['development', 'test'] }, vars).failed).toEqual([]);
    expect(judgeVariable('NODE_ENV', { matches: '^prod' }, vars).failed).toEqual(['matches']);
    expect(judgeVariable('URL', { 'url-host': '*.example.net' }, vars).failed).toEqual([]);
    expect(judgeVariable('URL', { 'url-host': 'example.org' }, vars).failed).toEqual(['url-host']);
    expect(judgeVariable('NODE_ENV', { 'url-host': 'example.org' }, vars).problems).toEqual([
      'NODE_ENV is not a URL',
    ]);
  });

  it('checks placeholders by default only for secret-like names or length rules', () => {
    const vars = from({ APP_NAME: 'example', JWT_SECRET: 'changeme', OTHER: 'changeme' });
    expect(judgeVariable('APP_NAME', {}, vars).failed).toEqual([]);
    expect(judgeVariable('JWT_SECRET', {}, vars).failed).toEqual(['not-placeholder']);
    expect(judgeVariable('OTHER', { 'min-bytes': 4 }, vars).failed).toEqual(['not-placeholder']);
    expect(judgeVariable('JWT_SECRET', { 'not-placeholder': false }, vars).failed).toEqual([]);
  });
});
