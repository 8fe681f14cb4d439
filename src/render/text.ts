import type { ItemResult, ItemStatus, Report } from '../engine/report.js';
import { terminalLine } from '../util/terminal.js';
import { countsLine } from './counts.js';

export type Paint = (style: 'green' | 'red' | 'yellow' | 'cyan' | 'dim' | 'bold', text: string) => string;

const CODES = { green: 32, red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

export const colours: Paint = (style, text) => `\x1b[${CODES[style]}m${text}\x1b[0m`;
export const plain: Paint = (_style, text) => text;

const MARK: Record<ItemStatus, [string, Parameters<Paint>[0]]> = {
  pass: ['✓ pass  ', 'green'],
  fail: ['✗ FAIL  ', 'red'],
  error: ['! ERROR ', 'yellow'],
  skipped: ['- skip  ', 'dim'],
  manual: ['☐ manual', 'cyan'],
};

const VERDICT: Record<Report['state'], [string, Parameters<Paint>[0]]> = {
  pass: ['READY', 'green'],
  fail: ['BLOCKED', 'red'],
  pending: ['PENDING (manual items remain)', 'cyan'],
};

/**
 * The report for a terminal or a log: sections, one line per item, findings under failures, a summary line.
 * Every text from outside is put on its line with its control sequences removed (see util/terminal.ts).
 */
export function renderText(report: Report, paint: Paint, maxFindings = 5): string {
  const out: string[] = [paint('bold', terminalLine(report.checklist.title)), ''];
  for (const section of report.sections) {
    const items = report.items.filter((i) => i.section === section.id);
    if (items.length === 0) continue;
    out.push(paint('bold', terminalLine(section.title)));
    for (const item of items) out.push(...itemLines(item, paint, maxFindings));
    out.push('');
  }
  const [word, style] = VERDICT[report.state];
  out.push(
    `${paint(style, paint('bold', word))}: ${countsLine(report.counts)} in ${(report.durationMs / 1000).toFixed(1)}s`,
  );
  return `${out.join('\n')}\n`;
}

function itemLines(item: ItemResult, paint: Paint, maxFindings: number): string[] {
  const [mark, style] = MARK[item.status];
  const optional = item.required ? '' : paint('dim', ' (optional)');
  const lines = [`  ${paint(style, mark)} ${terminalLine(item.title)}${optional}`];
  if (item.status !== 'manual') lines.push(`           ${paint('dim', terminalLine(item.summary))}`);
  if (item.status === 'fail' || item.status === 'error') {
    for (const f of item.findings.slice(0, maxFindings)) {
      const where = f.line ? `${f.file}:${f.line}${f.col ? `:${f.col}` : ''}` : f.file;
      lines.push(`           ${terminalLine(where)}  ${paint('dim', terminalLine(f.message))}`);
    }
    if (item.findings.length > maxFindings)
      lines.push(paint('dim', `           … ${item.findings.length - maxFindings} more (see --format json)`));
  }
  return lines;
}
