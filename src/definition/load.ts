import path from 'node:path';
import type { Registry } from '../checks/registry.js';
import { isProbeScheme } from '../checks/net/target-url.js';
import { oneLine, quote, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { parseFileDef, type FileDef } from './file-def.js';
import { interpolate } from './interpolate.js';
import {
  isAfterDeploy,
  type AppliesTo,
  type Checklist,
  type Item,
  type Section,
  type SourcePosition,
} from './model.js';
import { didYouMean } from './suggest.js';

/** How the loader reads a file: the text, or why it could not. Supplied by the edge (fs, git, tests). */
export type ReadFile = (file: string) => { text: string } | { error: string };

export interface LoadOptions {
  readFile: ReadFile;
  registry: Registry;
  /** Built-in checklists by name (`extends: production-web-service`) → the file that holds each. */
  builtins: ReadonlyMap<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Targets given on the command line or as action input; they win over the definition's. */
  targetOverrides?: Readonly<Record<string, string>>;
  /** Variables of `env` this definition may not read (see `interpolate`). */
  withheld?: ReadonlySet<string>;
  /**
   * A target whose variable is not set: `error` (default, the gate) refuses the definition; `skip` (a local
   * run) loads it with a warning and the items that probe the target are skipped.
   */
  unsetTargets?: 'error' | 'skip';
}

export type LoadResult =
  { ok: true; checklist: Checklist; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Everything a chain of files adds up to before targets are resolved. */
interface Merged {
  id?: string;
  title?: string;
  /** Whether some file of the chain writes a `title` key, valid or not. */
  titleGiven: boolean;
  files: string[];
  targets: Map<string, { raw: string; at: SourcePosition }>;
  appliesTo?: AppliesTo;
  sections: Section[];
  itemAt: Map<string, SourcePosition>;
  targetRefs: FileDef['targetRefs'];
  rollback?: { id: string; at: SourcePosition };
}

/** How deep an `extends` chain may go, counting the entry file. */
export const MAX_EXTENDS_DEPTH = 32;
/** How many files one definition may read through `extends`, the entry and built-ins included. */
export const MAX_EXTENDS_FILES = 64;

export function loadChecklist(entry: string, options: LoadOptions): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const cache = new Map<string, Merged | null>();
  const merged = resolveFile(entry, [], options, cache, diagnostics, undefined);
  if (!merged) return failed(diagnostics);
  finish(merged, options, diagnostics);
  // Targets are judged even when other things are wrong, so that one run of validate names every problem.
  const warnings: Diagnostic[] = [];
  const unset: Record<string, string> = {};
  const targets = resolveTargets(merged, options, diagnostics, { warnings, unset });
  if (diagnostics.length > 0) return failed(diagnostics);
  return {
    ok: true,
    warnings: sortDiagnostics(warnings),
    checklist: {
      id: merged.id as string,
      title: merged.title as string,
      files: merged.files,
      targets,
      ...(Object.keys(unset).length > 0 ? { unsetTargets: unset } : {}),
      appliesTo: merged.appliesTo,
      sections: merged.sections.filter((s) => s.items.length > 0),
      ...rollbackOf(merged),
    },
  };
}

function resolveFile(
  file: string,
  stack: string[],
  options: LoadOptions,
  cache: Map<string, Merged | null>,
  diagnostics: Diagnostic[],
  from: SourcePosition | undefined,
): Merged | null {
  const key = canonical(file);
  if (cache.has(key)) return cache.get(key) ?? null;
  // Counted from the moment it is opened (see MAX_EXTENDS_FILES); a cycle never gets here (see below).
  cache.set(key, null);
  const read = options.readFile(file);
  if ('error' in read) {
    diagnostics.push(
      from
        ? { ...from, message: `cannot read ${quote(file)}: ${read.error}` }
        : { file, line: 0, col: 0, message: `cannot read the file: ${read.error}` },
    );
    cache.set(key, null);
    return null;
  }
  const { def, diagnostics: own } = parseFileDef(file, read.text, options.registry);
  diagnostics.push(...own);
  if (!def) {
    cache.set(key, null);
    return null;
  }
  const parents: Merged[] = [];
  for (const ext of def.extends) {
    const target = resolveRef(ext.ref, file, options.builtins);
    if ('error' in target) {
      diagnostics.push({ ...ext.at, message: target.error });
      continue;
    }
    const chain = [...stack, key];
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      diagnostics.push({
        ...ext.at,
        message: `extends chain is deeper than ${MAX_EXTENDS_DEPTH} files (${quote(ext.ref)} is not read)`,
      });
      continue;
    }
    if (!cache.has(canonical(target.file)) && cache.size >= MAX_EXTENDS_FILES) {
      diagnostics.push({
        ...ext.at,
        message: `extends reads more than ${MAX_EXTENDS_FILES} files (${quote(ext.ref)} is not read)`,
      });
      continue;
    }
    if (chain.includes(canonical(target.file))) {
      const names = [...chain.slice(chain.indexOf(canonical(target.file))), canonical(target.file)].map((f) =>
        path.basename(f),
      );
      diagnostics.push({ ...ext.at, message: `extends cycle: ${names.join(' → ')}` });
      continue;
    }
    const parent = resolveFile(target.file, chain, options, cache, diagnostics, ext.at);
    if (parent) parents.push(parent);
  }
  const merged = merge(parents, def, diagnostics);
  cache.set(key, merged);
  return merged;
}

