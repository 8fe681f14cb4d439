import { globMatch, globMatcher } from '../util/glob.js';
import type { AppliesTo, Condition } from '../definition/model.js';

/** What is known about the change being checked. Unknown facts never exclude an item. */
export interface ChangeFacts {
  changedPaths?: string[];
  labels?: string[];
  baseBranch?: string;
  headBranch?: string;
}

export type Applicability = { applies: true } | { applies: false; reason: string };

/** The reason a rule excludes the change, or undefined when it holds or its fact is unknown. */
type Rule = (facts: ChangeFacts) => string | undefined;

function changedPaths(globs: string[] | undefined): Rule {
  if (!globs) return () => undefined;
  const match = globMatcher(globs, { dot: true });
  return (f) =>
    f.changedPaths && !f.changedPaths.some((p) => match(p))
      ? `no changed file matches ${globs.join(', ')}`
      : undefined;
}

function labels(wanted: string[] | undefined): Rule {
  return (f) =>
    wanted && f.labels && !wanted.some((l) => f.labels?.includes(l))
      ? `no label ${wanted.join(' or ')}`
      : undefined;
}

function branch(which: 'base' | 'head', globs: string[] | undefined): Rule {
  return (f) => {
    const name = which === 'base' ? f.baseBranch : f.headBranch;
    return globs && name !== undefined && !globMatch(name, globs)
      ? `${which} branch ${name} is not ${globs.join(' or ')}`
      : undefined;
  };
}

function firstFailure(rules: Rule[], facts: ChangeFacts): Applicability {
  for (const rule of rules) {
    const reason = rule(facts);
    if (reason !== undefined) return { applies: false, reason };
  }
  return { applies: true };
}

export function itemApplies(when: Condition | undefined, facts: ChangeFacts): Applicability {
  if (!when) return { applies: true };
  return firstFailure(
    [changedPaths(when.paths), labels(when.labels), branch('base', when.baseBranches)],
    facts,
  );
}

/** Whether a checklist gates a pull request with these facts (every rule given must hold). */
export function checklistApplies(rule: AppliesTo | undefined, facts: ChangeFacts): Applicability {
  if (!rule) return { applies: true };
  return firstFailure(
    [branch('head', rule.headBranches), branch('base', rule.baseBranches), labels(rule.labels)],
    facts,
  );
}
