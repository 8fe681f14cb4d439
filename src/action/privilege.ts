/**
 * What a run may do, decided by what it holds: its event (which says whether GitHub hands the job a write
 * token and the repository's secrets even for a fork's pull request, and whose code the workflow came
 * from) and whether a token was given. Pure: the README's per-event table is this table.
 */

/** How much a run can do to the repository, and for whom. */
export interface Capabilities {
  /** GitHub gives the job a write token, even when the pull request comes from a fork. */
  writeToken: boolean;
  /** GitHub gives the job the repository's secrets, even when the pull request comes from a fork. */
  secrets: boolean;
  /** Where the workflow file itself was read from. */
  workflowFrom: string;
}

export interface Privilege {
  eventName: string;
  /**
   * A run that holds write tokens or secrets and is not the pull request's own `pull_request` run: the
   * checklist comes only from the trusted commit, nothing from the pull request is executed, and a
   * checklist the pull request wrote is never read.
   */
  privileged: boolean;
  capabilities: Capabilities;
  /** Which commit the checklist is read at in a privileged run. */
  trustedCommit: 'base' | 'workflow';
  /** `command` checks may run. */
  commands: boolean;
  /** `definitions-from: head` is allowed. */
  headDefinitions: boolean;
  /** Why, in one line, for logs and errors. */
  reason: string;
}

/**
 * Per event, from GitHub's documentation ("Events that trigger workflows"; "Keeping your GitHub Actions
 * and workflows secure: preventing pwn requests"): `pull_request` from a fork gets a read-only token and
 * no secrets, and from the same repository runs code by someone who can already push workflows; every
 * other event below runs with a write token and the secrets, whoever opened the pull request.
 */
const EVENTS: Record<string, Capabilities & { trustedCommit: 'base' | 'workflow' }> = {
  pull_request: {
    writeToken: false,
    secrets: false,
    workflowFrom: "the pull request's merge commit",
    trustedCommit: 'base',
  },
  pull_request_target: {
    writeToken: true,
    secrets: true,
    workflowFrom: 'the base branch',
    trustedCommit: 'base',
  },
  issue_comment: {
    writeToken: true,
    secrets: true,
    workflowFrom: 'the default branch',
    trustedCommit: 'workflow',
  },
  workflow_run: {
    writeToken: true,
    secrets: true,
    workflowFrom: 'the default branch',
    trustedCommit: 'workflow',
  },
  schedule: {
    writeToken: true,
    secrets: true,
    workflowFrom: 'the default branch',
    trustedCommit: 'workflow',
  },
  workflow_dispatch: {
    writeToken: true,
    secrets: true,
    workflowFrom: 'the branch it was dispatched on',
    trustedCommit: 'workflow',
  },
  merge_group: {
    writeToken: true,
    secrets: true,
    workflowFrom: "the merge queue's commit",
    trustedCommit: 'base',
  },
  push: { writeToken: true, secrets: true, workflowFrom: 'the pushed commit', trustedCommit: 'workflow' },
  // "GITHUB_SHA: Commit to be deployed; GITHUB_REF: Branch or tag to be deployed" (docs, "Events that
  // trigger workflows: deployment_status"): the workflow comes from the deployed commit, with the secrets.
  deployment_status: {
    writeToken: true,
    secrets: true,
    workflowFrom: 'the deployed commit',
    trustedCommit: 'workflow',
  },
};

/** Any event not listed: assumed to hold a write token and secrets (fail closed). */
const UNKNOWN: Capabilities & { trustedCommit: 'workflow' } = {
  writeToken: true,
  secrets: true,
  workflowFrom: 'the commit GITHUB_SHA names',
  trustedCommit: 'workflow',
};

/** The events the README's table lists, in its order. */
export const LISTED_EVENTS = Object.keys(EVENTS);

export function decidePrivilege(eventName: string): Privilege {
  const known = Object.hasOwn(EVENTS, eventName) ? EVENTS[eventName] : undefined;
  const caps = known ?? UNKNOWN;
  const { trustedCommit, ...capabilities } = caps;
  const privileged = eventName !== 'pull_request';
  const label = eventName === '' ? 'an unnamed event' : `'${eventName}'`;
  const reason = privileged
    ? `${label} runs with a write token and the repository's secrets${known ? '' : ' (an event Preflight does not know is treated so)'}, also for pull requests from forks`
    : "the pull request's own run: a fork's gets a read-only token and no secrets";
  return {
    eventName,
    privileged,
    capabilities,
    trustedCommit,
    commands: !privileged,
    headDefinitions: !privileged,
    reason,
  };
}

/** The commit whose checklist a privileged run trusts: the pull request's base, else the workflow's own commit. */
export function trustedSha(
  privilege: Privilege,
  facts: { baseSha?: string; workflowSha?: string },
): string | undefined {
  return privilege.trustedCommit === 'base' ? facts.baseSha : facts.workflowSha;
}

/**
 * Environment variables a checklist written by the pull request may read: only what the runner sets
 * about the run itself, never a secret, a token or a step input.
 */
const PUBLIC_VARIABLE = /^(CI|HOME|PATH|LANG|LC_[A-Z]+|TZ|TMPDIR|RUNNER_[A-Z0-9_]+|GITHUB_[A-Z0-9_]+)$/;
const NEVER = /^(GITHUB_TOKEN|RUNNER_TOKEN)$|TOKEN|SECRET|PASSWORD|KEY/;

/** The part of the job's environment a pull request's own checklist sees; the rest is withheld. */
export function publicEnvironment(env: Readonly<Record<string, string | undefined>>): {
  env: Record<string, string | undefined>;
  withheld: Set<string>;
} {
  const out: Record<string, string | undefined> = {};
  const withheld = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (PUBLIC_VARIABLE.test(name) && !NEVER.test(name)) out[name] = value;
    else withheld.add(name);
  }
  return { env: out, withheld };
}
