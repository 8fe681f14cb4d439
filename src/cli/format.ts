import type { Report } from '../engine/report.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText, type Paint } from '../render/text.js';
import type { Format } from './args.js';

export function formatReports(reports: Report[], format: Format, paint: Paint): string {
  if (format === 'json') return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
  if (format === 'markdown') return reports.map((r) => renderMarkdown(r)).join('\n');
  return reports.map((r) => renderText(r, paint)).join('\n');
}
