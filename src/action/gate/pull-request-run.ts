import { checklistApplies } from '../../engine/conditions.js';
import { itemDetails, phaseChecklist, recordedItems } from '../../gate/items.js';
import { explainGitHubError, isReadOnlyRefusal } from '../../github/errors.js';
import { readPullRequest } from '../../github/pull-request.js';
import { setStatus } from '../../github/status.js';
import { checkoutHead } from '../../io/checkout-head.js';
import { createGitClient } from '../../io/git.js';
import { foreignStatusWarning } from '../../gate/foreign-status.js';
import { inlineText } from '../../render/escape.js';
import { changedPaths } from '../changed-paths.js';
import { noStatusNote } from '../job-name.js';
import { publishReport } from '../publish-report.js';
import { gateDefinitions, reportUnusable } from './definitions.js';
import { namedApproverWarnings } from './approver-notes.js';
import { evaluateForGate } from './evaluate-items.js';
import type { GateDeps } from './deps.js';
import { publishGate } from './publish.js';
import { gateSummary } from './summary.js';
import { releaseVersion } from './version.js';

/**
 * A pull_request (or pull_request_target) run: live PR state, the checklist from the base, the automated
 * items run on the checkout, then the comment and the status for the live head.
 */
export async function pullRequestRun(
  deps: GateDeps,
  event: { number: number; headSha?: string },
): Promise<void> {
  const { core, env, inputs, gh, ref } = deps;
  const number = event.number;
  const pr = await readPullRequest(gh, ref, number, inputs.statusContext);
  if (pr.state !== 'OPEN') {
    core.info(`Pull request #${number} is ${pr.state.toLowerCase()}: nothing to gate.`);
    return;
  }
  const defs = await gateDefinitions(deps, pr.baseSha);
  if (!defs.ok) {
    await reportUnusable(deps, defs, (state, description) => status(deps, pr.headSha, state, description));
    return;
  }
  const facts = { labels: pr.labels, baseBranch: pr.baseRef, headBranch: pr.headRef } as Parameters<
    typeof checklistApplies
  >[1];
  const applies = checklistApplies(defs.checklist.appliesTo, facts);
  if (!applies.applies) {
    core.info(`The checklist does not apply to #${number}: ${applies.reason}.`);
    await status(deps, pr.headSha, 'success', `Checklist does not apply: ${applies.reason}`.slice(0, 140));
    return;
  }
  const git = createGitClient(deps.git);
  facts.changedPaths = await changedPaths(git, pr.baseSha, core);
  // Results belong to the commit that was checked out, which may no longer be the live head.
  const checkout = await checkoutHead(deps.git, event.headSha);
  const evaluated = checkout.sha;
  // After-deploy items run only in the deployment run, against the deployed environment.
  const report = await evaluateForGate(
    deps,
    phaseChecklist(defs.checklist, 'before-merge'),
    facts,
    { number, headSha: evaluated ?? pr.headSha, baseSha: pr.baseSha, baseRef: pr.baseRef },
    defs.withheld,
  );
  // This run was the live head's own: a checkout that is not that head will not be fixed by a later run.
  const misfit =
    checkout.sha === undefined && (event.headSha ?? pr.headSha) === pr.headSha
      ? checkoutMisfit(checkout, pr, deps)
      : undefined;
  const stale = misfit ? undefined : staleNote(pr.headSha, checkout);
  if (stale) core.notice(stale);
  if (misfit) core.warning(misfit);
  const items = recordedItems(defs.checklist, report);
  const approverWarnings = await namedApproverWarnings(gh, ref, items);
  for (const w of approverWarnings) core.warning(w);
  const foreign = foreignStatusWarning(pr.headStatus, {
    botLogin: inputs.botLogin,
    context: inputs.statusContext,
    sha: pr.headSha,
  });
  if (foreign) core.warning(foreign);
  const warning = [misfit, foreign, defs.warning, ...approverWarnings].filter(Boolean).join(' ') || undefined;
  let lead: string;
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
      (misfit ? `> [!WARNING]\n> ${inlineText(misfit, 600)}\n\n` : '') +
      (foreign ? `> [!WARNING]\n> ${inlineText(foreign, 600)}\n\n` : '') +
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
    if (published.commentUrl) core.setOutput('comment-url', published.commentUrl);
  } catch (e) {
    if (!isReadOnlyRefusal(e)) throw e;
    const why = explainGitHubError(e, 'write the checklist comment');
    const unset = noStatusNote(
      inputs.statusContext,
      pr.headSha,
      'the token may not write to this repository',
    );
    lead = `> [!NOTE]\n> ${why}\n\n> [!WARNING]\n> ${unset}\n\n`;
    core.warning(unset);
    // A fork's token is read-only by design: explain, stay green. Otherwise the workflow lacks a permission.
    if (pr.isCrossRepository) core.warning(why);
    else core.setFailed(why);
  }
  await publishReport(core, env, inputs, report, lead);
}

/**
 * Why a run for the live head recorded no results: its checkout is not that head (nor its merge commit).
 * Under pull_request_target the default checkout is the base branch; the hardened workflow checks out the
 * head read-only instead.
 */
function checkoutMisfit(
  checkout: { why: string; head?: string },
  pr: { headSha: string; baseSha: string },
  deps: GateDeps,
): string {
  const base = checkout.head !== undefined && [pr.baseSha, deps.env.GITHUB_SHA].includes(checkout.head);
  const what = base
    ? `this run's checkout ${checkout.head?.slice(0, 7)} is the base branch, not the pull request's head ${pr.headSha.slice(0, 7)}`
    : checkout.why;
  const fix =
    deps.privilege.eventName === 'pull_request_target'
      ? "On pull_request_target, check out the head read-only: actions/checkout with ref set to github.event.pull_request.head.sha and persist-credentials: false (see the README's hardened setup)."
      : "Let actions/checkout check out the pull request (its default on pull_request), or the pull request's head.";
  return `No automated results were recorded: ${what}, so its repository checks would read other files than the head's. The status is error until a run checks out the head. ${fix}`;
}

/** Why this run's results are not the live head's, if they are not. */
function staleNote(live: string, checkout: Awaited<ReturnType<typeof checkoutHead>>): string | undefined {
  if (checkout.sha === undefined)
    return `No automated results were recorded: ${checkout.why}. The status waits for the run of ${live.slice(0, 7)}.`;
  if (checkout.sha !== live)
    return `This run evaluated ${checkout.sha.slice(0, 7)}, but the pull request's head is now ${live.slice(0, 7)}: the results stay with ${checkout.sha.slice(0, 7)} and the status waits for the run of ${live.slice(0, 7)}.`;
  return undefined;
}

async function status(
  deps: GateDeps,
  sha: string,
  state: 'success' | 'error',
  description: string,
): Promise<void> {
  try {
    await setStatus(deps.gh, deps.ref, { sha, state, context: deps.inputs.statusContext, description });
  } catch (e) {
    if (!isReadOnlyRefusal(e)) throw e;
    deps.core.warning(explainGitHubError(e, 'set the commit status'));
    deps.core.warning(noStatusNote(deps.inputs.statusContext, sha, 'the token may not write statuses'));
  }
}
