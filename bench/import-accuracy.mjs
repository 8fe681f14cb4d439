// Import accuracy: how many of the items a check kind can verify `preflight import` automates (recall),
// how many of its checks are right (precision), and whether every document's outline survives.
//
// Fixtures (__tests__/import/fixtures/*.md) are our own documents that reproduce the structure and the
// phrasing patterns of real checklists; each automatable box carries its label in an HTML comment on
// its line: `<!-- expect: http.security-headers require=["hsts","csp"]; command run=npm test -->`.
// Real checklists are not committed: point PREFLIGHT_IMPORT_REAL at a folder of them, with hand labels
// in labels/<name>.txt (one `LINE kind key=value…` per expected check), to score them the same way.
// A label file's `# repo: pyproject.toml Cargo.toml` line names the files at the root of the document's
// repository: the document is then imported as `preflight import` runs there (those files, empty, in a
// temporary folder as the working directory), so the test command follows the repository's stack.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './measure.mjs';

const EXPECT = /<!--\s*expect:\s*(.*?)\s*-->/;

const PAIR = /([\w.-]+)=("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{[^}]*\}|\S+)/g;

/**
 * `kind k=v k2="a b"` → { kind, params }; values are JSON when they parse (quote strings with spaces),
 * else strings; `-` means the parameter must be absent, `{}` that it must be present.
 */
function parseCheck(text) {
  const kind = text.trim().split(/\s+/)[0];
  const params = {};
  for (const m of text.trim().slice(kind.length).matchAll(PAIR)) {
    const key = m[1];
    const raw = m[2];
    let value;
    if (raw === '-') value = undefined;
    else {
      try {
        value = JSON.parse(raw);
      } catch {
        value = raw;
      }
    }
    params[key] = value;
  }
  return { kind, params };
}

/** The labels of a fixture: line → expected checks. */
function inlineLabels(markdown) {
  const labels = new Map();
  markdown.split(/\r?\n/).forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m?.[1]) labels.set(i + 1, m[1].split(';').map(parseCheck));
  });
  return labels;
}

/** The root files a label file names on its `# repo:` line (plain names only), or none. */
function repoFiles(file) {
  const m = /^#\s*repo:\s*(.*)$/m.exec(readFileSync(file, 'utf8'));
  return (m?.[1] ?? '').split(/\s+/).filter((f) => /^[\w.-]+$/.test(f) && f !== '.' && f !== '..');
}

/** The labels of a real document, from labels/<name>.txt. */
function fileLabels(file) {
  const labels = new Map();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^(\d+)\s+(.+)$/.exec(line.trim());
    if (!m) continue;
    const n = Number(m[1]);
    labels.set(n, [...(labels.get(n) ?? []), parseCheck(m[2])]);
  }
  return labels;
}

const get = (obj, dotted) => {
  // Keys may hold dots themselves (`not-placeholder` does not, variable names do not): split on dots.
  let cur = obj;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[part];
  }
  return cur;
};

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** A produced check matches a label when the kind is the same and every labelled parameter agrees. */
function matches(check, label) {
  if (check.kind !== label.kind) return false;
  for (const [key, want] of Object.entries(label.params)) {
    const got = get(check, key);
    if (
      want === undefined
        ? got !== undefined
        : typeof want === 'object' && want !== null && Object.keys(want).length === 0
          ? got === undefined
          : !same(got, want)
    )
      return false;
  }
  return true;
}

/** Boxes outside code fences and HTML comments, with the outline above each, by a plain line scan. */
function scanBoxes(markdown) {
  const boxes = [];
  const headings = [];
  let pseudo;
  let fence;
  let comment = false;
  const parents = [];
  markdown.split(/\r?\n/).forEach((line, i) => {
    if (comment) {
      if (line.includes('-->')) comment = false;
      return;
    }
    // A fence closes only with the same character, at least as long, and no info string (CommonMark):
    // "```bash" inside a "```markdown" block is a line of the block.
    const f = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (f) {
      if (!fence) {
        fence = f[1];
        return;
      }
      if (f[1][0] === fence[0] && f[1].length >= fence.length && f[2].trim() === '') {
        fence = undefined;
        return;
      }
    }
    if (fence) return;
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      comment = true;
      return;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const depth = h[1].length;
      while (headings.length && headings.at(-1).depth >= depth) headings.pop();
      headings.push({ depth, text: plain(h[2]) });
      pseudo = undefined;
      parents.length = 0;
      return;
    }
    const p = /^\*\*([^*]+?):?\*\*:?\s*$/.exec(line);
    if (p) {
      pseudo = plain(p[1]);
      parents.length = 0;
      return;
    }
    const b = /^(\s*)(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+(\S.*)$/.exec(line);
    if (!b) return;
    const indent = b[1].replace(/\t/g, '    ').length;
    while (parents.length && parents.at(-1).indent >= indent) parents.pop();
    boxes.push({
      line: i + 1,
      path: [...headings.map((x) => x.text), ...(pseudo ? [pseudo] : []), ...parents.map((x) => x.text)],
    });
    parents.push({ indent, text: plain(b[2]) });
  });
  return boxes;
}

