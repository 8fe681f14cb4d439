import { randomBytes } from 'node:crypto';
import { METHODS, requestParamProblems, timeoutOf } from '../net/http-options.js';
import { prepareRequest, type PreparedRequest } from '../net/prepared-request.js';
import { displayUrl, headerValues, request, type HeaderList } from '../net/request.js';
import { joinPath, targetParams, type TargetParams } from '../net/target-url.js';
import { transportOutcome } from '../net/transport-outcome.js';
import { strictObject } from '../params.js';
import { defineKind, type CheckContext, type CheckOutcome, type ParamProblem } from '../types.js';
import { listSome } from '../wording.js';
import { accepts, describeAnswer, disallowedProblems, type CorsAnswer } from './cors-verdict.js';
import { webRequestParams, type WebRequestParams, webTransportProblem } from './web-target.js';

interface Params extends TargetParams, WebRequestParams {
  'probe-origin'?: string;
  method?: (typeof METHODS)[number];
  'request-headers'?: string[];
  'allowed-origins'?: string[];
  'allow-wildcard'?: boolean;
  'simple-request'?: boolean;
  paths?: string[];
}

const ORIGIN = { type: 'string', minLength: 1, pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+$' };

export const cors = defineKind<Params>({
  kind: 'http.cors',
  description:
    'CORS lets in only the origins it should: a preflight (OPTIONS) from an origin that must not be allowed ' +
    "gets no Access-Control-Allow-Origin echoing it, no '*' (unless allow-wildcard) and never '*' with " +
    'credentials; each of allowed-origins is accepted. Stricter than Mozilla HTTP Observatory, which fails only ' +
    'an echo with credentials.',
  scope: 'target',
  params: strictObject({
    ...targetParams,
    ...webRequestParams,
    'probe-origin': {
      ...ORIGIN,
      description:
        'The origin that must not be allowed (default a random https://preflight-probe-<random>.invalid).',
    },
    method: {
      enum: [...METHODS],
      description: 'Access-Control-Request-Method of the preflight (default GET).',
    },
    'request-headers': {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
      description:
        'Access-Control-Request-Headers of the preflight, for example [authorization, content-type].',
    },
    'allowed-origins': {
      type: 'array',
      minItems: 1,
      items: ORIGIN,
      description: "Origins that must be accepted: their preflight answers 2xx with the origin or '*'.",
    },
    'allow-wildcard': {
      type: 'boolean',
      description:
        "Accept Access-Control-Allow-Origin: '*' for the probe origin (a public API); default false.",
    },
    paths: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      items: { type: 'string', minLength: 1, pattern: '^/' },
      description:
        "Paths probed, each joined onto the target's URL (with 'path', if given), for example ['/', '/health', '/api']: an API often answers CORS on its own routes only (default: the URL alone).",
    },
    'simple-request': {
      type: 'boolean',
      description:
        'Also send a plain GET with the probe origin, since many servers add CORS headers only to real requests (default true).',
    },
  }),
  validate(p) {
    const problems: ParamProblem[] = [...requestParamProblems(p)];
    const check = (value: string | undefined, path: Array<string | number>) => {
      if (value === undefined) return;
      const problem = originProblem(value);
      if (problem) problems.push({ path, message: problem });
    };
    check(p['probe-origin'], ['probe-origin']);
    (p['allowed-origins'] ?? []).forEach((o, i) => check(o, ['allowed-origins', i]));
    if (p['probe-origin'] !== undefined && (p['allowed-origins'] ?? []).includes(p['probe-origin'])) {
      problems.push({ path: ['probe-origin'], message: 'is also listed in allowed-origins' });
    }
    return problems;
  },
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx, webTransportProblem);
    if (!prepared.ok) return prepared.outcome;
    if (!p.paths) return probeOne(p, prepared.value, ctx);
    const outcomes: Array<{ url: string; outcome: CheckOutcome }> = [];
    for (const extra of p.paths) {
      const url = joinPath(prepared.value.url, extra);
      const at = { ...prepared.value, url, shown: displayUrl(url) };
      outcomes.push({ url: at.shown, outcome: await probeOne(p, at, ctx) });
    }
    const evidence = { urls: Object.fromEntries(outcomes.map((o) => [o.url, o.outcome.evidence ?? {}])) };
    const worst = (['error', 'fail'] as const)
      .map((status) => outcomes.filter((o) => o.outcome.status === status))
      .find((list) => list.length > 0);
    if (worst) {
      const status = worst[0]?.outcome.status as 'error' | 'fail';
      const summary = listSome(
        worst.map((o) => `${o.url}: ${o.outcome.summary}`),
        2,
      );
      return { status, summary, evidence };
    }
    return {
      status: 'pass',
      summary: `${listSome(
        outcomes.map((o) => o.url),
        3,
      )}: ${outcomes[0]?.outcome.summary ?? ''}`,
      evidence,
    };
  },
});

