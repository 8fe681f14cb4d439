import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isPkcs12WithKey } from '../../../src/checks/secrets/pkcs12.js';
import { pfx } from './pkcs12-der.js';
import { tokens } from './tokens.js';

const t = tokens(23);
const random = (n: number) => [...Buffer.from(t.chars('0123456789abcdef', n * 2), 'hex')];

describe('PKCS#12 key stores', () => {
  it('recognises a store holding a shrouded key bag, whatever its size', () => {
    expect(isPkcs12WithKey(pfx('key', random(40)))).toBe(true);
    expect(isPkcs12WithKey(pfx('key', random(3000)))).toBe(true);
  });

  it('recognises what openssl writes (a key and its certificate, password-protected)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-p12-'));
    try {
      const key = path.join(dir, 'key.pem');
      const cert = path.join(dir, 'cert.pem');
      const out = path.join(dir, 'store.p12');
      const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
      run(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=test',
      );
      run(
        'pkcs12',
        '-export',
        '-inkey',
        key,
        '-in',
        cert,
        '-out',
        out,
        '-passout',
        'pass:long-test-passphrase',
      );
      expect(isPkcs12WithKey(readFileSync(out))).toBe(true);
      // A trust store: certificates only, nothing secret.
      const trust = path.join(dir, 'trust.p12');
      run('pkcs12', '-export', '-nokeys', '-in', cert, '-out', trust, '-passout', 'pass:');
      expect(isPkcs12WithKey(readFileSync(trust))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves certificate-only stores, truncated or padded files and other DER alone', () => {
    expect(isPkcs12WithKey(pfx('cert', random(200)))).toBe(false);
    const whole = pfx('key', random(200));
    expect(isPkcs12WithKey(whole.subarray(0, whole.length - 1))).toBe(false);
    expect(isPkcs12WithKey(Buffer.concat([whole, Buffer.from([0])]))).toBe(false);
    // Version 1 is not a PFX; a bare SEQUENCE of random bytes is not one either.
    const v1 = Buffer.from(whole);
    v1[whole.indexOf(Buffer.from([0x02, 0x01, 0x03])) + 2] = 0x01;
    expect(isPkcs12WithKey(v1)).toBe(false);
    expect(isPkcs12WithKey(Buffer.from([0x30, 0x82, 0xff, 0xff, ...random(60)]))).toBe(false);
    expect(isPkcs12WithKey(Buffer.alloc(0))).toBe(false);
  });
});
