/** What a failed GitHub call means for the person reading the log. */
export function explainGitHubError(e: unknown, doing: string): string {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = err.response?.data?.message ?? err.message ?? String(e);
  if (err.status === 403 && /not accessible by integration/i.test(message))
    return `GitHub refused to ${doing} (403 ${message}). The token lacks a permission: give the job \`permissions: { pull-requests: write, statuses: write, contents: read }\`. A pull request from a fork gets a read-only token: the checklist is evaluated and summarised here, and the gate needs \`pull_request_target\` (see the README).`;
  if (err.status === 403 || err.status === 429)
    return `GitHub refused to ${doing} (${err.status} ${message}).`;
  if (err.status === 401)
    return `GitHub rejected the token while trying to ${doing} (401): check the \`token\` input.`;
  return `Could not ${doing}: ${err.status ? `${err.status} ` : ''}${message}`;
}

export function isReadOnlyRefusal(e: unknown): boolean {
  const err = e as { status?: number; message?: string };
  return err.status === 403 && /not accessible by integration/i.test(err.message ?? '');
}
