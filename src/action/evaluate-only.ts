import { changedPaths } from './changed-paths.js';
import { createGitClient, gitRunner } from '../io/git.js';
import { runCheck } from '../pipeline/check.js';
import type { Core } from './core.js';
import type { EventFacts } from './event.js';
import type { ActionInputs } from './inputs.js';
import { targetProxy } from './target-proxy.js';
import { publishReport, reportDefinitionErrors } from './publish-report.js';

/** No token or no pull request: evaluate the checkout and report in the job, without comment or status. */
export async function evaluateOnly(
  core: Core,
  env: Readonly<Record<string, string | undefined>>,
  inputs: ActionInputs,
  event: EventFacts,
  summaryLead = '',
): Promise<void> {
  const git = createGitClient(gitRunner(inputs.workingDirectory));
  if (event.baseSha) event.facts.changedPaths = await changedPaths(git, event.baseSha, core);
  const result = await runCheck({
    checklist: inputs.checklist,
    repoDir: inputs.workingDirectory,
    env,
    targets: inputs.targets,
    facts: event.facts,
    concurrency: inputs.concurrency,
    timeoutMs: inputs.timeoutMs,
    allowCommands: !event.isPullRequestTarget,
    proxy: targetProxy(inputs),
    registerSecret: (value) => core.setSecret(value),
    git,
  });
  if (!result.ok) {
    await reportDefinitionErrors(core, env, result.diagnostics);
    return;
  }
  await publishReport(core, env, inputs, result.report, summaryLead);
}
