/**
 * Whether a subresource URL is fetched without TLS. `http:` is insecure; with `allowLocalhost`, loopback
 * hosts (localhost, *.localhost, 127.0.0.0/8, [::1]) are not, as Lighthouse's is-on-https treats them.
 * ws: is not a subresource of HTML and is judged by the WebSocket kind.
 */
export function isInsecure(url: URL, options: { allowLocalhost?: boolean } = {}): boolean {
  if (url.protocol !== 'http:') return false;
  return !(options.allowLocalhost && isLoopbackHost(url.hostname));
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
