/** What the comment's record keeps about a deployment and its after-deploy phase. Plain data. */

export type DeployTrigger = 'deployment_status' | 'push' | 'workflow_dispatch';

export type ReleaseOutcome = 'SUCCESSFUL' | 'FAILED';

export interface DeployRecord {
  /** The deployed commit: the second status is set on it. */
  sha: string;
  environment: string;
  /** The deployed environment's address (the deployment's `environment_url`, or the input). */
  url?: string;
  /** When it was deployed (the deployment status's time, or the run's). */
  at: string;
  /** Who deployed: the deployment's creator, or who pushed the tag or dispatched the run. */
  by: string;
  trigger: DeployTrigger;
  /** The deployed ref (a tag, a branch) when known. */
  ref?: string;
  version?: string;
  /** The deployment's id and its page, for the record. */
  deploymentId?: number;
  /** Logins whose latest review of the pull request approves it, when the deployment was seen. */
  reviewedBy: string[];
  /** The deployment itself reported failure or error. */
  deploymentFailed?: string;
  /** When the after-deploy checks last ran. */
  checkedAt: string;
  /** Notes given as an input to the deployment run. */
  notes?: string;
  /** Set when the after-deploy phase closed: done or failed. */
  closed?: { outcome: ReleaseOutcome; at: string };
  /** Earlier deployments of this pull request and how they closed, newest last (at most 5). */
  earlier?: Array<{ sha: string; at: string; environment: string; outcome?: ReleaseOutcome }>;
}
