import { countBefore } from './numbers.js';
import { phrase, type Rule } from './types.js';

/**
 * github.reviews as a grammar. A subject (the change: code, changes, the pull request, a merge request,
 * the diff, commits; or its review: "code review", "peer review", "review"; or the reviewers: "two
 * maintainers", "a code owner"), a predicate that the review happened and approved (reviewed, approved,
 * LGTM, done, completed, passed, "has 2 approvals"), an optional reviewer ("by another engineer", "from a
 * maintainer") and a count. Blocked: a reviewer who is not the pull request's (a lawyer, legal, design,
 * product, a client, QA), a thing reviewed that is not the change (a document, a design, an RFC, the
 * Dockerfile), the author's own review, and a review asked for, assigned or scheduled (not yet given).
 */

/** Words that may come before the change: "all", "the", "final", "release", "new". */
const CHANGE_LEAD =
  '(?:(?:all|the|this|these|my|our|every|each|final|release|feature|new|latest|recent) ){0,3}';
/** The change itself. */
const CHANGE_NOUN =
  '(?:code changes|code|changes?|prs?|pull requests?|merge requests?|mrs?|diffs?|commits?|implementation|patch(?:es)?)';
const CHANGE = `${CHANGE_LEAD}${CHANGE_NOUN}`;

/** What the review said: reviewed, approved, LGTM, signed off. */
const REVIEWED = "(?:peer[- ]reviewed|reviewed|approved|lgtm(?:'?d)?|signed off)";
/** Auxiliaries and adverbs between a subject and its state: "has been", "is fully". */
const AUX =
  '(?:(?:is|are|has|have|was|were|be|been|being|got|gets|must|should|needs|need|to|fully|thoroughly|properly|now|already) ){0,4}';

/** The people who review a pull request. */
const REVIEWER_NOUN =
  '(?:reviewers?|maintainers?|peers?|code ?owners?|owners?|team ?mates?|team members?|members? of the team|colleagues?|developers?|devs?|engineers?|tech leads?|team leads?|lead developers?|approvers?|people|persons?|someone|somebody|the team)';
const REVIEWER = `(?:(?:at least|a|an|the|one|two|three|\\d+\\+?|another|other|second|senior|core|one other|two other) ){0,3}${REVIEWER_NOUN}`;

/** A count of approvals: "two approvals", "at least 1 approving review", "2+ LGTMs". */
const APPROVALS = '(?:at least )?(?:one|two|three|\\d+\\+?) (?:approvals?|approving reviews?|lgtms?)\\b';
/** Who or what an approval is from or on: "from a maintainer", "on the pull request". */
const APPROVAL_OF = `(?:on|for|from|by) (?:the |this )?(?:${CHANGE_NOUN}|${REVIEWER})\\b`;

/** The clause forms, each anchored at the start of a clause. */
const FORMS: RegExp[] = [
  // "Code reviewed", "The PR has been reviewed by two maintainers", "Merge request approved", "Get the PR approved".
  new RegExp(`^(?:(?:get|have) )?${CHANGE} ${AUX}${REVIEWED}\\b`),
  // "Code review: approved", "Final code review completed", "Peer review done", "Reviews: approved by two maintainers".
  new RegExp(
    `^(?:(?:final|the|a|an|code|peer|pr|pull request|merge request|mr) ){0,3}reviews? (?:(?:is|are|has been|have been|was|were) )?(?:[:=–—-] ?)?(?:done|complete|completed|passed|(?:\\d+\\/\\d+ )?approved|finished|received|given|obtained|ok|✅|✔️?)(?=$|[\\s.!✅✔]*$|\\s+(?:by|from|before|on (?:the |this )?(?:pr|pull request|change)|for (?:the |this )?(?:release |feature )?(?:pr|pull request|changes?|release)\\b|and\\b|✅))`,
  ),
  // "Reviewed and approved by another engineer", "Approved by a code owner", "Approved PR", "Peer-reviewed by two team members".
  new RegExp(`^${REVIEWED}(?: and (?:approved|reviewed|tested|merged))? (?:by ${REVIEWER}|${CHANGE}\\b)`),
  // "Pull request has 2 approvals", "PR has at least one LGTM", "Got an approval from a maintainer".
  new RegExp(
    `^(?:${CHANGE} )?(?:has|have|with|gets|got|received|receives) (?:${APPROVALS}|(?:an? )?(?:approvals?|approving reviews?|lgtms?) ${APPROVAL_OF}|(?:approvals?|lgtms?)\\b)`,
  ),
  // "Two approvals on the pull request", "At least one approving review", "One approval from a reviewer".
  new RegExp(`^${APPROVALS}`),
  // "Approval from a maintainer", "PR approval from a teammate", "Get an LGTM from a code owner".
  new RegExp(
    `^(?:(?:get|got|obtain|obtained|receive|received) )?(?:an? )?(?:(?:pr|pull request|merge request|review|code review) )?(?:approvals?|approving reviews?|lgtms?) ${APPROVAL_OF}`,
  ),
  // "Review approval obtained", "PR approval received".
  /^(?:(?:pr|pull request|merge request|review|code review) )?approvals? (?:(?:is|was|has been) )?(?:obtained|received|given|granted)\b/,
  // "Two maintainers have approved the change", "At least 2 reviewers approved the PR", "A code owner signed off".
  new RegExp(
    `^${REVIEWER} ${AUX}(?:approved|reviewed|signed off(?: on)?|lgtm'?d)(?: (?:the |this )?${CHANGE_NOUN}\\b|(?= (?:by|before|in|within)\\b)|$)`,
  ),
  // "LGTM from a maintainer", "LGTM".
  /^lgtm\b(?! on\b)/,
];

