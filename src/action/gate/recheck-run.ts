import { itemDetails, phaseChecklist, recordedItems } from '../../gate/items.js';
import { findChecklistComments } from '../../github/comments.js';
import { gateDefinitions } from './definitions.js';
import { evaluateForGate } from './evaluate-items.js';
import type { GateDeps } from './deps.js';
import { liveOnly } from './live-only.js';
import { publishGate, trustedState } from './publish.js';
import { watchDeployments } from './watch-run.js';

/** At most this many pull requests are re-checked in one scheduled run. */
const MAX_PULLS = 20;

/**
 * A schedule or workflow_dispatch run: open pull requests (with `recheck-label`, when set) get their
 * target and environment checks run again; repository checks keep the results their own run recorded,
 * since this checkout is the default branch, not the pull request.
 */
export async function recheckRun(deps: GateDeps): Promise<void> {
  const { core, gh, ref, inputs } = deps;
  const pulls = await gh.paginate(gh.rest.pulls.list, { ...ref, state: 'open', per_page: 100 });
  const wanted = pulls
    .filter((p) => !inputs.recheckLabel || p.labels.some((l) => l.name === inputs.recheckLabel))
    .slice(0, MAX_PULLS);
  core.info(
    `Re-checking ${wanted.length} open pull request(s)${inputs.recheckLabel ? ` labelled ${inputs.recheckLabel}` : ''}.`,
  );
  for (const pr of wanted) {
    const defs = await gateDefinitions(deps, pr.base.sha);
    if (!defs.ok) {
      core.warning(
        `#${pr.number}: no checklist to re-check (${'absent' in defs ? defs.absent : 'invalid definition'}).`,
      );
      continue;
    }
    const comment = (await findChecklistComments(gh, ref, pr.number, defs.checklist.id, inputs.botLogin))[0];
    const record = comment ? (await trustedState(deps, pr.number, comment)).replayed.record : undefined;
    if (!record || record.results?.headSha !== pr.head.sha) {
      core.info(
        `#${pr.number}: its own run has not recorded results for ${pr.head.sha.slice(0, 7)} yet; skipped.`,
      );
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
