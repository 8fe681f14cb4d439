/** Timestamps, ids, node ids and commit-like SHAs shaped like GitHub's. */
import { createHash } from 'node:crypto';

/** ISO 8601 without milliseconds, as GitHub writes timestamps. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Wall-clock time in whole seconds, as GitHub writes timestamps: never going back, and two events in the same
 * second get the same timestamp (so edits made in one second tie, as on GitHub; order comes from the lists).
 */
export class Clock {
  private last = 0;
  tick(): string {
    this.last = Math.max(Math.floor(Date.now() / 1000) * 1000, this.last);
    return iso(this.last);
  }
}

/** Counters that start where GitHub's real ids are today (comment and status ids exceed 2^31). */
export class IdSource {
  private readonly next = new Map<string, number>();
  constructor(private readonly starts: Record<string, number>) {}
  take(kind: string): number {
    const value = this.next.get(kind) ?? this.starts[kind] ?? 1_000_000;
    this.next.set(kind, value + 1);
    return value;
  }
}

/** The legacy global node id format that GitHub still resolves: base64("04:User1") for user 1. */
export function legacyNodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

/** A new-format node id (prefix_kwDO…); opaque to clients, decodable by the double. */
export function nodeId(prefix: string, repoId: number, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`${repoId}:${id}`).toString('base64url')}`;
}

export function decodeNodeId(value: string): { prefix: string; id: number } | undefined {
  const m = /^([A-Za-z]+)_kwDO([A-Za-z0-9_-]+)$/.exec(value);
  if (!m) return undefined;
  const [, prefix = '', packed = ''] = m;
  const id = Number(Buffer.from(packed, 'base64url').toString('utf8').split(':')[1]);
  return Number.isSafeInteger(id) ? { prefix, id } : undefined;
}

/** A deterministic 40-hex SHA for a seed (for commits the tests do not name). */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** Git's blob id for a file's content. */
export function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export function isFullSha(value: string): boolean {
  return /^[0-9a-f]{40}$/.test(value);
}
