import { errorLine } from '../engine/evaluate.js';
import { createGitClient, gitRunner } from '../io/git.js';
import { runCheck } from '../pipeline/check.js';
import type { Core } from './core.js';
import type { EventFacts } from './event.js';
import type { ActionInputs } from './inputs.js';
import { publishReport, reportDefinitionErrors } from './publish-report.js';

/** No token or no pull request: evaluate the checkout and report in the job, without comment or status. */
export async function evaluateOnly(
  core: Core,
  env: Readonly<Record<string, string | undefined>>,
  inputs: ActionInputs,
  event: EventFacts,
): Promise<void> {
  const git = createGitClient(gitRunner(inputs.workingDirectory));
  if (event.baseSha) {
    try {
      event.facts.changedPaths = await git.changedFiles(event.baseSha);
    } catch (e) {
      core.info(`Changed files unknown (${errorLine(e)}): items with 'when: paths' are evaluated.`);
    }
  }
  const result = await runCheck({
    checklist: inputs.checklist,
    repoDir: inputs.workingDirectory,
    env,
    targets: inputs.targets,
    facts: event.facts,
    concurrency: inputs.concurrency,
    timeoutMs: inputs.timeoutMs,
    allowCommands: !event.isPullRequestTarget,
    registerSecret: (value) => core.setSecret(value),
    git,
  });
  if (!result.ok) {
    await reportDefinitionErrors(core, env, result.diagnostics);
    return;
  }
  await publishReport(core, env, inputs, result.report);
}
