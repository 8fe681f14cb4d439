import type { CheckOutcome } from '../checks/types.js';

/** Names of environment variables whose values are treated as secrets. */
const SECRET_NAME =
  /SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|AUTH|COOKIE|SESSION|DATABASE_URL|DSN/i;
const MIN_SECRET_LENGTH = 6;

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

/** Replaces every occurrence of a secret value in the outcome's text (summary, evidence, findings). */
export function redactOutcome(outcome: CheckOutcome, secrets: readonly Secret[]): CheckOutcome {
  if (secrets.length === 0) return outcome;
  return redactValue(outcome, secrets) as CheckOutcome;
}

function redactValue(value: unknown, secrets: readonly Secret[]): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const s of secrets) if (out.includes(s.value)) out = out.split(s.value).join(`[redacted ${s.name}]`);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets)]));
  }
  return value;
}
