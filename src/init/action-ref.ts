/**
 * Where the Preflight action lives, for the `uses:` line `preflight init` writes: `OWNER/NAME` from a git
 * remote URL or a package.json `repository` field. Pure; the edge reads the remote (src/io/own-remote.ts).
 */

const PLACEHOLDER = 'OWNER/preflight';

/** `OWNER/NAME` of a GitHub repository URL in any of the forms git and npm write, or undefined. */
export function githubRepoOf(url: string): string | undefined {
  const text = url.trim();
  const m =
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/i.exec(
      text,
    ) ??
    /^(?:[^@/\s]+@)?github\.com:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/i.exec(text) ??
    /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/i.exec(text);
  if (!m) return undefined;
  const [owner, name] = [m[1] as string, m[2] as string];
  if (owner === '.' || owner === '..' || name === '.' || name === '..') return undefined;
  return `${owner}/${name}`;
}

/** The workflow with its `uses:` of the Preflight action pointed at `repo` (OWNER/NAME), when known. */
export function withActionRepo(workflow: string, repo: string | undefined): string {
  if (!repo) return workflow;
  return workflow.replace(new RegExp(`(uses: )${PLACEHOLDER}(@)`), `$1${repo}$2`);
}
