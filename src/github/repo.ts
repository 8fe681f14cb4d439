/** The repository a run talks about. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export function repoFromEnv(value: string | undefined): RepoRef | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return m ? { owner: m[1] as string, repo: m[2] as string } : undefined;
}
