import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { wsHandshake } from '../../../src/checks/web/ws-handshake.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../../helpers/git-repo.js';
import { cleanupCertificates, closedPort, localhostCertificate } from '../../helpers/servers.js';
import { paramProblems, runKind } from '../run-kind.js';
import { startSilentServer, startWsServer, type RunningWsServer } from './ws-servers.js';

const TOKEN = 'Bearer ws-t0ken-value';
let echo: RunningWsServer;
let secureEcho: RunningWsServer;
let rejecting: RunningWsServer;
let greeter: RunningWsServer;
let hangUp: RunningWsServer;
let silent: RunningWsServer;
let repo: TestRepo;
const handshakes: Array<{ protocol?: string; authorization?: string }> = [];

beforeAll(async () => {
  const echoing = (wss: import('ws').WebSocketServer) =>
    wss.on('connection', (socket, req) => {
      handshakes.push({
        protocol: req.headers['sec-websocket-protocol'],
        authorization: req.headers.authorization,
      });
      socket.on('message', (data, binary) => socket.send(binary ? data : `echo: ${String(data)}`));
    });
  echo = await startWsServer(echoing, {
    handleProtocols: (offered) => (offered.has('chat.v2') ? 'chat.v2' : false),
  });
  const { ca, leaf } = await localhostCertificate();
  secureEcho = await startWsServer(echoing, { tls: { cert: leaf.cert, key: leaf.key } });
  rejecting = await startWsServer(() => undefined, {
    verifyClient: (_info, done) => done(false, 403, 'Forbidden'),
  });
  greeter = await startWsServer((wss) => wss.on('connection', (s) => s.send('{"type":"hello","v":2}')));
  hangUp = await startWsServer((wss) => wss.on('connection', (s) => s.close(4001, 'go away')));
  silent = await startSilentServer();
  repo = await makeRepo({ 'tls/ca.pem': ca.cert });
});

afterAll(async () => {
  await Promise.all([echo, secureEcho, rejecting, greeter, hangUp, silent].map((s) => s?.close()));
  await cleanupRepos();
  await cleanupCertificates();
});

const run = (params: Record<string, unknown>, env: Record<string, string> = {}) =>
  runKind(wsHandshake, params, repo.context({ env }));

describe('ws.handshake', () => {
  it('opens a connection and reports the handshake', async () => {
    const out = await run({ url: echo.url });
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(/^handshake in [\d.]+ ms$/);
    expect(out.evidence).toMatchObject({ url: `${echo.url}/`, status: 101, protocol: null });
  });

  it('sends a message and waits for the expected answer, with subprotocol and headers', async () => {
    const out = await run(
      {
        url: `${echo.url}/socket`,
        subprotocols: ['chat.v1', 'chat.v2'],
        'header-from-env': { Authorization: 'WS_AUTH' },
        send: 'ping',
        expect: { contains: 'echo: ping', pattern: '^echo' },
      },
      { WS_AUTH: TOKEN },
    );
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(/^handshake in [\d.]+ ms \(subprotocol chat\.v2\); answer in [\d.]+ ms$/);
    expect(out.evidence).toMatchObject({ protocol: 'chat.v2', lastMessage: 'echo: ping', messages: 1 });
    expect(handshakes.at(-1)).toEqual({ protocol: 'chat.v1,chat.v2', authorization: TOKEN });
    expect(JSON.stringify(out)).not.toContain('t0ken');
  });

  it('waits for a message the server sends first', async () => {
    const out = await run({ url: greeter.url, expect: { pattern: '"type":"hello"' } });
    expect(out).toMatchObject({ status: 'pass', evidence: { lastMessage: '{"type":"hello","v":2}' } });
  });

  it('fails when the answer never matches, showing what came instead', async () => {
    const out = await run({ url: echo.url, send: 'ping', expect: { contains: 'pong' }, timeout: '400ms' });
    expect(out.status).toBe('fail');
    expect(out.summary).toContain(
      "no message containing 'pong' within the timeout; last received: echo: ping",
    );
  });

  it('fails a server that refuses the upgrade, with its status', async () => {
    const out = await run({ url: rejecting.url });
    expect(out).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('answered HTTP 403 instead of switching protocols'),
      evidence: { status: 403, stage: 'handshake' },
    });
  });

  it('fails a server that never answers the handshake, within the timeout', async () => {
    const out = await run({ url: silent.url, timeout: '300ms' });
    expect(out).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('no handshake answer within 300 ms'),
      evidence: { stage: 'handshake', error: { code: 'timeout' } },
    });
  });

  it('fails a server that picks no offered subprotocol, or closes before answering', async () => {
    const none = await run({ url: echo.url, subprotocols: ['graphql-ws'] });
    expect(none).toMatchObject({ status: 'fail', summary: expect.stringContaining('subprotocol') });
    const closed = await run({ url: hangUp.url, send: 'hi', expect: { contains: 'x' } });
    expect(closed).toMatchObject({ status: 'fail', evidence: { close: { code: 4001, reason: 'go away' } } });
  });

  it('trusts a private CA for wss:// given ca-file, and fails without it', async () => {
    const ok = await run({
      url: secureEcho.url,
      'ca-file': 'tls/ca.pem',
      send: 'x',
      expect: { contains: 'echo: x' },
    });
    expect(ok.status).toBe('pass');
    const untrusted = await run({ url: secureEcho.url });
    expect(untrusted).toMatchObject({ status: 'fail', summary: expect.stringContaining('TLS') });
  });

  it('takes an http(s) target as ws(s), and gives an error when nothing listens', async () => {
    const viaHttp = await runKind(
      wsHandshake,
      {},
      repo.context({ targets: { app: echo.url.replace('ws:', 'http:') } }),
    );
    expect(viaHttp.status).toBe('pass');
    const refused = await run({ url: `ws://127.0.0.1:${await closedPort()}/` });
    expect(refused).toMatchObject({ status: 'error', summary: expect.stringContaining('refused') });
    const unset = await run({ url: echo.url, 'header-from-env': { Authorization: 'WS_AUTH' } });
    expect(unset).toMatchObject({ status: 'error', summary: expect.stringContaining("'WS_AUTH'") });
  });

  it('rejects bad parameters by name', () => {
    expect(paramProblems(wsHandshake, { expect: { pattern: '(' } }).join(' ')).toContain('expect.pattern');
    expect(paramProblems(wsHandshake, { expect: {} }).join(' ')).toContain('expect');
    expect(paramProblems(wsHandshake, { subprotocols: ['has space'] }).join(' ')).toContain('subprotocols');
  });
});
