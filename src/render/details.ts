import type { ItemResult } from '../engine/report.js';

/** An item's findings and evidence as plain text, cut to `max` characters: the body of a details block. */
export function detailsText(item: Pick<ItemResult, 'findings' | 'evidence'>, max: number): string {
  const lines: string[] = [];
  for (const f of item.findings.slice(0, 20)) {
    const where = f.line ? `${f.file}:${f.line}${f.col ? `:${f.col}` : ''}` : f.file;
    lines.push(`${where}  ${f.message}`);
  }
  if (item.findings.length > 20) lines.push(`… and ${item.findings.length - 20} more`);
  let body = lines.join('\n');
  if (item.evidence) body += `${body ? '\n\n' : ''}${JSON.stringify(item.evidence, null, 2)}`;
  if (body.length > max) body = `${body.slice(0, max)}\n… (cut; the JSON report has everything)`;
  return body;
}
