import type { Checklist } from '../definition/model.js';
import type { Report } from '../engine/report.js';
import { composeGate } from './compose.js';
import { itemDetails, recordedItems } from './items.js';
import { NO_HISTORY } from './replay.js';

/** The checklist comment a first gate run would post for this evaluation: `preflight check --format comment`. */
export function previewComment(checklist: Checklist, report: Report, headSha = 'local'): string {
  return composeGate(
    {
      checklistId: checklist.id,
      title: checklist.title,
      headSha,
      items: recordedItems(checklist, report),
      resultsHeadSha: headSha,
      applies: { yes: true },
      definitions: { from: 'head' },
      details: itemDetails(report),
    },
    NO_HISTORY,
    report.finishedAt,
  ).body;
}
