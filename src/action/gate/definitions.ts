import path from 'node:path';
import type { Diagnostic } from '../../definition/diagnostic.js';
import type { Checklist } from '../../definition/model.js';
import { ensureCommit, showAt } from '../../io/at-commit.js';
import { loadDefinition } from '../../pipeline/check.js';
import { loadDefinitionAt } from '../../pipeline/load-at-commit.js';
import { reportDefinitionErrors } from '../publish-report.js';
import type { GateDeps } from './deps.js';

export type Definitions =
  | { ok: true; checklist: Checklist; from: 'base' | 'head'; sha?: string; warning?: string }
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: false; absent: string; noFile: boolean };

/**
 * The checklist that gates a pull request: as it is at the base commit by default, so the pull request
 * cannot weaken its own gate; from the checkout with `definitions-from: head` (and a warning).
 */
export async function gateDefinitions(deps: GateDeps, baseSha: string): Promise<Definitions> {
  const { inputs, env } = deps;
  if (inputs.definitionsFrom === 'head') {
    const loaded = loadDefinition({ checklist: inputs.checklist, env, targets: inputs.targets });
    if (!loaded.ok) return loaded;
    return {
      ok: true,
      checklist: loaded.checklist,
      from: 'head',
      warning:
        "This checklist was read from the pull request's own head (definitions-from: head): the pull request can change the checklist that gates it.",
    };
  }
  const missing = await ensureCommit(deps.git, baseSha);
  if (missing)
    return {
      ok: false,
      absent: `${missing}. Use actions/checkout with fetch-depth: 0, or definitions-from: head.`,
      noFile: false,
    };
  const entry = path
    .relative(inputs.workingDirectory, path.resolve(process.cwd(), inputs.checklist))
    .split(path.sep)
    .join('/');
  const text = await showAt(deps.git, baseSha, entry);
  if (typeof text !== 'string')
    return { ok: false, absent: `the base commit ${baseSha.slice(0, 7)} has no ${entry}`, noFile: true };
  const loaded = await loadDefinitionAt(
    deps.git,
    baseSha,
    inputs.workingDirectory,
    entry,
    env,
    inputs.targets,
    new Map([[entry, text]]),
  );
  if (!loaded.ok) return loaded;
  return { ok: true, checklist: loaded.checklist, from: 'base', sha: baseSha };
}

type StatusSetter = (state: 'success' | 'error', description: string) => Promise<void>;

/** When there is no usable checklist: a status that says why, and the problems in the job. */
export async function reportUnusable(
  deps: GateDeps,
  defs: Exclude<Definitions, { ok: true }>,
  setStatus: StatusSetter,
): Promise<void> {
  if ('diagnostics' in defs) {
    await setStatus(
      'error',
      `The checklist definition has ${defs.diagnostics.length} problem(s); see the job log`,
    );
    await reportDefinitionErrors(deps.core, deps.env, defs.diagnostics);
  } else if (defs.noFile) {
    deps.core.info(`No checklist to gate with: ${defs.absent}.`);
    await setStatus('success', 'No Preflight checklist on the base branch yet');
  } else {
    await setStatus('error', 'Could not read the checklist at the base commit; see the job log');
    deps.core.setFailed(`Could not read the checklist at the base commit: ${defs.absent}`);
  }
}
