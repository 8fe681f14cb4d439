import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { rootCertificates } from 'node:tls';

/** One measured request: its time, or why it failed. */
export interface TimedSample {
  ms?: number;
  status?: number;
  error?: string;
}

export interface TimedRequestOptions {
  method: string;
  headers: Record<string, string>;
  agent: http.Agent;
  timeoutMs: number;
  maxBodyBytes: number;
  ca?: string[];
  signal?: AbortSignal;
}

/**
 * The latency kind's hot path, for direct connections over a kept-alive agent: the request is written
 * once, and the time runs from the moment it is handed to the socket (the request's `finish`) to the last
 * byte of the body, which is what hey measures too. Nothing is kept of the answer but its status: the body
 * is counted and dropped (past `maxBodyBytes` the connection is closed and the sample is an error), so no
 * allocation happens per request beyond Node's own. Redirects are not followed (a 3xx is its status).
 */
export function timedRequest(url: URL, options: TimedRequestOptions): Promise<TimedSample> {
  return new Promise((resolve) => {
    const secure = url.protocol === 'https:';
    const lib = secure ? https : http;
    let started = 0;
    let settled = false;
    const done = (sample: TimedSample) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(sample);
    };
    const req = lib.request(url, {
      method: options.method,
      headers: options.headers,
      agent: options.agent,
      ...(secure && options.ca ? { ca: [...rootCertificates, ...options.ca] } : {}),
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ error: 'timeout' });
    }, options.timeoutMs);
    const onAbort = () => {
      req.destroy();
      done({ error: 'aborted' });
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('finish', () => {
      started = performance.now();
    });
    req.on('error', (e: NodeJS.ErrnoException) => done({ error: e.code ?? 'other' }));
    req.on('response', (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > options.maxBodyBytes) {
          req.destroy();
          done({ status: res.statusCode, error: 'body too large' });
        }
      });
      res.on('end', () =>
        done({ ms: performance.now() - (started || performance.now()), status: res.statusCode }),
      );
      res.on('error', (e: NodeJS.ErrnoException) => done({ error: e.code ?? 'other' }));
    });
    req.end();
  });
}
