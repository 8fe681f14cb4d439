import { countBefore } from './numbers.js';
import { phrase, type Rule } from './types.js';

/** Reviewers who are not the pull request's: a lawyer, the operations or legal team, a designer, a client. */
const OTHER_REVIEWER =
  /\b(?:by|with) (?:a |an |the |our |one |two |three |\d+\+? )?(?:lawyers?|attorneys?|counsel|legal(?: team| counsel)?|ops(?: team)?|operations(?: team)?|sre(?: team)?|support(?: team)?|compliance(?: team)?|security team|dpo|accountants?|auditors?|designers?|design team|product(?: owner| manager| team)?|pms?|marketing(?: team)?|stakeholders?|management|clients?|customers?|business(?: owners?)?|qa(?: team)?)\b|\b(?:lawyers?|attorneys?|counsel|legal team|ops team|operations team)\b/;

/** Things reviewed that are documents, not the change: legal pages, policies, a runbook, a Markdown file. */
const REVIEWED_DOCUMENT =
  /\b(?:legal|terms|privacy|policy|policies|pages?|copy|content|runbooks?|playbooks?|docs?|documentation|guides?|contracts?|disclaimers?|[\w-]+\.md)`? (?:\w+ )?reviewed\b/;

export const reviewed: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(t, /\bcode (?:review|reviews)(?: is| are)? (?:completed?|done|approved|passed)\b/) ??
    phrase(t, /\b(?:code |changes |prs? |pull requests? )?reviewed (?:and approved|by)\b/) ??
    phrase(t, /\bcode reviewed\b/) ??
    phrase(
      t,
      /\b(?:pr|pull request|changes) (?:is |are )?approved\b|\bapproved by (?:a |an |the |another |one )?(?:other )?(?:reviewer|maintainer|peer|code ?owner|teammate|team ?mate|team member|colleague|developer|engineer|tech lead|lead developer|senior (?:developer|engineer)|\d)|\blgtm\b (?:from|by|given|received)\b|^lgtm\b|\bapproved by (?:at least )?(?:one|two|three|\d+\+?) (?:other )?(?:reviewers?|maintainers?|peers?|developers?|engineers?|team members?|code owners?)\b/,
    ) ??
    phrase(t, /\bpeer[- ]review(?:ed)?\b/) ??
    // "At least 2 reviewers approved the PR".
    phrase(t, /\b(?:reviewers?|maintainers?|approvers?|code owners?) (?:have |has )?approved\b/) ??
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
    /security review|architecture|design|comments? outstanding|recent commits|for any changes|\brfcs?\b|\bspec(?:ification)?s?\b|\bproposals?\b/.test(
      t,
    )
  )
    return undefined;
  // "Legal pages reviewed by lawyer", "`docs/runbook.md` reviewed by ops team": a document read by someone
  // who is not a reviewer of the pull request's code.
  if (OTHER_REVIEWER.test(t) || REVIEWED_DOCUMENT.test(t)) return undefined;
  const n = reviewerCount(t);
  return {
    check: { kind: 'github.reviews', ...(n && n.n >= 1 && n.n <= 100 ? { 'min-approvals': n.n } : {}) },
    rule: 'github.reviews',
    matched: n ? [said, n.phrase] : [said],
  };
};

/**
 * "Reviewed by 2+ reviewers", "two approvals", "Code reviewed by 2+ developers", "at least one other
 * engineer": the people counted are the pull request's approvers, whatever the noun for them.
 */
function reviewerCount(t: string): { n: number; phrase: string } | undefined {
  return countBefore(
    t,
    /(?:(?:other |senior |core |team )?(?:reviewers?|approvals?|approving reviews?|approvers?|developers?|devs?|engineers?|maintainers?|team ?mates?|team members?|peers?|people|persons?|members?(?: of the team)?|code owners?|owners?))/,
  );
}

/** The changelog, by its name or its file: "changelog", "change log", `CHANGELOG.md`, "each of the `CHANGELOG.md`s". */
const CHANGELOG = /\bchange ?logs?(?:\.md)?s?\b/;

/** After the changelog: a state of being updated or of holding the release's entries. */
const CHANGELOG_AFTER =
  /^[^,;()]{0,60}?\b(?:updated|update|entry|entries|includes|has|written|added|maintained|kept|up to date|up-to-date|current|reflects|describes|lists|covers|mentions|documents|complete|completed|done|ready|section)\b/;

/** Before the changelog: a verb that changes it ("Update `Unreleased` section in `CHANGELOG.md`", "Add an entry to the changelog"). */
const CHANGELOG_BEFORE =
  /\b(?:update|updated|add|added|write|written|amend|amended|extend|edit|edited|fill in|finali[sz]e|finali[sz]ed|document|documented|record|recorded|note|noted|log|logged)\b[^,;()]{0,60}?$/;

/** Before the changelog: what goes into it ("Release notes in CHANGELOG.md", "Changes listed in the changelog"). */
const CHANGELOG_HOLDS =
  /^[^a-z0-9]*(?:the |all )?(?:release notes|changes|entries|notes|new features|fixes|user-facing changes)(?: (?:are |were |have been )?(?:listed|recorded|noted|written|added|documented|described|summari[sz]ed))? (?:in|to|into) (?:the )?`?$/;

