import { effectiveSources, parseCsp, type Policy } from './csp-parse.js';
import { fail, pass, type SubTest } from './subtest.js';

/**
 * Whether a Content-Security-Policy protects against script injection, with Mozilla HTTP Observatory's
 * pass/fail rules: a policy must exist (Report-Only does not count); scripts (script-src, else default-src)
 * may not allow 'unsafe-inline', data: or any host (`*`, `https:`, ...); plugins (object-src, else
 * default-src) may not allow any host; neither scripts nor styles may allow 'unsafe-eval'; an HTTPS page may
 * not allow http: or ftp: sources except for images and media. A nonce or hash makes browsers ignore
 * 'unsafe-inline'; 'strict-dynamic' (which needs a nonce or hash) makes them ignore host sources and 'self'.
 * When several policies are enforced, something is allowed only if every policy allows it.
 */
export interface CspOptions {
  /** Tolerate 'unsafe-inline' for scripts (laxer than Observatory). */
  allowUnsafeInline?: boolean;
  /** Tolerate 'unsafe-eval' (laxer than Observatory). */
  allowUnsafeEval?: boolean;
}

export interface CspInput {
  header: string[];
  /** Values of `<meta http-equiv="Content-Security-Policy">` in an HTML page. */
  meta?: string[];
  reportOnly?: string[];
  https: boolean;
}

const BROAD = ['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*'];
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const PASSIVE = new Set(['img-src', 'media-src']);

interface Problem {
  key: string;
  text: string;
}

export function judgeCsp(input: CspInput, options: CspOptions = {}): SubTest {
  const meta = input.meta ?? [];
  const seen = [...input.header, ...meta.map((m) => `<meta> ${m}`)];
  const parsed = parseCsp(input.header, meta);
  if (!parsed.ok) return fail(`invalid: ${parsed.problem}`, seen);
  if (parsed.policies.length === 0) {
    const reportOnly = (input.reportOnly ?? []).length > 0;
    return fail(reportOnly ? 'missing (only Content-Security-Policy-Report-Only is set)' : 'missing', seen);
  }
  const perPolicy = parsed.policies.map((p) => policyProblems(p, input.https, options));
  // Something is allowed only if every enforced policy allows it.
  const effective = (perPolicy[0] as Problem[]).filter((p) =>
    perPolicy.every((list) => list.some((q) => q.key === p.key)),
  );
  const invalid = perPolicy.flat().find((p) => p.key === 'invalid');
  if (invalid) return fail(`invalid: ${invalid.text}`, seen);
  if (effective.length > 0) return fail(effective.map((p) => p.text).join('; '), seen);
  return pass(
    parsed.policies.length === 1
      ? 'scripts are restricted'
      : `${parsed.policies.length} policies restrict scripts`,
    seen,
  );
}

/** What one policy lets through that Observatory fails. */
function policyProblems(policy: Policy, https: boolean, options: CspOptions = {}): Problem[] {
  const out: Problem[] = [];
  const script = [...(effectiveSources(policy, 'script-src') ?? ['*'])];
  const style = [...(effectiveSources(policy, 'style-src') ?? ['*'])];
  const object = effectiveSources(policy, 'object-src') ?? ['*'];
  const scriptDeclared = effectiveSources(policy, 'script-src') !== undefined;
  const objectDeclared = effectiveSources(policy, 'object-src') !== undefined;

  let scripts = hasNonceOrHash(script) ? script.filter((s) => s !== "'unsafe-inline'") : script;
  const styles = hasNonceOrHash(style) ? style.filter((s) => s !== "'unsafe-inline'") : style;
  if (scripts.includes("'strict-dynamic'")) {
    if (!hasNonceOrHash(scripts)) {
      out.push({ key: 'invalid', text: "'strict-dynamic' without a nonce or hash" });
    } else {
      scripts = scripts.filter((s) => !isBroad(s, true) && s !== "'self'" && s !== "'unsafe-inline'");
    }
  }

  if (!options.allowUnsafeInline && scripts.includes("'unsafe-inline'")) {
    out.push({ key: 'unsafe-inline', text: "scripts allow 'unsafe-inline'" });
  }
  if (scripts.includes('data:')) out.push({ key: 'data', text: 'scripts allow data: URLs' });
  const broadScript = scripts.filter((s) => isBroad(s));
  if (broadScript.length > 0) {
    out.push({
      key: 'broad-script',
      text: scriptDeclared
        ? `scripts allow any host (${broadScript.join(' ')})`
        : 'no script-src or default-src: scripts may load from anywhere',
    });
  }
  const broadObject = object.filter((s) => isBroad(s));
  if (broadObject.length > 0) {
    out.push({
      key: 'broad-object',
      text: objectDeclared
        ? `object-src allows any host (${broadObject.join(' ')})`
        : "no object-src or default-src: plugins may load from anywhere (add object-src 'none')",
    });
  }
  if (https) {
    const active = [...policy]
      .filter(([name]) => !PASSIVE.has(name) && name !== 'script-src')
      .flatMap(([, sources]) => sources)
      .concat(scripts);
    const insecure = active.filter((s) => s.startsWith('http:') || s.startsWith('ftp:'));
    if (insecure.length > 0) {
      out.push({
        key: 'insecure',
        text: `an HTTPS page allows insecure sources (${unique(insecure).join(' ')})`,
      });
    }
  }
  if (!options.allowUnsafeEval && (scripts.includes("'unsafe-eval'") || styles.includes("'unsafe-eval'"))) {
    out.push({ key: 'unsafe-eval', text: "allows 'unsafe-eval'" });
  }
  return out;
}

/** frame-ancestors of the header policies that parse, or undefined when none sets it. */
export function frameAncestors(headerValues: string[]): string[] | undefined {
  const parsed = parseCsp(headerValues);
  if (!parsed.ok) return undefined;
  const lists = parsed.policies.map((p) => p.get('frame-ancestors')).filter((l) => l !== undefined);
  return lists.length === 0 ? undefined : lists.flat();
}

/** Whether a policy carries `upgrade-insecure-requests` (browsers then fetch http:// subresources over https). */
export function upgradesInsecureRequests(headerValues: string[], metaValues: string[] = []): boolean {
  const parsed = parseCsp(headerValues, metaValues);
  return parsed.ok && parsed.policies.some((p) => p.has('upgrade-insecure-requests'));
}

function hasNonceOrHash(sources: string[]): boolean {
  return sources.some((s) => NONCE_OR_HASH.some((prefix) => s.startsWith(prefix)));
}

/** `prefix`: also sources that merely start with a broad one (how 'strict-dynamic' drops host sources). */
export function isBroad(source: string, prefix = false): boolean {
  return prefix ? BROAD.some((b) => source.startsWith(b)) : BROAD.includes(source);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
