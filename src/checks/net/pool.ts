import http from 'node:http';
import https from 'node:https';
import { proxyAgent } from './proxy.js';

/**
 * Kept-alive connections for a pool's requests to `url`, at most `maxSockets` at once (through `via`, a
 * proxy, when given); destroy it after.
 */
export function keepAliveAgent(url: URL, maxSockets: number, via?: URL): http.Agent {
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (via && secure) return proxyAgent(url, via, { keepAlive: true, maxSockets });
  // Plain HTTP through a proxy: kept-alive connections to the proxy, asked in absolute form.
  if (via) {
    return via.protocol === 'https:'
      ? new https.Agent({ keepAlive: true, maxSockets })
      : new http.Agent({ keepAlive: true, maxSockets });
  }
  return secure
    ? new https.Agent({ keepAlive: true, maxSockets })
    : new http.Agent({ keepAlive: true, maxSockets });
}
