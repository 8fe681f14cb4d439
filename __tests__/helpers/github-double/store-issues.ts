/** Pull requests and plain issues (they share one number space, as on GitHub). */
import { type Clock, type IdSource, nodeId } from './ids.js';
import type { FileChange, IssueRecord, PullRecord, ReviewRecord } from './records.js';
import type { Account } from './users.js';

export interface NewPullRequest {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  labels?: string[];
  author?: string;
  draft?: boolean;
  fork?: boolean;
  title?: string;
  body?: string | null;
  files?: FileChange[];
}

export class IssueStore {
  private readonly issues = new Map<number, IssueRecord | PullRecord>();

  constructor(
    private readonly clock: Clock,
    private readonly ids: IdSource,
    private readonly repoId: number,
  ) {}

  addPull(input: NewPullRequest, author: Account): PullRecord {
    this.claim(input.number);
    const issue = this.newIssue(
      input.number,
      input.title ?? `Release ${input.headRef}`,
      input.body ?? null,
      author,
    );
    const pullId = this.ids.take('pull');
    const pull: PullRecord = {
      ...issue,
      labels: [...(input.labels ?? [])],
      pullId,
      pullNodeId: nodeId('PR', this.repoId, pullId),
      headRef: input.headRef,
      headSha: input.headSha,
      baseRef: input.baseRef,
      baseSha: input.baseSha,
      draft: input.draft ?? false,
      fork: input.fork ?? false,
      merged: false,
      mergedAt: null,
      headHistory: [input.headSha],
      files: [...(input.files ?? [])],
      reviews: [],
    };
    this.issues.set(pull.number, pull);
    return pull;
  }

  addIssue(
    number: number,
    input: { title?: string; body?: string | null; labels?: string[] },
    author: Account,
  ) {
    this.claim(number);
    const issue = this.newIssue(number, input.title ?? `Issue ${number}`, input.body ?? null, author);
    issue.labels = [...(input.labels ?? [])];
    this.issues.set(number, issue);
    return issue;
  }

  issue(number: number): IssueRecord | PullRecord | undefined {
    return this.issues.get(number);
  }

  pull(number: number): PullRecord | undefined {
    const found = this.issues.get(number);
    return found && isPull(found) ? found : undefined;
  }

  requirePull(number: number): PullRecord {
    const found = this.pull(number);
    if (!found) throw new Error(`no pull request #${number}; add it with addPullRequest first`);
    return found;
  }

  /** Pull requests, newest first (the default sort of `GET /pulls` is created, descending). */
  pulls(): PullRecord[] {
    return [...this.issues.values()].filter(isPull).sort((a, b) => b.number - a.number);
  }

  freeNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1;
  }

  addReview(pull: PullRecord, review: Omit<ReviewRecord, 'id' | 'nodeId' | 'submittedAt'>): ReviewRecord {
    const id = this.ids.take('review');
    const record = { ...review, id, nodeId: nodeId('PRR', this.repoId, id), submittedAt: this.clock.tick() };
    pull.reviews.push(record);
    return record;
  }

  touch(issue: IssueRecord): void {
    issue.updatedAt = this.clock.tick();
  }

  private claim(number: number): void {
    if (!Number.isSafeInteger(number) || number < 1)
      throw new Error(`issue number must be a positive integer`);
    if (this.issues.has(number)) throw new Error(`#${number} already exists`);
  }

  private newIssue(number: number, title: string, body: string | null, author: Account): IssueRecord {
    const id = this.ids.take('issue');
    const at = this.clock.tick();
    return {
      number,
      id,
      nodeId: nodeId('I', this.repoId, id),
      title,
      body,
      author,
      labels: [],
      state: 'open',
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
  }
}

export function isPull(issue: IssueRecord | PullRecord): issue is PullRecord {
  return 'headSha' in issue;
}
