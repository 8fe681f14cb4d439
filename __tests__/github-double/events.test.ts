import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { webhookExamples } from '../helpers/github-double/events.js';

type Payload = Record<string, unknown>;

const examples = webhookExamples();
const example = (event: string, action?: string): Payload => {
  const list = examples.find((d) => d.name === event)?.examples ?? [];
  return list.find((e) => action === undefined || e.action === action) ?? (list[0] as Payload);
};

/** Every key the real example has at `path` exists in ours too (installation excepted at the top). */
function expectShapeOf(ours: Payload, real: Payload, paths: string[]) {
  for (const path of paths) {
    const pick = (p: Payload): Payload =>
      path === ''
        ? p
        : ((path.split('.').reduce<unknown>((o, k) => (o as Payload | undefined)?.[k], p) ?? {}) as Payload);
    const want = Object.keys(pick(real)).filter((k) => !(path === '' && k === 'installation'));
    expect({ path, missing: want.filter((k) => !(k in pick(ours))) }).toEqual({ path, missing: [] });
  }
}

let gh: GitHubDouble;
const HEAD = sha('e-head');

beforeAll(async () => {
  gh = await startGitHubDouble();
  gh.addPullRequest({
    number: 71,
    headSha: HEAD,
    headRef: 'release/9',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
    labels: ['release'],
    author: 'maintainer-2',
  });
  gh.pushTo(71, sha('e-head-2'));
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

describe('pull_request payloads', () => {
  test('synchronize: before/after, head, repository, sender; the real example’s keys are all there', () => {
    const payload = gh.pullRequestEvent('synchronize', 71, { sender: 'maintainer-2' });
    expect(payload).toMatchObject({
      action: 'synchronize',
      number: 71,
      before: HEAD,
      after: sha('e-head-2'),
      pull_request: { number: 71, head: { sha: sha('e-head-2'), ref: 'release/9' }, base: { ref: 'main' } },
      repository: { full_name: `${gh.owner}/${gh.repo}`, owner: { login: gh.owner } },
      organization: { login: gh.owner },
      sender: { login: 'maintainer-2', type: 'User' },
    });
    expect(payload).not.toHaveProperty('installation');
    expect(JSON.stringify(payload)).not.toMatch(/Codertocat|Hello-World|api\.github\.com/);
    expectShapeOf(payload, example('pull_request', 'synchronize'), [
      '',
      'pull_request',
      'pull_request.head',
      'repository',
      'sender',
    ]);
  });

  test('labeled carries the label; opened, reopened, edited and ready_for_review carry their action', () => {
    const labeled = gh.pullRequestEvent('labeled', 71, { label: 'release' });
    expect(labeled).toMatchObject({
      action: 'labeled',
      label: { name: 'release' },
      pull_request: { labels: [{ name: 'release' }] },
    });
    expectShapeOf(labeled, example('pull_request', 'labeled'), ['', 'label']);
    for (const action of ['opened', 'reopened', 'ready_for_review'] as const) {
      const payload = gh.pullRequestEvent(action, 71);
      expect(payload).toMatchObject({ action, number: 71, sender: { login: 'maintainer-2' } });
      expect(payload).not.toHaveProperty('before');
      expect(payload).not.toHaveProperty('label');
    }
    expect(gh.pullRequestEvent('edited', 71, { changes: { body: { from: 'old' } } })).toMatchObject({
      action: 'edited',
      changes: { body: { from: 'old' } },
    });
  });
});

describe('issue_comment payloads', () => {
  test('edited on a pull request: issue.pull_request, changes.body.from, the editor as sender', () => {
    const comment = gh.addComment(71, { author: 'github-actions[bot]', body: '- [ ] Backups' });
    gh.editCommentAs(Number(comment.id), 'release-manager', '- [x] Backups');
    const payload = gh.issueCommentEvent('edited', { commentId: Number(comment.id) });
    expect(payload).toMatchObject({
      action: 'edited',
      changes: { body: { from: '- [ ] Backups' } },
      issue: { number: 71, pull_request: { url: `${gh.url}/repos/${gh.owner}/${gh.repo}/pulls/71` } },
      comment: { id: comment.id, body: '- [x] Backups', user: { login: 'github-actions[bot]', type: 'Bot' } },
      sender: { login: 'release-manager' },
    });
    expectShapeOf(payload, example('issue_comment', 'edited'), [
      '',
      'issue',
      'comment',
      'repository',
      'sender',
    ]);
  });

  test('created on a plain issue has no issue.pull_request; fromBody overrides the old body', () => {
    const created = gh.issueCommentEventOnPlainIssue('created', { sender: 'user-on-issue' });
    expect(created.issue).not.toHaveProperty('pull_request');
    expect(created).toMatchObject({
      action: 'created',
      sender: { login: 'user-on-issue' },
      comment: { user: { login: 'user-on-issue' } },
    });
    expect(created).not.toHaveProperty('changes');
    const commentId = Number((created.comment as Payload).id);
    gh.editCommentAs(commentId, 'user-on-issue', 'edited');
    const edited = gh.issueCommentEventOnPlainIssue('edited', { commentId, fromBody: 'replayed old body' });
    expect(edited).toMatchObject({
      changes: { body: { from: 'replayed old body' } },
      comment: { body: 'edited' },
    });
    expect(() => gh.issueCommentEvent('created', { commentId })).toThrow(/plain issue/);
  });
});

describe('other events', () => {
  test('merge_group registers the queue commit so statuses can be posted on it', async () => {
    const head = sha('queue');
    const payload = gh.mergeGroupEvent({
      headSha: head,
      headRef: `refs/heads/gh-readonly-queue/main/pr-71-${sha('e-head-2')}`,
      baseSha: gh.defaultBranchSha,
      baseRef: 'refs/heads/main',
    });
    expect(payload).toMatchObject({
      action: 'checks_requested',
      merge_group: {
        head_sha: head,
        base_sha: gh.defaultBranchSha,
        base_ref: 'refs/heads/main',
        head_commit: { id: head },
      },
    });
    expectShapeOf(payload, example('merge_group'), ['', 'merge_group', 'merge_group.head_commit']);
    const posted = await doubleClient(gh).rest.repos.createCommitStatus({
      owner: gh.owner,
      repo: gh.repo,
      sha: head,
      state: 'success',
      context: 'preflight',
    });
    expect(posted.status).toBe(201);
    expect(gh.statuses(head).map((s) => s.state)).toEqual(['success']);
  });

  test('workflow_dispatch and schedule (the latter has no example: the documented minimal shape)', () => {
    const dispatch = gh.workflowDispatchEvent({ inputs: { strict: 'true' } });
    expect(dispatch).toMatchObject({
      ref: 'refs/heads/main',
      inputs: { strict: 'true' },
      repository: { name: gh.repo },
    });
    expectShapeOf(dispatch, example('workflow_dispatch'), ['', 'repository']);
    const schedule = gh.scheduleEvent({ cron: '30 5 * * 1-5' });
    expect(schedule).toEqual({
      schedule: '30 5 * * 1-5',
      workflow: '.github/workflows/preflight.yml',
      repository: expect.objectContaining({ full_name: `${gh.owner}/${gh.repo}` }),
      organization: expect.objectContaining({ login: gh.owner }),
    });
    expect(examples.some((d) => d.name === 'schedule')).toBe(false);
  });
});
