// `npm run docs:screenshot`: draws docs/comment.png, the checklist comment as a pull request shows it.
// The comment Markdown comes from the real CLI (`preflight check --format comment` on examples/demo-service),
// is rendered with a GFM renderer, wrapped in a page styled like a GitHub comment (a temporary HTML file)
// and photographed with headless Chromium. Needs `npm run bundle` first, and a `chromium` binary (Debian:
// `apt-get install chromium`; fonts-noto-core and fonts-noto-color-emoji for the fonts and emoji).
// Not part of CI or the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const pngFile = path.join(root, 'docs/comment.png');
const WIDTH = 900;

function fail(message) {
  console.error(`docs:screenshot: ${message}`);
  process.exit(1);
}

function findChromium() {
  const names = process.env.CHROMIUM
    ? [process.env.CHROMIUM]
    : ['chromium', 'chromium-browser', 'google-chrome'];
  for (const name of names) {
    const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
    if (found.status === 0) return name;
  }
  return fail(
    `no Chromium found (tried ${names.join(', ')}). Install it (Debian: apt-get install -y chromium) ` +
      'or point the CHROMIUM variable at a Chromium or Chrome binary.',
  );
}

/** The comment a first gate run would post for the demo service. The CLI exits 1 because checks fail. */
function commentMarkdown() {
  if (!existsSync(cli)) fail(`${path.relative(root, cli)} is missing: run \`npm run bundle\` first.`);
  const run = spawnSync(
    process.execPath,
    [cli, 'check', '-C', 'examples/demo-service', '--format', 'comment'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if ((run.status !== 0 && run.status !== 1) || !run.stdout.includes('<!-- preflight:comment')) {
    fail(`preflight check did not print a comment (exit ${run.status}):\n${run.stderr}`);
  }
  return run.stdout;
}

/**
 * Makes the picture look like a comment mid-review. Both edits simulate what a real pull request shows:
 * - the CLI has no pull request head, so it prints a placeholder; a short commit SHA takes its place;
 * - this simulates a tick: the first manual box becomes [x] with the attribution sub-line the gate
 *   writes after a valid tick (a made-up login and time), and the done count goes up by one.
 */
function simulateReview(markdown) {
  let out = markdown.replaceAll('`local`', '`9f3b2c1`'); // a made-up commit for the checkout's placeholder
  const manual = /^- \[ \] (.*?)<sub>may be ticked by [^<·]*?( · [^<]*)?<\/sub>$/m;
  if (!manual.test(out)) fail('the comment has no manual box to tick; the demo checklist changed?');
  out = out.replace(
    manual,
    (_line, title, rest) => `- [x] ${title}<sub>✔ maya, 2026-11-22 10:02 UTC${rest ?? ''}</sub>`,
  );
  return out.replace(/ (\d+)\/(\d+) done /, (_m, done, total) => ` ${Number(done) + 1}/${total} done `);
}

/** GFM to HTML, raw HTML kept (GitHub allows details, summary, sub and br in comments); comments dropped. */
function renderMarkdown(markdown) {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  // Task-list boxes are live for people who may edit the comment; micromark marks them disabled.
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<input type="checkbox" disabled="" /g, '<input type="checkbox" ');
}

const CHECK_SVG =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='none' " +
  "stroke='white' stroke-width='2.2' stroke-linecap='round' stroke-linejoin='round' d='M3.5 8.5l3 3 6-7'/%3E%3C/svg%3E\")";

const CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; background: #ffffff; }
body {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif,
    "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 14px; line-height: 1.5; color: #1f2328; padding: 20px 24px 24px 16px;
}
.entry { display: flex; align-items: flex-start; gap: 16px; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; }
.box { position: relative; flex: 1; min-width: 0; border: 1px solid #d1d9e0; border-radius: 6px; background: #fff; }
.box::before, .box::after {
  content: ""; position: absolute; top: 11px; left: -8px; border: 8px solid transparent; border-left: 0;
}
.box::before { border-right-color: #d1d9e0; left: -8px; }
.box::after { border-right-color: #f6f8fa; left: -7px; }
.header {
  display: flex; align-items: center; gap: 6px; padding: 8px 16px; background: #f6f8fa;
  border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e;
}
.header strong { color: #1f2328; font-weight: 600; }
.label {
  border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; font-weight: 500;
  line-height: 18px; color: #59636e;
}
.header .spacer { flex: 1; }
.header .dots { letter-spacing: 1px; font-weight: 700; color: #59636e; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body > :last-child { margin-bottom: 0 !important; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body pre, .markdown-body table,
.markdown-body details { margin: 0 0 16px; }
.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4 {
  margin: 24px 0 16px; font-weight: 600; line-height: 1.25;
}
.markdown-body h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body h4 { font-size: 1em; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body li > p { margin: 16px 0 0; }
.markdown-body li > p:first-child { margin-top: 0; }
.markdown-body li > details { margin: 8px 0 0; }
.markdown-body li:has(> input[type=checkbox]), .markdown-body li:has(> p > input[type=checkbox]) {
  list-style: none;
}
.markdown-body input[type=checkbox] {
  appearance: none; width: 16px; height: 16px; margin: 0 .2em .25em -1.4em; vertical-align: middle;
  border: 1px solid #818b98; border-radius: 3px; background: #fff;
}
.markdown-body input[type=checkbox]:checked { background: #0969da ${CHECK_SVG} center / 14px no-repeat; border-color: #0969da; }
.markdown-body sub { font-size: 75%; line-height: 0; position: relative; vertical-align: baseline; bottom: -.25em; }
.markdown-body li sub { color: #59636e; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 85%; padding: .2em .4em; margin: 0; background: #818b981f; border-radius: 6px; white-space: break-spaces;
}
.markdown-body pre {
  padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; background: #f6f8fa; border-radius: 6px;
}
.markdown-body pre code { padding: 0; background: transparent; font-size: 100%; white-space: pre; }
.markdown-body summary { display: list-item; cursor: pointer; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body hr { height: .25em; margin: 24px 0; padding: 0; border: 0; background: #d1d9e0; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
`;

// A plain drawing in the spirit of the Actions bot avatar (not GitHub's artwork).
const AVATAR = `<svg class="avatar" viewBox="0 0 40 40" aria-hidden="true">
<circle cx="20" cy="20" r="20" fill="#2088ff"/>
<circle cx="20" cy="20" r="11" fill="none" stroke="#fff" stroke-width="2.5"/>
<path d="M17.5 15.5v9l7-4.5z" fill="#fff"/>
</svg>`;

function page(body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Preflight checklist comment</title>
<style>${CSS}</style>
</head>
<body>
<div class="entry">
${AVATAR}
<div class="box">
<div class="header"><strong>github-actions</strong><span class="label">bot</span><span>commented 3 minutes ago</span><span class="spacer"></span><span class="dots">···</span></div>
<div class="markdown-body">
${body}
</div>
</div>
</div>
<script>document.documentElement.dataset.height = Math.ceil(document.documentElement.getBoundingClientRect().height);</script>
</body>
</html>
`;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
];

function chromium(binary, args, profile) {
  const run = spawnSync(binary, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) fail(`chromium exited ${run.status ?? run.signal}:\n${run.stderr}`);
  return run.stdout;
}

const binary = findChromium();
const html = page(renderMarkdown(simulateReview(commentMarkdown())));
const work = mkdtempSync(path.join(os.tmpdir(), 'preflight-screenshot-'));
const profile = path.join(work, 'profile');
const htmlFile = path.join(work, 'comment.html');
writeFileSync(htmlFile, html);
const url = pathToFileURL(htmlFile).href;
try {
  // First pass: lay the page out at the final width and read its height back from the DOM.
  const dom = chromium(binary, [`--window-size=${WIDTH},600`, '--dump-dom', url], profile);
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!height) fail('could not measure the page height');
  chromium(binary, [`--window-size=${WIDTH},${height}`, `--screenshot=${pngFile}`, url], profile);
  console.log(`wrote ${path.relative(root, pngFile)} (${WIDTH}x${height}, ${statSync(pngFile).size} bytes)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
