import type { ItemFacts, Rule } from './types.js';

const VAR = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{3,}$/;
const SECRET = /SECRET|PASSWORD|TOKEN|_KEY$|API_KEY/;
const ASSIGN = /^([A-Z][A-Z0-9_]*)=(\S+)$/;

/** Environment variable names the item names in code spans (`JWT_SECRET`, `NODE_ENV=production`). */
function variablesOf(item: ItemFacts): string[] {
  const out: string[] = [];
  for (const code of item.code) {
    const name = ASSIGN.exec(code.trim())?.[1] ?? (VAR.test(code.trim()) ? code.trim() : undefined);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

const policy = (variables: Record<string, Record<string, unknown>>) => ({ kind: 'env.policy', variables });

/**
 * Environment items: a variable set, equal to a value, of a length, not a placeholder, different from another.
 * Items about what a value should mean (a redirect URI "updated", a secret "matches backend") stay manual.
 */
export const environment: Rule = (item) => {
  const t = item.text;
  let names = variablesOf(item);
  let note: string | undefined;
  if (names.length === 0 && /\bjwt secret\b/.test(t) && /\d+\+? characters|generated|strong/.test(t)) {
    names = ['JWT_SECRET'];
    note = 'guessed: the variable is JWT_SECRET';
  }
  if (names.length === 0) return undefined;
  const first = names[0] as string;
  const assign = item.code.map((c) => ASSIGN.exec(c.trim())).find((m) => m?.[1] === first);
  if (assign?.[2]) return { check: policy({ [first]: { equals: assign[2] } }) };

  const rule: Record<string, unknown> = {};
  const exact = /exactly (\d+) (characters|chars|bytes)/.exec(t);
  const min =
    /(?:minimum|at least|min\.?) (\d+) (characters|chars|bytes)|(\d+)\+ (characters|chars|bytes)/.exec(t);
  if (exact) rule['exact-bytes'] = Number(exact[1]);
  else if (min) rule['min-bytes'] = Number(min[1] ?? min[3]);
  const other = /different from (\w+)/.exec(t)?.[1]?.toUpperCase();
  if (other && VAR.test(other) && other !== first) rule['distinct-from'] = [other];
  if (/from (the )?default|secure|strong|generated/.test(t)) rule['not-placeholder'] = true;
  if (Object.keys(rule).length > 0) {
    return {
      check: policy({ [first]: rule }),
      note:
        exact || min
          ? note
            ? `${note}; characters are counted as bytes`
            : 'characters are counted as bytes'
          : note,
    };
  }
  if (/\bmatches\b/.test(t)) return undefined;
  if (/(updated|set) to production (\w+ )?url|updated$/.test(t) && /(URL|URI|ORIGIN)$/.test(first)) {
    return {
      check: policy(Object.fromEntries(names.map((n) => [n, { matches: '^https://' }]))),
      note: "guessed: a production URL is an https:// URL; use 'url-host' to name the host",
    };
  }
  if (/\b(set|configured|generated|defined|provided|secured)\b/.test(t)) {
    return {
      check: policy(
        Object.fromEntries(names.map((n) => [n, SECRET.test(n) ? { 'not-placeholder': true } : {}])),
      ),
      note: /if using|optional/.test(t)
        ? 'the source says "if using": make it optional if it does not apply'
        : note,
    };
  }
  return undefined;
};
