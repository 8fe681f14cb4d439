import { globMatcher } from '../../util/glob.js';
import { strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { listSome } from '../wording.js';
import { NEEDS_PULL_REQUEST } from './pull-context.js';

interface Params {
  branches: string[];
}

export const targetBranch = defineKind<Params>({
  kind: 'github.target-branch',
  description: 'The pull request targets one of the given branches (for example main or release/*).',
  scope: 'github',
  params: strictObject(
    {
      branches: {
        type: 'array',
        items: { type: 'string', minLength: 1, 'x-glob': true },
        minItems: 1,
        description: "Branch names or globs ('*' within one '/'-separated part, '**' across parts).",
      },
    },
    ['branches'],
  ),
  async run(p, ctx) {
    if (!ctx.github) return { status: 'error', summary: NEEDS_PULL_REQUEST };
    const base = ctx.github.baseRef.replace(/^refs\/heads\//, '');
    const evidence = { base, branches: p.branches };
    if (globMatcher(p.branches)(base)) return { status: 'pass', summary: `targets ${base}`, evidence };
    return { status: 'fail', summary: `targets ${base}, not ${listSome(p.branches)}`, evidence };
  },
});
