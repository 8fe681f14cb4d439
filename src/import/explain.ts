import type { Explanation } from './convert.js';

/** C0 and C1 control characters: a terminal would act on them. */
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

/** Collapses whitespace and cuts long text, so one item is one line of the explanation. */
const short = (s: string, max: number) => {
  const one = [...s.replace(/\s+/g, ' ')]
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join('')
    .trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** Parameters of a check besides its kind and target, as `key=value` words. */
function params(check: Explanation['checks'][number]['check']): string {
  return Object.entries(check)
    .filter(([k]) => k !== 'kind' && k !== 'target')
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
}

/**
 * `preflight import --explain`: for each Markdown item, in the file's order, its line, the check(s) it
 * became with the rule and the words that chose it, or "manual" and why.
 */
export function explainText(items: Explanation[]): string {
  const out: string[] = [];
  let section: string | undefined;
  for (const e of [...items].sort((a, b) => a.line - b.line)) {
    if (e.section !== section) {
      section = e.section;
      out.push(`## ${short(section, 100)}`);
    }
    out.push(`line ${e.line}: ${short(e.title, 100)}`);
    if (e.checks.length === 0) {
      out.push(`  manual${e.manual ? `: ${e.manual}` : ' (no rule matched)'}`);
      continue;
    }
    for (const c of e.checks) {
      const p = params(c.check);
      out.push(`  → ${c.kind}${p ? ` ${short(p, 160)}` : ''}`);
      out.push(`    rule ${c.rule}, matched ${c.matched.map((m) => `"${short(m, 60)}"`).join(', ')}`);
      if (c.note) out.push(`    guessed: ${short(c.note, 200)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
