import {
  bareFileName,
  envNotCommitted,
  fileExists,
  noDumps,
  pathKeptOut,
  pathNamed,
  pathUnderPresent,
  projectElements,
  readmeHolds,
  templatesExist,
} from './repo.js';
import { dependencyInManifest, settingInForce, typescriptStrict } from './manifest.js';
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
    ) ||
    // "`application-prod.properties` - reviewed": a person's act on the file, not the file being there.
    /^(?:updated|reviewed|checked|verified|audited|approved|edited|rewritten|fixed|validated|tested)\b/.test(
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
  // (An icon or image without its folder is in a folder of assets: any folder will do.)
  const asset = !part && !file.includes('/') && ASSET_EXT.test(file);
  const path = asset ? `**/${file}` : part && !/root/.test(part) ? `${part}/${file}` : file;
  return {
    check: { kind: 'repo.files-exist', paths: [path] },
    rule: 'repo.document-listed',
    matched: [m[0].trim().toLowerCase(), item.near],
    note: part
      ? `"(${remark})" is read as the folder the file is in`
      : asset
        ? `an image named in a list under "${item.near}": looked for in any folder`
        : `a file named in a list under "${item.near}": read as being at the root of the repository`,
  };
};

/** What a document is said to hold, after its name: "with contribution guidelines", "comprehensive and up to date". */
const HOLDS =
  /^(?:with|containing|covering|including|describing|documenting)\s+[a-z][\w\s,&/'-]{2,80}$|^(?:comprehensive|detailed|thorough)\s+and\s+(?:up[- ]to[- ]date|current|clear)$/i;

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
  // The file as written: a name without a folder is at the root ("RELEASE.md with the release process").
  return {
    check: { kind: 'repo.files-exist', paths: [file] },
    rule: 'repo.document-holds',
    matched: [file.toLowerCase(), rest.toLowerCase()],
    note: `checks that ${file} exists; what it holds is for a person to read`,
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
  // The file as written: a name without a folder is at the root.
  return {
    check: { kind: 'repo.files-exist', paths: [file] },
    rule: 'repo.document-named',
    matched: [noun, file.toLowerCase()],
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
  return {
    check: { kind: 'repo.files-exist', paths: [file] },
    rule: 'repo.document-named',
    matched: [m[0].toLowerCase()],
    note: `checks that ${file} exists; what it says is for a person to read`,
  };
};

/*
 * Files by grammar: a SUBJECT (a file's name as written, a well-known bare name, or a tool whose settings are
 * a file), a PREDICATE (a state: created, added, included, present, committed…; or what the file is for:
 * "for …", "with …", "to exclude …"), and nothing that BLOCKS (a negation, a condition, a change or a review
 * of what the file holds). Each part is its own small pattern; the rule joins them.
 */

/** Extensions of files a checklist says are in place (not code: what code does is another claim). */
const FILE_EXT =
  /\.(?:md|markdown|mdx|rst|adoc|txt|pdf|ya?ml|json|jsonc|json5|toml|ini|cfg|conf|lock|xml|properties|gradle|kts|sh|ps1|bat|png|jpe?g|svg|ico|gif|webp|webmanifest|html?|csv|example|sample|template|dist)$/i;

/** Images and icons: they live in a folder of assets, so a bare name is looked for in any folder. */
const ASSET_EXT = /\.(?:png|jpe?g|svg|ico|gif|webp|webmanifest)$/i;

/** Names people write without an extension that are files of the root (as written, case kept). */
const BARE_NAME =
  /^(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CODEOWNERS|Makefile|GNUmakefile|Dockerfile|Containerfile|Gemfile|Procfile|Justfile|justfile|Vagrantfile|Brewfile|Rakefile|Pipfile|\.editorconfig|\.gitattributes|\.gitignore|\.dockerignore|\.npmignore|\.helmignore|\.vsixignore|\.nvmrc|\.node-version|\.python-version|\.ruby-version|\.tool-versions|\.npmrc|\.prettierrc|\.eslintrc|\.pre-commit-config\.yaml|\.gitlab-ci\.yml)$/;

/** A token of the item as written that may be a file: letters, digits, `.`, `/`, `_`, `-`. */
const TOKEN = /(?:^|[\s(,"'[])([\w./-]{2,120})(?=$|[\s),:;!?"'\]])/g;

/** Files a change is claimed of elsewhere, or that are never in the repository. */
const NOT_SUBJECT =
  /(?:^|\/)\.env(?:\.[\w.-]+)?$|^(?:changelog|history|changes|news)\.md$|^(?:robots|humans|ads|llms|security)\.txt$|^sitemap\.xml$/i;

/** A file's name as the item writes it, or undefined. */
function subjectFile(token: string): string | undefined {
  const f = token.replace(/[.]+$/, '').replace(/^\.\//, '');
  if (f.length < 2 || f.includes('..') || f.startsWith('/') || f.includes('//')) return undefined;
  if (NOT_SUBJECT.test(f)) return undefined;
  if (BARE_NAME.test(f.slice(f.lastIndexOf('/') + 1))) return f;
  if (!FILE_EXT.test(f) || !/^[\w./-]*[\w-]\.[A-Za-z]\w{0,12}$/.test(f)) return undefined;
  // ("Node.js", "socket.io", "example.com" are not files; the extension list leaves them out.)
  return f;
}

/** Words that may come before the subject: an article, "new", "root". */
const SUBJECT_WORD = /^(?:the|a|an|our|new|project|root|repository|repo|repo's|project's|there)$/;
/** Past forms before the subject that say it is there: "Added `.editorconfig`", "Committed `uv.lock`". */
const MADE_WORD =
  /^(?:added|created|committed|included|provided|wrote|written|add|create|commit|include|provide|is|are|has|have|contains|includes|ships)$/;
/** A noun phrase of what the file is, before its name: "Helm chart `charts/app/Chart.yaml` present". */
const HOLDER_BEFORE =
  /^(?:the |a |an )?[a-z][a-z /-]{0,40}? (?:workflow|config|configuration|file|template|chart|manifest|policy|guide|script|icon|logo|image|lockfile|settings)s?$/;

/** Words for what the file is, between its name and the predicate ("`LICENSE` file included", "ci.yml workflow created"). */
const FILE_NOUN =
  /^(?:files?|workflows?|config(?:uration)?(?: file)?|settings file|templates?|documents?|docs?|guide|manifest|lock ?file|script|policy|definition)\b\s*/;

/** A state of being there. */
const STATE =
  /^(?:(?:is|are|has been|have been|was|were|now|also)\s+)?(?:created|added|included|present|exists?|in place|committed|checked in|provided|available|configured|set up|defined|written|complete|ready|active|enabled|generated|in (?:the )?(?:repo(?:sitory)?|project|root(?: folder| directory)?)|at (?:the )?(?:repo(?:sitory)? |project )?root)\b/;

/** What the file is for or holds, after its name: "for local development", "with common commands", "to exclude …". */
const PURPOSE =
  /^(?:for|with|containing|covering|describing|documenting|listing|explaining|defining|excludes|ignores|lists|covers|defines|describes|documents|explains|(?:that|which) (?:covers|explains|describes|documents|lists|defines|excludes))\s+[a-z0-9]|^to (?!be\b|the\b|a\b|an\b|do\b|production\b|prod\b|staging\b|main\b|git\b|it\b|make sure\b|ensure\b|verify\b|check\b|confirm\b|see\b|find\b|match\b|reflect\b|include\b)[a-z]{3,}\b/;

/** Nouns of things that are files: "Security scan workflow", "CI configuration", "App icon". */
const FILE_HOLDER =
  /\b(?:workflows?|pipelines?|jobs?|actions?|config(?:uration)?|settings|files?|templates?|polic(?:y|ies)|manifest|guides?|documents?|documentation|docs|readme|notes|scripts?|icons?|logo|favicon|images?|banner|screenshots?|licen[cs]e|lock ?file|ci|cd|ci\/cd)$/;

/** Nouns of documents: "API reference", "Runbook", "Upgrade guide", "Release notes", "Architecture overview". */
const DOC_HOLDER =
  /\b(?:reference|runbook|playbook|handbook|guide|guidelines|instructions|manual|docs|documentation|notes|overview|spec(?:ification)?|readme|policy|faq|glossary|tutorial|walkthrough|diagram)$/;

/** What may follow a state: the end, a remark in parentheses, a purpose, "and up to date". */
const AFTER_STATE =
  /^\s*(?:$|[.;!]|\(|[-–—:]\s|(?:with|for|to|in|at|on|under|containing|covering|describing|listing|from)\s|and (?:up[- ]to[- ]date|current|committed|documented|pushed|tested|working|valid|in place|configured)\b)/;

/**
 * Words that block the claim: a negation, a condition, a plan, a change or review of what the file holds
 * ("updated", "reviewed", "matches"), a judgement of its content ("correct", "accurate", "optimized").
 */
const BLOCK =
  /\b(?:if|when|unless|whether|optional(?:ly)?|recommended|applicable|to be|will|should|could|todo|tbd|later|not|no|never|none|without|missing|lacking|removed?|deleted?|delete|remove|updated?|updating|bump(?:ed)?|review(?:ed|ing)?|audit(?:ed)?|approved|signed|matches|match(?:ing)?|in sync|synced|outdated|stale|broken|fix(?:ed)?|link(?:s|ed)? to|points? to|copied|copy|renamed?|moved?|migrated?|merged|tagged|published|deployed|uploaded|pushed to|served|accessible|reachable|loads?|returns?|responds?)\b/;

/** A scope beyond the repository: a file in the package, the image, the build ("README.md included in package"). */
const OTHER_SCOPE =
  /\b(?:in|into|inside) (?:the )?(?:npm |published |docker |release |final )?(?:package|bundle|build|image|container|vsix|extension|release|artifacts?|archive|zip|tarball|distribution|dist|server|production|prod)\b/;

/** Words of what other rules check, in what a file is said to hold: headers, TLS, limits, health checks. */
const OTHER_CLAIM =
  /\b(?:headers?|hsts|csp|tls|ssl|https|cors|rate[- ]limit\w*|gzip|brotli|compression|cach\w+|health ?checks?|redirects?|multi-stage|non-root|restart|strict mode|secrets?|passwords?|tokens?|variables?|env vars?|failures?|errors?|warnings?|pass(?:es|ing)?)\b/;

/** Judgements of what a file holds: "composer.json with correct dependencies", ".dockerignore optimized". */
const JUDGED =
  /\b(?:consistent|correct|incorrect|accurate|valid|invalid|optimi[sz]ed|minimal|clean(?:ed)?|appropriate|sufficient|good|right|proper)\b/;

/**
 * Things named by what they are whose files have a known name or place: tools that read their settings
 * from a file (Dependabot, Renovate), the code owners file, a Compose file, GitHub Actions workflows, a
 * Helm chart, a licence file.
 */
const TOOL_FILES: Array<[RegExp, string[]]> = [
  [/^(?:github )?dependabot(?: config(?:uration)?| file| version updates)?$/, ['.github/dependabot.yml']],
  [/^(?:a |the )?(?:codeowners|code owners)(?: file)?$/, ['{CODEOWNERS,.github/CODEOWNERS,docs/CODEOWNERS}']],
  [
    /^(?:a |the )?(?:docker[- ]?compose|compose)(?: file| config(?:uration)?| setup| stack)$/,
    ['{docker-compose,compose}.{yml,yaml}'],
  ],
  [
    /^(?:the )?(?:github actions?|gh actions)(?: ci)?(?: workflows?| pipelines?)?$|^(?:the )?(?:ci |release |deploy(?:ment)? |build |test )?workflow files?$/,
    ['.github/workflows/*'],
  ],
  [/^(?:a |the )?helm charts?$/, ['**/Chart.yaml']],
  [/^(?:a |the )?(?:licen[cs]e) file$/, ['LICENSE*']],
  [/^(?:an? |the )?editorconfig(?: file)?$/, ['.editorconfig']],
  [/^(?:the )?pre-?commit config(?:uration)?(?: file)?$/, ['.pre-commit-config.yaml']],
  [
    /^renovate(?: ?bot)?(?: config(?:uration)?| file)?$/,
    [
      '{renovate.json,renovate.json5,.github/renovate.json,.github/renovate.json5,.renovaterc,.renovaterc.json}',
    ],
  ],
];

/** A tool's name, then its state and the rest. */
const TOOL_SUBJECT =
  /^([a-z][a-z -]{2,40}?) ((?:is |are |has been |have been )?(?:configured|enabled|set up|active|in place|added|present|turned on|installed|created|included|committed|exists?|provided|available|written|defined))\b(.*)$/;

/** A tool's name, then what it is for: "Docker Compose file for local dev". */
const TOOL_PURPOSE = /^([a-z][a-z -]{2,40}?) (for|with) ([a-z0-9].{0,80})$/;

/** A tool's state: "Dependabot is configured for updates", "Dependabot enabled", "Renovate set up". */
const TOOL_STATE =
  /^(?:(?:is|are|has been|have been)\s+)?(?:configured|enabled|set up|active|in place|added|present|turned on|on|installed|created|included|committed|exists?|provided|available|written|defined)\b/;

/** Where a file lives by what it is, when the item names it without its folder. */
function placed(file: string, rest: string, item: ItemFacts): string {
  // "ci-cd.yml workflow created", a YAML file's name under "GitHub Actions": a workflow of the repository.
  if (
    !file.includes('/') &&
    /\.ya?ml$/i.test(file) &&
    (/^workflows?\b/.test(rest) || /\bgithub actions\b|\bworkflows?\b/.test(item.near))
  )
    return `.github/workflows/${file}`;
  if (!file.includes('/') && ASSET_EXT.test(file)) return `**/${file}`;
  return file;
}

/** The subjects at the start of `s` ("`LICENSE` and `NOTICE` files"), and what follows them. */
function leadingSubjects(s: string): { files: string[]; rest: string; made: string | undefined } | undefined {
  const files: string[] = [];
  let rest = s;
  let made: string | undefined;
  for (const m of s.matchAll(TOKEN)) {
    const file = m[1] ? subjectFile(m[1]) : undefined;
    const at = (m.index ?? 0) + m[0].length;
    if (files.length === 0) {
      if (!file) continue;
      // Before the first subject only articles, and at most one past form that says it is there.
      const before = s
        .slice(0, at - (m[1]?.length ?? 0))
        .toLowerCase()
        .split(/[^a-z']+/)
        .filter(Boolean);
      const holder = HOLDER_BEFORE.test(before.join(' '));
      for (const w of holder ? [] : before) {
        if (MADE_WORD.test(w) && made === undefined) made = w;
        else if (!SUBJECT_WORD.test(w)) return undefined;
      }
      files.push(file);
      rest = s.slice(at);
      continue;
    }
    // The next subject only after "and", "&", "," or "/": "`LICENSE` and `NOTICE`".
    if (m[1] === 'and' || m[1] === '&') continue;
    const between = s.slice(s.length - rest.length, at - (m[1]?.length ?? 0));
    if (!file || !/^\s*(?:,|&|\/|and|,\s*and)\s*$/.test(between) || files.length >= 6) break;
    files.push(file);
    rest = s.slice(at);
  }
  return files.length > 0 ? { files, rest: rest.trim(), made } : undefined;
}

/** Other rules of files: when one of them reads the item, this one leaves it to it. */
const OTHER_FILE_RULES: Rule[] = [
  fileExists,
  readmeHolds,
  templatesExist,
  bareFileName,
  pathUnderPresent,
  pathNamed,
  pathKeptOut,
  noDumps,
  envNotCommitted,
  documentListed,
  documentHolds,
  documentInParentheses,
  documentedIn,
  projectElements,
  typescriptStrict,
  dependencyInManifest,
  settingInForce,
];

/** Words of the item as written for the grammar: marks, bold and ticks dropped. */
const plainWords = (item: ItemFacts) =>
  words(item)
    .replace(/[*`]/g, '')
    .replace(/^\s*(?:\[[ xX]\]\s*)?/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // A label before the claim: "Docs: RUNBOOK.md created", "Repo hygiene - .editorconfig added".
    .replace(LABEL_LEAD, (m) => (CLAIM_WORD.test(m.toLowerCase()) ? m : ''));

/** A short label before the claim ("Docs:", "Hygiene -"). */
const LABEL_LEAD = /^[A-Za-z][\w /&-]{0,30}?(?::| [-–—]) (?=\S)/;
/** Words that make a label a claim of its own: "Browser script passes:". */
const CLAIM_WORD =
  /\b(?:pass(?:es|ed|ing)?|works?|runs?|succeeds?|green|clean|fails?|builds?|loads?|responds?|returns?)\b/;

/**
 * A file said to be in place, by grammar: "TESTING_SUMMARY.md created", "`LICENSE` file included",
 * "docker-compose.yml for local development", ".editorconfig for consistent coding styles", "Makefile with
 * common commands", "Gemfile.lock committed and up to date", "ci-cd.yml workflow created" (a workflow),
 * "Security scan workflow active (`.github/workflows/security-scan.yml`)", "Dependabot is configured",
 * "Dockerfiles created (backend and frontend)", "500 page template exists", an icon's name with its size.
 */
export const fileGrammar: Rule = (item) => {
  if (TO_DO.test(item.context)) return undefined;
  const s = plainWords(item);
  const low = s.toLowerCase();
  const lead = low.replace(/^(?:(?:ensure|verify|confirm|check|make sure)(?: that)? )/, '');
  const found = fileClaim(item, s, low, lead);
  if (!found) return undefined;
  if (OTHER_FILE_RULES.some((r) => r(item) !== undefined)) return undefined;
  return {
    check: { kind: 'repo.files-exist', paths: found.paths },
    rule: 'repo.file-grammar',
    matched: found.matched,
    ...(found.note ? { note: found.note } : {}),
  };
};

function fileClaim(
  item: ItemFacts,
  s: string,
  low: string,
  lead: string,
): { paths: string[]; matched: string[]; note?: string } | undefined {
  // A tool whose settings are a file: "Dependabot is configured for updates", "Dependabot enabled".
  // (A file's name as written comes first: "`LICENSE` file included" is that file, not any licence file.)
  const named = leadingSubjects(s.replace(/^(?:(?:ensure|verify|confirm|check|make sure)(?: that)? )/i, ''));
  // ("Docker Compose file for local dev", "GitHub Actions workflow for CI": a purpose says it is there too.)
  const tool = named ? null : (TOOL_SUBJECT.exec(lead) ?? TOOL_PURPOSE.exec(lead));
  for (const [re, paths] of tool?.[1] ? TOOL_FILES : []) {
    const m = tool as RegExpExecArray;
    if (!m[1] || !re.test(m[1]) || !(TOOL_STATE.test(m[2] ?? '') || /^(?:for|with)$/.test(m[2] ?? '')))
      continue;
    if (/^(?:for|with)$/.test(m[2] ?? '') && OTHER_CLAIM.test(m[3] ?? '')) return undefined;
    // ("Dependabot alerts enabled", "security updates": settings of the repository on GitHub, not a file.)
    if (/\b(?:alerts?|security updates|secrets?|in (?:the )?(?:github )?settings|dashboard)\b/.test(low))
      return undefined;
    if (BLOCK.test(m[3] ?? '')) return undefined;
    // (Condition and judgement words block here as for a file's name.)
    if (/\b(?:if|when|unless|optional|recommended)\b/.test(low) || JUDGED.test(m[3] ?? '')) return undefined;
    return { paths, matched: [m[0].slice(0, 60)], note: `${m[1]} is looked for as ${paths[0]}` };
  }
  // A condition blocks wherever it is written, in parentheses too: "(if open source)", "(recommended)".
  if (/\b(?:if|when|unless|whether|optional|recommended|applicable|as needed)\b/.test(low)) return undefined;
  const outside = low.replace(/\([^()]*\)/g, ' ');
  // (A judgement of what the file holds blocks, but not the purpose it serves: "for consistent coding styles".)
  if (
    BLOCK.test(outside) ||
    OTHER_SCOPE.test(outside) ||
    JUDGED.test(outside.replace(/\b(?:for|to) .*$/, ''))
  )
    return undefined;
  // "Dockerfiles created (backend and frontend)": one in each part.
  const dockerfiles =
    /^(dockerfiles?|containerfiles?) (?:(?:is|are|have been|has been) )?(?:created|added|present|in place|exists?|committed|written|included)(?:\s*\([^()]{1,80}\))?\s*[.;]?$/.exec(
      lead,
    );
  if (dockerfiles?.[1]) {
    const plural = dockerfiles[1].endsWith('s');
    const name = dockerfiles[1].startsWith('docker') ? 'Dockerfile' : 'Containerfile';
    return { paths: [plural ? `**/${name}*` : name], matched: [dockerfiles[0]] };
  }
  // "500 page template exists", "404 page created": the page's file, in any folder.
  const page =
    /^(404|500|502|503|offline|maintenance) (?:error )?page(?: template| file)? (?:(?:is|has been) )?(?:created|added|present|in place|exists?|included|provided)\s*[.;]?$/.exec(
      lead,
    );
  if (page?.[1])
    return {
      paths: [`**/${page[1]}.*`],
      matched: [page[0]],
      note: `looks for a file named ${page[1]} (any extension, any folder)`,
    };
  // "Security scan workflow active (`.github/workflows/security-scan.yml`)": a noun, its state, its file.
  const noun =
    /^([a-z][\w\s/&-]{1,50}?) (?:(?:is|are) )?(active|enabled|configured|set up|in place|included|added|created|present|committed|provided|available|defined|written)\s*\(\s*([\w./-]{3,120})\s*\)\s*[.;]?$/.exec(
      lead,
    );
  const [, what, state0, written] = noun ?? [];
  if (what && state0 && written && FILE_HOLDER.test(what)) {
    // The file's name as the item writes it (the match is of the lower-cased words).
    const at = low.lastIndexOf(written);
    const original = at >= 0 ? subjectFile(s.slice(at, at + written.length)) : undefined;
    if (original)
      return {
        paths: [!original.includes('/') && ASSET_EXT.test(original) ? `**/${original}` : original],
        matched: [what, state0, written],
      };
  }
  // "API reference in `docs/api.md`", "Runbook at docs/runbook.md": a document's noun, then where it is.
  const where =
    /^([a-z][\w\s/&-]{1,50}?) (?:is |are |lives |sits )?(?:in|at|under) (?:the )?([\w./-]{3,120})\s*[.;]?$/.exec(
      lead,
    );
  if (
    where?.[1] &&
    where[2] &&
    DOC_HOLDER.test(where[1]) &&
    !/^(?:add|write|create|update|put|move|link)\b/.test(where[1])
  ) {
    const at = low.lastIndexOf(where[2]);
    const original = at >= 0 ? subjectFile(s.slice(at, at + where[2].length)) : undefined;
    if (original && /[./]/.test(original)) return { paths: [original], matched: [where[1], where[2]] };
  }
  // "Upgrade guide (`UPGRADING.md`) written": a noun, its file, then its state.
  const then =
    /^([a-z][\w\s/&-]{1,50}?) \(\s*([\w./-]{3,120})\s*\) (?:is |are |has been )?(written|added|created|included|in place|present|provided|available|committed|ready|complete)\s*[.;]?$/.exec(
      lead,
    );
  if (then?.[1] && then[2] && (DOC_HOLDER.test(then[1]) || FILE_HOLDER.test(then[1]))) {
    const at = low.lastIndexOf(then[2]);
    const original = at >= 0 ? subjectFile(s.slice(at, at + then[2].length)) : undefined;
    if (original) return { paths: [original], matched: [then[1], then[2], then[3] ?? ''] };
  }
  const subj = named;
  if (!subj) return undefined;
  // ("docker-compose.yml - configured": a dash or a colon between the name and its state.)
  const rest = subj.rest.toLowerCase().replace(/^[-–—:]\s+/, '');
  const afterNoun = rest.replace(FILE_NOUN, '');
  const state = STATE.exec(afterNoun);
  const purpose = PURPOSE.exec(afterNoun);
  const names = subj.files.map((f) => f.toLowerCase());
  let said: string | undefined;
  const docker = subj.files.some((f) => /^(?:Dockerfile|Containerfile)$/.test(f));
  if (subj.made) {
    // "Added `.editorconfig`", "Created RUNBOOK.md for the on-call team": the past form says it is there.
    if (
      !/^$|^[.;]$|^\(|^(?:for|with|containing|covering|describing|listing) |^(?:to|in|at) (?:the )?(?:repo(?:sitory)?|root|project)\b/.test(
        afterNoun,
      ) ||
      docker
    )
      return undefined;
    said = subj.made;
  } else if (state) {
    const after = afterNoun.slice(state[0].length);
    // ("Dockerfile created with multi-stage build": what the image is built with is the container rule's.)
    // ("`nginx.conf` configured for gzip": what it is configured for is another rule's claim.)
    if (!AFTER_STATE.test(after) || OTHER_CLAIM.test(after)) return undefined;
    // ("secrets.json added to the vault": put somewhere else, not into the repository.)
    if (
      /^\s*(?:to|into)\s+(?!(?:the\s+)?(?:repo(?:sitory)?|git|project|root|version control|source control)\b)/.test(
        after,
      )
    )
      return undefined;
    if (docker && /\S/.test(after.replace(/\([^()]*\)/g, '').replace(/[.;]/g, ''))) return undefined;
    said = state[0].trim();
  } else if (purpose) {
    // ("`nginx.conf` with HSTS headers", "compose.yaml with restart policies": what it holds is another
    // rule's claim, checked there.)
    if (docker || OTHER_CLAIM.test(afterNoun)) return undefined;
    said = afterNoun.split(/\s+/).slice(0, 2).join(' ');
  } else if (
    // "`apple-touch-icon-precomposed.png` (152×152)": an asset's name alone, with its size or use.
    subj.files.length === 1 &&
    ASSET_EXT.test(subj.files[0] as string) &&
    /^\(\s*[^()]{1,60}\)\s*[.;]?$|^$/.test(rest) &&
    item.code.some((c) => c.trim() === subj.files[0])
  )
    said = rest.trim() || 'named';
  if (!said) return undefined;
  // (An environment's own settings, "configured", are set up where it runs: "appsettings.Production.json configured".)
  if (
    /^(?:configured|set up|active|enabled)$/.test(said.replace(/^(?:is|are|has been|have been) /, '')) &&
    subj.files.some((f) => ENV_OWN.test(f))
  )
    return undefined;
  return {
    paths: subj.files.map((f) => placed(f, rest, item)),
    matched: [...names, said.slice(0, 40)],
  };
}

/** A settings file of one environment: `appsettings.Production.json`, `config/staging.yml`. */
const ENV_OWN =
  /(?:^|[/._-])(?:production|prod|staging|local|development|dev)(?:\.|[._-][^/]*\.)(?:json|ya?ml|toml|ini|config|conf|properties|xml)$/i;
