import { compilePattern } from '../../util/pattern.js';

/** What a WebSocket message must hold, and how a message reads in evidence. Pure. */

export interface Expectation {
  contains?: string;
  pattern?: string;
}

export function matches(text: string, expect: Expectation): boolean {
  if (expect.contains !== undefined && !text.includes(expect.contains)) return false;
  if (expect.pattern !== undefined && !compilePattern(expect.pattern).test(text)) return false;
  return true;
}

export function describeExpectation(expect: Expectation): string {
  const parts: string[] = [];
  if (expect.contains !== undefined) parts.push(`containing '${expect.contains}'`);
  if (expect.pattern !== undefined) parts.push(`matching /${expect.pattern}/`);
  return parts.join(' and ');
}

/** A received message as the probe keeps it: a window of its text (never shown as it is), or its size. */
export interface ReceivedMessage {
  binary: boolean;
  bytes: number;
  /** The first `KEPT_CHARS` characters of a text message: room to scrub a secret whole before a cut. */
  text: string;
}

const KEPT_CHARS = 8192;

export function receivedMessage(data: Buffer, binary: boolean): ReceivedMessage {
  return {
    binary,
    bytes: data.length,
    text: binary
      ? ''
      : data
          .subarray(0, KEPT_CHARS * 4)
          .toString('utf8')
          .slice(0, KEPT_CHARS),
  };
}

/**
 * A received message fit for evidence: text scrubbed of the run's secrets first, then put on one line and
 * shortened (so a cut never keeps part of a secret); binary as its size.
 */
export function shownMessage(
  m: ReceivedMessage,
  max = 200,
  scrub: (text: string) => string = (t) => t,
): string {
  if (m.binary) return `<binary, ${m.bytes} bytes>`;
  const text = scrub(m.text).replace(/[\r\n]+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** `ws://` and `wss://` stay; `http://` and `https://` become their WebSocket twins. */
export function toWebSocketUrl(url: URL): URL {
  if (url.protocol === 'ws:' || url.protocol === 'wss:') return url;
  return new URL(url.href.replace(/^http/, 'ws'));
}
