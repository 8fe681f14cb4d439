import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** A file a pull request changes. */
export interface ChangedFile {
  filename: string;
  status: string;
  previousFilename?: string;
}

/** GitHub lists at most 3000 files of a pull request (30 pages of 100). */
export const MAX_LISTED_FILES = 3000;

/** The files a pull request changes, every page up to GitHub's limit; `truncated` when the limit was reached. */
export async function listChangedFiles(
  gh: GitHub,
  ref: RepoRef,
  number: number,
  signal?: AbortSignal,
): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const files: ChangedFile[] = [];
  for (let page = 1; page <= MAX_LISTED_FILES / 100; page++) {
    const r = await gh.rest.pulls.listFiles({
      ...ref,
      pull_number: number,
      per_page: 100,
      page,
      request: { signal },
    });
    for (const f of r.data) {
      files.push({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
      });
    }
    if (r.data.length < 100) return { files, truncated: false };
  }
  return { files, truncated: true };
}
