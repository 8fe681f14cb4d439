import { describe, expect, test } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { importMarkdown } from '../../src/import/index.js';

describe('blocks under a box full of empty lines', () => {
  test('the request after them is still read, from the line that holds it', () => {
    const block = [
      '  ```',
      ...Array<string>(1500).fill(''),
      '  curl -s https://api.example.com/healthz',
      '  ```',
    ];
    const md = ['# Release', '## Ops', '- [ ] Health check', '', ...block, ''].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'release.md' });
    if (!result.ok) throw new Error(result.message);
    const checks = result.explanations.flatMap((e) =>
      e.checks.map((c) => c.check as Record<string, unknown>),
    );
    expect(checks).toEqual([expect.objectContaining({ kind: 'http.response', path: '/healthz' })]);
  });
});

describe('a checklist of conditions that each turn out to be part of the claim', () => {
  // Every "if" here is skipped as the check's own outcome ("200 if") or how it is checked ("if run"),
  // so the rules read on to the next one, in each box and again in the heading over it. The words before
  // each were once cut at their last comma by a pattern that tried every start (the cube of the text's
  // length); they are now cut in one scan. This test holds what the scan must still decide: the heading's
  // last, real condition scopes every box. Its speed is not asserted here (a shared machine's timing is
  // noise); the generous timeout only turns a hang into a failure.
  test("the heading's last, real condition still scopes every box", () => {
    const fill = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
    const heading = `${fill('if run ', 370)}, if using docker`;
    const boxes = Array.from({ length: 500 }, (_, i) => `- [ ] ${fill('200 if ', 396)} ${i}`);
    const md = ['# Release', `## ${heading}`, ...boxes].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'release.md' });
    if (!result.ok) throw new Error(result.message);
    expect(result.explanations).toHaveLength(500);
    for (const e of result.explanations) {
      expect(e.checks).toEqual([]);
      expect(e.manual).toMatch(/, a condition \("if using docker"\): the gate cannot tell/);
    }
  }, 60_000);
});
