import { parsePath } from '../repo/value.js';
import { regexProblems, regexString, strictObject } from '../params.js';
import { defineKind, type CheckOutcome, type ParamProblem } from '../types.js';
import {
  caFileParam,
  maxBodyParam,
  MAX_REDIRECTS,
  redirectsOf,
  requestParamProblems,
  requestParams,
  sizeOf,
  timeoutOf,
  type RequestParams,
} from './http-options.js';
import { prepareRequest } from './prepared-request.js';
import { headerValues, request } from './request.js';
import { cut } from '../../definition/diagnostic.js';
import { judgeResponse, type ResponseExpectations } from './response-verdict.js';
import { statusProblems, statusSchema } from './status-set.js';
import { targetParams, type TargetParams } from './target-url.js';
import { transportOutcome } from './transport-outcome.js';

interface Params extends TargetParams, RequestParams, ResponseExpectations {
  body?: string;
  'follow-redirects'?: boolean | number;
  'max-body'?: string | number;
  'ca-file'?: string;
}

const oneOrMore = (description: string) => ({
  type: ['string', 'array'],
  minLength: 1,
  minItems: 1,
  items: { type: 'string', minLength: 1 },
  description,
});

export const httpResponse = defineKind<Params>({
  kind: 'http.response',
  description:
    'An HTTP request to the target answers as expected: status, body text or pattern, JSON values, headers present or absent (for example /health answers 200 with {"status":"ok"}).',
  scope: 'target',
  params: strictObject({
    ...targetParams,
    ...requestParams,
    body: { type: 'string', description: 'A request body to send (with POST, PUT or PATCH).' },
    status: statusSchema('Accepted status codes; default 2xx.'),
    contains: oneOrMore('Text the body must contain (each of a list).'),
    'not-contains': oneOrMore('Text the body must not contain, for example a stack trace marker.'),
    matches: regexString('The body must match this.'),
    json: {
      type: 'object',
      minProperties: 1,
      description:
        'The body is JSON and the value at each path equals the one given: { "status": "ok", "checks.db": "up", "items[0].id": 1 }.',
    },
    'json-matches': {
      type: 'object',
      minProperties: 1,
      additionalProperties: { type: 'string', minLength: 1 },
      description: 'The body is JSON and the value at each path (as text) matches the regular expression.',
    },
    'expect-headers': {
      type: 'object',
      minProperties: 1,
      additionalProperties: { type: 'string' },
      description:
        'Response headers that must be present, name: regular expression the value must match (case-insensitive; "" for any value).',
    },
    'forbid-headers': {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description: 'Response headers that must be absent, for example X-Powered-By.',
    },
    'follow-redirects': {
      type: ['boolean', 'integer'],
      minimum: 0,
      maximum: 50,
      description: `Follow redirects: false (default: the first answer is judged, as curl -f does), true (at most ${MAX_REDIRECTS}), or the most to follow.`,
    },
    'max-body': maxBodyParam,
    'ca-file': caFileParam,
  }),
  validate(p) {
    const problems: ParamProblem[] = [
      ...requestParamProblems(p),
      ...statusProblems(p.status, 'status'),
      ...regexProblems([
        { path: ['matches'], source: p.matches },
        ...Object.entries(p['expect-headers'] ?? {}).map(([k, v]) => ({
          path: ['expect-headers', k],
          source: v,
        })),
        ...Object.entries(p['json-matches'] ?? {}).map(([k, v]) => ({
          path: ['json-matches', k],
          source: v,
        })),
      ]),
    ];
    for (const key of ['json', 'json-matches'] as const) {
      for (const path of Object.keys(p[key] ?? {})) {
        if (parsePath(path) === undefined) {
          problems.push({
            path: [key, path],
            message: `is not a valid path: use keys separated by '.', and [n] for list entries`,
          });
        }
      }
    }
    if (p.body !== undefined && (p.method ?? 'GET') === 'GET') {
      problems.push({ path: ['body'], message: 'needs a method that sends a body (POST, PUT or PATCH)' });
    }
    return problems;
  },
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx);
    if (!prepared.ok) return prepared.outcome;
    const { url, shown, headers, ca } = prepared.value;
    const result = await request(url, {
      method: p.method,
      headers,
      body: p.body,
      timeoutMs: timeoutOf(p),
      maxBodyBytes: sizeOf(p['max-body']),
      followRedirects: redirectsOf(p['follow-redirects'] ?? false),
      ca,
      signal: ctx.signal,
      proxy: ctx.proxy,
    });
    if (!result.ok) return transportOutcome(result, shown);
    const outcome = judgeResponse(p, result, shown, ctx.scrub);
    const location = headerValues(result.headers, 'location')[0];
    if (outcome.status === 'fail' && result.status >= 300 && result.status < 400 && location !== undefined) {
      // A health check that redirects (often to a login or a 404 page) is not healthy; say where it went.
      let where: string;
      try {
        where = new URL(location, url).href;
      } catch {
        where = location;
      }
      const to = cut((ctx.scrub ?? ((t: string) => t))(where), 120);
      outcome.summary += ` (a redirect to ${to}; set follow-redirects: true to follow it)`;
    }
    return outcome;
  },
});
