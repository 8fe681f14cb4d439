import { caFileParam, requestParamProblems, requestParams, timeoutOf } from '../net/http-options.js';
import { prepareRequest } from '../net/prepared-request.js';
import { displayUrl } from '../net/request.js';
import { targetParams, type TargetParams } from '../net/target-url.js';
import { regexProblems, strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import { describeExpectation, shownMessage, toWebSocketUrl, type Expectation } from './ws-expect.js';
import { webRequestParams, type WebRequestParams } from './web-target.js';
import type { ProbeResult } from './ws-probe.js';

interface Params extends TargetParams, WebRequestParams {
  subprotocols?: string[];
  send?: string;
  expect?: Expectation;
}

const TOKEN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";

export const wsHandshake = defineKind<Params>({
  kind: 'ws.handshake',
  description:
    'A WebSocket opening handshake to the target (ws:// or wss://; an http(s) target is asked as ws(s)) ' +
    'succeeds, optionally offering subprotocols and sending one message whose answer must contain a text or ' +
    'match a pattern, all within the timeout.',
  scope: 'target',
  params: strictObject({
    ...targetParams,
    ...webRequestParams,
    timeout: {
      ...requestParams.timeout,
      description: 'Handshake and message round trip together; default 10s.',
    },
    'ca-file': { ...caFileParam, description: `${caFileParam.description as string} Used for wss://.` },
    subprotocols: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: TOKEN },
      description: 'Subprotocols to offer (Sec-WebSocket-Protocol); the server must pick one of them.',
    },
    send: { type: 'string', description: 'A text message to send once the connection is open.' },
    expect: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        contains: { type: 'string', minLength: 1, description: 'Text the message must contain.' },
        pattern: {
          type: 'string',
          minLength: 1,
          description: 'A JavaScript regular expression it must match.',
        },
      },
      description:
        'A text message that must arrive (after `send`, if given): { contains: "pong" } or { pattern: "^\\\\{" }.',
    },
  }),
  validate(p) {
    return [
      ...requestParamProblems(p),
      ...regexProblems([{ path: ['expect', 'pattern'], source: p.expect?.pattern }]),
    ];
  },
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx);
    if (!prepared.ok) return prepared.outcome;
    const { headers, ca } = prepared.value;
    const url = toWebSocketUrl(prepared.value.url);
    // The WebSocket client (ws) is loaded when a handshake is made.
    const { probeWebSocket } = await import('./ws-probe.js');
    const r = await probeWebSocket(url, {
      headers,
      subprotocols: p.subprotocols,
      ca,
      send: p.send,
      expect: p.expect,
      timeoutMs: timeoutOf(p),
      signal: ctx.signal,
      via: ctx.proxy?.(url),
    });
    return verdict(r, displayUrl(url), p, ctx.scrub);
  },
});

/** The outcome of a probe. Not reaching the server (no DNS name, refused) is an error; the rest fail. */
export function verdict(
  r: ProbeResult,
  url: string,
  p: Pick<Params, 'send' | 'expect' | 'subprotocols'>,
  scrub: (text: string) => string = (t) => t,
): CheckOutcome {
  const evidence: Record<string, unknown> = { url };
  if (r.status !== undefined) evidence.status = r.status;
  if (p.subprotocols) evidence.offered = p.subprotocols;
  if (r.protocol !== undefined) evidence.protocol = r.protocol;
  if (r.extensions) evidence.extensions = r.extensions;
  if (r.handshakeMs !== undefined) evidence.handshakeMs = r.handshakeMs;
  if (r.roundTripMs !== undefined) evidence.roundTripMs = r.roundTripMs;
  if (r.messages > 0) evidence.messages = r.messages;
  // Scrubbed before it is shortened, in the evidence and in the summary alike.
  if (r.lastMessage !== undefined) evidence.lastMessage = shownMessage(r.lastMessage, 200, scrub);
  if (r.close) evidence.close = { code: r.close.code, reason: scrub(r.close.reason) };
  if (p.expect) evidence.expected = describeExpectation(p.expect);
  if (r.ok) {
    const protocol = r.protocol ? ` (subprotocol ${r.protocol})` : '';
    const trip =
      r.roundTripMs !== undefined
        ? `; ${p.send !== undefined ? 'answer' : 'message'} in ${r.roundTripMs} ms`
        : '';
    return { status: 'pass', summary: `handshake in ${r.handshakeMs} ms${protocol}${trip}`, evidence };
  }
  evidence.stage = r.stage;
  evidence.error = { code: r.code, message: r.problem };
  const unreachable = r.code === 'refused' || r.code === 'dns' || r.code === 'aborted';
  let why = r.problem ?? 'failed';
  if (r.code === 'timeout' && r.stage === 'message' && p.expect) {
    why = `no message ${describeExpectation(p.expect)} within the timeout`;
    if (r.lastMessage !== undefined) why += `; last received: ${shownMessage(r.lastMessage, 80, scrub)}`;
  }
  return { status: unreachable ? 'error' : 'fail', summary: `${url}: ${why}`, evidence };
}
