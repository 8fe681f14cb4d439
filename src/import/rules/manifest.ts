import { phrase, type ItemFacts, type Rule } from './types.js';

/**
 * Values of the project's manifests: package.json fields written as `Label: "value"` under a parent about
 * the package's metadata, package.json fields said to be configured, and TypeScript's strict mode in
 * tsconfig.json. Every pattern is a plain regular expression.
 */

/**
 * A parent about the package or extension manifest ("Extension metadata accurate:", "package.json fields"),
 * in an outline about a package (not a page's metadata: "SEO metadata" › `Description: "…"`).
 */
const MANIFEST_NEAR = /\bpackage\.json\b|\bmanifest\b|\bmetadata\b|\bfields\b/;
const MANIFEST =
  /\bpackage\.json\b|\bmanifest\b|\bextension\b|\bpackag(?:e|ing)\b|\bnpm\b|\bmarketplace\b|\bvsix\b/;
const PAGE_META = /\bseo\b|\bmeta tags?\b|\bopen ?graph\b|\bog\b|\bpages?\b|\bhtml\b|\bsocial\b/;

/** A section about a package or an extension as a whole ("Extension Package", "Packaging & Distribution"). */
const PACKAGING =
  /\bpackage\.json\b|\bmanifest\b|\bmetadata\b|\bextension\b|\bpackag(?:e|ing)\b|\bmarketplace\b/;

/** In the outline about the package, in a document of a Node project (or one whose words name no other stack). */
const inNodePackage = (item: ItemFacts, context: RegExp) =>
  context.test(item.context) &&
  (item.doc.stack === 'node' || item.doc.stack === undefined || /\bpackage\.json\b/.test(item.context));

/** Labels of package.json's own fields, as people write them. */
const FIELDS: Array<[RegExp, string]> = [
  [/^(?:package |extension )?name$/, 'name'],
  [/^display ?name$/, 'displayName'],
  [/^version$/, 'version'],
  [/^publisher$/, 'publisher'],
  [/^licen[cs]e$/, 'license'],
  [/^description$/, 'description'],
];

/** The package.json field a label names, if any. */
const fieldOf = (label: string) => FIELDS.find(([re]) => re.test(label))?.[1];

/**
 * `Name: "reposense"`, `Version: "1.0.0"` under "Extension metadata accurate:": package.json has that
 * value. (A label with no quoted value, "Description clear and compelling", is a judgement.)
 */
export const packageMetadata: Rule = (item) => {
  if (!inNodePackage(item, MANIFEST) || !MANIFEST_NEAR.test(item.near) || PAGE_META.test(item.context))
    return undefined;
  const m =
    /^[^A-Za-z0-9]*([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?:"([^"]{1,120})"|“([^”]{1,120})”|`([^`]{1,120})`)\s*$/.exec(
      item.raw,
    );
  if (!m?.[1]) return undefined;
  const label = m[1].toLowerCase().trim();
  const field = fieldOf(label);
  const value = m[2] ?? m[3] ?? m[4];
  if (!field || value === undefined || !value.trim()) return undefined;
  const near = item.near.replace(/^[^a-z0-9]+/, '');
  return {
    check: { kind: 'repo.value', file: 'package.json', path: field, equals: value },
    rule: 'repo.package-field',
    matched: [`${label}: "${value.toLowerCase()}"`, near],
    note: `read as package.json's ${field} under "${near}"`,
  };
};

/**
 * "`package.json` version is 2.1.0", "The license in package.json is MIT": that field has that value (quoted,
 * or one word; "bumped to" is the version-bump rule's).
 */