/** Words between a verb and the changelog that make it its source or another file's: "from the changelog", "into the release notes". */
const CHANGELOG_NOT_OBJECT = /\b(?:from|based on|using|like|per|of)\s+(?:the\s+|each\s+)?$/;

/** Changelog words that are another claim: the releases page, links, copying, a tool's notes, a plan. */
const CHANGELOG_OTHER =
  /\bautomatic(?:ally)?\b|\bauto-?generated\b|\bgenerated by\b|release-please|semantic-release|\bby (?:the )?(?:ci|bot|workflow|pipeline|release tooling)\b|release notes on github|github release|\blinks? to\b|\blink(?:ed|ing)? (?:the |a )?change ?log|releases page|\/releases\b|draft release|\bcopy\b|from commits|cannot|don't|do not|manually|add changelog notes|stub for (?:the )?next/;

/**
 * A change to the changelog, by grammar: its name, and a word of its change after it ("CHANGELOG.md
 * updated", "CHANGELOG.md has been updated with new features", "Changelog is maintained") or a verb of
 * change before it ("Update `Unreleased` section in `CHANGELOG.md`", "Update `VERSION` and `CHANGELOG.md`
 * files", "Add an entry to the changelog"), or the name alone. Not an alternative ("Update changelog or
 * release notes": either will do, a check would demand the changelog), not what another text holds first
 * ("Security fixes documented in the changelog").
 */
