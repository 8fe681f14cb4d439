import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

export interface CommitStatus {
  sha: string;
  state: 'success' | 'pending' | 'failure' | 'error';
  context: string;
  description: string;
  targetUrl?: string;
}

export async function setStatus(gh: GitHub, ref: RepoRef, status: CommitStatus): Promise<void> {
  await gh.rest.repos.createCommitStatus({
    ...ref,
    sha: status.sha,
    state: status.state,
    context: status.context,
    description: status.description,
    target_url: status.targetUrl,
  });
}
