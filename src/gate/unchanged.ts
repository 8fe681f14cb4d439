import { decodeRecord, type GateRecord } from './record.js';

const RECORD_LINE = /<!-- preflight:record [^\n]*? -->/g;

/** What a record says, less what changes on every run (how much history was read, when results were taken). */
function lasting(record: GateRecord | undefined): string {
  if (!record) return '';
  const deploy = record.deploy && { ...record.deploy, checkedAt: '' };
  return JSON.stringify({ ...record, seen: 0, results: record.results?.headSha, deploy });
}

/**
 * Whether writing `next` over `live` would change nothing a person can see nor anything the record decides
 * with. Every rewrite adds a revision to the comment's history, so an idle run writes nothing.
 */
export function sameContent(live: string, next: string): boolean {
  return (
    live.replace(RECORD_LINE, '') === next.replace(RECORD_LINE, '') &&
    lasting(decodeRecord(live)) === lasting(decodeRecord(next))
  );
}
