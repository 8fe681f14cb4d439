/**
 * Words that make an item something other than a claim about the release, whatever kind of check its
 * keywords name: a question, a blank to fill in, a person's sign-off or briefing, a past incident, a
 * document about the thing, a monitoring service's watch, a setting of another component (`notAStatement`);
 * a state not reached yet, or a place other than the app the gate looks at (`notHere`). Each is a grammar
 * of a few words (a subject or a predicate), not a list of sentences. Every pattern is plain (no nested
 * quantifiers over overlapping classes) and reads at most MAX_RULE_TEXT characters.
 */

/** A lead-in before the words: numbering, marks, a short bold label ("**HSTS**:"). */
const LEAD = /^[^a-z0-9]*(?:\d+(?:\.\d+)*[.)]\s*)?/;

/** Questions that ask something open: a wh-word, a modal, "do we", an alternative, a need. */
const OPEN_QUESTION =
  /^(?:who|whom|whose|what|which|where|when|why|how|should|shall|could|would|can|will|must|may|might|do (?:we|you|they|i)|does \S+(?: \S+)? (?:need|require|want|have to))\b/;
const QUESTION_WORDS = /\b(?:or|needed|necessary|required|worth|allowed|possible|enough|ok)\s*\?/;

/** Blanks in other shapes than claims.ts's TEMPLATE: a version to fill in, a slot to paste into. */
const BLANK =
  /\bx\.y\.z\b|<\s*(?:paste|insert|add|fill in) [^<>]{0,30}>|<\s*(?:link|url|here)\s*>|\[\s*(?:fill in|insert|paste|add|link|url|tbc)[^\]]{0,30}\]|\(\s*(?:fill in|tbc)\s*\)/;

/** People as the subject of a sign-off, or told something: "QA signed off on …", "Support briefed on …". */
const PEOPLE =
  /\b(?:qa|legal|security team|product(?: owner| manager| lead| team)?|pm|po|ops(?: lead| team)?|operations|designers?|design team|customer success|cto|ceo|cfo|ciso|dba|support (?:team|staff)|compliance(?: team)?|on-call(?: engineer)?|stakeholders?|everyone|the team|release manager|marketing(?: team)?|sales(?: team)?|clients?|customers?)\b/;
const PEOPLE_PREDICATE =
  /\b(?:signed off|signs? off|sign-?off|approved|accepted|confirmed|agreed|acknowledged|reviewed|read|saw|seen|blessed|okayed|ok'd|knows?|is aware|are aware|happy)\b/;
/** Told something, whoever the subject: "briefed on the new rate limits", "informed about the bump". */
const TOLD =
  /\b(?:briefed|informed|notified|trained|told|made aware|aware of|knows about|know about|heads-?up)\b/;

/** A past incident: a time before this release, or an event of the past. */
const PAST =
  /\b(?:on|in|for|during|at|with|before) (?:the |an? )?(?:last|previous|prior|earlier|old) (?:release|deploy\w*|version|sprint|launch|incident|outage|fork|week|month|quarter|year)\b|^(?:the )?(?:last|previous|prior) (?:release|deploy\w*|version|sprint|launch)\b[^,;]{0,40}\b(?:broke|caused|failed|crashed|took|was|were|had|delayed|missed|leaked)\b|\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:sprint|iteration) \d+\b|\b\d+ (?:days?|weeks?|months?|years?) ago\b|\bused to\b|\bonce (?:blocked|broke|failed|caused|crashed|leaked|took|was|were|had|ran)\b|\b(?:was|were) caused\b|\b(?:broke|crashed|flapped|went down|(?:was|were) (?:found|leaked))\b|\bdelayed (?:the |a |v?\d)|\bduring the (?:spring|summer|autumn|fall|winter|holiday|black friday)\b/;

/**
 * A document as the subject, about the thing: "Rollback plan covers DNS", "Wiki page on the HSTS rollout".
 * (A document named by its file is the file rules' claim: "Runbook in `docs/runbook.md`".)
 */
