import type { Checklist } from '../definition/model.js';
import type { Report } from '../engine/report.js';
import { advance } from './advance.js';
import { fitComment } from './fit.js';
import { itemDetails, recordedItems } from './items.js';
import type { Replayed } from './replay.js';

export const NOTHING_YET: Replayed = { ticks: {}, seen: 0, accepted: [], rejected: [], problems: [] };

/** The checklist comment a first gate run would post for this evaluation: `preflight check --format comment`. */
export function previewComment(checklist: Checklist, report: Report, headSha = 'local'): string {
  const adv = advance({
    checklistId: checklist.id,
    title: checklist.title,
    headSha,
    items: recordedItems(checklist, report),
    resultsHeadSha: headSha,
    applies: { yes: true },
    definitions: { from: 'head' },
    replayed: NOTHING_YET,
    now: report.finishedAt,
  });
  return fitComment({
    title: checklist.title,
    record: adv.record,
    ticks: adv.ticks,
    decision: adv.decision,
    resultsCurrent: true,
    details: itemDetails(report),
  }).body;
}
