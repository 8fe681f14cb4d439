/** Commit statuses and check runs, per commit. */
import { type Clock, type IdSource, nodeId } from './ids.js';
import type { CheckRunRecord, StatusRecord, StatusState } from './records.js';
import type { Account } from './users.js';

/** GitHub keeps at most this many statuses per SHA and context. */
export const MAX_STATUSES_PER_CONTEXT = 1000;

export interface CheckRunInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunRecord['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: unknown[] };
}

export class CheckStore {
  private readonly statusesBySha = new Map<string, StatusRecord[]>();
  private readonly runs = new Map<number, CheckRunRecord>();
  private readonly suites = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly ids: IdSource,
    private readonly repoId: number,
  ) {}

  /** Creation order. */
  statuses(sha: string): StatusRecord[] {
    return this.statusesBySha.get(sha) ?? [];
  }

  countFor(sha: string, context: string): number {
    const wanted = context.toLowerCase();
    return this.statuses(sha).filter((s) => s.context.toLowerCase() === wanted).length;
  }

  addStatus(
    sha: string,
    input: { state: StatusState; description?: string | null; target_url?: string | null; context?: string },
    creator: Account,
  ): StatusRecord {
    const id = this.ids.take('status');
    const at = this.clock.tick();
    const record: StatusRecord = {
      id,
      nodeId: nodeId('SC', this.repoId, id),
      sha,
      state: input.state,
      description: input.description ?? null,
      targetUrl: input.target_url ?? null,
      context: input.context ?? 'default',
      createdAt: at,
      updatedAt: at,
      creator,
    };
    const list = this.statusesBySha.get(sha) ?? [];
    list.push(record);
    this.statusesBySha.set(sha, list);
    return record;
  }

  /** The latest status per context (contexts compare case-insensitively) and GitHub's combined state. */
  combined(sha: string): { state: StatusState; latest: StatusRecord[] } {
    const latest = new Map<string, StatusRecord>();
    for (const status of this.statuses(sha)) latest.set(status.context.toLowerCase(), status);
    const list = [...latest.values()];
    let state: StatusState = 'success';
    if (list.length === 0 || list.some((s) => s.state === 'pending')) state = 'pending';
    if (list.some((s) => s.state === 'error' || s.state === 'failure')) state = 'failure';
    return { state, latest: list };
  }

  createRun(input: CheckRunInput & { name: string; head_sha: string }): CheckRunRecord {
    const id = this.ids.take('check-run');
    const at = this.clock.tick();
    let suiteId = this.suites.get(input.head_sha);
    if (suiteId === undefined) this.suites.set(input.head_sha, (suiteId = this.ids.take('check-suite')));
    const run: CheckRunRecord = {
      id,
      nodeId: nodeId('CR', this.repoId, id),
      headSha: input.head_sha,
      name: input.name,
      status: 'queued',
      conclusion: null,
      startedAt: input.started_at ?? at,
      completedAt: null,
      detailsUrl: null,
      externalId: '',
      output: { title: null, summary: null, text: null, annotationsCount: 0 },
      suiteId,
    };
    this.runs.set(id, run);
    this.applyRun(run, input, at);
    return run;
  }

  run(id: number): CheckRunRecord | undefined {
    return this.runs.get(id);
  }

  /**
   * Applies an update. Setting a conclusion completes the run; a completed run stays completed (GitHub cannot
   * reopen one), so a later `status: in_progress` is ignored.
   */
  updateRun(run: CheckRunRecord, input: CheckRunInput): void {
    this.applyRun(run, input, this.clock.tick());
  }

  /** Creation order. */
  runsFor(sha: string): CheckRunRecord[] {
    return [...this.runs.values()].filter((r) => r.headSha === sha).sort((a, b) => a.id - b.id);
  }

  private applyRun(run: CheckRunRecord, input: CheckRunInput, at: string): void {
    if (input.name !== undefined) run.name = input.name;
    if (input.details_url !== undefined) run.detailsUrl = input.details_url;
    if (input.external_id !== undefined) run.externalId = input.external_id;
    if (input.started_at !== undefined) run.startedAt = input.started_at;
    if (input.status !== undefined && run.status !== 'completed') run.status = input.status;
    if (input.conclusion !== undefined) {
      run.conclusion = input.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed' && run.completedAt === null) run.completedAt = input.completed_at ?? at;
    if (input.output) {
      const { title, summary, text, annotations } = input.output;
      if (title !== undefined) run.output.title = title;
      if (summary !== undefined) run.output.summary = summary;
      if (text !== undefined) run.output.text = text;
      run.output.annotationsCount += annotations?.length ?? 0;
    }
  }
}
