/** The checklist model: what a loaded, validated definition becomes. Plain data only. */

export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface Approvers {
  permission?: Permission;
  users: string[];
  teams: string[];
}

/** An item applies only when every condition given holds (each list matches when any entry matches). */
export interface Condition {
  paths?: string[];
  labels?: string[];
  baseBranches?: string[];
}

/**
 * When an item applies: before the merge (the default: it gates the merge status) or after the deployment
 * (it never blocks the merge; the deployment run checks it against the deployed environment).
 */
export type Phase = 'before-merge' | 'after-deploy';

export interface CheckSpec {
  kind: string;
  params: Record<string, unknown>;
}

export interface Item {
  id: string;
  title: string;
  description?: string;
  section: string;
  required: boolean;
  when?: Condition;
  approvers?: Approvers;
  resetOnPush: boolean;
  timeoutMs?: number;
  check?: CheckSpec;
  /** Absent: before the merge. */
  phase?: Phase;
  /** After-deploy automated items: they must keep passing this long after the deployment (scheduled runs re-check). */
  holdForMs?: number;
  source: SourcePosition;
}

export interface Section {
  id: string;
  title: string;
  items: Item[];
}

/** Which pull requests a checklist gates; an empty rule applies to every pull request. */
export interface AppliesTo {
  headBranches?: string[];
  baseBranches?: string[];
  labels?: string[];
}

export interface Checklist {
  id: string;
  title: string;
  /** The files the definition was read from, entry file first. */
  files: string[];
  targets: Record<string, string>;
  /**
   * Targets whose environment variable is not set, when the loader was asked to carry on without them
   * (a local run): name → how to set it. The items that probe them are skipped.
   */
  unsetTargets?: Record<string, string>;
  appliesTo?: AppliesTo;
  sections: Section[];
  /** The section that holds the rollback steps, named when an after-deploy item fails. */
  rollback?: string;
}

export function isAfterDeploy(item: { phase?: Phase }): boolean {
  return item.phase === 'after-deploy';
}

export function allItems(checklist: Checklist): Item[] {
  return checklist.sections.flatMap((s) => s.items);
}
