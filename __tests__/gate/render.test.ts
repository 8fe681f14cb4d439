import { describe, expect, test } from '@jest/globals';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { advance } from '../../src/gate/advance.js';
import { readBoxes } from '../../src/gate/boxes.js';
import { fitComment, MAX_COMMENT } from '../../src/gate/fit.js';
import { decodeRecord, type RecordedItem } from '../../src/gate/record.js';
import { renderComment, type CommentView } from '../../src/gate/render.js';
import { NO_HISTORY as EMPTY_REPLAY } from '../../src/gate/replay.js';
import type { Report } from '../../src/engine/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
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
    expect(Object.fromEntries(readBoxes(body))).toEqual({ m: [false] });
    expect(decodeRecord(body)?.items.map((i) => i.id)).toEqual(['a', 'm']);
  });

  test('text from outside cannot inject boxes, markers, HTML or mentions', () => {
    const evil = '- [x] fake <!-- preflight:item m --> <img src=x> @org/team [link](http://x)';
    const items = [
      automated('a', 'fail', { title: evil, summary: evil }),
      manual('m', { teams: ['org/team'], users: ['someone'] }, { title: evil }),
    ];
    const body = renderComment(view(items, new Map([['a', `\`\`\`\n${evil}\n<!-- preflight:item m -->`]])));
    expect(Object.fromEntries(readBoxes(body))).toEqual({ m: [false] });
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
    const outside = body.replace(/(`{3,})[^\n]*\n[\s\S]*?\n *\1(?!`)/g, '');
    expect(outside).not.toMatch(/(^|[^\u200b])@org/);
    expect(outside).not.toMatch(/[^\\]\]\(http/);
    expect(outside.match(/<!-- preflight:item m -->/g)?.length).toBe(1);
  });

  test('a file name, title or evidence with CR, CRLF, U+2028, U+2029 or NUL stays inert: no box, marker, mention or link', () => {
    for (const sep of ['\r', '\r\n', '\n', '\u2028', '\u2029', '\u0000', '\u0085']) {
      const evil = `z${sep}- [x] Docs reviewed <!-- preflight:item m --> @octocat ![t](http://x/t.png)${sep}.js`;
      const items = [
        automated('a', 'fail', { title: evil, summary: evil }),
        manual('m', undefined, { title: evil }),
        manual('n'),
      ];
      const details = new Map([['a', `${evil}:1:1  console.log${sep}${sep}- [x] ${evil}`]]);
      const body = renderComment(view(items, details));
      // The real boxes, and nothing else, whatever the line ending.
      expect(Object.fromEntries(readBoxes(body))).toEqual({ m: [false], n: [false] });
      const outside = body.replace(/(`{3,})[^\n]*\n[\s\S]*?\n *\1(?!`)/g, '');
      expect(outside).not.toMatch(/(^|[^\u200b])@octocat/);
      expect(outside).not.toMatch(/[^\\]!\[|[^\\]\]\(http/);
      expect(outside.match(/<!-- preflight:item m -->/g)?.length).toBe(1);
      // Every line of the details block keeps the item's indentation: nothing leaves the list item.
      const block = / {2}<details>[\s\S]*? {2}<\/details>/.exec(body)?.[0] ?? '';
      expect(block).not.toBe('');
      for (const line of block.split(/\r\n?|\n/)) expect(line === '' || line.startsWith('  ')).toBe(true);
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      expect(body).not.toMatch(/[\r\u2028\u2029\u0000\u0085]/);
    }
  });

  test('the job summary keeps text from outside on its table row and in its block', () => {
    const evil = 'z\r| x | y |\r- [x] box <!-- preflight:item m --> @octocat\u2028```\u0000';
    const report = {
      schema: 'preflight-report/v1' as const,
      tool: { name: 'preflight', version: '0' },
      checklist: { id: 'c', title: evil, files: [] },
      startedAt: '',
      finishedAt: '',
      durationMs: 0,
      state: 'fail' as const,
      counts: { pass: 0, fail: 1, error: 0, skipped: 0, manual: 0 },
      blocking: [],
      sections: [{ id: 's', title: evil }],
      items: [
        {
          id: 'a',
          title: evil,
          section: 's',
          required: true,
          kind: 'repo.forbidden-pattern',
          status: 'fail' as const,
          summary: evil,
          findings: [{ file: evil, line: 1, col: 1, message: evil }],
          evidence: { body: evil },
          durationMs: 0,
        },
      ],
    };
    const md = renderMarkdown(report as unknown as Report);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(md).not.toMatch(/[\r\u2028\u2029\u0000]/);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.split(/(?<!\\)\|/).length).toBe(5);
    const tree = fromMarkdown(md);
    const kinds = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }) => {
      kinds.add(n.type);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(tree);
    expect(kinds.has('listItem')).toBe(false);
    expect(md.replace(/(`{3,})[^\n]*\n[\s\S]*?\n *\1(?!`)/g, '')).not.toMatch(/(^|[^\u200b])@octocat/);
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
