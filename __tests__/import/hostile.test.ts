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
