export const id = 34;
export const ids = [34];
export const modules = {

/***/ 5034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/definition/diagnostic.ts
var diagnostic = __webpack_require__(9874);
// EXTERNAL MODULE: ./src/checks/wording.ts
var wording = __webpack_require__(5677);
// EXTERNAL MODULE: ./src/io/git.ts
var io_git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/pipeline/check.ts + 7 modules
var check = __webpack_require__(7024);
// EXTERNAL MODULE: ./src/util/terminal.ts + 2 modules
var terminal = __webpack_require__(7318);
;// CONCATENATED MODULE: ./src/render/counts.ts
/** "3 passed, 1 failed, 2 manual" — only the counts that are not zero. */
function countsLine(c) {
    const parts = [];
    if (c.pass)
        parts.push(`${c.pass} passed`);
    if (c.fail)
        parts.push(`${c.fail} failed`);
    if (c.error)
        parts.push(`${c.error} errored`);
    if (c.manual)
        parts.push(`${c.manual} manual`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    return parts.length > 0 ? parts.join(', ') : 'no items';
}

;// CONCATENATED MODULE: ./src/render/text.ts


const CODES = { green: 32, red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 };
const colours = (style, text) => `\x1b[${CODES[style]}m${text}\x1b[0m`;
const plain = (_style, text) => text;
const MARK = {
    pass: ['✓ pass  ', 'green'],
    fail: ['✗ FAIL  ', 'red'],
    error: ['! ERROR ', 'yellow'],
    skipped: ['- skip  ', 'dim'],
    manual: ['☐ manual', 'cyan'],
};
const VERDICT = {
    pass: ['READY', 'green'],
    fail: ['BLOCKED', 'red'],
    pending: ['PENDING (manual items remain)', 'cyan'],
};
/**
 * The report for a terminal or a log: sections, one line per item, findings under failures, a summary line.
 * Every text from outside is put on its line with its control sequences removed (see util/terminal.ts).
 */
function renderText(report, paint, maxFindings = 5) {
    const out = [paint('bold', (0,terminal/* terminalLine */.t)(report.checklist.title)), ''];
    for (const section of report.sections) {
        const items = report.items.filter((i) => i.section === section.id);
        if (items.length === 0)
            continue;
        out.push(paint('bold', (0,terminal/* terminalLine */.t)(section.title)));
        for (const item of items)
            out.push(...itemLines(item, paint, maxFindings));
        out.push('');
    }
    const [word, style] = VERDICT[report.state];
    out.push(`${paint(style, paint('bold', word))}: ${countsLine(report.counts)} in ${(report.durationMs / 1000).toFixed(1)}s`);
    return `${out.join('\n')}\n`;
}
function itemLines(item, paint, maxFindings) {
    const [mark, style] = MARK[item.status];
    const optional = item.required ? '' : paint('dim', ' (optional)');
    const lines = [`  ${paint(style, mark)} ${(0,terminal/* terminalLine */.t)(item.title)}${optional}`];
    if (item.status !== 'manual')
        lines.push(`           ${paint('dim', (0,terminal/* terminalLine */.t)(item.summary))}`);
    if (item.status === 'fail' || item.status === 'error') {
        for (const f of item.findings.slice(0, maxFindings)) {
            const where = f.line ? `${f.file}:${f.line}${f.col ? `:${f.col}` : ''}` : f.file;
            lines.push(`           ${(0,terminal/* terminalLine */.t)(where)}  ${paint('dim', (0,terminal/* terminalLine */.t)(f.message))}`);
        }
        if (item.findings.length > maxFindings)
            lines.push(paint('dim', `           … ${item.findings.length - maxFindings} more (see --format json)`));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/gate/decide.ts

const MAX_DESCRIPTION = 140;
/** The commit status that follows from the results and the trusted ticks. Pure. */
function decideGate(input) {
    if (!input.applies.yes) {
        const reason = input.applies.reason ?? 'this pull request is not gated';
        const none = { done: 0, total: 0, failing: [], toTick: [], waiting: [] };
        return { state: 'success', description: clip(`Checklist does not apply: ${reason}`), ...none };
    }
    // After-deploy items never block the merge: the deployment run has its own status for them.
    const counted = input.items.filter((i) => i.status !== 'skipped' && i.phase !== 'after-deploy');
    const failing = [];
    const toTick = [];
    const waiting = [];
    let done = 0;
    for (const item of counted) {
        if (!item.kind) {
            if (input.ticks[item.id]?.checked)
                done += 1;
            else if (item.required)
                toTick.push(item.id);
        }
        else if (!input.resultsCurrent) {
            if (item.required)
                waiting.push(item.id);
        }
        else if (item.status === 'pass')
            done += 1;
        else if (item.required && (item.status === 'fail' || item.status === 'error'))
            failing.push(item.id);
    }
    const total = counted.length;
    const progress = `${done}/${total} done`;
    const lists = { done, total, failing, toTick, waiting };
    if (failing.length > 0) {
        const what = `${(0,wording/* plural */.LS)(failing.length, 'required check')} failing: ${failing.join(', ')}`;
        return { state: 'failure', description: clip(`${progress}; ${what}`), ...lists };
    }
    if (waiting.length > 0 || toTick.length > 0) {
        const parts = [progress];
        if (toTick.length > 0)
            parts.push(`${(0,wording/* plural */.LS)(toTick.length, 'item')} to tick`);
        if (waiting.length > 0)
            parts.push(input.waitingFor
                ? `waiting for the run of ${input.waitingFor.slice(0, 7)}`
                : 'waiting for automated results');
        return { state: 'pending', description: clip(parts.join('; ')), ...lists };
    }
    return { state: 'success', description: clip(`${progress}; every required item is done`), ...lists };
}
/** When the trusted history cannot be read, nothing can be decided: the status is `error`, never a guess. */
function cannotDecide(input, why) {
    const total = input.items.filter((i) => i.status !== 'skipped' && i.phase !== 'after-deploy').length;
    return {
        state: 'error',
        description: clip(why),
        done: 0,
        total,
        failing: [],
        toTick: [],
        waiting: [],
    };
}
function clip(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

;// CONCATENATED MODULE: ./src/gate/deploy-decide.ts


function afterDeployItems(items) {
    return items.filter((i) => i.phase === 'after-deploy');
}
/** When a held item may count as done: its hold after the deployment. */
function holdUntil(deployedAt, holdForMs) {
    const t = Date.parse(deployedAt);
    return new Date((Number.isNaN(t) ? 0 : t) + holdForMs).toISOString();
}
/**
 * The after-deploy phase's state, for the second status: before any deployment it waits; a failed
 * deployment or a failing required item fails it (the release record says FAILED); it succeeds when every
 * required item is done and every hold has passed. Pure.
 */
function decideDeploy(items, ticks, deploy, now) {
    const counted = afterDeployItems(items).filter((i) => i.status !== 'skipped');
    const total = counted.length;
    const none = { done: 0, total, failing: [], toTick: [], watching: [] };
    if (!deploy)
        return { state: 'pending', description: 'Waiting for the deployment', ...none };
    if (deploy.deploymentFailed)
        return {
            state: 'failure',
            description: deploy_decide_clip(`The deployment to ${deploy.environment} failed: ${deploy.deploymentFailed}`),
            ...none,
            outcome: 'FAILED',
        };
    const failing = [];
    const toTick = [];
    const watching = [];
    let done = 0;
    for (const item of counted) {
        if (!item.kind) {
            if (ticks[item.id]?.checked)
                done += 1;
            else if (item.required)
                toTick.push(item.id);
        }
        else if (item.status === 'pass') {
            const until = item.holdForMs ? holdUntil(deploy.at, item.holdForMs) : undefined;
            if (until && until > now) {
                if (item.required)
                    watching.push({ id: item.id, until });
            }
            else
                done += 1;
        }
        else if (item.required && (item.status === 'fail' || item.status === 'error'))
            failing.push(item.id);
    }
    const progress = `${done}/${total} done after deploy`;
    const lists = { done, total, failing, toTick, watching };
    if (failing.length > 0) {
        const what = `${(0,wording/* plural */.LS)(failing.length, 'after-deploy check')} failing: ${failing.join(', ')}`;
        return { state: 'failure', description: deploy_decide_clip(`${progress}; ${what}`), ...lists, outcome: 'FAILED' };
    }
    if (toTick.length > 0 || watching.length > 0) {
        const parts = [progress];
        if (toTick.length > 0)
            parts.push(`${(0,wording/* plural */.LS)(toTick.length, 'item')} to tick`);
        if (watching.length > 0) {
            const last = watching
                .map((w) => w.until)
                .sort()
                .at(-1);
            parts.push(`watching until ${last.slice(0, 16).replace('T', ' ')} UTC`);
        }
        return { state: 'pending', description: deploy_decide_clip(parts.join('; ')), ...lists };
    }
    return {
        state: 'success',
        description: deploy_decide_clip(`${progress}; every after-deploy item is done`),
        ...lists,
        outcome: 'SUCCESSFUL',
    };
}
function deploy_decide_clip(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

;// CONCATENATED MODULE: ./src/gate/advance.ts


const KEEP_NOTES = 10;
/** The next record: trusted ticks, resets after a push, notes for undone edits, the decision and sign-off. */
function advance(input) {
    const previous = input.replayed.record;
    const manual = input.items.filter((i) => !i.kind);
    const before = {};
    for (const item of manual)
        before[item.id] = input.replayed.ticks[item.id] ?? { checked: false, by: '', at: '' };
    const notes = [...(previous?.notes ?? [])];
    const titles = new Map(input.items.map((i) => [i.id, i.title]));
    for (const r of input.replayed.rejected) {
        const what = r.checked ? 'tick' : 'untick';
        notes.push({
            at: input.now,
            text: `${r.login}'s ${what} of “${titles.get(r.id) ?? r.id}” was undone: ${r.why}.`,
        });
    }
    for (const text of input.replayed.notices ?? [])
        if (!notes.some((n) => n.text === text))
            notes.push({ at: input.now, text });
    for (const p of input.replayed.problems)
        notes.push({ at: input.now, text: `${p}; ticks made since then do not count.` });
    const actions = [];
    if (previous && previous.headSha !== input.headSha) {
        const ids = manual.filter((i) => i.resetOnPush && before[i.id]?.checked).map((i) => i.id);
        if (ids.length > 0) {
            const reason = `new commits were pushed (${previous.headSha.slice(0, 7)} → ${input.headSha.slice(0, 7)})`;
            actions.push({ type: 'reset', ids, reason });
            notes.push({
                at: input.now,
                text: `Unticked because ${reason}: ${ids.map((id) => `“${titles.get(id) ?? id}”`).join(', ')}.`,
            });
        }
    }
    const ticks = { ...before };
    for (const a of actions)
        for (const id of a.ids)
            ticks[id] = { checked: false, by: '', at: input.now };
    const resultsCurrent = input.resultsHeadSha === input.headSha;
    const gateInput = {
        items: input.items,
        ticks,
        applies: input.applies,
        resultsCurrent,
        waitingFor: input.headSha,
    };
    const decision = input.replayed.unreachable
        ? cannotDecide(gateInput, "Preflight's trusted record is not in the comment's recent history; see the comment")
        : input.noResults && !resultsCurrent
            ? cannotDecide(gateInput, input.noResults)
            : withTokenNeeded(decideGate(gateInput), input.replayed);
    const record = {
        v: 1,
        checklistId: input.checklistId,
        title: input.title,
        headSha: input.headSha,
        seen: input.replayed.seen,
        ticks: before,
        actions,
        items: input.items,
        results: input.resultsHeadSha
            ? { headSha: input.resultsHeadSha, at: input.resultsAt ?? input.now }
            : undefined,
        definitions: input.definitions,
        applies: input.applies,
        notes: notes.slice(-KEEP_NOTES),
        version: input.version,
        signOff: signOff(decision, previous?.signOff, input, manual, ticks),
    };
    const rollback = input.rollback ?? previous?.rollback;
    if (rollback)
        record.rollback = rollback;
    const deploy = input.deploy ?? previous?.deploy;
    const deployDecision = followMerge(decideDeploy(input.items, ticks, deploy, input.now), decision, deploy);
    if (deploy)
        record.deploy = closeDeploy(deploy, deployDecision, input.now);
    return { record, ticks, decision, resultsCurrent, deployDecision };
}
/**
 * Without after-deploy items (deploy, then merge: every item before the merge) a deployment's phase is the
 * merge gate's: it closes SUCCESSFUL when every item is done, FAILED when a required check fails.
 */
function followMerge(d, merge, deploy) {
    if (d.total > 0 || !deploy || deploy.deploymentFailed)
        return d;
    const state = merge.state;
    const outcome = state === 'success' ? 'SUCCESSFUL' : state === 'failure' ? 'FAILED' : undefined;
    const description = `No after-deploy items; every item gates the merge: ${merge.description}`;
    return {
        ...d,
        state,
        description: description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`,
        done: merge.done,
        total: merge.total,
        failing: merge.failing,
        toTick: merge.toTick,
        ...(outcome ? { outcome } : {}),
    };
}
/** The phase closes when its outcome is known; the first time it closed with that outcome is kept. */
function closeDeploy(deploy, d, now) {
    const { closed, ...open } = deploy;
    if (!d.outcome)
        return open;
    return { ...open, closed: closed?.outcome === d.outcome ? closed : { outcome: d.outcome, at: now } };
}
/** A tick GitHub could not judge for want of a token stays pending, and the status says what is needed. */
function withTokenNeeded(decision, replayed) {
    if (decision.state === 'failure' || !replayed.rejected.some((r) => r.needsToken))
        return decision;
    const description = `${decision.description}; team membership unreadable: needs an app token with org Members read`;
    return {
        ...decision,
        state: 'pending',
        description: description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`,
    };
}
function signOff(decision, previous, input, manual, ticks) {
    if (decision.state !== 'success' || !input.applies.yes)
        return undefined;
    if (previous && previous.headSha === input.headSha)
        return previous;
    return {
        at: input.now,
        headSha: input.headSha,
        version: input.version,
        ticks: manual
            .filter((i) => ticks[i.id]?.checked)
            .map((i) => ({ id: i.id, title: i.title, by: ticks[i.id]?.by ?? '', at: ticks[i.id]?.at ?? '' })),
    };
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Every character CommonMark or a browser may take as a line break (CR, LF, CRLF; U+2028, U+2029 and NEL
 * are treated as breaks too, so no renderer or later step can split a line there), and the control
 * characters (NUL, which CommonMark turns into U+FFFD, ESC and the rest).
 */
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/**
 * Text from outside (titles, evidence, file names) made inert in GitHub Markdown, on one line whatever
 * its line endings: no box, no marker, no HTML, no mention, no image, no link.
 */
function inlineText(text, max = 300) {
    const flat = text.replace(CONTROLS, '\uFFFD').replace(BREAKS, ' ').trim();
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return (cut
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~#!])/g, '\\$1')
        .replace(/@(?=\w)/g, '@\u200b')
        .replace(/(\w):\/\//g, '$1:\u200b//')
        // GitHub links www.example.com by itself (the GFM autolink extension).
        .replace(/\b(www)\./gi, '$1\u200b.'));
}
/**
 * Content for a fenced block: a fence longer than any backtick run inside it. Every line ending becomes LF
 * first: a CR alone (or U+2028/9, NEL) would end a line where the caller sees none, so that the rest of
 * the line escaped the block's indentation (and with it the list item and the fence) and a box after it
 * came alive. Control characters become U+FFFD.
 */
function fenced(text, lang = '') {
    text = text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROLS, '\uFFFD');
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/render/labels.ts
const STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    error: '⚠️',
    skipped: '⏭️',
    manual: '☐',
};
const STATUS_WORD = {
    pass: 'pass',
    fail: 'FAIL',
    error: 'ERROR',
    skipped: 'skip',
    manual: 'manual',
};
const STATE_HEADLINE = {
    pass: 'Ready: every required item is done',
    fail: 'Blocked: required checks fail',
    pending: 'Waiting: automated checks pass, manual items remain',
};

;// CONCATENATED MODULE: ./src/gate/approvers.ts

const RANK = {
    none: 0,
    read: 1,
    triage: 2,
    write: 3,
    maintain: 4,
    admin: 5,
};
/** Items without approvers may be ticked by anyone with write access. */
const DEFAULT_APPROVERS = { permission: 'write', users: [], teams: [] };
/** What the gate needs to read team membership, named wherever it is missing. */
const TEAM_TOKEN = 'an app token with organization Members read (the workflow’s GITHUB_TOKEN cannot read organization membership)';
/** Whether this person may tick or untick an item; `facts` undefined when GitHub could not say. */
function approvers_mayTick(login, approvers, facts) {
    const rule = approvers ?? DEFAULT_APPROVERS;
    if (rule.users.some((u) => sameLogin(u, login)))
        return { allowed: true };
    if (facts && rule.teams.some((t) => facts.teams.includes(t.toLowerCase())))
        return { allowed: true };
    if (rule.permission && facts && RANK[facts.role] >= RANK[rule.permission])
        return { allowed: true };
    const unreadable = rule.teams.filter((t) => facts?.unreadableTeams?.includes(t.toLowerCase()));
    if (unreadable.length > 0)
        return {
            allowed: false,
            needsToken: true,
            why: `GitHub did not let Preflight read the membership of team ${unreadable.join(', ')}: it needs ${TEAM_TOKEN}`,
        };
    if (!facts && (rule.permission || rule.teams.length > 0))
        return { allowed: false, why: 'GitHub did not say what access they have' };
    return { allowed: false, why: `this item may be ticked by ${describeApprovers(rule)}` };
}
/** Whether deciding needs GitHub's answer about the person (users named explicitly need none). */
function approvers_needsFacts(login, approvers) {
    const rule = approvers ?? DEFAULT_APPROVERS;
    if (rule.users.some((u) => sameLogin(u, login)))
        return false;
    return Boolean(rule.permission) || rule.teams.length > 0;
}
/** "write access or above, alice or org/release-managers", without @ so nobody is mentioned. */
function describeApprovers(rule) {
    const r = rule ?? DEFAULT_APPROVERS;
    const parts = [];
    if (r.permission)
        parts.push(r.permission === 'admin' ? 'admins' : `${r.permission} access or above`);
    parts.push(...r.users, ...r.teams.map((t) => `team ${t}`));
    return parts.length === 0 ? 'nobody' : parts.join(', ');
}

;// CONCATENATED MODULE: ./src/gate/notes.ts

const NOTES_START = '<!-- preflight:notes -->';
const NOTES_END = '<!-- /preflight:notes -->';
const NOTES_PLACEHOLDER = '_Write the release notes here, between the hidden markers: the release record keeps them._';
const MAX_NOTES = 2000;
/** The text between the markers, without the placeholder; undefined when the body has no notes place. */
function readNotes(body) {
    const start = body.indexOf(NOTES_START);
    if (start < 0)
        return undefined;
    const end = body.indexOf(NOTES_END, start + NOTES_START.length);
    if (end < 0)
        return undefined;
    const text = body
        .slice(start + NOTES_START.length, end)
        .split('\n')
        .filter((l) => l.trim() !== NOTES_PLACEHOLDER)
        .join('\n')
        .trim();
    return text.length > MAX_NOTES ? text.slice(0, MAX_NOTES) : text;
}
/**
 * The notes as the last person who changed them wrote them: each revision by someone other than Preflight
 * whose notes differ from the revision before it. Empty notes written by a person clear them.
 */
function notesFromHistory(revisions, botLogin) {
    let found;
    let previous;
    for (const rev of revisions) {
        if (rev.body === null)
            continue;
        const text = readNotes(rev.body);
        if (!rev.byPreflight && !sameLogin(rev.editor, botLogin) && text !== undefined && text !== previous)
            found = text === '' ? undefined : { text, by: rev.editor, at: rev.at };
        previous = text;
    }
    return found;
}
/**
 * Notes made inert for the comment, in a way that is stable when read back: no HTML (so no marker, comment
 * or tag), no mentions, no fences that could swallow the rest of the comment. Applying it twice changes
 * nothing, so a person's later edit around the notes does not grow escapes.
 */
function inertNotes(text) {
    return text
        .slice(0, MAX_NOTES)
        .split(/\r?\n/)
        .slice(0, 30)
        .join('\n')
        .replace(/</g, '&lt;')
        .replace(/@(?=\w)/g, '@\u200b')
        .replace(/(`{3,}|~{3,})/g, (m) => [...m].map((c) => `\\${c}`).join(''));
}

;// CONCATENATED MODULE: ./src/gate/render-deploy.ts





const HEADLINE = {
    waiting: '⏳ Waiting for the deployment',
    pending: '⏳ Verifying the deployment',
    success: '✅ Deployment verified',
    failure: '❌ Deployment failed verification',
    error: '⚠️ Cannot decide',
};
/** The after-deploy phase: its own heading and progress, its items, the release sign-off and the notes place. */
function deployLines(view, sections, manual) {
    const items = afterDeployItems(view.record.items);
    const d = view.deployDecision;
    if (!d || (items.length === 0 && !view.record.deploy))
        return [];
    const deploy = view.record.deploy;
    const out = ['', '### 🚀 After deploy', ''];
    const headline = deploy ? HEADLINE[d.state] : HEADLINE.waiting;
    const where = deploy
        ? ` · ${commitLink(deploy.sha, view.repoUrl)} on ${inlineText(deploy.environment, 60)}${deploy.url ? ` (${inlineText(deploy.url, 200)})` : ''}`
        : '';
    out.push(`**${headline}** · ${d.done}/${d.total} done after deploy${where}`);
    if (!deploy)
        out.push('', '> These items never block the merge. The deployment run checks them against the deployed environment and sets their own status.');
    if (deploy?.deploymentFailed)
        out.push('', `The deployment itself failed: ${inlineText(deploy.deploymentFailed, 200)}.`);
    if (d.failing.length > 0)
        out.push('', `Failing: ${d.failing.map((id) => `\`${id}\``).join(', ')}`);
    if (d.outcome === 'FAILED')
        out.push('', rollbackLine(view));
    out.push(...sections(items, view, (item) => item.kind ? afterDeployLine(item, view) : manual(item, view.ticks[item.id])));
    if (deploy?.closed)
        out.push(...signOffLines(view));
    out.push('', '#### Release notes', '', NOTES_START);
    out.push(view.releaseNotes ? inertNotes(view.releaseNotes.text) : NOTES_PLACEHOLDER, NOTES_END);
    if (view.releaseNotes)
        out.push('', `<sub>Notes by ${inlineText(view.releaseNotes.by, 60)}, ${when(view.releaseNotes.at)}</sub>`);
    return out;
}
function rollbackLine(view) {
    const id = view.record.rollback;
    const section = id ? view.record.items.find((i) => i.section === id) : undefined;
    if (!section)
        return '**Roll back:** this checklist names no rollback section.';
    return `**Roll back:** follow “${inlineText(section.sectionTitle, 100)}” (section \`${id}\`) of this checklist.`;
}
function afterDeployLine(item, view) {
    const optional = item.required ? '' : ' _(optional)_';
    const deploy = view.record.deploy;
    const title = `**${inlineText(item.title)}**${optional}`;
    if (!deploy)
        return [`- ⏳ ${title} · runs after the deployment`];
    const until = item.holdForMs && holdUntil(deploy.at, item.holdForMs);
    const watching = item.status === 'pass' && until && view.deployDecision?.watching.some((w) => w.id === item.id);
    const icon = watching ? '⏳' : STATUS_ICON[item.status];
    const hold = until ? ` · ${watching ? 'watching' : 'held'} until ${when(until)}` : '';
    const lines = [`- ${icon} ${title} · ${inlineText(item.summary)}${hold}`];
    const details = view.details.get(item.id);
    if (details && !view.shortened)
        lines.push('', `  <details><summary>Details</summary>\n\n${fenced(details)
            .split('\n')
            .map((l) => `  ${l}`)
            .join('\n')}\n\n  </details>`, '');
    return lines;
}
function signOffLines(view) {
    const deploy = view.record.deploy;
    if (!deploy?.closed)
        return [];
    const notes = deploy.notes ?? view.releaseNotes?.text;
    const rows = [
        ['Status', `**${deploy.closed.outcome}**`],
        ['Deployment date', when(deploy.at)],
        ['Deployed by', inlineText(deploy.by || 'unknown', 60)],
        [
            'Reviewed by',
            deploy.reviewedBy.length > 0
                ? deploy.reviewedBy.map((l) => inlineText(l, 60)).join(', ')
                : 'nobody approved',
        ],
        [
            view.record.deploy?.environment === 'production' ? 'Production URL' : 'Environment URL',
            deploy.url ? inlineText(deploy.url, 200) : 'not given',
        ],
        ['Version', inlineText(deploy.version ?? view.record.version ?? 'unknown', 60)],
        ['Commit', commitLink(deploy.sha, view.repoUrl)],
        ['Closed', when(deploy.closed.at)],
    ];
    if (notes)
        rows.push(['Notes', inlineText(notes, 400)]);
    return [
        '',
        '#### Deployment sign-off',
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ];
}

;// CONCATENATED MODULE: ./src/gate/markers.ts
/** The hidden markers Preflight puts in its comment. */
/** First line of the comment: which checklist it belongs to. */
function commentMarker(checklistId) {
    return `<!-- preflight:comment ${checklistId} -->`;
}
/** Whether a comment body is Preflight's comment for this checklist (the marker must open the body). */
function isChecklistComment(body, checklistId) {
    return (body ?? '').startsWith(commentMarker(checklistId));
}
const COMMENT_MARKER = /^<!-- preflight:comment ([a-z0-9][a-z0-9._-]*) -->/;
/** The checklist id in the marker that opens a body, if it opens with one. */
function markedChecklistId(body) {
    return COMMENT_MARKER.exec(body)?.[1];
}
/** The hidden id after a manual item's box. */
function itemMarker(id) {
    return `<!-- preflight:item ${id} -->`;
}
const ITEM_MARKER = /^<!-- preflight:item ([a-z0-9][a-z0-9._-]*) -->$/;

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/gate/record.ts

const START = '<!-- preflight:record ';
const END = ' -->';
/** The record as a hidden line: compressed JSON in base64, so no text in it can close the comment. */
function encodeRecord(record) {
    return `${START}${(0,external_node_zlib_.deflateRawSync)(Buffer.from(JSON.stringify(record), 'utf8')).toString('base64')}${END}`;
}
/** The record written in a body, or undefined when there is none or it does not parse. */
function record_decodeRecord(body) {
    const start = body.lastIndexOf(START);
    if (start < 0)
        return undefined;
    const end = body.indexOf(END, start + START.length);
    if (end < 0)
        return undefined;
    try {
        const json = JSON.parse(
        // A signature (` sig=…`, the hardened setup) follows the payload; see signature.ts.
        inflateRawSync(Buffer.from(body.slice(start + START.length, end).split(' ')[0] ?? '', 'base64'), {
            maxOutputLength: 4 * 1024 * 1024,
        }).toString('utf8'));
        return isRecord(json) ? json : undefined;
    }
    catch {
        return undefined;
    }
}
function isRecord(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const r = x;
    return (r.v === 1 &&
        typeof r.checklistId === 'string' &&
        typeof r.headSha === 'string' &&
        typeof r.seen === 'number' &&
        typeof r.ticks === 'object' &&
        r.ticks !== null &&
        Array.isArray(r.actions) &&
        Array.isArray(r.items) &&
        Array.isArray(r.notes));
}

;// CONCATENATED MODULE: ./src/gate/render.ts







const render_HEADLINE = {
    success: '✅ Ready to release',
    pending: '⏳ Waiting',
    failure: '❌ Blocked',
    error: '⚠️ Cannot decide',
};
/** The checklist comment: results for automated items, boxes for manual ones, the record at the end. */
function renderComment(view) {
    const { record, decision } = view;
    const out = [commentMarker(record.checklistId)];
    out.push(`### 🛫 Preflight: ${inlineText(view.title)}`, '');
    const sha = commitLink(record.headSha, view.repoUrl);
    if (!record.applies.yes) {
        out.push(`**${render_HEADLINE.success}**: this checklist does not apply (${inlineText(record.applies.reason ?? '')}).`);
        return finish(out, record);
    }
    out.push(`**${render_HEADLINE[decision.state]}** · ${decision.done}/${decision.total} done · head ${sha}`);
    if (decision.failing.length > 0)
        out.push('', `Failing: ${decision.failing.map((id) => `\`${id}\``).join(', ')}`);
    if (view.warning)
        out.push('', `> [!WARNING]\n> ${inlineText(view.warning, 1200)}`);
    if (!view.resultsCurrent) {
        const other = record.results && record.results.headSha !== record.headSha ? record.results.headSha : '';
        out.push('', `> Waiting for the run of ${sha}: automated results come only from the pull request's own run for that commit${other ? ` (the last results were for \`${other.slice(0, 7)}\` and do not count for ${sha})` : ''}.`);
    }
    out.push(...sectionLines(record.items.filter((i) => i.phase !== 'after-deploy'), view, (item) => (item.kind ? automatedLines(item, view) : manualLines(item, view.ticks[item.id]))));
    if (record.signOff) {
        const so = record.signOff;
        out.push('', '#### Sign-off', '');
        out.push(`Signed off ${when(so.at)} at ${commitLink(so.headSha, view.repoUrl)}${so.version ? ` for version ${inlineText(so.version, 60)}` : ''}.`);
        if (so.ticks.length > 0) {
            out.push('', '| Item | Ticked by | When |', '| --- | --- | --- |');
            for (const t of so.ticks)
                out.push(`| ${inlineText(t.title, 120)} | ${inlineText(t.by, 60)} | ${when(t.at)} |`);
        }
    }
    out.push(...deployLines(view, sectionLines, manualLines));
    if (record.notes.length > 0) {
        out.push('', '#### Notes', '');
        for (const n of record.notes)
            out.push(`- ${when(n.at)}: ${inlineText(n.text, 400)}`);
    }
    if (view.shortened)
        out.push('', "_Details are left out to keep this comment within GitHub's size limit: see the job summary._");
    out.push('', `<sub>Tick the boxes to sign items off; other edits to this comment are undone. Automated results are for ${sha}.</sub>`);
    return finish(out, record);
}
/** Items grouped under their sections' headings; passing automated items folded when asked. */
function sectionLines(items, view, line) {
    const out = [];
    for (const id of new Set(items.map((i) => i.section))) {
        const inSection = items.filter((i) => i.section === id);
        out.push('', `#### ${inlineText(inSection[0]?.sectionTitle ?? id)}`, '');
        const passing = view.foldPassing ? inSection.filter((i) => i.kind && i.status === 'pass') : [];
        for (const item of inSection)
            if (!passing.includes(item))
                out.push(...line(item));
        if (passing.length > 0)
            out.push(`- ✅ ${(0,wording/* plural */.LS)(passing.length, 'more automated check')} pass`);
    }
    return out;
}
/** A commit's short SHA, linked to its page on the run's GitHub server when that is known. */
function commitLink(sha, repoUrl) {
    const short = `\`${sha.slice(0, 7)}\``;
    return repoUrl && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](${repoUrl}/commit/${sha})` : short;
}
function finish(out, record) {
    out.push('', encodeRecord(record), '');
    return out.join('\n');
}
function automatedLines(item, view) {
    const optional = item.required ? '' : ' _(optional)_';
    if (!view.resultsCurrent)
        return [
            `- ⏳ **${inlineText(item.title)}**${optional} · waiting for the run of \`${view.record.headSha.slice(0, 7)}\``,
        ];
    const lines = [
        `- ${STATUS_ICON[item.status]} **${inlineText(item.title)}**${optional} · ${inlineText(item.summary)}`,
    ];
    const details = view.details.get(item.id);
    if (details && !view.shortened)
        lines.push('', `  <details><summary>Details</summary>\n\n${indent(fenced(details))}\n\n  </details>`, '');
    return lines;
}
function manualLines(item, tick) {
    if (item.status === 'skipped')
        return [`- ⏭️ ${inlineText(item.title)} · ${inlineText(item.summary)}`];
    const box = tick?.checked ? '[x]' : '[ ]';
    const optional = item.required ? '' : ' _(optional)_';
    const who = tick?.checked && tick.by
        ? `✔ ${inlineText(tick.by, 60)}, ${when(tick.at)}`
        : `may be ticked by ${inlineText(describeApprovers(item.approvers), 200)}`;
    const reset = item.resetOnPush ? ' · unticked on every push' : '';
    return [
        `- ${box} ${inlineText(item.title)}${optional} ${itemMarker(item.id)}<br><sub>${who}${reset}</sub>`,
    ];
}
function indent(text) {
    // fenced() left only LF line endings; any other break would leave a line without its indentation.
    return text
        .split(/\r\n?|\n|[\u0085\u2028\u2029]/)
        .map((l) => `  ${l}`)
        .join('\n');
}
/** A timestamp as people read it: 2026-11-22 10:02 UTC. */
function when(iso) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

;// CONCATENATED MODULE: ./src/gate/fit.ts

/** GitHub refuses comment bodies longer than this. */
const MAX_COMMENT = 65_536;
/**
 * The comment, degraded step by step until it fits: evidence details go first (they stay in the job
 * summary), then passing automated items fold into a count, then summaries and notes are cut.
 * Boxes, ticks and failing results are never dropped.
 */
function fitComment(view, max = MAX_COMMENT) {
    const steps = [
        ['evidence details', (v) => ({ ...v, shortened: true })],
        ['passing automated items, folded into a count', (v) => ({ ...v, foldPassing: true })],
        [
            'long summaries and older notes',
            (v) => ({
                ...v,
                record: {
                    ...v.record,
                    notes: v.record.notes.slice(-3),
                    items: v.record.items.map((i) => ({ ...i, summary: i.summary.slice(0, 80) })),
                },
            }),
        ],
    ];
    let current = view;
    let body = renderComment(current);
    const shortened = [];
    for (const [what, step] of steps) {
        if (body.length <= max)
            break;
        current = step(current);
        body = renderComment(current);
        shortened.push(what);
    }
    if (body.length > max)
        throw new Error(`the checklist is too large for one comment (${body.length} characters)`);
    return { body, shortened };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/gate/signature.ts

/**
 * Signed records (the hardened setup). Every identity that can write as `github-actions[bot]` can write
 * a record, so with a `record-key` Preflight signs each record it writes with an HMAC (SHA-256) bound to
 * the repository and pull request, and believes only records that carry a valid one. Pure.
 */
const RECORD_LINE = /<!-- preflight:record ([A-Za-z0-9+/=]+)(?: sig=([A-Za-z0-9_-]+))? -->/g;
/** Characters a signature adds to a comment (` sig=` and 43 characters of base64url). */
const SIGNATURE_ROOM = 64;
/** What a signature is bound to: this repository's pull request, so a record cannot move elsewhere. */
function recordScope(repo, number) {
    return `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
}
function mac(key, scope, payload) {
    return createHmac('sha256', key).update(`preflight-record/v1\n${scope}\n${payload}`).digest('base64url');
}
/** The last record line of a body: its payload and signature, if any. */
function lastRecordLine(body) {
    let last;
    for (const m of body.matchAll(RECORD_LINE))
        last = m;
    if (!last)
        return undefined;
    return { whole: last[0], payload: last[1], sig: last[2], at: last.index };
}
/** The body with its record line signed (any earlier signature replaced). */
function sealBody(body, key, scope) {
    const line = lastRecordLine(body);
    if (!line)
        return body;
    const sealed = `<!-- preflight:record ${line.payload} sig=${mac(key, scope, line.payload)} -->`;
    return body.slice(0, line.at) + sealed + body.slice(line.at + line.whole.length);
}
function checkSeal(body, key, scope) {
    const line = lastRecordLine(body);
    if (!line)
        return 'no-record';
    if (!line.sig)
        return 'unsigned';
    const want = Buffer.from(mac(key, scope, line.payload));
    const got = Buffer.from(line.sig);
    return want.length === got.length && timingSafeEqual(want, got) ? 'valid' : 'invalid';
}
/** The record payload of a body (without its signature), to tell a person's edit from a new record. */
function payloadOf(body) {
    return body === null ? undefined : lastRecordLine(body)?.payload;
}
/**
 * Revisions as the hardened setup believes them: one by Preflight's identity counts as Preflight's only
 * when its record carries a valid signature; otherwise it is that identity's edit, like a person's. A
 * revision by any other identity that writes a record of its own (a forged one) is named in a notice.
 */
function trustRevisions(revisions, key, scope) {
    const notices = new Set();
    const out = revisions.map((r, i) => {
        const payload = payloadOf(r.body);
        const before = i > 0 ? payloadOf(revisions[i - 1]?.body ?? null) : undefined;
        if (r.byPreflight) {
            if (r.body === null)
                return r;
            const seal = checkSeal(r.body, key, scope);
            if (seal === 'valid')
                return r;
            notices.add(`a revision written as ${r.editor || 'an unknown account'} carries ${seal === 'invalid' ? 'a record whose signature does not match' : seal === 'unsigned' ? 'an unsigned record' : 'no record'}: it is treated as that account's edit, not Preflight's`);
            return { ...r, byPreflight: false };
        }
        if (payload !== undefined && payload !== before)
            notices.add(`a record written by ${r.editor || 'an unknown account'} was ignored: only records Preflight signed count`);
        return r;
    });
    return { revisions: out, notices: [...notices] };
}

;// CONCATENATED MODULE: ./src/gate/compose.ts



/** The next record and the comment that shows it: trusted ticks merged into the results. Pure. */
function composeGate(view, replayed, now) {
    const adv = advance({ ...view, replayed, now });
    const fitted = fitComment({
        title: view.title,
        record: adv.record,
        ticks: adv.ticks,
        decision: adv.decision,
        deployDecision: adv.deployDecision,
        releaseNotes: view.releaseNotes,
        resultsCurrent: adv.resultsCurrent,
        details: view.details,
        warning: view.warning,
        repoUrl: view.repoUrl,
    }, MAX_COMMENT - SIGNATURE_ROOM);
    return { ...adv, body: fitted.body, shortened: fitted.shortened };
}

// EXTERNAL MODULE: ./src/definition/model.ts
var model = __webpack_require__(4984);
;// CONCATENATED MODULE: ./src/render/details.ts
/** An item's findings and evidence as plain text, cut to `max` characters: the body of a details block. */
function detailsText(item, max) {
    const lines = [];
    for (const f of item.findings.slice(0, 20)) {
        const where = f.line ? `${f.file}:${f.line}${f.col ? `:${f.col}` : ''}` : f.file;
        lines.push(`${where}  ${f.message}`);
    }
    if (item.findings.length > 20)
        lines.push(`… and ${item.findings.length - 20} more`);
    let body = lines.join('\n');
    if (item.evidence)
        body += `${body ? '\n\n' : ''}${JSON.stringify(item.evidence, null, 2)}`;
    if (body.length > max)
        body = `${body.slice(0, max)}\n… (cut; the JSON report has everything)`;
    return body;
}

;// CONCATENATED MODULE: ./src/gate/items.ts


/** The checklist and its evaluation, as the comment records them. */
function recordedItems(checklist, report) {
    const results = new Map(report.items.map((r) => [r.id, r]));
    const sectionTitles = new Map(checklist.sections.map((s) => [s.id, s.title]));
    return (0,model/* allItems */.a)(checklist).map((item) => {
        const r = results.get(item.id);
        const after = (0,model/* isAfterDeploy */.C)(item);
        // An after-deploy check runs only in the deployment run: until then it has no result of its own.
        const waiting = after && item.check && !r;
        return {
            id: item.id,
            title: item.title,
            section: item.section,
            sectionTitle: sectionTitles.get(item.section) ?? item.section,
            required: item.required,
            kind: item.check?.kind,
            status: r?.status ?? (item.check ? 'error' : 'manual'),
            summary: waiting ? 'runs after the deployment' : (r?.summary ?? ''),
            approvers: item.approvers,
            resetOnPush: item.resetOnPush,
            ...(after ? { phase: 'after-deploy' } : {}),
            ...(item.holdForMs !== undefined ? { holdForMs: item.holdForMs } : {}),
        };
    });
}
/** Evidence for automated items that did not pass, for the comment's details blocks. */
function itemDetails(report, max = 1500) {
    const out = new Map();
    for (const r of report.items) {
        if (!r.kind || r.status === 'pass' || r.status === 'skipped')
            continue;
        if (!r.evidence && r.findings.length === 0)
            continue;
        out.set(r.id, detailsText(r, max));
    }
    return out;
}
/** The checklist with only the items of one phase (sections left empty dropped). */
function phaseChecklist(checklist, phase) {
    return {
        ...checklist,
        sections: checklist.sections
            .map((s) => ({ ...s, items: s.items.filter((i) => isAfterDeploy(i) === (phase === 'after-deploy')) }))
            .filter((s) => s.items.length > 0),
    };
}

;// CONCATENATED MODULE: ./src/gate/replay.ts




/**
 * The newest revision Preflight wrote with a readable record: the trusted starting point. A Preflight revision
 * deleted from the history is passed over (with a note) for the one before it, so its deletion cannot wipe
 * the ticks it had recorded. `index` is absolute.
 */
function trustedBase(revisions, offset) {
    const problems = [];
    for (let i = revisions.length - 1; i >= 0; i -= 1) {
        const r = revisions[i];
        if (!r?.byPreflight)
            continue;
        if (r.body === null) {
            if (problems.length === 0)
                problems.push("a revision Preflight wrote was deleted from the comment's edit history, so the one before it was used");
            continue;
        }
        const record = decodeRecord(r.body);
        if (record)
            return { record, index: offset + i, problems };
    }
    return { index: -1, problems };
}
/**
 * Box changes made by people after `from` (a position among `revisions`), each attributed to the editor of
 * the revision that made it. A revision deleted from the history (`deletedAt`, no body) makes no change of
 * its own: the next readable revision is compared with the last readable one, and whoever's revisions were
 * deleted in between is named in `across`, so a deletion neither drops the next person's tick nor lets the
 * deleted person's change pass as someone else's.
 */
function humanChanges(revisions, from, ids) {
    const out = [];
    const start = Math.max(1, from);
    // Each revision's boxes are read once.
    let prev;
    let known;
    for (let i = start - 1; i >= 0 && !known; i -= 1) {
        const body = revisions[i]?.body;
        if (body != null) {
            prev = readBoxes(body);
            known = boxStates(prev);
        }
    }
    let deletedBy = new Set();
    for (let i = start; i < revisions.length; i += 1) {
        const rev = revisions[i];
        if (!rev)
            continue;
        if (rev.body === null) {
            if (!rev.byPreflight)
                deletedBy.add(rev.editor);
            continue;
        }
        const boxes = readBoxes(rev.body);
        if (rev.byPreflight || !known) {
            known = boxStates(boxes);
        }
        else {
            const next = new Map();
            for (const [id, now] of boxes) {
                const before = known.get(id);
                if (before === undefined) {
                    // A box that was not there before (a removed line put back) is where the next change starts from.
                    next.set(id, now[0] ?? false);
                    continue;
                }
                const checked = nextBoxState(prev?.get(id), now, before);
                next.set(id, checked);
                if (!ids.has(id) || checked === before)
                    continue;
                const change = { index: i, login: rev.editor, id, checked, at: rev.at };
                const others = [...deletedBy].filter((l) => !sameLogin(l, rev.editor));
                if (others.length > 0)
                    change.across = others.sort();
                out.push(change);
            }
            known = next;
        }
        prev = boxes;
        deletedBy = new Set();
    }
    return out;
}
function planReplay(revisions, items, offset = 0) {
    const base = trustedBase(revisions, offset);
    const manual = new Map(items.filter((i) => !i.kind).map((i) => [i.id, i]));
    const start = base.record ? Math.max(0, Math.min(base.record.seen, base.index) - offset) : revisions.length;
    const changes = base.record ? humanChanges(revisions, start, new Set(manual.keys())) : [];
    // Only the newest part of a history was read, and it does not reach back to a trusted record's start.
    const unreachable = offset > 0 && !covers(base, offset);
    return { revisions, offset, base, manual, start, changes, unreachable };
}
/** Whether the newest revisions read hold the trusted base and the revision before the replay's start. */
function historyCovers(revisions, offset) {
    return offset === 0 || covers(trustedBase(revisions, offset), offset);
}
function covers(base, offset) {
    return base.record !== undefined && Math.min(base.record.seen, base.index) - 1 >= offset;
}
/** The record Preflight last wrote, as the history keeps it. */
function latestRecord(revisions, offset = 0) {
    return trustedBase(revisions, offset).record;
}
/** The people whose edits need GitHub's word on their access before they can count. */
function editorsToAsk(revisions, items) {
    return editorsOf(planReplay(revisions, items));
}
function editorsOf(plan) {
    const logins = new Set();
    for (const c of plan.changes) {
        const rule = plan.manual.get(c.id)?.approvers;
        for (const login of [c.login, ...(c.across ?? [])])
            if (needsFacts(login, rule))
                logins.add(login);
    }
    return [...logins].sort();
}
/**
 * Replays the comment's history from the last record Preflight wrote: each person's box changes count
 * when that person may tick the item, Preflight's own resets apply where they were made, and nothing
 * written in the live body by anyone else is believed.
 */
function replayTicks(revisions, items, facts, offset = 0) {
    return replay(planReplay(revisions, items, offset), facts);
}
function replay(plan, facts) {
    const { revisions, base, manual, start, changes, offset } = plan;
    const ticks = {};
    for (const id of manual.keys())
        ticks[id] = { checked: false, by: '', at: '' };
    const out = {
        ticks,
        record: base.record,
        seen: offset + revisions.length,
        accepted: [],
        rejected: [],
        problems: [...base.problems],
    };
    if (plan.unreachable) {
        out.unreachable = true;
        out.problems.push(`no revision Preflight wrote with a trusted record is among the newest ${revisions.length} of the comment's ${offset + revisions.length} revisions, so no tick can be trusted: delete this comment and the next pull request run writes a new one`);
    }
    if (!base.record)
        return out;
    for (const [id, tick] of Object.entries(base.record.ticks))
        if (manual.has(id))
            ticks[id] = { ...tick };
    // Walk the revisions in order so resets and people's changes apply where they happened.
    let next = 0;
    for (let i = start; i < revisions.length; i += 1) {
        const rev = revisions[i];
        if (rev?.byPreflight && rev.body !== null) {
            const rec = offset + i === base.index ? base.record : decodeRecord(rev.body);
            for (const action of rec?.actions ?? [])
                for (const id of action.ids)
                    if (ticks[id])
                        ticks[id] = { checked: false, by: '', at: rev.at };
            continue;
        }
        for (; next < changes.length && changes[next].index === i; next += 1) {
            const change = changes[next];
            const rule = manual.get(change.id)?.approvers;
            const verdict = acrossVerdict(change, rule, facts) ?? mayTick(change.login, rule, facts.get(change.login));
            if (verdict.allowed) {
                ticks[change.id] = { checked: change.checked, by: change.login, at: change.at };
                out.accepted.push(change);
            }
            else
                out.rejected.push({
                    ...change,
                    why: verdict.why,
                    ...(verdict.needsToken ? { needsToken: true } : {}),
                });
        }
    }
    return out;
}
/** A change seen across deleted revisions counts only if each person who may have made it was allowed to. */
function acrossVerdict(change, rule, facts) {
    for (const login of change.across ?? []) {
        const verdict = mayTick(login, rule, facts.get(login));
        if (!verdict.allowed)
            return {
                allowed: false,
                why: `a revision by ${login} just before it was deleted from the comment's history, and ${login} may not change this item (${verdict.why})`,
            };
    }
    return undefined;
}
/** No comment yet: nothing replayed. */
const NO_HISTORY = { ticks: {}, seen: 0, accepted: [], rejected: [], problems: [] };

;// CONCATENATED MODULE: ./src/gate/preview.ts



/** The checklist comment a first gate run would post for this evaluation: `preflight check --format comment`. */
function previewComment(checklist, report, headSha = 'local') {
    return composeGate({
        checklistId: checklist.id,
        title: checklist.title,
        headSha,
        items: recordedItems(checklist, report),
        resultsHeadSha: headSha,
        applies: { yes: true },
        definitions: { from: 'head' },
        details: itemDetails(report),
    }, NO_HISTORY, report.finishedAt).body;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts




/** The report as GitHub-flavoured Markdown: the job summary and `preflight check --format markdown`. */
function renderMarkdown(report, options = {}) {
    const out = [];
    out.push(`## ${STATUS_ICON[report.state === 'pass' ? 'pass' : report.state === 'fail' ? 'fail' : 'manual']} ${inlineText(report.checklist.title)}`);
    out.push('');
    out.push(`**${STATE_HEADLINE[report.state]}** · ${countsLine(report.counts)} · ${(report.durationMs / 1000).toFixed(1)}s`);
    for (const section of report.sections) {
        const items = report.items.filter((i) => i.section === section.id);
        if (items.length === 0)
            continue;
        out.push('', `### ${inlineText(section.title)}`, '', '| | Item | Result |', '| --- | --- | --- |');
        for (const item of items)
            out.push(row(item));
    }
    const detailed = report.items.filter((i) => (i.status === 'fail' || i.status === 'error') && (i.evidence || i.findings.length > 0));
    if (detailed.length > 0) {
        out.push('', '### Details');
        for (const item of detailed)
            out.push('', details(item, options.maxEvidenceChars ?? 4000));
    }
    out.push('');
    return out.join('\n');
}
function row(item) {
    const optional = item.required ? '' : ' _(optional)_';
    const kind = item.kind ? ` <sub>${inlineText(item.kind)}</sub>` : '';
    return `| ${STATUS_ICON[item.status]} | ${inlineText(item.title)}${optional}${kind} | ${inlineText(item.summary)} |`;
}
function details(item, max) {
    return `<details><summary>${STATUS_ICON[item.status]} ${inlineText(item.title)}</summary>\n\n${fenced(detailsText(item, max))}\n\n</details>`;
}

// EXTERNAL MODULE: ./src/util/inert-log.ts
var inert_log = __webpack_require__(4335);
;// CONCATENATED MODULE: ./src/cli/format.ts




function formatReports(evaluated, format, paint) {
    const reports = evaluated.map((e) => e.report);
    if (format === 'json')
        return `${(0,inert_log/* inertJson */.nl)(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2))}\n`;
    if (format === 'markdown')
        return reports.map((r) => renderMarkdown(r)).join('\n');
    if (format === 'comment')
        return evaluated.map((e) => previewComment(e.checklist, e.report)).join('\n');
    return reports.map((r) => renderText(r, paint)).join('\n');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/checks/net/proxy.ts
var proxy = __webpack_require__(7201);
;// CONCATENATED MODULE: ./src/cli/progress.ts

/** A one-line counter on a terminal's stderr while checks run; silent elsewhere. */
function progressLine(write, enabled, paint) {
    let shown = false;
    return {
        update(result, done, total) {
            if (!enabled || result.status === 'manual' || result.status === 'skipped')
                return;
            const title = (0,terminal/* terminalLine */.t)(result.title);
            const label = title.length > 50 ? `${title.slice(0, 49)}…` : title;
            write(`\r\x1b[2K${paint('dim', `[${done}/${total}]`)} ${label}`);
            shown = true;
        },
        clear() {
            if (shown)
                write('\r\x1b[2K');
            shown = false;
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/scan/pool.ts
var pool = __webpack_require__(3247);
;// CONCATENATED MODULE: ./src/scan/ahead.ts



/**
 * Bytes of git's index per tracked file at the least: an entry is 62 bytes and its name (index v4 shares
 * the start of names, hence well under the usual 70 and more).
 */
const INDEX_BYTES_PER_FILE = 40;
/**
 * Starts the scan workers before the definition is read, when the repository looks large enough for its
 * pass to run on them, judged by the size of git's index (no git is run): then their start overlaps the
 * loading instead of following it. A guess; when it is wrong the workers serve a smaller pass, or are ended
 * unused. Undefined when nothing was started (no worker script, no workers, not a work tree's root, small).
 */
function startWorkersAhead(repoDir, env = process.env, script = (0,pool/* workerScript */.wF)()) {
    const size = (0,pool/* poolSize */.Gb)(env);
    if (!script || size === 0)
        return undefined;
    let indexBytes;
    try {
        indexBytes = (0,external_node_fs_.statSync)(external_node_path_default().join(repoDir, '.git', 'index')).size;
    }
    catch {
        return undefined;
    }
    if (indexBytes < pool/* POOL_MIN_FILES */.oJ * INDEX_BYTES_PER_FILE)
        return undefined;
    return (0,pool/* startSpareWorkers */.H3)(script, size);
}

;// CONCATENATED MODULE: ./src/cli/check.ts










async function checkCommand(args, io) {
    const git = (0,io_git/* createGitClient */.O)((0,io_git/* gitRunner */.X)(args.repoDir));
    // A large repository's scan workers start loading now, and its files are listed meanwhile (see ahead.ts).
    const spareWorkers = startWorkersAhead(args.repoDir, io.env);
    if (spareWorkers)
        void git.trackedFiles().catch(() => undefined);
    try {
        return await checkWith(args, io, git, spareWorkers);
    }
    finally {
        void spareWorkers?.close();
    }
}
async function checkWith(args, io, git, spareWorkers) {
    const paint = (0,cli_io/* useColour */.Oi)(io) ? colours : plain;
    const facts = { labels: args.labels.length > 0 ? args.labels : undefined };
    if (args.base) {
        try {
            facts.changedPaths = await git.changedFiles(args.base);
        }
        catch (e) {
            io.stderr(`preflight: --base ${args.base}: ${e.message}\n`);
            return cli_io/* EXIT */.dc.usage;
        }
    }
    const evaluated = [];
    let problems = 0;
    for (const checklist of args.checklists) {
        const progress = progressLine(io.stderr, io.stderrIsTTY, paint);
        const result = await (0,check/* runCheck */.k_)({
            checklist,
            cwd: io.cwd,
            repoDir: args.repoDir,
            env: io.env,
            targets: args.targets,
            facts,
            concurrency: args.concurrency,
            networkConcurrency: args.networkConcurrency,
            timeoutMs: args.timeoutMs,
            proxy: args.proxy ? (0,proxy/* environmentProxy */.Uw)() : undefined,
            git,
            spareWorkers,
            lenient: !args.strict,
            envIsLocalShell: !args.useEnv,
            onItemDone: progress.update,
        });
        progress.clear();
        if (!result.ok) {
            for (const d of result.diagnostics)
                io.stderr(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
            problems += result.diagnostics.length;
            continue;
        }
        for (const d of result.warnings)
            io.stderr(`${(0,diagnostic/* formatWarning */.W3)(d)}\n`);
        evaluated.push(result);
    }
    if (problems > 0) {
        io.stderr(`preflight: ${(0,wording/* plural */.LS)(problems, 'problem')} in the definition; nothing was run\n`);
        return cli_io/* EXIT */.dc.usage;
    }
    const shown = formatReports(evaluated, args.format, paint);
    io.stdout(shown);
    if (args.out) {
        // A file gets no colour: text shown in colour is rendered again without it.
        io.writeFile(args.out, args.format === 'text' && paint !== plain ? formatReports(evaluated, 'text', plain) : shown);
    }
    return evaluated.some((e) => e.report.state === 'fail') ? cli_io/* EXIT */.dc.failed : cli_io/* EXIT */.dc.ok;
}


/***/ })

};
