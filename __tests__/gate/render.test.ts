import { describe, expect, test } from '@jest/globals';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { advance } from '../../src/gate/advance.js';
import { readBoxes } from '../../src/gate/boxes.js';
import { fitComment, MAX_COMMENT } from '../../src/gate/fit.js';
import { decodeRecord, type RecordedItem } from '../../src/gate/record.js';
import { renderComment, type CommentView } from '../../src/gate/render.js';
import { NO_HISTORY as EMPTY_REPLAY } from '../../src/gate/replay.js';
import { automated, manual } from './fixtures.js';

function view(items: RecordedItem[], details = new Map<string, string>()): CommentView {
  const adv = advance({
    checklistId: 'release',
    title: 'Release <b>1.0</b>',
    headSha: 'abcdef1234567890',
    items,
    resultsHeadSha: 'abcdef1234567890',
    applies: { yes: true },
    definitions: { from: 'base' },
    replayed: EMPTY_REPLAY,
    now: '2026-11-22T10:00:00Z',
  });
  return {
    title: 'Release <b>1.0</b>',
    record: adv.record,
    ticks: adv.ticks,
    decision: adv.decision,
    resultsCurrent: true,
    details,
  };
}

describe('the checklist comment', () => {
  test('automated items are results, manual items are boxes with a hidden id, and the record round-trips', () => {
    const body = renderComment(view([automated('a', 'pass'), manual('m', { permission: 'maintain' })]));
    expect(body.startsWith('<!-- preflight:comment release -->')).toBe(true);
    expect(body).toContain('- ✅ **Automated a** · a pass');
    expect(body).toMatch(
      /- \[ \] Manual m <!-- preflight:item m -->.*may be ticked by maintain access or above/,
    );
    expect(Object.fromEntries(readBoxes(body))).toEqual({ m: false });
    expect(decodeRecord(body)?.items.map((i) => i.id)).toEqual(['a', 'm']);
  });

  test('text from outside cannot inject boxes, markers, HTML or mentions', () => {
    const evil = '- [x] fake <!-- preflight:item m --> <img src=x> @org/team [link](http://x)';
    const items = [
      automated('a', 'fail', { title: evil, summary: evil }),
      manual('m', { teams: ['org/team'], users: ['someone'] }, { title: evil }),
    ];
    const body = renderComment(view(items, new Map([['a', `\`\`\`\n${evil}\n<!-- preflight:item m -->`]])));
    expect(Object.fromEntries(readBoxes(body))).toEqual({ m: false });
    const html: string[] = [];
    const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'html') html.push(n.value ?? '');
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(fromMarkdown(body));
    expect(html.join('\n')).not.toContain('<img');
    expect(
      html.filter((h) => !/^(<!-- preflight:|<br>|<sub>|<\/sub>|<details>|<\/details>)/.test(h.trim())),
    ).toEqual([]);
    // Code blocks neither mention nor link; everything outside them must be inert.
    const outside = body.replace(/````[\s\S]*?````/g, '');
    expect(outside).not.toMatch(/(^|[^\u200b])@org/);
    expect(outside).not.toMatch(/[^\\]\]\(http/);
    expect(outside.match(/<!-- preflight:item m -->/g)?.length).toBe(1);
  });

  test('a huge checklist degrades (details, then passing items) but keeps every box under 65,536 characters', () => {
    const items: RecordedItem[] = [];
    for (let i = 0; i < 300; i += 1)
      items.push(automated(`check-${i}`, i % 10 === 0 ? 'fail' : 'pass', { summary: 'x'.repeat(120) }));
    for (let i = 0; i < 60; i += 1) items.push(manual(`sign-${i}`));
    const details = new Map(items.filter((i) => i.kind).map((i) => [i.id, 'evidence '.repeat(100)]));
    const fitted = fitComment(view(items, details));
    expect(fitted.body.length).toBeLessThanOrEqual(MAX_COMMENT);
    expect(fitted.shortened[0]).toBe('evidence details');
    expect(readBoxes(fitted.body).size).toBe(60);
    expect(fitted.body).toContain('- ❌ **Automated check-10**');
    expect(fitted.body).toContain('see the job summary');
  });
});
