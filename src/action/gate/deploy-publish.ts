import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployDecision } from '../../gate/deploy-decide.js';
import type { ReleaseNotes } from '../../gate/notes.js';
import type { GateRecord, Tick } from '../../gate/record.js';
import { releaseMarkdown } from '../../gate/release-markdown.js';
import { buildReleaseRecord } from '../../gate/release-record.js';
import { setStatus } from '../../github/status.js';
import { inlineText } from '../../render/escape.js';
import type { GateDeps } from './deps.js';

/**
 * After a run that saw a deployment wrote the comment: the second status on the deployed commit, agreeing
 * with the comment's "After deploy" part, and the release record written as JSON and Markdown.
 */
export async function publishDeployment(
  deps: GateDeps,
  p: {
    number: number;
    record: GateRecord;
    ticks: Readonly<Record<string, Tick>>;
    decision: DeployDecision;
    commentUrl?: string;
    notes?: ReleaseNotes;
  },
): Promise<void> {
  const { core, inputs } = deps;
  const deploy = p.record.deploy;
  if (!deploy) return;
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
  if (!release) return;
  const json = inputs.deploy.recordPath;
  const md = json.replace(/\.json$/i, '') + '.md';
  mkdirSync(path.dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(release, null, 2)}\n`);
  writeFileSync(md, releaseMarkdown(release));
  core.setOutput('release-status', release.status);
  core.setOutput('release-record', json);
  core.info(`Release record (${release.status}) written to ${json} and ${md}.`);
  if (deps.env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(
        `**After deploy \`${inlineText(inputs.deploy.statusContext, 100)}\`: ${p.decision.state}** · ${inlineText(p.decision.description, 200)} · release record: **${release.status}**\n\n`,
      )
      .write();
}
