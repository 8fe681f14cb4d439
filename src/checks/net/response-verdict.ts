import { isDeepStrictEqual } from 'node:util';
import { dig, parsePath } from '../repo/value.js';
import type { CheckOutcome } from '../types.js';
import { roundMs } from './http-options.js';
import { headerValue, headerValues, type HttpSuccess } from './request.js';
import { statusSet, type StatusSpec } from './status-set.js';
import { compilePattern } from '../../util/pattern.js';

/** What `http.response` expects of an answer, and the verdict on one. Pure. */

export interface ResponseExpectations {
  status?: StatusSpec;
  contains?: string | string[];
  'not-contains'?: string | string[];
  matches?: string;
  json?: Record<string, unknown>;
  'json-matches'?: Record<string, string>;
  'expect-headers'?: Record<string, string>;
  'forbid-headers'?: string[];
}

/**
 * `scrub` removes the run's secrets from a text; previews are scrubbed before they are shortened, so a cut
 * cannot leave part of a secret.
 */
export function judgeResponse(
  e: ResponseExpectations,
  r: HttpSuccess,
  url: string,
  scrub: (text: string) => string = (t) => t,
): CheckOutcome {
  // A window a little longer than the preview, scrubbed whole, then cut: a large body is not scrubbed whole.
  const show = (s: string, max: number) => preview(scrub(s.replace(/\s+/g, ' ').slice(0, max + 4096)), max);
  const problems: string[] = [];
  const statuses = statusSet(e.status);
  if (!statuses.has(r.status)) problems.push(`status ${r.status}, expected ${statuses.text}`);

  for (const [name, pattern] of Object.entries(e['expect-headers'] ?? {})) {
    const value = headerValue(r.headers, name);
    if (value === undefined) problems.push(`header ${name} is missing`);
    else if (!compilePattern(pattern, { ignoreCase: true }).test(value)) {
      problems.push(`header ${name} is '${show(value, 60)}', which does not match /${pattern}/`);
    }
  }
  for (const name of e['forbid-headers'] ?? []) {
    if (headerValues(r.headers, name).length > 0) problems.push(`header ${name} is present but must not be`);
  }

  const text = r.body.toString('utf8');
  // A body cut at max-body is only a prefix. Text found in it is in the body, so `contains` holds and a
  // forbidden text found fails; everything else would judge a part as if it were the whole (a pattern
  // anchored at the end, JSON, a text that may come later), so it is not judged and fails saying so.
  const over = `the body exceeded max-body (${r.body.length} bytes)`;
  const notJudged = (what: string) => `${over}, so ${what} was not judged: raise max-body to judge it`;
  for (const needle of [e.contains ?? []].flat()) {
    if (text.includes(needle)) continue;
    problems.push(
      r.truncated
        ? `${over} and its first ${r.body.length} bytes do not contain '${show(needle, 40)}'`
        : `the body does not contain '${show(needle, 40)}'`,
    );
  }
  for (const needle of [e['not-contains'] ?? []].flat()) {
    if (text.includes(needle)) problems.push(`the body contains '${show(needle, 40)}'`);
    else if (r.truncated) problems.push(notJudged(`not-contains '${show(needle, 40)}'`));
  }
  if (e.matches !== undefined) {
    if (r.truncated) problems.push(notJudged(`matches /${e.matches}/`));
    else if (!compilePattern(e.matches).test(text)) problems.push(`the body does not match /${e.matches}/`);
  }

  const jsonValues: Record<string, unknown> = {};
  const wantsJson = e.json !== undefined || e['json-matches'] !== undefined;
  if (wantsJson) {
    const parsed = r.truncated ? { ok: false as const, message: notJudged('its JSON') } : parseJson(text);
    if (!parsed.ok) problems.push(parsed.message);
    else {
      for (const [p, expected] of Object.entries(e.json ?? {})) {
        const found = dig(parsed.value, parsePath(p) ?? []);
        if (found.present) jsonValues[p] = show(JSON.stringify(found.value) ?? 'undefined', 80);
        if (!found.present) problems.push(`JSON ${p} is missing`);
        else if (!isDeepStrictEqual(found.value, expected)) {
          problems.push(`JSON ${p} is ${jsonValues[p]}, expected ${show(JSON.stringify(expected), 80)}`);
        }
      }
      for (const [p, pattern] of Object.entries(e['json-matches'] ?? {})) {
        const found = dig(parsed.value, parsePath(p) ?? []);
        if (!found.present) {
          problems.push(`JSON ${p} is missing`);
          continue;
        }
        const asText = typeof found.value === 'string' ? found.value : JSON.stringify(found.value);
        jsonValues[p] = show(JSON.stringify(found.value) ?? 'undefined', 80);
        if (!compilePattern(pattern).test(asText ?? '')) {
          problems.push(`JSON ${p} is ${jsonValues[p]}, which does not match /${pattern}/`);
        }
      }
    }
  }

  const evidence: Record<string, unknown> = {
    url,
    status: r.status,
    finalUrl: r.finalUrl,
    timings: { totalMs: roundMs(r.timings.totalMs), firstByteMs: roundMs(r.timings.firstByteMs) },
    headers: headersOfInterest(r, e, show),
    bodyBytes: r.body.length,
    truncated: r.truncated,
  };
  if (r.truncated) evidence.bodyCut = `at max-body: only the first ${r.body.length} bytes were read`;
  if (r.chain.length > 1) evidence.chain = r.chain;
  if (Object.keys(jsonValues).length > 0) evidence.json = jsonValues;
  if (problems.length > 0) {
    evidence.problems = problems;
    evidence.bodyPreview = show(text, 200);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return { status: 'fail', summary: `${problems[0]}${more}`, evidence };
  }
  const ms = Math.round(r.timings.totalMs);
  const cutNote = r.truncated ? ` (body cut at max-body, ${r.body.length} bytes)` : '';
  return { status: 'pass', summary: `${r.status} from ${r.finalUrl} in ${ms} ms${cutNote}`, evidence };
}

function headersOfInterest(
  r: HttpSuccess,
  e: ResponseExpectations,
  show: (s: string, max: number) => string,
): Record<string, string> {
  const names = new Set(['content-type', 'location']);
  for (const n of Object.keys(e['expect-headers'] ?? {})) names.add(n.toLowerCase());
  for (const n of e['forbid-headers'] ?? []) names.add(n.toLowerCase());
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = headerValue(r.headers, n);
    if (v !== undefined) out[n] = show(v, 120);
  }
  return out;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, message: 'the body is not JSON' };
  }
}

export function preview(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
