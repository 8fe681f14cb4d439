import type { Checklist } from '../definition/model.js';
import { allItems } from '../definition/model.js';
import { looksSecretName, type Secret } from './redact.js';

/** A query value this long is scrubbed whatever its parameter is called: it is a token more often than not. */
const LONG_QUERY_VALUE = 20;

/**
 * The values a checklist names as secrets, read before anything runs so that no output can show them,
 * whichever check prints them: `header-from-env` and `token-env` variables, the variables of `env.policy`,
 * and the credentials and token-like query values of every target and `url`.
 */
export function declaredSecrets(
  checklist: Checklist,
  env: Readonly<Record<string, string | undefined>>,
): Secret[] {
  const out: Secret[] = [];
  const fromEnv = (name: unknown) => {
    if (typeof name !== 'string') return;
    const value = env[name];
    if (typeof value === 'string' && value !== '') out.push({ name, value });
  };
  for (const url of Object.values(checklist.targets)) out.push(...urlSecrets(url));
  for (const item of allItems(checklist)) {
    const p = item.check?.params;
    if (!p) continue;
    for (const variable of Object.values(asRecord(p['header-from-env']))) fromEnv(variable);
    fromEnv(p['token-env']);
    if (item.check?.kind === 'env.policy') {
      for (const [name, rule] of Object.entries(asRecord(p.variables)))
        if (secretRule(name, rule)) fromEnv(name);
    }
    if (typeof p.url === 'string') out.push(...urlSecrets(p.url));
  }
  return out;
}

/** A URL's user name and password, and its query values that look like tokens. */
export function urlSecrets(raw: string): Secret[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const out: Secret[] = [];
  if (url.password !== '') out.push({ name: 'URL password', value: decodeURIComponent(url.password) });
  if (url.username !== '' && url.password !== '')
    out.push({ name: 'URL user', value: decodeURIComponent(url.username) });
  // Most URLs have no query: their search parameters are not built at all.
  if (url.search === '') return out;
  for (const [name, value] of url.searchParams) {
    if (value === '') continue;
    if (looksSecretName(name) || value.length >= LONG_QUERY_VALUE)
      out.push({ name: `query ${name.slice(0, 40)}`, value });
  }
  return out;
}

/** An env.policy variable is a secret when its name says so or its rule asks for a key's strength. */
function secretRule(name: string, rule: unknown): boolean {
  const r = asRecord(rule);
  return (
    looksSecretName(name) ||
    r['min-bytes'] !== undefined ||
    r['exact-bytes'] !== undefined ||
    r['jwt-alg'] !== undefined ||
    r.secret === true
  );
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
