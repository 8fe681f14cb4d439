import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient, type DoubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';

let gh: GitHubDouble;
let octokit: DoubleClient;
let repo: { owner: string; repo: string };

beforeAll(async () => {
  gh = await startGitHubDouble({ owner: 'release-org', repo: 'payments', defaultBranch: 'trunk' });
  octokit = doubleClient(gh);
  repo = { owner: gh.owner, repo: gh.repo };
  gh.addPullRequest({
    number: 31,
    headSha: sha('p31'),
    headRef: 'release/6.0',
    baseRef: 'trunk',
    baseSha: gh.defaultBranchSha,
    labels: ['release', 'needs-checklist'],
    author: 'maintainer-1',
    title: 'Release 6.0',
    body: 'Ships the new checkout',
  });
  gh.addPullRequest({
    number: 32,
    headSha: sha('p32'),
    headRef: 'patch-1',
    baseRef: 'trunk',
    baseSha: gh.defaultBranchSha,
    fork: true,
    draft: true,
    author: 'outside-contributor',
  });
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

describe('pull requests', () => {
  test('GET /pulls/{n} reflects the state: head, base, labels, fork, draft, pushes', async () => {
    const pr = (await octokit.rest.pulls.get({ ...repo, pull_number: 31 })).data;
    expect(pr).toMatchObject({
      number: 31,
      title: 'Release 6.0',
      state: 'open',
      draft: false,
      user: { login: 'maintainer-1' },
      head: { sha: sha('p31'), ref: 'release/6.0', repo: { full_name: 'release-org/payments' } },
      base: { sha: gh.defaultBranchSha, ref: 'trunk' },
    });
    expect(pr.labels.map((l) => l.name)).toEqual(['release', 'needs-checklist']);
    const fork = (await octokit.rest.pulls.get({ ...repo, pull_number: 32 })).data;
    expect(fork).toMatchObject({
      draft: true,
      mergeable_state: 'draft',
      head: { label: 'outside-contributor:patch-1' },
    });
    expect(fork.head.repo).toMatchObject({ full_name: 'outside-contributor/payments', fork: true });
    gh.pushTo(31, sha('p31-2'));
    gh.setLabels(31, ['release']);
    const after = (await octokit.rest.pulls.get({ ...repo, pull_number: 31 })).data;
    expect(after).toMatchObject({ head: { sha: sha('p31-2') }, commits: 2 });
    expect(after.labels.map((l) => l.name)).toEqual(['release']);
    await expect(octokit.rest.pulls.get({ ...repo, pull_number: 404 })).rejects.toMatchObject({
      status: 404,
    });
  });

  test('GET /pulls lists open pull requests newest first, page by page, filtered by head and base', async () => {
    for (let n = 40; n < 45; n += 1) {
      gh.addPullRequest({
        number: n,
        headSha: sha(`p${n}`),
        headRef: `feature-${n}`,
        baseRef: 'trunk',
        baseSha: gh.defaultBranchSha,
      });
    }
    gh.closePullRequest(44, { merged: true });
    const page1 = await octokit.rest.pulls.list({ ...repo, state: 'open', per_page: 3 });
    expect(page1.data.map((p) => p.number)).toEqual([43, 42, 41]);
    expect(page1.headers.link).toContain('rel="next"');
    expect(page1.data[0]).not.toHaveProperty('mergeable'); // the list's items are pull-request-simple
    const all = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', per_page: 3 });
    expect(all.map((p) => p.number)).toEqual([43, 42, 41, 40, 32, 31]);
    const closed = await octokit.rest.pulls.list({ ...repo, state: 'closed' });
    expect(closed.data.map((p) => [p.number, p.merged_at !== null])).toEqual([[44, true]]);
    const byHead = await octokit.rest.pulls.list({ ...repo, head: 'release-org:release/6.0' });
    expect(byHead.data.map((p) => p.number)).toEqual([31]);
  });

  test('reviews and changed files', async () => {
    gh.addReview(31, { user: 'reviewer-1', state: 'CHANGES_REQUESTED', body: 'Backups?' });
    gh.addReview(31, { user: 'reviewer-1', state: 'APPROVED' });
    const reviews = await octokit.rest.pulls.listReviews({ ...repo, pull_number: 31 });
    expect(reviews.data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ['reviewer-1', 'CHANGES_REQUESTED', sha('p31-2')],
      ['reviewer-1', 'APPROVED', sha('p31-2')],
    ]);
    gh.setFiles(
      31,
      Array.from({ length: 120 }, (_, i) => ({ filename: `src/module-${i}.ts`, additions: 2 })),
    );
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: 31,
      per_page: 100,
    });
    expect(files).toHaveLength(120);
    expect(files[0]).toMatchObject({
      filename: 'src/module-0.ts',
      status: 'modified',
      additions: 2,
      changes: 2,
    });
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 31 })).data.changed_files).toBe(120);
  });
});

