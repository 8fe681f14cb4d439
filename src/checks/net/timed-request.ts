import net from 'node:net';
import { performance } from 'node:perf_hooks';
import tls, { rootCertificates } from 'node:tls';
import { HTTPParser } from 'http-parser-js';
import { warmResponseParser } from './parser-warmup.js';

/** One measured request: its time, or why it failed. */
export interface TimedSample {
  ms?: number;
  status?: number;
  error?: string;
}

export interface TimedClientOptions {
  method: string;
  /** Header names in lower case; Host and Connection are set by the client unless given. */
  headers: Record<string, string>;
  /** Connections kept alive at once: the requests in flight never exceed it. */
  maxSockets: number;
  timeoutMs: number;
  maxBodyBytes: number;
  ca?: string[];
  signal?: AbortSignal;
}

/** Kept-alive HTTP/1.1 requests to one URL, each timed from its write to the socket to its last byte. */
export interface TimedClient {
  /**
   * Opens connections up to `maxSockets` at once, before any request is timed; resolves when each has
   * connected or failed (a failed one is opened again by the request that needs it), at most `timeoutMs`.
   */
  connect(): Promise<void>;
  /** One request on an idle connection (or a new one while fewer than `maxSockets` are open). */
  request(): Promise<TimedSample>;
  /** Closes every connection; requests still in flight end as `aborted`. */
  close(): void;
}

/** RFC 9110 field names (tokens) and values (visible ASCII, space, tab and obs-text), as Node checks them. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Methods whose request carries a body by meaning: sent with `Content-Length: 0`, as Node's client does. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Node's default limit on a response's header block. */
const MAX_HEADER_BYTES = 16 * 1024;
/** What one read off a socket may hold (Node's own read size). */
const READ_BYTES = 64 * 1024;

/**
 * The latency kind's client for direct connections: the request is serialised once, and each request is
 * one write of those bytes to an idle kept-alive connection, its response framed by http-parser-js (status
 * line, headers, Content-Length, chunked or until close, 1xx answers skipped) and counted, never kept. The
 * time runs from the write to the last byte of the body; opening a connection (TCP, TLS) is not in it.
 * No objects are made per request beyond its promise: the connection, its parser and its timer are reused,
 * and every socket reads into one buffer of the client's (Node's `onread`: no buffer and no stream event
 * per read), parsed at once and never kept. A request asked for while answers are being read is written
 * after the reads that are ready (one `setImmediate` per batch), so no answer already in waits for the
 * client's own writes before its time is taken.
 * Undefined when a header cannot be written as it stands (the full client then reports why).
 */
