import { notAStatement, notHere } from './blockers.js';

/**
 * Items that are not claims a check can verify stay manual whatever they mention: blank templates to fill
 * in, and tasks whose words are an activity over time or towards people (track, monitor, schedule,
 * notify, document, announce…). The answer names the words, for `--explain`.
 */

/** Lead-ins that come before the verb: "**T+0:10** -", "Every hour:", "Optional:", "1.2", emoji, "CRITICAL:". */
const LEAD_IN =
  /^(?:[^a-z0-9]*(?:t[+-]\d+(?::\d+)?|\d+(?:\.\d+)*[.)]?|every (?:hour|day|week|\d+ \w+)|daily|hourly|weekly|optional|critical|important|required|high|medium|low|p[0-3])\b)+[^a-z0-9]*/;

const ACTIVITY =
  /^(?:track|tracking|monitor|monitoring|watch|observe|schedule|scheduled|notify|notified|inform|alert|announce|communicate|document|prepare|plan|review(?! and (?:update|configure|fix|tighten|restrict|set|enable|lock)|\s*[:=–—]| (?:approvals?|approved|done|complete|completed|passed|finished|received)\b)|collect|gather|analy[sz]e|send|post(?! \/| https?:)|publish|engage|train|assess|escalate|wait|keep|assign|contact(?! (?:form|page|us)\b)|discuss|decide|consider|identify|update social|adjust|tune|tweak|fine-tune)\b/;

const TEMPLATE =
  /_{3,}|\.{4,}|\[(?:target|value|x+|tbd|todo|n|name|date|number|ms|your [^\]]*)\]|<(?:target|value|tbd|n|number)>|\btbd\b|\?\?\?/;

export function notAClaim(text: string): string | undefined {
  const blank = TEMPLATE.exec(text);
  if (blank) return `a template to fill in ("${blank[0]}")`;
  const rest = text.replace(LEAD_IN, '').replace(/^[\s:–—-]+/, '');
  const verb = ACTIVITY.exec(rest);
  if (verb) return `"${verb[0]}" is an activity for people, not a state a check can verify`;
  // "Evaluated: lax cookies are sufficient", "Decision: no token needed": a record of a decision.
  const decided = /^(?:evaluated|decided|decision|considered|rationale|assessed|note|n\.b\.)\s*:/.exec(rest);
  if (decided) return `"${decided[0]}" records a decision, not a state a check can verify`;
  return notAStatement(text);
}

/**
 * Why an item that sounds checkable stays manual anyway, so `--explain` can say what would automate it.
 */
const NEAR_MISSES: Array<[RegExp, string]> = [
  [
    /\b(?:release |version |git )?tags? (?:is |are )?(?:created|pushed|made)\b|\brelease (?:is )?tagged\b|\bgit tag\b|\bpush (?:git )?tags\b/,
    'a release tag is made after the merge: a check on the pull request could never pass',
  ],
  [
    /\b(?:e2e|end-to-end|integration|smoke|load|regression) tests?\b/,
    'the test script may not run this suite: name its command in backticks (`npm run test:e2e`) to automate it',
  ],
  [
    /\b(?:response|load) times?\b|\blatency\b|\bperformance\b/,
    'no budget in the words: write one ("p95 under 300ms") to automate it',
  ],
  [
    /\bacceptable\b|\bproperly\b|\bappropriate\w*\b|\boptimi[sz]ed\b/,
    'a judgement, not a threshold a check can hold',
  ],
  [
    /\benv(?:ironment)? (?:variables|vars) (?:are )?(?:set|configured)\b/,
    'no variable is named: list them (`DATABASE_URL` set) to automate it',
  ],
];

export function nearMiss(text: string): string | undefined {
  for (const [re, why] of NEAR_MISSES) if (re.test(text)) return why;
  return undefined;
}

/** Outline steps whose items are thresholds to watch or alert on, not release checks. */
const WATCH_CONTEXT =
  /\b(?:monitor(?:ing)? (?:these|the following)|alert(?:ing)? (?:thresholds?|rules?|on)|thresholds?|watch(?:ing)? for|triggers?|rollback (?:if|when|triggers?)|success (?:indicators|metrics|criteria)|kpis?|slos?)\b|^(?:monitor|track|watch)/;

export function watchContext(near: string): string | undefined {
  return WATCH_CONTEXT.exec(near)?.[0];
}

/*
 * Scopes. A claim a check could verify stays manual when its own words put it under a scope the gate
 * cannot see: a condition ("(if needed)", "if you use SSL", "when X is enabled", "unless …", "where
 * applicable"), a wish ("(optional)", "(recommended)", "nice to have", "consider …"), a time after the pull
 * request ("later", "post-launch", "in a future release") or a watch over time ("for 24 hours",
 * "consistently"). Each is a small pattern; `scopeOf` combines them with the cases where the words are part
 * of the claim itself: "if" for "whether" ("Verify if `X` is set"), a condition that defines the check's
 * outcome ("exits non-zero if any file is unformatted", "returns 429 when the limit is hit"), the release's
 * own time ("when deploying", "if running in production"), and a condition of a later clause only ("Sitemap
 * present, and if pages change often, updated on deploy").
 */

