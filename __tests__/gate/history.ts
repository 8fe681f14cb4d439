import { advance } from '../../src/gate/advance.js';
import { itemMarker } from '../../src/gate/markers.js';
import type { RecordedItem } from '../../src/gate/record.js';
import { renderComment } from '../../src/gate/render.js';
import { replayTicks, type Revision } from '../../src/gate/replay.js';
import type { ActorFacts } from '../../src/gate/approvers.js';

export const BOT = 'github-actions';

/** A comment history built the way GitHub records it, with Preflight's runs written by the real code. */
export class History {
  revisions: Revision[] = [];
  private clock = Date.parse('2026-11-22T10:00:00Z');

  constructor(
    private items: RecordedItem[],
    private facts: Map<string, ActorFacts> = new Map(),
  ) {}

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  get body(): string {
    return this.revisions.at(-1)?.body ?? '';
  }

  /** A Preflight run for a head: replay, advance, render, write. */
  run(headSha: string, items = this.items) {
    this.items = items;
    const replayed = replayTicks(this.revisions, items, this.facts);
    const adv = advance({
      checklistId: 'release',
      title: 'Release',
      headSha,
      items,
      resultsHeadSha: headSha,
      applies: { yes: true },
      definitions: { from: 'base' },
      replayed,
      now: this.tick(),
    });
    const body = renderComment({
      title: 'Release',
      record: adv.record,
      ticks: adv.ticks,
      decision: adv.decision,
      resultsCurrent: adv.resultsCurrent,
      details: new Map(),
    });
    this.revisions.push({ editor: BOT, byPreflight: true, at: this.tick(), body });
    return { ...adv, replayed, body };
  }

  /** A person's edit through the web page: tick or untick one box. */
  set(login: string, id: string, checked: boolean, from = this.body): void {
    const line = new RegExp(
      `^(- )\\[[ xX]\\]( .*${itemMarker(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`,
      'm',
    );
    this.revisions.push({
      editor: login,
      byPreflight: false,
      at: this.tick(),
      body: from.replace(line, `$1[${checked ? 'x' : ' '}]$2`),
    });
  }

  /** A person's arbitrary edit of the body. */
  edit(login: string, body: string): void {
    this.revisions.push({ editor: login, byPreflight: false, at: this.tick(), body });
  }
}