/** Reviewers who are not the pull request's: a lawyer, legal, operations, a designer, product, a client, QA. */
const OTHER_REVIEWER =
  /\b(?:by|with|from) (?:a |an |the |our |one |two |three |\d+\+? )?(?:lawyers?|attorneys?|counsel|legal(?: team| counsel)?|ops(?: team)?|operations(?: team)?|sre(?: team)?|support(?: team)?|compliance(?: team)?|security(?: team)?|platform team|dpo|accountants?|auditors?|designers?|design team|product(?: owner| manager| team)?|pms?|marketing(?: team)?|stakeholders?|management|clients?|customers?|business(?: owners?)?|qa(?: team)?)\b|\b(?:lawyers?|attorneys?|counsel|legal team|ops team|operations team)\b/;

/** Things reviewed that are documents, not the change: legal pages, policies, a runbook, a Markdown file. */
const REVIEWED_DOCUMENT =
  /\b(?:legal|terms|privacy|policy|policies|pages?|copy|content|runbooks?|playbooks?|docs?|documentation|guides?|contracts?|disclaimers?|[\w-]+\.md)`? (?:\w+ )?reviewed\b/;

/** Reviews of something else, the author's own, or one not given yet. */
const NOT_THE_REVIEW =
  /security review|architecture|design|comments? outstanding|recent commits|for any changes|\brfcs?\b|\bspec(?:ification)?s?\b|\bproposals?\b|\bself-?review|\bby (?:myself|the author|yourself)\b|\b(?:request(?:ed)?|ask(?:ed)? for|assign(?:ed)?|schedul\w*|invite\w*|ping\w*) (?:a |the |two |\d )?(?:reviews?|reviewers?|approvals?)\b|\breviewers? (?:assigned|requested|added|invited)\b/;

/** The first clause of `t` in a form above, as matched. */
function reviewClaim(t: string): string | undefined {
  for (const clause of t
    .replace(/\([^()]*\)/g, ' ')
    .split(
      /[,;]|\s[-–—]\s|\s+and\s+(?=\S+ (?:approved|reviewed)\b|(?:the )?(?:pr|pull request|code|changes)\b)/,
    )) {
    const c = clause
      .trim()
      .replace(/^[^a-z0-9]*(?:\d+(?:\.\d+)*[.)]\s*)?/, '')
      .replace(/\s+/g, ' ');
    // ("Quality: code reviewed by two developers": the words after a short label.)
    const label = /^[a-z][\w /&-]{0,30}:\s*(.+)$/.exec(c);
    for (const words of label?.[1] ? [c, label[1]] : [c])
      for (const form of FORMS) {
        const m = form.exec(words);
        if (m) return m[0].trim();
      }
  }
  return undefined;
}

/**
 * "Reviewed by 2+ reviewers", "two approvals", "Code reviewed by 2+ developers", "at least one other
 * engineer": the people counted are the pull request's approvers, whatever the noun for them.
 */
function reviewerCount(t: string): { n: number; phrase: string } | undefined {
  return countBefore(
    t,
    /(?:(?:other |senior |core |team )?(?:reviewers?|approvals?|approving reviews?|approvers?|developers?|devs?|engineers?|maintainers?|team ?mates?|team members?|peers?|people|persons?|members?(?: of the team)?|code owners?|owners?|lgtms?))/,
  );
}

export const reviewed: Rule = (item) => {
  const t = item.text;
  const said =
    reviewClaim(t) ??
    // "Get team approval" under "Merge PR": the pull request's approval.
    (/\bprs?\b|pull requests?|\bmerge\b|code review/.test(item.near)
      ? phrase(
          t,
          /^(?:get|obtain|receive) (?:a |an )?(?:team|peer|reviewer|maintainer)s?'? approvals?\b|\b(?:team|peer|reviewer|maintainer) approvals? (?:received|obtained|given)\b/,
        )
      : undefined);
  if (!said || NOT_THE_REVIEW.test(t)) return undefined;
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