function resolveRef(
  ref: string,
  from: string,
  builtins: ReadonlyMap<string, string>,
): { file: string } | { error: string } {
  const looksLikePath = /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
  if (looksLikePath) {
    if (/^[a-z]+:/.test(from))
      return { error: `a built-in checklist extends others by name, not by path (${quote(ref)})` };
    if (path.isAbsolute(ref) || /^[a-zA-Z]:/.test(ref) || ref.includes('\0'))
      return {
        error: `extends takes a path relative to this file, inside the repository, or a built-in's name (not ${quote(ref)})`,
      };
    return { file: path.join(path.dirname(from), ref) };
  }
  const builtin = builtins.get(ref);
  if (builtin) return { file: builtin };
  const names = [...builtins.keys()];
  const hint = didYouMean(ref, names) || (names.length > 0 ? `; built-ins: ${names.join(', ')}` : '');
  return { error: `unknown built-in checklist ${quote(ref)}${hint}; a path needs a '/' or a .yml suffix` };
}

function merge(parents: Merged[], def: FileDef, diagnostics: Diagnostic[]): Merged {
  const out: Merged = {
    titleGiven: def.titleGiven || parents.some((p) => p.titleGiven),
    files: [def.file],
    targets: new Map(),
    sections: [],
    itemAt: new Map(),
    targetRefs: [],
  };
  const add = (section: { id: string; title: string }, item: Item, at: SourcePosition) => {
    const first = out.itemAt.get(item.id);
    if (first) {
      if (first.file === at.file && first.line === at.line && first.col === at.col) return;
      const hint = first.file === at.file ? '' : "; use 'override:' to change an extended item";
      diagnostics.push({
        ...at,
        message: `duplicate item id ${quote(item.id)} (first defined at ${first.file}:${first.line}:${first.col})${hint}`,
      });
      return;
    }
    out.itemAt.set(item.id, at);
    let target = out.sections.find((s) => s.id === section.id);
    if (!target) {
      target = { id: section.id, title: section.title, items: [] };
      out.sections.push(target);
    }
    target.items.push({ ...item });
  };
  for (const p of parents) {
    out.id ??= p.id;
    out.title ??= p.title;
    out.appliesTo = p.appliesTo ?? out.appliesTo;
    for (const f of p.files) if (!out.files.includes(f)) out.files.push(f);
    p.targets.forEach((v, k) => out.targets.set(k, v));
    for (const s of p.sections)
      for (const item of s.items) add(s, item, p.itemAt.get(item.id) ?? item.source);
    out.targetRefs.push(...p.targetRefs);
    out.rollback = p.rollback ?? out.rollback;
  }
  if (def.rollback) out.rollback = def.rollback;
  if (def.id) out.id = def.id;
  if (def.title) out.title = def.title;
  if (def.appliesTo) out.appliesTo = def.appliesTo;
  for (const t of def.targets) out.targets.set(t.name, { raw: t.raw, at: t.at });
  for (const s of def.sections) for (const item of s.items) add(s, item, def.itemAt.get(item) ?? item.source);
  out.targetRefs.push(...def.targetRefs);

  const inherited = parents.length > 0;
  for (const o of def.overrides) {
    const item = findItem(out, o.id);
    if (!item) {
      diagnostics.push({ ...o.at, message: missingItem('override', o.id, out, inherited) });
      continue;
    }
    Object.assign(item, o.fields);
    if (item.check && (item.approvers || item.resetOnPush)) {
      const field = item.approvers ? 'approvers' : 'reset-on-push';
      diagnostics.push({
        ...o.at,
        message: `override '${o.id}': the item now has a check, but only manual items have '${field}'; disable it and add a new item instead`,
      });
    }
    if (item.holdForMs !== undefined && (!item.check || !isAfterDeploy(item))) {
      diagnostics.push({
        ...o.at,
        message: `override '${o.id}': only after-deploy automated items have 'hold-for'`,
      });
    }
    if (o.fields.check)
      out.targetRefs = out.targetRefs.filter((r) => r.itemId !== o.id || r.at.file === o.at.file);
  }
  for (const d of def.disable) {
    const item = findItem(out, d.id);
    if (!item) {
      diagnostics.push({ ...d.at, message: missingItem('disable', d.id, out, inherited) });
      continue;
    }
    for (const s of out.sections) s.items = s.items.filter((i) => i.id !== d.id);
    out.targetRefs = out.targetRefs.filter((r) => r.itemId !== d.id);
  }
  return out;
}