/** The words that open a condition. */
const CONDITION_WORD =
  /\b(?:only if|only when|if|when|whenever|unless|until|as soon as|once(?= (?:the|we|they|all|our|this|these|those|there)\b)|in case(?: of)?|provided that|assuming|depending on|depends on)\b(?![-/])/g;

/** "Verify if", "check whether": "if" asks whether the claim holds. */
const WHETHER =
  /\b(?:verify|verified|check|checked|checking|see|test|tested|determine|confirm|confirmed|ask|know|find out|inspect|review|look|examine|validate|assess|evaluate|tell|establish)(?: that)? $/;

/** "fails if", "exits non-zero if", "returns 200 when", "rejected with 401 when": the check's own outcome. */
const OUTCOME =
  /\b(?:fail(?:s|ed|ing)?|errors?|erroring|exits?|exiting|returns?|returning|responds?|responding|rejects?|rejected|rejecting|blocks?|blocked|blocking|redirects?|redirected|throws?|den(?:y|ies|ied)|refuses?|refused|breaks?|aborts?|raises?|crash(?:es)?|complains?|flags?|flagged|prevents?|prevented|catches|caught|[1-5]\d\d)\b/;

/**
 * "Build passes when run from a clean checkout", "loads in under 2 s when measured with Lighthouse": how the
 * claim is checked, not a condition on it.
 */
const HOW_CHECKED =
  /^ (?:it is |they are |it's )?(?:run|ran|executed|invoked|measured|tested|checked|scanned|requested|accessed|visited|called|queried|fetched|curled|viewed|inspected)\b/;

/** "even if", "as if", "what if", "including when": not a condition on the claim. */
const NOT_A_CONDITION = /\b(?:even|as|what|including|incl\.) $/;

/**
 * The release's own time: the gate runs then, so the claim holds at it ("`X=stable` when deploying",
 * "if running in production", "when going live").
 */
export const RELEASE_TIME =
  /\b(?:when|if|once) (?:(?:running|deployed|deploying|we are|we're|you are|you're) )?(?:in |to |on )?(?:production|prod|live)\b|\bwhen (?:deploy\w*|releas\w*|going live|launch\w*|ready)\b/g;

/** "where applicable", "as needed", "wherever possible": a condition without an "if". */
const WHERE =
  /\bwher(?:e|ever) (?:applicable|possible|needed|necessary|relevant|appropriate|supported|available|required|used|practical|feasible|it applies|it makes sense)\b|\bas (?:needed|required|applicable|necessary|appropriate)\b/;

/** A wish, not a requirement: "(optional)", "Optional: …", "(recommended)", "is recommended", "nice to have". */
const WISH =
  /(?:^|[([,;:–—-]\s*)optional(?:ly)?\b(?! (?:chaining|dependenc\w*|fields?|param\w*|arguments?|props?|peer\w*|types?|values?|keys?)\b)|\boptional\s*[.)\]]?$|\(\s*(?:strongly |highly )?(?:recommended|suggested|advised)\b|\((?:should|could)[- ]have\)|(?:^|[[,;–—-]\s*)(?:strongly |highly )?(?:recommended|suggested)\s*(?:[:)\]]|$)|\b(?:is|are) (?:strongly |highly )?(?:recommended|suggested|encouraged|advised)\b|\bnice[- ]to[- ]have\b|\bwould be nice\b|\bif time permits\b|\bstretch goal\b|\bbonus\s*[:)]|\bconsider(?:ing)?\b|\b(?:may|might) (?:want|wish) to\b|\bideally\b/;

/** A time after the pull request: "later", "post-launch", "in a future release", "next sprint", "follow-up". */
const LATER =
  /(?<!\b(?:or|and) )\blater\b|\bin (?:a |the )?future\b|\bfuture (?:releases?|versions?|sprints?|iterations?|work|improvements?|updates?)\b|\(future\)|^future\b|\bpost[- ]?(?:launch|release|merge|mvp|go-?live)\b|\bafter (?:the )?(?:launch|go-?live|going live|merg\w*)\b|\bafter (?:a|one|two|three|\d+) (?:days?|weeks?|months?)\b|\bnext (?:release|version|sprint|iteration|milestone|phase)\b|\bphase (?:2|3|two|three|ii)\b|\bfollow-?ups?\b|\beventually\b|\bsomeday\b|\bdown the road\b|\b(?:in|on|to) the (?:backlog|roadmap)\b/;

