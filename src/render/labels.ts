import type { ItemStatus, GateState } from '../engine/report.js';

export const STATUS_ICON: Record<ItemStatus, string> = {
  pass: '✅',
  fail: '❌',
  error: '⚠️',
  skipped: '⏭️',
  manual: '☐',
};

export const STATUS_WORD: Record<ItemStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  error: 'ERROR',
  skipped: 'skip',
  manual: 'manual',
};

export const STATE_HEADLINE: Record<GateState, string> = {
  pass: 'Ready: every required item is done',
  fail: 'Blocked: required checks fail',
  pending: 'Waiting: automated checks pass, manual items remain',
};
