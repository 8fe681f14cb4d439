/** What went wrong with a network call, in the few words a verdict needs. Pure. */

export type RequestErrorCode =
  | 'timeout'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'reset'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'aborted'
  | 'proxy'
  | 'other';

const DNS = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_NODATA',
  'EAI_FAIL',
  'ENODATA',
  'ESERVFAIL',
]);
const RESET = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'HPE_INVALID_EOF_STATE',
]);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
/** OpenSSL verification results and Node's TLS error codes. */
const TLS_CODE =
  /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_|ERR_OSSL_|HOSTNAME_MISMATCH$|EPROTO$)/;

/** Maps a Node error (from `http`, `https`, `tls`, `net` or `dns`) to a code and a one-line message. */
export function classifyError(e: unknown): { code: RequestErrorCode; message: string } {
  const err = e as NodeJS.ErrnoException & { reason?: string; hostname?: string };
  const code = typeof err?.code === 'string' ? err.code : '';
  const text = oneLine(err instanceof Error ? err.message : String(e));
  if (code === 'ECONNREFUSED') return { code: 'refused', message: `connection refused (${addressOf(text)})` };
  if (DNS.has(code)) {
    const host = err.hostname ?? text.split(' ').pop() ?? '';
    return { code: 'dns', message: `the host name ${host} does not resolve (${code})` };
  }
  if (code === 'ETIMEDOUT' || code === 'ERR_SOCKET_CONNECTION_TIMEOUT') {
    return { code: 'timeout', message: 'the connection timed out' };
  }
  if (err?.name === 'AbortError' || code === 'ABORT_ERR') {
    return { code: 'aborted', message: 'the request was cancelled' };
  }
  if (TLS_CODE.test(code) || /\b(SSL|TLS|certificate)\b/i.test(text)) {
    return { code: 'tls', message: `TLS: ${tlsReason(code, text)}` };
  }
  if (RESET.has(code) || /socket hang up/i.test(text)) {
    return { code: 'reset', message: 'the connection was closed before a complete answer' };
  }
  if (UNREACHABLE.has(code)) return { code: 'refused', message: `the address is unreachable (${code})` };
  return { code: 'other', message: code ? `${code}: ${text}` : text || 'unknown error' };
}

function tlsReason(code: string, text: string): string {
  const known = describeTlsCode(code);
  if (known !== code) return known;
  return code ? `${text} (${code})` : text;
}

/** OpenSSL's verification codes (and Node's host name code) in words; other codes as they are. */
export function describeTlsCode(code: string): string {
  if (code === 'CERT_HAS_EXPIRED') return 'the certificate has expired';
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT') return 'the certificate is self-signed';
  if (code === 'SELF_SIGNED_CERT_IN_CHAIN') return 'the chain ends in an untrusted self-signed certificate';
  if (code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY') {
    return 'the certificate is not signed by a trusted authority';
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'the certificate is not valid for this host name';
  if (code === 'CERT_NOT_YET_VALID') return 'the certificate is not valid yet';
  return code;
}

function addressOf(text: string): string {
  const m = /ECONNREFUSED (\S+)/.exec(text);
  return m ? (m[1] as string) : 'nothing listens there';
}

function oneLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}