function findItem(m: Merged, id: string): Item | undefined {
  for (const s of m.sections) for (const i of s.items) if (i.id === id) return i;
  return undefined;
}

function missingItem(what: string, id: string, m: Merged, inherited: boolean): string {
  if (!inherited) return `${what}: ${quote(id)} — this file extends nothing, so there is no item to ${what}`;
  const ids = m.sections.flatMap((s) => s.items.map((i) => i.id));
  return `${what}: no item ${quote(id)} in the extended checklists${didYouMean(id, ids)}`;
}

function finish(m: Merged, options: LoadOptions, diagnostics: Diagnostic[]): void {
  const entry = m.files[0] as string;
  // A missing or bad `id` is reported by the schema: every file needs one. A title may come from a parent.
  if (!m.title && !m.titleGiven) {
    diagnostics.push({
      file: entry,
      line: 1,
      col: 1,
      message: "the checklist is missing the key 'title' (required unless it extends another checklist)",
    });
  }
  const count = m.sections.reduce((n, s) => n + s.items.length, 0);
  if (count === 0 && diagnostics.length === 0) {
    diagnostics.push({
      file: entry,
      line: 1,
      col: 1,
      message: 'the checklist has no items: add sections with items, or extend a checklist',
    });
  }
  if (m.rollback && !m.sections.some((s) => s.id === m.rollback?.id && s.items.length > 0)) {
    const ids = m.sections.filter((s) => s.items.length > 0).map((s) => s.id);
    diagnostics.push({
      ...m.rollback.at,
      message: `rollback: no section ${quote(m.rollback.id)}${didYouMean(m.rollback.id, ids) || (ids.length > 0 ? `; sections: ${ids.join(', ')}` : '')}`,
    });
  }
  const known = new Set([...m.targets.keys(), ...Object.keys(options.targetOverrides ?? {})]);
  const live = new Set(m.sections.flatMap((s) => s.items.map((i) => i.id)));
  for (const ref of m.targetRefs) {
    if (!live.has(ref.itemId) || known.has(ref.name)) continue;
    const hint =
      didYouMean(ref.name, known) ||
      (known.size > 0 ? `; defined: ${[...known].join(', ')}` : '; define it under targets:');
    diagnostics.push({ ...ref.at, message: `undefined target ${quote(ref.name)}${hint}` });
  }
}

