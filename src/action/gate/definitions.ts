import type { Diagnostic } from '../../definition/diagnostic.js';
import type { Checklist } from '../../definition/model.js';
import { loadDefinition } from '../../pipeline/check.js';
import { publicEnvironment } from '../privilege.js';
import { reportDefinitionErrors } from '../publish-report.js';
import { entryPath, loadTrustedDefinition } from '../trusted-definitions.js';
import type { GateDeps } from './deps.js';

export type Definitions =
  | {
      ok: true;
      checklist: Checklist;
      from: 'base' | 'head';
      sha?: string;
      warning?: string;
      /** Variables the checks may not read (a checklist from the head). */
      withheld?: ReadonlySet<string>;
    }
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: false; absent: string; noFile: boolean };

/**
 * The checklist that gates a pull request: as it is at the base commit by default, so the pull request
 * cannot weaken its own gate; from the checkout with `definitions-from: head` (and a warning) on the pull
 * request's own run only. A privileged run reads it through GitHub's API at the base, never from the checkout.
 */
export async function gateDefinitions(deps: GateDeps, baseSha: string): Promise<Definitions> {
  const { inputs, env } = deps;
  if (inputs.definitionsFrom === 'head' && !deps.privilege.privileged) {
    const open = publicEnvironment(env);
    const loaded = loadDefinition({
      checklist: inputs.checklist,
      repoDir: inputs.workingDirectory,
      env: open.env,
      withheld: open.withheld,
      targets: inputs.targets,
    });
    if (!loaded.ok) return loaded;
    return {
      ok: true,
      checklist: loaded.checklist,
      from: 'head',
      withheld: open.withheld,
      warning:
        "This checklist was read from the pull request's own head (definitions-from: head): the pull request can change the checklist that gates it.",
    };
  }
  const trusted = await loadTrustedDefinition(
    {
      via: deps.privilege.privileged ? { api: { gh: deps.gh, ref: deps.ref } } : { git: deps.git },
      git: deps.git,
      sha: baseSha,
    },
    inputs.workingDirectory,
    entryPath(inputs.workingDirectory, inputs.checklist),
    env,
    inputs.targets,
  );
  if (!trusted.ok) return trusted;
  if (!trusted.loaded.ok) return trusted.loaded;
  return { ok: true, checklist: trusted.loaded.checklist, from: 'base', sha: baseSha };
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
