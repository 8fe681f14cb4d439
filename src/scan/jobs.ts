/**
 * What a content-scanning item asks of the run's single read pass: which tracked files, and what to look
 * for in their text. Plain data, so that the pass can hand it to worker threads.
 */
export interface FileSelection {
  include?: string[];
  exclude?: string[];
  /** Also scan files that are present but neither tracked nor ignored (default: tracked files only). */
  untracked?: boolean;
}

export interface PatternsJob extends FileSelection {
  analyzer: 'patterns';
  patterns: string[];
  /** JavaScript flags (i, m, s, u, v); g and y are ignored. */
  flags: string;
  /** Hits kept per file (the item shows at most this many in all). */
  maxHits: number;
  /**
   * In JavaScript/TypeScript (and Vue, Svelte) files, match only code: comments, strings, template text
   * and regular-expression literals are blanked first (lines and columns kept).
   */
  codeOnly?: boolean;
  /** Leave out minified or bundled files (counted in the file's result as `minified`). */
  skipMinified?: boolean;
}

export interface SecretsJob extends FileSelection {
  analyzer: 'secrets';
  disabledRules: string[];
}

/** Environment variables read by JavaScript/TypeScript code. */
export interface EnvReadsJob extends FileSelection {
  analyzer: 'env-reads';
}

/** Keys set by env files (never their values). */
export interface EnvFileJob extends FileSelection {
  analyzer: 'env-file';
}

/**
 * Literal values code assigns to `process.env` itself (`process.env.NODE_ENV ||= 'production'`); values of
 * secret-named variables never leave the reader.
 */
export interface EnvAssignmentsJob extends FileSelection {
  analyzer: 'env-assignments';
}

export type ContentJob = PatternsJob | SecretsJob | EnvReadsJob | EnvFileJob | EnvAssignmentsJob;

/** One match of one pattern: 1-based line and column, index into the job's patterns. */
export interface PatternHit {
  line: number;
  col: number;
  pattern: number;
}

export interface PatternsFileResult {
  /** The file was left out as minified (skipMinified): nothing was searched. */
  minified?: true;
  /** At most the job's `maxHits`, by line, column, pattern. */
  hits: PatternHit[];
  /** Per pattern: lines of this file it matches. */
  lines: number[];
}

export interface SecretFinding {
  ruleId: string;
  line: number;
  col: number;
  secret: string;
  pieces: string[];
}

export interface SecretsFileResult {
  detections: SecretFinding[];
  inlineIgnored: number;
}

export interface NamedPlace {
  name: string;
  line: number;
  col: number;
  /** A read through `import.meta.env` (Vite and the like). */
  meta?: boolean;
}

export interface AssignedValue extends NamedPlace {
  value: string;
}

export type FileResultOf<J extends ContentJob> = J extends PatternsJob
  ? PatternsFileResult
  : J extends SecretsJob
    ? SecretsFileResult
    : J extends EnvAssignmentsJob
      ? AssignedValue[]
      : NamedPlace[];

/** Files larger than this are not scanned (reported as too large): generated data, not source. */
export const MAX_SCAN_BYTES = 32 * 1024 * 1024;

/** Why a selected file was not scanned. */
export type SkipReason = 'binary' | 'unreadable' | 'link' | 'special' | 'too-large';

/** Why a selected file was not read at all (a binary file is read, then left out). */
export type NotReadReason = Exclude<SkipReason, 'binary'>;

export interface JobResult<R = unknown> {
  /** The files the job selected, in the order git lists them. */
  selected: string[];
  /** Files whose text was scanned. */
  scanned: number;
  skipped: Record<SkipReason, number>;
  /**
   * The selected files that were not read (every skip but binary: links, FIFOs and devices, files over
   * the size cap, unreadable ones), in `selected` order: what a check that passes did not look at.
   */
  notRead: Array<{ file: string; reason: NotReadReason }>;
  /** Files with something to report, in `selected` order. */
  files: Array<{ file: string; result: R }>;
}

/** How items reach the pass: the same job from the same item is served by the run's one pass. */
export type ScanContent = <J extends ContentJob>(job: J) => Promise<JobResult<FileResultOf<J>>>;

export const noSkips = (): Record<SkipReason, number> => ({
  binary: 0,
  unreadable: 0,
  link: 0,
  special: 0,
  'too-large': 0,
});
