import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/**
 * A file's bytes at a commit or branch (`GET /contents/{path}?ref=`), or undefined when there is no file
 * there (404, or a directory). Files over GitHub's 1 MB limit for this endpoint arrive without content.
 */
export async function readFileAt(
  gh: GitHub,
  ref: RepoRef,
  path: string,
  gitRef: string,
  signal?: AbortSignal,
): Promise<Buffer | undefined> {
  try {
    const r = await gh.rest.repos.getContent({ ...ref, path, ref: gitRef, request: { signal } });
    const data = r.data as { type?: string; encoding?: string; content?: string };
    if (Array.isArray(r.data) || data.type !== 'file') return undefined;
    if (data.encoding !== 'base64' || typeof data.content !== 'string') {
      throw new Error(`${path} at ${gitRef.slice(0, 12)} is too large for GitHub's contents API`);
    }
    return Buffer.from(data.content.replace(/\s+/g, ''), 'base64');
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}
