import type { Checklist } from '../definition/model.js';
import type { Report } from '../engine/report.js';
import { previewComment } from '../gate/preview.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText, type Paint } from '../render/text.js';
import { inertJson } from '../util/inert-log.js';
import type { Format } from './args.js';

export interface Evaluated {
  checklist: Checklist;
  report: Report;
}

export function formatReports(evaluated: Evaluated[], format: Format, paint: Paint): string {
  const reports = evaluated.map((e) => e.report);
  if (format === 'json')
    return `${inertJson(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2))}\n`;
  if (format === 'markdown') return reports.map((r) => renderMarkdown(r)).join('\n');
  if (format === 'comment') return evaluated.map((e) => previewComment(e.checklist, e.report)).join('\n');
  return reports.map((r) => renderText(r, paint)).join('\n');
}
