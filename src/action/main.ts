import type { ClientOptions, GitHub } from '../github/client.js';
import { repoFromEnv } from '../github/repo.js';
import { errorLine } from '../util/error-line.js';
import { VERSION } from '../version.js';
import { inertCore, type Core } from './core.js';
import { readEventFacts } from './event.js';
import { InputError, readInputs } from './inputs.js';
import { jobNameClash, noStatusNote } from './job-name.js';
import { decidePrivilege } from './privilege.js';

export interface ActionDeps {
  core: Core;
  env: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
  /** Makes the GitHub client; the entry point uses the default, tests hand in their own. */
  createClient?: (options: ClientOptions) => GitHub;
}

// What this file imports is all that loads before the first line is printed: the gate (Octokit, the
// Markdown machinery), the evaluation (the check kinds, the YAML and schema machinery) and git are
// imported when the event needs them, each in its own chunk of the bundle.
const loadGate = () => import('./gate/dispatch.js');
const loadEvaluateOnly = () => import('./evaluate-only.js');
const loadGitHub = () => import('../github/client.js');
const loadGit = () => import('../io/git.js');

/**
 * One action run. With a token on a pull-request event it runs the gate (comment and commit status);
 * otherwise it evaluates and summarises. Never throws.
 */
export async function run({
  core: runnerCore,
  env,
  now = () => new Date(),
  createClient,
}: ActionDeps): Promise<void> {
  // Every info line of the run, whatever module writes it, is inert in the job log.
  const core = inertCore(runnerCore);
  try {
    core.info(`Preflight ${VERSION}`);
    const inputs = readInputs((name) => core.getInput(name), env);
    if (inputs.recordKey) core.setSecret(inputs.recordKey);
    if (inputs.recordKey && inputs.botLogin.toLowerCase() === 'github-actions[bot]')
      core.warning(
        "record-key is set but bot-login is github-actions[bot], the identity every workflow of the repository shares: set bot-login to your GitHub App's login so a record is Preflight's only when that app wrote it.",
      );
    const clash = jobNameClash(env.GITHUB_JOB, inputs.statusContext);
    if (clash) return core.setFailed(clash);
    const event = readEventFacts(env);
    const ref = repoFromEnv(env.GITHUB_REPOSITORY);
    const privilege = decidePrivilege(event.eventName);
    if (privilege.privileged && inputs.definitionsFrom === 'head') {
      core.setOutput('state', 'error');
      core.setFailed(
        `definitions-from: head is refused here: ${privilege.reason}, so a checklist the pull request wrote could reach them. Nothing was run. Read the checklist from the base (the default) or run on pull_request.`,
      );
      return;
    }
    if (inputs.token && ref && event.gate.kind !== 'other') {
      const [{ runGate }, { gitRunner }, github] = await Promise.all([loadGate(), loadGit(), loadGitHub()]);
      const gh = (createClient ?? github.createGitHub)({
        token: inputs.token,
        baseUrl: env.GITHUB_API_URL || github.DEFAULT_API_URL,
        graphqlUrl: env.GITHUB_GRAPHQL_URL,
        log: (line) => core.info(line),
      });
      await runGate(
        { core, env, inputs, gh, ref, git: gitRunner(inputs.workingDirectory), now, privilege },
        event,
      );
      return;
    }
    // On a gate event without a token (or outside a repository) the status is not written: say so.
    const unset =
      event.gate.kind !== 'other'
        ? noStatusNote(inputs.statusContext, undefined, 'the `token` input is empty')
        : '';
    if (unset) core.warning(unset);
    const { evaluateOnly } = await loadEvaluateOnly();
    await evaluateOnly(core, env, inputs, event, privilege, unset ? `> [!WARNING]\n> ${unset}\n\n` : '');
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.message : `Preflight could not run: ${errorLine(e)}`);
  }
}
