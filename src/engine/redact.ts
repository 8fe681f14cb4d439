import type { CheckOutcome } from '../checks/types.js';

/** Names of environment variables whose values are treated as secrets. */
const SECRET_NAME =
  /SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|AUTH|COOKIE|SESSION|DATABASE_URL|DSN/i;
/** Values read from a secret-looking name shorter than this are not treated as secrets (`AUTH=1`). */
const MIN_SECRET_LENGTH = 6;
/** Values declared secret (header-from-env, env policy, tokens, found secrets) are scrubbed from this length. */
export const MIN_DECLARED_LENGTH = 4;
/** A cut-off piece of a secret at the edge of a shortened text is scrubbed from this many characters. */
const MIN_EDGE_OVERLAP = 4;

export interface Secret {
  name: string;
  value: string;
}

/** The secret-looking values of an environment, longest first (so a value containing another is cut whole). */
export function secretsOf(env: Readonly<Record<string, string | undefined>>): Secret[] {
  return Object.entries(env)
    .filter(
      (e): e is [string, string] =>
        typeof e[1] === 'string' && e[1].length >= MIN_SECRET_LENGTH && SECRET_NAME.test(e[0]),
    )
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => b.value.length - a.value.length);
}

/** Whether a name (a variable, a query parameter, a header) says its value is a secret. */
export function looksSecretName(name: string): boolean {
  return SECRET_NAME.test(name) || /(^|[-_.])(sig|signature|key|code|jwt|pass|pwd|hash)$/i.test(name);
}

/**
 * Every form a secret may take in text Preflight writes: as it is, URL-encoded (`%XX` and form `+`),
 * JSON-escaped, hexadecimal (lower and upper case, as a digest or a hex dump prints bytes), and base64 /
 * base64url at each of the three alignments inside a longer base64 text (so `Authorization: Basic …` of
 * `user:secret` is caught too).
 */
export function secretForms(value: string): string[] {
  const forms = new Set<string>([value]);
  forms.add(encodeURIComponent(value));
  forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1));
  const bytes = Buffer.from(value, 'utf8');
  forms.add(bytes.toString('hex'));
  forms.add(bytes.toString('hex').toUpperCase());
  for (let k = 0; k < 3; k += 1) {
    const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const from = Math.ceil((k * 8) / 6);
    const to = Math.floor(((k + bytes.length) * 8) / 6);
    const core = b64.slice(from, to);
    if (core.length >= MIN_DECLARED_LENGTH) {
      forms.add(core);
      forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms].filter((f) => f.length >= Math.min(MIN_DECLARED_LENGTH, value.length));
}

/**
 * The secrets of one run and how to scrub them from any text. Values are added as they become known (the
 * environment at the start, what checks declare while they run); scrubbing replaces every form of every
 * value with `[redacted NAME]`, longest first, and a piece of one cut off at the edge of a shortened text.
 */
export class SecretSet {
  private readonly forms = new Map<string, string>();
  private sorted: Array<[string, string]> | undefined;

  constructor(initial: readonly Secret[] = []) {
    for (const s of initial) this.add(s.name, s.value);
  }

  add(name: string, value: string): void {
    if (value.length < MIN_DECLARED_LENGTH) return;
    for (const form of secretForms(value)) if (!this.forms.has(form)) this.forms.set(form, name);
    this.sorted = undefined;
  }

  get size(): number {
    return this.forms.size;
  }

  scrub(text: string): string {
    if (this.forms.size === 0 || text === '') return text;
    this.sorted ??= [...this.forms].sort((a, b) => b[0].length - a[0].length);
    let out = text;
    for (const [form, name] of this.sorted) {
      if (out.includes(form)) out = out.split(form).join(`[redacted ${name}]`);
    }
    return this.scrubEdges(out);
  }

  /** A shortened text (ending or starting with an ellipsis) may hold a secret's first or last characters. */
  private scrubEdges(text: string): string {
    const tail = /(\.\.\.|…)$/.exec(text);
    const head = /^(\.\.\.|…)/.exec(text);
    if (!tail && !head) return text;
    let out = text;
    for (const [form, name] of this.sorted ?? []) {
      if (form.length <= MIN_EDGE_OVERLAP) continue;
      if (tail) {
        const body = out.slice(0, out.length - (tail[0] as string).length);
        for (let n = Math.min(form.length - 1, body.length); n >= MIN_EDGE_OVERLAP; n -= 1) {
          if (body.endsWith(form.slice(0, n))) {
            out = `${body.slice(0, body.length - n)}[redacted ${name}]${tail[0]}`;
            break;
          }
        }
      }
      if (head) {
        const body = out.slice((head[0] as string).length);
        for (let n = Math.min(form.length - 1, body.length); n >= MIN_EDGE_OVERLAP; n -= 1) {
          if (body.startsWith(form.slice(form.length - n))) {
            out = `${head[0]}[redacted ${name}]${body.slice(n)}`;
            break;
          }
        }
      }
    }
    return out;
  }

  /** Every string inside a JSON-like value, keys included, scrubbed. */
  scrubDeep<T>(value: T): T {
    if (this.forms.size === 0) return value;
    return this.deep(value) as T;
  }

  private deep(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((v) => this.deep(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.scrub(k), this.deep(v)]));
    }
    return value;
  }
}

/**
 * Replaces every form of every secret in the outcome's text (summary, evidence, findings). The status is
 * Preflight's own word (`pass`, `fail`, `error`, `skipped`), never text from outside: it is kept as it is,
 * so a secret that happens to equal one of those words cannot change the verdict.
 */
export function redactOutcome(outcome: CheckOutcome, secrets: SecretSet): CheckOutcome {
  return { ...secrets.scrubDeep(outcome), status: outcome.status };
}