const DOCUMENT_SUBJECT =
  /^(?:the |a |an |our )?(?:[\w-]+ ){0,3}?(?:plan|runbook|playbook|wiki(?: page)?|diagram|procedure|decision record|adr|postmortem|post-mortem|write-?up|threat model|checklist|spreadsheet|slide deck|slides|presentation|ticket|epic|proposal|rfc|guide|doc|document|memo|email|announcement)s? (?:on|for|about|of|covers?|mentions?|describes?|explains?|lists?|names?|shows?|includes?|outlines?|details?|per|with)\b/;
const FILE_NAMED = /`|\b[\w-]+\.(?:md|txt|pdf|ya?ml|json|adoc|rst)\b|(?:^|\s)\/[\w-]/;

/** A monitoring service or an alert's words: the watch is theirs, not a check of the release. */
const WATCH =
  /\b(?:synthetic|uptime|heartbeat|external) (?:probes?|checks?|monitors?|tests?)\b|\b(?:uptime ?robot|pingdom|datadog|grafana|alertmanager|pagerduty|opsgenie|new relic|checkly|better ?uptime|kibana)\b|\b(?:slos?|slis?|error budgets?)\b|\bgraphed\b|\bpager\b/;

/**
 * Another component with a setting of its own in a code span (read as "code"): "Redis `requirepass` configured",
 * "Postgres `max_connections` raised". The setting is that component's, not the app's.
 */
const COMPONENT_SETTING =
  /^(?:the )?(?:redis|postgres\w*|mysql|mariadb|mongo\w*|database|db|memcached|elasticsearch|kafka|rabbitmq|queue|broker|smtp|mail server|vpn|bastion|replica|cdn|load balancer|firewall|waf)(?: \w+)? code\b/;

/** Why the item is not a statement about the release, or undefined. `text` is lowercased. */
export function notAStatement(text: string, raw = text): string | undefined {
  const t = text.replace(LEAD, '');
  // ("HSTS: yes or no?", "Is the rate limit per user or per IP?": a question left open.)
  const asked = t.replace(/^[^:?]{1,40}:\s*/, '');
  if (
    /\?\s*\)?\s*$/.test(t) &&
    (OPEN_QUESTION.test(asked) || OPEN_QUESTION.test(t) || QUESTION_WORDS.test(t))
  )
    return 'a question to answer, not a state a check can verify';
  const blank = BLANK.exec(raw.toLowerCase());
  if (blank) return `a template to fill in ("${blank[0]}")`;
  const told = TOLD.exec(t);
  if (told) return `"${told[0]}": people told something, not a state a check can verify`;
  const person = PEOPLE.exec(t);
  if (person && person.index < 20) {
    const said = PEOPLE_PREDICATE.exec(
      t.slice(person.index + person[0].length, person.index + person[0].length + 30),
    );
    if (said) return `"${person[0]} ${said[0]}": a person's sign-off, not a state a check can verify`;
  }
  const past = PAST.exec(t);
  if (past) return `"${past[0]}" is a past event, not a state of this release`;
  const doc = DOCUMENT_SUBJECT.exec(t);
  if (doc && !FILE_NAMED.test(t)) return `"${doc[0]}": a document about it, not its state`;
  const watch = WATCH.exec(t);
  if (watch) return `"${watch[0]}" watches over time, not a check of the release`;
  return undefined;
}

/** Not reached yet: blocked, waiting, to follow, planned, a date to come, "will …", "to be added". */
const NOT_YET =
  /\b(?:blocked|waiting|pending) (?:on|for)\b|\bstill (?:to|needs?|open|missing|undecided)\b|\byet to\b|\bto (?:follow|come)\b|\bnot (?:\w+ )?yet\b|\bsoon\b|\bplanned\b|\bscheduled (?:for|on|in)\b|\b(?:next|this|coming) (?:quarter|month|week|year|weekend)\b|\b(?:in|for|by) q[1-4]\b|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of|end of|eod|eow)\b|\bwaits? (?:for|on|until)\b|\bmoves? to\b[^,;]{0,40}\b(?:next|later|soon)\b/;

