import { changedPaths } from './changed-paths.js';
import { createGitClient, gitRunner } from '../io/git.js';
import { evaluateChecklist, runCheck, type CheckResponse } from '../pipeline/check.js';
import type { Core } from './core.js';
import type { EventFacts } from './event.js';
import type { ActionInputs } from './inputs.js';
import { targetProxy } from './target-proxy.js';
import { publicEnvironment, trustedSha, type Privilege } from './privilege.js';
import { publishReport, reportDefinitionErrors } from './publish-report.js';
import { entryPath, loadTrustedDefinition } from './trusted-definitions.js';

/**
 * No token or no pull request: evaluate and report in the job, without comment or status. In a privileged
 * run the checklist is read with git at the trusted commit (never from the checkout) and nothing is executed.
 */
export async function evaluateOnly(
  core: Core,
  env: Readonly<Record<string, string | undefined>>,
  inputs: ActionInputs,
  event: EventFacts,
  privilege: Privilege,
  summaryLead = '',
): Promise<void> {
  const run = gitRunner(inputs.workingDirectory);
  const git = createGitClient(run);
  if (event.baseSha) event.facts.changedPaths = await changedPaths(git, event.baseSha, core);
  const request = {
    checklist: inputs.checklist,
    repoDir: inputs.workingDirectory,
    env,
    targets: inputs.targets,
    facts: event.facts,
    concurrency: inputs.concurrency,
    networkConcurrency: inputs.networkConcurrency,
    timeoutMs: inputs.timeoutMs,
    allowCommands: privilege.commands,
    proxy: targetProxy(inputs),
    registerSecret: (value: string) => core.setSecret(value),
    git,
  };
  let result: CheckResponse;
  // The pull request's own run honours definitions-from like the gate; a privileged run reads only the trusted commit.
  const sha = privilege.privileged
    ? trustedSha(privilege, event)
    : inputs.definitionsFrom === 'base'
      ? event.baseSha
      : undefined;
  if (privilege.privileged || sha) {
    if (!sha) {
      core.setFailed(
        `Preflight cannot tell which commit's checklist to trust in this ${privilege.eventName || 'unnamed'} run (no ${privilege.trustedCommit === 'base' ? 'base commit in the event' : 'GITHUB_SHA'}); nothing was run.`,
      );
      return;
    }
    core.info(
      privilege.privileged
        ? `A privileged run (${privilege.reason}): the checklist is read at ${sha.slice(0, 7)}.`
        : `The checklist is read at the base commit ${sha.slice(0, 7)}.`,
    );
    const trusted = await loadTrustedDefinition(
      { via: { git: run }, git: run, sha },
      inputs.workingDirectory,
      entryPath(inputs.workingDirectory, inputs.checklist),
      env,
      inputs.targets,
    );
    if (!trusted.ok && privilege.privileged) {
      core.setFailed(
        `Could not read the checklist at the trusted commit: ${trusted.absent}; nothing was run.`,
      );
      return;
    }
    if (!trusted.ok) {
      // The pull request's own run: its checkout's checklist, treated as the pull request's (variables withheld).
      core.warning(
        `The checklist could not be read at the base commit (${trusted.absent}): the checkout's is used, as the pull request wrote it, without the job's variables.`,
      );
      result = await runCheck({ ...request, withheld: publicEnvironment(env).withheld });
    } else
      result = trusted.loaded.ok
        ? {
            ok: true,
            checklist: trusted.loaded.checklist,
            report: await evaluateChecklist(trusted.loaded.checklist, request),
            warnings: trusted.loaded.warnings,
          }
        : trusted.loaded;
  } else if (inputs.definitionsFrom === 'head') {
    const open = publicEnvironment(env);
    result = await runCheck({ ...request, withheld: open.withheld });
  } else {
    result = await runCheck(request);
  }
  if (!result.ok) {
    await reportDefinitionErrors(core, env, result.diagnostics);
    return;
  }
  await publishReport(core, env, inputs, result.report, summaryLead);
}
