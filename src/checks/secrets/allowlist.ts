import { repoGlobMatcher } from '../../util/glob.js';

/** The file in the repository root that lists paths and fingerprints `repo.secrets` accepts. */
export const IGNORE_FILE = '.preflight-secrets-ignore';

export interface Allowlist {
  /** Whether a path is excluded from the scan. */
  path(file: string): boolean;
  /** Fingerprints of accepted secrets. */
  fingerprints: ReadonlySet<string>;
  /** Path globs left out because they cannot be matched in linear time, with the reason for each. */
  skipped: ReadonlyArray<{ glob: string; problem: string }>;
}

const FINGERPRINT = /^[0-9a-f]{12}$/;

/**
 * Parses an allowlist: one entry a line, `#` starts a comment. A 12-digit hex fingerprint (as the findings
 * print it) accepts that secret wherever it is; anything else is a path glob.
 */
export function parseAllowlist(text: string): { globs: string[]; fingerprints: string[] } {
  const globs: string[] = [];
  const fingerprints: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const entry = raw.replace(/(^|\s)#.*$/, '').trim();
    if (entry === '') continue;
    if (FINGERPRINT.test(entry)) fingerprints.push(entry);
    else globs.push(entry.replace(/^\.\//, ''));
  }
  return { globs, fingerprints };
}

export function createAllowlist(globs: string[], fingerprints: string[]): Allowlist {
  // The allowlist file is the repository's: its globs run in linear time; one that cannot run is left out
  // and named in the result, so the user learns why a listed path is still scanned.
  const { match, skipped } = repoGlobMatcher(globs, { dot: true });
  return {
    path: (file) => match(file),
    fingerprints: new Set(fingerprints),
    skipped,
  };
}
