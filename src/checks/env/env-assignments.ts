import { secretName } from '../container/secret-names.js';
import type { AssignedValue } from '../../scan/jobs.js';

const ASSIGNED = /\bprocess\.env\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\?\?=|\|\|=|=(?!=))\s*(['"`])([^'"`\n]*)\2/g;

/**
 * Literal values a file's code assigns to `process.env` (defaults the service gives itself when a variable
 * is unset), with 1-based line and column. A secret written into code is a hardcoded secret (repo.secrets),
 * not a deployment's value: secret-named variables are left out, so their values go nowhere. Pure.
 */
export function envAssignments(text: string): AssignedValue[] {
  if (!text.includes('process.env.')) return [];
  const out: AssignedValue[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const m of text.matchAll(ASSIGNED)) {
    const name = m[1] as string;
    if (secretName(name)) continue;
    for (; at < m.index; at += 1) {
      if (text.charCodeAt(at) === 10) {
        line += 1;
        lineStart = at + 1;
      }
    }
    out.push({ name, value: m[3] as string, line, col: m.index - lineStart + 1 });
  }
  return out;
}
