/**
 * Items that are not claims a check can verify stay manual whatever they mention: blank templates to fill
 * in, and tasks whose words are an activity over time or towards people (track, monitor, schedule,
 * notify, document, announce…). The answer names the words, for `--explain`.
 */

/** Lead-ins that come before the verb: "**T+0:10** -", "Every hour:", "Optional:", "1.2", emoji, "CRITICAL:". */
const LEAD_IN =
  /^(?:[^a-z0-9]*(?:t[+-]\d+(?::\d+)?|\d+(?:\.\d+)*[.)]?|every (?:hour|day|week|\d+ \w+)|daily|hourly|weekly|optional|critical|important|required|high|medium|low|p[0-3])\b)+[^a-z0-9]*/;

const ACTIVITY =
  /^(?:track|tracking|monitor|monitoring|watch|observe|schedule|scheduled|notify|notified|inform|alert|announce|communicate|document|prepare|plan|review(?! and (?:update|configure|fix|tighten|restrict|set|enable|lock))|collect|gather|analy[sz]e|send|post(?! \/| https?:)|publish|engage|train|assess|escalate|wait|keep|assign|contact(?! (?:form|page|us)\b)|discuss|decide|consider|identify|update social|adjust|tune|tweak|fine-tune)\b/;

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
  return undefined;
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
