import net from 'node:net';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import WebSocket from 'ws';
import { proxyAgent, shownProxy } from '../net/proxy.js';
import { classifyError, type RequestErrorCode } from '../net/request-errors.js';
import type { HeaderList } from '../net/request.js';
import { caBundle } from '../net/tls-info.js';
import { matches, receivedMessage, type Expectation, type ReceivedMessage } from './ws-expect.js';

export interface ProbeOptions {
  headers: HeaderList;
  subprotocols?: string[];
  ca?: string[];
  send?: string;
  expect?: Expectation;
  timeoutMs: number;
  signal: AbortSignal;
  /** A proxy to open the connection through (a CONNECT tunnel, for ws: and wss: alike). */
  via?: URL;
}

export type ProbeStage = 'connect' | 'handshake' | 'message';

export interface ProbeResult {
  ok: boolean;
  stage: ProbeStage;
  /** What went wrong, when not ok. */
  problem?: string;
  code?: RequestErrorCode | 'rejected' | 'closed' | 'no-match';
  /** 101 after a handshake; the refusing status when the server answered HTTP instead. */
  status?: number;
  protocol?: string | null;
  extensions?: string | null;
  handshakeMs?: number;
  roundTripMs?: number;
  /** Messages received before the verdict, and the last one (shown only through `shownMessage`). */
  messages: number;
  lastMessage?: ReceivedMessage;
  close?: { code: number; reason: string };
}

const MAX_PAYLOAD = 1024 * 1024;

/**
 * Opens a WebSocket, optionally sends one message and waits for one that meets `expect`, then closes.
 * Never throws and never outlives `timeoutMs` (or the signal): the socket is terminated when it settles.
 */
export function probeWebSocket(url: URL, opts: ProbeOptions): Promise<ProbeResult> {
  return new Promise<ProbeResult>((resolve) => {
    const started = performance.now();
    const state: ProbeResult = { ok: false, stage: 'connect', messages: 0 };
    let settled = false;
    let ws: WebSocket | undefined;
    let sentAt: number | undefined;
    let openedAt = started;

    const finish = (patch: Partial<ProbeResult>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      Object.assign(state, patch);
      if (ws) {
        ws.removeAllListeners();
        ws.on('error', () => undefined);
        if (state.ok && ws.readyState === WebSocket.OPEN) ws.close(1000);
        ws.terminate();
      }
      resolve(state);
    };
    const onAbort = () => finish({ problem: 'the check was cancelled', code: 'aborted' });
    const timer = setTimeout(
      () => {
        const waiting =
          state.stage === 'message'
            ? 'no expected message'
            : state.stage === 'handshake'
              ? 'no handshake answer'
              : 'no connection';
        finish({ problem: `${waiting} within ${opts.timeoutMs} ms`, code: 'timeout' });
      },
      Math.max(1, opts.timeoutMs),
    );
    if (opts.signal.aborted) return onAbort();
    opts.signal.addEventListener('abort', onAbort, { once: true });

    const headers: Record<string, string> = {};
    for (const [name, value] of opts.headers) headers[name] = value;
    // Once the connection is up (and TLS agreed), the server owes a handshake answer.
    const connected = () => {
      if (state.stage === 'connect') state.stage = 'handshake';
    };
    const secure = url.protocol === 'wss:';
    const createConnection = (options: net.NetConnectOpts & tls.ConnectionOptions) => {
      if (!secure) return net.connect(options).once('connect', connected);
      const host = (options as { host?: string }).host ?? '';
      const servername = options.servername || (net.isIP(host) ? undefined : host);
      return tls.connect({ ...options, path: undefined, servername }).once('secureConnect', connected);
    };
    // Through a proxy the tunnel's answer says whether the connection is up; a refusal is the proxy's.
    let refusal: number | undefined;
    const agent = opts.via ? proxyAgent(url, opts.via) : undefined;
    agent?.on('proxyConnect', (answer: { statusCode?: number }) => {
      if (answer.statusCode === 200) connected();
      else refusal = answer.statusCode ?? 0;
    });
    try {
      ws = new WebSocket(url, opts.subprotocols ?? [], {
        headers,
        maxPayload: MAX_PAYLOAD,
        perMessageDeflate: false,
        followRedirects: false,
        ...(agent
          ? { agent }
          : { createConnection: createConnection as unknown as typeof net.createConnection }),
        ...(opts.ca && opts.ca.length > 0 ? { ca: caBundle(opts.ca) } : {}),
      });
    } catch (e) {
      return finish({ problem: classifyError(e).message, code: 'other' });
    }
    const socket = ws;

    socket.on('unexpected-response', (_req, res) => {
      const status = res.statusCode ?? 0;
      res.resume();
      if (refusal !== undefined)
        return finish({
          stage: 'connect',
          code: 'proxy',
          problem: `the proxy ${shownProxy(opts.via as URL)} refused the tunnel to ${url.host} (HTTP ${refusal})`,
        });
      finish({
        stage: 'handshake',
        status,
        code: 'rejected',
        problem: `the server answered HTTP ${status} instead of switching protocols`,
      });
    });
    socket.on('upgrade', (res) => {
      state.status = res.statusCode ?? 101;
    });
    socket.on('error', (e) => {
      const c = classifyError(e);
      const protocolProblem = /subprotocol/i.test(String((e as Error).message));
      finish({
        problem: protocolProblem
          ? String((e as Error).message)
          : `${c.message}${opts.via ? ` through the proxy ${shownProxy(opts.via)}` : ''}`,
        code: protocolProblem ? 'other' : c.code,
        stage: protocolProblem ? 'handshake' : state.stage,
      });
    });
    socket.on('open', () => {
      state.stage = 'message';
      openedAt = performance.now();
      state.handshakeMs = round(openedAt - started);
      state.protocol = socket.protocol === '' ? null : socket.protocol;
      state.extensions = socket.extensions === '' ? null : socket.extensions;
      if (opts.send === undefined && opts.expect === undefined)
        return finish({ ok: true, stage: 'handshake' });
      if (opts.send !== undefined) {
        sentAt = performance.now();
        socket.send(opts.send);
      }
    });
    socket.on('message', (data, isBinary) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      state.messages += 1;
      state.lastMessage = receivedMessage(buf, isBinary);
      const text = isBinary ? '' : buf.toString('utf8');
      if (opts.expect === undefined || (!isBinary && matches(text, opts.expect))) {
        finish({ ok: true, roundTripMs: round(performance.now() - (sentAt ?? openedAt)) });
      }
    });
    socket.on('close', (code, reason) => {
      finish({
        close: { code, reason: reason.toString('utf8').slice(0, 200) },
        code: 'closed',
        problem: `the server closed the connection (code ${code}) before ${opts.expect ? 'an expected message' : 'answering'}`,
      });
    });
  });
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