export const packageJsonValue: Rule = (item) => {
  const m =
    /^[^A-Za-z0-9]*(?:the )?package\.json(?:'s)? ([a-z][a-z ]{1,20}?)(?: field)? (?:is|=|:|set to|equals|reads) (?:"([^"]{1,120})"|“([^”]{1,120})”|([^\s"“”]{1,80}))\s*[.;]?$/.exec(
      item.raw,
    ) ??
    /^[^A-Za-z0-9]*(?:the )?([a-z][a-z ]{1,20}?)(?: field)? in package\.json (?:is|=|set to|equals|reads) (?:"([^"]{1,120})"|“([^”]{1,120})”|([^\s"“”]{1,80}))\s*[.;]?$/i.exec(
      item.raw,
    );
  if (!m?.[1]) return undefined;
  const label = m[1].toLowerCase().trim();
  const field = fieldOf(label);
  const value = (m[2] ?? m[3] ?? m[4])?.replace(/[.;,]$/, '');
  if (!field || !value) return undefined;
  // Unquoted, only a value that cannot be a state word: a version number, a licence's identifier
  // ("`package.json` version is bumped" is the version-bump rule's).
  if (
    m[4] !== undefined &&
    !(field === 'version' && /^v?\d+\.\d+/.test(value)) &&
    !(field === 'license' && /^(?:[A-Z]{2,}[\w.+-]*|[A-Z][a-z]+-\d[\w.-]*)$/.test(value))
  )
    return undefined;
  return {
    check: { kind: 'repo.value', file: 'package.json', path: field, equals: value },
    rule: 'repo.package-field',
    matched: [`${label}: ${value.toLowerCase()}`],
  };
};

/** Fields of package.json said to be in place by the name people give them. */
const PRESENT_FIELDS: Array<[RegExp, string]> = [
  [/^gallery ?banner$/, 'galleryBanner'],
  [/^bugs(?: url| link| field| page)?$|^issue tracker(?: url| link)?$/, 'bugs'],
  [/^homepage(?: url| link| field)?$/, 'homepage'],
  [/^repository(?: url| link| field)$/, 'repository'],
  [/^keywords(?: field)?$/, 'keywords'],
  [/^categories(?: field)?$/, 'categories'],
  [/^engines(?: field)?$/, 'engines'],
  [/^licen[cs]e field$/, 'license'],
  [/^author(?: field)?$/, 'author'],
  [/^description field$/, 'description'],
  [/^(?:main|module|types|exports|files|bin) field$/, ''],
];

/**
 * "Gallery banner configured", "Bugs URL configured", "Homepage link included" in a section about the
 * package or extension: package.json has the field. ("Repository URL correct", "Keywords optimized" are
 * judgements: no state word, manual.)
 */
export const packageFieldSet: Rule = (item) => {
  const named = /\bin (?:the )?package\.json\s*[.;]?$/.test(item.text);
  if (!named && !inNodePackage(item, PACKAGING)) return undefined;
  const m =
    /^[^a-z0-9]*([a-z][a-z ]{2,30}?) (?:is |are )?(?:configured|included|set|present|added|defined|specified|filled in)(?: in (?:the )?package\.json)?\s*[.;]?$/.exec(
      item.text,
    );
  if (!m?.[1]) return undefined;
  const name = m[1].replace(/^(?:the|a|an) /, '').trim();
  const found = PRESENT_FIELDS.find(([re]) => re.test(name));
  // ("`exports` field set": the field's own name, before the word "field".)
  const field = found?.[1] === '' ? name.replace(/ field$/, '') : found?.[1];
  if (!field) return undefined;
  return {
    check: { kind: 'repo.value', file: 'package.json', path: field, 'not-empty': true },
    rule: 'repo.package-field',
    matched: [m[0].replace(/^[^a-z0-9]*/, ''), item.near.replace(/^[^a-z0-9]+/, '')],
    note: `read as package.json's ${field} field, in a section about the package`,
  };
};

/**
 * "TypeScript strict mode enabled", "`strict: true` in tsconfig.json": tsconfig.json at the root sets
 * compilerOptions.strict. ("Type checking (strict mode)" names the check that runs, not the setting.)
 */
