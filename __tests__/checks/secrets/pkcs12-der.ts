/**
 * Minimal DER writer for test key stores: the PKCS#12 layout of RFC 7292 built from its parts, so the tests
 * hold no key store bytes of anyone's.
 */
const len = (n: number): number[] => {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return [0x80 | bytes.length, ...bytes];
};
const tlv = (tag: number, body: number[]): number[] => [tag, ...len(body.length), ...body];
const seq = (...items: number[][]) => tlv(0x30, items.flat());
const oid = (...bytes: number[]) => tlv(0x06, bytes);
const octets = (body: number[]) => tlv(0x04, body);
const explicit0 = (body: number[]) => tlv(0xa0, body);

const PKCS = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01];
const DATA = oid(...PKCS, 0x07, 0x01);
const SHROUDED_KEY_BAG = oid(...PKCS, 0x0c, 0x0a, 0x01, 0x02);
const CERT_BAG = oid(...PKCS, 0x0c, 0x0a, 0x01, 0x03);

/** A PFX whose authenticated safe holds one bag of `kind` ('key' or 'cert') with `payload` bytes. */
export function pfx(kind: 'key' | 'cert', payload: number[]): Buffer {
  const bag = seq(kind === 'key' ? SHROUDED_KEY_BAG : CERT_BAG, explicit0(octets(payload)));
  const safeContents = seq(bag);
  const authSafe = seq(seq(DATA, explicit0(octets(safeContents))));
  const pfxBody = seq(tlv(0x02, [0x03]), seq(DATA, explicit0(octets(authSafe))));
  return Buffer.from(pfxBody);
}
