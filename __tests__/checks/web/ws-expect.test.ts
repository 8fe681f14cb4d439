import { describe, expect, it } from '@jest/globals';
import {
  describeExpectation,
  matches,
  receivedMessage,
  shownMessage,
  toWebSocketUrl,
} from '../../../src/checks/web/ws-expect.js';

describe('WebSocket expectations', () => {
  it('matches text by substring and pattern, both when both are given', () => {
    expect(matches('{"type":"pong"}', { contains: 'pong' })).toBe(true);
    expect(matches('{"type":"pong"}', { pattern: '^\\{"type":"po' })).toBe(true);
    expect(matches('pong', { contains: 'pong', pattern: '^x' })).toBe(false);
    expect(describeExpectation({ contains: 'a', pattern: 'b' })).toBe("containing 'a' and matching /b/");
  });

  it('shows messages shortened, binary ones by size', () => {
    expect(shownMessage(receivedMessage(Buffer.from('a\nb'), false))).toBe('a b');
    expect(shownMessage(receivedMessage(Buffer.alloc(5), true))).toBe('<binary, 5 bytes>');
    expect(shownMessage(receivedMessage(Buffer.from('x'.repeat(500)), false))).toHaveLength(200);
  });

  it('turns http(s) targets into ws(s) URLs', () => {
    expect(toWebSocketUrl(new URL('https://api.example.com/socket')).href).toBe(
      'wss://api.example.com/socket',
    );
    expect(toWebSocketUrl(new URL('http://127.0.0.1:8080/')).href).toBe('ws://127.0.0.1:8080/');
    expect(toWebSocketUrl(new URL('wss://x.example.com/')).href).toBe('wss://x.example.com/');
  });
});
