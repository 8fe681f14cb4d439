import path from 'node:path';
import { readFileAt } from '../../github/contents.js';
import { regexProblems, regexString, strictObject } from '../params.js';
import { defineKind, type ParamProblem } from '../types.js';
import { withPullRequest } from './pull-context.js';
import { compareSemVer, parseSemVer } from './semver.js';
import { extractVersion, groupCount } from './version-source.js';

interface Params {
  file?: string;
  pattern?: string;
}

export const versionBump = defineKind<Params>({
  kind: 'github.version-bump',
  description:
    "The version on the pull request's head is a higher semantic version than on its base (package.json's version, or a file and pattern).",
  scope: 'github',
  params: strictObject({
    file: {
      type: 'string',
      minLength: 1,
      description:
        'Path of the file holding the version, relative to the repository root (default package.json).',
    },
    pattern: regexString(
      'Finds the version in the file: its one capture group is the version (default: the JSON "version" key).',
    ),
  }),
  validate(p) {
    const problems: ParamProblem[] = regexProblems([{ path: ['pattern'], source: p.pattern }], {
      multiline: true,
    });
    if (problems.length === 0 && p.pattern !== undefined && groupCount(p.pattern) < 1) {
      problems.push({
        path: ['pattern'],
        message: 'needs a capture group around the version, as in "version = (.+)"',
      });
    }
    if (p.file !== undefined && (path.posix.isAbsolute(p.file) || p.file.split(/[\\/]/).includes('..'))) {
      problems.push({
        path: ['file'],
        message: 'must stay inside the repository (a relative path without "..")',
      });
    }
    return problems;
  },
  async run(p, ctx) {
    const file = (p.file ?? 'package.json').replace(/^\.\//, '');
    return withPullRequest(ctx, `read ${file}`, 'contents: read', async (gh) => {
      const read = async (sha: string) => {
        const bytes = await readFileAt(gh.client, gh.repo, file, sha, ctx.signal);
        return bytes === undefined ? undefined : extractVersion(bytes.toString('utf8'), file, p.pattern);
      };
      const head = await read(gh.headSha);
      const base = await read(gh.baseSha);
      if (head === undefined) return { status: 'fail', summary: `${file} not found on the head commit` };
      if ('problem' in head) return { status: 'error', summary: `on the head: ${head.problem}` };
      const headVersion = parseSemVer(head.version);
      if (!headVersion) {
        return { status: 'error', summary: `head version ${quote(head.version)} is not a semantic version` };
      }
      if (base === undefined) {
        return {
          status: 'pass',
          summary: `${file} is new: version ${headVersion.text}`,
          evidence: { file, head: headVersion.text, base: null },
        };
      }
      if ('problem' in base) return { status: 'error', summary: `on the base: ${base.problem}` };
      const baseVersion = parseSemVer(base.version);
      if (!baseVersion) {
        return { status: 'error', summary: `base version ${quote(base.version)} is not a semantic version` };
      }
      const evidence = { file, base: baseVersion.text, head: headVersion.text };
      const order = compareSemVer(headVersion, baseVersion);
      if (order > 0)
        return { status: 'pass', summary: `${baseVersion.text} → ${headVersion.text}`, evidence };
      if (order === 0) {
        return { status: 'fail', summary: `version not bumped: still ${headVersion.text}`, evidence };
      }
      return {
        status: 'fail',
        summary: `version went backwards: ${baseVersion.text} → ${headVersion.text}`,
        evidence,
      };
    });
  },
});

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}
