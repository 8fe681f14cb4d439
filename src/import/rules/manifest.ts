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
