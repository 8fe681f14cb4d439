import { globMatcher } from '../../util/glob.js';
import { listChangedFiles, MAX_LISTED_FILES } from '../../github/files.js';
import { globList, strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { listSome, plural } from '../wording.js';
import { withPullRequest } from './pull-context.js';

interface Params {
  paths?: string[];
}

const DEFAULT_PATHS = ['CHANGELOG*', '**/CHANGELOG*'];

export const changelog = defineKind<Params>({
  kind: 'github.changelog',
  description:
    'The pull request changes the changelog (a file matching CHANGELOG*, in any folder, by default).',
  scope: 'github',
  params: strictObject({
    paths: globList(`Files that count as the changelog (default ${DEFAULT_PATHS.join(', ')}).`),
  }),
  async run(p, ctx) {
    return withPullRequest(ctx, 'list the changed files', 'pull-requests: read', async (gh) => {
      const paths = p.paths ?? DEFAULT_PATHS;
      const isChangelog = globMatcher(paths, { dot: true });
      const { files, truncated } = await listChangedFiles(gh.client, gh.repo, gh.number, ctx.signal);
      // A deleted changelog is not an entry for this release.
      const changed = files
        .filter((f) => f.status !== 'removed' && isChangelog(f.filename))
        .map((f) => f.filename);
      const evidence = { paths, changed, filesListed: files.length, ...(truncated ? { truncated } : {}) };
      if (changed.length > 0) {
        return { status: 'pass', summary: `changelog updated: ${listSome(changed, 3)}`, evidence };
      }
      if (truncated) {
        return {
          status: 'fail',
          summary: `no changelog among the first ${MAX_LISTED_FILES} changed files (GitHub lists no more)`,
          evidence,
        };
      }
      return {
        status: 'fail',
        summary: `no changelog changed (${plural(files.length, 'file')} changed, none matching ${listSome(paths, 3)})`,
        evidence,
      };
    });
  },
});
