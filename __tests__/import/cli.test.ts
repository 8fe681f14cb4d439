import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { validateImported } from '../../src/import/command.js';
import { fakeIo } from '../helpers/cli-io.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';

describe('preflight import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-import-'));
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(
      path.join(dir, 'prose.md'),
      '# Notes\n\nNo boxes here.\n\n- a plain list\n\n```\n- [ ] fenced\n```\n',
    );
    writeFileSync(
      path.join(dir, 'junk.md'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    );
    writeFileSync(path.join(dir, 'huge.md'), '- [ ] check item number 123456\n'.repeat(170_000));
    writeFileSync(path.join(dir, 'large.md'), '- [ ] check item\n\n'.repeat(15_000) + 'x'.repeat(10_000));
    writeFileSync(path.join(dir, 'many.md'), '- [ ] item\n'.repeat(1500));
    writeFileSync(path.join(dir, 'full.md'), '- [ ] HSTS header configured\n'.repeat(8_000));
    writeFileSync(path.join(dir, 'nested.md'), `${'- '.repeat(100_000)}[ ] deep`);
    writeFileSync(path.join(dir, 'links.md'), `- [ ] ${'[a]('.repeat(50_000)}`);
    writeFileSync(
      path.join(dir, 'small.md'),
      '# Ship it\n## Checks\n- [ ] `.env` files not committed\n- [ ] Ask the team\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes YAML to stdout and the summary to stderr', async () => {
    const { io, out, err } = fakeIo(dir);
    expect(await main(['import', 'small.md'], io)).toBe(0);
    const doc = parse(out()) as { id: string; sections: Array<{ items: Array<{ id: string }> }> };
    expect(doc.id).toBe('ship-it');
    expect(doc.sections[0]?.items.map((i) => i.id)).toEqual(['env-files-not-committed', 'ask-the-team']);
    expect(err()).toBe('small.md: 2 items: 1 automated, 1 manual, 0 skipped\n');
    expect(validateImported(out())).toEqual([]);
  });

  test('-o writes the file and refuses to overwrite it without --force', async () => {
    const first = fakeIo(dir);
    expect(await main(['import', 'small.md', '-o', 'out/checklist.yml'], first.io)).toBe(0);
    expect(readFileSync(path.join(dir, 'out/checklist.yml'), 'utf8')).toContain('kind: repo.untracked');
    expect(first.out()).toBe('');
    const again = fakeIo(dir);
    expect(await main(['import', 'small.md', '-o', 'out/checklist.yml'], again.io)).toBe(2);
    expect(again.err()).toContain('out/checklist.yml exists; pass --force');
    expect(await main(['import', 'small.md', '-o', 'out/checklist.yml', '--force'], fakeIo(dir).io)).toBe(0);
  });

  test.each([
    ['empty.md', 'empty.md is empty: there is nothing to import'],
    ['prose.md', 'prose.md has no task items ("- [ ] …" list items): nothing to import (1 boxes inside'],
    ['junk.md', 'junk.md is not a Markdown text file: it holds NUL bytes'],
    ['huge.md', 'huge.md is 5.0 MiB; import reads Markdown checklists of at most 256 KiB'],
    ['large.md', 'large.md is 274 KiB; import reads Markdown checklists of at most 256 KiB'],
    ['many.md', 'many.md has 1500 task items; a checklist holds at most 1000'],
    // Refused before parsing: 8000 boxes would cost the parser some 160 MB.
    ['full.md', 'full.md has 8000 task boxes; a checklist holds at most 1000 items'],
    ['nested.md', 'nested.md nests lists or quotes too deep on line 1'],
    ['links.md', 'links.md has a paragraph (from line 1) with more than 8000 "[" brackets'],
    ['missing.md', 'missing.md: no such file'],
  ])('%s: a clear message and exit 2', async (file, message) => {
    const { io, out, err } = fakeIo(dir);
    expect(await main(['import', file], io)).toBe(2);
    expect(err()).toContain(`preflight: ${message}`);
    expect(err()).not.toMatch(/\n\s+at /);
    expect(out()).toBe('');
  });

  test('usage errors', async () => {
    const none = fakeIo(dir);
    expect(await main(['import'], none.io)).toBe(2);
    expect(none.err()).toContain('import needs a Markdown file');
    const two = fakeIo(dir);
    expect(await main(['import', 'a.md', 'b.md'], two.io)).toBe(2);
    expect(two.err()).toContain('import takes one Markdown file');
  });

  test('--explain writes the YAML as before and the rule per item to stderr', async () => {
    const { io, out, err } = fakeIo(dir);
    expect(await main(['import', 'small.md', '--explain'], io)).toBe(0);
    expect(validateImported(out())).toEqual([]);
    expect(err()).toContain('small.md: 2 items: 1 automated, 1 manual, 0 skipped\n');
    expect(err()).toContain('line 3: `.env` files not committed\n  → repo.untracked');
    expect(err()).toContain('rule repo.env-not-committed, matched ".env", "not committed"');
    expect(err()).toContain('line 4: Ask the team\n  manual (no rule matched)');
  });

  test('--explain-format json prints the explanation as JSON on stdout (the YAML goes to -o)', async () => {
    const { io, out } = fakeIo(dir);
    expect(
      await main(
        ['import', 'small.md', '--explain-format', 'json', '-o', 'out/explained.yml', '--force'],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(out()) as {
      items: Array<{ line: number; checks: Array<{ kind: string; rule: string }> }>;
    };
    expect(json.items.map((i) => [i.line, i.checks.map((c) => `${c.kind} ${c.rule}`)])).toEqual([
      [3, ['repo.untracked repo.env-not-committed']],
      [4, []],
    ]);
    expect(readFileSync(path.join(dir, 'out/explained.yml'), 'utf8')).toContain('kind: repo.untracked');
  });

  test('an unknown --explain-format is a usage error', async () => {
    const { io, err } = fakeIo(dir);
    expect(await main(['import', 'small.md', '--explain-format', 'xml'], io)).toBe(2);
    expect(err()).toContain("--explain-format must be text or json, not 'xml'");
  });

  test('the test command follows the repository the import runs in, when the document names no stack', async () => {
    const py = path.join(dir, 'python-repo');
    mkdirSync(py, { recursive: true });
    writeFileSync(path.join(py, 'requirements.txt'), 'flask\n');
    writeFileSync(path.join(py, 'RELEASE.md'), '## Checks\n- [ ] All tests passing\n');
    const { io, out } = fakeIo(py);
    expect(await main(['import', 'RELEASE.md'], io)).toBe(0);
    expect(out()).toContain('run: pytest');
    const node = fakeIo(dir);
    writeFileSync(path.join(dir, 'tests.md'), '## Checks\n- [ ] All tests passing\n');
    expect(await main(['import', 'tests.md'], node.io)).toBe(0);
    expect(node.out()).toContain('run: npm test');
  });

  test('a seed imports through the CLI', async () => {
    const { io, err } = fakeIo(PROJECT_ROOT);
    expect(await main(['import', '__tests__/import/seeds/khanflow-production-checklist.md'], io)).toBe(0);
    expect(err()).toMatch(
      /^__tests__\/import\/seeds\/khanflow-production-checklist\.md: 118 items: 38 automated, 80 manual, 0 skipped; \d+ guessed/,
    );
  });
});
