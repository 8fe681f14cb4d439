/**
 * PKCS#12 key stores (`.p12`, `.pfx`): binary files, so the text rules never see them. The layout is
 * RFC 7292's: `PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData MacData OPTIONAL }`,
 * DER (or BER) encoded, with the authenticated safe's content type `data` (1.2.840.113549.1.7.1) or
 * `signedData` (1.2.840.113549.1.7.2). A key store counts as a secret when it holds a private key: a key bag
 * or a shrouded (password-encrypted) key bag, whose object identifiers stand in the clear in the common
 * layout (OpenSSL, Java's keytool, Windows' certificate export). A store of certificates only (a trust
 * store) holds nothing secret and is not reported. A password does not make a committed key safe: the
 * password is usually beside it, and short ones fall to a dictionary.
 */

/** Larger files are not key stores (a store with a long chain is a few tens of kilobytes). */
export const MAX_PKCS12_BYTES = 1024 * 1024;

const VERSION_3 = [0x02, 0x01, 0x03];
/** OBJECT IDENTIFIER 1.2.840.113549.1.7 (pkcs7), then 1 (data) or 2 (signedData). */
const PKCS7 = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];
/** OBJECT IDENTIFIER 1.2.840.113549.1.12.10.1 (pkcs-12 bag types), then 1 (keyBag) or 2 (shrouded). */
const KEY_BAG = [0x06, 0x0b, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x0a, 0x01];

/** A DER/BER length at `at`: its value (undefined for the indefinite form) and where the content starts. */
function readLength(bytes: Uint8Array, at: number): { length?: number; next: number } | null {
  const first = bytes[at];
  if (first === undefined) return null;
  if (first < 0x80) return { length: first, next: at + 1 };
  if (first === 0x80) return { next: at + 1 };
  const n = first & 0x7f;
  if (n > 4 || at + 1 + n > bytes.length) return null;
  let length = 0;
  for (let i = 0; i < n; i += 1) length = length * 256 + (bytes[at + 1 + i] as number);
  return { length, next: at + 1 + n };
}

function startsWith(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return expected.every((b, i) => bytes[at + i] === b);
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from: number): number {
  const first = needle[0] as number;
  for (let i = bytes.indexOf(first, from); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, i, needle)) return i;
  }
  return -1;
}

/** Whether a file's bytes are a whole PKCS#12 key store that holds a private key. */
export function isPkcs12WithKey(bytes: Uint8Array): boolean {
  if (bytes.length < 32 || bytes.length > MAX_PKCS12_BYTES || bytes[0] !== 0x30) return false;
  const outer = readLength(bytes, 1);
  // A definite length must cover exactly the file: a truncated or padded file is not a key store.
  if (!outer || (outer.length !== undefined && outer.next + outer.length !== bytes.length)) return false;
  if (!startsWith(bytes, outer.next, VERSION_3)) return false;
  const info = outer.next + VERSION_3.length;
  if (bytes[info] !== 0x30) return false;
  const infoLength = readLength(bytes, info + 1);
  if (!infoLength || !startsWith(bytes, infoLength.next, PKCS7)) return false;
  const type = bytes[infoLength.next + PKCS7.length];
  if (type !== 0x01 && type !== 0x02) return false;
  const bag = indexOf(bytes, KEY_BAG, infoLength.next);
  if (bag === -1) return false;
  const kind = bytes[bag + KEY_BAG.length];
  return kind === 0x01 || kind === 0x02;
}
