import type { Counts } from '../engine/report.js';

/** "3 passed, 1 failed, 2 manual" — only the counts that are not zero. */
export function countsLine(c: Counts): string {
  const parts: string[] = [];
  if (c.pass) parts.push(`${c.pass} passed`);
  if (c.fail) parts.push(`${c.fail} failed`);
  if (c.error) parts.push(`${c.error} errored`);
  if (c.manual) parts.push(`${c.manual} manual`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  return parts.length > 0 ? parts.join(', ') : 'no items';
}
