import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Revision } from './replay.js';

/**
 * Signed records (the hardened setup). Every identity that can write as `github-actions[bot]` can write
 * a record, so with a `record-key` Preflight signs each record it writes with an HMAC (SHA-256) bound to
 * the repository and pull request, and believes only records that carry a valid one. Pure.
 */

const RECORD_LINE = /<!-- preflight:record ([A-Za-z0-9+/=]+)(?: sig=([A-Za-z0-9_-]+))? -->/g;

/** Characters a signature adds to a comment (` sig=` and 43 characters of base64url). */
export const SIGNATURE_ROOM = 64;

/** What a signature is bound to: this repository's pull request, so a record cannot move elsewhere. */
export function recordScope(repo: { owner: string; repo: string }, number: number): string {
  return `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
}

function mac(key: string, scope: string, payload: string): string {
  return createHmac('sha256', key).update(`preflight-record/v1\n${scope}\n${payload}`).digest('base64url');
}

/** The last record line of a body: its payload and signature, if any. */
function lastRecordLine(
  body: string,
): { whole: string; payload: string; sig?: string; at: number } | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of body.matchAll(RECORD_LINE)) last = m;
  if (!last) return undefined;
  return { whole: last[0], payload: last[1] as string, sig: last[2], at: last.index };
}

/** The body with its record line signed (any earlier signature replaced). */
export function sealBody(body: string, key: string, scope: string): string {
  const line = lastRecordLine(body);
  if (!line) return body;
  const sealed = `<!-- preflight:record ${line.payload} sig=${mac(key, scope, line.payload)} -->`;
  return body.slice(0, line.at) + sealed + body.slice(line.at + line.whole.length);
}

export type Seal = 'valid' | 'unsigned' | 'invalid' | 'no-record';

export function checkSeal(body: string, key: string, scope: string): Seal {
  const line = lastRecordLine(body);
  if (!line) return 'no-record';
  if (!line.sig) return 'unsigned';
  const want = Buffer.from(mac(key, scope, line.payload));
  const got = Buffer.from(line.sig);
  return want.length === got.length && timingSafeEqual(want, got) ? 'valid' : 'invalid';
}

/** The record payload of a body (without its signature), to tell a person's edit from a new record. */
function payloadOf(body: string | null): string | undefined {
  return body === null ? undefined : lastRecordLine(body)?.payload;
}

export interface Trusted {
  revisions: Revision[];
  /** What was not believed, for a visible note. */
  notices: string[];
}

/**
 * Revisions as the hardened setup believes them: one by Preflight's identity counts as Preflight's only
 * when its record carries a valid signature; otherwise it is that identity's edit, like a person's. A
 * revision by any other identity that writes a record of its own (a forged one) is named in a notice.
 */
export function trustRevisions(revisions: readonly Revision[], key: string, scope: string): Trusted {
  const notices = new Set<string>();
  const out = revisions.map((r, i) => {
    const payload = payloadOf(r.body);
    const before = i > 0 ? payloadOf(revisions[i - 1]?.body ?? null) : undefined;
    if (r.byPreflight) {
      if (r.body === null) return r;
      const seal = checkSeal(r.body, key, scope);
      if (seal === 'valid') return r;
      notices.add(
        `a revision written as ${r.editor || 'an unknown account'} carries ${seal === 'invalid' ? 'a record whose signature does not match' : seal === 'unsigned' ? 'an unsigned record' : 'no record'}: it is treated as that account's edit, not Preflight's`,
      );
      return { ...r, byPreflight: false };
    }
    if (payload !== undefined && payload !== before)
      notices.add(
        `a record written by ${r.editor || 'an unknown account'} was ignored: only records Preflight signed count`,
      );
    return r;
  });
  return { revisions: out, notices: [...notices] };
}
