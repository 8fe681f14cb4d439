import { readFileSync } from 'node:fs';
import type { ChangeFacts } from '../engine/conditions.js';

/** What the triggering event says. Only what happened is taken from it; live state comes from the API. */
export interface EventFacts {
  eventName: string;
  facts: ChangeFacts;
  /** The base commit (a pull request's, or a merge group's), to list changed files and read the checklist. */
  baseSha?: string;
  /** The commit the running workflow was read from (GITHUB_SHA). */
  workflowSha?: string;
  gate: GateEvent;
}

export type GateEvent =
  | {
      kind: 'pull_request';
      action: string;
      number: number;
      /** The head at the event (what the checkout holds); the live head may be newer. */
      headSha?: string;
    }
  | {
      kind: 'issue_comment';
      action: string;
      number: number;
      commentId: number;
      /** Fixed for the comment's life, so safe to take from the payload; its body and author come from the API. */
      commentNodeId: string;
      commentUrl: string;
      commentCreatedAt: string;
      commentBody: string;
      onPullRequest: boolean;
      sender: string;
    }
  | { kind: 'merge_group'; headSha: string; headRef: string; baseSha: string; number?: number }
  | { kind: 'recheck'; sender?: string }
  | DeploymentEvent
  | { kind: 'other' };

/** A deployment that happened: a deployment status, a pushed tag, or (from the dispatch) a named commit. */
export interface DeploymentEvent {
  kind: 'deployment';
  trigger: 'deployment_status' | 'push' | 'workflow_dispatch';
  sha: string;
  /** The deployment status's state (success, failure, error, in_progress, …); `success` for the others. */
  state: string;
  environment?: string;
  url?: string;
  /** The deployment's creator, or who pushed the tag or dispatched the run. */
  by: string;
  at?: string;
  ref?: string;
  deploymentId?: number;
}

interface Payload {
  action?: string;
  number?: number;
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string };
    head?: { ref?: string; sha?: string };
    labels?: Array<{ name?: string }>;
  };
  issue?: { number?: number; pull_request?: unknown };
  comment?: { id?: number; node_id?: string; html_url?: string; created_at?: string; body?: string };
  sender?: { login?: string };
  merge_group?: { head_sha?: string; head_ref?: string; base_sha?: string };
  deployment?: {
    id?: number;
    sha?: string;
    ref?: string;
    environment?: string;
    creator?: { login?: string } | null;
  };
  deployment_status?: {
    state?: string;
    environment?: string;
    environment_url?: string;
    created_at?: string;
  };
  ref?: string;
  after?: string;
  deleted?: boolean;
  head_commit?: { id?: string } | null;
  pusher?: { name?: string };
}

export function readEventFacts(
  env: Readonly<Record<string, string | undefined>>,
  read = readPayload,
): EventFacts {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = env.GITHUB_EVENT_PATH ? read(env.GITHUB_EVENT_PATH) : {};
  const pr = payload.pull_request;
  const facts: ChangeFacts = {};
  if (pr) {
    facts.labels = (pr.labels ?? []).map((l) => l.name ?? '').filter((n) => n !== '');
    facts.baseBranch = pr.base?.ref;
    facts.headBranch = pr.head?.ref;
  }
  return {
    eventName,
    facts,
    baseSha: pr?.base?.sha ?? payload.merge_group?.base_sha,
    workflowSha: env.GITHUB_SHA || undefined,
    gate: gateEvent(eventName, payload),
  };
}

function gateEvent(name: string, p: Payload): GateEvent {
  const number = p.pull_request?.number ?? p.number;
  if ((name === 'pull_request' || name === 'pull_request_target') && typeof number === 'number')
    return { kind: 'pull_request', action: p.action ?? '', number, headSha: p.pull_request?.head?.sha };
  if (name === 'issue_comment' && typeof p.issue?.number === 'number' && typeof p.comment?.id === 'number')
    return {
      kind: 'issue_comment',
      action: p.action ?? '',
      number: p.issue.number,
      commentId: p.comment.id,
      commentNodeId: p.comment.node_id ?? '',
      commentUrl: p.comment.html_url ?? '',
      commentCreatedAt: p.comment.created_at ?? '',
      commentBody: p.comment.body ?? '',
      onPullRequest: Boolean(p.issue.pull_request),
      sender: p.sender?.login ?? '',
    };
  if (name === 'merge_group' && p.merge_group?.head_sha) {
    const ref = p.merge_group.head_ref ?? '';
    const m = /\/pr-(\d+)-[0-9a-f]+$/.exec(ref);
    return {
      kind: 'merge_group',
      headSha: p.merge_group.head_sha,
      headRef: ref,
      baseSha: p.merge_group.base_sha ?? '',
      number: m ? Number(m[1]) : undefined,
    };
  }
  if (name === 'deployment_status' && p.deployment?.sha && p.deployment_status?.state) {
    const url = p.deployment_status.environment_url;
    return {
      kind: 'deployment',
      trigger: 'deployment_status',
      sha: p.deployment.sha,
      state: p.deployment_status.state,
      environment: p.deployment_status.environment ?? p.deployment.environment,
      url: url ? url : undefined,
      by: p.deployment.creator?.login ?? p.sender?.login ?? '',
      at: p.deployment_status.created_at,
      ref: p.deployment.ref,
      deploymentId: p.deployment.id,
    };
  }
  // A pushed tag is a release; a deleted tag, or a push of a branch, is not a deployment.
  const tagSha = p.head_commit?.id ?? p.after;
  if (name === 'push' && p.ref?.startsWith('refs/tags/') && !p.deleted && tagSha && !/^0+$/.test(tagSha))
    return {
      kind: 'deployment',
      trigger: 'push',
      sha: tagSha,
      state: 'success',
      by: p.pusher?.name ?? p.sender?.login ?? '',
      ref: p.ref,
    };
  if (name === 'schedule' || name === 'workflow_dispatch')
    return { kind: 'recheck', sender: p.sender?.login };
  return { kind: 'other' };
}

function readPayload(file: string): Payload {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Payload) : {};
  } catch {
    return {};
  }
}
