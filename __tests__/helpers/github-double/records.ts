/** The double's in-memory records (what GitHub keeps); REST and GraphQL shapes are built from them. */
import type { Account } from './users.js';

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface FileChange {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions?: number;
  deletions?: number;
  patch?: string;
  previous_filename?: string;
}

export interface ReviewRecord {
  id: number;
  nodeId: string;
  user: Account;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface IssueRecord {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  author: Account;
  labels: string[];
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface PullRecord extends IssueRecord {
  pullId: number;
  pullNodeId: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  fork: boolean;
  merged: boolean;
  mergedAt: string | null;
  /** The commit the merge made on the base branch (a merge, squash or rebase commit), once merged. */
  mergeCommitSha?: string;
  /** Head SHAs in push order; the last is headSha. */
  headHistory: string[];
  files: FileChange[];
  reviews: ReviewRecord[];
}

export interface EditRecord {
  id: number;
  editor: Account;
  editedAt: string;
  /** The full body of this revision; null once it is deleted from the history. */
  diff: string | null;
  deletedAt: string | null;
  deletedBy: Account | null;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  author: Account;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** GitHub's edit history, oldest first; empty until the first edit. */
  edits: EditRecord[];
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success';

export interface StatusRecord {
  id: number;
  nodeId: string;
  sha: string;
  state: StatusState;
  description: string | null;
  targetUrl: string | null;
  context: string;
  createdAt: string;
  updatedAt: string;
  creator: Account;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  headSha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string;
  output: { title: string | null; summary: string | null; text: string | null; annotationsCount: number };
  suiteId: number;
}
