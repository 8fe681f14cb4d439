import tls from 'node:tls';

/** What a TLS connection showed: protocol, cipher, and the leaf certificate's main facts. */
export interface TlsSummary {
  protocol: string | null;
  cipher: string | undefined;
  /** Whether the chain verified against the trusted authorities (and the host name, for HTTPS). */
  authorized: boolean;
  authorizationError?: string;
  certificate?: CertificateFacts;
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
  altNames: string[];
  validFrom: string;
  validTo: string;
  /** First 16 hex digits of the SHA-256 fingerprint. */
  fingerprint: string;
}

/** The trusted authorities Node uses by default plus `extra` PEM certificates. */
export function caBundle(extra: string[]): string[] {
  const getDefault = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  const base = typeof getDefault === 'function' ? getDefault('default') : [...tls.rootCertificates];
  return [...base, ...extra];
}

export function tlsSummary(socket: tls.TLSSocket): TlsSummary {
  const out: TlsSummary = {
    protocol: socket.getProtocol?.() ?? null,
    cipher: socket.getCipher?.()?.name,
    authorized: socket.authorized === true,
  };
  if (socket.authorizationError) out.authorizationError = String(socket.authorizationError);
  const cert = socket.getPeerCertificate?.();
  if (cert && Object.keys(cert).length > 0) out.certificate = certificateFacts(cert);
  return out;
}

export function certificateFacts(cert: tls.PeerCertificate): CertificateFacts {
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    altNames: altNames(cert.subjectaltname),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    fingerprint: (cert.fingerprint256 ?? '').replace(/:/g, '').slice(0, 16).toLowerCase(),
  };
}

/** `DNS:a.example, IP Address:127.0.0.1` → `['a.example', '127.0.0.1']`. */
export function altNames(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/,\s*/)
    .map((part) => part.replace(/^(DNS|IP Address|IP):/i, '').trim())
    .filter((s) => s !== '');
}

function distinguishedName(dn: tls.Certificate | undefined): string {
  if (!dn) return '';
  if (typeof dn === 'string') return dn;
  const order = ['CN', 'O', 'OU', 'L', 'ST', 'C'];
  const entries = Object.entries(dn as unknown as Record<string, string | string[]>).sort(
    ([a], [b]) => rank(order, a) - rank(order, b),
  );
  return entries.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).join(', ');
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}
