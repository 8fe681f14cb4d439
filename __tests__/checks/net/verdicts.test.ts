import { describe, expect, it } from '@jest/globals';
import { judgeCertificate } from '../../../src/checks/net/certificate-verdict.js';
import { classifyError } from '../../../src/checks/net/request-errors.js';
import { statusSet } from '../../../src/checks/net/status-set.js';
import type { TlsFacts } from '../../../src/checks/net/tls-probe.js';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T00:00:00Z');

function facts(over: Partial<TlsFacts> = {}, cert: Partial<TlsFacts['certificate']> = {}): TlsFacts {
  return {
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    chainError: '',
    chain: ['CN=api.example.com', 'CN=Example CA'],
    certificate: {
      subject: 'CN=api.example.com',
      issuer: 'CN=Example CA',
      altNames: ['api.example.com'],
      validFrom: new Date(now - 10 * DAY).toISOString(),
      validTo: new Date(now + 90 * DAY).toISOString(),
      fingerprint: '0123456789abcdef',
      ...cert,
    },
    ...over,
  };
}

const rules = { host: 'api.example.com', now, minDays: 30, minVersion: 'TLSv1.2' as const };

describe('judgeCertificate', () => {
  it('passes a good certificate and counts the days left from the given time', () => {
    const out = judgeCertificate(facts(), rules);
    expect(out.status).toBe('pass');
    expect(out.summary).toBe(
      'valid for api.example.com until 2026-08-30 (90 days), TLSv1.3, issued by Example CA',
    );
    expect(out.evidence?.daysLeft).toBe(90);
  });

  it('reports a certificate that is not valid yet', () => {
    const out = judgeCertificate(
      facts({ chainError: 'CERT_NOT_YET_VALID' }, { validFrom: '2026-07-01T00:00:00.000Z' }),
      rules,
    );
    expect(out.summary).toBe('the certificate is not valid before 2026-07-01');
    expect(out.evidence?.trusted).toBe(true);
  });

  it('lists every problem, the first in the summary', () => {
    const out = judgeCertificate(
      facts(
        { chainError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', protocol: 'TLSv1', identityError: 'mismatch' },
        {
          validTo: new Date(now + 5 * DAY).toISOString(),
        },
      ),
      { ...rules, host: 'www.example.com' },
    );
    expect(out.status).toBe('fail');
    expect(out.evidence?.problems).toEqual([
      'the certificate is not trusted: the certificate is not signed by a trusted authority',
      'the certificate does not cover www.example.com (it covers api.example.com)',
      'the certificate expires in 5 days (on 2026-06-06); at least 30 required',
      'the server negotiates TLSv1, older than TLSv1.2',
    ]);
    expect(out.summary).toMatch(/\(and 3 more\)$/);
  });
});

describe('classifyError', () => {
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });
  it('maps Node error codes to the request error codes', () => {
    expect(classifyError(err('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9')).message).toBe(
      'connection refused (127.0.0.1:9)',
    );
    expect(classifyError(err('ENOTFOUND', 'getaddrinfo ENOTFOUND a.invalid')).code).toBe('dns');
    expect(classifyError(err('ECONNRESET')).code).toBe('reset');
    expect(classifyError(err('CERT_HAS_EXPIRED')).message).toBe('TLS: the certificate has expired');
    expect(classifyError(err('ERR_SSL_WRONG_VERSION_NUMBER')).code).toBe('tls');
    expect(classifyError(err('EWHATEVER', 'odd\nsecond line'))).toEqual({
      code: 'other',
      message: 'EWHATEVER: odd',
    });
    expect(classifyError('not even an error')).toEqual({ code: 'other', message: 'not even an error' });
  });
});

describe('statusSet', () => {
  it('reads codes, classes, ranges and lists', () => {
    const s = statusSet([200, '3xx', '404-405']);
    expect([200, 301, 399, 404, 405].every((c) => s.has(c))).toBe(true);
    expect([201, 400, 406].some((c) => s.has(c))).toBe(false);
    expect(s.text).toBe('200, 3xx, 404-405');
    expect(statusSet(undefined).text).toBe('2xx');
    expect(statusSet(undefined, '200-399').has(302)).toBe(true);
  });
});
