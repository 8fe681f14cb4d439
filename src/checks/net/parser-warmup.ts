import { HTTPParser } from 'http-parser-js';

/**
 * Answers as servers commonly send them: a length-framed body with the usual headers, a chunked one, and a
 * 1xx before the real answer. Parsed here only, never sent or received.
 */
const CANNED = Buffer.from(
  [
    'HTTP/1.1 200 OK\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\nContent-Type: application/json\r\n',
    'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 15\r\n\r\n{"status":"ok"}',
    'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n',
    'HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n',
  ].join(''),
  'latin1',
);
/** Enough passes for V8 to optimise the parser's line and header functions (about 200 answers' worth). */
const PASSES = 80;

let warmed = false;

/**
 * Runs http-parser-js over canned answers once per process, so the JIT has compiled it before the first
 * timed answer arrives (a compiled client such as hey has nothing to warm). No byte goes on the network.
 * Returns how many answers it parsed: none after the first call.
 */
export function warmResponseParser(): number {
  if (warmed) return 0;
  warmed = true;
  const parser = new HTTPParser(HTTPParser.RESPONSE);
  let answers = 0;
  // HEAD-like for the 204 (no body to look for), as the client tells the parser for a HEAD.
  parser[HTTPParser.kOnHeadersComplete] = (info) => (info.statusCode === 204 ? 1 : 0);
  parser[HTTPParser.kOnBody] = () => undefined;
  parser[HTTPParser.kOnMessageComplete] = () => {
    answers += 1;
  };
  for (let i = 0; i < PASSES; i += 1) parser.execute(CANNED, 0, CANNED.length);
  return answers;
}
