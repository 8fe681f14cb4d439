import { randomBytes, randomInt } from 'node:crypto';
import { strictObject } from '../params.js';
import { fingerprint } from '../env/secret-value.js';
import { defineKind, type CheckOutcome } from '../types.js';
import {
  caAndTimeoutParams,
  loadCaFile,
  requestParamProblems,
  timeoutOf,
  type CaAndTimeout,
} from './http-options.js';
import { displayUrl, request } from './request.js';
import { statusProblems, statusSchema, statusSet, type StatusSpec } from './status-set.js';
import { resolveTarget, targetParams, type TargetParams } from './target-url.js';
import { transportOutcome } from './transport-outcome.js';

interface Params extends TargetParams, CaAndTimeout {
  'token-env': string;
  'wrong-token-status'?: StatusSpec;
}

/** Length and a short fingerprint: enough to tell which token was used, never the token. */
function tokenFacts(token: string): { tokenLength: number; tokenFingerprint: string } {
  return { tokenLength: token.length, tokenFingerprint: fingerprint(token) };
}

/** The URL with the hub.* query Meta sends to verify a webhook subscription. */
function verifyUrl(base: URL, token: string, challenge: string): URL {
  const url = new URL(base.href);
  url.searchParams.set('hub.mode', 'subscribe');
  url.searchParams.set('hub.verify_token', token);
  url.searchParams.set('hub.challenge', challenge);
  return url;
}

export const webhookVerify = defineKind<Params>({
  kind: 'webhook.verify',
  description:
    'A Meta-style webhook verification endpoint: GET ?hub.mode=subscribe&hub.verify_token=T&hub.challenge=C answers 200 with exactly C for the right token (read from the environment variable named by token-env) and a 4xx for a wrong one. The challenge is random on each run; the token never appears in results.',
  scope: 'target',
  params: strictObject(
    {
      ...targetParams,
      'token-env': {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        description: 'Name of the environment variable holding the verify token.',
      },
      'wrong-token-status': statusSchema(
        'What a wrong token must be answered with; default 4xx (Meta expects 403).',
      ),
      ...caAndTimeoutParams('Per request; default 10s.'),
    },
    ['token-env'],
  ),
  validate: (p) => [
    ...requestParamProblems(p),
    ...statusProblems(p['wrong-token-status'], 'wrong-token-status'),
  ],
  async run(p, ctx): Promise<CheckOutcome> {
    const target = resolveTarget(p, ctx);
    if (!target.ok) return target.outcome;
    const token = ctx.env[p['token-env']];
    if (token === undefined || token === '') {
      return { status: 'error', summary: `environment variable '${p['token-env']}' (token-env) is not set` };
    }
    const ca = await loadCaFile(p, ctx);
    if (!ca.ok) return ca.outcome;
    const shown = displayUrl(target.url);
    const opts = {
      timeoutMs: timeoutOf(p),
      maxBodyBytes: 4096,
      ca: ca.value,
      signal: ctx.signal,
      proxy: ctx.proxy,
    };
    const challenge = String(randomInt(1_000_000_000, 2_000_000_000));
    let wrongToken = randomBytes(12).toString('hex');
    if (wrongToken === token) wrongToken = `${wrongToken}x`;
    const facts = tokenFacts(token);

    const right = await request(verifyUrl(target.url, token, challenge), opts);
    if (!right.ok) return scrub(transportOutcome(right, shown), token);
    const wrong = await request(verifyUrl(target.url, wrongToken, `${challenge}1`), opts);
    if (!wrong.ok) return scrub(transportOutcome(wrong, shown), token);

    const rightBody = right.body.toString('utf8');
    const evidence = {
      url: shown,
      ...facts,
      rightToken: {
        status: right.status,
        echoedChallenge: rightBody === challenge,
        bodyBytes: right.body.length,
      },
      wrongToken: { status: wrong.status, bodyBytes: wrong.body.length },
    };
    const problems: string[] = [];
    if (right.status !== 200) problems.push(`the right token got ${right.status}, expected 200`);
    else if (rightBody !== challenge)
      problems.push(describeEcho((ctx.scrub ?? ((t: string) => t))(rightBody), challenge, token));
    const wrongOk = statusSet(p['wrong-token-status'], '4xx');
    if (!wrongOk.has(wrong.status)) {
      problems.push(`a wrong token got ${wrong.status}, expected ${wrongOk.text}`);
    }
    if (problems.length > 0) return scrub({ status: 'fail', summary: problems.join('; '), evidence }, token);
    return {
      status: 'pass',
      summary: `echoes the challenge for the right token; a wrong token gets ${wrong.status}`,
      evidence,
    };
  },
});

function describeEcho(body: string, challenge: string, token: string): string {
  if (body.trim() === challenge)
    return 'the challenge is echoed with extra whitespace; Meta expects it exactly';
  if (body === '') return 'the right token got 200 with an empty body instead of the challenge';
  const shown = body.includes(token) ? 'a body holding the token' : `'${body.slice(0, 40)}'`;
  return `the right token got ${shown} instead of the challenge`;
}

/** Belt and braces: a server may echo the token in an error message that ends up in a summary. */
function scrub(outcome: CheckOutcome, token: string): CheckOutcome {
  if (token.length < 4) return outcome;
  const forms = [token, JSON.stringify(token).slice(1, -1), encodeURIComponent(token)];
  let text = JSON.stringify(outcome);
  for (const form of forms) text = text.split(form).join('[token]');
  return JSON.parse(text) as CheckOutcome;
}
