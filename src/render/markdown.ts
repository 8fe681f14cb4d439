import type { ItemResult, Report } from '../engine/report.js';
import { countsLine } from './counts.js';
import { detailsText } from './details.js';
import { fenced, inlineText } from './escape.js';
import { STATE_HEADLINE, STATUS_ICON } from './labels.js';

export interface MarkdownOptions {
  /** Evidence blocks are cut to this many characters each. */
  maxEvidenceChars?: number;
}

/** The report as GitHub-flavoured Markdown: the job summary and `preflight check --format markdown`. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(
    `## ${STATUS_ICON[report.state === 'pass' ? 'pass' : report.state === 'fail' ? 'fail' : 'manual']} ${inlineText(report.checklist.title)}`,
  );
  out.push('');
  out.push(
    `**${STATE_HEADLINE[report.state]}** · ${countsLine(report.counts)} · ${(report.durationMs / 1000).toFixed(1)}s`,
  );
  for (const section of report.sections) {
    const items = report.items.filter((i) => i.section === section.id);
    if (items.length === 0) continue;
    out.push('', `### ${inlineText(section.title)}`, '', '| | Item | Result |', '| --- | --- | --- |');
    for (const item of items) out.push(row(item));
  }
  const detailed = report.items.filter(
    (i) => (i.status === 'fail' || i.status === 'error') && (i.evidence || i.findings.length > 0),
  );
  if (detailed.length > 0) {
    out.push('', '### Details');
    for (const item of detailed) out.push('', details(item, options.maxEvidenceChars ?? 4000));
  }
  out.push('');
  return out.join('\n');
}

function row(item: ItemResult): string {
  const optional = item.required ? '' : ' _(optional)_';
  const kind = item.kind ? ` <sub>${inlineText(item.kind)}</sub>` : '';
  return `| ${STATUS_ICON[item.status]} | ${inlineText(item.title)}${optional}${kind} | ${inlineText(item.summary)} |`;
}

function details(item: ItemResult, max: number): string {
  return `<details><summary>${STATUS_ICON[item.status]} ${inlineText(item.title)}</summary>\n\n${fenced(detailsText(item, max))}\n\n</details>`;
}
