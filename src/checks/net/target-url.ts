import { interpolate } from '../../definition/interpolate.js';
import type { CheckContext, CheckOutcome, JsonSchema } from '../types.js';

/** Where a target kind points: a definition target, an absolute URL, and a path joined onto either. */
export interface TargetParams {
  target?: string;
  url?: string;
  path?: string;
}

export type ResolvedTarget = { ok: true; url: URL } | { ok: false; outcome: CheckOutcome };

/** Schema fragment every target kind spreads into `strictObject` (which adds `target` itself). */
export const targetParams: Record<string, JsonSchema> = {
  url: {
    type: 'string',
    minLength: 1,
    description:
      "An absolute http(s) or ws(s) URL to probe instead of a definition target; '${NAME}' is read from the environment.",
  },
  path: {
    type: 'string',
    minLength: 1,
    description:
      "Joined onto the URL of the target (or of 'url'), for example '/health' or '/v1/status?full=1'.",
  },
};

const SCHEMES = ['http:', 'https:', 'ws:', 'wss:'];

/** Whether a parsed URL is one a target kind may probe: http(s) or ws(s). */
export function isProbeScheme(protocol: string): boolean {
  return SCHEMES.includes(protocol.toLowerCase());
}

/**
 * Why a `url` as written in a definition cannot be probed, if it cannot: checked at `validate` so that
 * `file:///etc/passwd`, `gopher://` or `data:` are refused at file:line:col before anything runs. A URL
 * built from `${NAME}` is checked as far as it is written (a literal scheme before the first `${`); the rest
 * is checked when the run resolves it. The message never repeats the URL (its query may hold a token).
 */
export function writtenUrlProblem(raw: string): string | undefined {
  const cut = raw.indexOf('${');
  const literal = (cut === -1 ? raw : raw.slice(0, cut)).trim();
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(literal)?.[1];
  if (scheme !== undefined && !isProbeScheme(`${scheme}:`)) {
    return `must be an http(s) or ws(s) URL, not ${scheme.toLowerCase().slice(0, 40)}`;
  }
  if (cut !== -1) return undefined;
  let url: URL;
  try {
    url = new URL(literal);
  } catch {
    return 'is not an absolute URL (such as https://example.com/health)';
  }
  if (!isProbeScheme(url.protocol)) {
    return `must be an http(s) or ws(s) URL, not ${url.protocol.replace(/:$/, '').slice(0, 40)}`;
  }
  if (url.hostname === '') return 'has no host';
  return undefined;
}

const error = (summary: string): ResolvedTarget => ({ ok: false, outcome: { status: 'error', summary } });

/**
 * The URL a target kind probes. `target` names a definition target; without it (and without `url`) the
 * checklist's only target is used. Problems (no such target, an empty value, a URL that is not http(s)
 * or ws(s)) come back as an `error` outcome, never as an exception.
 */
export function resolveTarget(
  params: TargetParams,
  ctx: Pick<CheckContext, 'targets' | 'env' | 'withheld'>,
): ResolvedTarget {
  let raw: string;
  let label: string;
  if (params.url !== undefined) {
    if (params.target !== undefined) return error("give either 'target' or 'url', not both");
    const r = params.url.includes('${')
      ? interpolate(params.url, ctx.env, ctx.withheld)
      : { ok: true as const, value: params.url };
    if (!r.ok) return error(`url: ${r.message}`);
    raw = r.value;
    label = 'url';
  } else {
    const names = Object.keys(ctx.targets);
    let name = params.target;
    if (name === undefined) {
      if (names.length === 0)
        return error("no target to probe: define one under 'targets:' or give 'url' in the check");
      if (names.length > 1) {
        return error(
          `the checklist defines ${names.length} targets (${names.join(', ')}): name one with 'target'`,
        );
      }
      name = names[0] as string;
    }
    const found = Object.hasOwn(ctx.targets, name) ? ctx.targets[name] : undefined;
    if (found === undefined) {
      const known = names.length > 0 ? `; defined: ${names.join(', ')}` : '';
      return error(`target '${name}' is not defined${known}`);
    }
    raw = found;
    label = `target '${name}'`;
  }
  if (raw.trim() === '') return error(`${label} is empty (is its environment variable set?)`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return error(`${label} is not an absolute URL: '${shorten(raw)}'`);
  }
  if (!isProbeScheme(url.protocol)) {
    return error(`${label} must be an http(s) or ws(s) URL, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.hostname === '') return error(`${label} has no host: '${shorten(raw)}'`);
  if (params.path !== undefined) url = joinPath(url, params.path);
  return { ok: true, url };
}

/** `https://h/v1` + `/health?x=1` → `https://h/v1/health?x=1`; the path's query is added to the base's. */
export function joinPath(base: URL, path: string): URL {
  const out = new URL(base.href);
  const hashAt = path.indexOf('#');
  const noHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = noHash.indexOf('?');
  const pathname = queryAt === -1 ? noHash : noHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : noHash.slice(queryAt + 1);
  if (pathname !== '') {
    out.pathname = `${out.pathname.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
  }
  if (query !== '') out.search = out.search === '' ? `?${query}` : `${out.search}&${query}`;
  out.hash = '';
  return out;
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
