import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRegistry } from '../../src/checks/registry.js';
import { validateImported } from '../../src/import/command.js';
import { importMarkdown } from '../../src/import/index.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';

// The labelled fixtures the import benchmark scores (bench/import-accuracy.mjs): our own documents in the
// shapes of real checklists. Each automatable box says what it should become in an HTML comment.
const DIR = path.join(PROJECT_ROOT, '__tests__/import/fixtures');
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();
const PAIR = /([\w.-]+)=("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{[^}]*\}|\S+)/g;

interface Label {
  kind: string;
  params: Record<string, unknown>;
}

function labelsOf(markdown: string): Map<number, Label[]> {
  const labels = new Map<number, Label[]>();
  markdown.split(/\r?\n/).forEach((line, i) => {
    const m = /<!--\s*expect:\s*(.*?)\s*-->/.exec(line);
    if (!m?.[1]) return;
    labels.set(
      i + 1,
      m[1].split(';').map((part) => {
        const kind = part.trim().split(/\s+/)[0] as string;
        const params: Record<string, unknown> = {};
        for (const p of part.trim().slice(kind.length).matchAll(PAIR)) {
          const raw = p[2] as string;
          let value: unknown;
          try {
            value = raw === '-' ? undefined : JSON.parse(raw);
          } catch {
            value = raw;
          }
          params[p[1] as string] = value;
        }
        return { kind, params };
      }),
    );
  });
  return labels;
}

const at = (obj: unknown, dotted: string): unknown =>
  dotted
    .split('.')
    .reduce<unknown>(
      (cur, k) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined),
      obj,
    );

function satisfies(check: Record<string, unknown>, label: Label): boolean {
  if (check.kind !== label.kind) return false;
  return Object.entries(label.params).every(([key, want]) => {
    const got = at(check, key);
    if (want === undefined) return got === undefined;
    if (typeof want === 'object' && want !== null && Object.keys(want).length === 0) return got !== undefined;
    return JSON.stringify(got) === JSON.stringify(want);
  });
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const markdown = readFileSync(path.join(DIR, name), 'utf8');
  const result = importMarkdown(markdown, { registry: defaultRegistry, source: name });

  test('imports to a definition the loader accepts, keeping every box', () => {
    if (!result.ok) throw new Error(result.message);
    expect(validateImported(result.yaml)).toEqual([]);
    const boxes = markdown
      .split(/\r?\n/)
      .filter((l) => /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+\S/.test(l)).length;
    const fenced = (markdown.match(/```[\s\S]*?```/g) ?? []).join('\n').match(/\[[ xX]\]\s+\S/g)?.length ?? 0;
    expect(result.summary.items).toBe(boxes - fenced);
  });

  test('every labelled box gets its checks, and no other box is automated', () => {
    if (!result.ok) throw new Error(result.message);
    const labels = labelsOf(markdown);
    const wrong = result.explanations.flatMap((e) => {
      const want = labels.get(e.line) ?? [];
      const got = e.checks.map((c) => c.check as Record<string, unknown>);
      const ok =
        want.every((l) => got.some((c) => satisfies(c, l))) &&
        got.every((c) => want.some((l) => satisfies(c, l)));
      return ok ? [] : [`line ${e.line}: ${e.title}: got ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });
});
