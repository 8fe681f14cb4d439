import type http from 'node:http';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { HttpsProxyAgent } from 'https-proxy-agent';

/**
 * Which forward proxy carries a request to `target` (undefined: connect directly). Handed to the network
 * kinds by the entry point (`CheckContext.proxy`); a kind never reads the proxy variables itself.
 */
export type ProxyResolver = (target: URL) => URL | undefined;

/** A proxy setting that is not a usable proxy URL: the probe is refused with this, never sent around it. */
export class ProxyConfigError extends Error {}

/**
 * The runner's proxy variables, decided by the same code as the GitHub client's (`@actions/http-client`):
 * `https_proxy` / `HTTPS_PROXY` for https: and wss: targets, `http_proxy` / `HTTP_PROXY` for http: and ws:,
 * and no proxy for a host that `no_proxy` / `NO_PROXY` lists (a name, a `.suffix` or parent domain,
 * `host:port`, or `*`) or for a loopback host (localhost, 127.x, [::1]: the proxy's loopback is not ours).
 */
export function environmentProxy(): ProxyResolver {
  return (target) => {
    const asHttp = new URL(target.href.replace(/^ws(s?):/i, 'http$1:'));
    if (asHttp.protocol !== 'http:' && asHttp.protocol !== 'https:') return undefined;
    let found: URL | undefined;
    try {
      found = getProxyUrl(asHttp);
    } catch {
      throw new ProxyConfigError(`${variableFor(asHttp)} is not a URL`);
    }
    if (!found) return undefined;
    // `proxy.corp:3128` parses as a URL of scheme `proxy.corp:`; like curl, a value without `://` is http.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(found.href)) found = new URL(`http://${found.href}`);
    if (found.protocol !== 'http:' && found.protocol !== 'https:')
      throw new ProxyConfigError(
        `${variableFor(asHttp)} is a ${found.protocol} URL: only http:// and https:// proxies are supported`,
      );
    // A fresh URL: the library's decodes the user name and password in place.
    return new URL(found.href);
  };
}

function variableFor(target: URL): string {
  return target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
}

/** The proxy as evidence shows it: no user name or password. */
export function shownProxy(proxy: URL): string {
  const u = new URL(proxy.href);
  u.username = '';
  u.password = '';
  return u.origin;
}

/** `Proxy-Authorization: Basic` for a proxy URL with a user name or password; undefined without. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

/** The request target a proxy is asked for in absolute form (RFC 9112 §3.2.2): no credentials, no fragment. */
export function absoluteTarget(url: URL): string {
  const out = new URL(url.href);
  out.username = '';
  out.password = '';
  out.hash = '';
  return out.href;
}

/**
 * The agent that opens a `CONNECT` tunnel through `proxy` for an https:, ws: or wss: target (a proxy does
 * not forward a WebSocket upgrade in absolute form), TLS then running end to end with the target. A user
 * name and password in the proxy URL become `Proxy-Authorization: Basic`. The tunnel's own answer is
 * emitted as `proxyConnect` on the request and the agent.
 */
export function proxyAgent(
  _target: URL,
  proxy: URL,
  options: { keepAlive?: boolean; maxSockets?: number } = {},
): http.Agent {
  return new HttpsProxyAgent(proxy, {
    keepAlive: options.keepAlive ?? false,
    maxSockets: options.maxSockets,
  });
}
