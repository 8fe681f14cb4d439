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
    phrase(t, /\bpeer[- ]review(?:ed)?\b/) ??
    phrase(t, /\b(?:at least )?(?:one|two|three|\d+) approv(?:als?|ing reviews?)\b/) ??
    phrase(t, /\bapprovals? (?:on|for) (?:the )?(?:pr|pull request)\b/) ??
    // "Get team approval" under "Merge PR": the pull request's approval.
    (/\bprs?\b|pull requests?|\bmerge\b|code review/.test(item.near)
      ? phrase(
          t,
          /^(?:get|obtain|receive) (?:a |an )?(?:team|peer|reviewer|maintainer)s?'? approvals?\b|\b(?:team|peer|reviewer|maintainer) approvals? (?:received|obtained|given)\b/,
        )
      : undefined);
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
      /\bchangelog(?:\.md)?\b[^,;]*?\b(?:updated|update|entry|entries|includes|has|written|added|maintained|up to date)\b/,
    ) ??
    phrase(t, /\b(?:update|updated) (?:the )?(?:`)?changelog\b/) ??
    phrase(t, /^changelog(?:\.md)?$/) ??
    phrase(t, /^changelog(?:\.md)?: (?:add|set|update|write|list|note)\w*\b/) ??
    phrase(t, /\bchanges? documented in (?:the )?changelog\b/) ??
    // "New version entry added" under "CHANGELOG.md updated".
    (/\bchangelog\b/.test(item.near)
      ? phrase(
          t,
          /\b(?:new )?(?:version |release )?(?:entry|entries|section) (?:is |are )?(?:added|written|created)\b/,
        )
      : undefined) ??
    phrase(
      t,
      /\b(?:add|write)\w* (?:an? |the )?(?:entry|entries|notes?|line) (?:to|in) (?:the )?changelog\b/,
    ) ??
    phrase(t, /\bchangelog(?:\.md)?\b[^,;]*?\b(?:reflects|describes|lists|covers|mentions|documents)\b/);
  if (
    !said ||
    /release notes on github|github release|link|releases page|\/releases\b|draft release|\bcopy\b|from commits|cannot|don't|do not|manually|add changelog notes|stub for (?:the )?next|\b(?:breaking|security|migration) (?:changes|notes|fixes)\b/.test(
      t,
    )
  )
    return undefined;
  return { check: { kind: 'github.changelog' }, rule: 'github.changelog', matched: [said] };
};

export const versionBump: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(t, /\bversion (?:number )?(?:is )?(?:bumped|bump|updated|incremented|increased|raised)\b/) ??
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
      /\b(?:ci|ci\/cd|ci build|ci pipeline|ci checks|ci jobs|ci workflows?|ci\/cd pipeline|build pipeline|pipeline|github actions(?: workflows?| jobs| checks)?|status checks|all checks)(?: is| are)? (?:all )?(?:green|passing|passed|passes|pass|successful|succeeds?|working)\b/,
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
  // The pull request is the subject ("PR targets main"); "Feature branches merged to main" or "Code merged to
  // the release branch" tell of work already merged, which is not this pull request's base.
  if (
    !m?.[1] ||
    /\ball code changes|\bchanges merged\b|open prs|\bbranches\b|\bcode merged\b|\b(?:work|features?|commits?) merged\b/.test(
      t,
    )
  )
    return undefined;
  return {
    check: { kind: 'github.target-branch', branches: [m[1]] },
    rule: 'github.target-branch',
    matched: [m[0]],
  };
};