const plain = (s) =>
  s
    .replace(/<!--.*?-->/g, '')
    // Inline HTML (an anchor `<a name="seo"></a>` after a heading) is markup, not words of the outline.
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    // An image (a priority badge `![high]` before a box's words) is not a word of the outline either.
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** `preflight import FILE --explain-format json` with the bundled CLI. */
export const cliExplain =
  (projectDir) =>
  (file, root = []) => {
    // Always a folder of its own: a fixture is imported as in a repository with nothing at its root, never
    // as in this project (whose package.json scripts would decide the commands chosen).
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'preflight-import-repo-'));
    try {
      for (const f of root) writeFileSync(path.join(cwd, f), '');
      return JSON.parse(
        run(
          process.execPath,
          [
            path.join(projectDir, 'dist/cli/index.js'),
            'import',
            path.resolve(file),
            '--explain-format',
            'json',
          ],
          { cwd },
        ),
      );
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  };

/** Imports one document and scores it against its labels. */
export function scoreDocument(file, labels, explain, root = []) {
  const out = explain(file, root);
  const markdown = readFileSync(file, 'utf8');
  const boxes = scanBoxes(markdown);
  const byLine = new Map(out.items.map((e) => [e.line, e]));
  const title = /^#\s+(.*)$/m.exec(markdown)?.[1];
  const problems = [];
  for (const box of boxes) {
    const item = byLine.get(box.line);
    if (!item) {
      problems.push(`line ${box.line}: box not imported`);
      continue;
    }
    const section = plain(item.section);
    const wanted = box.path.filter((p, i) => !(i === 0 && title && p === plain(title)) && p !== '');
    const lost = wanted.filter((p) => !section.includes(p));
    if (lost.length)
      problems.push(`line ${box.line}: section "${section}" lacks ${lost.map((l) => `"${l}"`).join(', ')}`);
  }
  if (out.items.length !== boxes.length) problems.push(`${out.items.length} items for ${boxes.length} boxes`);
  let automatable = 0;
  let found = 0;
  let guesses = 0;
  let right = 0;
  const misses = [];
  const wrong = [];
  for (const item of out.items) {
    const expected = labels.get(item.line) ?? [];
    const got = item.checks.map((c) => c.check);
    if (expected.length) automatable += 1;
    if (expected.length && got.length && expected.every((l) => got.some((c) => matches(c, l)))) found += 1;
    else if (expected.length) misses.push(`line ${item.line}: ${item.title}`);
    if (got.length) {
      guesses += 1;
      if (expected.length && got.every((c) => expected.some((l) => matches(c, l)))) right += 1;
      else wrong.push(`line ${item.line}: ${item.title} → ${got.map((c) => c.kind).join(' + ')}`);
    }
  }
  return {
    name: path.basename(file),
    boxes: boxes.length,
    items: out.items.length,
    problems,
    automatable,
    found,
    guesses,
    right,
    misses,
    wrong,
  };
}

export function importAccuracy({ projectDir, realDir, log, explain = cliExplain(projectDir) }) {
  const fixtureDir = path.join(projectDir, '__tests__/import/fixtures');
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(fixtureDir, f);
      return scoreDocument(file, inlineLabels(readFileSync(file, 'utf8')), explain);
    });
  log(`import: scored ${fixtures.length} fixtures`);
  let real;
  if (realDir && existsSync(realDir)) {
    real = readdirSync(realDir)
      .filter(
        (f) => f.endsWith('.md') && existsSync(path.join(realDir, 'labels', f.replace(/\.md$/, '.txt'))),
      )
      .sort()
      .map((f) => {
        const labelFile = path.join(realDir, 'labels', f.replace(/\.md$/, '.txt'));
        return scoreDocument(path.join(realDir, f), fileLabels(labelFile), explain, repoFiles(labelFile));
      });
    log(`import: scored ${real.length} real checklists from ${realDir}`);
  }
  return { fixtures, real };
}

const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

export function totals(docs) {
  const sum = (k) => docs.reduce((n, d) => n + d[k], 0);
  return {
    automatable: sum('automatable'),
    found: sum('found'),
    guesses: sum('guesses'),
    right: sum('right'),
    structureKept: docs.filter((d) => d.problems.length === 0).length,
    documents: docs.length,
    boxes: sum('boxes'),
  };
}

export function accuracyLines(title, docs, { details = false } = {}) {
  const rows = [['document', 'boxes', 'structure', 'automatable', 'recall', 'guesses', 'precision']];
  for (const d of docs)
    rows.push([
      d.name,
      String(d.boxes),
      d.problems.length ? 'LOST' : 'kept',
      String(d.automatable),
      `${pct(d.found, d.automatable)} (${d.found})`,
      String(d.guesses),
      `${pct(d.right, d.guesses)} (${d.right})`,
    ]);
  const t = totals(docs);
  rows.push([
    'all',
    String(t.boxes),
    `${t.structureKept}/${t.documents}`,
    String(t.automatable),
    `${pct(t.found, t.automatable)} (${t.found})`,
    String(t.guesses),
    `${pct(t.right, t.guesses)} (${t.right})`,
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = [
    title,
    ...rows.map(
      (r) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`,
    ),
  ];
  if (details)
    for (const d of docs) {
      for (const p of d.problems) lines.push(`  ${d.name}: structure: ${p}`);
      for (const m of d.misses) lines.push(`  ${d.name}: missed ${m}`);
      for (const w of d.wrong) lines.push(`  ${d.name}: wrong ${w}`);
    }
  return lines;
}