export const changelog: Rule = (item) => {
  const t = item.text;
  const m = CHANGELOG.exec(t);
  // "New version entry added" under "CHANGELOG.md updated".
  if (!m) {
    const entry = CHANGELOG.test(item.near)
      ? phrase(
          t,
          /\b(?:new )?(?:version |release )?(?:entry|entries|section) (?:is |are )?(?:added|written|created)\b/,
        )
      : undefined;
    return entry
      ? { check: { kind: 'github.changelog' }, rule: 'github.changelog', matched: [entry] }
      : undefined;
  }
  // ("Stage changes: `git add Cargo.toml CHANGELOG.md`": a command that names the file, not its change.)
  if (item.code.some((c) => /\s/.test(c.trim()) && CHANGELOG.test(c.toLowerCase()))) return undefined;
  const before = t.slice(0, m.index);
  const after = t.slice(m.index + m[0].length);
  const said =
    (CHANGELOG_AFTER.exec(after) ? `${m[0]}${CHANGELOG_AFTER.exec(after)?.[0] ?? ''}` : undefined) ??
    (CHANGELOG_BEFORE.test(before) && !CHANGELOG_NOT_OBJECT.test(before)
      ? `${CHANGELOG_BEFORE.exec(before)?.[0] ?? ''}${m[0]}`
      : undefined) ??
    (CHANGELOG_HOLDS.test(before) && !/\S/.test(after.replace(/[`.;]/g, ''))
      ? `${before}${m[0]}`
      : undefined) ??
    phrase(t, /^[^a-z0-9]*change ?log(?:\.md)?\s*[.:]?$/) ??
    phrase(t, /^change ?log(?:\.md)?: (?:add|set|update|write|list|note)\w*\b/) ??
    phrase(t, /\bchanges? (?:are )?documented in (?:the )?change ?log\b/);
  // (A remark in parentheses is not the claim: "(do not place a newline in the VERSION file)".)
  // ("Changelog link added to the release page", "CHANGELOG.md linked from the README": a link, not a change.)
  if (
    !said ||
    CHANGELOG_OTHER.test(t.replace(/\([^()]*\)/g, ' ')) ||
    /\blinks?\b/.test(before) ||
    /^`?\s*(?:links?|linked|url)\b/.test(after)
  )
    return undefined;
  // "Update changelog or release notes": an alternative the check cannot hold (it would demand the changelog).
  // ("CHANGELOG.md or HISTORY.md updated" too.)
  if (/\bchange ?log(?:\.md)?s?`?\s+or\b|\bor (?:the |a )?`?change ?log\b/.test(t)) return undefined;
  // "Security fixes documented in the changelog": what the entries say is for a person to read.
  if (/\b(?:breaking|security|migration) (?:changes|notes|fixes)\b/.test(before)) return undefined;
  return { check: { kind: 'github.changelog' }, rule: 'github.changelog', matched: [said.trim()] };
};

/** What holds the release's version: "version", "version number", "version code & version name", "app version". */
const VERSION_NOUN = /\bversion(?: (?:number|code|name|string|field))?s?\b/;

/** What is done to it: bumped, updated, incremented, raised, changed. */
const BUMPED = /\b(?:bumped|updated|incremented|increased|raised|changed|advanced)\b/;
const BUMP = /^(?:bump|update|increment|increase|raise|change|advance|set)\b/;

/**
 * Words that may stand between the version and its state, or between the bump and the version: articles,
 * what the version is of, another name of it, a file that holds it ("Update `lib.json` with the version").
 * Any other word makes the version something else's ("Update commands for new Kamal versions").
 */
const VERSION_GAP = new Set(
  'the a an our its this & and with to in of for file files package app application project crate library release plugin build version code name number string is are has have been was were new next'.split(
    ' ',
  ),
);

const PREPOSITION = /\b(?:for|of|with|about|from|on|to|in|into|when|after|before|by)\b/;

const gapOk = (s: string) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => VERSION_GAP.has(w));

/**
 * The version said to be bumped, as matched: the version, then its state in the same clause ("Version code
 * & version name updated"), or a bump, then the version ("Bump the package version", "Update
 * `docs/_data/lib.json` with the version to be published", "Update `VERSION` and `CHANGELOG.md`").
 */
function bumpOf(t: string): string | undefined {
  for (const clause of t.split(/[,;(]|\s[-–—]\s/)) {
    const c = clause.trim().replace(/^[^a-z]*(?:\d+(?:\.\d+)*[.)]\s*)?/, '');
    const noun = VERSION_NOUN.exec(c);
    if (!noun) continue;
    const after = c.slice(noun.index + noun[0].length);
    const state = BUMPED.exec(after);
    // (The version is the subject, not the object of a preposition: "commands for new Kamal versions updated".)
    if (state && gapOk(after.slice(0, state.index)) && !PREPOSITION.test(c.slice(0, noun.index)))
      return `${noun[0]}${after.slice(0, state.index + state[0].length)}`;
    const verb = BUMP.exec(c);
    if (verb && gapOk(c.slice(verb[0].length, noun.index))) return c.slice(0, noun.index + noun[0].length);
  }
  return undefined;
}

/** Versions that are not the project's own: a runtime's, a toolchain's, a platform's, a schema's, a minimum. */
const OTHER_VERSION =
  /\b(?:python|ruby|golang|go|java|jdk|jre|php|rust|rustc|toolchain|sdk|runtime|kotlin|gradle|xcode|ios|android sdk|macos|os|browser|kernel|postgres\w*|mysql|database|schema|protocol|tls|ssl|minimum|min|supported|target|engine|compiler|npm|pnpm|yarn|pip|terraform|helm|kubernetes|k8s|nginx)\b/;

export const versionBump: Rule = (item) => {
  const t = item.text;
  // The words without the item's code spans: a path (`docs/_data/lib.json`) or a tag name is not a word of the claim.
  // (A file named for the version, `VERSION` or `version.txt`, is the version.)
  let plain = t;
  for (const c of item.code) {
    const span = c.trim().toLowerCase();
    if (span)
      plain = plain.split(span).join(/(?:^|\/)version(?:\.\w+)?$/.test(span) ? ' version ' : ' file ');
  }
  const said =
    bumpOf(plain) ??
    // "Check that this pull request has the correct version number": the version it carries is new.
    phrase(t, /\b(?:correct|right|new|next) version number\b/);
  // (A remark in parentheses is advice on the bump, not its subject: "(do not place a \n in the VERSION file)".)
  const claim = plain.replace(/\([^()]*\)/g, ' ');
  if (
    !said ||
    /\bnot\b|again|tag|dependenc|node|docker|image|\bapi version|docs?\b/.test(claim) ||
    OTHER_VERSION.test(claim)
  )
    return undefined;
  if (notThisBump(t, item.context)) return undefined;
  const file = versionFile(item.code, t) ?? plainVersionFile(item.raw);
  if (file === undefined || file === 'package.json')
    return {
      check: { kind: 'github.version-bump' },
      rule: 'github.version-bump',
      matched: [said],
      note: 'the version of package.json',
    };
  // "Update version in `cmd/app/root.go`", "Version updated in `pyproject.toml`": that file holds it.
  const plainFile = /(?:^|\/)(?:version(?:\.txt)?)$/i.test(file);
  return {
    check: {
      kind: 'github.version-bump',
      file,
      ...(/\.json$/i.test(file) ? {} : { pattern: plainFile ? PLAIN_VERSION : NAMED_VERSION }),
    },
    rule: 'github.version-bump',
    matched: [said, file],
    note: /\.json$/i.test(file)
      ? `the "version" of ${file}`
      : `the first version number after the word "version" in ${file}; check the pattern finds the right one`,
  };
};

/**
 * Bumps that are not the pull request's own: a bump a tool makes after the merge ("Confirm automatic version
 * bump", "version bumped by the release workflow"), a version put back ("Update VERSION to previous version"
 * under "Rollback Plan"), and a bump of one kind that only some releases need ("Major version bump when
 * required", "bump the major version for breaking changes").
 */
function notThisBump(t: string, context: string): boolean {
  if (
    /\bautomatic(?:ally)?\b|\bauto-?bump|\bby (?:the )?(?:ci|bot|workflow|pipeline|release (?:workflow|pipeline|job|bot|tooling))\b|\bafter (?:the )?merg\w*|\b(?:release-please|semantic-release|changesets? bot)\b/.test(
      t,
    )
  )
    return true;
  if (
    /\b(?:previous|prior|last|old|former) (?:version|release|tag)\b|\brevert\w*|\broll(?:ed|ing|s)? ?back\b|\brollbacks?\b|\bdowngrade\w*/.test(
      t,
    )
  )
    return true;
  if (/\broll(?:ed|ing|s)? ?back\b|\brollbacks?\b|\brevert\w*|\bemergency\b|\brecovery\b/.test(context))
    return true;
  // ("Version bumped (major, minor or patch per semver)" is every release's bump.)
  if (/\bmajor\b/.test(t) && !/\b(?:minor|patch|semver|semantic)\b/.test(t)) return true;
  return /\b(?:when|if|where) (?:required|needed|necessary|applicable|breaking)\b|\bfor breaking\b/.test(t);
}

/** "VERSION file contains v1.2.3", "the `VERSION` file updated": the file named in capitals that holds the version. */
function plainVersionFile(raw: string): string | undefined {
  return /\bVERSION(?:\.txt)? file\b|\bfile VERSION\b/.test(raw) ? 'VERSION' : undefined;
}

/** The first x.y.z after the word "version" (`version = "1.2.3"`, `<version>1.2.3</version>`, `Version: "1.2.3"`). */
const NAMED_VERSION = '[Vv][Ee][Rr][Ss][Ii][Oo][Nn]\\D{0,20}(\\d+\\.\\d+\\.\\d+[0-9A-Za-z.+-]*)';
/** A file that holds only the version (`VERSION`, `version.txt`). */
const PLAIN_VERSION = '(\\d+\\.\\d+\\.\\d+[0-9A-Za-z.+-]*)';

/** The file an item says holds the version: a path in a code span, or a manifest named in the words. */
function versionFile(code: string[], text: string): string | undefined {
  for (const c of code) {
    const f = c.trim().replace(/^\.\//, '');
    if (
      /^[\w.-]+(?:\/[\w.-]+)*$/.test(f) &&
      !f.includes('..') &&
      (/\.[A-Za-z]{1,8}$/.test(f) || /^VERSION$/i.test(f))
    )
      return f;
  }
  const named =
    /\b(cargo\.toml|pyproject\.toml|version\.txt|setup\.py|setup\.cfg|pom\.xml|build\.gradle|package\.json)\b/.exec(
      text,
    )?.[1];
  if (!named) return undefined;
  return named === 'cargo.toml' ? 'Cargo.toml' : named;
}

/**
 * What runs on the pull request's commit: CI by any of its names, its builds, jobs, pipelines and
 * workflows, the status checks. A workflow, job or pipeline counts only when CI or the build, test or lint
 * names it ("Build workflow", "CI pipeline"): "admin workflow", "background jobs", "data pipeline" are not.
 */
const CI_SUBJECT =
  /\b(?:(?:ci(?:\/cd)?|continuous integration|github actions|gh actions|gitlab ci|gitlab|circle ?ci|travis(?: ci)?|jenkins|buildkite|azure pipelines|bitbucket pipelines|drone ci)(?: (?:builds?|pipelines?|checks|jobs?|workflows?|runs?|status|suite))?|actions (?:workflows?|checks|runs|jobs)|(?:build|builds|test|tests|lint|quality|check|checks|main|pr|default|required)(?: (?:and|&|\/) (?:build|test|tests|lint))? (?:workflows?|pipelines?|jobs)|(?:status|required|pr|pull request|commit|github) checks|all (?:the )?(?:required )?checks|checks (?:on|for|of) (?:the |this )?(?:pr|pull request|commit|head commit|branch)|^(?:the )?(?:build )?pipelines?)\b/;

/** The states of a run that went well. */
const GREEN =
  /\b(?:green|passing|passed|passes|pass|successful|succeeds?|succeeded|working|works|ok|okay|clean)\b/;

/** A mark of success right after the subject ("Status checks: ✅"); after other words it only ticks the item. */
const GREEN_MARK = /^[\s:=–—-]*(?:✅|✔️?|☑️?)/;

/** "Build green in CI", "`main` is green in CI", "lint passes on GitHub Actions": the state, then where. */
const GREEN_IN_CI =
  /\b(?:green|passing|passed|passes|pass|successful|succeeds?|succeeded|ok) (?:in|on|via) (?:the )?(?:ci(?:\/cd)?|github actions|actions|(?:ci |build )?pipeline)\b/;

/** "No failing checks", "zero red builds": none of the runs failed. */
const NONE_FAILED =
  /\b(?:no|zero|0) (?:failing|failed|red|broken) (?:ci |status )?(?:checks|jobs|builds|workflows|pipelines|runs)\b/;

/** Runs that are not the pull request's checks, or not all of them: other scans, the release's own run. */
const OTHER_RUNS =
  /\bhealth ?-?checks?\b|\bsmoke\b|\bsecurity (?:checks|workflows?|scans?|jobs?)\b|\b(?:release|deploy\w*|publish\w*|nightly|scheduled|cron|license|audit) (?:workflows?|pipelines?|jobs?|runs?)\b|(?<!\b(?:before|pre-?) )\b(?:deploy(?:s|ed|ing|ment)?|publish(?:es|ed|ing)?)\b|\bartifacts\b|\bfor (?:those|these|the tagged|the release|the tag) commits?\b|\bon (?:the )?(?:tag|release branch)\b/;

/** The first claim in `t` that the CI run of the commit is green, as matched, or undefined. */
function ciGreen(t: string, context: string): string | undefined {
  // ("CI/CD (GitHub Actions etc.) working": the remark names the system, the words around it the claim.)
  const s = t.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
  for (const clause of s.split(/[,;]|\s[-–—]\s/)) {
    const subject = CI_SUBJECT.exec(clause);
    if (!subject) continue;
    const rest = clause.slice(subject.index + subject[0].length);
    const green = GREEN.exec(rest);
    // The state within a few words of what it is said of, with no "not" between ("CI is not yet green").
    const gap = green ? rest.slice(0, green.index) : '';
    if (green && gap.split(/\s+/).filter(Boolean).length <= 5 && !/\b(?:not|never|no)\b/.test(gap))
      return `${subject[0]}${gap}${green[0]}`.trim();
    const mark = GREEN_MARK.exec(rest);
    if (mark) return `${subject[0]}${mark[0]}`.trim();
  }
  return (
    phrase(s, GREEN_IN_CI) ??
    phrase(s, NONE_FAILED) ??
    // "All jobs green" under a CI heading.
    (/\bci\b|ci\/cd|pipelines?|workflows?|actions/.test(context)
      ? phrase(s, /^all (?:the )?jobs (?:are )?(?:green|passing|pass)\b/)
      : undefined)
  );
}

export const checksGreen: Rule = (item) => {
  const t = item.text;
  const said =
    ciGreen(t, item.context) ??
    // "Tests written and passing in CI", "All tests pass in CI": the checks on the commit, not a local run.
    phrase(t, /\btests?\b[^,;]{0,40}?\b(?:pass|passes|passed|passing|green) (?:in|on) (?:the )?ci\b/);
  if (!said || OTHER_RUNS.test(t)) return undefined;
  return { check: { kind: 'github.checks-green' }, rule: 'github.checks-green', matched: [said] };
};

/** The pull request as the subject: "PR", "this pull request", "the release PR", "merge request". */
const THE_PR = /\b(?:pr|pull request|merge request|mr)\b/;

/**
 * What the pull request is said to be opened against: "targets", "is against", "opened into", "base branch
 * is", then the branch ("PR targets `main`", "Release PR opened against the release branch", "PR from
 * `develop` into `main`", "PR base: main").
 */
const TARGETS =
  /\b(?:targets?|targeting|(?:is |are )?(?:opened |open |raised |created |made |filed |submitted )?(?:against|into|onto|to)|base(?: branch)?(?: is|:| =)?) (?:the )?`?(main|master|release|production|prod|develop)`?(?: branch)?\b(?! (?:readme|page|docs?|site|menu|app|screen|website|repo\w*|file|config\w*)\b)/;

/** The same predicates, then any word: a branch named in a code span. */
const TARGET_CODE =
  /\b(?:targets?|targeting|(?:is |are )?(?:opened |open |raised |created |made |filed |submitted )?(?:against|into|onto|to)|base(?: branch)?(?: is|:| =)?) (?:the )?([\w./*-]+)/;

/** A branch name or glob (`release/2.x`, `release/*`, `hotfix-1.4`), and the end of a file's name, which is not one. */
const BRANCH = /^[\w.-]+(?:\/[\w.*-]+)*$|^[\w.-]+\/\*\*?$/;
const FILE_END = /\.(?:md|json|ya?ml|toml|txt|js|ts|py|rb|go|rs|lock|cfg|ini|xml|html?|sh)$/i;

/**
 * "Release PR targets `main`": the pull request's base branch. A merge is a step after the pull request
 * ("Merge release PR to `main`", "Feature branch merged to main", "Code merged to the release branch"),
 * and so is the back-merge after the release ("Merge main back to develop"): those stay manual.
 */
export const targetBranch: Rule = (item) => {
  const t = item.text;
  // ("Base branch is `main`": the base branch is the pull request's.)
  const pr = THE_PR.exec(t) ?? /^(?:the )?(?=base branch\b)/.exec(t);
  if (!pr) return undefined;
  const rest = t.slice(pr.index + pr[0].length);
  // A branch in a code span as written, a glob too ("PR targets `release/*`", "PR into `release/2.x`").
  const coded = TARGET_CODE.exec(rest);
  const span = coded?.[1] ? item.code.find((c) => c.trim().toLowerCase() === coded[1]) : undefined;
  const branch = span && BRANCH.test(span.trim()) && !FILE_END.test(span.trim()) ? span.trim() : undefined;
  const m = branch && coded ? { 0: coded[0], 1: branch } : TARGETS.exec(rest);
  if (!m?.[1]) return undefined;
  // (A merge request is the pull request; any other "merge" is the step after it.)
  if (/\bmerg(?:e|ed|es|ing)\b(?! requests?\b)|\bbranches\b|\bback (?:in)?to\b|\bback-?merge/.test(t))
    return undefined;
  return {
    check: { kind: 'github.target-branch', branches: [m[1]] },
    rule: 'github.target-branch',
    matched: [`${pr[0]} ${m[0]}`.trim()],
  };
};
