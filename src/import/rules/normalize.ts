/**
 * The same claim is written in many ways: "Ensure all tests pass", "Tests: passing", "Passing test suite",
 * "No failing tests", "Enable HSTS", "Code has been reviewed". The rules are written for the plain state
 * form ("tests pass", "hsts enabled", "code reviewed"); this file rewrites an item's words into that form,
 * so that a rule meets the claim whatever the phrasing: lead-in verbs of checking dropped, a `Label:`
 * joined to its words, imperatives turned into the state they bring about, a state word put after its
 * noun, auxiliaries dropped, negated failures turned into success, and synonyms into the rules' word.
 *
 * Every pattern is a plain regular expression on at most MAX_RULE_TEXT characters (no nested quantifiers).
 */

/** "Ensure", "Verify that", "Make sure", "Confirm", "Check that", "Double-check": the claim follows. */
const CHECK_LEAD =
  /^(?:please |always )?(?:ensure|make sure|verify|confirm|check|validate|double[- ]check|assert|ascertain)(?: that| if| whether)?(?: the| all the)?\s+/;

/** Lead-ins that come before the words: numbering, emoji, priority labels, "[P0]", "✅". */
const MARKS =
  /^(?:[^a-z0-9/.`]+|\d+(?:\.\d+)*[.)]\s+|(?:\[?p[0-3]\]?|critical|required|must|important):\s*)+/;

/** An imperative and the state it brings about: "Enable HSTS" claims "HSTS enabled". */
const IMPERATIVES: Array<[RegExp, string]> = [
  [/^point\s+(\S+(?: \S+)?)\s+(?:to|at)\s+(.+)$/, '$1 points to $2'],
  [/^enable\s+(.+)$/, '$1 enabled'],
  [/^(?:turn on|activate|switch on)\s+(.+)$/, '$1 enabled'],
  [/^configure\s+(.+)$/, '$1 configured'],
  [/^set up\s+(.+)$/, '$1 set up'],
  [/^(?:set|define)\s+(.+)$/, '$1 set'],
  [/^add\s+(.+)$/, '$1 added'],
  [/^(?:implement|introduce)\s+(.+)$/, '$1 implemented'],
  [/^enforce\s+(.+)$/, '$1 enforced'],
  [/^(?:apply|use)\s+(.+)$/, '$1 applied'],
  [/^install\s+(.+)$/, '$1 installed'],
  [/^attach\s+(.+)$/, '$1 attached'],
  [/^setup\s+(.+)$/, '$1 set up'],
  [/^restrict\s+(.+)$/, '$1 restricted'],
  [/^lock down\s+(.+)$/, '$1 locked down'],
  [/^require\s+(.+)$/, '$1 required'],
  [/^(?:bump|increment|raise)\s+(.+)$/, '$1 bumped'],
  [/^(?:update|refresh)\s+(.+)$/, '$1 updated'],
  [/^(?:remove|delete|strip)\s+(?:all\s+)?(.+)$/, 'no $1'],
  [/^(?:pass|passes)\s+(.+)$/, '$1 pass'],
  // "Test rate limiting", "Test CORS configuration": the check tests it (not "test coverage", "test data").
  [
    /^test\s+(?!coverage|data|users?|accounts?|environments?|cases?|plans?|results?|suites?|scripts?|files?|servers?|emails?|each\b|with\b|on\b|in\b|manually\b)(.+)$/,
    '$1 verified',
  ],
];

/** A state before its noun: "Valid SSL certificate", "Passing test suite", "Green CI". */
const STATE_FIRST = /^(valid|passing|green|clean|working|enabled|enforced|configured|successful)\s+(.+)$/;

/** Synonyms, into the word the rules use. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/\b(?:no|zero|0) (?:failing|failed|broken|red) (?:unit )?tests\b/, 'all tests pass'],
  [/\b(?:no|zero|0) test failures\b/, 'all tests pass'],
  [/\b100% of (?:the )?tests\b/, 'all tests'],
  [/\b(?:all )?automated tests\b/, 'all tests'],
  [/\bthrottl(?:ing|ed|e)\b/, 'rate limiting'],
  [/\bcross[- ]origin (?:resource sharing|requests?|access|polic(?:y|ies)|settings)\b/, 'cors'],
  [/\b(?:request|api) rate caps?\b/, 'rate limiting'],
  [/\bgreen\b/, 'passing'],
  [/\bsucceed(?:s|ed)?\b|\bsuccessful(?:ly)?\b/, 'passes'],
  [/\b(?:without|with no|with zero|with 0) (?:any )?errors\b/, 'no errors'],
  // "Rate limiting tested", "SSL verified working": the state the test showed.
  [/\b(\w+) tested\b/, '$1 verified'],
  [/\bverified (?:as )?(working|valid|active|enabled)\b/, '$1'],
  // A setting and its value, as a dashboard lists them: "Always use HTTPS => YES".
  [/\s*(?:=>|->|→)\s*(?:yes|on|enabled|true)$/, ' enabled'],
];

/** "Domain configuration completed" says "domain configured". */
const NOUN_STATES: Array<[RegExp, string]> = [
  [/\b(\w+) configuration (?:is )?(?:complete|completed|done|finished|in place)\b/, '$1 configured'],
  [/\b(\w+) set-?up (?:is )?(?:complete|completed|done|finished)\b/, '$1 set up'],
  [/\b(\w+) installation (?:is )?(?:complete|completed|done|finished)\b/, '$1 installed'],
];

/** "CORS/HTTPS/HSTS configured": each of the list is said to be configured. */
const LIST_STATE =
  /^([a-z0-9.-]+(?:(?:\s*[/,&]\s*|\s+and\s+)[a-z0-9.-]+){1,5})\s+(configured|enabled|set|set up|enforced|in place|added|applied|verified)$/;

/** Words that already say a state; without one, "Verify X" claims that X holds. */
const STATED =
  /\b\w+ed\b|\b(?:pass\w*|green|clean|valid|on|in place|up|live|ok|only|exists?|present|set|correct|working|responds?|returns?|no|zero)\b/;

/** Auxiliaries that carry no claim of their own: "has been reviewed" says "reviewed". */
const AUXILIARY =
  /\b(?:has been|have been|has|have|is|are|was|were|got|gets|been)\s+(?=\w+ed\b|passing|green|clean|valid|enabled|in place|live|up\b|set\b|done\b)/g;

/** `Label: words` with a short label: "HTTPS: enforced", "Rate Limiting: Configured in Nginx". */
const LABEL = /^([^:]{1,40}?)\s*[:–—]\s+(.+)$/;

/** "Check for hardcoded secrets": the check finds none. */
const CHECK_FOR = /^(?:check|scan|search|look) (?:the code(?:base)? )?for\s+(.+)$/;

/**
 * `Label: words` read as one claim. When the words name the label's noun again ("**Tests**: All tests
 * passing", "**Security Headers**: All headers properly set"), the words are the claim, with the label
 * in place of its noun; else the label is the subject of the words ("HTTPS: enforced").
 */
function labelled(label: string, words: string): string {
  // "**Unit Tests**: All unit tests pass", "**Unit Tests**: Every unit test passes": the words hold the
  // whole label already (a plural or not).
  const whole = label.trim();
  if (
    /^[a-z0-9]+(?: [a-z0-9]+){0,3}$/.test(whole) &&
    new RegExp(`\\b${whole.replace(/s\b/g, '').replace(/ /g, 's? ')}s?\\b`).test(words)
  )
    return words;
  const noun = label.trim().split(/\s+/).at(-1) ?? '';
  if (noun.length >= 4) {
    const again = new RegExp(`\\b${noun.replace(/[^a-z0-9]/g, '')}\\b`);
    const m = again.exec(words);
    // Not a word of a command (`npm audit`): only the words themselves.
    if (m && /^[a-z0-9]+$/.test(noun) && !/\b(?:npm|pnpm|yarn|npx|run)\s+$/.test(words.slice(0, m.index)))
      return `${words.slice(0, m.index)}${label.trim()}${words.slice(m.index + noun.length)}`;
  }
  return `${label} ${words}`;
}

function once(text: string): string {
  let t = text.replace(MARKS, '').trim();
  t = t.replace(CHECK_FOR, 'no $1');
  const checked = CHECK_LEAD.test(t);
  t = t.replace(CHECK_LEAD, '');
  const label = LABEL.exec(t);
  if (label?.[1] && label[2] && label[1].split(/\s+/).length <= 4) t = labelled(label[1], label[2]);
  t = t.replace(CHECK_LEAD, '');
  // A remark in parentheses at the end stays at the end: "Configure custom domain (if applicable)" says
  // "custom domain configured (if applicable)".
  const remark = /\s*(\([^()]*\))$/.exec(t);
  const head = remark ? t.slice(0, remark.index) : t;
  for (const [re, to] of IMPERATIVES)
    if (re.test(head)) {
      t = `${head.replace(re, to)}${remark ? ` ${remark[1]}` : ''}`;
      break;
    }
  t = t.replace(STATE_FIRST, '$2 $1');
  for (const [re, to] of SYNONYMS) t = t.replace(re, to);
  for (const [re, to] of NOUN_STATES) t = t.replace(re, to);
  t = t.replace(AUXILIARY, '');
  const list = LIST_STATE.exec(t);
  if (list?.[1] && list[2]) {
    const state = list[2];
    t = list[1]
      .split(/\s*[/,&]\s*|\s+and\s+/)
      .map((w) => `${w} ${state}`)
      .join('; ');
  }
  if (checked && !STATED.test(t)) t = `${t} verified`;
  return t.replace(/\s+/g, ' ').trim();
}

/** Whether the words say a state at all ("LICENSE file present"), not only name a group ("Rate Limiting"). */
export function saysState(text: string): boolean {
  return (
    STATED.test(text) ||
    /\b(?:enabled|configured|enforced|in place|successful(?:ly)?|succeeds?|functional|works?)\b/.test(text)
  );
}

/**
 * The item's words in the rules' plain form, or undefined when they already are in it; `list` when a list
 * was spread over its state ("CORS/HTTPS/HSTS configured"), so that each part's claim counts.
 */
export function normalized(text: string): { text: string; list: boolean } | undefined {
  const t = once(text);
  return t && t !== text ? { text: t, list: t.includes('; ') && !text.includes('; ') } : undefined;
}