/** "Tests to be added", "headers still to be decided": not done yet (unless required: "needs to be set"). */
const TO_BE = /\bto be (\w+ed|done|written|set|built|run|made|chosen)\b/;
const REQUIRED_BEFORE =
  /\b(?:needs?|has|have|must|ought|is|are|required|expected|supposed|want|wants|got|version)\s+$/;

/** "will be written", "will get a step": a future, unless what follows is the check's outcome ("will reject"). */
const FUTURE = /\bwill (?:be |get |need (?:to )?)?([a-z]+)/;
const OUTCOME_VERB =
  /^(?:fail\w*|error\w*|exit\w*|return\w*|respond\w*|reject\w*|block\w*|redirect\w*|throw\w*|den\w*|refus\w*|break\w*|abort\w*|rais\w*|crash\w*|complain\w*|flag\w*|prevent\w*|catch\w*|caught|served|see|show\w*|get|receive\w*|not)$/;

/** Another place than the app: an environment before production, a device, a provider's console or settings. */
const PLACE =
  /\b(?:on|in|at|to|against) (?:the |a |an |our |my |your |every |each )?(?:staging|qa|uat|sandbox)\b|\b(?:on|in|at|to|against) (?:the |a |an |our |my |your |every |each )?(?:preview|review|test|testing|dev|development|beta|canary|demo|qa|uat|staging) (?:environments?|envs?|clusters?|servers?|deployments?|sites?|domains?|instances?|stacks?|hosts?|boxes|box|apps?|slots?)\b|\bon (?:a |an |the |my |your |every |each )?(?:physical |real |test )?(?:iphone|ipad|android|pixel|phone|tablet|emulator|simulator|raspberry pi|smart ?tv|device)s?\b|\bon (?:the |a )?(?:windows|macos|mac|os x)\b|\b(?:on|in|from) (?:the |a |my |your |our |a personal )?forks?\b|\b(?:in|on|via|through|under|to) (?:the |a |our |its )?(?:[\w.-]+ ){1,3}(?:console|dashboard|web ui|ui|control panel|portal|project settings|repo settings|repository settings|org settings|organi[sz]ation settings)(?![\w.])/;

/**
 * Why the claim's state is not the release's here and now, or undefined. `t` is the words of the claim,
 * each code span read as "code"; `code` holds the spans as written.
 */
export function notHere(words: string, code: string[] = []): string | undefined {
  const t = words.replace(/\s+/g, ' ').trim();
  // (A variable's name is the app's environment: "Redis `REDIS_URL` set".)
  const setting = COMPONENT_SETTING.exec(t);
  if (setting && code[0] !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(code[0].trim()))
    return `"${setting[0].replace(/ code$/, ` \`${code[0]}\``)}" is a setting of another component, not the app's`;
  // (A remark in parentheses is not the claim's state: "Tests pass (skipped suites not yet enabled)".)
  const yet = NOT_YET.exec(t.replace(/\([^()]*\)/g, ' '));
  if (yet) return `"${yet[0]}": not the case yet, a plan for later`;
  const toBe = TO_BE.exec(t);
  if (toBe && !REQUIRED_BEFORE.test(t.slice(0, toBe.index)) && toBe[1] !== 'published')
    return `"${toBe[0]}": not done yet`;
  const future = FUTURE.exec(t);
  if (future?.[1] && !OUTCOME_VERB.test(future[1]))
    return `"${future[0]}": a future, not a state of the release`;
  // ("No errors in the browser console": the browser's console is where a person looks, not a place.)
  const place = PLACE.exec(
    t
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\b(?:browser|devtools|dev tools|js|javascript|developer) console\b/g, ' '),
  );
  if (place) return `"${place[0].trim()}" is another place than the app the gate checks`;
  return undefined;
}
