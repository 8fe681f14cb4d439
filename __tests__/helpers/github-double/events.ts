/**
 * Event payloads (what GITHUB_EVENT_PATH holds) built from GitHub's real examples in
 * `@octokit/webhooks-examples`: the example supplies the shape, the double's state every value it knows.
 * Keys only the example has are kept, with the example repository's name and API origin rewritten.
 */
import { readFileSync } from 'node:fs';
import { fakeSha } from './ids.js';
import { isPull } from './store-issues.js';
import { restComment, restIssue, restLabel, restPull } from './shapes-issues.js';
import { restOrganization, restRepository } from './shapes-repo.js';
import type { DoubleState } from './state.js';
import { restUser } from './users.js';
import { packageFile } from './packages.js';

type Payload = Record<string, unknown>;
export interface Definition {
  name: string;
  examples: Payload[];
}

let definitions: Definition[] | undefined;

/** GitHub's webhook examples by event name, parsed once per module instance (do not modify them). */
export function webhookExamples(): Definition[] {
  definitions ??= JSON.parse(
    readFileSync(packageFile('@octokit/webhooks-examples', 'api.github.com/index.json'), 'utf8'),
  ) as Definition[];
  return definitions;
}

function example(event: string, action?: string): Payload {
  const examples = webhookExamples().find((d) => d.name === event)?.examples ?? [];
  const found = examples.find((e) => action === undefined || e.action === action) ?? examples[0];
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} example`);
  return structuredClone(found);
}

function isObject(value: unknown): value is Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `mine` wins; nested objects merge; keys only the example has stay, rewritten to this repository. */
function overlay(from: unknown, mine: unknown, rewrite: (text: string) => string): unknown {
  if (!isObject(mine)) return mine;
  const out: Payload = {};
  if (isObject(from)) {
    for (const [key, value] of Object.entries(from)) {
      if (!(key in mine)) out[key] = JSON.parse(rewrite(JSON.stringify(value)));
    }
  }
  for (const [key, value] of Object.entries(mine)) {
    out[key] = overlay(isObject(from) ? from[key] : undefined, value, rewrite);
  }
  return out;
}

export class EventBuilder {
  constructor(private readonly s: DoubleState) {}

  /** Fills `example` with this repository, organization and sender, then the event-specific `fields`. */
  private build(base: Payload, sender: string | undefined, fields: Payload): Payload {
    const s = this.s;
    const exampleRepo = isObject(base.repository) ? String(base.repository.full_name) : '';
    const rewrite = (text: string) =>
      text
        .split(exampleRepo || '\u0000')
        .join(s.fullName)
        .split('https://api.github.com')
        .join(s.urls.api)
        .split('https://github.com')
        .join(s.urls.web);
    const mine: Payload = {
      ...fields,
      repository: restRepository(s.urls, s.repo),
      ...(sender !== undefined ? { sender: restUser(s.urls, s.accounts.get(sender)) } : {}),
    };
    if (s.repo.owner.type === 'Organization') mine.organization = restOrganization(s.urls, s.repo.owner);
    const payload = overlay(base, mine, rewrite) as Payload;
    delete payload.installation; // an app installation is not part of a GITHUB_TOKEN run's event
    if (s.repo.owner.type !== 'Organization') delete payload.organization;
    if (sender === undefined) delete payload.sender;
    return payload;
  }

  pullRequest(
    action: string,
    number: number,
    options: { sender?: string; before?: string; label?: string; changes?: Payload } = {},
  ): Payload {
    const pull = this.s.issues.requirePull(number);
    const base = example('pull_request', action);
    if (base.action !== action) delete base.changes; // no example for this action: the opened one, relabelled
    const fields: Payload = { action, number, pull_request: restPull(this.s, pull) };
    if (action === 'synchronize') {
      fields.before = options.before ?? pull.headHistory.at(-2) ?? pull.baseSha;
      fields.after = pull.headSha;
    } else {
      delete base.before;
      delete base.after;
    }
    if (action === 'labeled' || action === 'unlabeled') {
      const name = options.label ?? pull.labels.at(-1);
      if (name === undefined) throw new Error(`pullRequestEvent(${action}): pass options.label`);
      fields.label = restLabel(this.s, name);
    } else delete base.label;
    if (action === 'edited') fields.changes = options.changes ?? { title: { from: pull.title } };
    return this.build(base, options.sender ?? pull.author.login, fields);
  }

  issueComment(action: string, options: { commentId: number; sender?: string; fromBody?: string }): Payload {
    const comment = this.s.comments.get(options.commentId);
    if (!comment) throw new Error(`issueCommentEvent: no comment with id ${options.commentId}`);
    const issue = this.s.issues.issue(comment.issueNumber);
    if (!issue) throw new Error(`issueCommentEvent: comment ${comment.id} is on no known issue`);
    const base = example('issue_comment', action);
    const fields: Payload = {
      action,
      issue: restIssue(this.s, issue),
      comment: restComment(this.s, comment),
    };
    const lastEditor = comment.edits.at(-1)?.editor.login;
    if (action === 'edited') {
      fields.changes = { body: { from: options.fromBody ?? comment.edits.at(-2)?.diff ?? comment.body } };
    } else delete base.changes;
    if (!isPull(issue) && isObject(base.issue)) delete base.issue.pull_request;
    const sender = options.sender ?? (action === 'edited' ? lastEditor : undefined) ?? comment.author.login;
    return this.build(base, sender, fields);
  }

  mergeGroup(group: { headSha: string; headRef: string; baseSha: string; baseRef: string; sender?: string }) {
    this.s.git.addCommit(group.baseSha);
    this.s.git.addCommit(group.headSha, group.baseSha);
    this.s.git.setBranch(group.headRef, group.headSha);
    const base = example('merge_group', 'checks_requested');
    const exampleGroup = isObject(base.merge_group) ? base.merge_group : {};
    const headCommit = isObject(exampleGroup.head_commit) ? exampleGroup.head_commit : {};
    const queued = /pr-(\d+)-/.exec(group.headRef)?.[1];
    const merge_group = {
      head_sha: group.headSha,
      head_ref: group.headRef,
      base_sha: group.baseSha,
      base_ref: group.baseRef,
      head_commit: {
        ...headCommit,
        id: group.headSha,
        tree_id: fakeSha(`tree:${group.headSha}`),
        message: queued ? `Merge pull request #${queued}` : 'Merge group',
        timestamp: this.s.clock.tick(),
      },
    };
    return this.build(base, group.sender ?? this.s.repo.owner.login, {
      action: 'checks_requested',
      merge_group,
    });
  }

  /**
   * A `deployment_status` event: GitHub's example with this repository, the deployment (its sha, ref,
   * environment, creator) and the status (state, environment_url, its creator). Docs ("Webhook events and
   * payloads: deployment_status"): `deployment_status.environment_url` is the deployed environment's address,
   * `deployment.creator` who created the deployment.
   */
  deploymentStatus(d: {
    sha: string;
    environment?: string;
    state?: string;
    environmentUrl?: string;
    creator?: string;
    ref?: string;
    id?: number;
  }): Payload {
    this.s.git.addCommit(d.sha);
    const base = example('deployment_status');
    const environment = d.environment ?? 'production';
    const creator = restUser(this.s.urls, this.s.accounts.get(d.creator ?? this.s.repo.owner.login));
    const id = d.id ?? 145_988_746;
    const at = this.s.clock.tick();
    const deploymentUrl = `${this.s.urls.api}/repos/${this.s.fullName}/deployments/${id}`;
    const deployment = {
      url: deploymentUrl,
      id,
      sha: d.sha,
      ref: d.ref ?? this.s.repo.defaultBranch,
      task: 'deploy',
      environment,
      original_environment: environment,
      creator,
      created_at: at,
      updated_at: at,
    };
    const deployment_status = {
      state: d.state ?? 'success',
      environment,
      environment_url: d.environmentUrl ?? '',
      target_url: '',
      creator,
      created_at: at,
      updated_at: at,
      deployment_url: deploymentUrl,
    };
    return this.build(base, creator.login as string, { action: 'created', deployment, deployment_status });
  }

  /** A `push` event (GitHub's example): `ref`, `before`, `after`, `pusher`, `deleted`, `head_commit`. */
  push(p: { ref: string; after: string; before?: string; pusher?: string; deleted?: boolean }): Payload {
    const deleted = p.deleted ?? /^0{40}$/.test(p.after);
    if (!deleted) this.s.git.addCommit(p.after);
    const base = example('push');
    const login = p.pusher ?? this.s.repo.owner.login;
    const headCommit = isObject(base.head_commit) ? base.head_commit : {};
    return this.build(base, login, {
      ref: p.ref,
      before: p.before ?? '0'.repeat(40),
      after: p.after,
      created: !deleted && p.before === undefined,
      deleted,
      pusher: { name: login, email: `${login}@users.noreply.github.com` },
      head_commit: deleted ? null : { ...headCommit, id: p.after, timestamp: this.s.clock.tick() },
    });
  }

  workflowDispatch(options: {
    ref?: string;
    inputs?: Record<string, unknown>;
    sender?: string;
    workflow?: string;
  }) {
    const base = example('workflow_dispatch');
    return this.build(base, options.sender ?? this.s.repo.owner.login, {
      inputs: options.inputs ?? {},
      ref: options.ref ?? `refs/heads/${this.s.repo.defaultBranch}`,
      workflow: options.workflow ?? '.github/workflows/preflight.yml',
    });
  }

  /**
   * `@octokit/webhooks-examples` has no schedule example (schedule is an Actions-only event, never a webhook):
   * the documented minimal shape is the cron string, the repository (and organization) and the workflow file.
   */
  schedule(options: { cron?: string; workflow?: string }): Payload {
    return this.build({}, undefined, {
      schedule: options.cron ?? '0 6 * * 1',
      workflow: options.workflow ?? '.github/workflows/preflight.yml',
    });
  }
}
