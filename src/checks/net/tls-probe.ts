import net from 'node:net';
import tls from 'node:tls';
import { classifyError, type RequestErrorCode } from './request-errors.js';
import { caBundle, certificateFacts, type CertificateFacts } from './tls-info.js';
import { openTunnel } from './tunnel.js';

/** One TLS handshake, certificate verification left to the caller: everything the handshake showed. */

export interface TlsFacts {
  protocol: string | null;
  cipher: string | undefined;
  /** OpenSSL's verification result for the chain ('' when it verified). */
  chainError: string;
  /** Why the certificate does not cover the host name, if it does not. */
  identityError?: string;
  certificate: CertificateFacts;
  /** Subjects from the leaf up, as the server sent them. */
  chain: string[];
}

export type TlsProbeResult =
  { ok: true; facts: TlsFacts } | { ok: false; code: RequestErrorCode; message: string };

export interface TlsProbeOptions {
  host: string;
  port: number;
  /** Extra trusted authorities (PEM). */
  ca?: string[];
  minVersion?: tls.SecureVersion;
  /** OpenSSL cipher list; `DEFAULT:@SECLEVEL=0` lets an old protocol be seen. */
  ciphers?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** A proxy to reach the host through (a CONNECT tunnel; TLS then runs end to end with the host). */
  via?: URL;
}

export function probeTls(o: TlsProbeOptions): Promise<TlsProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    let socket: tls.TLSSocket | undefined;
    // Through a proxy: the tunnel first, under the same timer; a probe that ends also ends the tunnel.
    const tunnelling = new AbortController();
    const finish = (r: TlsProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      tunnelling.abort();
      o.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      resolve(r);
    };
    const onAbort = () => finish({ ok: false, code: 'aborted', message: 'the check was cancelled' });
    const timer = setTimeout(
      () => finish({ ok: false, code: 'timeout', message: `no TLS handshake within ${o.timeoutMs} ms` }),
      Math.max(1, o.timeoutMs),
    );
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const host = o.host.replace(/^\[(.*)\]$/, '$1');
    if (!o.via) return handshake();
    void openTunnel(o.via, host, o.port, tunnelling.signal).then((t) => {
      if (!t.ok) return finish(t);
      if (settled) return void t.socket.destroy();
      handshake(t.socket);
    });

    function handshake(tunnel?: net.Socket): void {
      try {
        socket = tls.connect({
          ...(tunnel ? { socket: tunnel } : { host, port: o.port }),
          servername: net.isIP(host) ? undefined : host,
          rejectUnauthorized: false,
          ...(o.ca ? { ca: caBundle(o.ca) } : {}),
          ...(o.minVersion ? { minVersion: o.minVersion } : {}),
          ...(o.ciphers ? { ciphers: o.ciphers } : {}),
        });
      } catch (e) {
        return finish({ ok: false, ...classifyError(e) });
      }
      socket.on('error', (e) => finish({ ok: false, ...classifyError(e) }));
      socket.on('secureConnect', () => {
        const s = socket as tls.TLSSocket;
        const peer = s.getPeerCertificate(true);
        if (!peer || Object.keys(peer).length === 0) {
          return finish({ ok: false, code: 'tls', message: 'the server sent no certificate' });
        }
        const identity = tls.checkServerIdentity(host, peer);
        const facts: TlsFacts = {
          protocol: s.getProtocol(),
          cipher: s.getCipher()?.name,
          chainError: s.authorizationError ? String(s.authorizationError) : '',
          certificate: certificateFacts(peer),
          chain: chainOf(peer),
        };
        if (identity) facts.identityError = identity.message;
        finish({ ok: true, facts });
      });
    }
  });
}

function chainOf(leaf: tls.DetailedPeerCertificate): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let cur: tls.DetailedPeerCertificate | undefined = leaf;
  while (cur && out.length < 6 && !seen.has(cur.fingerprint256)) {
    seen.add(cur.fingerprint256);
    out.push(certificateFacts(cur).subject);
    cur = cur.issuerCertificate;
  }
  return out;
}
