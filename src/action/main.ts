import { errorLine } from '../engine/evaluate.js';
import { createGitHub } from '../github/client.js';
import { repoFromEnv } from '../github/repo.js';
import { gitRunner } from '../io/git.js';
import { VERSION } from '../version.js';
import type { Core } from './core.js';
import { readEventFacts } from './event.js';
import { evaluateOnly } from './evaluate-only.js';
import { runGate } from './gate/dispatch.js';
import { InputError, readInputs } from './inputs.js';

export interface ActionDeps {
  core: Core;
  env: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
}

/**
 * One action run. With a token on a pull-request event it runs the gate (comment and commit status);
 * otherwise it evaluates and summarises. Never throws.
 */
export async function run({ core, env, now = () => new Date() }: ActionDeps): Promise<void> {
  try {
    core.info(`Preflight ${VERSION}`);
    const inputs = readInputs((name) => core.getInput(name), env);
    const event = readEventFacts(env);
    const ref = repoFromEnv(env.GITHUB_REPOSITORY);
    if (inputs.token && ref && event.gate.kind !== 'other') {
      const gh = createGitHub({
        token: inputs.token,
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        log: (line) => core.info(line),
      });
      await runGate({ core, env, inputs, gh, ref, git: gitRunner(inputs.workingDirectory), now }, event);
      return;
    }
    await evaluateOnly(core, env, inputs, event);
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.message : `Preflight could not run: ${errorLine(e)}`);
  }
}