export const typescriptStrict: Rule = (item) => {
  const t = item.text;
  if (!/\b(?:typescript|tsconfig(?:\.json)?|ts)\b/.test(t)) return undefined;
  const said =
    phrase(
      t,
      /\b(?:typescript|tsconfig(?:\.json)?|ts)(?:'s| compiler)? (?:["'`]?strict["'`]?(?: mode)?|strict(?: type[- ]checking)?)(?: is| are)? (?:enabled|on|turned on|set|true|enforced)\b/,
    ) ??
    // "Strict TypeScript enabled", "TypeScript in strict mode".
    phrase(t, /\bstrict (?:typescript|ts)(?: mode)?(?: is)? (?:enabled|on|turned on|set|enforced)\b/) ??
    phrase(t, /^[^a-z0-9]*(?:typescript|ts) (?:is )?(?:in|set to|running in|using) strict mode\s*[.;]?$/) ??
    // "tsconfig.json with strict mode": the file named with the setting it holds.
    phrase(
      t,
      /^[^a-z0-9]*tsconfig(?:\.json)? (?:with|has|using|in) strict(?: mode| type[- ]checking)?(?: (?:on|enabled))?\s*[.;]?$/,
    ) ??
    phrase(
      t,
      /\bstrict(?: mode)?(?: is)? (?:enabled|on|turned on|set|true|enforced) in (?:the )?tsconfig(?:\.json)?\b/,
    ) ??
    phrase(
      t,
      /["'`]?strict["'`]?\s*:\s*true\b[^,;]{0,30}\btsconfig(?:\.json)?\b|\btsconfig(?:\.json)?\b[^,;]{0,30}["'`]?strict["'`]?\s*:\s*true\b/,
    );
  if (!said || /\bnot\b|\bno\b|\bdisabled\b|\boff\b/.test(t)) return undefined;
  return {
    check: {
      kind: 'repo.value',
      file: 'tsconfig.json',
      path: 'compilerOptions.strict',
      equals: true,
    },
    rule: 'repo.typescript-strict',
    matched: [said],
    note: 'reads the root tsconfig.json (comments allowed); a setting inherited through "extends" is not followed',
  };
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Manifests that declare a project's dependencies, by their base name. */
const MANIFEST_FILE =
  /^(?:pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|requirements(?:[-_.][\w-]+)?\.txt|pyproject\.toml|setup\.cfg|Pipfile|Cargo\.toml|go\.mod|Gemfile|composer\.json|package\.json|[\w.-]+\.csproj|Directory\.Packages\.props|pubspec\.yaml|mix\.exs|deps\.edn|project\.clj)$/;

