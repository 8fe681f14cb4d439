import { createHash } from 'node:crypto';
import type { SecretRule } from './rules.js';

/**
 * Secrets shorter than this get no stable fingerprint: a plain hash of a short value can be reversed by
 * trying every value. Allow them by path or with the inline ignore comment instead.
 */
export const MIN_FINGERPRINT_LENGTH = 16;

/**
 * A short, stable identity of a secret (12 hex of a SHA-256 over rule and value), safe to print and list,
 * so the allowlist can name it; `undefined` for a secret too short to be safe behind a plain hash.
 */
export function fingerprint(ruleId: string, secret: string): string | undefined {
  if (secret.length < MIN_FINGERPRINT_LENGTH) return undefined;
  return createHash('sha256').update(`${ruleId}:${secret}`).digest('hex').slice(0, 12);
}

/**
 * What a person may see of a secret: the rule's fixed, public prefix (such as `AKIA` or `ghp_`, the same for
 * every key of the provider) and its length, as in `AKIA…(20 chars)`; no character of the secret part.
 */
export function preview(rule: SecretRule, secret: string): string {
  if (rule.binary) return 'binary file';
  const prefix = rule.prefix && secret.startsWith(rule.prefix) ? rule.prefix : '';
  return `${prefix}…(${secret.length} chars)`;
}
