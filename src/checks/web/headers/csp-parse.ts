/**
 * Content-Security-Policy parsing (CSP Level 3), with the validity rules of Mozilla HTTP Observatory: a
 * policy shorter than a directive or a directive repeated inside one policy (other than report-uri and
 * report-to) makes the whole header invalid. Directive names and sources are compared in lower case.
 */

/** One policy: directive name → its sources, lower case, in order. */
export type Policy = Map<string, string[]>;

export type ParsedCsp = { ok: true; policies: Policy[] } | { ok: false; problem: string };

/** Directives a `<meta http-equiv>` policy may not carry; browsers drop them there. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];
const MAY_REPEAT = new Set(['report-uri', 'report-to']);
/** The shortest policy worth reading ("img-src" less one character, as Observatory counts). */
const SHORTEST = 6;

/**
 * Every enforced policy of a response: each header field may hold several policies separated by commas;
 * each `<meta http-equiv="Content-Security-Policy">` holds one, without the header-only directives.
 * A meta policy left empty by that is dropped.
 */
export function parseCsp(headerValues: string[], metaValues: string[] = []): ParsedCsp {
  const policies: Policy[] = [];
  for (const value of [...headerValues, ...metaValues]) {
    const clean = value.replace(/[\r\n]/g, '').trim();
    if (clean.length < SHORTEST) return { ok: false, problem: `policy too short: '${clean}'` };
  }
  for (const value of headerValues) {
    for (const serialized of value.split(',')) {
      if (serialized.trim() === '') continue;
      const parsed = parsePolicy(serialized);
      if (typeof parsed === 'string') return { ok: false, problem: parsed };
      policies.push(parsed);
    }
  }
  for (const value of metaValues) {
    const parsed = parsePolicy(value);
    if (typeof parsed === 'string') return { ok: false, problem: parsed };
    for (const name of HEADER_ONLY) parsed.delete(name);
    if (parsed.size > 0) policies.push(parsed);
  }
  return { ok: true, policies };
}

/** One serialized policy; a string is the reason it is invalid. */
function parsePolicy(serialized: string): Policy | string {
  const policy: Policy = new Map();
  for (const part of serialized.replace(/[\r\n]/g, '').split(';')) {
    const tokens = part
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
    const [first, ...sources] = tokens;
    if (first === undefined) continue;
    const name = first.toLowerCase();
    if (policy.has(name)) {
      if (MAY_REPEAT.has(name)) continue;
      return `the directive ${name} appears twice in one policy`;
    }
    const lower = sources.map((s) => s.toLowerCase());
    policy.set(name, lower.length === 0 && name.endsWith('-src') ? ["'none'"] : lower);
  }
  return policy;
}

/** The sources that govern `directive`: its own, else default-src's, else undefined (no restriction). */
export function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}