/** A watch over time: "for 24 hours", "over the first week", "consistently", "stays green". */
const OVER_A_PERIOD =
  /\b(?:for|over|during|throughout) (?:at least |the |a |an )?(?:first |next |initial |whole |entire )?(?:\d+\+?\s?|one |two |three |a |an )?(?:h|hrs?|hours?|days?|weeks?|months?|mins?|minutes?)\b|\b(?:first|next|initial) \d+\s?(?:h|hrs?|hours?|days?|weeks?)\b|\b(?:pass\w*|green|respond\w*|up|available|healthy|succeed\w*|work\w*|stable|running|reachable) (?:consistently|continuously|reliably over time)\b|\b(?:consistently|continuously) (?:pass\w*|green|respond\w*|up|available|healthy|succeed\w*|work\w*|stable|running|reachable)\b|\b(?:over time|around the clock|24\/7)\b|\b(?:stays?|remains?|keeps?) (?:green|up|healthy|stable|below|under|above|within)\b/;

/** A period that is a setting's value, not a watch: a cache's lifetime, a token's expiry, a limit's window. */
const PERIOD_SETTING =
  /\bcach\w*|\bmax-age\b|\bttl\b|\bexpir\w*|\bretain\w*|\bretention\b|\bvalid\b|\bcertificates?\b|\bhsts\b|\bpreload\b|\brotat\w*|\btokens?\b|\bsessions?\b|\blifetime\b|\block\w*|\bbans?\b|\bwindow\b|\bper\b|\bevery\b|\brequests?\b/;

/** The item's words a scope is read in: code spans (`code`, as written) and addresses are not words of the claim. */
function wordsOf(text: string, code: string[] = []): string {
  let t = text.replace(/`[^`]*`/g, ' code ');
  for (const c of code) {
    const span = c.trim().toLowerCase();
    if (span) t = t.split(span).join(' code ');
  }
  return t.replace(/\bhttps?:\/\/\S+/g, ' address ');
}

/** A break between clauses, and what `.` does not match (a line's end). */
const BREAK = /[,;(]/;
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * `s` from after the last comma, semicolon or parenthesis of its first line that holds one: what
 * `s.replace(/.*[,;(]/, '')` answers, found in one scan. That pattern, run on the words before each
 * condition word, tried every start and cost the cube of the item's length ("200 if 200 if …").
 */
function afterLastBreak(s: string): string {
  const first = s.search(BREAK);
  if (first < 0) return s;
  let start = first;
  while (start > 0 && !LINE_END.test(s[start - 1] ?? '')) start -= 1;
  let last = first;
  for (let i = first + 1; i < s.length && !LINE_END.test(s[i] ?? ''); i += 1)
    if (BREAK.test(s[i] ?? '')) last = i;
  return s.slice(0, start) + s.slice(last + 1);
}

/** The first condition in `t` that scopes the claim, or undefined. */
function conditionIn(t: string): string | undefined {
  const where = WHERE.exec(t);
  if (where) return where[0];
  for (const m of t.matchAll(CONDITION_WORD)) {
    const before = t.slice(0, m.index);
    const rest = t.slice(m.index + m[0].length);
    if (m[0] === 'if' && WHETHER.test(before)) continue;
    // (The outcome's verb among the last words of the clause before the condition.)
    const clause = afterLastBreak(before).split(/\s+/).filter(Boolean).slice(-6).join(' ');
    if (NOT_A_CONDITION.test(before) || OUTCOME.test(clause) || HOW_CHECKED.test(rest)) continue;
    // ("Sitemap present, and if pages change often, updated on deploy": the condition of a later clause.)
    if (/[,;]\s*(?:and |but |or )?$/.test(before) && /^[^,;()]+,\s*\S/.test(rest)) continue;
    return `${m[0]}${/^[^,;()]{0,30}/.exec(rest)?.[0] ?? ''}`.trim();
  }
  return undefined;
}

/**
 * Why the claim of an item is under a scope the gate cannot see (a condition, a wish, a time after the
 * pull request, a watch over time), or undefined. `near` is the nearest step of the outline: a step that
 * opens with a condition ("If using Docker:", "Queue workers (if using queues)") scopes its items too.
 * `code` holds the item's code spans: their words are a command's, not the claim's (`--when=ci`).
 */
export function scopeOf(text: string, near = '', code: string[] = []): string | undefined {
  const t = wordsOf(text, code).replace(RELEASE_TIME, ' ');
  const condition = conditionIn(t);
  if (condition) return `under a condition ("${condition}"): the gate cannot tell whether it applies`;
  const wish = WISH.exec(t);
  if (wish)
    return `"${wish[0].replace(/^[^a-z]+|[^a-z]+$/g, '')}" is a wish, not a requirement the release must meet`;
  const later = LATER.exec(t);
  if (later) return `"${later[0]}" is a time after the pull request, not a state of it`;
  const notYet = notHere(t, code);
  if (notYet) return notYet;
  const period = OVER_A_PERIOD.exec(t);
  if (period && !PERIOD_SETTING.test(t)) return `"${period[0]}" is watched over a period, not checked once`;
  const step = wordsOf(near).replace(RELEASE_TIME, ' ');
  const stepCondition = /\(\s*(?:if|when|unless|only if)\b|^(?:if|when|unless|only if|in case)\b/.test(step)
    ? conditionIn(step)
    : undefined;
  if (stepCondition)
    return `under "${near}", a condition ("${stepCondition}"): the gate cannot tell whether it applies`;
  return undefined;
}