describe('permissions', () => {
  test('role_name and the legacy permission are mapped as GitHub maps them', async () => {
    const roles = ['admin', 'maintain', 'write', 'triage', 'read', 'none'] as const;
    for (const role of roles) gh.setPermission(`user-${role}`, role);
    const answers = [];
    for (const role of roles) {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: `user-${role}`,
      });
      answers.push([data.role_name, data.permission, data.user?.permissions?.push]);
    }
    expect(answers).toEqual([
      ['admin', 'admin', true],
      ['maintain', 'write', true],
      ['write', 'write', true],
      ['triage', 'read', false],
      ['read', 'read', false],
      ['none', 'none', false],
    ]);
  });

  test('someone who is not a collaborator may read a public repository (and nothing in a private one)', async () => {
    const stranger = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: 'passer-by',
    });
    expect(stranger.data).toMatchObject({
      permission: 'read',
      role_name: 'read',
      user: { login: 'passer-by' },
    });
    const hidden = await startGitHubDouble({ visibility: 'private' });
    try {
      const client = doubleClient(hidden);
      const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
        owner: hidden.owner,
        repo: hidden.repo,
        username: 'passer-by',
      });
      expect(data).toMatchObject({ permission: 'none', role_name: 'none' });
      const owner = await client.rest.repos.getCollaboratorPermissionLevel({
        owner: hidden.owner,
        repo: hidden.repo,
        username: hidden.owner,
      });
      expect(owner.data.permission).toBe('admin');
      hidden.assertNoViolations();
    } finally {
      await hidden.stop();
    }
  });

  test('team membership with a token that reads organization members: 200 for a member, 404 otherwise', async () => {
    gh.setOrgMembersReadable(true);
    gh.addTeamMember('release-org', 'release-managers', 'maintainer-1');
    const team = await octokit.rest.teams.getByName({ org: 'release-org', team_slug: 'release-managers' });
    expect(team.data).toMatchObject({ slug: 'release-managers', members_count: 1 });
    const member = await octokit.rest.teams.getMembershipForUserInOrg({
      org: 'release-org',
      team_slug: 'release-managers',
      username: 'Maintainer-1',
    });
    expect(member.data).toMatchObject({ role: 'member', state: 'active' });
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({
        org: 'release-org',
        team_slug: 'release-managers',
        username: 'reviewer-1',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('the GITHUB_TOKEN cannot read organization membership: members and teams alike answer 404', async () => {
    gh.setOrgMembersReadable(false);
    gh.addTeamMember('release-org', 'release-managers', 'maintainer-1');
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({
        org: 'release-org',
        team_slug: 'release-managers',
        username: 'maintainer-1',
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.teams.getByName({ org: 'release-org', team_slug: 'release-managers' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('a custom repository role reports its name in role_name and its base in permission', async () => {
    gh.setCustomRole('release-captain', 'release-captain', 'maintain');
    const r = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: 'release-captain',
    });
    expect(r.data).toMatchObject({ role_name: 'release-captain', permission: 'write' });
  });
});

describe('contents at a ref', () => {
  test('files come base64-encoded per ref; a commit sees files stored on its ancestors', async () => {
    gh.putFile('trunk', '.github/preflight.yml', 'version: 1\n');
    gh.putFile(sha('p31-2'), '.github/preflight.yml', 'version: 2\n');
    const read = async (ref?: string) => {
      const { data } = await octokit.rest.repos.getContent({
        ...repo,
        path: '.github/preflight.yml',
        ...(ref ? { ref } : {}),
      });
      if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
      return Buffer.from(data.content, 'base64').toString('utf8');
    };
    expect(await read()).toBe('version: 1\n');
    expect(await read(sha('p31-2'))).toBe('version: 2\n');
    expect(await read('release/6.0')).toBe('version: 2\n');
    expect(await read(sha('p31'))).toBe('version: 1\n'); // the PR's first commit descends from trunk
    const listing = await octokit.rest.repos.getContent({ ...repo, path: '.github' });
    expect(Array.isArray(listing.data) && listing.data.map((e) => [e.name, e.type])).toEqual([
      ['preflight.yml', 'file'],
    ]);
  });

  test('raw media type, a missing file and an unknown ref', async () => {
    const raw = await fetch(
      `${gh.url}/repos/${gh.owner}/${gh.repo}/contents/.github/preflight.yml?ref=trunk`,
      {
        headers: { authorization: 'token ghs_doubletoken', accept: 'application/vnd.github.raw+json' },
      },
    );
    expect(await raw.text()).toBe('version: 1\n');
    await expect(octokit.rest.repos.getContent({ ...repo, path: 'missing.md' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.rest.repos.getContent({ ...repo, path: 'README.md', ref: 'no-such-branch' }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'No commit found for the ref no-such-branch' } },
    });
  });
});
