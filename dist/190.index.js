export const id = 190;
export const ids = [190];
export const modules = {

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

;// CONCATENATED MODULE: ./src/github/errors.ts
/** What a failed GitHub call means for the person reading the log. */
function explainGitHubError(e, doing) {
    const err = e;
    const message = err.response?.data?.message ?? err.message ?? String(e);
    if (err.status === 403 && /not accessible by integration/i.test(message))
        return `GitHub refused to ${doing} (403 ${message}). The token lacks a permission: give the job \`permissions: { pull-requests: write, statuses: write, contents: read }\`. A pull request from a fork gets a read-only token: the checklist is evaluated and summarised here, and the gate needs \`pull_request_target\` (see the README).`;
    if (err.status === 403 || err.status === 429)
        return `GitHub refused to ${doing} (${err.status} ${message}).`;
    if (err.status === 401)
        return `GitHub rejected the token while trying to ${doing} (401): check the \`token\` input.`;
    return `Could not ${doing}: ${err.status ? `${err.status} ` : ''}${message}`;
}
function isReadOnlyRefusal(e) {
    const err = e;
    return err.status === 403 && /not accessible by integration/i.test(err.message ?? '');
}

// EXTERNAL MODULE: ./src/checks/wording.ts
var wording = __webpack_require__(5677);
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


function deploy_decide_afterDeployItems(items) {
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
    const counted = deploy_decide_afterDeployItems(items).filter((i) => i.status !== 'skipped');
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

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/labels.ts
var labels = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/gate/login.ts
/**
 * GitHub spells one account two ways: REST adds `[bot]` to apps' logins (`github-actions[bot]`), GraphQL
 * leaves it off (`github-actions`), and logins are case-insensitive. Every comparison of logins goes here.
 */
function normalLogin(login) {
    return login
        .trim()
        .toLowerCase()
        .replace(/\[bot\]$/, '');
}
function sameLogin(a, b) {
    return normalLogin(a) === normalLogin(b);
}

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
function mayTick(login, approvers, facts) {
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
function needsFacts(login, approvers) {
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
    const items = deploy_decide_afterDeployItems(view.record.items);
    const d = view.deployDecision;
    if (!d || (items.length === 0 && !view.record.deploy))
        return [];
    const deploy = view.record.deploy;
    const out = ['', '### 🚀 After deploy', ''];
    const headline = deploy ? HEADLINE[d.state] : HEADLINE.waiting;
    const where = deploy
        ? ` · ${commitLink(deploy.sha, view.repoUrl)} on ${(0,render_escape/* inlineText */.l)(deploy.environment, 60)}${deploy.url ? ` (${(0,render_escape/* inlineText */.l)(deploy.url, 200)})` : ''}`
        : '';
    out.push(`**${headline}** · ${d.done}/${d.total} done after deploy${where}`);
    if (!deploy)
        out.push('', '> These items never block the merge. The deployment run checks them against the deployed environment and sets their own status.');
    if (deploy?.deploymentFailed)
        out.push('', `The deployment itself failed: ${(0,render_escape/* inlineText */.l)(deploy.deploymentFailed, 200)}.`);
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
        out.push('', `<sub>Notes by ${(0,render_escape/* inlineText */.l)(view.releaseNotes.by, 60)}, ${when(view.releaseNotes.at)}</sub>`);
    return out;
}
function rollbackLine(view) {
    const id = view.record.rollback;
    const section = id ? view.record.items.find((i) => i.section === id) : undefined;
    if (!section)
        return '**Roll back:** this checklist names no rollback section.';
    return `**Roll back:** follow “${(0,render_escape/* inlineText */.l)(section.sectionTitle, 100)}” (section \`${id}\`) of this checklist.`;
}
function afterDeployLine(item, view) {
    const optional = item.required ? '' : ' _(optional)_';
    const deploy = view.record.deploy;
    const title = `**${(0,render_escape/* inlineText */.l)(item.title)}**${optional}`;
    if (!deploy)
        return [`- ⏳ ${title} · runs after the deployment`];
    const until = item.holdForMs && holdUntil(deploy.at, item.holdForMs);
    const watching = item.status === 'pass' && until && view.deployDecision?.watching.some((w) => w.id === item.id);
    const icon = watching ? '⏳' : labels/* STATUS_ICON */.tW[item.status];
    const hold = until ? ` · ${watching ? 'watching' : 'held'} until ${when(until)}` : '';
    const lines = [`- ${icon} ${title} · ${(0,render_escape/* inlineText */.l)(item.summary)}${hold}`];
    const details = view.details.get(item.id);
    if (details && !view.shortened)
        lines.push('', `  <details><summary>Details</summary>\n\n${(0,render_escape/* fenced */.O)(details)
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
        ['Deployed by', (0,render_escape/* inlineText */.l)(deploy.by || 'unknown', 60)],
        [
            'Reviewed by',
            deploy.reviewedBy.length > 0
                ? deploy.reviewedBy.map((l) => (0,render_escape/* inlineText */.l)(l, 60)).join(', ')
                : 'nobody approved',
        ],
        [
            view.record.deploy?.environment === 'production' ? 'Production URL' : 'Environment URL',
            deploy.url ? (0,render_escape/* inlineText */.l)(deploy.url, 200) : 'not given',
        ],
        ['Version', (0,render_escape/* inlineText */.l)(deploy.version ?? view.record.version ?? 'unknown', 60)],
        ['Commit', commitLink(deploy.sha, view.repoUrl)],
        ['Closed', when(deploy.closed.at)],
    ];
    if (notes)
        rows.push(['Notes', (0,render_escape/* inlineText */.l)(notes, 400)]);
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
function decodeRecord(body) {
    const start = body.lastIndexOf(START);
    if (start < 0)
        return undefined;
    const end = body.indexOf(END, start + START.length);
    if (end < 0)
        return undefined;
    try {
        const json = JSON.parse(
        // A signature (` sig=…`, the hardened setup) follows the payload; see signature.ts.
        (0,external_node_zlib_.inflateRawSync)(Buffer.from(body.slice(start + START.length, end).split(' ')[0] ?? '', 'base64'), {
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
    out.push(`### 🛫 Preflight: ${(0,render_escape/* inlineText */.l)(view.title)}`, '');
    const sha = commitLink(record.headSha, view.repoUrl);
    if (!record.applies.yes) {
        out.push(`**${render_HEADLINE.success}**: this checklist does not apply (${(0,render_escape/* inlineText */.l)(record.applies.reason ?? '')}).`);
        return finish(out, record);
    }
    out.push(`**${render_HEADLINE[decision.state]}** · ${decision.done}/${decision.total} done · head ${sha}`);
    if (decision.failing.length > 0)
        out.push('', `Failing: ${decision.failing.map((id) => `\`${id}\``).join(', ')}`);
    if (view.warning)
        out.push('', `> [!WARNING]\n> ${(0,render_escape/* inlineText */.l)(view.warning, 1200)}`);
    if (!view.resultsCurrent) {
        const other = record.results && record.results.headSha !== record.headSha ? record.results.headSha : '';
        out.push('', `> Waiting for the run of ${sha}: automated results come only from the pull request's own run for that commit${other ? ` (the last results were for \`${other.slice(0, 7)}\` and do not count for ${sha})` : ''}.`);
    }
    out.push(...sectionLines(record.items.filter((i) => i.phase !== 'after-deploy'), view, (item) => (item.kind ? automatedLines(item, view) : manualLines(item, view.ticks[item.id]))));
    if (record.signOff) {
        const so = record.signOff;
        out.push('', '#### Sign-off', '');
        out.push(`Signed off ${when(so.at)} at ${commitLink(so.headSha, view.repoUrl)}${so.version ? ` for version ${(0,render_escape/* inlineText */.l)(so.version, 60)}` : ''}.`);
        if (so.ticks.length > 0) {
            out.push('', '| Item | Ticked by | When |', '| --- | --- | --- |');
            for (const t of so.ticks)
                out.push(`| ${(0,render_escape/* inlineText */.l)(t.title, 120)} | ${(0,render_escape/* inlineText */.l)(t.by, 60)} | ${when(t.at)} |`);
        }
    }
    out.push(...deployLines(view, sectionLines, manualLines));
    if (record.notes.length > 0) {
        out.push('', '#### Notes', '');
        for (const n of record.notes)
            out.push(`- ${when(n.at)}: ${(0,render_escape/* inlineText */.l)(n.text, 400)}`);
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
        out.push('', `#### ${(0,render_escape/* inlineText */.l)(inSection[0]?.sectionTitle ?? id)}`, '');
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
            `- ⏳ **${(0,render_escape/* inlineText */.l)(item.title)}**${optional} · waiting for the run of \`${view.record.headSha.slice(0, 7)}\``,
        ];
    const lines = [
        `- ${labels/* STATUS_ICON */.tW[item.status]} **${(0,render_escape/* inlineText */.l)(item.title)}**${optional} · ${(0,render_escape/* inlineText */.l)(item.summary)}`,
    ];
    const details = view.details.get(item.id);
    if (details && !view.shortened)
        lines.push('', `  <details><summary>Details</summary>\n\n${indent((0,render_escape/* fenced */.O)(details))}\n\n  </details>`, '');
    return lines;
}
function manualLines(item, tick) {
    if (item.status === 'skipped')
        return [`- ⏭️ ${(0,render_escape/* inlineText */.l)(item.title)} · ${(0,render_escape/* inlineText */.l)(item.summary)}`];
    const box = tick?.checked ? '[x]' : '[ ]';
    const optional = item.required ? '' : ' _(optional)_';
    const who = tick?.checked && tick.by
        ? `✔ ${(0,render_escape/* inlineText */.l)(tick.by, 60)}, ${when(tick.at)}`
        : `may be ticked by ${(0,render_escape/* inlineText */.l)(describeApprovers(item.approvers), 200)}`;
    const reset = item.resetOnPush ? ' · unticked on every push' : '';
    return [
        `- ${box} ${(0,render_escape/* inlineText */.l)(item.title)}${optional} ${itemMarker(item.id)}<br><sub>${who}${reset}</sub>`,
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
    return (0,external_node_crypto_.createHmac)('sha256', key).update(`preflight-record/v1\n${scope}\n${payload}`).digest('base64url');
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
    return want.length === got.length && (0,external_node_crypto_.timingSafeEqual)(want, got) ? 'valid' : 'invalid';
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

;// CONCATENATED MODULE: ./src/gate/foreign-status.ts

/**
 * A warning when the gate's status on the head was last set by someone other than Preflight's identity
 * (`bot-login`): another workflow, a person's token or another app. Whatever reads the latest status of
 * that context without pinning its source (branch protection, a ruleset without a source app) counts it.
 * With the default GITHUB_TOKEN setup every workflow of the repository writes as the same
 * github-actions[bot], so this cannot tell them apart; the hardened setup's own app identity can. Pure.
 */
function foreignStatusWarning(status, own) {
    if (!status || sameLogin(status.creator, own.botLogin))
        return undefined;
    const who = status.creator === '' ? 'an account GitHub no longer shows' : status.creator;
    const short = own.sha.slice(0, 7);
    return `The ${own.context} status on ${short} was last set by ${who} (${status.state.toLowerCase()}), not by Preflight (${own.botLogin}): branch protection or a ruleset that requires ${own.context} without pinning its source counts that status. Require ${own.context} from Preflight's own GitHub App (see the README's hardened setup).`;
}

;// CONCATENATED MODULE: ./src/github/comments.ts


/**
 * Preflight's comments for a checklist on a pull request, oldest first, reading every page. A comment
 * counts when its body opens with the marker and it was written by the identity Preflight runs as;
 * a person's copy of the marker is not Preflight's comment.
 */
async function findChecklistComments(gh, ref, number, checklistId, botLogin) {
    const out = [];
    for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
        ...ref,
        issue_number: number,
        per_page: 100,
    })) {
        for (const c of page.data) {
            if (!isChecklistComment(c.body, checklistId))
                continue;
            if (!sameLogin(c.user?.login ?? '', botLogin))
                continue;
            out.push(toComment(c));
        }
    }
    return out.sort((a, b) => a.id - b.id);
}
function toComment(c) {
    return {
        id: c.id,
        nodeId: c.node_id,
        body: c.body ?? '',
        author: c.user?.login ?? '',
        createdAt: c.created_at,
        htmlUrl: c.html_url,
    };
}
async function createComment(gh, ref, number, body) {
    const r = await gh.rest.issues.createComment({ ...ref, issue_number: number, body });
    return toComment(r.data);
}
async function updateComment(gh, ref, id, body) {
    const r = await gh.rest.issues.updateComment({ ...ref, comment_id: id, body });
    return toComment(r.data);
}
async function deleteComment(gh, ref, id) {
    await gh.rest.issues.deleteComment({ ...ref, comment_id: id });
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * The one query for a pull request's live state (the API double answers exactly this). The head commit's
 * status comes with it as GitHub's CLI reads it (`commits(last: 1)`, the pull request's last commit, in the
 * base repository, so also for a fork); `Status.context(name:)` is the latest status of that context, and
 * `StatusContext.creator` the actor that set it (GraphQL reference, "StatusContext").
 */
const PULL_REQUEST_QUERY = `query PullRequestState($owner: String!, $name: String!, $number: Int!, $context: String!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number title state isDraft merged
      headRefOid headRefName baseRefOid baseRefName isCrossRepository
      author { login }
      labels(first: 100) { nodes { name } }
      commits(last: 1) { nodes { commit { oid status { context(name: $context) { state createdAt creator { login } } } } } }
    }
  }
}`;
async function readPullRequest(gh, ref, number, statusContext) {
    const answer = await gh.graphql(PULL_REQUEST_QUERY, {
        owner: ref.owner,
        name: ref.repo,
        number,
        context: statusContext,
    });
    const pr = answer.repository?.pullRequest;
    if (!pr)
        throw new Error(`pull request #${number} was not found in ${ref.owner}/${ref.repo}`);
    return {
        number: pr.number,
        title: pr.title,
        state: pr.state,
        isDraft: pr.isDraft,
        headSha: pr.headRefOid,
        headRef: pr.headRefName,
        baseSha: pr.baseRefOid,
        baseRef: pr.baseRefName,
        isCrossRepository: pr.isCrossRepository,
        author: pr.author?.login ?? '',
        labels: (pr.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
        headStatus: headStatus(pr),
    };
}
function headStatus(pr) {
    const last = pr.commits?.nodes?.at(-1)?.commit;
    const status = last?.oid === pr.headRefOid ? last.status?.context : undefined;
    if (!status)
        return undefined;
    return { state: status.state, creator: status.creator?.login ?? '', createdAt: status.createdAt };
}

;// CONCATENATED MODULE: ./src/github/web-url.ts
/**
 * The repository's web address on the GitHub server the run is on: `GITHUB_SERVER_URL` (`https://github.com`,
 * or `https://HOST` on GitHub Enterprise Server) plus owner and name. Undefined when the server URL is unset
 * or not an http(s) URL, so nothing links to a guessed host.
 */
function repoWebUrl(serverUrl, ref) {
    if (!serverUrl?.trim())
        return undefined;
    let url;
    try {
        url = new URL(serverUrl.trim());
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username || url.password || url.search || url.hash)
        return undefined;
    const out = `${url.href.replace(/\/+$/, '')}/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`;
    // Only characters that stay inert inside a Markdown link target.
    return /^[\w\-.~:/%]+$/.test(out) ? out : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/gate/release-markdown.ts

const RESULT = {
    pass: '✅ pass',
    fail: '❌ FAIL',
    error: '⚠️ ERROR',
    skipped: '⏭️ skipped',
    ticked: '☑ ticked',
    unticked: '☐ not ticked',
};
/** The release record as Markdown: the seeds' sign-off block, then every item. Text from outside is inert. */
function releaseMarkdown(r) {
    const t = (s, max = 300) => (0,render_escape/* inlineText */.l)(s, max);
    const out = [
        `# Release record: ${t(r.checklist.title)}`,
        '',
        '## Deployment sign-off',
        '',
        `- **Status:** ${r.status}`,
        `- **Deployment date:** ${r.deployment.date}`,
        `- **Deployed by:** ${t(r.deployedBy || 'unknown', 60)}`,
        `- **Reviewed by:** ${r.reviewedBy.length > 0 ? r.reviewedBy.map((l) => t(l, 60)).join(', ') : 'nobody approved'}`,
        `- **Production URL:** ${r.deployment.url ? t(r.deployment.url, 200) : 'not given'}`,
        `- **Version deployed:** ${t(r.version ?? 'unknown', 60)}`,
        `- **Environment:** ${t(r.deployment.environment, 60)}`,
        `- **Commit:** \`${r.deployment.commit}\`${r.deployment.ref ? ` (${t(r.deployment.ref, 100)})` : ''}`,
        `- **Pull request:** #${r.pullRequest.number}${r.pullRequest.url ? ` (${t(r.pullRequest.url, 300)})` : ''}`,
    ];
    if (r.closedAt)
        out.push(`- **Closed:** ${r.closedAt}`);
    if (r.deployment.failed)
        out.push(`- **The deployment failed:** ${t(r.deployment.failed, 200)}`);
    out.push(`- **Notes:** ${r.notes ? t(r.notes.text, 2000) : 'none'}${r.notes?.by ? ` (by ${t(r.notes.by, 60)})` : ''}`);
    if (r.failing.length > 0)
        out.push('', `**Failing:** ${r.failing.map((id) => `\`${id}\``).join(', ')}`);
    if (r.rollback)
        out.push('', `## Roll back: ${t(r.rollback.title, 100)}`, '', ...r.rollback.items.map((i) => `- ${t(i.title)}`));
    for (const phase of ['before-merge', 'after-deploy']) {
        const items = r.items.filter((i) => i.phase === phase);
        if (items.length === 0)
            continue;
        out.push('', `## ${phase === 'before-merge' ? 'Before the merge' : 'After the deployment'}`, '');
        out.push('| Item | Result | Detail |', '| --- | --- | --- |');
        for (const i of items) {
            const detail = i.by ? `${t(i.by, 60)}, ${i.at ?? ''}` : t(i.summary ?? '', 200);
            out.push(`| ${t(i.title, 200)}${i.required ? '' : ' (optional)'} | ${RESULT[i.result]} | ${detail} |`);
        }
    }
    if (r.mergeSignOff)
        out.push('', `Merge gate signed off ${r.mergeSignOff.at} at \`${r.mergeSignOff.headSha.slice(0, 7)}\`.`);
    out.push('', `_Written by Preflight (${r.schema}); keep it with the release for audit._`, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/gate/release-record.ts

function buildReleaseRecord(input) {
    const { record, ticks, decision } = input;
    const deploy = record.deploy;
    if (!deploy)
        return undefined;
    const items = record.items.map((i) => {
        const base = {
            id: i.id,
            title: i.title,
            section: i.section,
            phase: i.phase === 'after-deploy' ? 'after-deploy' : 'before-merge',
            required: i.required,
        };
        if (i.kind) {
            const result = i.status === 'manual' ? 'error' : i.status;
            return { ...base, kind: i.kind, result, summary: i.summary };
        }
        if (i.status === 'skipped')
            return { ...base, result: 'skipped', summary: i.summary };
        const t = ticks[i.id];
        return t?.checked
            ? { ...base, result: 'ticked', by: t.by, at: t.at }
            : { ...base, result: 'unticked' };
    });
    const out = {
        schema: 'preflight-release/v1',
        status: deploy.closed?.outcome ?? 'PENDING',
        repository: input.repository,
        pullRequest: { number: input.number, ...(input.commentUrl ? { url: input.commentUrl } : {}) },
        checklist: { id: record.checklistId, title: record.title },
        deployment: {
            date: deploy.at,
            environment: deploy.environment,
            commit: deploy.sha,
            trigger: deploy.trigger,
            ...(deploy.url ? { url: deploy.url } : {}),
            ...(deploy.ref ? { ref: deploy.ref } : {}),
            ...(deploy.deploymentId !== undefined ? { id: deploy.deploymentId } : {}),
            ...(deploy.deploymentFailed ? { failed: deploy.deploymentFailed } : {}),
        },
        deployedBy: deploy.by,
        reviewedBy: [...deploy.reviewedBy],
        items,
        failing: [...decision.failing],
    };
    const version = deploy.version ?? record.version;
    if (version)
        out.version = version;
    if (deploy.closed)
        out.closedAt = deploy.closed.at;
    if (deploy.notes)
        out.notes = { text: deploy.notes };
    else if (input.notes)
        out.notes = { ...input.notes };
    if (record.signOff)
        out.mergeSignOff = record.signOff;
    if (out.status === 'FAILED' && record.rollback) {
        const steps = record.items.filter((i) => i.section === record.rollback);
        if (steps.length > 0)
            out.rollback = {
                section: record.rollback,
                title: steps[0]?.sectionTitle ?? record.rollback,
                items: steps.map((i) => ({ id: i.id, title: i.title })),
            };
    }
    return out;
}
/** Whether a record has anything to release: after-deploy items or a deployment. */
function hasDeployPhase(record) {
    return record.deploy !== undefined || afterDeployItems(record.items).length > 0;
}

;// CONCATENATED MODULE: ./src/github/status.ts
async function setStatus(gh, ref, status) {
    await gh.rest.repos.createCommitStatus({
        ...ref,
        sha: status.sha,
        state: status.state,
        context: status.context,
        description: status.description,
        target_url: status.targetUrl,
    });
}

;// CONCATENATED MODULE: ./src/action/gate/deploy-publish.ts






/**
 * After a run that saw a deployment wrote the comment: the second status on the deployed commit, agreeing
 * with the comment's "After deploy" part, and the release record written as JSON and Markdown.
 */
async function publishDeployment(deps, p) {
    const { core, inputs } = deps;
    const deploy = p.record.deploy;
    if (!deploy)
        return;
    await setStatus(deps.gh, deps.ref, {
        sha: deploy.sha,
        state: p.decision.state,
        context: inputs.deploy.statusContext,
        description: p.decision.description,
        targetUrl: p.commentUrl,
    });
    core.setOutput('deploy', p.decision.state);
    const release = buildReleaseRecord({
        record: p.record,
        ticks: p.ticks,
        decision: p.decision,
        repository: `${deps.ref.owner}/${deps.ref.repo}`,
        number: p.number,
        commentUrl: p.commentUrl,
        notes: p.notes,
    });
    if (!release)
        return;
    const json = inputs.deploy.recordPath;
    const md = json.replace(/\.json$/i, '') + '.md';
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(json), { recursive: true });
    (0,external_node_fs_.writeFileSync)(json, `${JSON.stringify(release, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)(md, releaseMarkdown(release));
    core.setOutput('release-status', release.status);
    core.setOutput('release-record', json);
    core.info(`Release record (${release.status}) written to ${json} and ${md}.`);
    if (deps.env.GITHUB_STEP_SUMMARY)
        await core.summary
            .addRaw(`**After deploy \`${(0,render_escape/* inlineText */.l)(inputs.deploy.statusContext, 100)}\`: ${p.decision.state}** · ${(0,render_escape/* inlineText */.l)(p.decision.description, 200)} · release record: **${release.status}**\n\n`)
            .write();
}

;// CONCATENATED MODULE: ./src/gate/unchanged.ts

const unchanged_RECORD_LINE = /<!-- preflight:record [^\n]*? -->/g;
/** What a record says, less what changes on every run (how much history was read, when results were taken). */
function lasting(record) {
    if (!record)
        return '';
    const deploy = record.deploy && { ...record.deploy, checkedAt: '' };
    return JSON.stringify({ ...record, seen: 0, results: record.results?.headSha, deploy });
}
/**
 * Whether writing `next` over `live` would change nothing a person can see nor anything the record decides
 * with. Every rewrite adds a revision to the comment's history, so an idle run writes nothing.
 */
function sameContent(live, next) {
    return (live.replace(unchanged_RECORD_LINE, '') === next.replace(unchanged_RECORD_LINE, '') &&
        lasting(decodeRecord(live)) === lasting(decodeRecord(next)));
}

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 51 modules
var lib = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js + 1 modules
var mdast_util_gfm_task_list_item_lib = __webpack_require__(1756);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var syntax = __webpack_require__(1197);
;// CONCATENATED MODULE: ./src/gate/boxes.ts




/**
 * The state of every marked task box in a comment body, by id, in the order they appear, read with a
 * Markdown parser. Only the boxes of top-level lists count, as Preflight renders them: a box nested in
 * another item (where an item's details are), inside a code fence, an HTML comment or block, or a quote is
 * not a box. An id may carry more than one box when someone copied a line: see `nextBoxState`.
 */
function readBoxes(body) {
    const tree = (0,lib/* fromMarkdown */.Y)(body, {
        extensions: [(0,syntax/* gfmTaskListItem */.J)()],
        mdastExtensions: [(0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)()],
    });
    const out = new Map();
    for (const node of tree.children) {
        if (node.type !== 'list')
            continue;
        for (const item of node.children) {
            if (typeof item.checked !== 'boolean')
                continue;
            const id = markerIn(item);
            if (id === undefined)
                continue;
            const list = out.get(id);
            if (list)
                list.push(item.checked);
            else
                out.set(id, [item.checked]);
        }
    }
    return out;
}
/** The state of each id in a body Preflight wrote (one box per id; should there be more, the first). */
function boxStates(boxes) {
    return new Map([...boxes].map(([id, list]) => [id, list[0] ?? false]));
}
/**
 * An id's state after a person's edit, from its boxes before (`prev`) and after (`now`) and the state
 * it had (`known`). A copy of a box never shadows the real one: whichever box of the id the person
 * changed, the change counts (the person is still held to the item's approvers). With as many boxes as
 * before, a box that flipped to the other state is the change; with a box added or removed, a box in the
 * other state is.
 */
function nextBoxState(prev, now, known) {
    if (prev && prev.length === now.length)
        return now.some((v, i) => v !== prev[i] && v !== known) ? !known : known;
    return now.some((v) => v !== known) ? !known : known;
}
/** The id in the marker that ends the item's first paragraph. */
function markerIn(item) {
    const first = item.children[0];
    if (first?.type !== 'paragraph')
        return undefined;
    const html = first.children.filter((c) => c.type === 'html');
    for (const h of html) {
        const m = ITEM_MARKER.exec(h.value.trim());
        if (m)
            return m[1];
    }
    return undefined;
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

;// CONCATENATED MODULE: ./src/github/history.ts


/**
 * The one query for a comment's live body and GitHub's record of its edits. GitHub lists `userContentEdits`
 * newest first (public code that reads it, such as git-bug's GitHub importer, walks it that way), so
 * `first:`/`after:` reads from the newest end. Once a comment is edited the list includes an entry for its
 * creation (`includesCreatedEdit`); a never-edited comment has no entries.
 */
const COMMENT_HISTORY_QUERY = `query CommentHistory($id: ID!, $after: String) {
  node(id: $id) {
    ... on IssueComment {
      body
      includesCreatedEdit
      author { login __typename }
      userContentEdits(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { editedAt deletedAt diff editor { login __typename } }
      }
    }
  }
}`;
/**
 * At most this many pages (of 100) are read from the newest end. Preflight rewrites its comment after each
 * person's edit, so its newest record is almost always on the first page; past this, the gate says it
 * cannot decide rather than trusting less.
 */
const MAX_HISTORY_PAGES = 10;

/**
 * GitHub's own record of the comment's edits, read from the newest end until it holds the newest revision
 * Preflight wrote with a readable record (and the revision before the replay's start), or the beginning, or
 * `maxPages`. Positions are absolute, from `totalCount`. Each revision names its editor; the bodies are
 * GitHub's copies, null where a revision was deleted from the history.
 */
async function readRevisions(gh, nodeId, botLogin, createdAt, maxPages = MAX_HISTORY_PAGES) {
    const newestFirst = [];
    let after = null;
    let body = '';
    let author = '';
    let total = 0;
    let listed = 0;
    let creationListed = true;
    for (let page = 0; page < maxPages; page += 1) {
        const answer = await gh.graphql(COMMENT_HISTORY_QUERY, { id: nodeId, after });
        const node = answer.node;
        if (!node)
            throw new Error('the checklist comment was not found');
        body = node.body;
        author = node.author?.login ?? '';
        const edits = node.userContentEdits;
        listed = edits?.totalCount ?? 0;
        // A never-edited comment lists nothing: its creation is the live body.
        creationListed = node.includesCreatedEdit && listed > 0;
        total = listed + (creationListed ? 0 : 1);
        for (const e of edits?.nodes ?? []) {
            if (!e)
                continue;
            const editor = e.editor?.login ?? '';
            newestFirst.push({
                editor,
                byPreflight: editor !== '' && sameLogin(editor, botLogin),
                at: e.editedAt,
                body: e.deletedAt ? null : e.diff,
            });
        }
        if (!edits?.pageInfo.hasNextPage || !edits.pageInfo.endCursor)
            break;
        const window = [...newestFirst].reverse();
        if (historyCovers(window, total - window.length))
            break;
        after = edits.pageInfo.endCursor;
    }
    const revisions = newestFirst.reverse();
    if (!creationListed && revisions.length === listed) {
        // Never edited (the live body is the only revision), or edited before GitHub kept the creation.
        revisions.unshift({
            editor: author,
            byPreflight: sameLogin(author, botLogin),
            at: createdAt,
            body: listed === 0 ? body : null,
        });
    }
    return { revisions, body, author, offset: total - revisions.length };
}

;// CONCATENATED MODULE: ./src/github/permissions.ts
const BUILT_IN = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);
const BASES = new Set(['admin', 'write', 'read', 'none']);
/**
 * What GitHub says about each person: their role on the repository and, among the teams the approvers
 * name, the ones they belong to, or the ones GitHub would not show. One call per person, plus one per
 * named team (and one per team when a membership answer is ambiguous).
 */
async function actorFacts(gh, ref, logins, approvers) {
    const teams = [...new Set(approvers.flatMap((a) => a?.teams ?? []).map((t) => t.toLowerCase()))];
    const needRole = approvers.some((a) => a === undefined || a.permission !== undefined);
    const visible = new Map();
    const out = new Map();
    for (const login of logins) {
        const facts = { role: 'none', teams: [] };
        if (needRole)
            facts.role = await repositoryRole(gh, ref, login);
        for (const team of teams) {
            const answer = await inTeam(gh, team, login, visible);
            if (answer === 'member')
                facts.teams.push(team);
            else if (answer === 'unreadable')
                (facts.unreadableTeams ??= []).push(team);
        }
        out.set(login, facts);
    }
    return out;
}
/**
 * GitHub's docs for this endpoint: `permission` is the legacy base (admin, write, read, none) and
 * `role_name` the assigned role, "including custom roles". A custom role counts by its base.
 */
async function repositoryRole(gh, ref, username) {
    try {
        const r = await gh.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
        const name = String(r.data.role_name ?? '');
        if (BUILT_IN.has(name))
            return name;
        const base = String(r.data.permission ?? '');
        return (BASES.has(base) ? base : 'none');
    }
    catch (e) {
        if (e.status === 404)
            return 'none';
        throw e;
    }
}
/**
 * "To get a user's membership with a team, the team must be visible to the authenticated user" (GitHub's
 * docs), and the GITHUB_TOKEN sees no team: a 404 is a non-member only when the team itself is visible.
 * Public evidence of the trap: PostHog/posthog#56869 and srvaroa/labeler#188 (a 404 read as "not a member").
 */
async function inTeam(gh, team, username, visible) {
    const [org, slug] = team.split('/');
    if (!org || !slug)
        return 'not-member';
    try {
        const r = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
        return r.data.state === 'active' ? 'member' : 'not-member';
    }
    catch (e) {
        const status = e.status;
        if (status === 403)
            return 'unreadable';
        if (status !== 404)
            throw e;
    }
    let seen = visible.get(team);
    if (!seen)
        visible.set(team, (seen = teamVisible(gh, org, slug)));
    return (await seen) ? 'not-member' : 'unreadable';
}
async function teamVisible(gh, org, slug) {
    try {
        await gh.rest.teams.getByName({ org, team_slug: slug });
        return true;
    }
    catch (e) {
        const status = e.status;
        if (status === 404 || status === 403)
            return false;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/action/gate/publish.ts










/**
 * The trusted state of an existing comment: its history replayed, with GitHub's word on the editors. With
 * a `record-key` (the hardened setup) only validly signed revisions by Preflight's identity are its own.
 */
async function trustedState(deps, number, comment, items) {
    const read = await readRevisions(deps.gh, comment.nodeId, deps.inputs.botLogin, comment.createdAt);
    const { offset, body, author } = read;
    const key = deps.inputs.recordKey;
    const trusted = key
        ? trustRevisions(read.revisions, key, recordScope(deps.ref, number))
        : { revisions: read.revisions, notices: [] };
    const revisions = trusted.revisions;
    const plan = planReplay(revisions, items ?? latestRecord(revisions, offset)?.items ?? [], offset);
    const facts = await actorFacts(deps.gh, deps.ref, editorsOf(plan), [...plan.manual.values()].map((i) => i.approvers));
    const replayed = replay(plan, facts);
    const notes = notesFromHistory(revisions, deps.inputs.botLogin);
    return {
        replayed: trusted.notices.length > 0 ? { ...replayed, notices: trusted.notices } : replayed,
        body,
        author,
        ...(notes ? { notes } : {}),
    };
}
/**
 * Whether rewriting the live body would change nothing; with a `record-key`, a live record that is not
 * validly signed (a rotated key) is always rewritten.
 */
function unchanged(deps, number, live, next) {
    const key = deps.inputs.recordKey;
    if (key && checkSeal(live, key, recordScope(deps.ref, number)) !== 'valid')
        return false;
    return sameContent(live, next);
}
/** The body as Preflight writes it: with the hardened setup's `record-key`, its record signed. */
function sealed(deps, number, body) {
    const key = deps.inputs.recordKey;
    return key ? sealBody(body, key, recordScope(deps.ref, number)) : body;
}
/** The commit status that agrees with the comment just written. */
function setGateStatus(deps, sha, decision, targetUrl) {
    return setStatus(deps.gh, deps.ref, {
        sha,
        state: decision.state,
        context: deps.inputs.statusContext,
        description: decision.description,
        targetUrl,
    });
}
/**
 * Finds (or creates) the one checklist comment, merges the trusted ticks into the new results, writes
 * the comment only when it changed, heals duplicates, then sets the commit status to agree with it.
 */
async function publishGate(deps, g) {
    const { gh, ref, inputs } = deps;
    const found = await findChecklistComments(gh, ref, g.number, g.checklistId, inputs.botLogin);
    const keep = found[0];
    const state = keep
        ? await trustedState(deps, g.number, keep, g.items)
        : { replayed: NO_HISTORY, body: '' };
    const composed = composeGate({
        ...newestResults(g, state.replayed),
        repoUrl: repoWebUrl(deps.env.GITHUB_SERVER_URL, ref),
        releaseNotes: state.notes,
    }, state.replayed, deps.now().toISOString());
    const body = sealed(deps, g.number, composed.body);
    let url;
    if (keep) {
        url = keep.htmlUrl;
        if (!unchanged(deps, g.number, state.body, body))
            await updateComment(gh, ref, keep.id, body);
        for (const extra of found.slice(1))
            await deleteQuietly(deps, extra.id);
    }
    else {
        const created = await createComment(gh, ref, g.number, body);
        url = created.htmlUrl;
        // Two runs may have created one each: the oldest stays, with this run's body.
        const now = await findChecklistComments(gh, ref, g.number, g.checklistId, inputs.botLogin);
        const oldest = now[0];
        if (oldest && oldest.id !== created.id) {
            await deleteQuietly(deps, created.id);
            await updateComment(gh, ref, oldest.id, body);
            url = oldest.htmlUrl;
        }
    }
    if (g.mergeStatus !== false)
        await setGateStatus(deps, g.headSha, composed.decision, url);
    return { ...composed, commentUrl: url, releaseNotes: state.notes };
}
/**
 * A run whose results are for an older commit than the live head never replaces results the live head's
 * own run already recorded (a run for H1 finishing after the run for H2).
 */
function newestResults(g, replayed) {
    const recorded = replayed.record;
    if (g.resultsHeadSha === g.headSha || recorded?.results?.headSha !== g.headSha)
        return g;
    const fresh = new Map(recorded.items.map((i) => [i.id, i]));
    return {
        ...g,
        items: g.items.map((i) => (i.kind ? (fresh.get(i.id) ?? i) : i)),
        resultsHeadSha: recorded.results.headSha,
        resultsAt: recorded.results.at,
        details: new Map(),
    };
}
async function deleteQuietly(deps, id) {
    try {
        await deleteComment(deps.gh, deps.ref, id);
    }
    catch (e) {
        if (e.status !== 404)
            throw e;
    }
}

;// CONCATENATED MODULE: ./src/action/gate/comment-run.ts










/**
 * An edit of Preflight's comment (a box ticked or unticked). The checkout is the default branch, so no
 * check runs here: automated results come from the record the pull request's run wrote, as GitHub's
 * edit history keeps it, and ticks count only when the history shows an allowed person made them.
 */
async function commentRun(deps, event) {
    const { core, gh, ref, inputs } = deps;
    if (!event.onPullRequest)
        return core.info('A comment on an issue, not a pull request: nothing to do.');
    if (event.action !== 'edited')
        return core.info(`Comment ${event.action}: only edits of the checklist comment matter.`);
    if (!markedChecklistId(event.commentBody))
        return core.info('The edited comment is not a Preflight checklist: nothing to do.');
    if (sameLogin(event.sender, inputs.botLogin))
        return core.info("Preflight's own edit: nothing to do.");
    const pr = await readPullRequest(gh, ref, event.number, inputs.statusContext);
    // The live body and author come with the history; one query answers both.
    const state = await trustedState(deps, event.number, {
        nodeId: event.commentNodeId,
        createdAt: event.commentCreatedAt,
    });
    if (!sameLogin(state.author, inputs.botLogin))
        return core.info(`The comment was written by ${state.author}, not by ${inputs.botLogin}: it is not the gate.`);
    const record = state.replayed.record;
    if (state.replayed.unreachable) {
        const why = state.replayed.problems.at(-1) ?? 'no trusted record in the comment history';
        core.warning(`Preflight cannot decide: ${why}.`);
        await setGateStatus(deps, pr.headSha, { state: 'error', description: "Preflight's trusted record is not in the comment's recent history" }, event.commentUrl);
        core.setOutput('gate', 'error');
        return;
    }
    if (!record)
        return core.warning('The checklist comment has no record Preflight wrote: the next pull request run restores it.');
    const foreign = foreignStatusWarning(pr.headStatus, {
        botLogin: inputs.botLogin,
        context: inputs.statusContext,
        sha: pr.headSha,
    });
    if (foreign)
        core.warning(foreign);
    const composed = composeGate({
        warning: foreign,
        checklistId: record.checklistId,
        title: record.title,
        headSha: pr.headSha,
        items: record.items,
        resultsHeadSha: record.results?.headSha,
        resultsAt: record.results?.at,
        applies: record.applies,
        definitions: record.definitions,
        version: record.version,
        details: new Map(),
        repoUrl: repoWebUrl(deps.env.GITHUB_SERVER_URL, ref),
        releaseNotes: state.notes,
    }, state.replayed, deps.now().toISOString());
    const body = sealed(deps, event.number, composed.body);
    if (!unchanged(deps, event.number, state.body, body))
        await updateComment(gh, ref, event.commentId, body);
    // After-deploy ticks never move the merge status (the decision ignores them); they move the second status.
    await setGateStatus(deps, pr.headSha, composed.decision, event.commentUrl);
    if (composed.record.deploy)
        await publishDeployment(deps, {
            number: event.number,
            record: composed.record,
            ticks: composed.ticks,
            decision: composed.deployDecision,
            commentUrl: event.commentUrl,
            notes: state.notes,
        });
    for (const a of state.replayed.accepted)
        core.info(`${a.login} ${a.checked ? 'ticked' : 'unticked'} ${a.id}.`);
    for (const r of state.replayed.rejected)
        core.warning(`${r.login}'s change to ${r.id} was undone: ${r.why}.`);
    core.setOutput('gate', composed.decision.state);
    core.setOutput('comment-url', event.commentUrl);
    if (deps.env.GITHUB_STEP_SUMMARY)
        await core.summary
            .addRaw(`**Gate \`${(0,render_escape/* inlineText */.l)(inputs.statusContext, 100)}\`: ${composed.decision.state}** · ${(0,render_escape/* inlineText */.l)(composed.decision.description, 200)}\n` +
            (foreign ? `\n> [!WARNING]\n> ${(0,render_escape/* inlineText */.l)(foreign, 600)}\n` : ''))
            .write();
}

// EXTERNAL MODULE: ./src/engine/conditions.ts
var conditions = __webpack_require__(3678);
;// CONCATENATED MODULE: ./src/gate/carry.ts
/** Kinds that execute code from the repository: never run in a privileged run. */
const EXECUTING_KINDS = new Set(['command']);
/**
 * A privileged run (a merge queue's) does not execute the pull request's code: items of executing kinds
 * keep the result the pull request's own run recorded for its head. Without one, they stay `error`
 * with a summary that says why. Pure.
 */
function carryExecutingResults(items, record, headSha) {
    const recorded = record?.results?.headSha === headSha ? new Map(record.items.map((i) => [i.id, i])) : undefined;
    return items.map((item) => {
        if (!item.kind || !EXECUTING_KINDS.has(item.kind))
            return item;
        const earlier = recorded?.get(item.id);
        if (earlier && earlier.kind === item.kind)
            return { ...item, status: earlier.status, summary: `${earlier.summary} (from the pull request's run)` };
        return {
            ...item,
            status: 'error',
            summary: `not run here (a privileged run executes nothing); the pull request's own run has not recorded it for ${headSha.slice(0, 7)}`,
        };
    });
}

// EXTERNAL MODULE: ./src/definition/model.ts
var model = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/render/details.ts
var details = __webpack_require__(9346);
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
        out.set(r.id, (0,details/* detailsText */.e)(r, max));
    }
    return out;
}
/** The checklist with only the items of one phase (sections left empty dropped). */
function phaseChecklist(checklist, phase) {
    return {
        ...checklist,
        sections: checklist.sections
            .map((s) => ({ ...s, items: s.items.filter((i) => (0,model/* isAfterDeploy */.C)(i) === (phase === 'after-deploy')) }))
            .filter((s) => s.items.length > 0),
    };
}

// EXTERNAL MODULE: ./src/action/publish-report.ts + 5 modules
var publish_report = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/pipeline/check.ts
var check = __webpack_require__(4994);
// EXTERNAL MODULE: ./src/action/privilege.ts
var privilege = __webpack_require__(5141);
// EXTERNAL MODULE: ./src/action/trusted-definitions.ts + 2 modules
var trusted_definitions = __webpack_require__(2119);
;// CONCATENATED MODULE: ./src/action/gate/definitions.ts




/**
 * The checklist that gates a pull request: as it is at the base commit by default, so the pull request
 * cannot weaken its own gate; from the checkout with `definitions-from: head` (and a warning) on the pull
 * request's own run only. A privileged run reads it through GitHub's API at the base, never from the checkout.
 */
async function gateDefinitions(deps, baseSha) {
    const { inputs, env } = deps;
    if (inputs.definitionsFrom === 'head' && !deps.privilege.privileged) {
        const open = (0,privilege/* publicEnvironment */.Fo)(env);
        const loaded = (0,check/* loadDefinition */.yQ)({
            checklist: inputs.checklist,
            repoDir: inputs.workingDirectory,
            env: open.env,
            withheld: open.withheld,
            targets: inputs.targets,
        });
        if (!loaded.ok)
            return loaded;
        return {
            ok: true,
            checklist: loaded.checklist,
            from: 'head',
            withheld: open.withheld,
            warning: "This checklist was read from the pull request's own head (definitions-from: head): the pull request can change the checklist that gates it.",
        };
    }
    const trusted = await (0,trusted_definitions/* loadTrustedDefinition */.R)({
        via: deps.privilege.privileged ? { api: { gh: deps.gh, ref: deps.ref } } : { git: deps.git },
        git: deps.git,
        sha: baseSha,
    }, inputs.workingDirectory, (0,trusted_definitions/* entryPath */.s)(inputs.workingDirectory, inputs.checklist), env, inputs.targets);
    if (!trusted.ok)
        return trusted;
    if (!trusted.loaded.ok)
        return trusted.loaded;
    return { ok: true, checklist: trusted.loaded.checklist, from: 'base', sha: baseSha };
}
/** When there is no usable checklist: a status that says why, and the problems in the job. */
async function reportUnusable(deps, defs, setStatus) {
    if ('diagnostics' in defs) {
        await setStatus('error', `The checklist definition has ${defs.diagnostics.length} problem(s); see the job log`);
        await (0,publish_report/* reportDefinitionErrors */.F)(deps.core, deps.env, defs.diagnostics);
    }
    else if (defs.noFile) {
        deps.core.info(`No checklist to gate with: ${defs.absent}.`);
        await setStatus('success', 'No Preflight checklist on the base branch yet');
    }
    else {
        await setStatus('error', 'Could not read the checklist at the base commit; see the job log');
        deps.core.setFailed(`Could not read the checklist at the base commit: ${defs.absent}`);
    }
}

// EXTERNAL MODULE: ./src/io/git.ts
var io_git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/action/target-proxy.ts
var target_proxy = __webpack_require__(8024);
;// CONCATENATED MODULE: ./src/action/gate/evaluate-items.ts



/**
 * Runs a checklist's automated items on the checkout with the action's limits. `command` checks run only
 * when the run's privilege allows; `withheld` variables are kept from a checklist the pull request wrote.
 */
function evaluateForGate(deps, checklist, facts, pr, withheld) {
    return (0,check/* evaluateChecklist */.Wd)(checklist, {
        repoDir: deps.inputs.workingDirectory,
        env: deps.env,
        withheld,
        facts,
        concurrency: deps.inputs.concurrency,
        networkConcurrency: deps.inputs.networkConcurrency,
        timeoutMs: deps.inputs.timeoutMs,
        allowCommands: deps.privilege.commands,
        proxy: (0,target_proxy/* targetProxy */.M)(deps.inputs),
        git: (0,io_git.createGitClient)(deps.git),
        github: pr && { client: deps.gh, repo: deps.ref, statusContext: deps.inputs.statusContext, ...pr },
        registerSecret: (value) => deps.core.setSecret(value),
    });
}

;// CONCATENATED MODULE: ./src/action/gate/merge-group-run.ts











/**
 * A merge queue run: the automated items run again on the queue's own commit, the ticks come from the
 * pull request's comment history, and the status goes on the queue's commit (the queue waits for it).
 */
async function mergeGroupRun(deps, event) {
    const { core, env, inputs, gh, ref } = deps;
    const set = (state, description) => setStatus(gh, ref, { sha: event.headSha, state, context: inputs.statusContext, description });
    if (event.number === undefined) {
        await set('error', 'Could not tell which pull request this merge group is for');
        core.setFailed(`The merge group ref ${event.headRef} does not name a pull request (…/pr-N-sha).`);
        return;
    }
    const defs = await gateDefinitions(deps, event.baseSha);
    if (!defs.ok) {
        await reportUnusable(deps, defs, set);
        return;
    }
    const pr = await readPullRequest(gh, ref, event.number, inputs.statusContext);
    const facts = { labels: pr.labels, baseBranch: pr.baseRef, headBranch: pr.headRef };
    const applies = (0,conditions/* checklistApplies */.B)(defs.checklist.appliesTo, facts);
    if (!applies.applies) {
        await set('success', `Checklist does not apply: ${applies.reason}`.slice(0, 140));
        return;
    }
    const report = await evaluateForGate(deps, phaseChecklist(defs.checklist, 'before-merge'), facts, {
        number: event.number,
        headSha: event.headSha,
        baseSha: event.baseSha,
        baseRef: pr.baseRef,
    });
    const evaluated = recordedItems(defs.checklist, report);
    const comment = (await findChecklistComments(gh, ref, event.number, defs.checklist.id, inputs.botLogin))[0];
    const trusted = comment ? (await trustedState(deps, event.number, comment, evaluated)).replayed : undefined;
    // The queue's commit is not executed: `command` items keep what the pull request's own run recorded.
    const items = carryExecutingResults(evaluated, trusted?.record, pr.headSha);
    const ticks = trusted?.ticks ?? {};
    const decision = decideGate({ items, ticks, applies: { yes: true }, resultsCurrent: true });
    await set(decision.state, decision.description);
    core.setOutput('gate', decision.state);
    await (0,publish_report/* publishReport */.S)(core, env, inputs, report, `**Merge queue gate for #${event.number}: ${decision.state}** · ${decision.description}\n\n`);
}

;// CONCATENATED MODULE: ./src/io/checkout-head.ts
/**
 * The pull request head a checkout holds. GitHub's docs on the `pull_request` event: `GITHUB_SHA` is "the last
 * merge commit of the pull request merge branch"; the head's own commit is `github.event.pull_request.head.sha`.
 * A `pull_request` run checks out `refs/pull/N/merge` as of the event:
 * a merge commit whose second parent is the head that was evaluated (the payload's `pull_request.head.sha`);
 * a workflow may instead check out that head itself. Anything else was not the pull request at that head.
 */
async function checkoutHead(git, eventHead) {
    const r = await git(['rev-parse', 'HEAD', 'HEAD^@']);
    if (r.code !== 0)
        return { why: 'the checkout has no commit' };
    const [head = '', ...parents] = r.stdout.split('\n').filter((l) => l !== '');
    if (!eventHead)
        return { sha: head };
    if (head === eventHead)
        return { sha: head };
    if (parents.length === 2 && parents[1] === eventHead)
        return { sha: eventHead };
    return {
        head,
        why: `the checkout ${head.slice(0, 7)} is neither the pull request's head at the event (${eventHead.slice(0, 7)}) nor its merge commit`,
    };
}

// EXTERNAL MODULE: ./src/action/changed-paths.ts
var changed_paths = __webpack_require__(23);
// EXTERNAL MODULE: ./src/action/job-name.ts
var job_name = __webpack_require__(7585);
;// CONCATENATED MODULE: ./src/action/gate/approver-notes.ts

/** At most this many named approvers are looked up in one run. */
const MAX_NAMED = 20;
const CAN_EDIT = new Set(['write', 'maintain', 'admin']);
/**
 * Named approvers GitHub will never let tick: only people with write access (and the comment's author) can
 * edit someone else's comment, so a named user with less can never change a box. One lookup per person.
 */
async function namedApproverWarnings(gh, ref, items) {
    const named = new Map();
    for (const item of items)
        for (const login of item.kind ? [] : (item.approvers?.users ?? [])) {
            const key = login.toLowerCase();
            if (!named.has(key) && named.size >= MAX_NAMED)
                continue;
            named.set(key, [...(named.get(key) ?? []), item.title]);
        }
    const out = [];
    for (const [login, titles] of named) {
        const role = await repositoryRole(gh, ref, login);
        if (CAN_EDIT.has(role))
            continue;
        out.push(`${login} is named to tick ${titles.map((t) => `“${t}”`).join(', ')} but has ${role === 'none' ? 'no' : role} access to this repository: only people with write access can edit the comment, so ${login} cannot tick it.`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/gate/summary.ts

const WORD = {
    success: '✅ success',
    pending: '⏳ pending',
    failure: '❌ failure',
    error: '⚠️ error',
};
/** The lines the job summary opens with on a gate run. */
function gateSummary(p, context) {
    const lines = [
        `**Gate \`${(0,render_escape/* inlineText */.l)(context, 100)}\`: ${WORD[p.decision.state]}** · ${(0,render_escape/* inlineText */.l)(p.decision.description, 200)}`,
    ];
    if (p.commentUrl)
        lines.push('', `[The checklist comment](${p.commentUrl})`);
    if (p.shortened.length > 0)
        lines.push('', `The comment was shortened to fit GitHub's limit (left out: ${p.shortened.join('; ')}); everything is below.`);
    return `${lines.join('\n')}\n\n`;
}

// EXTERNAL MODULE: ./src/io/bounded-read.ts
var bounded_read = __webpack_require__(2406);
;// CONCATENATED MODULE: ./src/action/gate/version.ts

const SEMVER = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/;
/** The version being released: from the PR title, else the head branch (release/1.4.0), else package.json. */
function releaseVersion(title, headRef, repoDir) {
    const fromText = SEMVER.exec(title)?.[1] ?? SEMVER.exec(headRef)?.[1];
    if (fromText)
        return fromText;
    // The checkout is the pull request's: its package.json is read like any file from outside (bounded).
    const read = (0,bounded_read/* readBoundedSync */.xY)(repoDir, 'package.json', {
        maxBytes: 1024 * 1024,
        large: 'refuse',
        links: 'inside',
    });
    if (!read.ok)
        return undefined;
    try {
        const pkg = JSON.parse(read.bytes.toString('utf8'));
        return typeof pkg.version === 'string' ? pkg.version.slice(0, 100) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/gate/pull-request-run.ts


















/**
 * A pull_request (or pull_request_target) run: live PR state, the checklist from the base, the automated
 * items run on the checkout, then the comment and the status for the live head.
 */
async function pullRequestRun(deps, event) {
    const { core, env, inputs, gh, ref } = deps;
    const number = event.number;
    const pr = await readPullRequest(gh, ref, number, inputs.statusContext);
    if (pr.state !== 'OPEN') {
        core.info(`Pull request #${number} is ${pr.state.toLowerCase()}: nothing to gate.`);
        return;
    }
    const defs = await gateDefinitions(deps, pr.baseSha);
    if (!defs.ok) {
        await reportUnusable(deps, defs, (state, description) => pull_request_run_status(deps, pr.headSha, state, description));
        return;
    }
    const facts = { labels: pr.labels, baseBranch: pr.baseRef, headBranch: pr.headRef };
    const applies = (0,conditions/* checklistApplies */.B)(defs.checklist.appliesTo, facts);
    if (!applies.applies) {
        core.info(`The checklist does not apply to #${number}: ${applies.reason}.`);
        await pull_request_run_status(deps, pr.headSha, 'success', `Checklist does not apply: ${applies.reason}`.slice(0, 140));
        return;
    }
    const git = (0,io_git.createGitClient)(deps.git);
    facts.changedPaths = await (0,changed_paths/* changedPaths */.v)(git, pr.baseSha, core);
    // Results belong to the commit that was checked out, which may no longer be the live head.
    const checkout = await checkoutHead(deps.git, event.headSha);
    const evaluated = checkout.sha;
    // After-deploy items run only in the deployment run, against the deployed environment.
    const report = await evaluateForGate(deps, phaseChecklist(defs.checklist, 'before-merge'), facts, { number, headSha: evaluated ?? pr.headSha, baseSha: pr.baseSha, baseRef: pr.baseRef }, defs.withheld);
    // This run was the live head's own: a checkout that is not that head will not be fixed by a later run.
    const misfit = checkout.sha === undefined && (event.headSha ?? pr.headSha) === pr.headSha
        ? checkoutMisfit(checkout, pr, deps)
        : undefined;
    const stale = misfit ? undefined : staleNote(pr.headSha, checkout);
    if (stale)
        core.notice(stale);
    if (misfit)
        core.warning(misfit);
    const items = recordedItems(defs.checklist, report);
    const approverWarnings = await namedApproverWarnings(gh, ref, items);
    for (const w of approverWarnings)
        core.warning(w);
    const foreign = foreignStatusWarning(pr.headStatus, {
        botLogin: inputs.botLogin,
        context: inputs.statusContext,
        sha: pr.headSha,
    });
    if (foreign)
        core.warning(foreign);
    const warning = [misfit, foreign, defs.warning, ...approverWarnings].filter(Boolean).join(' ') || undefined;
    let lead;
    try {
        const published = await publishGate(deps, {
            number,
            headSha: pr.headSha,
            checklistId: defs.checklist.id,
            title: defs.checklist.title,
            items,
            resultsHeadSha: evaluated,
            applies: { yes: true },
            definitions: { from: defs.from, sha: defs.sha },
            version: releaseVersion(pr.title, pr.headRef, inputs.workingDirectory),
            rollback: defs.checklist.rollback,
            details: itemDetails(report),
            warning,
            noResults: misfit
                ? "No automated results: this run's checkout is not the pull request's head; see the job log"
                : undefined,
        });
        lead =
            gateSummary(published, inputs.statusContext) +
                (misfit ? `> [!WARNING]\n> ${(0,render_escape/* inlineText */.l)(misfit, 600)}\n\n` : '') +
                (foreign ? `> [!WARNING]\n> ${(0,render_escape/* inlineText */.l)(foreign, 600)}\n\n` : '') +
                (stale ? `> [!NOTE]\n> ${stale}\n\n` : '');
        report.gate = {
            context: inputs.statusContext,
            headSha: pr.headSha,
            state: published.decision.state,
            description: published.decision.description,
            commentUrl: published.commentUrl,
            ticks: published.ticks,
            signOff: published.record.signOff,
        };
        core.setOutput('gate', published.decision.state);
        if (published.commentUrl)
            core.setOutput('comment-url', published.commentUrl);
    }
    catch (e) {
        if (!isReadOnlyRefusal(e))
            throw e;
        const why = explainGitHubError(e, 'write the checklist comment');
        const unset = (0,job_name/* noStatusNote */.o)(inputs.statusContext, pr.headSha, 'the token may not write to this repository');
        lead = `> [!NOTE]\n> ${why}\n\n> [!WARNING]\n> ${unset}\n\n`;
        core.warning(unset);
        // A fork's token is read-only by design: explain, stay green. Otherwise the workflow lacks a permission.
        if (pr.isCrossRepository)
            core.warning(why);
        else
            core.setFailed(why);
    }
    await (0,publish_report/* publishReport */.S)(core, env, inputs, report, lead);
}
/**
 * Why a run for the live head recorded no results: its checkout is not that head (nor its merge commit).
 * Under pull_request_target the default checkout is the base branch; the hardened workflow checks out the
 * head read-only instead.
 */
function checkoutMisfit(checkout, pr, deps) {
    const base = checkout.head !== undefined && [pr.baseSha, deps.env.GITHUB_SHA].includes(checkout.head);
    const what = base
        ? `this run's checkout ${checkout.head?.slice(0, 7)} is the base branch, not the pull request's head ${pr.headSha.slice(0, 7)}`
        : checkout.why;
    const fix = deps.privilege.eventName === 'pull_request_target'
        ? "On pull_request_target, check out the head read-only: actions/checkout with ref set to github.event.pull_request.head.sha and persist-credentials: false (see the README's hardened setup)."
        : "Let actions/checkout check out the pull request (its default on pull_request), or the pull request's head.";
    return `No automated results were recorded: ${what}, so its repository checks would read other files than the head's. The status is error until a run checks out the head. ${fix}`;
}
/** Why this run's results are not the live head's, if they are not. */
function staleNote(live, checkout) {
    if (checkout.sha === undefined)
        return `No automated results were recorded: ${checkout.why}. The status waits for the run of ${live.slice(0, 7)}.`;
    if (checkout.sha !== live)
        return `This run evaluated ${checkout.sha.slice(0, 7)}, but the pull request's head is now ${live.slice(0, 7)}: the results stay with ${checkout.sha.slice(0, 7)} and the status waits for the run of ${live.slice(0, 7)}.`;
    return undefined;
}
async function pull_request_run_status(deps, sha, state, description) {
    try {
        await setStatus(deps.gh, deps.ref, { sha, state, context: deps.inputs.statusContext, description });
    }
    catch (e) {
        if (!isReadOnlyRefusal(e))
            throw e;
        deps.core.warning(explainGitHubError(e, 'set the commit status'));
        deps.core.warning((0,job_name/* noStatusNote */.o)(deps.inputs.statusContext, sha, 'the token may not write statuses'));
    }
}

// EXTERNAL MODULE: ./src/checks/registry.ts + 82 modules
var registry = __webpack_require__(392);
;// CONCATENATED MODULE: ./src/action/gate/live-only.ts

/** The checklist's items that look outside the repository: targets and the environment. */
function liveOnly(checklist) {
    const live = (kind) => {
        const scope = kind ? (registry/* defaultRegistry */.Vm.get(kind)?.scope ?? 'repo') : 'repo';
        return scope === 'target' || scope === 'environment';
    };
    return {
        ...checklist,
        sections: checklist.sections
            .map((s) => ({ ...s, items: s.items.filter((i) => live(i.check?.kind)) }))
            .filter((s) => s.items.length > 0),
    };
}

// EXTERNAL MODULE: ./src/util/glob.ts
var glob = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/checks/github/review-verdict.ts
var review_verdict = __webpack_require__(5617);
;// CONCATENATED MODULE: ./src/gate/deploy-start.ts
const KEEP_EARLIER = 5;
/**
 * The deployment record a deployment run starts from. The same deployment seen again (a re-run, a second
 * status of it) keeps how it closed; another deployment pushes the last one into `earlier`. Pure.
 */
function startDeploy(seen, previous, now) {
    const at = seen.at ?? now;
    const same = previous !== undefined &&
        previous.sha === seen.sha &&
        previous.trigger === seen.trigger &&
        previous.environment === seen.environment &&
        previous.deploymentId === seen.deploymentId &&
        (seen.trigger !== 'deployment_status' || previous.at === at);
    const failed = seen.state === 'failure' || seen.state === 'error';
    const out = {
        sha: seen.sha,
        environment: seen.environment,
        at: same ? previous.at : at,
        by: seen.by,
        trigger: seen.trigger,
        reviewedBy: seen.reviewedBy,
        checkedAt: now,
    };
    if (seen.url)
        out.url = seen.url;
    if (seen.ref)
        out.ref = seen.ref;
    if (seen.version)
        out.version = seen.version;
    if (seen.deploymentId !== undefined)
        out.deploymentId = seen.deploymentId;
    if (seen.notes)
        out.notes = seen.notes;
    if (failed)
        out.deploymentFailed = `its deployment status is ${seen.state}`;
    if (same && previous.closed)
        out.closed = previous.closed;
    const earlier = same
        ? previous.earlier
        : previous
            ? [
                ...(previous.earlier ?? []),
                {
                    sha: previous.sha,
                    at: previous.at,
                    environment: previous.environment,
                    ...(previous.closed ? { outcome: previous.closed.outcome } : {}),
                },
            ].slice(-KEEP_EARLIER)
            : undefined;
    if (earlier && earlier.length > 0)
        out.earlier = earlier;
    return out;
}
/**
 * A held item that failed or errored since this deployment stays so: "running without errors for 24 hours"
 * is broken by one failure. Other items take the fresh result. Pure.
 */
function mergeAfterDeploy(recorded, fresh, sameDeployment) {
    return recorded.map((item) => {
        const next = fresh.get(item.id);
        if (!next)
            return item;
        if (sameDeployment && item.holdForMs && (item.status === 'fail' || item.status === 'error'))
            return item;
        return next;
    });
}

;// CONCATENATED MODULE: ./src/github/commit-pulls.ts
/**
 * The pull requests associated with a commit: for a commit on the default branch, the merged one that
 * introduced it; otherwise the open and merged ones whose head holds it (GitHub's docs, "List pull requests
 * associated with a commit"). One page of 30 is enough: a commit belongs to few pull requests.
 */
async function pullsForCommit(gh, ref, sha) {
    const r = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
        ...ref,
        commit_sha: sha,
        per_page: 30,
    });
    return r.data.map((p) => ({
        number: p.number,
        state: p.state,
        merged: Boolean(p.merged_at),
        mergeCommitSha: p.merge_commit_sha ?? undefined,
        headSha: p.head.sha,
        headRef: p.head.ref,
        baseSha: p.base.sha,
        baseRef: p.base.ref,
        title: p.title,
        htmlUrl: p.html_url,
    }));
}
/** The release pull request of a deployed commit: the one it merged as, else the one whose head it is. */
function releasePull(pulls, sha) {
    return (pulls.find((p) => p.merged && p.mergeCommitSha === sha) ??
        pulls.find((p) => p.headSha === sha) ??
        pulls.find((p) => p.merged) ??
        pulls[0]);
}

// EXTERNAL MODULE: ./src/github/reviews.ts
var github_reviews = __webpack_require__(5426);
;// CONCATENATED MODULE: ./src/action/gate/verify-deployment.ts







/**
 * Runs the after-deploy checks against the deployed environment and writes the result: the same comment
 * (its merge part unchanged), the second status on the deployed commit, and the release record. When the
 * deployed commit is an open pull request's head (deploy, then merge), its before-merge target checks run
 * against the deployed environment too, and the merge status follows.
 */
async function verifyDeployment(deps, v) {
    const { core } = deps;
    const { pull, record, deploy } = v;
    const live = await readPullRequest(deps.gh, deps.ref, pull.number, deps.inputs.statusContext);
    const facts = { labels: live.labels, baseBranch: live.baseRef, headBranch: live.headRef };
    const context = { number: pull.number, headSha: deploy.sha, baseSha: pull.baseSha, baseRef: pull.baseRef };
    const held = new Set(record.items.filter((i) => i.holdForMs && i.status !== 'fail' && i.status !== 'error').map((i) => i.id));
    let after = phaseChecklist(v.checklist, 'after-deploy');
    if (v.heldOnly)
        after = only(after, (id) => held.has(id));
    const fresh = new Map();
    const details = new Map();
    const run = async (checklist) => {
        if (checklist.sections.length === 0)
            return;
        const report = await evaluateForGate(deps, checklist, facts, context);
        for (const item of recordedItems(checklist, report))
            if (item.kind)
                fresh.set(item.id, item);
        for (const [id, text] of itemDetails(report))
            details.set(id, text);
    };
    if (deploy.deploymentFailed)
        core.warning(`The deployment failed (${deploy.deploymentFailed}): nothing to verify.`);
    else
        await run(after);
    const deployedHead = pull.open && deploy.sha === live.headSha && record.results?.headSha === deploy.sha;
    if (deployedHead && !v.heldOnly)
        await run(liveOnly(phaseChecklist(v.checklist, 'before-merge')));
    const known = new Set(record.items.map((i) => i.id));
    for (const id of [...fresh.keys()])
        if (!known.has(id))
            fresh.delete(id);
    const items = mergeAfterDeploy(record.items, fresh, v.sameDeployment);
    const published = await publishGate(deps, {
        number: pull.number,
        headSha: live.headSha,
        checklistId: record.checklistId,
        title: record.title,
        items,
        resultsHeadSha: record.results?.headSha,
        resultsAt: record.results?.at,
        applies: record.applies,
        definitions: record.definitions,
        version: record.version,
        details,
        deploy,
        rollback: v.checklist.rollback ?? record.rollback,
        mergeStatus: deployedHead,
    });
    core.setOutput('comment-url', published.commentUrl ?? '');
    if (deployedHead)
        core.setOutput('gate', published.decision.state);
    await publishDeployment(deps, {
        number: pull.number,
        record: published.record,
        ticks: published.ticks,
        decision: published.deployDecision,
        commentUrl: published.commentUrl,
        notes: published.releaseNotes,
    });
    core.info(`After deploy: ${published.deployDecision.state} (${published.deployDecision.description}).`);
}
function only(checklist, keep) {
    return {
        ...checklist,
        sections: checklist.sections
            .map((s) => ({ ...s, items: s.items.filter((i) => keep(i.id)) }))
            .filter((s) => s.items.length > 0),
    };
}

;// CONCATENATED MODULE: ./src/action/gate/deploy-run.ts










/** Deployment states that end a deployment; the others (queued, in_progress, pending, inactive) wait. */
const FINAL = new Set(['success', 'failure', 'error']);
/**
 * A deployment happened (a deployment status for the production environment, a pushed release tag, or a
 * dispatch naming the deployed commit): find the release pull request of the deployed commit, run its
 * after-deploy checks against the deployed environment, update the same comment, and set the second
 * status on the deployed commit. A privileged run: the checklist is the one the gate read at the base,
 * through the API; nothing from the repository is executed.
 */
async function deploymentRun(deps, event) {
    const { core, gh, ref, inputs } = deps;
    const d = inputs.deploy;
    const environment = event.environment ?? d.environment;
    if (event.trigger === 'deployment_status' && environment !== d.environment)
        return core.info(`A deployment to ${environment}, not ${d.environment} (deploy-environment): nothing to verify.`);
    if (!FINAL.has(event.state))
        return core.info(`The deployment is ${event.state}: the after-deploy phase starts when it has finished.`);
    const tag = event.trigger === 'push' ? event.ref?.replace(/^refs\/tags\//, '') : undefined;
    if (tag !== undefined && !(0,glob/* globMatcher */.fU)(d.releaseTags)(tag))
        return core.info(`Tag ${tag} does not match release-tags (${d.releaseTags}): not a release.`);
    const short = event.sha.slice(0, 7);
    const setDeployed = (state, description) => setStatus(gh, ref, { sha: event.sha, state, context: d.statusContext, description });
    const pull = releasePull(await pullsForCommit(gh, ref, event.sha), event.sha);
    if (!pull) {
        core.warning(`No pull request is associated with the deployed commit ${short}: nothing to verify.`);
        await setDeployed('error', `No release pull request found for ${short}`);
        core.setOutput('deploy', 'error');
        return;
    }
    const defs = await gateDefinitions(deps, pull.baseSha);
    if (!defs.ok)
        return reportUnusable(deps, defs, setDeployed);
    const comment = (await findChecklistComments(gh, ref, pull.number, defs.checklist.id, inputs.botLogin))[0];
    const record = comment ? (await trustedState(deps, pull.number, comment)).replayed.record : undefined;
    if (!comment || !record) {
        core.warning(`#${pull.number} has no checklist comment with a record yet: its pull request run writes one.`);
        await setDeployed('error', `#${pull.number} has no Preflight checklist record to verify against`);
        core.setOutput('deploy', 'error');
        return;
    }
    const seen = {
        trigger: event.trigger,
        sha: event.sha,
        state: event.state,
        environment,
        url: deployedUrl(deps, event.url) ?? (d.environmentUrl || undefined),
        by: event.by,
        at: event.at,
        ref: event.ref,
        deploymentId: event.deploymentId,
        version: versionOf(event.ref, event.trigger === 'push'),
        reviewedBy: await approvers(deps, pull),
        notes: d.notes || undefined,
    };
    const deploy = startDeploy(seen, record.deploy, deps.now().toISOString());
    core.info(`Deployment of ${short} to ${environment}${deploy.url ? ` (${deploy.url})` : ''} by ${deploy.by || 'unknown'}: release pull request #${pull.number}.`);
    await verifyDeployment(deps, {
        pull: {
            number: pull.number,
            open: pull.state === 'open',
            headSha: pull.headSha,
            baseSha: pull.baseSha,
            baseRef: pull.baseRef,
        },
        checklist: withDeployedUrl(defs.checklist, inputs.deploy.target, deploy.url),
        record,
        deploy,
        sameDeployment: record.deploy?.sha === deploy.sha && record.deploy.at === deploy.at,
    });
}
/** The deployed environment's URL stands in for the deploy target (and is the target when there is none). */
function withDeployedUrl(checklist, target, url) {
    return url ? { ...checklist, targets: { ...checklist.targets, [target]: url } } : checklist;
}
/**
 * The deployment's environment_url, written by whoever created the deployment status: used only when it is
 * an absolute http(s) URL of sane length (it becomes a probe target and a link in the record).
 */
function deployedUrl(deps, raw) {
    if (!raw)
        return undefined;
    try {
        const u = new URL(raw);
        if (['http:', 'https:'].includes(u.protocol) && raw.length <= 2000 && !u.username && !u.password)
            return raw;
    }
    catch {
        /* below */
    }
    deps.core.warning("The deployment's environment_url is not an absolute http(s) URL without credentials (at most 2000 characters): it is not used.");
    return undefined;
}
async function approvers(deps, pull) {
    const { reviews } = await (0,github_reviews/* listReviews */.a)(deps.gh, deps.ref, pull.number);
    return (0,review_verdict/* tallyReviews */.U)(reviews, { headSha: pull.headSha, onHead: false }).approvers;
}
/** The version a deployed ref names (a tag v1.4.0, a branch release/1.4.0); a pushed tag is its own name. */
function versionOf(ref, isTag) {
    if (!ref)
        return undefined;
    const name = ref.replace(/^refs\/(tags|heads)\//, '');
    return /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/.exec(name)?.[1] ?? (isTag ? name : undefined);
}

;// CONCATENATED MODULE: ./src/action/gate/watch-run.ts






/** At most this many recently merged pull requests are looked at, and this many re-checked, per run. */
const LOOK_AT = 30;
const MAX_WATCHED = 10;
/**
 * The scheduled run's second duty: merged pull requests whose deployment has held items still being
 * watched ("running without errors for 24+ hours") get those items checked again against the deployed
 * environment, until the hold has passed (the phase closes) or one fails (FAILED).
 */
async function watchDeployments(deps) {
    const { core, gh, ref, inputs } = deps;
    const { data } = await gh.rest.pulls.list({
        ...ref,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: LOOK_AT,
    });
    let watched = 0;
    for (const pr of data) {
        if (!pr.merged_at || watched >= MAX_WATCHED)
            continue;
        const defs = await gateDefinitions(deps, pr.base.sha);
        if (!defs.ok)
            continue;
        const comment = (await findChecklistComments(gh, ref, pr.number, defs.checklist.id, inputs.botLogin))[0];
        // The live body only says where to look; what counts is read from the comment's trusted history.
        const hint = comment && decodeRecord(comment.body)?.deploy;
        if (!comment || !hint || hint.closed)
            continue;
        const record = (await trustedState(deps, pr.number, comment)).replayed.record;
        const deploy = record?.deploy;
        if (!record || !deploy || deploy.closed || deploy.deploymentFailed)
            continue;
        if (!record.items.some((i) => i.phase === 'after-deploy' && i.holdForMs))
            continue;
        watched += 1;
        core.info(`#${pr.number}: watching the deployment of ${deploy.sha.slice(0, 7)} to ${deploy.environment}.`);
        await verifyDeployment(deps, {
            pull: {
                number: pr.number,
                open: false,
                headSha: pr.head.sha,
                baseSha: pr.base.sha,
                baseRef: pr.base.ref,
            },
            checklist: withDeployedUrl(defs.checklist, inputs.deploy.target, deploy.url),
            record,
            deploy: { ...deploy, checkedAt: deps.now().toISOString() },
            sameDeployment: true,
            heldOnly: true,
        });
    }
}

;// CONCATENATED MODULE: ./src/action/gate/recheck-run.ts







/** At most this many pull requests are re-checked in one scheduled run. */
const MAX_PULLS = 20;
/**
 * A schedule or workflow_dispatch run: open pull requests (with `recheck-label`, when set) get their
 * target and environment checks run again; repository checks keep the results their own run recorded,
 * since this checkout is the default branch, not the pull request.
 */
async function recheckRun(deps) {
    const { core, gh, ref, inputs } = deps;
    const pulls = await gh.paginate(gh.rest.pulls.list, { ...ref, state: 'open', per_page: 100 });
    const wanted = pulls
        .filter((p) => !inputs.recheckLabel || p.labels.some((l) => l.name === inputs.recheckLabel))
        .slice(0, MAX_PULLS);
    core.info(`Re-checking ${wanted.length} open pull request(s)${inputs.recheckLabel ? ` labelled ${inputs.recheckLabel}` : ''}.`);
    for (const pr of wanted) {
        const defs = await gateDefinitions(deps, pr.base.sha);
        if (!defs.ok) {
            core.warning(`#${pr.number}: no checklist to re-check (${'absent' in defs ? defs.absent : 'invalid definition'}).`);
            continue;
        }
        const comment = (await findChecklistComments(gh, ref, pr.number, defs.checklist.id, inputs.botLogin))[0];
        const record = comment ? (await trustedState(deps, pr.number, comment)).replayed.record : undefined;
        if (!record || record.results?.headSha !== pr.head.sha) {
            core.info(`#${pr.number}: its own run has not recorded results for ${pr.head.sha.slice(0, 7)} yet; skipped.`);
            continue;
        }
        const live = liveOnly(phaseChecklist(defs.checklist, 'before-merge'));
        const report = await evaluateForGate(deps, live, {});
        const fresh = new Map(recordedItems(live, report).map((i) => [i.id, i]));
        const items = record.items.map((i) => fresh.get(i.id) ?? i);
        const published = await publishGate(deps, {
            number: pr.number,
            headSha: pr.head.sha,
            checklistId: record.checklistId,
            title: record.title,
            items,
            resultsHeadSha: pr.head.sha,
            applies: record.applies,
            definitions: record.definitions,
            version: record.version,
            details: itemDetails(report),
        });
        core.info(`#${pr.number}: ${published.decision.state} (${published.decision.description})`);
    }
    await watchDeployments(deps);
}

;// CONCATENATED MODULE: ./src/action/gate/dispatch.ts






/** One gate run per event kind. A GitHub refusal is explained, and the job stays green when it did its work. */
async function runGate(deps, event) {
    const gate = event.gate;
    try {
        if (gate.kind === 'pull_request')
            await pullRequestRun(deps, gate);
        else if (gate.kind === 'issue_comment')
            await commentRun(deps, gate);
        else if (gate.kind === 'merge_group')
            await mergeGroupRun(deps, gate);
        else if (gate.kind === 'deployment')
            await deploymentRun(deps, gate);
        else if (gate.kind === 'recheck' &&
            event.eventName === 'workflow_dispatch' &&
            deps.inputs.deploy.deployedCommit)
            // A dispatch that names the deployed commit verifies that deployment.
            await deploymentRun(deps, {
                kind: 'deployment',
                trigger: 'workflow_dispatch',
                sha: deps.inputs.deploy.deployedCommit,
                state: 'success',
                by: gate.sender ?? '',
            });
        else if (gate.kind === 'recheck')
            await recheckRun(deps);
    }
    catch (e) {
        deps.core.setFailed(explainGitHubError(e, 'complete the gate'));
    }
}


/***/ })

};
