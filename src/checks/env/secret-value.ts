import { createHmac, randomBytes } from 'node:crypto';

/** How a value is read before its length is counted. */
export type ValueEncoding = 'raw' | 'base64' | 'hex';

/** A key drawn once per run: fingerprints tell values apart within a run and cannot be brute-forced. */
const RUN_KEY = randomBytes(32);

/**
 * A short, one-way name for a value: the first 8 hex digits of an HMAC-SHA-256 under a key drawn for this
 * run, so even a 6-digit PIN cannot be found again by trying every value (a plain hash could be).
 * Never the value itself; not comparable across runs.
 */
export function fingerprint(value: string): string {
  return createHmac('sha256', RUN_KEY).update(value, 'utf8').digest('hex').slice(0, 8);
}

/**
 * The value's length in bytes after decoding, or undefined when it is not valid in that encoding.
 * base64 accepts the standard and the URL-safe alphabet, with or without padding.
 */
export function decodedBytes(value: string, encoding: ValueEncoding): number | undefined {
  if (encoding === 'raw') return Buffer.byteLength(value, 'utf8');
  if (encoding === 'hex') return /^(?:[0-9a-fA-F]{2})*$/.test(value) ? value.length / 2 : undefined;
  const body = value.replace(/=+$/, '');
  if (value.length - body.length > 2 || !/^[A-Za-z0-9+/_-]*$/.test(body) || body.length % 4 === 1) {
    return undefined;
  }
  if (/[+/]/.test(body) && /[-_]/.test(body)) return undefined;
  return Math.floor((body.length * 3) / 4);
}

/** HMAC key sizes RFC 7518 section 3.2 requires: at least the hash output. */
export const JWT_MIN_BYTES = { HS256: 32, HS384: 48, HS512: 64 } as const;
export type JwtAlg = keyof typeof JWT_MIN_BYTES;

const PLACEHOLDER_WORDS = [
  'changethis',
  'changeme',
  'changeit',
  'replaceme',
  'replacewith',
  'changeinproduction',
  'setinproduction',
  'placeholder',
  'example',
  'insecure',
  'dummy',
  'notasecret',
  'notsecret',
  'yoursecret',
  'yourkey',
  'yourtoken',
  'yourpassword',
  'fixme',
];

const COMMON_DEFAULTS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'secretkey',
  'mysecret',
  'supersecret',
  'test',
  'testing',
  'todo',
  'tbd',
  'default',
  'sample',
  'admin',
  'root',
  'guest',
  'foo',
  'bar',
  'foobar',
  'letmein',
  'qwerty',
  'abc',
  'abc123',
  'token',
  'key',
  'null',
  'undefined',
  'none',
  'empty',
  'dev',
  'development',
  'local',
  'postgres',
  'mysql',
]);

/**
 * Why a value looks like a placeholder rather than a real secret, or undefined. The reason names the
 * pattern, never the value.
 */
export function placeholderReason(name: string, value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  const squeezed = lower.replace(/[^a-z0-9]/g, '');
  if (squeezed === name.toLowerCase().replace(/[^a-z0-9]/g, '')) return "it equals the variable's name";
  if (/^<[^>]*>$/.test(lower) || /^\$\{[^}]*\}$/.test(lower)) return 'it is a template marker';
  if (/^your[-_ ]/.test(lower)) return "it starts with 'your-'";
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value.trim()) && /PASS|SECRET|KEY|TOKEN/.test(value))
    return 'it is written like a variable name (STRONG_DB_PASSWORD), to be replaced';
  const word = PLACEHOLDER_WORDS.find((w) => squeezed.includes(w));
  if (word) return `it contains the placeholder word '${word}'`;
  const bare = squeezed.replace(/\d+$/, '');
  if (COMMON_DEFAULTS.has(squeezed) || (bare !== '' && COMMON_DEFAULTS.has(bare))) {
    return 'it is a common default';
  }
  if (/^x{3,}$/.test(squeezed)) return "it is a run of 'x'";
  if (squeezed.length > 0 && /^(.)\1*$/.test(squeezed)) return 'it repeats one character';
  if (/^0?123456?7?8?9?0?$/.test(squeezed) && squeezed.length >= 4) return 'it is a counting sequence';
  return undefined;
}

/** Names that usually hold secrets: their values are checked for placeholders unless told otherwise. */
export function looksSecret(name: string): boolean {
  return /SECRET|TOKEN|PASSWORD|PASSWD|PWD|PRIVATE|CREDENTIAL|API_?KEY|_KEY$|^KEY_|SALT|PEPPER/i.test(name);
}
