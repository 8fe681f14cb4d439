import picomatch from 'picomatch';
import type { AppliesTo, Condition } from '../definition/model.js';

/** What is known about the change being checked. Unknown facts never exclude an item. */
export interface ChangeFacts {
  changedPaths?: string[];
  labels?: string[];
  baseBranch?: string;
  headBranch?: string;
}

export type Applicability = { applies: true } | { applies: false; reason: string };

export function itemApplies(when: Condition | undefined, facts: ChangeFacts): Applicability {
  if (!when) return { applies: true };
  if (when.paths && facts.changedPaths) {
    const match = picomatch(when.paths, { dot: true });
    if (!facts.changedPaths.some((p) => match(p))) {
      return { applies: false, reason: `no changed file matches ${when.paths.join(', ')}` };
    }
  }
  if (when.labels && facts.labels && !when.labels.some((l) => facts.labels?.includes(l))) {
    return { applies: false, reason: `no label ${when.labels.join(' or ')}` };
  }
  if (when.baseBranches && facts.baseBranch !== undefined) {
    if (!picomatch.isMatch(facts.baseBranch, when.baseBranches)) {
      return {
        applies: false,
        reason: `base branch ${facts.baseBranch} is not ${when.baseBranches.join(' or ')}`,
      };
    }
  }
  return { applies: true };
}

/** Whether a checklist gates a pull request with these facts (every rule given must hold). */
export function checklistApplies(rule: AppliesTo | undefined, facts: ChangeFacts): Applicability {
  if (!rule) return { applies: true };
  if (
    rule.headBranches &&
    facts.headBranch !== undefined &&
    !picomatch.isMatch(facts.headBranch, rule.headBranches)
  ) {
    return {
      applies: false,
      reason: `head branch ${facts.headBranch} is not ${rule.headBranches.join(' or ')}`,
    };
  }
  if (
    rule.baseBranches &&
    facts.baseBranch !== undefined &&
    !picomatch.isMatch(facts.baseBranch, rule.baseBranches)
  ) {
    return {
      applies: false,
      reason: `base branch ${facts.baseBranch} is not ${rule.baseBranches.join(' or ')}`,
    };
  }
  if (rule.labels && facts.labels && !rule.labels.some((l) => facts.labels?.includes(l))) {
    return { applies: false, reason: `no label ${rule.labels.join(' or ')}` };
  }
  return { applies: true };
}
