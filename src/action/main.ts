import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../definition/diagnostic.js';
import { errorLine } from '../engine/evaluate.js';
import type { Report } from '../engine/report.js';
import { createGitClient, gitRunner } from '../io/git.js';
import { runCheck } from '../pipeline/check.js';
import { fenced } from '../render/escape.js';
import { renderMarkdown } from '../render/markdown.js';
import { plain, renderText } from '../render/text.js';
import { VERSION } from '../version.js';
import { findingAnnotations } from './annotations.js';
import type { Core } from './core.js';
import { readEventFacts } from './event.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { reportOutputs } from './outputs.js';

export interface ActionDeps {
  core: Core;
  env: Readonly<Record<string, string | undefined>>;
}

/** One action run: inputs → evaluation → log, annotations, job summary, outputs. Never throws. */
export async function run({ core, env }: ActionDeps): Promise<void> {
  try {
    core.info(`Preflight ${VERSION}`);
    const inputs = readInputs((name) => core.getInput(name), env);
    const event = readEventFacts(env);
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
      git,
    });
    if (!result.ok) {
      await reportDefinitionErrors(core, env, result.diagnostics);
      return;
    }
    await publish(core, env, inputs, result.report);
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.message : `Preflight could not run: ${errorLine(e)}`);
  }
}

async function publish(
  core: Core,
  env: ActionDeps['env'],
  inputs: ActionInputs,
  report: Report,
): Promise<void> {
  core.info(renderText(report, plain));
  mkdirSync(path.dirname(inputs.reportPath), { recursive: true });
  writeFileSync(inputs.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  const prefix = path
    .relative(env.GITHUB_WORKSPACE ?? inputs.workingDirectory, inputs.workingDirectory)
    .split(path.sep)
    .join('/');
  for (const a of findingAnnotations(report, prefix)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  for (const [name, value] of Object.entries(reportOutputs(report, inputs.reportPath)))
    core.setOutput(name, value);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderMarkdown(report)).write();
  if (inputs.failJob && report.state === 'fail') {
    core.setFailed(`Required checks fail: ${report.blocking.join(', ')}`);
  }
}

async function reportDefinitionErrors(
  core: Core,
  env: ActionDeps['env'],
  diagnostics: Diagnostic[],
): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const located = diagnostics.map((d) => ({
    ...d,
    file: path.relative(workspace, path.resolve(workspace, d.file)).split(path.sep).join('/'),
  }));
  for (const d of located) {
    core.error(d.message, {
      title: 'Preflight definition',
      file: d.file,
      startLine: d.line || undefined,
      startColumn: d.col || undefined,
    });
  }
  const lines = located.map(formatDiagnostic);
  if (env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        `## ⚠️ Preflight: the checklist definition has ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}\n\nNothing was run.\n\n${fenced(lines.join('\n'))}\n`,
      )
      .write();
  }
  core.setOutput('state', 'error');
  core.setFailed(
    `The checklist definition has ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}; nothing was run.\n${lines.join('\n')}`,
  );
}
