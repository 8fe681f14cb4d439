/**
 * The documented workflow (README.md) and the one `preflight init` writes are one text; these tests read it
 * as GitHub does. Its `if:` and `concurrency` expressions are evaluated with GitHub's own expression library
 * (`@actions/expressions`) on event payloads built from GitHub's webhook examples, so the properties below are
 * what the runner would decide, not what the text looks like.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';
import { WORKFLOW } from '../../src/init/workflow.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { EventBuilder } from '../helpers/github-double/events.js';
import { DoubleState } from '../helpers/github-double/state.js';
import { ACTIONS_BOT } from '../helpers/github-double/users.js';

interface Job {
  name?: string;
  if?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  steps: Array<{ uses?: string; with?: Record<string, string> }>;
}
const workflow = parse(WORKFLOW) as { jobs: Record<string, Job>; concurrency?: unknown };
const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

function context(eventName: string, event: unknown, ref = 'refs/heads/main'): data.Dictionary {
  const github = { event_name: eventName, event, ref };
  return JSON.parse(JSON.stringify({ github }), data.reviver) as data.Dictionary;
}

function evaluate(expression: string, ctx: data.Dictionary): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  return new Evaluator(new Parser(lexed.tokens, ['github'], []).parse(), ctx).evaluate();
}

/** A job-level `if:` without `${{ }}` is an expression; GitHub runs the job when it is truthy. */
function runs(job: Job, ctx: data.Dictionary): boolean {
  const value = evaluate(job.if ?? 'success()', ctx);
  return value.kind === data.Kind.Boolean ? value.value : value.coerceString() !== '';
}

/** A `${{ }}` template, as the runner expands it. */
function expand(template: string, ctx: data.Dictionary): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => evaluate(e, ctx).coerceString());
}

function events() {
  const s = new DoubleState({ api: 'http://127.0.0.1:1', web: 'https://github.com' }, {});
  const builder = new EventBuilder(s);
  for (const number of [7, 8])
    s.issues.addPull(
      {
        number,
        headSha: 'a'.repeat(40),
        headRef: `release/1.${number}`,
        baseRef: 'main',
        baseSha: 'b'.repeat(40),
      },
      s.accounts.get('pr-author'),
    );
  s.issues.addIssue(9, {}, s.accounts.get('issue-reporter'));
  const gate = s.comments.add(
    7,
    ACTIONS_BOT,
    '<!-- preflight:comment release -->\n## Release\n- [ ] Rollback',
  );
  const human = s.comments.add(7, s.accounts.get('alice'), 'LGTM, one question about the rollback');
  const otherBot = s.comments.add(7, ACTIONS_BOT, 'Coverage report: 91%');
  const forged = s.comments.add(
    7,
    s.accounts.get('mallory'),
    '<!-- preflight:comment release -->\n- [x] Rollback',
  );
  const onIssue = s.comments.add(9, ACTIONS_BOT, '<!-- preflight:comment release -->');
  const edited = (id: number, sender: string) =>
    context('issue_comment', builder.issueComment('edited', { commentId: id, sender }));
  return {
    pr: (number: number, action = 'synchronize') =>
      context('pull_request', builder.pullRequest(action, number), `refs/pull/${number}/merge`),
    tickOnGate: edited(gate.id, 'maya'),
    humanReplyEdited: edited(human.id, 'alice'),
    otherBotCommentEdited: edited(otherBot.id, 'github-actions[bot]'),
    forgedMarkerEdited: edited(forged.id, 'mallory'),
    gateOnPlainIssue: edited(onIssue.id, 'maya'),
    mergeGroup: context(
      'merge_group',
      builder.mergeGroup({
        headSha: 'c'.repeat(40),
        headRef: `refs/heads/gh-readonly-queue/main/pr-7-${'a'.repeat(40)}`,
        baseSha: 'b'.repeat(40),
        baseRef: 'refs/heads/main',
      }),
      `refs/heads/gh-readonly-queue/main/pr-7-${'a'.repeat(40)}`,
    ),
    schedule: context('schedule', builder.schedule({})),
  };
}

describe('the documented workflow', () => {
  test('is the one README.md shows and the one `preflight init` writes', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /## Use it in a workflow[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(WORKFLOW);
  });

  test("no job's id or name is the status context, so a green job can never stand in for the gate", () => {
    const context = action.inputs['status-context']?.default ?? '';
    expect(context).toBe('preflight');
    const names = Object.entries(workflow.jobs).flatMap(([id, job]) => [id, job.name ?? id]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.trim().toLowerCase()).not.toBe(context);
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps) expect(step.with?.['status-context'] ?? context).toBe(context);
  });

  test("only edits of Preflight's own comment on a pull request start a job", () => {
    const e = events();
    const [job] = Object.values(workflow.jobs) as [Job];
    expect(runs(job, e.pr(7, 'opened'))).toBe(true);
    expect(runs(job, e.pr(7, 'synchronize'))).toBe(true);
    expect(runs(job, e.mergeGroup)).toBe(true);
    expect(runs(job, e.schedule)).toBe(true);
    expect(runs(job, e.tickOnGate)).toBe(true);
    expect(runs(job, e.humanReplyEdited)).toBe(false);
    expect(runs(job, e.otherBotCommentEdited)).toBe(false);
    expect(runs(job, e.forgedMarkerEdited)).toBe(false);
    expect(runs(job, e.gateOnPlainIssue)).toBe(false);
  });

  test('a comment run can never cancel a pending pull_request run: separate job-level groups', () => {
    const e = events();
    // Workflow-level concurrency is decided before any job's `if:`: every comment edit would take a place.
    expect(workflow.concurrency).toBeUndefined();
    const [job] = Object.values(workflow.jobs) as [Job];
    const concurrency = job.concurrency as NonNullable<Job['concurrency']>;
    expect(concurrency['cancel-in-progress']).toBe(false);
    const group = (ctx: data.Dictionary) => expand(concurrency.group, ctx).toLowerCase();
    expect(group(e.tickOnGate)).not.toBe(group(e.pr(7)));
    expect(group(e.pr(7, 'opened'))).toBe(group(e.pr(7, 'synchronize')));
    expect(group(e.pr(7))).not.toBe(group(e.pr(8)));
    expect(group(e.mergeGroup)).not.toBe(group(e.tickOnGate));
    expect(group(e.schedule)).not.toBe(group(e.tickOnGate));
    expect(group(e.tickOnGate)).toMatch(/7$/);
  });
});