function resolveTargets(
  m: Merged,
  options: LoadOptions,
  diagnostics: Diagnostic[],
  skipped: { warnings: Diagnostic[]; unset: Record<string, string> },
): Record<string, string> {
  const out: Record<string, string> = {};
  const overrides = options.targetOverrides ?? {};
  const live = new Set(m.sections.flatMap((s) => s.items.map((i) => i.id)));
  for (const [name, t] of m.targets) {
    if (overrides[name] !== undefined) continue;
    const r = interpolate(t.raw, options.env, options.withheld);
    if (!r.ok && r.missing && options.unsetTargets === 'skip') {
      const hint = `set ${r.missing.join(' and ')} or pass --target ${name}=URL`;
      skipped.unset[name] = hint;
      const users = m.targetRefs.filter((ref) => ref.name === name && live.has(ref.itemId)).length;
      if (users > 0) {
        skipped.warnings.push({
          ...t.at,
          message: `target ${quote(name)}: ${r.message}; ${users === 1 ? 'the item that probes it is' : `the ${users} items that probe it are`} skipped (${hint})`,
        });
      }
      continue;
    }
    if (!r.ok) {
      diagnostics.push({
        ...t.at,
        message: `target ${quote(name)}: ${r.message} (or pass --target ${name}=URL)`,
      });
      continue;
    }
    const problem = urlProblem(r.value);
    if (problem === 'not-url') {
      diagnostics.push({ ...t.at, message: `target ${quote(name)} is not an absolute URL: ${quote(t.raw)}` });
      continue;
    }
    if (problem) {
      diagnostics.push({ ...t.at, message: `target ${quote(name)} ${problem}` });
      continue;
    }
    out[name] = r.value;
  }
  for (const [name, url] of Object.entries(overrides)) out[name] = url;
  return out;
}

/** Why a target's value cannot be probed (never repeating the value: it may hold a token). */
function urlProblem(v: string): string | undefined {
  let url: URL;
  try {
    url = new URL(v.trim());
  } catch {
    return 'not-url';
  }
  if (!isProbeScheme(url.protocol))
    return `must be an http(s) or ws(s) URL, not ${url.protocol.replace(/:$/, '').slice(0, 40)}`;
  if (url.hostname === '') return 'has no host';
  return undefined;
}

/** Every message on one line, whatever characters the definition holds; duplicates once; in file order. */
function failed(diagnostics: Diagnostic[]): LoadResult {
  const clean = diagnostics.map((d) => ({ ...d, message: oneLine(d.message) }));
  return { ok: false, diagnostics: sortDiagnostics(unique(clean)) };
}

function unique(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.file}:${d.line}:${d.col}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The rollback section: the one named, else the first whose id or title says rollback. */
function rollbackOf(m: Merged): { rollback?: string } {
  const live = m.sections.filter((s) => s.items.length > 0);
  const named = m.rollback?.id ?? live.find((s) => /roll-?back/i.test(`${s.id} ${s.title}`))?.id;
  return named ? { rollback: named } : {};
}

/** One key per file, whatever relative path reached it; built-ins keep their `builtin:` name. */
function canonical(file: string): string {
  return /^[a-z]+:/.test(file) ? file : path.resolve(file);
}
