import { countBefore } from './numbers.js';
import { phrase, type Rule } from './types.js';

export const reviewed: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(t, /\bcode (?:review|reviews)(?: is| are)? (?:completed?|done|approved|passed)\b/) ??
    phrase(t, /\b(?:code |changes |prs? |pull requests? )?reviewed (?:and approved|by)\b/) ??
    phrase(t, /\bcode reviewed\b/) ??
    phrase(
      t,
      /\b(?:pr|pull request|changes) (?:is |are )?approved\b|\bapproved by (?:a )?(?:reviewer|maintainer|peer|\d)/,
    ) ??
    phrase(t, /\bpeer[- ]review(?:ed)?\b/);
  if (
    !said ||
    /security review|architecture|design|comments? outstanding|recent commits|for any changes/.test(t)
  )
    return undefined;
  const n = countBefore(t, /(?:reviewers?|approvals?|approving reviews?)/);
  return {
    check: { kind: 'github.reviews', ...(n && n.n >= 1 && n.n <= 100 ? { 'min-approvals': n.n } : {}) },
    rule: 'github.reviews',
    matched: n ? [said, n.phrase] : [said],
  };
};

export const changelog: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /\bchangelog(?:\.md)?\b[^,;]*?\b(?:updated|update|entry|entries|includes|has|written|added)\b/,
    ) ??
    phrase(t, /\b(?:update|updated) (?:the )?(?:`)?changelog\b/) ??
    phrase(t, /^changelog(?:\.md)?$/) ??
    phrase(t, /^changelog(?:\.md)?: (?:add|set|update|write|list|note)\w*\b/) ??
    phrase(t, /\bchanges? documented in (?:the )?changelog\b/);
  if (
    !said ||
    /release notes on github|github release|link|releases page|\/releases\b|draft release|\bcopy\b|from commits|cannot|don't|do not|manually|add changelog notes|stub for (?:the )?next/.test(
      t,
    )
  )
    return undefined;
  return { check: { kind: 'github.changelog' }, rule: 'github.changelog', matched: [said] };
};

export const versionBump: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(t, /\bversion (?:is )?(?:bumped|bump|number updated|incremented|updated)\b/) ??
    phrase(t, /\b(?:bump|update|increment) (?:the )?(?:package |app |project )?version\b/) ??
    phrase(t, /\bupdate version number\b/);
  if (!said || /\bnot\b|again|tag|dependency|node|docker|image|\bapi version|docs?\b/.test(t))
    return undefined;
  const file = /\b(cargo\.toml|pyproject\.toml|version\.txt|setup\.py|pom\.xml|build\.gradle)\b/.exec(t)?.[1];
  if (file) return undefined;
  return {
    check: { kind: 'github.version-bump' },
    rule: 'github.version-bump',
    matched: [said],
    note: 'the version of package.json',
  };
};

export const checksGreen: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /\b(?:ci|ci\/cd|ci build|ci pipeline|ci checks|build pipeline|pipeline|github actions|status checks|all checks)(?: is| are)? (?:all )?(?:green|passing|passed|pass|successful)\b/,
    ) ?? phrase(t, /\ball (?:ci |status )?checks (?:are )?(?:green|passing|pass)\b/);
  if (
    !said ||
    /`main`|\bmain is\b|master is|release workflow|artifacts|health ?-?checks?|smoke|security checks/.test(t)
  )
    return undefined;
  return { check: { kind: 'github.checks-green' }, rule: 'github.checks-green', matched: [said] };
};

export const targetBranch: Rule = (item) => {
  const t = item.text;
  const m =
    /\b(?:merge(?:d)?|pr|pull request)\b[^,;]*?\b(?:into|targets?|against|to) (?:the )?`?(main|master|release|production|prod|develop)`?(?: branch)?\b/.exec(
      t,
    );
  if (!m?.[1] || /\ball code changes|\bchanges merged\b|open prs/.test(t)) return undefined;
  return {
    check: { kind: 'github.target-branch', branches: [m[1]] },
    rule: 'github.target-branch',
    matched: [m[0]],
  };
};
