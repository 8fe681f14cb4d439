import { allItems, isAfterDeploy, type Checklist } from '../definition/model.js';
import type { Report } from '../engine/report.js';
import { detailsText } from '../render/details.js';
import type { RecordedItem } from './record.js';

/** The checklist and its evaluation, as the comment records them. */
export function recordedItems(checklist: Checklist, report: Report): RecordedItem[] {
  const results = new Map(report.items.map((r) => [r.id, r]));
  const sectionTitles = new Map(checklist.sections.map((s) => [s.id, s.title]));
  return allItems(checklist).map((item) => {
    const r = results.get(item.id);
    const after = isAfterDeploy(item);
    // An after-deploy check runs only in the deployment run: until then it has no result of its own.
    const waiting = after && item.check && !r;
    return {
      id: item.id,
      title: item.title,
      section: item.section,
      sectionTitle: sectionTitles.get(item.section) ?? item.section,
      required: item.required,
      kind: item.check?.kind,
      status: r?.status ?? (item.check ? 'error' : 'manual'),
      summary: waiting ? 'runs after the deployment' : (r?.summary ?? ''),
      approvers: item.approvers,
      resetOnPush: item.resetOnPush,
      ...(after ? { phase: 'after-deploy' as const } : {}),
      ...(item.holdForMs !== undefined ? { holdForMs: item.holdForMs } : {}),
    };
  });
}

/** Evidence for automated items that did not pass, for the comment's details blocks. */
export function itemDetails(report: Report, max = 1500): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of report.items) {
    if (!r.kind || r.status === 'pass' || r.status === 'skipped') continue;
    if (!r.evidence && r.findings.length === 0) continue;
    out.set(r.id, detailsText(r, max));
  }
  return out;
}

/** The checklist with only the items of one phase (sections left empty dropped). */
export function phaseChecklist(checklist: Checklist, phase: 'before-merge' | 'after-deploy'): Checklist {
  return {
    ...checklist,
    sections: checklist.sections
      .map((s) => ({ ...s, items: s.items.filter((i) => isAfterDeploy(i) === (phase === 'after-deploy')) }))
      .filter((s) => s.items.length > 0),
  };
}
