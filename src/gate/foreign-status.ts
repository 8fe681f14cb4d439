import { sameLogin } from './login.js';

/** The latest status of the gate's context on a head, with the login of whoever set it. */
export interface HeadStatus {
  state: string;
  creator: string;
}

/**
 * A warning when the gate's status on the head was last set by someone other than Preflight's identity
 * (`bot-login`): another workflow, a person's token or another app. Whatever reads the latest status of
 * that context without pinning its source (branch protection, a ruleset without a source app) counts it.
 * With the default GITHUB_TOKEN setup every workflow of the repository writes as the same
 * github-actions[bot], so this cannot tell them apart; the hardened setup's own app identity can. Pure.
 */
export function foreignStatusWarning(
  status: HeadStatus | undefined,
  own: { botLogin: string; context: string; sha: string },
): string | undefined {
  if (!status || sameLogin(status.creator, own.botLogin)) return undefined;
  const who = status.creator === '' ? 'an account GitHub no longer shows' : status.creator;
  const short = own.sha.slice(0, 7);
  return `The ${own.context} status on ${short} was last set by ${who} (${status.state.toLowerCase()}), not by Preflight (${own.botLogin}): branch protection or a ruleset that requires ${own.context} without pinning its source counts that status. Require ${own.context} from Preflight's own GitHub App (see the README's hardened setup).`;
}