async function probeOne(p: Params, prepared: PreparedRequest, ctx: CheckContext): Promise<CheckOutcome> {
  const url = prepared.shown;
  const probe = p['probe-origin'] ?? `https://preflight-probe-${randomBytes(6).toString('hex')}.invalid`;
  const ask = askWith(prepared, timeoutOf(p), p, ctx);

  const probeAnswers: CorsAnswer[] = [];
  const kinds: Array<CorsAnswer['request']> =
    p['simple-request'] === false ? ['preflight'] : ['preflight', 'get'];
  for (const kind of kinds) {
    const answer = await ask(probe, kind);
    if (!answer.ok) return answer.outcome(url);
    probeAnswers.push(answer.value);
  }
  const allowed: Record<string, unknown> = {};
  const refused: string[] = [];
  for (const origin of p['allowed-origins'] ?? []) {
    const answer = await ask(origin, 'preflight');
    if (!answer.ok) return answer.outcome(url);
    const ok = accepts(answer.value);
    if (!ok) refused.push(origin);
    allowed[origin] = { accepted: ok, ...describeAnswer(answer.value) };
  }

  const problems = disallowedProblems(probeAnswers, { allowWildcard: p['allow-wildcard'] });
  for (const origin of refused) problems.push(`allowed origin ${origin} is not accepted`);
  const evidence: Record<string, unknown> = {
    url,
    method: p.method ?? 'GET',
    probe: { origin: probe, answers: probeAnswers.map(describeAnswer) },
  };
  if (p['allowed-origins']) evidence.allowed = allowed;
  if (problems.length > 0) return { status: 'fail', summary: listSome(problems, 3), evidence };
  const n = p['allowed-origins']?.length ?? 0;
  return {
    status: 'pass',
    summary: `a foreign origin is not allowed${n > 0 ? `; ${n === 1 ? 'the allowed origin is' : `all ${n} allowed origins are`} accepted` : ''}`,
    evidence,
  };
}

type Asked = { ok: true; value: CorsAnswer } | { ok: false; outcome: (url: string) => CheckOutcome };

function askWith(
  { url, headers: extra, ca }: PreparedRequest,
  timeoutMs: number,
  p: Params,
  ctx: CheckContext,
) {
  return async (origin: string, kind: CorsAnswer['request']): Promise<Asked> => {
    const headers: HeaderList = [...extra, ['origin', origin]];
    if (kind === 'preflight') {
      headers.push(['access-control-request-method', p.method ?? 'GET']);
      if (p['request-headers']) {
        headers.push(['access-control-request-headers', p['request-headers'].join(',').toLowerCase()]);
      }
    }
    const result = await request(url, {
      method: kind === 'preflight' ? 'OPTIONS' : 'GET',
      headers,
      timeoutMs,
      maxBodyBytes: 64 * 1024,
      followRedirects: 0,
      ca,
      signal: ctx.signal,
      proxy: ctx.proxy,
    });
    if (!result.ok) return { ok: false, outcome: (shown) => transportOutcome(result, shown) };
    return {
      ok: true,
      value: {
        origin,
        request: kind,
        status: result.status,
        acao: headerValues(result.headers, 'access-control-allow-origin'),
        acac: headerValues(result.headers, 'access-control-allow-credentials'),
      },
    };
  };
}

/** Why a string is not a serialized origin (scheme://host[:port], lower case, no path), if it is not. */
export function originProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an origin such as https://app.example.com';
  }
  if (url.origin === 'null') return 'is not an origin with a host, such as https://app.example.com';
  if (url.origin !== value) return `is not written as an origin: use '${url.origin}'`;
  return undefined;
}
