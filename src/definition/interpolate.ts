/** `${NAME}` and `${NAME:-default}` substitution from an environment. Pure. */

export type Interpolated =
  | { ok: true; value: string }
  /** `missing`: the variables that are not set, when that is the only problem. */
  | { ok: false; message: string; missing?: string[] };

const TOKEN = /\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `withheld` names variables the job has but this definition may not read (a checklist the pull request
 * wrote, under `definitions-from: head`): referring to one is an error that says so, never its value.
 */
export function interpolate(
  raw: string,
  env: Readonly<Record<string, string | undefined>>,
  withheld?: ReadonlySet<string>,
): Interpolated {
  const missing: string[] = [];
  const refused: string[] = [];
  let bad: string | undefined;
  const value = raw.replace(TOKEN, (_whole, inner: string) => {
    const sep = inner.indexOf(':-');
    const name = sep === -1 ? inner : inner.slice(0, sep);
    if (!NAME.test(name)) {
      bad ??= `'\${${inner}}' is not a variable reference: use \${NAME} or \${NAME:-default}`;
      return '';
    }
    if (withheld?.has(name)) {
      refused.push(name);
      return '';
    }
    const found = env[name];
    if (found !== undefined && found !== '') return found;
    if (sep !== -1) return inner.slice(sep + 2);
    missing.push(name);
    return '';
  });
  if (bad) return { ok: false, message: bad };
  if (refused.length > 0)
    return {
      ok: false,
      message: `${[...new Set(refused)].map((m) => `'${m}'`).join(', ')} ${refused.length === 1 ? 'is' : 'are'} withheld from a checklist read from the pull request's head (definitions-from: head): set the URL with the action's 'targets' input instead`,
    };
  if (value.includes('${')) return { ok: false, message: `unclosed '\${' in '${raw}'` };
  if (missing.length > 0) {
    const unset = [...new Set(missing)];
    const names = unset.map((m) => `'${m}'`);
    if (names.length === 1)
      return { ok: false, message: `environment variable ${names[0]} is not set`, missing: unset };
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return { ok: false, message: `environment variables ${list} are not set`, missing: unset };
  }
  return { ok: true, value };
}

/** The longest duration any `timeout` may ask for: one hour (timers beyond 2^31 ms would wrap to 1 ms). */
export const MAX_DURATION_MS = 3_600_000;

export function parseDuration(raw: string | number): number {
  if (typeof raw === 'number') return Math.round(raw * 1000);
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)$/.exec(raw);
  if (!m) throw new Error(`not a duration: ${raw}`);
  const n = Number(m[1]);
  return Math.round(m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000);
}

const LONG_UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A long duration (`30m`, `24h`, `7d`) in milliseconds. */
export function parseLongDuration(raw: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)(s|m|h|d)$/.exec(raw);
  if (!m) throw new Error(`not a duration: ${raw}`);
  return Math.round(Number(m[1]) * (LONG_UNITS[m[2] as string] as number));
}

/** A duration typed by a person (`30s`, `2m`, `500ms`, or bare seconds) in milliseconds; undefined if not one. */
export function durationFromText(raw: string): number | undefined {
  try {
    const ms = /^[0-9]+(\.[0-9]+)?$/.test(raw) ? parseDuration(Number(raw)) : parseDuration(raw);
    return ms > 0 && ms <= MAX_DURATION_MS ? ms : undefined;
  } catch {
    return undefined;
  }
}
