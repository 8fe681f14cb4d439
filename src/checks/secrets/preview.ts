import { createHash } from 'node:crypto';
import type { SecretRule } from './rules.js';

/** A short, stable identity of a secret (12 hex of a SHA-256 over rule and value): safe to print and list. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}:${secret}`).digest('hex').slice(0, 12);
}

/**
 * What a person may see of a secret: the rule's fixed prefix (never more than 4 characters of the value
 * itself) and its length, as in `AKIA…(20 chars)`.
 */
export function preview(rule: SecretRule, secret: string): string {
  const prefix = rule.prefix && secret.startsWith(rule.prefix) ? rule.prefix : '';
  const shown = prefix !== '' ? prefix : secret.length >= 16 ? secret.slice(0, 2) : '';
  return `${shown}…(${secret.length} chars)`;
}
