import type { Report } from '../engine/report.js';

/** The step outputs for a report: `state`, the counts, `blocking` and the report's path. */
export function reportOutputs(report: Report, reportPath: string): Record<string, string> {
  return {
    state: report.state,
    total: String(report.counts.total),
    passed: String(report.counts.pass),
    failed: String(report.counts.fail),
    errored: String(report.counts.error),
    skipped: String(report.counts.skipped),
    manual: String(report.counts.manual),
    blocking: report.blocking.join(','),
    report: reportPath,
  };
}
