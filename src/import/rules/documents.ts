import { bareFileName } from './repo.js';
import { type ItemFacts, type Rule } from './types.js';

/**
 * Documents named by their file: a list of created documents ("DEPLOYMENT_GUIDE.md (comprehensive)",
 * "`.env.example` (backend)"), and an item that names its file first and then what it holds
 * ("QUICKSTART.md with a getting-started guide"). Every pattern is a plain regular expression.
 */

/** Marks before the words: emoji, ticks, numbering ("✅ ", "3. "). */
const LEAD = /^[^A-Za-z0-9.`_]+|^\d+(?:\.\d+)*[.)]\s+/;

/** A file name or path as written (checked further by `fileName`). */
const NAME = /^`?([\w./-]{3,120})`?/;

/** Extensions of documents a person reads (not code, not configuration). */
const DOC_EXT = /\.(?:md|markdown|mdx|rst|adoc|pdf)$/i;

/** Files GitHub and people look for at the root: named alone, they are the root's. */
const ROOT_DOC =
  /^(?:readme|changelog|contributing|license|licence|security|code_of_conduct|authors|notice)(?:\.\w+)?$/i;

/** Headings whose items are still to do: a name there is a file to write, not one that is there. */
const TO_DO =
  /\b(?:to ?do|planned|plan|later|future|next(?!\.)|backlog|write|draft|missing|nice to have|roadmap|ideas?|to create|to add)\b/;

/** A remark that the document is still to write or change: "needs an update", "draft", "to add". */
const PENDING = /\b(?:needs?|todo|to ?do|missing|to (?:write|add|create)|draft|planned|later|pending|wip)\b/;

/** Outline words that say the list is of files or documents. */
const FILES_LIST =
  /\b(?:docs|documents?|documentation|files|deliverables|artifacts|artefacts|included|created|provided)\b/;

/** Parts of a project that are a folder of their own when a list names them after a file. */
const PART =
  /^(?:backend|frontend|server|client|api|web|app|worker|admin|mobile|functions|infra|root|root folder|project root)$/;

/** A relative file path with an extension (or a dotfile), never `..`, never a host name. */
function fileName(s: string): string | undefined {
  const f = s.replace(/^\.\//, '');
  if (f.includes('..') || f.startsWith('/') || f.endsWith('/')) return undefined;
  if (!/^[\w./-]*[\w-]$/.test(f)) return undefined;
  const base = f.slice(f.lastIndexOf('/') + 1);
  // A name and an extension ("guide.md"), or a dotfile with a suffix (".env.example").
  if (!/^[\w.-]*[\w-]\.[A-Za-z]\w{0,9}$/.test(base)) return undefined;
  if (/\.(?:com|org|net|io|dev|co|ai|app)$/i.test(base) && !f.includes('/')) return undefined;
  return f;
}

/** `**` in front of a document's bare name: without a folder the item does not say where it lives. */
const anywhere = (f: string) => (f.includes('/') || ROOT_DOC.test(f) || !DOC_EXT.test(f) ? f : `**/${f}`);

/** The item's words as written, lead marks dropped. */
const words = (item: ItemFacts) => item.raw.replace(LEAD, '').replace(LEAD, '').trim();

/**
 * A list of documents under a heading about them ("Created Documents" › "DEPLOYMENT_GUIDE.md
 * (comprehensive)", "`.env.example` (frontend)"): each file is in the repository. A part of the project in
 * the parentheses is its folder; the list names the others from the root, where its items sit unless it
 * says so.
 */
export const documentListed: Rule = (item) => {
  if (!FILES_LIST.test(item.context) || TO_DO.test(item.context)) return undefined;
  const w = words(item);
  // "NAME.md (purpose)", "NAME.md - purpose", "NAME.md: purpose", or the name alone.
  const m =
    /^`?([\w./-]{3,120})`?(?:\s*[(]([^()]{1,60})[)]|\s+[-–—]\s+([^()]{1,80})|:\s+([^()]{1,80}))?\s*[.;]?$/.exec(
      w,
    );
  const file = m?.[1] ? fileName(m[1]) : undefined;
  if (!m || !file) return undefined;
  const remark = (m[2] ?? '').trim().toLowerCase();
  const said = (m[3] ?? m[4] ?? '').trim().toLowerCase();
  // "CHANGELOG.md: add the 2.0 entry": what to do to the file, not the file being there.
  if (
    /^(?:add|update|write|create|fix|review|remove|delete|move|link|rename|check|verify|mention|document|describe|include|refresh|rewrite)\b/.test(
      said,
    )
  )
    return undefined;
  // "PRE_LAUNCH_CHECKLIST.md (this document)": the checklist itself.
  if (/\bthis (?:document|file|checklist|list|page)\b/.test(remark)) return undefined;
  // "API.md (needs an update)": still to do.
  if (PENDING.test(remark)) return undefined;
  // A `.env` is never in the repository (its examples are); a code file as a bare name names code.
  if (
    (/(?:^|\/)\.env(?:\.|$)/.test(file) && !/\.(?:example|sample|template)$/.test(file)) ||
    /\.(?:js|jsx|ts|tsx|mjs|cjs|py|go|rs|java|cs|rb|php)$/.test(file)
  )
    return undefined;
  // A community file's name is the bare-name rule's ("SECURITY.md (reporting address)").
  if (bareFileName(item)) return undefined;
  if (PENDING.test(said)) return undefined;
  const part = PART.test(remark) ? remark : undefined;
  const path = part && !/root/.test(part) ? `${part}/${file}` : file;
  return {
    check: { kind: 'repo.files-exist', paths: [path] },
    rule: 'repo.document-listed',
    matched: [m[0].trim().toLowerCase(), item.near],
    note: part
      ? `"(${remark})" is read as the folder the file is in`
      : `a file named in a list under "${item.near}": read as being at the root of the repository`,
  };
};

/** What a document is said to hold, after its name: "with contribution guidelines", "comprehensive and up to date". */
const HOLDS =
  /^(?:with|containing|covering|including|describing|documenting)\s+[a-z][\w\s,&/'-]{2,80}$|^(?:comprehensive|detailed|thorough)(?:\s+and\s+(?:up[- ]to[- ]date|current|clear))?$/i;

/** What the words after "with" may not be: a change to the document ("with new entries") is another claim. */
const CHANGE =
  /\b(?:new|entry|entries|added|updated?|this release|latest|version \d|v\d|link(?:s|ed)? to)\b/i;

/**
 * A document named first, then what it holds ("CONTRIBUTING.md with contribution guidelines",
 * "CHANGELOG.md with version history", "README.md comprehensive and up-to-date"): the file is in place;
 * what it holds is for a person to read.
 */
export const documentHolds: Rule = (item) => {
  if (TO_DO.test(item.context)) return undefined;
  const w = words(item);
  const m = NAME.exec(w);
  const file = m?.[1] ? fileName(m[1]) : undefined;
  if (!m || !file || !DOC_EXT.test(file)) return undefined;
  const rest = w.slice(m[0].length).trim().replace(/[.;]$/, '');
  if (!HOLDS.test(rest) || CHANGE.test(rest) || bareFileName(item)) return undefined;
  const path = anywhere(file);
  return {
    check: { kind: 'repo.files-exist', paths: [path] },
    rule: 'repo.document-holds',
    matched: [file.toLowerCase(), rest.toLowerCase()],
    note: `checks that ${path} exists; what it holds is for a person to read${path.startsWith('**/') ? ' (no folder is named: any folder will do)' : ''}`,
  };
};

/** Words that name a document ("Architecture documentation", "Test results", "Runbook"). */
const DOC_NOUN =
  /\b(?:documentation|docs|documented|guide|notes|results|report|runbook|playbook|handbook|manual|spec(?:ification)?|overview|summary|readme)\s*$/;

/**
 * A document's noun with its file in parentheses ("Architecture documentation
 * (`vscode_plugin_architecture.md`)", "UAT test results documented (`UAT_TEST_RESULTS.md`)"): that file is
 * the document, and it is in place. (A code file after a noun names what the code does: it stays manual.)
 */
export const documentInParentheses: Rule = (item) => {
  if (TO_DO.test(item.context)) return undefined;
  const w = words(item);
  const m = /^([A-Za-z][\w\s/&-]{2,60}?)\s*\(\s*`?([\w./-]{3,120})`?\s*\)\s*[.;]?$/.exec(w);
  const file = m?.[2] ? fileName(m[2]) : undefined;
  if (!m?.[1] || !file || !DOC_EXT.test(file)) return undefined;
  // ("Runbook available (`docs/runbook.md`)", "Deployment guide written (`DEPLOY.md`)": the noun, then its state.)
  const noun = m[1]
    .toLowerCase()
    .trim()
    .replace(
      /\s+(?:is |are )?(?:available|written|ready|provided|complete|completed|done|added|created|in place|present)$/,
      '',
    );
  if (!DOC_NOUN.test(noun) || /^(?:write|create|add|update|review|read|draft|prepare)\b/.test(noun))
    return undefined;
  const path = anywhere(file);
  return {
    check: { kind: 'repo.files-exist', paths: [path] },
    rule: 'repo.document-named',
    matched: [noun, file.toLowerCase()],
    ...(path.startsWith('**/') ? { note: `no folder is named: ${file} in any folder will do` } : {}),
  };
};

/**
 * "API endpoints documented in `docs/api.md`", "Architecture described in docs/ARCHITECTURE.md": the
 * document that holds it is in place; whether it says enough is for a person.
 */
export const documentedIn: Rule = (item) => {
  if (TO_DO.test(item.context)) return undefined;
  const m =
    /^([A-Za-z][\w\s/&,-]{2,80}?) (?:is |are )?(?:documented|described|written up|explained) in (?:the )?`?([\w./-]{3,120})`?\s*[.;]?$/.exec(
      words(item),
    );
  const file = m?.[2] ? fileName(m[2]) : undefined;
  if (!m?.[1] || !file || !DOC_EXT.test(file)) return undefined;
  if (/^(?:write|create|add|update|review|read|draft|prepare|document|describe)\b/i.test(m[1]))
    return undefined;
  const path = anywhere(file);
  return {
    check: { kind: 'repo.files-exist', paths: [path] },
    rule: 'repo.document-named',
    matched: [m[0].toLowerCase()],
    note: `checks that ${path} exists; what it says is for a person to read`,
  };
};
