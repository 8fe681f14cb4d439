import { readBounded } from '../../io/bounded-read.js';
import path from 'node:path';
import { durationSchema } from '../../definition/schema.js';
import { MAX_DURATION_MS, parseDuration } from '../../definition/interpolate.js';
import type { CheckContext, CheckOutcome, JsonSchema, ParamProblem } from '../types.js';
import type { HeaderList } from './request.js';

/** Parameter fragments and their readers, shared by the HTTP kinds. */

export const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BODY = 1024 * 1024;
export const MAX_REDIRECTS = 10;

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RequestParams {
  method?: (typeof METHODS)[number];
  headers?: Record<string, string>;
  'header-from-env'?: Record<string, string>;
  timeout?: string | number;
}

const HEADER_NAME = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";

export const requestParams: Record<string, JsonSchema> = {
  method: { enum: [...METHODS], description: 'The request method (default GET).' },
  headers: {
    type: 'object',
    propertyNames: { pattern: HEADER_NAME, 'x-hint': 'a header name uses letters, digits and -' },
    additionalProperties: { type: 'string' },
    description: 'Request headers, name: value. Values are sent as written (not read from the environment).',
  },
  'header-from-env': {
    type: 'object',
    propertyNames: { pattern: HEADER_NAME, 'x-hint': 'a header name uses letters, digits and -' },
    additionalProperties: {
      type: 'string',
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      'x-hint': 'an environment variable name uses letters, digits and _',
    },
    description:
      'Request headers whose values come from environment variables, name: VARIABLE (for example Authorization: API_AUTH_HEADER). The values never appear in results.',
  },
  timeout: { ...durationSchema, description: 'Per request (connect, headers and body); default 10s.' },
};

/** The most of a body any kind reads (`max-body` may ask for less): 64 MiB. */
export const MAX_BODY_LIMIT = 64 * 1024 * 1024;

export const maxBodyParam: JsonSchema = {
  type: ['integer', 'string'],
  minimum: 1,
  maximum: MAX_BODY_LIMIT,
  'x-max-bytes': MAX_BODY_LIMIT,
  pattern: '^[0-9]+(B|KB|MB|KiB|MiB)?$',
  'x-hint': 'a size is a number of bytes or a string such as "64KB" or "2MB", at most 64MiB',
  description: 'Read at most this much of the body (bytes, or "64KB", "2MB"); default 1MB, at most 64MiB.',
};

export const caFileParam: JsonSchema = {
  type: 'string',
  minLength: 1,
  description:
    'A PEM file of extra certificate authorities to trust (relative to the repository root), for a private CA.',
};

/** `ca-file` and `timeout`, for the kinds that take no other request parameter. */
export interface CaAndTimeout {
  'ca-file'?: string;
  timeout?: string | number;
}

/** The schema of CaAndTimeout; `timeout` says what it covers. */
export function caAndTimeoutParams(timeoutDescription: string): Record<string, JsonSchema> {
  return { 'ca-file': caFileParam, timeout: { ...durationSchema, description: timeoutDescription } };
}

/** Extra checks for the fragments above, after the schema passed. */
export function requestParamProblems(p: RequestParams & { 'ca-file'?: string }): ParamProblem[] {
  const out: ParamProblem[] = [];
  for (const name of Object.keys(p.headers ?? {})) {
    if (Object.keys(p['header-from-env'] ?? {}).some((n) => n.toLowerCase() === name.toLowerCase())) {
      out.push({ path: ['header-from-env', name], message: `is also set in 'headers': give it once` });
    }
  }
  const ca = p['ca-file'];
  if (ca !== undefined && (path.isAbsolute(ca) || ca.split(/[\\/]/).includes('..'))) {
    out.push({
      path: ['ca-file'],
      message: 'must stay inside the repository (a relative path without "..")',
    });
  }
  return out;
}

export function timeoutOf(p: { timeout?: string | number }, fallback = DEFAULT_TIMEOUT_MS): number {
  return p.timeout === undefined ? fallback : Math.min(parseDuration(p.timeout), MAX_DURATION_MS);
}

const UNITS: Record<string, number> = { B: 1, KB: 1000, MB: 1_000_000, KiB: 1024, MiB: 1024 * 1024 };

export function sizeOf(raw: string | number | undefined, fallback = DEFAULT_MAX_BODY): number {
  if (raw === undefined) return fallback;
  if (typeof raw === 'number') return Math.min(raw, MAX_BODY_LIMIT);
  const m = /^([0-9]+)(B|KB|MB|KiB|MiB)?$/.exec(raw);
  return m ? Math.min(Number(m[1]) * (UNITS[m[2] ?? 'B'] ?? 1), MAX_BODY_LIMIT) : fallback;
}

type Built<T> = { ok: true; value: T } | { ok: false; outcome: CheckOutcome };

/** The request headers: written ones, plus ones read from the environment (an unset variable is an error). */
export function buildHeaders(p: RequestParams, env: CheckContext['env']): Built<HeaderList> {
  const out: HeaderList = Object.entries(p.headers ?? {}).map(([n, v]) => [n.toLowerCase(), v]);
  for (const [name, variable] of Object.entries(p['header-from-env'] ?? {})) {
    const value = env[variable];
    if (value === undefined || value === '') {
      return {
        ok: false,
        outcome: {
          status: 'error',
          summary: `environment variable '${variable}' (for the ${name} header) is not set`,
        },
      };
    }
    if (/[\r\n]/.test(value)) {
      return {
        ok: false,
        outcome: { status: 'error', summary: `environment variable '${variable}' holds a line break` },
      };
    }
    out.push([name.toLowerCase(), value]);
  }
  return { ok: true, value: out };
}

/** The extra certificate authorities of `ca-file`, if given. */
export async function loadCaFile(
  p: { 'ca-file'?: string },
  ctx: Pick<CheckContext, 'repoDir'>,
): Promise<Built<string[] | undefined>> {
  const file = p['ca-file'];
  if (file === undefined) return { ok: true, value: undefined };
  // Bounded: a regular file inside the repository (a link only while it stays inside), at most 1 MiB.
  const read = await readBounded(ctx.repoDir, file, {
    maxBytes: 1024 * 1024,
    large: 'refuse',
    links: 'inside',
  });
  if (!read.ok) {
    return {
      ok: false,
      outcome: { status: 'error', summary: `ca-file ${file} cannot be read: ${read.message}` },
    };
  }
  const text = read.bytes.toString('utf8');
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pems.length === 0) {
    return { ok: false, outcome: { status: 'error', summary: `ca-file ${file} holds no PEM certificate` } };
  }
  return { ok: true, value: pems };
}

/** `follow-redirects`: true (default) follows up to 10, false none, a number that many. */
export function redirectsOf(raw: boolean | number | undefined): number {
  if (raw === undefined || raw === true) return MAX_REDIRECTS;
  if (raw === false) return 0;
  return raw;
}

export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
