import path from 'node:path';
import type { Report } from '../engine/report.js';

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

export const MAX_ANNOTATIONS = 50;

/** Findings of failing items as annotations, with paths relative to the workspace. */
export function findingAnnotations(report: Report, repoPrefix: string): Annotation[] {
  const out: Annotation[] = [];
  for (const item of report.items) {
    if (item.status !== 'fail' && item.status !== 'error') continue;
    for (const f of item.findings) {
      if (out.length >= MAX_ANNOTATIONS) return out;
      out.push({
        level: item.required ? 'error' : 'warning',
        message: f.message,
        title: `Preflight: ${item.title}`,
        file: path.posix.join(repoPrefix, f.file),
        startLine: f.line,
        startColumn: f.col,
      });
    }
  }
  return out;
}
