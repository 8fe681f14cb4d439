import type { Rule } from './types.js';

export const reviewed: Rule = (item) =>
  /\b(code )?review(ed)? (and )?approved|\bapproved by\b|peer review/.test(item.text)
    ? { check: { kind: 'github.reviews' } }
    : undefined;

export const changelog: Rule = (item) =>
  /\bchangelog\b.*(updated|entry)|release notes (written|updated)/.test(item.text)
    ? { check: { kind: 'github.changelog' } }
    : undefined;

export const versionBump: Rule = (item) =>
  /version (bumped|bump|number updated|incremented)/.test(item.text)
    ? { check: { kind: 'github.version-bump' } }
    : undefined;

export const checksGreen: Rule = (item) =>
  /\b(ci|checks?|pipeline) (is |are )?(green|passing)/.test(item.text)
    ? { check: { kind: 'github.checks-green' } }
    : undefined;
