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

/** A received message fit for evidence: text shortened, binary as its size. */
export function shownMessage(data: Buffer, binary: boolean, max = 200): string {
  if (binary) return `<binary, ${data.length} bytes>`;
  const text = data.toString('utf8').replace(/[\r\n]+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** `ws://` and `wss://` stay; `http://` and `https://` become their WebSocket twins. */
export function toWebSocketUrl(url: URL): URL {
  if (url.protocol === 'ws:' || url.protocol === 'wss:') return url;
  return new URL(url.href.replace(/^http/, 'ws'));
}
