/**
 * GitHub's docs on required status checks (docs.github.com, "Troubleshooting required status checks"): "If you have a check and a status with the same name, and you
 * select that name as a required status check, both the check and the status are required"; when only one
 * exists, that one satisfies the name. The job's check run is named after the job and is green by design, so
 * a job named like the status would satisfy the required check whenever the status was not written.
 */
export function jobNameClash(job: string | undefined, statusContext: string): string | undefined {
  if (!job || job.trim().toLowerCase() !== statusContext.trim().toLowerCase()) return undefined;
  return `Preflight refuses to run in a job named \`${job}\`, the name of its commit status: the job's green check run would satisfy a required \`${statusContext}\` check whenever the status is not written, so rename the job (for example \`checklist\`) or set another \`status-context\`.`;
}

/** What the job tells when the status could not be written: nothing else stands in for it. */
export function noStatusNote(statusContext: string, sha: string | undefined, why: string): string {
  const on = sha ? ` on ${sha.slice(0, 7)}` : '';
  return `The \`${statusContext}\` commit status was not set${on} (${why}). Nothing stands in for it: a branch rule that requires \`${statusContext}\` (the status, never this job's check) keeps the pull request blocked until a run that may write statuses sets it.`;
}
