import type { RepoRef } from './repo.js';

/**
 * The repository's web address on the GitHub server the run is on: `GITHUB_SERVER_URL` (`https://github.com`,
 * or `https://HOST` on GitHub Enterprise Server) plus owner and name. Undefined when the server URL is unset
 * or not an http(s) URL, so nothing links to a guessed host.
 */
export function repoWebUrl(serverUrl: string | undefined, ref: RepoRef): string | undefined {
  if (!serverUrl?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(serverUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  const out = `${url.href.replace(/\/+$/, '')}/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`;
  // Only characters that stay inert inside a Markdown link target.
  return /^[\w\-.~:/%]+$/.test(out) ? out : undefined;
}