/** A path to a manifest as written (`backend/pom.xml`, `Cargo.toml`), or undefined. */
function manifestPath(token: string): string | undefined {
  const f = token
    .trim()
    .replace(/^\.\//, '')
    .replace(/[.,;:]+$/, '');
  if (f.includes('..') || f.startsWith('/') || !/^[\w./-]{3,160}$/.test(f)) return undefined;
  return MANIFEST_FILE.test(f.slice(f.lastIndexOf('/') + 1)) ? f : undefined;
}

/** Nouns for what a dependency is, after its name. */
const DEPENDENCY_NOUN =
  /^(?:dependency|dependencies|package|library|driver|connector|client|crate|gem|module|plugin|starter|artifact|jar)$/;
/** Words that are not a dependency's name. */
const NOT_A_NAME =
  /^(?:all|every|each|any|the|a|an|no|new|unused|old|outdated|required|needed|missing|production|prod|dev|test|runtime|build|main|project|version|versions|dependency|dependencies|package|packages|library|libraries)$/;

/**
 * "PostgreSQL dependency enabled in `backend/pom.xml`", "`redis` crate added to `Cargo.toml`", "psycopg2
 * listed in requirements.txt": the manifest names the dependency (a pattern of its name in that file, any
 * case). Not a version of it ("Spring Boot version updated in pom.xml": a change), not a removal.
 */
export const dependencyInManifest: Rule = (item) => {
  const t = item.text.replace(/`/g, '');
  const m =
    /^[^a-z0-9@]*(?:the )?([a-z0-9@][\w.@/+-]{1,60}?)(?: ([a-z][\w-]{1,20}))? (?:is |are |has been |have been )?(enabled|added|included|present|declared|listed|installed|configured|defined|set up|in place)(?: (?:as a dependency|properly|correctly))? (?:in|to|into) (?:the )?([\w./-]{3,160})\s*[.;]?$/.exec(
      t,
    );
  if (!m?.[1] || !m[4]) return undefined;
  const name = m[1];
  if (m[2] && !DEPENDENCY_NOUN.test(m[2])) return undefined;
  // (A bare name with no noun only when it is written as code: "`psycopg2` listed in requirements.txt".)
  if (!m[2] && !item.code.some((c) => c.trim().toLowerCase() === name)) return undefined;
  if (NOT_A_NAME.test(name) || /\b(?:version|update|remove|not|no|if)\b/.test(t)) return undefined;
  const written = item.code.map((c) => manifestPath(c)).find(Boolean) ?? manifestPath(m[4]);
  const file = written && written.toLowerCase() === m[4].replace(/[.,;:]+$/, '') ? written : undefined;
  if (!file) return undefined;
  // package.json's dependencies are keys: the package rule reads them as values.
  if (/(?:^|\/)package\.json$/.test(file)) return undefined;
  return {
    check: { kind: 'repo.required-pattern', pattern: escapeRegex(name), files: [file], 'ignore-case': true },
    rule: 'repo.manifest-dependency',
    matched: [name, m[3] ?? 'in', file.toLowerCase()],
    note: `looks for "${name}" anywhere in ${file} (any case); the artifact's exact name may differ`,
  };
};

/** A setting as code: `unsafe_code = "forbid"`, `strict_mode: true` (lower case: capitals are variables). */
const SETTING = /^["']?([a-z][\w.-]{1,60})["']?\s*(=|:)\s*("[^"]{0,80}"|'[^']{0,80}'|[\w.-]{1,80})$/;
/** Files of settings by their extension, as the item names them. */
const SETTINGS_FILE =
  /^[\w./-]{1,160}\.(?:toml|ya?ml|ini|cfg|conf|properties|gradle|kts|xml)$|^(?:Cargo\.toml|setup\.cfg)$/;

/**
 * A setting said to be in force: "Confirm `unsafe_code = "forbid"` is enforced workspace-wide", "`debug =
 * false` set in `config/app.toml`": the line is in the file the item names (for Rust's lints, the workspace's
 * Cargo.toml). TypeScript's strict mode is its own rule; a variable in capitals is the environment's.
 */
export const settingInForce: Rule = (item) => {
  const t = item.text;
  const said = phrase(
    t,
    /\b(?:is |are )?(?:enforced|set|configured|enabled|present|defined|declared|in place|in effect|applied)\b|\bin (?:the )?[\w./-]{1,80}\.(?:json|toml|ya?ml|ini|cfg|conf|properties)\s*[.;]?$/,
  );
  if (
    !said ||
    /\b(?:not|no|never|if|unless|when|update|updated|change|changed|remove|removed|disabled?)\b/.test(t)
  )
    return undefined;
  const settings = item.code.map((c) => SETTING.exec(c.trim())).filter((m): m is RegExpExecArray => !!m);
  if (settings.length !== 1) return undefined;
  const [, key, sep, value] = settings[0] as RegExpExecArray;
  if (!key || !value || /^(?:strict|compileroptions)/i.test(key)) return undefined;
  // In a JSON file the setting is a value at its path: "`"private": true` set in `package.json`".
  const json =
    item.code.map((c) => c.trim()).find((c) => /^[\w./-]{1,160}\.json$/.test(c) && !c.includes('..')) ??
    /\b(package\.json|composer\.json|app\.json)\b/.exec(t)?.[1];
  if (json && sep === ':') {
    const raw = value.replace(/^["']|["']$/g, '');
    const equals = /^(?:true|false)$/.test(raw)
      ? raw === 'true'
      : /^-?\d+(?:\.\d+)?$/.test(raw)
        ? Number(raw)
        : raw;
    return {
      check: { kind: 'repo.value', file: json, path: key, equals },
      rule: 'repo.setting-in-force',
      matched: [`${key}: ${raw}`.toLowerCase(), said],
    };
  }
  const named = item.code.map((c) => c.trim()).find((c) => SETTINGS_FILE.test(c));
  const rustLint = /^(?:unsafe_code|missing_docs|unused_\w+|clippy::\w+|rust_2018_idioms|warnings)$/.test(
    key,
  );
  const files = named ? [named] : rustLint || item.doc.stack === 'rust' ? ['**/Cargo.toml'] : undefined;
  if (!files) return undefined;
  const v = value.replace(/^["']|["']$/g, '');
  const pattern = `^\\s*${escapeRegex(key)}\\s*${sep === ':' ? ':' : '='}\\s*["']?${escapeRegex(v)}["']?`;
  return {
    check: { kind: 'repo.required-pattern', pattern, files },
    rule: 'repo.setting-in-force',
    matched: [`${key} ${sep} ${v}`.toLowerCase(), said],
    note: named
      ? `looks for the line in ${named}`
      : `looks for the line in a Cargo.toml (the workspace's lints); a setting made in code (#![forbid(...)]) is not read`,
  };
};

/** Fields of package.json a checklist names without backticks. */
const PACKAGE_FIELD =
  /^(?:name|version|description|licen[cs]e|repository|homepage|bugs|author|keywords|files|main|module|types|typings|exports|bin|private|publishconfig|workspaces|type|sideeffects|funding|contributors)$/;
/** The words after a field's name that say it is there. */
const FIELD_SET =
  /^(?:field |entry |key |property )?(?:is |are |has been )?(?:set|present|configured|defined|declared|specified|filled in|added|included|populated)(?: in (?:the )?([\w./-]{3,80}))?\s*[.;]?$/;
/** A manifest that names a field first: "package.json has a `license` field", "Cargo.toml declares `rust-version`". */
const HAS_FIELD =
  /^(?:the )?([\w./-]{3,80}) (?:has|contains|includes|defines|declares|sets|specifies) (?:a |an |the )?([\w.@-]{2,60})(?: field| entry| key| property)?\s*[.;]?$/;
/** A field's name as written in a code span or a word: `sideEffects`, `rust-version`, "repository". */
const FIELD_NAME = /^(?:the )?["'`]?([A-Za-z@][\w.@-]{1,60})["'`]?(?= )/;

/** A toolchain's version said to be stated in its manifest, and the line that states it there. */
const TOOLCHAIN: Array<[RegExp, string, string]> = [
  [/^python(?: version)?$|^requires-python$/, 'pyproject.toml', '^\\s*requires-python\\s*='],
  [/^rust(?: version)?$|^rust-version$|^msrv$/, 'Cargo.toml', '^\\s*rust-version\\s*='],
  [/^go(?: version)?$/, 'go.mod', '^go\\s+\\d'],
];

/**
 * A field of a manifest said to be there, by grammar: the field ("`sideEffects`", "`repository` field",
 * "`rust-version`"), a word that it is set ("set", "present", "declared" …) or a manifest that has it, and
 * the manifest named (package.json; in a Node document a package.json field alone). JSON is read as a value
 * (not empty); TOML (pyproject.toml, Cargo.toml) and go.mod as the line that sets it. A toolchain's version
 * ("Python version pinned in pyproject.toml", "Go version set in go.mod") is that manifest's own field.
 */
export const manifestField: Rule = (item) => {
  const raw = item.raw
    .replace(/^[^A-Za-z0-9`"'.]+/, '')
    .replace(/\*\*/g, '')
    .trim();
  const t = raw.toLowerCase().replace(/`/g, '');
  if (/\b(?:not|no|never|if|unless|removed?|update[ds]?|bump\w*|correct|accurate|valid|matches)\b/.test(t))
    return undefined;
  let field: string | undefined;
  let file: string | undefined;
  let said: string | undefined;
  const has = HAS_FIELD.exec(raw.replace(/`/g, ''));
  if (has?.[1] && has[2] && manifestName(has[1])) {
    file = manifestName(has[1]);
    field = has[2];
    said = has[0];
  } else {
    // "Python version pinned in pyproject.toml": a toolchain's version, then its manifest.
    const version =
      /^(?:the )?(?:required |minimum )?(python|rust|go|msrv)(?: toolchain)? version (?:is |has been )?(?:pinned|set|specified|declared|stated|defined)(?: in (?:the )?([\w./-]{3,80}))?\s*[.;]?$/.exec(
        t,
      );
    if (version?.[1]) {
      const chain = TOOLCHAIN.find(([re]) => re.test(version[1] as string));
      if (!chain || (version[2] && version[2] !== chain[1].toLowerCase())) return undefined;
      return {
        check: { kind: 'repo.required-pattern', pattern: chain[2], files: [chain[1]] },
        rule: 'repo.manifest-field',
        matched: [version[0]],
        note: `looks for the line of ${chain[1]} that states the version`,
      };
    }
    const name = FIELD_NAME.exec(raw);
    const rest = name ? raw.slice(name[0].length).trim().toLowerCase().replace(/`/g, '') : '';
    const set = name?.[1] ? FIELD_SET.exec(rest) : null;
    if (!name?.[1] || !set) return undefined;
    field = name[1];
    said = `${name[1].toLowerCase()} ${set[0].trim()}`;
    file = set[1] ? manifestName(set[1]) : undefined;
    if (set[1] && !file) return undefined;
    // Without a file, a field of package.json written as code or called a field, in a Node document.
    if (!file) {
      const code = item.code.some((c) => c.trim().replace(/^["']|["']$/g, '') === field);
      if (
        item.doc.stack !== 'node' ||
        !PACKAGE_FIELD.test(field.toLowerCase()) ||
        (!code && !/^field\b/.test(rest))
      )
        return undefined;
      file = 'package.json';
    }
  }
  if (!field || !file || /^(?:engines|strict|compileroptions)/i.test(field)) return undefined;
  const chain = TOOLCHAIN.find(([re, f]) => re.test(field.toLowerCase()) && f === file);
  if (/\.json$/i.test(file))
    return {
      check: { kind: 'repo.value', file, path: field, 'not-empty': true },
      rule: 'repo.manifest-field',
      matched: [said ?? field],
    };
  return {
    check: {
      kind: 'repo.required-pattern',
      pattern: chain ? chain[2] : `^\\s*${escapeRegex(field)}\\s*=`,
      files: [file],
    },
    rule: 'repo.manifest-field',
    matched: [said ?? field],
    note: `looks for the line of ${file} that sets ${field}`,
  };
};

/** A manifest's name as the item writes it (package.json, composer.json, pyproject.toml, Cargo.toml, go.mod). */
function manifestName(s: string): string | undefined {
  const f = s.replace(/[.,;:]+$/, '');
  if (f.includes('..') || f.startsWith('/')) return undefined;
  const base = f.slice(f.lastIndexOf('/') + 1).toLowerCase();
  const known: Record<string, string> = {
    'package.json': 'package.json',
    'composer.json': 'composer.json',
    'app.json': 'app.json',
    'pyproject.toml': 'pyproject.toml',
    'cargo.toml': 'Cargo.toml',
    'go.mod': 'go.mod',
  };
  const name = known[base];
  return name ? `${f.slice(0, f.lastIndexOf('/') + 1)}${name}` : undefined;
}
