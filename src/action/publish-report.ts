import { plural } from '../checks/wording.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../definition/diagnostic.js';
import type { Report } from '../engine/report.js';
import { fenced } from '../render/escape.js';
import { renderMarkdown } from '../render/markdown.js';
import { plain, renderText } from '../render/text.js';
import { findingAnnotations } from './annotations.js';
import type { Core } from './core.js';
import { inertJson } from '../util/inert-log.js';
import type { ActionInputs } from './inputs.js';
import { reportOutputs } from './outputs.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Log, report file, annotations, outputs and job summary for one evaluation. */
export async function publishReport(
  core: Core,
  env: Env,
  inputs: ActionInputs,
  report: Report,
  summaryLead = '',
): Promise<void> {
  // `core` is the run's inert core (action/core.ts): the report's text cannot act as a workflow command.
  core.info(renderText(report, plain));
  mkdirSync(path.dirname(inputs.reportPath), { recursive: true });
  writeFileSync(inputs.reportPath, `${inertJson(JSON.stringify(report, null, 2))}\n`);
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
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryLead + renderMarkdown(report)).write();
  if (inputs.failJob && report.state === 'fail') {
    core.setFailed(`Required checks fail: ${report.blocking.join(', ')}`);
  }
}

export async function reportDefinitionErrors(core: Core, env: Env, diagnostics: Diagnostic[]): Promise<void> {
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
        `## ⚠️ Preflight: the checklist definition has ${plural(diagnostics.length, 'problem')}\n\nNothing was run.\n\n${fenced(lines.join('\n'))}\n`,
      )
      .write();
  }
  core.setOutput('state', 'error');
  core.setFailed(
    `The checklist definition has ${plural(diagnostics.length, 'problem')}; nothing was run.\n${lines.join('\n')}`,
  );
}