export function timedClient(url: URL, options: TimedClientOptions): TimedClient | undefined {
  const written = requestHead(url, options.method, options.headers);
  if (!written) return undefined;
  const head: Buffer = written;
  const secure = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port) || (secure ? 443 : 80);
  const ca = options.ca ? [...rootCertificates, ...options.ca] : undefined;
  const skipBody = options.method === 'HEAD';
  const idle: Connection[] = [];
  const open = new Set<Connection>();
  /** Connections whose request waits to be written once the reads that are ready have been made. */
  const toWrite: Connection[] = [];
  let writeScheduled = false;
  let closed = false;
  // Reads are handled synchronously, one socket at a time, and nothing of them is kept: one buffer serves all.
  const readBuffer = Buffer.allocUnsafe(READ_BYTES);

  const writeWaiting = () => {
    writeScheduled = false;
    for (const c of toWrite.splice(0)) c.write();
  };

  const connect = (c: Connection): net.Socket => {
    const onread = {
      buffer: readBuffer,
      callback: (length: number) => {
        c.received(length);
        return true;
      },
    };
    // Node's tls.connect takes `onread` as net.connect does (its types do not say so).
    return secure
      ? tls.connect({
          host,
          port,
          ca,
          ALPNProtocols: ['http/1.1'],
          ...(net.isIP(host) ? {} : { servername: host }),
          onread,
        } as tls.ConnectionOptions)
      : net.connect({ host, port, onread });
  };

  class Connection {
    readonly socket: net.Socket;
    readonly parser = new HTTPParser(HTTPParser.RESPONSE);
    readonly timer: NodeJS.Timeout;
    done: ((s: TimedSample) => void) | undefined;
    ready = false;
    /** The connection served a request before: a close before any byte of the answer is retried once. */
    reused = false;
    answered = false;
    informational = false;
    keepAlive = true;
    status = 0;
    bytes = 0;
    started = 0;

    constructor() {
      this.parser.maxHeaderSize = MAX_HEADER_BYTES;
      this.parser[HTTPParser.kOnHeadersComplete] = (info) => {
        this.status = info.statusCode;
        this.keepAlive = info.shouldKeepAlive;
        // 1xx answers (103 Early Hints and the like) come before the real one (RFC 9110 §15.2).
        this.informational = info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101;
        if (info.upgrade) this.finish({ status: info.statusCode, error: 'upgrade' }, false);
        return skipBody && !this.informational ? 1 : 0;
      };
      this.parser[HTTPParser.kOnBody] = (_chunk, _offset, length) => {
        this.bytes += length;
        if (this.bytes > options.maxBodyBytes)
          this.finish({ status: this.status, error: 'body too large' }, false);
      };
      this.parser[HTTPParser.kOnMessageComplete] = () => {
        if (this.informational) {
          this.informational = false;
          return;
        }
        this.finish({ ms: performance.now() - this.started, status: this.status }, this.keepAlive);
      };
      this.timer = setTimeout(() => {
        if (this.done) this.finish({ error: 'timeout' }, false);
      }, options.timeoutMs);
      this.timer.unref();
      this.socket = connect(this);
      this.socket.setNoDelay(true);
      this.socket.on(secure ? 'secureConnect' : 'connect', () => {
        this.ready = true;
        if (this.done) this.write();
      });
      this.socket.on('error', (e: NodeJS.ErrnoException) => this.lost(e.code ?? 'other'));
      this.socket.on('close', () => this.lost('ECONNRESET'));
      open.add(this);
    }

    /** `length` bytes of the answer are in the client's read buffer. */
    received(length: number): void {
      this.answered = true;
      const r = this.parser.execute(readBuffer, 0, length);
      if (r instanceof Error)
        this.finish({ error: (r as NodeJS.ErrnoException).code ?? 'bad response' }, false);
    }

    send(done: (s: TimedSample) => void): void {
      this.done = done;
      this.status = 0;
      this.bytes = 0;
      this.answered = false;
      this.timer.refresh();
      if (!this.ready) return;
      toWrite.push(this);
      if (!writeScheduled) {
        writeScheduled = true;
        setImmediate(writeWaiting);
      }
    }

    write(): void {
      // Ended (closed, lost) between the ask and the write: nothing to send.
      if (!this.done || !open.has(this)) return;
      this.started = performance.now();
      this.socket.write(head);
    }

    /** Ends the request in flight; the connection goes back to the idle list or is closed. */
    finish(sample: TimedSample, keep: boolean): void {
      if (!open.has(this)) return;
      const done = this.done;
      this.done = undefined;
      // An answer nobody asked for is a broken server: the connection is not used again.
      if (keep && done && !closed) {
        this.reused = true;
        idle.push(this);
      } else this.destroy();
      done?.(sample);
    }

    /** The socket failed or closed: an answer that ran to the close ends here, else the request fails. */
    lost(code: string): void {
      if (!open.has(this)) return;
      if (this.done && this.answered) this.parser.finish();
      const done = this.done;
      this.destroy();
      if (!done) return;
      this.done = undefined;
      // A kept-alive connection the server closed as the request went out: once more, on a new one.
      if (this.reused && !this.answered && !closed) new Connection().send(done);
      else done({ error: closed ? 'aborted' : code });
    }

    destroy(): void {
      open.delete(this);
      const i = idle.indexOf(this);
      if (i >= 0) idle.splice(i, 1);
      clearTimeout(this.timer);
      this.socket.destroy();
    }
  }

  const close = () => {
    closed = true;
    for (const c of [...open]) c.lost('aborted');
  };
  options.signal?.addEventListener('abort', close, { once: true });

  return {
    connect: () =>
      new Promise<void>((resolve) => {
        let waiting = 0;
        const timer = setTimeout(resolve, options.timeoutMs);
        const settled = () => {
          waiting -= 1;
          if (waiting > 0) return;
          clearTimeout(timer);
          resolve();
        };
        while (!closed && open.size < options.maxSockets) {
          // Idle at once: a request may take it while it connects (it writes on connect).
          const c = new Connection();
          idle.push(c);
          waiting += 1;
          let once = false;
          const settle = () => {
            if (once) return;
            once = true;
            settled();
          };
          c.socket.once(secure ? 'secureConnect' : 'connect', settle);
          c.socket.once('close', settle);
        }
        // The JIT compiles the parser on canned answers while the handshakes run: nothing is sent.
        warmResponseParser();
        if (waiting === 0) settled();
      }),
    request: () =>
      new Promise<TimedSample>((resolve) => {
        if (closed) return resolve({ error: 'aborted' });
        const conn = idle.pop() ?? (open.size < options.maxSockets ? new Connection() : undefined);
        if (!conn) return resolve({ error: 'no free connection' });
        conn.send(resolve);
      }),
    close: () => {
      options.signal?.removeEventListener('abort', close);
      close();
    },
  };
}

/** The request line and headers, serialised once; undefined when a header cannot be sent as written. */
function requestHead(url: URL, method: string, headers: Record<string, string>): Buffer | undefined {
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
  if (headers.host === undefined) lines.push(`Host: ${url.host}`);
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value)) return undefined;
    if (name === 'connection' || name === 'content-length' || name === 'transfer-encoding') continue;
    lines.push(`${name}: ${value}`);
  }
  lines.push('Connection: keep-alive');
  if (WITH_BODY.has(method)) lines.push('Content-Length: 0');
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}
