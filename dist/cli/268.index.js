export const id = 268;
export const ids = [268];
export const modules = {

/***/ 4505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VN: () => (/* binding */ loadChecklist)
/* harmony export */ });
/* unused harmony exports MAX_EXTENDS_DEPTH, MAX_EXTENDS_FILES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _checks_net_target_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3132);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9874);
/* harmony import */ var _file_def_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8634);
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7594);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4984);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7383);







/** How deep an `extends` chain may go, counting the entry file. */
const MAX_EXTENDS_DEPTH = 32;
/** How many files one definition may read through `extends`, the entry and built-ins included. */
const MAX_EXTENDS_FILES = 64;
function loadChecklist(entry, options) {
    const diagnostics = [];
    const cache = new Map();
    const merged = resolveFile(entry, [], options, cache, diagnostics, undefined);
    if (!merged)
        return failed(diagnostics);
    finish(merged, options, diagnostics);
    // Targets are judged even when other things are wrong, so that one run of validate names every problem.
    const warnings = [];
    const unset = {};
    const targets = resolveTargets(merged, options, diagnostics, { warnings, unset });
    if (diagnostics.length > 0)
        return failed(diagnostics);
    return {
        ok: true,
        warnings: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .sortDiagnostics */ .Ds)(warnings),
        checklist: {
            id: merged.id,
            title: merged.title,
            files: merged.files,
            targets,
            ...(Object.keys(unset).length > 0 ? { unsetTargets: unset } : {}),
            appliesTo: merged.appliesTo,
            sections: merged.sections.filter((s) => s.items.length > 0),
            ...rollbackOf(merged),
        },
    };
}
function resolveFile(file, stack, options, cache, diagnostics, from) {
    const key = canonical(file);
    if (cache.has(key))
        return cache.get(key) ?? null;
    // Counted from the moment it is opened (see MAX_EXTENDS_FILES); a cycle never gets here (see below).
    cache.set(key, null);
    const read = options.readFile(file);
    if ('error' in read) {
        diagnostics.push(from
            ? { ...from, message: `cannot read ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(file)}: ${read.error}` }
            : { file, line: 0, col: 0, message: `cannot read the file: ${read.error}` });
        cache.set(key, null);
        return null;
    }
    const { def, diagnostics: own } = (0,_file_def_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFileDef */ .bB)(file, read.text, options.registry);
    diagnostics.push(...own);
    if (!def) {
        cache.set(key, null);
        return null;
    }
    const parents = [];
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
                message: `extends chain is deeper than ${MAX_EXTENDS_DEPTH} files (${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ext.ref)} is not read)`,
            });
            continue;
        }
        if (!cache.has(canonical(target.file)) && cache.size >= MAX_EXTENDS_FILES) {
            diagnostics.push({
                ...ext.at,
                message: `extends reads more than ${MAX_EXTENDS_FILES} files (${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ext.ref)} is not read)`,
            });
            continue;
        }
        if (chain.includes(canonical(target.file))) {
            const names = [...chain.slice(chain.indexOf(canonical(target.file))), canonical(target.file)].map((f) => node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(f));
            diagnostics.push({ ...ext.at, message: `extends cycle: ${names.join(' → ')}` });
            continue;
        }
        const parent = resolveFile(target.file, chain, options, cache, diagnostics, ext.at);
        if (parent)
            parents.push(parent);
    }
    const merged = merge(parents, def, diagnostics);
    cache.set(key, merged);
    return merged;
}
function resolveRef(ref, from, builtins) {
    const looksLikePath = /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
    if (looksLikePath) {
        if (/^[a-z]+:/.test(from))
            return { error: `a built-in checklist extends others by name, not by path (${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ref)})` };
        if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(ref) || /^[a-zA-Z]:/.test(ref) || ref.includes('\0'))
            return {
                error: `extends takes a path relative to this file, inside the repository, or a built-in's name (not ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ref)})`,
            };
        return { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(from), ref) };
    }
    const builtin = builtins.get(ref);
    if (builtin)
        return { file: builtin };
    const names = [...builtins.keys()];
    const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(ref, names) || (names.length > 0 ? `; built-ins: ${names.join(', ')}` : '');
    return { error: `unknown built-in checklist ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ref)}${hint}; a path needs a '/' or a .yml suffix` };
}
function merge(parents, def, diagnostics) {
    const out = {
        titleGiven: def.titleGiven || parents.some((p) => p.titleGiven),
        files: [def.file],
        targets: new Map(),
        sections: [],
        itemAt: new Map(),
        targetRefs: [],
    };
    const add = (section, item, at) => {
        const first = out.itemAt.get(item.id);
        if (first) {
            if (first.file === at.file && first.line === at.line && first.col === at.col)
                return;
            const hint = first.file === at.file ? '' : "; use 'override:' to change an extended item";
            diagnostics.push({
                ...at,
                message: `duplicate item id ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(item.id)} (first defined at ${first.file}:${first.line}:${first.col})${hint}`,
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
        for (const f of p.files)
            if (!out.files.includes(f))
                out.files.push(f);
        p.targets.forEach((v, k) => out.targets.set(k, v));
        for (const s of p.sections)
            for (const item of s.items)
                add(s, item, p.itemAt.get(item.id) ?? item.source);
        out.targetRefs.push(...p.targetRefs);
        out.rollback = p.rollback ?? out.rollback;
    }
    if (def.rollback)
        out.rollback = def.rollback;
    if (def.id)
        out.id = def.id;
    if (def.title)
        out.title = def.title;
    if (def.appliesTo)
        out.appliesTo = def.appliesTo;
    for (const t of def.targets)
        out.targets.set(t.name, { raw: t.raw, at: t.at });
    for (const s of def.sections)
        for (const item of s.items)
            add(s, item, def.itemAt.get(item) ?? item.source);
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
        if (item.holdForMs !== undefined && (!item.check || !(0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isAfterDeploy */ .C)(item))) {
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
        for (const s of out.sections)
            s.items = s.items.filter((i) => i.id !== d.id);
        out.targetRefs = out.targetRefs.filter((r) => r.itemId !== d.id);
    }
    return out;
}
function findItem(m, id) {
    for (const s of m.sections)
        for (const i of s.items)
            if (i.id === id)
                return i;
    return undefined;
}
function missingItem(what, id, m, inherited) {
    if (!inherited)
        return `${what}: ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(id)} — this file extends nothing, so there is no item to ${what}`;
    const ids = m.sections.flatMap((s) => s.items.map((i) => i.id));
    return `${what}: no item ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(id)} in the extended checklists${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(id, ids)}`;
}
function finish(m, options, diagnostics) {
    const entry = m.files[0];
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
            message: `rollback: no section ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(m.rollback.id)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(m.rollback.id, ids) || (ids.length > 0 ? `; sections: ${ids.join(', ')}` : '')}`,
        });
    }
    const known = new Set([...m.targets.keys(), ...Object.keys(options.targetOverrides ?? {})]);
    const live = new Set(m.sections.flatMap((s) => s.items.map((i) => i.id)));
    for (const ref of m.targetRefs) {
        if (!live.has(ref.itemId) || known.has(ref.name))
            continue;
        const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(ref.name, known) ||
            (known.size > 0 ? `; defined: ${[...known].join(', ')}` : '; define it under targets:');
        diagnostics.push({ ...ref.at, message: `undefined target ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ref.name)}${hint}` });
    }
}
function resolveTargets(m, options, diagnostics, skipped) {
    const out = {};
    const overrides = options.targetOverrides ?? {};
    const live = new Set(m.sections.flatMap((s) => s.items.map((i) => i.id)));
    for (const [name, t] of m.targets) {
        if (overrides[name] !== undefined)
            continue;
        const r = (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_3__/* .interpolate */ .GW)(t.raw, options.env, options.withheld);
        if (!r.ok && r.missing && options.unsetTargets === 'skip') {
            const hint = `set ${r.missing.join(' and ')} or pass --target ${name}=URL`;
            skipped.unset[name] = hint;
            const users = m.targetRefs.filter((ref) => ref.name === name && live.has(ref.itemId)).length;
            if (users > 0) {
                skipped.warnings.push({
                    ...t.at,
                    message: `target ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(name)}: ${r.message}; ${users === 1 ? 'the item that probes it is' : `the ${users} items that probe it are`} skipped (${hint})`,
                });
            }
            continue;
        }
        if (!r.ok) {
            diagnostics.push({
                ...t.at,
                message: `target ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(name)}: ${r.message} (or pass --target ${name}=URL)`,
            });
            continue;
        }
        const problem = urlProblem(r.value);
        if (problem === 'not-url') {
            diagnostics.push({ ...t.at, message: `target ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(name)} is not an absolute URL: ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(t.raw)}` });
            continue;
        }
        if (problem) {
            diagnostics.push({ ...t.at, message: `target ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(name)} ${problem}` });
            continue;
        }
        out[name] = r.value;
    }
    for (const [name, url] of Object.entries(overrides))
        out[name] = url;
    return out;
}
/** Why a target's value cannot be probed (never repeating the value: it may hold a token). */
function urlProblem(v) {
    let url;
    try {
        url = new URL(v.trim());
    }
    catch {
        return 'not-url';
    }
    if (!(0,_checks_net_target_url_js__WEBPACK_IMPORTED_MODULE_1__/* .isProbeScheme */ .gs)(url.protocol))
        return `must be an http(s) or ws(s) URL, not ${url.protocol.replace(/:$/, '').slice(0, 40)}`;
    if (url.hostname === '')
        return 'has no host';
    return undefined;
}
/** Every message on one line, whatever characters the definition holds; duplicates once; in file order. */
function failed(diagnostics) {
    const clean = diagnostics.map((d) => ({ ...d, message: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(d.message) }));
    return { ok: false, diagnostics: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .sortDiagnostics */ .Ds)(unique(clean)) };
}
function unique(list) {
    const seen = new Set();
    return list.filter((d) => {
        const k = `${d.file}:${d.line}:${d.col}:${d.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The rollback section: the one named, else the first whose id or title says rollback. */
function rollbackOf(m) {
    const live = m.sections.filter((s) => s.items.length > 0);
    const named = m.rollback?.id ?? live.find((s) => /roll-?back/i.test(`${s.id} ${s.title}`))?.id;
    return named ? { rollback: named } : {};
}
/** One key per file, whatever relative path reached it; built-ins keep their `builtin:` name. */
function canonical(file) {
    return /^[a-z]+:/.test(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file);
}


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isAfterDeploy),
/* harmony export */   a: () => (/* binding */ allItems)
/* harmony export */ });
/** The checklist model: what a loaded, validated definition becomes. Plain data only. */
function isAfterDeploy(item) {
    return item.phase === 'after-deploy';
}
function allItems(checklist) {
    return checklist.sections.flatMap((s) => s.items);
}


/***/ }),

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importCommand: () => (/* binding */ importCommand),
  importFile: () => (/* binding */ importFile),
  loadDefinitionText: () => (/* binding */ loadDefinitionText),
  repoScriptsOf: () => (/* binding */ repoScriptsOf),
  repoStackOf: () => (/* binding */ repoStackOf),
  validateImported: () => (/* binding */ validateImported)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/registry.ts + 85 modules
var checks_registry = __webpack_require__(6864);
// EXTERNAL MODULE: ./src/definition/diagnostic.ts
var diagnostic = __webpack_require__(9874);
// EXTERNAL MODULE: ./src/definition/load.ts
var load = __webpack_require__(4505);
// EXTERNAL MODULE: ./src/io/files.ts
var files = __webpack_require__(3839);
;// CONCATENATED MODULE: ./src/import/explain.ts
/** C0 and C1 control characters: a terminal would act on them. */
const isControl = (code) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
/** Collapses whitespace and cuts long text, so one item is one line of the explanation. */
const explain_short = (s, max) => {
    const one = [...s.replace(/\s+/g, ' ')]
        .filter((c) => !isControl(c.charCodeAt(0)))
        .join('')
        .trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};
/** Parameters of a check besides its kind and target, as `key=value` words. */
function params(check) {
    return Object.entries(check)
        .filter(([k]) => k !== 'kind' && k !== 'target')
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ');
}
/**
 * `preflight import --explain`: for each Markdown item, in the file's order, its line, the check(s) it
 * became with the rule and the words that chose it, or "manual" and why.
 */
function explainText(items) {
    const out = [];
    let section;
    for (const e of [...items].sort((a, b) => a.line - b.line)) {
        if (e.section !== section) {
            section = e.section;
            out.push(`## ${explain_short(section, 100)}`);
        }
        out.push(`line ${e.line}: ${explain_short(e.title, 100)}`);
        if (e.checks.length === 0) {
            out.push(`  manual${e.manual ? `: ${e.manual}` : ' (no rule matched)'}`);
            continue;
        }
        for (const c of e.checks) {
            const p = params(c.check);
            out.push(`  → ${c.kind}${p ? ` ${explain_short(p, 160)}` : ''}`);
            out.push(`    rule ${c.rule}, matched ${c.matched.map((m) => `"${explain_short(m, 60)}"`).join(', ')}`);
            if (c.note)
                out.push(`    guessed: ${explain_short(c.note, 200)}`);
        }
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/import/index.ts + 21 modules
var src_import = __webpack_require__(4472);
;// CONCATENATED MODULE: ./src/import/command.ts








/** Reads a Markdown file for import: the bytes, or a worded reason. */
function readMarkdownFile(file) {
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        if (stat.isDirectory())
            return { error: `${file} is a directory, not a Markdown file` };
        // A FIFO or a device (/dev/zero) would block or never end: only a regular file is read.
        if (!stat.isFile())
            return { error: `${file} is not a regular file` };
        if (stat.size > src_import/* MAX_IMPORT_BYTES */.XW)
            return { error: (0,src_import/* tooLarge */.g$)(external_node_path_default().basename(file), stat.size) };
        return { bytes: (0,external_node_fs_.readFileSync)(file) };
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return { error: `${file}: no such file` };
        if (code === 'EACCES')
            return { error: `${file}: permission denied` };
        return { error: `${file}: ${e.message}` };
    }
}
/** Files that tell a repository's stack apart; a repository with marks of several stacks has none. */
const STACK_MARKS = [
    ['node', ['package.json']],
    ['python', ['pyproject.toml', 'requirements.txt', 'setup.py', 'Pipfile']],
    ['go', ['go.mod']],
    ['rust', ['Cargo.toml']],
    ['java', ['pom.xml', 'build.gradle', 'build.gradle.kts']],
    ['flutter', ['pubspec.yaml']],
];
function rootNames(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** The stack of the repository in `dir`, from the files at its root (for the test command of items). */
function repoStackOf(dir) {
    const found = STACK_MARKS.filter(([, files]) => files.some((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, f)))).map(([s]) => s);
    // A .NET project is named for itself (Shop.csproj, Shop.sln): any such file at the root.
    if (rootNames(dir).some((f) => /\.(?:csproj|fsproj|sln)$/.test(f)))
        found.push('dotnet');
    return found.length === 1 ? found[0] : undefined;
}
/**
 * The script names of the package.json at the root of `dir` (`build`, `compile`, `lint`…), so a command the
 * import chooses is one the repository has; undefined when there is no such file or it does not parse.
 */
function repoScriptsOf(dir) {
    try {
        const read = readMarkdownFile(external_node_path_default().join(dir, 'package.json'));
        if (!('bytes' in read))
            return undefined;
        const scripts = JSON.parse(read.bytes.toString('utf8')).scripts;
        if (scripts === undefined)
            return [];
        if (!scripts || typeof scripts !== 'object' || Array.isArray(scripts))
            return undefined;
        return Object.keys(scripts).slice(0, 1000);
    }
    catch {
        return undefined;
    }
}
/**
 * Imports a Markdown file and checks the result with the real loader, so what is written always loads.
 * Targets the import adds are given a placeholder URL for that check only.
 */
function importFile(file, cwd, registry = checks_registry.defaultRegistry) {
    const full = external_node_path_default().resolve(cwd, file);
    const read = readMarkdownFile(full);
    if ('error' in read)
        return { ok: false, message: read.error.replace(full, file) };
    const result = (0,src_import/* importMarkdown */.Dx)(read.bytes, {
        registry,
        source: external_node_path_default().basename(file),
        repoStack: repoStackOf(cwd),
        ...withScripts(repoScriptsOf(cwd)),
        repoFiles: rootNames(cwd).slice(0, 1000),
    });
    if (!result.ok)
        return result;
    const problems = validateImported(result.yaml, registry);
    if (problems.length > 0)
        return { ok: false, message: `the imported definition does not load:\n${problems.join('\n')}` };
    return result;
}
const withScripts = (scripts) => (scripts ? { repoScripts: scripts } : {});
function validateImported(yaml, registry = checks_registry.defaultRegistry) {
    const loaded = loadDefinitionText('imported.yml', yaml, registry);
    return loaded.ok ? [] : loaded.diagnostics.map(diagnostic/* formatDiagnostic */.xy);
}
/**
 * Loads definition text written here (an import, a starter) as the loader would load it from a file `name`,
 * with a placeholder URL for the `api` target.
 */
function loadDefinitionText(name, text, registry = checks_registry.defaultRegistry) {
    return (0,load/* loadChecklist */.VN)(name, {
        readFile: (f) => (f === name ? { text } : (0,files/* readDefinitionFile */.Qm)(f)),
        registry,
        builtins: (0,files/* builtinNames */.AP)(),
        env: {},
        targetOverrides: { api: 'http://127.0.0.1/' },
    });
}
/**
 * `preflight import FILE.md [-o OUT.yml] [--force] [--explain] [--explain-format json]`: exit 0 written,
 * 2 bad input. The JSON explanation takes stdout, so the YAML then goes only to OUT.yml.
 */
function importCommand(args, io) {
    const result = importFile(args.file, io.cwd);
    if (!result.ok) {
        io.stderr(`preflight: ${result.message}\n`);
        return 2;
    }
    if (args.explain === 'json' && !args.out) {
        io.stdout(`${JSON.stringify({ source: args.file, summary: result.summary, items: result.explanations }, null, 2)}\n`);
        io.stderr(`${args.file}: ${(0,src_import/* summaryLine */.dC)(result.summary)}\n`);
        return 0;
    }
    if (args.out) {
        const out = external_node_path_default().resolve(io.cwd, args.out);
        if ((0,external_node_fs_.existsSync)(out) && !args.force) {
            io.stderr(`preflight: ${args.out} exists; pass --force to overwrite it\n`);
            return 2;
        }
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(out), { recursive: true });
        io.writeFile(out, result.yaml);
        io.stderr(`${args.file} → ${args.out}: ${(0,src_import/* summaryLine */.dC)(result.summary)}\n`);
    }
    else {
        io.stdout(result.yaml);
        io.stderr(`${args.file}: ${(0,src_import/* summaryLine */.dC)(result.summary)}\n`);
    }
    if (args.explain === 'json')
        io.stdout(`${JSON.stringify({ source: args.file, summary: result.summary, items: result.explanations }, null, 2)}\n`);
    else if (args.explain)
        io.stderr(explainText(result.explanations));
    return 0;
}


/***/ }),

/***/ 4472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XW: () => (/* binding */ MAX_IMPORT_BYTES),
  Dx: () => (/* binding */ importMarkdown),
  dC: () => (/* binding */ summaryLine),
  g$: () => (/* binding */ tooLarge)
});

// UNUSED EXPORTS: MAX_IMPORT_ITEMS

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/import/approvers.ts
/**
 * Who signs off a manual item, as a release manager would assign it: maintainers for security, data and
 * rollback matters, and for sign-offs; anyone with write access otherwise.
 */
function approversFor(text, context) {
    const all = `${context} ${text}`;
    if (/secur|secret|credential|password|ssl|tls|certificat|firewall|ssh|root|vulnerab|backup|restore|rollback|sign-?off|stakeholder|escalat|access|permission|consent|iam/.test(all))
        return { permission: 'maintain' };
    return { permission: 'write' };
}

// EXTERNAL MODULE: ./src/definition/file-def.ts + 1 modules
var file_def = __webpack_require__(8634);
;// CONCATENATED MODULE: ./src/import/checks.ts

/**
 * The check an item gets: the mapping when its kind is registered and accepts the parameters, else its
 * fallback, else none (the item stays manual). Answers are remembered, so many alike items cost one parse.
 */
class CheckChooser {
    registry;
    seen = new Map();
    constructor(registry) {
        this.registry = registry;
    }
    choose(mapping) {
        let unavailable;
        for (let m = mapping; m; m = m.fallback) {
            if (this.accepts(m.check))
                return { mapping: m, unavailable };
            unavailable ??= m.check.kind;
        }
        return { unavailable };
    }
    accepts(check) {
        if (!this.registry.has(check.kind))
            return false;
        const key = JSON.stringify(check);
        const known = this.seen.get(key);
        if (known !== undefined)
            return known;
        const text = [
            'id: probe',
            'title: probe',
            'targets: { app: "http://127.0.0.1" }',
            'sections:',
            '  - title: probe',
            '    items:',
            '      - id: probe',
            '        title: probe',
            `        check: ${key}`,
        ].join('\n');
        const ok = (0,file_def/* parseFileDef */.bB)('import-probe.yml', text, this.registry).diagnostics.length === 0;
        this.seen.set(key, ok);
        return ok;
    }
}

;// CONCATENATED MODULE: ./src/import/rules/blockers.ts
/**
 * Words that make an item something other than a claim about the release, whatever kind of check its
 * keywords name: a question, a blank to fill in, a person's sign-off or briefing, a past incident, a
 * document about the thing, a monitoring service's watch, a setting of another component (`notAStatement`);
 * a state not reached yet, or a place other than the app the gate looks at (`notHere`). Each is a grammar
 * of a few words (a subject or a predicate), not a list of sentences. Every pattern is plain (no nested
 * quantifiers over overlapping classes) and reads at most MAX_RULE_TEXT characters.
 */
/** A lead-in before the words: numbering, marks, a short bold label ("**HSTS**:"). */
const LEAD = /^[^a-z0-9]*(?:\d+(?:\.\d+)*[.)]\s*)?/;
/** Questions that ask something open: a wh-word, a modal, "do we", an alternative, a need. */
const OPEN_QUESTION = /^(?:who|whom|whose|what|which|where|when|why|how|should|shall|could|would|can|will|must|may|might|do (?:we|you|they|i)|does \S+(?: \S+)? (?:need|require|want|have to))\b/;
const QUESTION_WORDS = /\b(?:or|needed|necessary|required|worth|allowed|possible|enough|ok)\s*\?/;
/** Blanks in other shapes than claims.ts's TEMPLATE: a version to fill in, a slot to paste into. */
const BLANK = /\bx\.y\.z\b|<\s*(?:paste|insert|add|fill in) [^<>]{0,30}>|<\s*(?:link|url|here)\s*>|\[\s*(?:fill in|insert|paste|add|link|url|tbc)[^\]]{0,30}\]|\(\s*(?:fill in|tbc)\s*\)/;
/** People as the subject of a sign-off, or told something: "QA signed off on …", "Support briefed on …". */
const PEOPLE = /\b(?:qa|legal|security team|product(?: owner| manager| lead| team)?|pm|po|ops(?: lead| team)?|operations|designers?|design team|customer success|cto|ceo|cfo|ciso|dba|support (?:team|staff)|compliance(?: team)?|on-call(?: engineer)?|stakeholders?|everyone|the team|release manager|marketing(?: team)?|sales(?: team)?|clients?|customers?)\b/;
const PEOPLE_PREDICATE = /\b(?:signed off|signs? off|sign-?off|approved|accepted|confirmed|agreed|acknowledged|reviewed|read|saw|seen|blessed|okayed|ok'd|knows?|is aware|are aware|happy)\b/;
/** Told something, whoever the subject: "briefed on the new rate limits", "informed about the bump". */
const TOLD = /\b(?:briefed|informed|notified|trained|told|made aware|aware of|knows about|know about|heads-?up)\b/;
/** A past incident: a time before this release, or an event of the past. */
const PAST = /\b(?:on|in|for|during|at|with|before) (?:the |an? )?(?:last|previous|prior|earlier|old) (?:release|deploy\w*|version|sprint|launch|incident|outage|fork|week|month|quarter|year)\b|^(?:the )?(?:last|previous|prior) (?:release|deploy\w*|version|sprint|launch)\b[^,;]{0,40}\b(?:broke|caused|failed|crashed|took|was|were|had|delayed|missed|leaked)\b|\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:sprint|iteration) \d+\b|\b\d+ (?:days?|weeks?|months?|years?) ago\b|\bused to\b|\bonce (?:blocked|broke|failed|caused|crashed|leaked|took|was|were|had|ran)\b|\b(?:was|were) caused\b|\b(?:broke|crashed|flapped|went down|(?:was|were) (?:found|leaked))\b|\bdelayed (?:the |a |v?\d)|\bduring the (?:spring|summer|autumn|fall|winter|holiday|black friday)\b/;
/**
 * A document as the subject, about the thing: "Rollback plan covers DNS", "Wiki page on the HSTS rollout".
 * (A document named by its file is the file rules' claim: "Runbook in `docs/runbook.md`".)
 */
const DOCUMENT_SUBJECT = /^(?:the |a |an |our )?(?:[\w-]+ ){0,3}?(?:plan|runbook|playbook|wiki(?: page)?|diagram|procedure|decision record|adr|postmortem|post-mortem|write-?up|threat model|checklist|spreadsheet|slide deck|slides|presentation|ticket|epic|proposal|rfc|guide|doc|document|memo|email|announcement)s? (?:on|for|about|of|covers?|mentions?|describes?|explains?|lists?|names?|shows?|includes?|outlines?|details?|per|with)\b/;
const FILE_NAMED = /`|\b[\w-]+\.(?:md|txt|pdf|ya?ml|json|adoc|rst)\b|(?:^|\s)\/[\w-]/;
/** A monitoring service or an alert's words: the watch is theirs, not a check of the release. */
const WATCH = /\b(?:synthetic|uptime|heartbeat|external) (?:probes?|checks?|monitors?|tests?)\b|\b(?:uptime ?robot|pingdom|datadog|grafana|alertmanager|pagerduty|opsgenie|new relic|checkly|better ?uptime|kibana)\b|\b(?:slos?|slis?|error budgets?)\b|\bgraphed\b|\bpager\b/;
/**
 * Another component with a setting of its own in a code span (read as "code"): "Redis `requirepass` configured",
 * "Postgres `max_connections` raised". The setting is that component's, not the app's.
 */
const COMPONENT_SETTING = /^(?:the )?(?:redis|postgres\w*|mysql|mariadb|mongo\w*|database|db|memcached|elasticsearch|kafka|rabbitmq|queue|broker|smtp|mail server|vpn|bastion|replica|cdn|load balancer|firewall|waf)(?: \w+)? code\b/;
/** Why the item is not a statement about the release, or undefined. `text` is lowercased. */
function notAStatement(text, raw = text) {
    const t = text.replace(LEAD, '');
    // ("HSTS: yes or no?", "Is the rate limit per user or per IP?": a question left open.)
    const asked = t.replace(/^[^:?]{1,40}:\s*/, '');
    if (/\?\s*\)?\s*$/.test(t) &&
        (OPEN_QUESTION.test(asked) || OPEN_QUESTION.test(t) || QUESTION_WORDS.test(t)))
        return 'a question to answer, not a state a check can verify';
    const blank = BLANK.exec(raw.toLowerCase());
    if (blank)
        return `a template to fill in ("${blank[0]}")`;
    const told = TOLD.exec(t);
    if (told)
        return `"${told[0]}": people told something, not a state a check can verify`;
    const person = PEOPLE.exec(t);
    if (person && person.index < 20) {
        const said = PEOPLE_PREDICATE.exec(t.slice(person.index + person[0].length, person.index + person[0].length + 30));
        if (said)
            return `"${person[0]} ${said[0]}": a person's sign-off, not a state a check can verify`;
    }
    const past = PAST.exec(t);
    if (past)
        return `"${past[0]}" is a past event, not a state of this release`;
    const doc = DOCUMENT_SUBJECT.exec(t);
    if (doc && !FILE_NAMED.test(t))
        return `"${doc[0]}": a document about it, not its state`;
    const watch = WATCH.exec(t);
    if (watch)
        return `"${watch[0]}" watches over time, not a check of the release`;
    return undefined;
}
/** Not reached yet: blocked, waiting, to follow, planned, a date to come, "will …", "to be added". */
const NOT_YET = /\b(?:blocked|waiting|pending) (?:on|for)\b|\bstill (?:to|needs?|open|missing|undecided)\b|\byet to\b|\bto (?:follow|come)\b|\bnot (?:\w+ )?yet\b|\bsoon\b|\bplanned\b|\bscheduled (?:for|on|in)\b|\b(?:next|this|coming) (?:quarter|month|week|year|weekend)\b|\b(?:in|for|by) q[1-4]\b|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of|end of|eod|eow)\b|\bwaits? (?:for|on|until)\b|\bmoves? to\b[^,;]{0,40}\b(?:next|later|soon)\b/;
/** "Tests to be added", "headers still to be decided": not done yet (unless required: "needs to be set"). */
const TO_BE = /\bto be (\w+ed|done|written|set|built|run|made|chosen)\b/;
const REQUIRED_BEFORE = /\b(?:needs?|has|have|must|ought|is|are|required|expected|supposed|want|wants|got|version)\s+$/;
/** "will be written", "will get a step": a future, unless what follows is the check's outcome ("will reject"). */
const FUTURE = /\bwill (?:be |get |need (?:to )?)?([a-z]+)/;
const OUTCOME_VERB = /^(?:fail\w*|error\w*|exit\w*|return\w*|respond\w*|reject\w*|block\w*|redirect\w*|throw\w*|den\w*|refus\w*|break\w*|abort\w*|rais\w*|crash\w*|complain\w*|flag\w*|prevent\w*|catch\w*|caught|served|see|show\w*|get|receive\w*|not)$/;
/** Another place than the app: an environment before production, a device, a provider's console or settings. */
const PLACE = /\b(?:on|in|at|to|against) (?:the |a |an |our |my |your |every |each )?(?:staging|qa|uat|sandbox)\b|\b(?:on|in|at|to|against) (?:the |a |an |our |my |your |every |each )?(?:preview|review|test|testing|dev|development|beta|canary|demo|qa|uat|staging) (?:environments?|envs?|clusters?|servers?|deployments?|sites?|domains?|instances?|stacks?|hosts?|boxes|box|apps?|slots?)\b|\bon (?:a |an |the |my |your |every |each )?(?:physical |real |test )?(?:iphone|ipad|android|pixel|phone|tablet|emulator|simulator|raspberry pi|smart ?tv|device)s?\b|\bon (?:the |a )?(?:windows|macos|mac|os x)\b|\b(?:on|in|from) (?:the |a |my |your |our |a personal )?forks?\b|\b(?:in|on|via|through|under|to) (?:the |a |our |its )?(?:[\w.-]+ ){1,3}(?:console|dashboard|web ui|ui|control panel|portal|project settings|repo settings|repository settings|org settings|organi[sz]ation settings)(?![\w.])/;
/**
 * Why the claim's state is not the release's here and now, or undefined. `t` is the words of the claim,
 * each code span read as "code"; `code` holds the spans as written.
 */
function notHere(words, code = []) {
    const t = words.replace(/\s+/g, ' ').trim();
    // (A variable's name is the app's environment: "Redis `REDIS_URL` set".)
    const setting = COMPONENT_SETTING.exec(t);
    if (setting && code[0] !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(code[0].trim()))
        return `"${setting[0].replace(/ code$/, ` \`${code[0]}\``)}" is a setting of another component, not the app's`;
    // (A remark in parentheses is not the claim's state: "Tests pass (skipped suites not yet enabled)".)
    const yet = NOT_YET.exec(t.replace(/\([^()]*\)/g, ' '));
    if (yet)
        return `"${yet[0]}": not the case yet, a plan for later`;
    const toBe = TO_BE.exec(t);
    if (toBe && !REQUIRED_BEFORE.test(t.slice(0, toBe.index)) && toBe[1] !== 'published')
        return `"${toBe[0]}": not done yet`;
    const future = FUTURE.exec(t);
    if (future?.[1] && !OUTCOME_VERB.test(future[1]))
        return `"${future[0]}": a future, not a state of the release`;
    // ("No errors in the browser console": the browser's console is where a person looks, not a place.)
    const place = PLACE.exec(t
        .replace(/\([^()]*\)/g, ' ')
        .replace(/\b(?:browser|devtools|dev tools|js|javascript|developer) console\b/g, ' '));
    if (place)
        return `"${place[0].trim()}" is another place than the app the gate checks`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/import/rules/claims.ts

/**
 * Items that are not claims a check can verify stay manual whatever they mention: blank templates to fill
 * in, and tasks whose words are an activity over time or towards people (track, monitor, schedule,
 * notify, document, announce…). The answer names the words, for `--explain`.
 */
/** Lead-ins that come before the verb: "**T+0:10** -", "Every hour:", "Optional:", "1.2", emoji, "CRITICAL:". */
const LEAD_IN = /^(?:[^a-z0-9]*(?:t[+-]\d+(?::\d+)?|\d+(?:\.\d+)*[.)]?|every (?:hour|day|week|\d+ \w+)|daily|hourly|weekly|optional|critical|important|required|high|medium|low|p[0-3])\b)+[^a-z0-9]*/;
const ACTIVITY = /^(?:track|tracking|monitor|monitoring|watch|observe|schedule|scheduled|notify|notified|inform|alert|announce|communicate|document|prepare|plan|review(?! and (?:update|configure|fix|tighten|restrict|set|enable|lock)|\s*[:=–—]| (?:approvals?|approved|done|complete|completed|passed|finished|received)\b)|collect|gather|analy[sz]e|send|post(?! \/| https?:)|publish|engage|train|assess|escalate|wait|keep|assign|contact(?! (?:form|page|us)\b)|discuss|decide|consider|identify|update social|adjust|tune|tweak|fine-tune)\b/;
const TEMPLATE = /_{3,}|\.{4,}|\[(?:target|value|x+|tbd|todo|n|name|date|number|ms|your [^\]]*)\]|<(?:target|value|tbd|n|number)>|\btbd\b|\?\?\?/;
function notAClaim(text) {
    const blank = TEMPLATE.exec(text);
    if (blank)
        return `a template to fill in ("${blank[0]}")`;
    const rest = text.replace(LEAD_IN, '').replace(/^[\s:–—-]+/, '');
    const verb = ACTIVITY.exec(rest);
    if (verb)
        return `"${verb[0]}" is an activity for people, not a state a check can verify`;
    // "Evaluated: lax cookies are sufficient", "Decision: no token needed": a record of a decision.
    const decided = /^(?:evaluated|decided|decision|considered|rationale|assessed|note|n\.b\.)\s*:/.exec(rest);
    if (decided)
        return `"${decided[0]}" records a decision, not a state a check can verify`;
    return notAStatement(text);
}
/**
 * Why an item that sounds checkable stays manual anyway, so `--explain` can say what would automate it.
 */
const NEAR_MISSES = [
    [
        /\b(?:release |version |git )?tags? (?:is |are )?(?:created|pushed|made)\b|\brelease (?:is )?tagged\b|\bgit tag\b|\bpush (?:git )?tags\b/,
        'a release tag is made after the merge: a check on the pull request could never pass',
    ],
    [
        /\b(?:e2e|end-to-end|integration|smoke|load|regression) tests?\b/,
        'the test script may not run this suite: name its command in backticks (`npm run test:e2e`) to automate it',
    ],
    [
        /\b(?:response|load) times?\b|\blatency\b|\bperformance\b/,
        'no budget in the words: write one ("p95 under 300ms") to automate it',
    ],
    [
        /\bacceptable\b|\bproperly\b|\bappropriate\w*\b|\boptimi[sz]ed\b/,
        'a judgement, not a threshold a check can hold',
    ],
    [
        /\benv(?:ironment)? (?:variables|vars) (?:are )?(?:set|configured)\b/,
        'no variable is named: list them (`DATABASE_URL` set) to automate it',
    ],
];
function nearMiss(text) {
    for (const [re, why] of NEAR_MISSES)
        if (re.test(text))
            return why;
    return undefined;
}
/** Outline steps whose items are thresholds to watch or alert on, not release checks. */
const WATCH_CONTEXT = /\b(?:monitor(?:ing)? (?:these|the following)|alert(?:ing)? (?:thresholds?|rules?|on)|thresholds?|watch(?:ing)? for|triggers?|rollback (?:if|when|triggers?)|success (?:indicators|metrics|criteria)|kpis?|slos?)\b|^(?:monitor|track|watch)/;
function watchContext(near) {
    return WATCH_CONTEXT.exec(near)?.[0];
}
/*
 * Scopes. A claim a check could verify stays manual when its own words put it under a scope the gate
 * cannot see: a condition ("(if needed)", "if you use SSL", "when X is enabled", "unless …", "where
 * applicable"), a wish ("(optional)", "(recommended)", "nice to have", "consider …"), a time after the pull
 * request ("later", "post-launch", "in a future release") or a watch over time ("for 24 hours",
 * "consistently"). Each is a small pattern; `scopeOf` combines them with the cases where the words are part
 * of the claim itself: "if" for "whether" ("Verify if `X` is set"), a condition that defines the check's
 * outcome ("exits non-zero if any file is unformatted", "returns 429 when the limit is hit"), the release's
 * own time ("when deploying", "if running in production"), and a condition of a later clause only ("Sitemap
 * present, and if pages change often, updated on deploy").
 */
/** The words that open a condition. */
const CONDITION_WORD = /\b(?:only if|only when|if|when|whenever|unless|until|as soon as|once(?= (?:the|we|they|all|our|this|these|those|there)\b)|in case(?: of)?|provided that|assuming|depending on|depends on)\b(?![-/])/g;
/** "Verify if", "check whether": "if" asks whether the claim holds. */
const WHETHER = /\b(?:verify|verified|check|checked|checking|see|test|tested|determine|confirm|confirmed|ask|know|find out|inspect|review|look|examine|validate|assess|evaluate|tell|establish)(?: that)? $/;
/** "fails if", "exits non-zero if", "returns 200 when", "rejected with 401 when": the check's own outcome. */
const OUTCOME = /\b(?:fail(?:s|ed|ing)?|errors?|erroring|exits?|exiting|returns?|returning|responds?|responding|rejects?|rejected|rejecting|blocks?|blocked|blocking|redirects?|redirected|throws?|den(?:y|ies|ied)|refuses?|refused|breaks?|aborts?|raises?|crash(?:es)?|complains?|flags?|flagged|prevents?|prevented|catches|caught|[1-5]\d\d)\b/;
/**
 * "Build passes when run from a clean checkout", "loads in under 2 s when measured with Lighthouse": how the
 * claim is checked, not a condition on it.
 */
const HOW_CHECKED = /^ (?:it is |they are |it's )?(?:run|ran|executed|invoked|measured|tested|checked|scanned|requested|accessed|visited|called|queried|fetched|curled|viewed|inspected)\b/;
/** "even if", "as if", "what if", "including when": not a condition on the claim. */
const NOT_A_CONDITION = /\b(?:even|as|what|including|incl\.) $/;
/**
 * The release's own time: the gate runs then, so the claim holds at it ("`X=stable` when deploying",
 * "if running in production", "when going live").
 */
const RELEASE_TIME = /\b(?:when|if|once) (?:(?:running|deployed|deploying|we are|we're|you are|you're) )?(?:in |to |on )?(?:production|prod|live)\b|\bwhen (?:deploy\w*|releas\w*|going live|launch\w*|ready)\b/g;
/** "where applicable", "as needed", "wherever possible": a condition without an "if". */
const WHERE = /\bwher(?:e|ever) (?:applicable|possible|needed|necessary|relevant|appropriate|supported|available|required|used|practical|feasible|it applies|it makes sense)\b|\bas (?:needed|required|applicable|necessary|appropriate)\b/;
/** A wish, not a requirement: "(optional)", "Optional: …", "(recommended)", "is recommended", "nice to have". */
const WISH = /(?:^|[([,;:–—-]\s*)optional(?:ly)?\b(?! (?:chaining|dependenc\w*|fields?|param\w*|arguments?|props?|peer\w*|types?|values?|keys?)\b)|\boptional\s*[.)\]]?$|\(\s*(?:strongly |highly )?(?:recommended|suggested|advised)\b|\((?:should|could)[- ]have\)|(?:^|[[,;–—-]\s*)(?:strongly |highly )?(?:recommended|suggested)\s*(?:[:)\]]|$)|\b(?:is|are) (?:strongly |highly )?(?:recommended|suggested|encouraged|advised)\b|\bnice[- ]to[- ]have\b|\bwould be nice\b|\bif time permits\b|\bstretch goal\b|\bbonus\s*[:)]|\bconsider(?:ing)?\b|\b(?:may|might) (?:want|wish) to\b|\bideally\b/;
/** A time after the pull request: "later", "post-launch", "in a future release", "next sprint", "follow-up". */
const LATER = /(?<!\b(?:or|and) )\blater\b|\bin (?:a |the )?future\b|\bfuture (?:releases?|versions?|sprints?|iterations?|work|improvements?|updates?)\b|\(future\)|^future\b|\bpost[- ]?(?:launch|release|merge|mvp|go-?live)\b|\bafter (?:the )?(?:launch|go-?live|going live|merg\w*)\b|\bafter (?:a|one|two|three|\d+) (?:days?|weeks?|months?)\b|\bnext (?:release|version|sprint|iteration|milestone|phase)\b|\bphase (?:2|3|two|three|ii)\b|\bfollow-?ups?\b|\beventually\b|\bsomeday\b|\bdown the road\b|\b(?:in|on|to) the (?:backlog|roadmap)\b/;
/** A watch over time: "for 24 hours", "over the first week", "consistently", "stays green". */
const OVER_A_PERIOD = /\b(?:for|over|during|throughout) (?:at least |the |a |an )?(?:first |next |initial |whole |entire )?(?:\d+\+?\s?|one |two |three |a |an )?(?:h|hrs?|hours?|days?|weeks?|months?|mins?|minutes?)\b|\b(?:first|next|initial) \d+\s?(?:h|hrs?|hours?|days?|weeks?)\b|\b(?:pass\w*|green|respond\w*|up|available|healthy|succeed\w*|work\w*|stable|running|reachable) (?:consistently|continuously|reliably over time)\b|\b(?:consistently|continuously) (?:pass\w*|green|respond\w*|up|available|healthy|succeed\w*|work\w*|stable|running|reachable)\b|\b(?:over time|around the clock|24\/7)\b|\b(?:stays?|remains?|keeps?) (?:green|up|healthy|stable|below|under|above|within)\b/;
/** A period that is a setting's value, not a watch: a cache's lifetime, a token's expiry, a limit's window. */
const PERIOD_SETTING = /\bcach\w*|\bmax-age\b|\bttl\b|\bexpir\w*|\bretain\w*|\bretention\b|\bvalid\b|\bcertificates?\b|\bhsts\b|\bpreload\b|\brotat\w*|\btokens?\b|\bsessions?\b|\blifetime\b|\block\w*|\bbans?\b|\bwindow\b|\bper\b|\bevery\b|\brequests?\b/;
/** The item's words a scope is read in: code spans (`code`, as written) and addresses are not words of the claim. */
function wordsOf(text, code = []) {
    let t = text.replace(/`[^`]*`/g, ' code ');
    for (const c of code) {
        const span = c.trim().toLowerCase();
        if (span)
            t = t.split(span).join(' code ');
    }
    return t.replace(/\bhttps?:\/\/\S+/g, ' address ');
}
/** A break between clauses, and what `.` does not match (a line's end). */
const BREAK = /[,;(]/;
const LINE_END = /[\n\r\u2028\u2029]/;
/**
 * `s` from after the last comma, semicolon or parenthesis of its first line that holds one: what
 * `s.replace(/.*[,;(]/, '')` answers, found in one scan. That pattern, run on the words before each
 * condition word, tried every start and cost the cube of the item's length ("200 if 200 if …").
 */
function afterLastBreak(s) {
    const first = s.search(BREAK);
    if (first < 0)
        return s;
    let start = first;
    while (start > 0 && !LINE_END.test(s[start - 1] ?? ''))
        start -= 1;
    let last = first;
    for (let i = first + 1; i < s.length && !LINE_END.test(s[i] ?? ''); i += 1)
        if (BREAK.test(s[i] ?? ''))
            last = i;
    return s.slice(0, start) + s.slice(last + 1);
}
/** The first condition in `t` that scopes the claim, or undefined. */
function conditionIn(t) {
    const where = WHERE.exec(t);
    if (where)
        return where[0];
    for (const m of t.matchAll(CONDITION_WORD)) {
        const before = t.slice(0, m.index);
        const rest = t.slice(m.index + m[0].length);
        if (m[0] === 'if' && WHETHER.test(before))
            continue;
        // (The outcome's verb among the last words of the clause before the condition.)
        const clause = afterLastBreak(before).split(/\s+/).filter(Boolean).slice(-6).join(' ');
        if (NOT_A_CONDITION.test(before) || OUTCOME.test(clause) || HOW_CHECKED.test(rest))
            continue;
        // ("Sitemap present, and if pages change often, updated on deploy": the condition of a later clause.)
        if (/[,;]\s*(?:and |but |or )?$/.test(before) && /^[^,;()]+,\s*\S/.test(rest))
            continue;
        return `${m[0]}${/^[^,;()]{0,30}/.exec(rest)?.[0] ?? ''}`.trim();
    }
    return undefined;
}
/**
 * Why the claim of an item is under a scope the gate cannot see (a condition, a wish, a time after the
 * pull request, a watch over time), or undefined. `near` is the nearest step of the outline: a step that
 * opens with a condition ("If using Docker:", "Queue workers (if using queues)") scopes its items too.
 * `code` holds the item's code spans: their words are a command's, not the claim's (`--when=ci`).
 */
function scopeOf(text, near = '', code = []) {
    const t = wordsOf(text, code).replace(RELEASE_TIME, ' ');
    const condition = conditionIn(t);
    if (condition)
        return `under a condition ("${condition}"): the gate cannot tell whether it applies`;
    const wish = WISH.exec(t);
    if (wish)
        return `"${wish[0].replace(/^[^a-z]+|[^a-z]+$/g, '')}" is a wish, not a requirement the release must meet`;
    const later = LATER.exec(t);
    if (later)
        return `"${later[0]}" is a time after the pull request, not a state of it`;
    const notYet = notHere(t, code);
    if (notYet)
        return notYet;
    const period = OVER_A_PERIOD.exec(t);
    if (period && !PERIOD_SETTING.test(t))
        return `"${period[0]}" is watched over a period, not checked once`;
    const step = wordsOf(near).replace(RELEASE_TIME, ' ');
    const stepCondition = /\(\s*(?:if|when|unless|only if)\b|^(?:if|when|unless|only if|in case)\b/.test(step)
        ? conditionIn(step)
        : undefined;
    if (stepCondition)
        return `under "${near}", a condition ("${stepCondition}"): the gate cannot tell whether it applies`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/import/rules/types.ts
const refuse = (manual) => ({ manual });
/** The default target of imported network checks. */
const APP_TARGET = 'api';
/**
 * Rules read at most this much of an item: a task item is a line, and every pattern here is a plain
 * (non-nested) regular expression, so matching stays bounded whatever the file holds.
 */
const MAX_RULE_TEXT = 400;
/** The first match of `re` in `text`, as matched, or undefined. */
function phrase(text, re) {
    return re.exec(text)?.[0]?.trim();
}
const onApp = (path) => (path ? { target: APP_TARGET, path } : { target: APP_TARGET });

;// CONCATENATED MODULE: ./src/import/rules/commands.ts


const unremarked = (t) => t.replace(/\([^()]*\)/g, ' ');
/**
 * A project command: `npm test`, `pnpm validate`, `make check`, the usual checkers of other stacks
 * (`ruff check .`, `mypy src/`, `gitleaks detect`, `docker compose config`), an image build (`docker build -t app .`)
 * and a script in a folder of the repository (`scripts/check-env.sh`, `./scripts/dev/test-api.ps1`).
 */
const ONE_COMMAND = /^(?:npm|npx|pnpm|yarn|bun|make|tsc|go|cargo|pytest|python -m (?:pytest|mypy|ruff|flake8|pylint|black|isort|bandit)|mvn|gradle|\.\/gradlew|composer|bundle exec|dotnet|golangci-lint|govulncheck|staticcheck|ruff|mypy|flake8|pylint|black --check|isort --check(?:-only)?|bandit|pyright|gitleaks|trufflehog|semgrep|shellcheck|hadolint|eslint|biome|docker[- ]compose(?: -f [\w./-]+)* config|docker build(?=\s)|node [\w./-]+\.[cm]?[jt]s(?=\s|$)|(?:bash |sh |pwsh (?:-file )?)?(?:\.\/)?[\w.-]+\/[\w./-]*\.(?:sh|ps1)(?=\s|$)|python3? [\w./-]+\.py(?=\s|$)|(?:uv|poetry|pipenv|pdm|hatch|rye) run (?=pytest|mypy|ruff|tox|nox|python -m)|ng (?=build|test|lint)|flutter (?=test|analyze|build)|dart (?=test|analyze|format)|pip-audit|snyk (?=test)|just [\w:-]+|uv (?=build|lock --check)|php (?=artisan (?:test|pint|insights))|vendor\/bin\/(?=phpunit|pest|phpstan|pint|psalm|php-cs-fixer)|bin\/rails (?=test)|rake|rubocop|rspec|ktlint|detekt|gofmt|swift (?=test|build))\b[^;&|<>`$]*$/;
/** A leading `cd DIR &&`: the directory the commands after it run in. */
const CD = /^cd\s+([\w./-]+)\s*&&\s*/;
const SUCCEEDS = /\b(?:pass|passes|passed|passing|succeeds?|succeeded|successful(?:ly)?|(?<!\b(?:the|in|a|of) )builds?|compiles?|green|clean|runs? clean|no errors|zero errors|(?:no|zero|0) (?:failures|issues|problems|findings)|all healthy|works?|completes?|(?:is |are )?valid|functional|returns? (?:an? )?(?:exit (?:code|status) )?0|exits? (?:with )?(?:code |status )?0)\b/;
/** The package manager the item names, else npm. */
function manager(item) {
    const all = `${item.text} ${item.code.join(' ')}`;
    if (/\bpnpm\b/.test(all))
        return 'pnpm';
    if (/\byarn\b/.test(all))
        return 'yarn';
    return 'npm';
}
/** The test command of a project in another language; other scripts have no standard name there. */
const OTHER_TESTS = {
    python: 'pytest',
    go: 'go test ./...',
    rust: 'cargo test',
    dotnet: 'dotnet test',
    java: 'mvn test',
    flutter: 'flutter test',
};
/**
 * The stack an item's command is for. A frontend or client part is Node's ("Frontend lint passes" in a
 * document for a Python API); a backend, server or API part, in a repository of several stacks (named in
 * the words, or one of them shown by the root's files), is the one stack that is not Node's ("Backend tests
 * pass" with a Vite frontend at the root and a Maven backend); anything else is the document's stack.
 */
function stackOf(item) {
    const { stack, stacks } = item.doc;
    // (A part named by the nearest step only, "Frontend Configuration" › "Build process working", gives the
    // stack, not a folder: the words do not say where the frontend sits.)
    const part = cwdOf(item) ?? nearPart(item.near);
    if (part === 'frontend' || part === 'client')
        return 'node';
    if (!part || part === 'web' || !stacks)
        return stack;
    const others = stacks.filter((s) => s !== 'node');
    return others.length === 1 ? others[0] : stack;
}
/** The part the nearest step of the outline is about: "Frontend Configuration", "Backend API checks". */
function nearPart(near) {
    return /^[^a-z]{0,8}(?:\d+[.)]?\s+)?(frontend|client|backend|server)\b/.exec(near)?.[1];
}
/** Other names a script of a purpose goes by: a project that compiles with tsc has `compile`, not `build`. */
const ALSO_NAMED = { build: ['compile'], lint: ['lint:all'] };
/**
 * The script of the root package.json an item's command runs, when the import runs in a repository whose
 * package.json lists its scripts: the script named, else one that goes by another name, else none.
 */
function rootScript(item, script) {
    const scripts = cwdOf(item) ? undefined : item.doc.scripts;
    if (!scripts || scripts.includes(script))
        return script;
    return ALSO_NAMED[script]?.find((s) => scripts.includes(s));
}
/** Why a Node command was not chosen: the root package.json has no such script. */
function noScript(item, script) {
    const stack = stackOf(item);
    if ((stack && stack !== 'node') || !item.doc.scripts || cwdOf(item))
        return undefined;
    return refuse(`package.json has no "${script}" script: name the command in backticks to automate it`);
}
/**
 * The build and the linter of other stacks where they have one everybody uses (Python has no build step and
 * several linters, .NET and Java no linter of their own: those stay manual).
 */
const OTHER_SCRIPTS = {
    build: {
        go: 'go build ./...',
        rust: 'cargo build',
        dotnet: 'dotnet build',
        java: 'mvn -B package -DskipTests',
    },
    lint: { go: 'go vet ./...', rust: 'cargo clippy', flutter: 'flutter analyze' },
};
const run = (item, script) => {
    const stack = stackOf(item);
    const chain = chainOf(item);
    if (chain)
        return CHAIN_SCRIPTS[chain][script];
    if (stack && stack !== 'node')
        return script === 'test' ? OTHER_TESTS[stack] : OTHER_SCRIPTS[script]?.[stack];
    const name = rootScript(item, script);
    if (!name)
        return undefined;
    const pm = manager(item);
    if (name === 'test')
        return pm === 'npm' ? 'npm test' : `${pm} test`;
    return pm === 'yarn' ? `yarn ${name}` : `${pm} run ${name}`;
};
function chainOf(item) {
    const stack = stackOf(item);
    const tools = item.doc.tools ?? [];
    if (stack === 'java' || stack === undefined)
        if (tools.includes('gradle') && !tools.includes('maven'))
            return 'gradle';
    if (stack === undefined && tools.includes('php'))
        return tools.includes('laravel') ? 'laravel' : 'php';
    return undefined;
}
/** The usual commands of those toolchains (none where there is no command everybody uses). */
const CHAIN_SCRIPTS = {
    gradle: {
        test: './gradlew test',
        build: './gradlew assemble',
        compile: './gradlew assemble',
        lint: './gradlew check',
    },
    php: { test: 'vendor/bin/phpunit', audit: 'composer audit' },
    laravel: { test: 'php artisan test', audit: 'composer audit' },
};
/** Root files and words that show a toolchain: `gradlew`, `composer.json`, `uv.lock`, "Laravel". */
const TOOL_FILES = [
    ['gradle', /^(?:gradlew|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?)$/],
    ['maven', /^(?:pom\.xml|mvnw)$/],
    ['php', /^composer\.json$/],
    ['laravel', /^artisan$/],
    ['ruby', /^(?:Gemfile|Rakefile|\.ruby-version)$/],
    ['uv', /^uv\.lock$/],
    ['just', /^[Jj]ustfile$/],
    ['docker', /^(?:Dockerfile|Containerfile)$/],
];
const TOOL_WORDS = [
    ['gradle', /\b(?:gradle|gradlew|kotlin|ktlint|detekt)\b/i],
    ['maven', /\b(?:maven|mvn|pom\.xml)\b/i],
    ['php', /\b(?:php|composer|phpunit|phpstan|laravel|symfony|artisan)\b/i],
    // (Laravel by name may be a package for Laravel apps, with no `artisan` of its own.)
    ['laravel', /\bartisan\b/i],
    ['ruby', /\b(?:ruby|rails|bundler|gemfile|rspec|rubocop)\b/i],
    ['uv', /\buv (?:run|sync|build|lock)\b/i],
    ['docker', /\b(?:docker|dockerfile)\b/i],
];
/** The toolchains a document's words and its repository's root files show, for `DocumentFacts.tools`. */
function toolsOf(texts, files) {
    const found = new Set();
    for (const [tool, re] of TOOL_FILES)
        if (files.some((f) => re.test(f)))
            found.add(tool);
    for (const raw of texts.slice(0, 2000)) {
        const t = raw.slice(0, 2 * MAX_RULE_TEXT);
        for (const [tool, re] of TOOL_WORDS)
            if (re.test(t))
                found.add(tool);
    }
    return [...found].sort();
}
/** What the import assumed of a script it chose. */
function scriptNote(item, runs, script) {
    const chain = chainOf(item);
    if (chain)
        return `a ${chain === 'gradle' ? 'Gradle' : chain === 'laravel' ? 'Laravel' : 'PHP'} project (from the document, else the repository): its usual ${script} command`;
    const stack = stackOf(item);
    if (stack && stack !== 'node')
        return `a ${stack} project (from the document, else the repository): its usual ${script} command`;
    return runs.endsWith(` ${script}`)
        ? `the ${script} script of package.json`
        : `package.json has no ${script} script: ${runs.replace(/^\S+ (?:run )?/, '')} is run in its place`;
}
/** The command a code span names, with the directory of a leading `cd`. */
function commandIn(item) {
    return commandsIn(item)[0];
}
/**
 * Every command the item's code spans name, each with the directory of its leading `cd` ("All tests pass:
 * `cd web && npm test` and `cd server && go test ./...`"), or of the package the item starts with
 * ("Frontend `tsc --noEmit` and `npm run lint` pass"). Commands joined by `&&` in one span are each a
 * command (`ruff check . && ruff format . --check`); a span with a part that is not a project command
 * (`source .venv/bin/activate && pytest`) names none.
 */
function commandsIn(item) {
    const out = [];
    const lead = cwdOf(item);
    for (const code of item.code) {
        const t = code.trim();
        const cd = CD.exec(t);
        // "`docker build` succeeds": the image of the repository's root Dockerfile.
        const parts = (cd ? t.slice(cd[0].length) : t)
            .replace(/^docker build$/, 'docker build .')
            .split(/\s*&&\s*/);
        if (parts.length > 4)
            continue;
        const runs = parts.map(inContainer);
        if (!runs.every((r) => ONE_COMMAND.test(r.run)))
            continue;
        const cwd = cd?.[1]?.replace(/\/+$/, '') ?? lead;
        for (const r of runs)
            out.push({
                run: r.run.trim(),
                ...(cwd && cwd !== '.' ? { cwd } : {}),
                code,
                ...(r.note ? { note: r.note } : {}),
            });
    }
    return out;
}
/**
 * `docker exec bot pytest`, `docker compose exec -T api pytest`: the check the item names runs in a container
 * of the deployment, which the gate does not have; the command itself is the project's check, run in the
 * repository.
 */
function inContainer(part) {
    const words = part.trim().split(/\s+/);
    let i = words[0] === 'docker' && words[1] === 'exec' ? 2 : 0;
    if (i === 0 && words[0] === 'docker' && words[1] === 'compose' && /^(?:exec|run)$/.test(words[2] ?? ''))
        i = 3;
    if (i === 0 && words[0] === 'docker-compose' && /^(?:exec|run)$/.test(words[1] ?? ''))
        i = 2;
    if (i === 0)
        return { run: part };
    // Flags without values (`-it`, `-T`, `--rm`); a flag with a value (`-u root`, `-e X=1`) is not read.
    while (i < words.length &&
        /^-{1,2}[a-z]+$/i.test(words[i] ?? '') &&
        !/^-(?:u|e|w|-user|-env|-workdir)$/.test(words[i] ?? ''))
        i += 1;
    const inner = words.slice(i + 1).join(' ');
    if (!inner || !/^[a-z0-9][\w.-]*$/i.test(words[i] ?? ''))
        return { run: part };
    return {
        run: inner,
        note: `\`${inner}\` was run in the container "${words[i]}": here it runs in the repository`,
    };
}
/** An item that names a project command in a code span and says it must succeed (or just names it, in a list of checks). */
const namedCommand = (item) => {
    const all = commandsIn(item);
    const found = all[0];
    if (!found)
        return ownCli(item) ?? toolSaidToPass(item);
    const succeeds = phrase(item.text, SUCCEEDS);
    const worded = succeeds ?? phrase(item.text, /^(?:run|runs?)\b/);
    const bare = bareUnderChecks(item, found.code);
    const said = worded ?? checkNamed(item, found.run, found.code) ?? bare;
    if (!said)
        return undefined;
    // "Build command configured: `mvn clean package -DskipTests`": a setting of the hosting platform, whatever
    // the command; "`cargo package` - check which files are included": a step to look at, not a pass or fail.
    const platform = buildSetting(item.text) ?? (/\bbuild\b/.test(found.run) ? hostBuild(item, true) : undefined);
    if (platform)
        return refuse(platform);
    if (LOOK_AT.test(item.text))
        return undefined;
    // Commands joined by "and" ("`tsc --noEmit` and `npm run lint` pass") or by `&&` in one span are each
    // claimed to pass.
    const joined = all.filter((c, i) => i === 0 ||
        c.code === all[i - 1]?.code ||
        new RegExp(`${escaped(all[i - 1]?.code ?? '')}\\W*(?:and|&|,|\\+)\\W*${escaped(c.code)}`, 'i').test(item.raw));
    const out = [];
    for (const c of joined) {
        // A script is a check only when its name says so (`node scripts/verify-env.js`, `scripts/healthcheck.sh`,
        // not `node server.js` or `scripts/deploy.sh`).
        // A script said to work or to pass whose name says no more than what it makes (`scripts/build-all.sh`
        // functional, "Packaging successful: `scripts/package-artifacts.sh`") runs too, unless its name says it
        // changes something elsewhere (deploys, pushes, publishes, migrates).
        const checks = /test|check|verif|lint|audit|validat|scan|health|smoke|build/.test(c.run);
        const script = /\.(?:sh|ps1|py)\b/.test(c.run);
        if ((script || /^node /.test(c.run)) && !checks && !(script && succeeds && !SIDE_EFFECT.test(c.run)))
            continue;
        if (/\b(?:publish|version|release|install|ci\b|pack|deploy|start|dev|serve|migrate|seed)\b/.test(c.run) &&
            !/\btest|lint|build|check|audit|validate|verify|typecheck|tsc\b|--dry-run\b|^docker[- ]compose\b/.test(c.run))
            continue;
        // `./ops/probe.sh https://example.test`: a script given a deployed host's address checks that host;
        // "UAT test script created (`scripts/run-uat.sh`)": a script named with no word that it passes is a file.
        // (A script alone in a list of build steps, "Build and test locally:" › `./scripts/build-base.sh`, is run.)
        if (script && (/:\/\//.test(c.run) || !(worded || (checks && bare))))
            continue;
        // `govulncheck` or `staticcheck` named alone runs over every package, as they are meant to; `npm audit`
        // named with a severity ("no high or critical vulnerabilities") fails at that level.
        const level = /^(?:npm|pnpm|yarn) audit$/.test(c.run) ? auditLevel(item.text) : undefined;
        const runs = /^(?:govulncheck|staticcheck)$/.test(c.run)
            ? `${c.run} ./...`
            : level
                ? `${c.run} --audit-level=${level}`
                : c.run;
        out.push({
            check: { kind: 'command', run: runs, ...(c.cwd ? { cwd: c.cwd } : {}) },
            rule: 'command.named',
            matched: [c.code, said],
            ...(c.note
                ? { note: c.note }
                : /\.ps1\b/.test(runs) && !/^pwsh /.test(runs)
                    ? {
                        note: 'a PowerShell script: the runner needs pwsh, and the script a shebang line (or write `pwsh -File …`)',
                    }
                    : {}),
        });
    }
    if (out.length === 0)
        return undefined;
    return out.length === 1 ? out[0] : out;
};
/** A short name without the words after its head that only say it is run: "Test Execution" → "Test". */
const headOf = (name) => name.replace(/(?: (?:execution|run|runs|suite|step|steps|job|jobs|process|phase|stage|pass|passes))+$/, '');
/** The check a short name stands for ("Clean Build", "Test Execution", "Lint"), by its last word. */
const NAMED_CHECKS = [
    [/(?:\bbuilds?\b|\bcompil\w+)$/, /\bbuild\b/],
    [/(?:\btests?\b|\btesting\b)$/, /\btest\b|\bpytest\b|\bjest\b|\bvitest\b|\bmocha\b|\brspec\b|\bphpunit\b/],
    [/(?:\blint\w*)$/, /\blint\b|\bclippy\b|\bvet\b|\banalyze\b/],
    [/(?:\btype ?check\w*)$/, /\btsc\b|\btypecheck\b|\bmypy\b|\bpyright\b/],
    [/(?:\bformat\w*)$/, /\bformat\b.*--check|\bfmt\b.*--check|\bformat:check\b|--verify-no-changes/],
    [/(?:\baudit\w*|\bvulnerabilit\w*)$/, /\baudit\b|\bgovulncheck\b/],
];
/**
 * A box that only names a check, with the commands it stands for in a code block inside it ("**Clean
 * Build**" over `dotnet restore` / `dotnet build --configuration Release`, "**Angular Build**" over `cd
 * client` / `npm install` / `ng build`): the last command of that purpose in the block must pass, in the
 * folder a `cd` line before it names. A box naming a step ("**Database Migration**", "**Publish**") or a
 * block with no such command stays manual.
 */
const blockCommand = (item) => {
    if (!item.block || item.code.length > 0)
        return undefined;
    // "Docker build succeeds locally" over `docker build -t app .`: the words that say it passes come after
    // the name of the check.
    const name = item.text
        .replace(/[*_:]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\s(?:succeeds|passes|passed|passing|works|is successful|completes|runs)(?: successfully| cleanly| locally| without errors)*$/, '');
    if (name.split(' ').length > 4 ||
        /\b(?:migrat\w*|publish\w*|deploy\w*|copy|seed\w*|install\w*|push\w*)\b/.test(name))
        return undefined;
    // The head word is the last one, past words that only say it is done ("Test Execution", "Unit Test Run"):
    // "Test Data Cleanup" is a cleanup, "Build Docs" documents.
    const head = headOf(name);
    const purpose = NAMED_CHECKS.find(([word]) => word.test(head));
    if (!purpose)
        return undefined;
    let cwd;
    let chosen;
    for (const raw of item.block.split('\n').slice(0, 40)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const cd = /^cd\s+([\w./-]+)$/.exec(line);
        if (cd?.[1]) {
            cwd = cd[1].replace(/\/+$/, '');
            continue;
        }
        // (Not a run that rewrites files or never ends: `--fix`, `--write`, `--watch`.)
        if (ONE_COMMAND.test(line) &&
            purpose[1].test(line) &&
            !/\s(?:--fix|-w|--write|--watch)\b|\bwatch\b/.test(line))
            chosen = { run: line, ...(cwd && cwd !== '.' ? { cwd } : {}) };
    }
    if (!chosen)
        return undefined;
    return {
        check: { kind: 'command', run: chosen.run, ...(chosen.cwd ? { cwd: chosen.cwd } : {}) },
        rule: 'command.named',
        matched: [name, chosen.run],
        note: 'the command of the block inside the item: the box names the check, the block says how it runs',
    };
};
/** Tools that reach other machines or change this one: their runs are steps, never a project's own CLI. */
const NOT_OWN_CLI = /^(?:curl|wget|http|ssh|scp|rsync|kubectl|helm|terraform|ansible\S*|aws|gcloud|az|sudo|su|systemctl|service|git|gh|rm|mv|cp|cat|echo|ls|open|ping|dig|nslookup|host|psql|mysql|sqlite3|redis-cli|mongo\S*|docker|podman|heroku|vercel|netlify|fly|flyctl|railway|supabase|firebase|brew|apt|apt-get|yum|pip|pip3|uv|poetry|chmod|chown|tail|head|grep|ps|kill|export|source|openssl|nc|telnet|docker-compose|podman-compose|compose|stripe|twilio|sentry-cli|doppler|infisical|op|vault|wrangler|pulumi|serverless|sls|eas|expo|amplify|cdk|sam|copilot|eb|doctl|ngrok|gsutil|bq|mc|s3cmd|rclone|crontab|journalctl|npm|npx|pnpm|yarn|node|python3?|java|go|cargo|dotnet|gpg2?|sha\d*sum|shasum|md5sum|cosign|minisign|codesign|xcrun|signtool|keytool|jarsigner|twine|gem|pod|adb|fastlane|sed|awk|find|xargs|tar|zip|unzip|make|bash|sh|zsh|pwsh|powershell)$/;
/**
 * A run of the project's own command-line tool under a CLI heading ("CLI smoke test" › "`tool run -W
 * basic.yml` works"): the item is the command and a word that it works, so the command must pass.
 * ("`tool --version` outputs the right version" says more than its exit code holds and stays manual.)
 */
function ownCli(item) {
    if (item.code.length !== 1 ||
        !/\bcli\b|\bcommand[- ]line\b/.test(item.context) ||
        !/\b(?:smoke|tests?|checks?|verification|verify)\b/.test(item.context))
        return undefined;
    const code = (item.code[0] ?? '').trim();
    const m = /^([a-z][\w-]{1,30}) [^;&|<>`$]{1,200}$/.exec(code);
    if (!m?.[1] || NOT_OWN_CLI.test(m[1]) || /:\/\//.test(code))
        return undefined;
    const rest = item.text.replace(code.toLowerCase(), ' ').replace(/[`*_]/g, ' ').trim();
    const said = phrase(rest, /^(?:works|passes|succeeds|runs (?:successfully|without errors|clean))\b/);
    if (!said || rest.length > said.length + 2)
        return undefined;
    return {
        check: { kind: 'command', run: code },
        rule: 'command.named',
        matched: [code, said],
        note: `\`${m[1]}\` is the project's own tool: the runner must have it built or installed`,
    };
}
/**
 * A command of a tool the project uses, in a code span, said to pass: "`weaver registry check -r registry/`
 * passes", "License compliance check passes: `goneat dependencies --licenses`", "**Pre-push gates pass**:
 * `./dist/goneat assess --hook=pre-push` returns exit code 0". The words outside the span are only its name
 * and a word of success; tools that reach other machines or change this one are steps, never checks.
 */
function toolSaidToPass(item) {
    if (item.code.length !== 1)
        return undefined;
    const code = (item.code[0] ?? '').trim();
    const m = /^((?:\.{0,2}\/)?[a-z][\w.-]*(?:\/[\w.-]+){0,4})(?: [^;&|<>`$]{1,200})?$/.exec(code);
    const tool = m?.[1];
    // A tool named alone is a check only when its name says it checks (`actionlint`, `ansible-lint`), not a
    // package or a word in backticks (`helmet` works).
    // (`lint` or `test` alone is a job's or a script's name: "the `lint` job passes".)
    if (tool === code &&
        (!/lint|check|test|verif|validat|audit|scan|fmt/.test(code) ||
            /^(?:test|tests|lint|check|checks|build|verify|audit|scan|fmt|format|typecheck|validate)$/.test(code)))
        return undefined;
    // (`tool --version` works says the tool is there, not that a check of the project passes.)
    if (!tool ||
        /:\/\/|\blocalhost\b|127\.0\.0\.1/.test(code) ||
        /^\S+ (?:--version|-v|--help|-h|version|help)$/.test(code))
        return undefined;
    // Under "CLI tools installed" or "Tool setup", a tool that works is a vendor's tool set up on a machine.
    if (/\binstall\w*|\bset ?up\b|\bsetup\b/.test(item.near))
        return undefined;
    const name = tool.split('/').at(-1) ?? tool;
    // (A file, `config.yaml`, or a path in a folder, is not a program unless it is run from one: `./dist/tool`.)
    if (NOT_OWN_CLI.test(name) || (/\.[a-z]{1,5}$/.test(name) && !/\.(?:sh|ps1|py)$/.test(name)))
        return undefined;
    if (tool.includes('/') && !/^\.{0,2}\//.test(tool) && !/\.(?:sh|ps1|py)$/.test(name))
        return undefined;
    // (`--hook=pre-push` is a flag: the words of the command, not of its flags, say what it does.)
    if (SETUP_STEP.test(code) || SIDE_EFFECT.test(code.replace(/\s--?[\w-]+(?:=\S*)?/g, ' ')))
        return undefined;
    const rest = unremarked(item.text.replace(code.toLowerCase(), ' '))
        .replace(/[`*_:]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const said = phrase(rest, SUCCEEDS);
    if (!said || ABOUT_COMMAND.test(rest) || rest.split(' ').length > 8)
        return undefined;
    // "The `quality` job passes", "`verify` workflow green": a CI job or a script named, not a command.
    if (/\b(?:jobs?|steps?|workflows?|pipelines?|stages?|targets?|tasks?|scripts?|hooks?)\b/.test(rest))
        return undefined;
    return {
        check: { kind: 'command', run: code },
        rule: 'command.named',
        matched: [code, said],
        note: `\`${name}\` must be installed or built on the runner`,
    };
}
const escaped = (s) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A command whose name says it checks (`npm run lint`, `go test -race ./...`, `npm run test:smoke`,
 * `govulncheck`; audits are read by the audit rule) is the claim that it passes, whatever the words around it say ("No race conditions",
 * an item in another language), unless they make it a task about the command itself ("Add `npm test` to CI").
 */
const CHECK_COMMAND = /\b(?:test\w*|lint\w*|vet|check\w*|type-?check|tsc|verify|validate|fmt|format:check|build)\b|^(?:golangci-lint|govulncheck|staticcheck|pytest)\b|\s-race\b/;
const ABOUT_COMMAND = /\b(?:add|adds|added|create|write|configure|set ?up|install|document|explain|describe|alias|hook|script to|before|after|fix)\b/;
function checkNamed(item, run, code) {
    if (!CHECK_COMMAND.test(run) || /\b(?:--fix|-w|--write)\b/.test(run))
        return undefined;
    const words = item.text.replace(code.trim().toLowerCase(), ' ');
    // "Test coverage ≥ 80% (`go test -cover ./...`)": a threshold the command's exit code does not hold;
    // "Boundary checks automated (e.g., `npm run check-boundaries`)": the command is an example, not the claim.
    if (ABOUT_COMMAND.test(words) ||
        /\bcoverage\b|\d+ ?%/.test(words) ||
        /\b(?:e\.g\.|eg\.|for example|such as|like)[\s,:]*$/.test(item.text.slice(0, Math.max(0, item.text.indexOf(code.trim().toLowerCase())))))
        return undefined;
    return 'names a check command';
}
/**
 * The whole item is one command, under a parent or heading of checks ("CLI smoke test:" ›
 * `go run ./cmd/tool search -limit 1`): the command must run without failing.
 */
function bareUnderChecks(item, code) {
    // ("`./scripts/build-base.sh` (for base package)": a remark after the command is not another claim.)
    const words = item.text.replace(/\s*\([^()]*\)\s*$/, '');
    if (item.code.length !== 1 || words.replace(/[`\s]/g, '') !== code.toLowerCase().replace(/[`\s]/g, ''))
        return undefined;
    // `dotnet nuget add source ./artifacts`, `npm install -g x`: a step that sets something up is no check.
    if (SETUP_STEP.test(code))
        return undefined;
    return phrase(item.context, /\b(?:smoke tests?|tests?|checks?|verification|quality gates?|build and test|build steps?)\b/);
}
/** Sub-commands that set something up or change it rather than check it. */
const SETUP_STEP = /^\S+(?: [\w:-]+)? (?:add|install|i|uninstall|remove|config|set|login|logout|init|new|link|publish|push|deploy|locals|cache|sources?)(?:\s|$)/;
/** Script names that say the script changes something elsewhere: a run is a step of the release, not a check. */
const SIDE_EFFECT = /deploy|push|publish|release|migrat|seed|install|upload|sync|start|serve|rollback|delete|remove|backup|restore|bootstrap|provision|tag\b/;
/**
 * A run the release does not need to pass: one that the words below it say may fail in part ("Expected:
 * 6/8 passing (2 known non-blocking failures)"), or one for major releases only ("Tier 3 (Optional - Major
 * Releases)", "When: final validation before a major release"). ("Testing (optional)" alone is not one:
 * a check the team chose to list is still a check.)
 */
function optionalRun(item) {
    const details = item.details ?? '';
    if (/\bexpected:?[^;]{0,40}\b(?:fail\w*|\d+\/\d+ pass\w*)|\bknown (?:non-blocking )?failures?\b|\bnon-blocking failures?\b/.test(details))
        return 'the document expects some of this run to fail: its exit code cannot hold the claim';
    if (/\bmajor (?:version )?releases?\b/.test(item.near) ||
        /\bwhen:?[^;]{0,40}\bmajor (?:version )?releases?\b/.test(details))
        return 'a run for major releases only: not every release pull request needs it';
    return undefined;
}
/** A check's bare name under a CI heading ("Lint (Biome)", "Tests (Vitest, 286+)", "Build"): the job passes. */
const BARE_CHECKS = [
    [/^(?:lint|linting|linter)$/, 'lint', 'command.lint-passes'],
    [/^(?:typecheck|type-check|type ?checks?|type ?checking)$/, 'typecheck', 'command.typecheck-passes'],
    [/^(?:tests?|unit tests|test suite)$/, 'test', 'command.tests-pass'],
    [/^(?:build|builds)$/, 'build', 'command.build-succeeds'],
];
const bareCheckName = (item) => {
    if (!/\bci\b|ci\/cd|pipelines?|workflows?|quality gates?|github actions/.test(item.context))
        return undefined;
    const t = unremarked(item.text).replace(/\s+/g, ' ').trim().replace(/[.:]$/, '');
    for (const [re, script, rule] of BARE_CHECKS) {
        if (!re.test(t))
            continue;
        const node = item.doc.stack === undefined || item.doc.stack === 'node';
        const runs = script === 'typecheck' ? (node ? 'npx tsc --noEmit' : undefined) : run(item, script);
        if (!runs)
            return script === 'typecheck' ? undefined : noScript(item, script);
        return {
            check: { kind: 'command', run: runs },
            rule,
            matched: [t, item.near],
            note: `a bare name under "${item.near}": read as that check passing`,
        };
    }
    return undefined;
};
/** Where a package-scoped item points: "Backend tests pass" runs in backend/ when the context says so. */
function cwdOf(item) {
    const m = /^(backend|frontend|server|client|api|web)\b/.exec(item.text);
    return m?.[1];
}
/** "All tests passing with race detection": Go's tests with the race detector on. */
function withRace(test, t) {
    return test === 'go test ./...' && /\brace (?:detect\w*|conditions?)\b|\s-race\b/.test(t)
        ? 'go test -race ./...'
        : test;
}
/** Tests pass: unit tests or the whole suite; suites of a kind the test script may not run stay manual. */
const testsPass = (item) => {
    const t = item.text;
    const said = phrase(t, /^(?:all |the |every |each |existing |all existing |backend |frontend |api |server |client )?(?:unit(?:,? and [a-z-]{1,20})? )?tests?(?: and [a-z ]{1,30}? tests)? (?:suite )?(?:are |is )?(?:all |still )?(?:pass|passes|passed|passing|green|succeed\w*)\b/) ??
        phrase(t, /^all (?:unit )?tests (?:are )?(?:pass|passes|passed|passing|green)\b/) ??
        phrase(t, /\b(?:run|ran) (?:the )?(?:full |whole |entire )?test suite\b/) ??
        // "**Tests**: 100% passing".
        phrase(t, /^(?:all )?(?:unit )?tests?:? 100% (?:pass|passes|passed|passing|green)\b/) ??
        // "Run tests locally", "Run all tests": the step is done when they pass.
        phrase(t, /^(?:run|execute) (?:all |the |all the )?(?:unit )?tests(?: locally| again| once more)?$/) ??
        // "Lint and tests pass", "Build and tests pass": the tests are one of the checks said to pass.
        phrase(t, /^(?:lint(?:ing)?|the build|build|type ?check(?:ing|s)?) (?:and|&|\+) (?:all )?(?:unit )?tests? (?:pass|passes|passed|passing|green)\b|^(?:all )?(?:unit )?tests? (?:and|&|\+) lint(?:ing)? (?:pass|passes|passed|passing|green)\b/) ??
        phrase(t, /\btest suite:? (?:all )?(?:pass|passes|passed|passing|green)\b/) ??
        phrase(t, /^build and test\b/);
    if (!said)
        return undefined;
    const only = /\b(?:e2e|end-to-end|integration|smoke|load|stress|performance|security|regression|acceptance|manual|browser|mobile|cross-browser|functional|penetration|a11y|accessibility|critical paths?|user journeys?|staging)\b/.exec(t);
    const broad = /\ball tests\b|\b(?:full|whole|entire) test suite\b|\(unit, integration|unit(?:,| and) integration/.test(t);
    if (only && !broad)
        return undefined;
    // "Run the full test suite against staging": a run against a deployed environment, not the project's tests.
    if (/\b(?:against|on|in) (?:the )?(?:staging|production|prod|live)\b/.test(t))
        return undefined;
    if (/\bcoverage\b|\bclean test database\b|against a/.test(t) ||
        /\d+%/.test(t.replace(/\(100%\)|\b100% (?=pass)/, '')))
        return undefined;
    const cwd = cwdOf(item);
    const plainTest = run(item, 'test');
    if (!plainTest)
        return noScript(item, 'test');
    const test = withRace(plainTest, t);
    const own = stackOf(item);
    const stack = own && own !== 'node' ? own : undefined;
    const base = {
        check: { kind: 'command', run: test, ...(cwd ? { cwd } : {}) },
        rule: 'command.tests-pass',
        matched: [said],
        note: chainOf(item)
            ? scriptNote(item, test, 'test')
            : stack
                ? `${item.doc.stack ? `a ${stack} project (from the document, else the repository)` : `the ${cwd ?? 'part'} is the document's ${stack} part`}: its usual test command${stack === 'java' ? ' (Maven; a Gradle build runs `./gradlew test`)' : ''}`
                : broad && only
                    ? 'the test script of package.json; it must run the integration and end-to-end suites too'
                    : /backend and frontend|frontend and backend/.test(t)
                        ? '`npm test` at the root; add a cwd per package if they are separate'
                        : 'the test script of package.json',
    };
    const build = run(item, 'build');
    if (/^build and test\b/.test(t)) {
        if (!build)
            return { ...base, matched: ['test'] };
        return [
            {
                check: { kind: 'command', run: build },
                rule: 'command.build-succeeds',
                matched: ['build'],
                note: scriptNote(item, build, 'build'),
            },
            { ...base, matched: ['test'] },
        ];
    }
    return base;
};
/**
 * "(or acceptable warnings only)", "(warnings allowed)", "with minor warnings": a caveat that lets warnings
 * through, as a linter's exit code does; the claim that linting passes stands.
 */
const WARNINGS_ALLOWED = /\(?\b(?:or |with |only )?(?:some |minor |a few |acceptable |allowed )?warnings? (?:only|acceptable|allowed|ok|are ok|tolerated)\b\)?|\(?\b(?:or |with |only )?(?:acceptable|allowed|minor|tolerated) warnings?(?: only)?\b\)?/;
const lintPasses = (item) => {
    // (`ansible-lint` passes, `yaml-lint` clean: a linter of its own, named; not the project's lint script.)
    const t = item.text.replace(WARNINGS_ALLOWED, ' ').replace(/[\w.]+-lint\b/g, ' ');
    const said = phrase(t, /\blint(?:ing|er)?(?: checks?)? (?:passes|pass|passed|passing|clean|green)\b/) ??
        // "Linting and code analysis pass", "Lint and format checks pass", "Lint and tests pass", "Tests and lint pass".
        phrase(t, /\blint(?:ing|er)?(?: checks?)? (?:and|&|\+) (?:code |static )?(?:analysis|format(?:ting)?|type[- ]?check(?:ing|s)?|vet|(?:unit )?tests?)(?: checks?)? (?:pass|passes|passed|passing|clean|green)\b/) ??
        phrase(t, /^(?:all )?(?:unit )?tests? (?:and|&|\+) lint(?:ing)? (?:pass|passes|passed|passing|green)\b/) ??
        // "Run the linter": the step is done when it passes.
        phrase(t, /^run (?:the )?(?:linter|linting|lint|eslint)$/) ??
        phrase(t, /\bno (?:linter|lint|linting|eslint) (?:errors|warnings|issues)\b/) ??
        // "**Lint**: No warnings", "Linting: zero errors".
        phrase(t, /^(?:lint|linting|linter|eslint):? (?:no|zero|0) (?:errors|warnings|issues|problems)\b/) ??
        phrase(t, /\b(?:eslint|linter|lint(?:ing)?) (?:reports|shows|returns|gives|finds|has) (?:no|zero|0) (?:errors|warnings|issues|problems)\b/) ??
        phrase(t, /\bpass(?:es|ed)? (?:the )?(?:lint(?:ing|er)?|eslint)(?: checks?)?\b/) ??
        phrase(t, /\b(?:eslint|linting|lint)\b[^,;]*\bzero errors\b/) ??
        phrase(t, /\beslint (?:clean|passes|passing)\b/) ??
        // "ESLint warnings addressed", "Lint errors fixed": none is left.
        phrase(t, /\b(?:all )?(?:eslint|linter|lint|linting) (?:errors|warnings|issues|problems)(?: and (?:errors|warnings))? (?:are |have been )?(?:resolved|fixed|addressed|cleared)\b/);
    if (!said || /acceptable|warnings? acceptable/.test(t))
        return undefined;
    const cwd = cwdOf(item);
    const lint = run(item, 'lint');
    if (!lint)
        return noScript(item, 'lint');
    return {
        check: { kind: 'command', run: lint, ...(cwd ? { cwd } : {}) },
        rule: 'command.lint-passes',
        matched: [said],
        note: scriptNote(item, lint, 'lint'),
    };
};
const typecheckPasses = (item) => {
    const t = item.text;
    const said = phrase(t, /\btypescript (?:compil\w+|build\w*|check\w*)(?: is)? (?:successful|succeeds|passes|clean)\b/) ??
        phrase(t, /\b(?:all |every )?typescript (?:files?|packages?|code|projects?)? ?compiles?\b/) ??
        phrase(t, /\b(?:no|zero|0) typescript (?:compilation )?errors\b/) ??
        phrase(t, /\btypescript: no compilation errors\b/) ??
        phrase(t, /\btype[- ]?check(?:s|ing)? (?:pass\w*|clean|succeeds)\b/) ??
        phrase(t, /\btsc (?:passes|succeeds|clean)\b/) ??
        // "All TypeScript errors resolved": none is left.
        phrase(t, /\b(?:all )?(?:typescript|type|tsc) errors (?:are |have been )?(?:resolved|fixed|addressed|cleared)\b/);
    if (!said)
        return compiles(item);
    const stack = stackOf(item);
    if (/\bno `?any`? types?\b/.test(t) || (stack && stack !== 'node'))
        return undefined;
    const cwd = cwdOf(item);
    return {
        check: { kind: 'command', run: 'npx tsc --noEmit', ...(cwd ? { cwd } : {}) },
        rule: 'command.typecheck-passes',
        matched: [said],
        note: 'the root tsconfig.json',
    };
};
/** The compile step of a stack, for code said to compile with no command named; Python has none. */
const COMPILE = {
    node: 'npx tsc --noEmit',
    go: 'go build ./...',
    rust: 'cargo build',
    dotnet: 'dotnet build',
    java: 'mvn compile',
    flutter: 'flutter analyze',
};
/**
 * "Code compiles without errors", "The project compiles", "No compilation errors": the stack's compile step
 * (in a Node project, code that compiles is TypeScript: plain JavaScript builds, it does not compile).
 */
function compiles(item) {
    const t = item.text;
    const said = phrase(t, /^[^a-z0-9]{0,8}(?:the |all )?(?:code|codebase|project|source code|sources|application|app|backend|frontend|server|client)? ?(?:compiles|builds and compiles)(?: successfully| cleanly| without (?:errors|warnings)(?: or warnings)?| with no errors(?: or warnings)?| with (?:no|zero|0) (?:errors|warnings)(?: (?:or|and) (?:errors|warnings))?)?$/) ?? phrase(t, /^[^a-z0-9]{0,8}(?:no|zero|0) compil(?:ation|er|e) errors$/);
    if (!said)
        return undefined;
    const chain = chainOf(item);
    const stack = stackOf(item) ?? 'node';
    const runs = chain ? CHAIN_SCRIPTS[chain].compile : stack === 'python' ? undefined : COMPILE[stack];
    if (!runs)
        return undefined;
    const cwd = cwdOf(item);
    return {
        check: { kind: 'command', run: runs, ...(cwd ? { cwd } : {}) },
        rule: 'command.typecheck-passes',
        matched: [said],
        note: chain
            ? scriptNote(item, runs, 'compile')
            : stack === 'node'
                ? 'code that compiles in a Node project is TypeScript: the root tsconfig.json'
                : `a ${stack} project (from the document, else the repository): its compile step`,
    };
}
/** Hosting platforms that run a build of their own ("Render" only where it names the service). */
const HOSTS = /\b(?:vercel|netlify|heroku|railway|fly\.io|cloudflare pages|amplify|github pages|firebase hosting|app platform|elastic beanstalk|app engine|cloud run|render\.com|on render|render (?:backend|frontend|service|setup|deploy\w*|dashboard))\b/;
/**
 * "Vercel build succeeds", "Build successful" under "Vercel Frontend Setup": the platform's build of the
 * deployment, not a run in the repository; "Build command set to `npm run build` in Netlify", "Build
 * command: `npm run build`": a setting of the platform, which a run of the command does not check.
 */
function buildSetting(text) {
    return /\b(?:build|start|install|output|publish) (?:command|settings?|directory)\b|\bbuild script (?:is )?(?:set|configured|defined)\b/.test(text)
        ? 'a build setting of the hosting platform: a run of the command does not check the setting'
        : undefined;
}
/** "check which files are included", "inspect the output": a step for a person to look at, not a pass or fail. */
const LOOK_AT = /\b(?:check|see|inspect|look at|review|confirm|verify) (?:which|what|whether|how|that (?:the )?(?:right|correct)|the (?:list|contents|output))\b|\binspect\b/;
function hostBuild(item, named = false) {
    const setting = buildSetting(item.text);
    if (setting)
        return setting;
    // ("`npm run build` passes" under "Deploy to Vercel" names the run in the repository.)
    const host = HOSTS.exec(item.text) ?? (named ? null : HOSTS.exec(item.near));
    if (host)
        return `the build on ${host[0].replace(/^on /, '')}, not a run in the repository`;
    return undefined;
}
const buildSucceeds = (item) => {
    const t = item.text;
    const said = phrase(t, /\b(?:production )?build (?:succeeds|succeeded|passes|passed|completes|completed|is successful|successful|works|green)\b/) ??
        phrase(t, /\bbuilds? (?:successfully|without errors)\b/) ??
        phrase(t, /\bclean (?:production )?build\b/) ??
        // "Build process working", "Build is working".
        phrase(t, /\bbuild (?:process |step )?(?:is )?(?:working|works|succeeds|passes|passing)\b/) ??
        // "Run the build": the step is done when it passes (under a deployment heading, it stays that step's).
        phrase(t, /^run (?:the )?(?:production )?build$/);
    if (!said || /docker|image|container|artifact|workflow|pipeline|ci\b/.test(t))
        return undefined;
    const platform = hostBuild(item);
    if (platform)
        return refuse(platform);
    const cwd = cwdOf(item);
    const build = run(item, 'build');
    if (!build)
        return noScript(item, 'build');
    return {
        check: { kind: 'command', run: build, ...(cwd ? { cwd } : {}) },
        rule: 'command.build-succeeds',
        matched: [said],
        note: scriptNote(item, build, 'build'),
    };
};
/** The lowest severity the words name ("no high or critical vulnerabilities" → high), for `--audit-level`. */
function auditLevel(t) {
    if (/\bhigh\b/.test(t))
        return 'high';
    if (/\bcritical\b/.test(t))
        return 'critical';
    if (/\b(?:moderate|medium)\b/.test(t))
        return 'moderate';
    return undefined;
}
/** `npm audit` clean, no critical/high vulnerabilities in dependencies: the audit level comes from the text. */
const auditClean = (item) => {
    const t = item.text;
    const audit = phrase(t, /\b(?:npm|pnpm|yarn) audit\b/) ??
        // (A command with the word, `pip-audit`, `cargo audit`; not a file named for it, `docs/security-audit.md`.)
        // (A code span that is the bare word, a schema or a table named `audit`, names no tool.)
        (item.code.some((c) => /(?:^|\s)[\w.]+[\s-]audit(?:\s|$)/.test(c.trim())) ? 'audit' : undefined);
    const vulns = phrase(t, /\bno (?:known )?(?:critical|high|moderate)?(?:\/| or |, )?(?:critical|high)? ?(?:security )?(?:vulnerabilit\w+|cves?)(?: in (?:the )?dependencies)?\b/) ??
        phrase(t, /\bdependenc\w* (?:are |were )?(?:scanned|audited|checked) for (?:known )?vulnerabilit\w+\b/) ??
        phrase(t, /\bno (?:known )?vulnerable (?:dependencies|packages)\b/) ??
        phrase(t, /\bdependenc(?:y|ies) audit\w* (?:is |are )?(?:clean|pass\w*|green)\b/) ??
        // "Dependency security scan passed", "Dependency vulnerability check clean".
        phrase(t, /\bdependenc(?:y|ies) (?:security|vulnerability) (?:scans?|checks?|audits?) (?:is |are |was |were |has )?(?:clean|pass\w*|green|succeeded|successful)\b/) ??
        // "Critical and high vulnerabilities fixed", "Vulnerabilities resolved (high and critical)".
        phrase(t, /\b(?:critical|high|moderate)(?: (?:and|or|&) (?:critical|high)|\/(?:critical|high))? (?:severity )?(?:security )?vulnerabilit\w+ (?:are |have been )?(?:fixed|resolved|addressed|patched|remediated)\b|\bvulnerabilit\w+ (?:fixed|resolved|addressed|patched|remediated) \((?:critical|high)\b/) ??
        // "Fix any high/critical vulnerabilities": none of that severity is left.
        phrase(t, /^(?:fix|resolve|address|patch|remediate)(?:ed)? (?:all |any )?(?:known )?(?:critical|high|moderate)(?:\/| or | and |, )?(?:critical|high)? ?(?:severity )?(?:security )?vulnerabilit\w+/);
    const deps = /\bdependenc|\bpackages\b/.test(t);
    // "No critical vulnerabilities", "(no high/critical vulnerabilities)" with a severity: the dependency audit,
    // unless the words say it is a test of the running site (a penetration test, a scanner).
    const graded = vulns !== undefined &&
        /\b(?:critical|high|moderate)\b/.test(vulns) &&
        !/\bpen(?:etration)?[- ]?test|\bscan(?:s|ner)?\b|\bzap\b|\bburp\b|\bintroduced\b|\bcontainers?\b|\bimages?\b/.test(t) &&
        // Under "Success criteria" or "KPIs" it is a target to watch after the release, not a gate; under "CI/CD"
        // › "Quality Gates" it is a rule of the pipeline's own scan.
        !(watchContext(item.near) ?? watchContext(item.context)) &&
        !/\bci\b|ci\/cd|pipelines?|quality gates?|github actions|workflows?|pen(?:etration)?[- ]?test|\bscan(?:s|ner)?\b|\bzap\b/.test(item.context);
    if (!audit && !(vulns && (deps || graded)))
        return undefined;
    // "No unused dependencies (audit with `npm audit`)": the claim is about something else the tool is named for.
    if (/\b(?:unused|outdated|licen[cs]es?|up to date|updated?)\b/.test(unremarked(t)) && !vulns)
        return undefined;
    if (audit && !/\b(?:clean|pass\w*|no |fixed|resolved|run|zero|0 )/.test(t) && item.code.length === 0)
        return undefined;
    const level = auditLevel(t);
    // "Security audit run: `composer audit` and `npm audit`": each audit the box names runs as written.
    const named = item.code
        .map((c) => c.trim())
        .filter((c) => /^(?:[\w.]+[\s-]audit|pip-audit)(?:\s|$)/.test(c) && ONE_COMMAND.test(c));
    if (named.length > 0)
        return named.map((c) => ({
            check: {
                kind: 'command',
                run: /^(?:npm|pnpm|yarn) audit$/.test(c) && level ? `${c} --audit-level=${level}` : c,
            },
            rule: 'command.audit-clean',
            matched: [c, ...(vulns ? [vulns] : [])],
        }));
    const stack = stackOf(item);
    if (((stack && stack !== 'node') || chainOf(item)) && !audit)
        return undefined;
    const pm = manager(item);
    return {
        check: { kind: 'command', run: `${pm} audit${level ? ` --audit-level=${level}` : ''}` },
        rule: 'command.audit-clean',
        matched: [audit ?? vulns ?? 'audit'],
        ...(level ? {} : { note: 'any known vulnerability fails it (the text gives no level)' }),
    };
};
const formatted = (item) => {
    const found = item.code.find((c) => /\bformat:check\b|\bprettier --check\b/.test(c));
    const said = phrase(item.text, /\bprettier (?:check )?(?:is )?(?:clean|passes|passing)\b|\bformatted with prettier\b|\b(?:code )?formatting (?:is )?(?:consistent|clean|checked|passes|enforced)\b|\bcode (?:is )?(?:consistently )?formatted\b/);
    if (!found && !said)
        return undefined;
    return {
        check: { kind: 'command', run: found ?? 'npx prettier --check .' },
        rule: 'command.formatted',
        matched: [found ?? said ?? 'formatted'],
    };
};
const DART_FORMAT = 'dart format --output=none --set-exit-if-changed .';
const GOFMT = 'test -z "$(gofmt -l .)"';
const gradle = (item) => chainOf(item) === 'gradle';
const maven = (item) => stackOf(item) === 'java' && !gradle(item);
/** Checkers by their names (no backticks needed), each with its purpose and command. */
const TOOLS = [
    [/\bgolangci-lint\b/, 'lint', () => 'golangci-lint run'],
    [/\bstaticcheck\b/, 'lint', () => 'staticcheck ./...'],
    [/\bgo vet\b/, 'lint', () => 'go vet ./...'],
    [/\bclippy\b/, 'lint', () => 'cargo clippy'],
    [/\b(?:phpstan|larastan)\b/, 'lint', () => 'vendor/bin/phpstan analyse'],
    [/\bpsalm\b/, 'lint', () => 'vendor/bin/psalm'],
    [/\b(?:laravel )?pint\b/, 'format', () => 'vendor/bin/pint --test'],
    [/\bktlint(?:check|format)?\b/, 'lint', (i) => (gradle(i) ? './gradlew ktlintCheck' : 'ktlint')],
    [/\bdetekt\b/, 'lint', (i) => (gradle(i) ? './gradlew detekt' : undefined)],
    [/\bflake8\b/, 'lint', () => 'flake8'],
    [/\bruff format\b/, 'format', () => 'ruff format --check .'],
    [/\bruff\b/, 'lint', () => 'ruff check .'],
    [/\brubocop\b/, 'lint', () => 'bundle exec rubocop'],
    [/\beslint\b/, 'lint', (i) => run(i, 'lint')],
    [/\bmypy\b/, 'typecheck', () => 'mypy .'],
    [/\bpyright\b/, 'typecheck', () => 'pyright'],
    [/\btsc\b/, 'typecheck', () => 'npx tsc --noEmit'],
    [/\bprettier\b/, 'format', () => 'npx prettier --check .'],
    [/\bdart format\b/, 'format', () => DART_FORMAT],
    [/\bgofmt\b|\bgo fmt\b/, 'format', () => GOFMT],
    [/\bcargo fmt\b|\brustfmt\b/, 'format', () => 'cargo fmt --check'],
    [/\bdotnet format\b/, 'format', () => 'dotnet format --verify-no-changes'],
    [/\bpip-audit\b/, 'audit', () => 'pip-audit'],
    [/\bcomposer audit\b/, 'audit', () => 'composer audit'],
    [/\bcargo[- ]audit\b/, 'audit', () => 'cargo audit'],
    [/\bgovulncheck\b/, 'audit', () => 'govulncheck ./...'],
    [/\bbundler?-audit\b|\bbundle audit\b/, 'audit', () => 'bundle exec bundle-audit check --update'],
    [
        /\bowasp dependency[- ]?check\b/,
        'audit',
        (i) => (maven(i) ? 'mvn org.owasp:dependency-check-maven:check' : undefined),
    ],
    [/\bsnyk\b/, 'audit', () => 'snyk test'],
    [/\b(?:npm|pnpm|yarn) audit\b/, 'audit', (i) => nodeAudit(i)],
    [/\bphpunit\b/, 'test', () => 'vendor/bin/phpunit'],
    [/\brspec\b/, 'test', () => 'bundle exec rspec'],
    [/\bpytest\b/, 'test', () => 'pytest'],
];
/** The head nouns of each check, with their plurals and the other names authors give them. */
const NOUNS = [
    [/\b(?:dependency|dependencies|package|packages|supply[- ]chain) (?:security )?audits?\b/, 'audit'],
    [
        /\bvulnerabilit(?:y|ies)\b|\bcves?\b|\bsecurity advisor(?:y|ies)\b|\bvulnerable (?:dependencies|packages)\b/,
        'audit',
    ],
    [/\b(?:code )?format(?:ting|ted)?\b/, 'format'],
    [/\btype[- ]?check(?:s|ing|er)?\b|\btype errors\b/, 'typecheck'],
    [/\blint(?:s|ing|er|ers)?\b|\bstatic analysis\b|\bcode style\b|\bstyle checks?\b/, 'lint'],
    [/\bcompil(?:es|ed|ation|ing|e|er)\b/, 'compile'],
    [/\bbuilds?\b|\bbuilt\b/, 'build'],
    // ("Run test video post", "Java 25 test compatibility": "test" before another noun is a modifier.)
    [
        /\btests\b|\btest suites?\b|\bspecs\b|\btest cases\b|\btest(?= (?:is |are )?(?:pass\w*|green|run|succeeds))/,
        'test',
    ],
];
/** Words before "tests" that keep them the project's own suite ("All 50 tests", "backend unit tests"). */
const SUITE_WORD = /^(?:all|the|our|every|each|existing|unit|backend|frontend|api|server|client|core|remaining|other|local|\d+\+?|python|go|rust|dart|flutter|php|java|kotlin|dotnet|\.net|jest|vitest|pytest|phpunit|rspec|cargo)$/;
/** An image build: "Image builds successfully", "Docker build succeeds", "Dockerfile builds". */
const IMAGE_BUILD = /\b(?:docker |container |oci )?images? (?:builds?|is built|are built|build (?:succeeds|passes|works))\b|\bdocker(?:file)? builds?\b|\bdocker build\b/;
/** Predicates that say the check holds. */
const PASSES = /\b(?:pass|passes|passed|passing|green|succeeds?|succeeded|successful(?:ly)?|clean(?:ly)?|works?|working)\b/;
const NO_PROBLEMS = /\b(?:without|with no|with zero|no|zero|0) (?:new |any |remaining |outstanding )?(?:errors?|warnings?|failures?|issues?|problems?|findings?|offen[cs]es|violations?)\b/;
/** "No compiler warnings", "zero lint errors", "No type errors": the problems named by the check's noun. */
const NO_SUBJECT_PROBLEMS = /\b(?:no|zero|0) (?:lint|linter|linting|eslint|compiler|compilation|compile|build|type|typescript|tsc|test|formatting|format|style|clippy|analyzer|analysis) (?:errors?|warnings?|issues?|failures?|problems?|violations?)\b/;
/** "Dependencies free of known vulnerabilities". */
const FREE_OF = /\b(?:free of|free from|clear of) (?:any )?(?:known )?(?:security )?(?:vulnerabilit(?:y|ies)|cves?|advisories)\b/;
const RESOLVED = /\b(?:errors?|warnings?|issues?|problems?|findings?|violations?|failures?) (?:are |have been |were )?(?:all )?(?:resolved|fixed|addressed|cleared|corrected)\b/;
/** A step said to be done: "`dart format .` applied", "Security audit run: `composer audit`". */
const DONE = /\b(?:applied|run|ran|executed|performed|enforced|scanned|audited|checked)\b/;
/** "Code formatting with Laravel Pint", "Static analysis with PHPStan": the check is that tool's run. */
const WITH_TOOL = /\b(?:with|using|via|by|through)\b/;
const RUN_STEP = /^(?:run|execute)\b/;
/** Words between "no" and "vulnerabilities" that keep it the dependency audit's claim. */
const GRADE = /^(?:known|new|open|outstanding|unresolved|unpatched|critical|high|moderate|medium|severe|low|security|severity|or|and|&|\/|,|-)$/;
const NO_VULNS = /\b(?:no|zero|0)\b([a-z/&, -]{0,60}?)\b(?:vulnerabilit(?:y|ies)|cves?|advisories|vulnerable (?:dependencies|packages))\b/;
/** What may follow a negated finding: where it was looked for, that it was found. */
const VULN_TAIL = /^(?: (?:found|reported|detected|remaining|flagged|known))?(?: (?:in|among|across|from|for) (?:the |our |all |any )?(?:project(?:'s)? |production |runtime |third-party |npm |python |go |rust |php )?(?:dependencies|dependency tree|packages|deps|libraries|modules|gems|crates))?$/;
const DEPENDENCIES = /\bdependenc(?:y|ies)\b|\bpackages\b|\bdeps\b|\blibraries\b/;
/** What makes a box no claim of the project's checks passing, whatever it says, each for one reason. */
const BLOCKS = [
    // A claim under a condition: the check would hold the project to something it may not have.
    /\bif (?:applicable|needed|necessary|configured|available|present|required|possible|used|enabled)\b|\((?:if|when|where|unless)\b|\b(?:where|when) (?:applicable|possible|needed)\b|\boptional(?:ly)?\b/,
    // About the CI system or a hook, not a run in the repository.
    /\bci\b|\bci\/cd\b|\bpipelines?\b|\bworkflows?\b|\bgithub\b|\bactions\b|\bpre-commit\b|\bhooks?\b|\b(?:circle ?ci|travis|jenkins|gitlab|buildkite|bitbucket|teamcity|appveyor|drone|azure devops)\b/,
    // A run somewhere else than the repository.
    /\bstaging\b|\bin production\b|\bon (?:the )?(?:server|servers|device|devices|staging|production|prod)\b|\bagainst\b|\bdeployed\b|\blive\b/,
    // A platform or a device the gate runner does not have.
    /\bxcode\b|\bios\b|\biphone\b|\bipad\b|\bmacos\b|\btestflight\b|\bapp store\b|\bplay store\b|\bsimulators?\b|\bemulators?\b|\bbrowsers?\b|\bconsole\b|\bdevices?\b|\bcross[- ]platform\b|\bplatforms?\b|\bos\b|\barch\w*\b|\bcompatib\w*/,
    // A suite or a trait of tests the test command may not run or decide.
    /\b(?:e2e|end-to-end|integration|smoke|load|stress|performance|regression|acceptance|uat|manual(?:ly)?|exploratory|sanity|usability|browser|mobile|cross-browser|functional|penetration|pen|a11y|accessibility|visual|snapshot|flaky|risky|skipped|disabled|matrix|benchmarks?|fuzz\w*|mutation)\b/,
    // A measure the exit code of the command does not hold.
    /\bcoverage\b|\d+ ?%|\bsize\b|\bnumber\b|\btimes?\b|\bduration\b|\bspeed\b|\bfast(?:er)?\b|\bslow\b|\bminutes?\b|\bseconds?\b|\bmb\b|\bkb\b/,
    // The words are about something done around the check, not the check passing.
    /\b(?:add|added|adding|write|written|writing|create|created|document(?:ed|ation)?|configure[ds]?|set ?up|setup|plan(?:ned)?|notif\w*|regular(?:ly)?|periodic\w*|track\w*|process(?:es)?|polic(?:y|ies)|reporting|report|review\w*|monitor\w*|schedul\w*|enabled?|implement\w*|cover(?:s|ing)?|includ\w*|exists?|identified|instructions?|commands?|scripts?|examples?|templates?|guides?|readme|badges?|artifacts?|caches?|cached|management|strategy|responsible|owner|team|introduced|before|after|during|every|each|weekly|daily|monthly|quarterly)\b/,
    // Another claim than the check passing (a web flaw, secrets, licences, versions).
    /\b(?:xss|sql|injection|csrf|owasp top|frontend security|headers?|secrets?|credentials?|passwords?|licen[cs]es?|outdated|up[- ]to[- ]date|updated?|unused|deprecated|pinned|lock ?files?)\b/,
];
/** An audit's findings of something the dependency audit does not look at: images, a scanner of the site. */
const OTHER_SCAN = /\b(?:scanners?|zap|burp|nessus|trivy|grype|containers?|images?|docker)\b/;
/** The box's words without remarks, code spans or lead-in marks, for the grammar. */
function grammarText(item) {
    let t = unremarked(item.text);
    for (const c of item.code)
        if (c.trim())
            t = t.split(c.trim().toLowerCase()).join(' ');
    return t
        .replace(/[^a-z0-9\s./:'"&,+#@=-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** `npm audit` (the package manager named) with the severity the words give. */
function nodeAudit(item) {
    const level = auditLevel(item.text);
    return `${manager(item)} audit${level ? ` --audit-level=${level}` : ''}`;
}
/** The stack's usual command of each purpose, or none where the stack has no command everybody uses. */
function usualCommand(item, purpose, image) {
    if (image)
        return 'docker build .';
    const stack = stackOf(item);
    const chain = chainOf(item);
    const near = `${item.near} ${item.context}`;
    switch (purpose) {
        case 'test':
            return withRace(run(item, 'test') ?? '', item.text) || undefined;
        case 'lint':
            return run(item, 'lint');
        case 'build':
            if (stack === 'flutter')
                return /\bweb\b/.test(near)
                    ? 'flutter build web'
                    : /\bandroid\b/.test(near)
                        ? 'flutter build apk'
                        : undefined;
            return run(item, 'build');
        case 'compile':
            return compiles({ ...item, text: 'code compiles' })?.check.run;
        case 'typecheck':
            return !chain && (stack === undefined || stack === 'node') ? 'npx tsc --noEmit' : undefined;
        case 'format':
            if (chain)
                return undefined;
            return stack === 'go'
                ? GOFMT
                : stack === 'rust'
                    ? 'cargo fmt --check'
                    : stack === 'flutter'
                        ? DART_FORMAT
                        : stack === 'dotnet'
                            ? 'dotnet format --verify-no-changes'
                            : stack === 'node' || stack === undefined
                                ? 'npx prettier --check .'
                                : undefined;
        case 'audit':
            if (chain)
                return CHAIN_SCRIPTS[chain].audit;
            return stack === 'python'
                ? 'pip-audit'
                : stack === 'go'
                    ? 'govulncheck ./...'
                    : stack === 'rust'
                        ? 'cargo audit'
                        : stack === 'node' || stack === undefined
                            ? nodeAudit(item)
                            : undefined;
    }
    return undefined;
}
/** The tools a box names, in its order; "X or Y" names one of them, the first the project can run. */
function toolsNamed(t) {
    const out = [];
    for (const [re, purpose, runOf] of TOOLS) {
        const m = re.exec(t);
        // (`ruff format` is the formatter, not `ruff` the linter, named twice.)
        if (m && !out.some((o) => m.index >= o.at && m.index < o.at + o.name.length))
            out.push({ at: m.index, purpose, run: runOf, name: m[0] });
    }
    return out.sort((a, b) => a.at - b.at);
}
function claimedCheck(item) {
    const full = item.text;
    const t = grammarText(item);
    if (t.split(' ').length > 16)
        return undefined;
    // "Test the login flow", "Build the image and push it": a step for a person or of the release.
    if (/^(?:test|build|compile|lint|format|audit)(?! suites?\b| cases?\b| passes\b| succeeds\b| is\b| are\b| was\b)\s+\S/.test(t) &&
        !/^(?:build|lint|format|audit):/.test(t))
        return undefined;
    const tools = toolsNamed(full);
    const image = IMAGE_BUILD.test(t);
    const nouns = NOUNS.filter(([re]) => re.test(t)).map(([, p]) => p);
    // A code span that no rule read as a command (`docker compose build`) is what the box means: the grammar
    // does not put another command in its place, unless the span is a tool it knows (`dart format .`).
    if (item.code.some((c) => c.trim() && !TOOLS.some(([re]) => re.test(c.trim().toLowerCase()))))
        return undefined;
    // "Abuse tests passed", "UAT tests": a kind of tests the test command may not be.
    const before = /(?:^|\s)(\S+) (?:unit )?tests\b/.exec(t)?.[1];
    if (nouns.includes('test') && before && !SUITE_WORD.test(before) && tools.length === 0)
        return undefined;
    if (tools.length === 0 && nouns.length === 0 && !image)
        return undefined;
    const vulns = NO_VULNS.exec(t);
    const gradedVulns = vulns !== null &&
        (vulns[1] ?? '').split(/[\s/,&-]+/).every((w) => w === '' || GRADE.test(w)) &&
        VULN_TAIL.test(t
            .slice(vulns.index + vulns[0].length)
            .replace(/[.!:;]+$/, '')
            .replace(/\s+$/, ''));
    const said = phrase(t, PASSES) ??
        phrase(t, NO_PROBLEMS) ??
        phrase(t, NO_SUBJECT_PROBLEMS) ??
        phrase(t, FREE_OF) ??
        phrase(t, RESOLVED) ??
        (gradedVulns ? vulns?.[0] : undefined) ??
        (tools.length > 0 || nouns.includes('format') ? phrase(t, DONE) : undefined) ??
        (tools.length > 0 && WITH_TOOL.test(full) ? 'with ' + tools[0]?.name : undefined) ??
        phrase(t, RUN_STEP);
    if (!said)
        return undefined;
    // "No compiler warnings", "Build completes without warnings": a compiler's exit code does not count its
    // warnings (a linter's does, with its own settings).
    if (/\bwarnings?\b/.test(said) &&
        !/\b(?:errors?|issues?|failures?|problems?)\b/.test(said) &&
        tools.length === 0 &&
        nouns.every((n) => n === 'build' || n === 'compile'))
        return undefined;
    if (BLOCKS.some((re) => re.test(t)))
        return undefined;
    if (watchContext(item.near) ?? watchContext(item.context))
        return undefined;
    // Under "Quality Gates", "CI/CD" or "Penetration test", a rule of the pipeline or a finding of a test of the
    // running service.
    if (/\bci\b|ci\/cd|pipelines?|quality gates?|github actions|workflows?|pen(?:etration)?[- ]?test|security testing|\bscan(?:s|ning|ner)?\b/.test(item.near))
        return undefined;
    // "Scans show no high vulnerabilities": scans of what? Only a dependency scan, or a tool's, is the audit.
    if (/\bscan\w*/.test(t) && !DEPENDENCIES.test(t) && tools.length === 0)
        return undefined;
    const platform = hostBuild(item);
    if (platform && (nouns.includes('build') || image))
        return refuse(platform);
    // The audit's claims are about dependencies: findings of another kind ("Security vulnerabilities addressed"
    // with no severity and no dependency named) may be a review of the code.
    const purposes = tools.length > 0 ? [] : [...new Set(image ? ['build'] : nouns)];
    if (purposes.includes('audit') && OTHER_SCAN.test(t))
        return undefined;
    if (purposes.includes('audit') && !gradedVulns && !DEPENDENCIES.test(t) && !/\b(?:critical|high)\b/.test(t))
        return undefined;
    if (purposes.includes('audit') && !gradedVulns && phrase(t, DONE) === said && !DEPENDENCIES.test(t))
        return undefined;
    const out = [];
    const either = /\bor\b/.test(full);
    for (const tool of tools) {
        const runs = tool.run(item);
        if (!runs)
            continue;
        out.push({
            check: { kind: 'command', run: runs },
            // (The tool is named: its command stands for the span that names it, `dart format .`, which would
            // rewrite the files instead of checking them.)
            rule: 'command.named',
            matched: [tool.name, said],
            note: `the usual command of ${tool.name}: the runner must have it installed`,
        });
        if (either)
            break;
    }
    for (const purpose of purposes) {
        const runs = usualCommand(item, purpose, image);
        if (!runs)
            continue;
        const cwd = cwdOf(item);
        out.push({
            check: { kind: 'command', run: runs, ...(cwd ? { cwd } : {}) },
            rule: `command.${purpose}`,
            matched: [said],
            note: image
                ? "the image of the repository's root Dockerfile"
                : `the stack's usual ${purpose} command (from the document, else the repository)`,
        });
    }
    if (out.length === 0)
        return undefined;
    return out.length === 1 ? out[0] : out;
}
/** A condition on the box's own claim: "(if tests exist)", "if applicable", "(optional)", "where needed". */
const CONDITION = /\(\s*(?:if|when|where|unless|optional)\b[^()]*\)|\bif (?:applicable|needed|necessary|configured|available|present|required|possible|used|enabled|tests exist)\b|\b(?:where|when) (?:applicable|possible|needed)\b/;
/**
 * A box whose words are a command and nothing else, without backticks ("npm run test" in a list of release
 * steps): the step is done when it passes, when the command's name says it checks.
 */
function plainCommand(item) {
    if (item.code.length > 0)
        return undefined;
    const line = item.raw.replace(/^[^a-z0-9./]+/i, '').trim();
    // ("golangci-lint: 0 issues" names a tool and what it found, in words.)
    if (!/^[\w./-]+ [\w ./:=@"'-]*$/.test(line) || /^\S+:/.test(line))
        return undefined;
    // ("tsc reports no errors" is a sentence: past the tool and its sub-command, only flags, paths and one
    // script name.)
    const words = line.split(' ');
    const runner = /^(?:npm|pnpm|yarn|bun|npx|make|just|cargo|go|dotnet|mvn|\.\/gradlew|gradle|composer|uv|poetry|flutter|dart|bundle|deno)$/.test(words[0] ?? '');
    const args = words.slice(runner ? 2 : 1);
    if (args.filter((w) => !/^-|[./=]|^\d+$/.test(w)).length > (runner ? 1 : 0))
        return undefined;
    if (!ONE_COMMAND.test(line) || !CHECK_COMMAND.test(line) || SETUP_STEP.test(line) || SIDE_EFFECT.test(line))
        return undefined;
    if (/\b(?:--fix|-w|--write|--watch|watch)\b/.test(line))
        return undefined;
    return {
        check: { kind: 'command', run: line },
        rule: 'command.named',
        matched: [line],
        note: 'the box is the command itself: the step is done when it passes',
    };
}
const CLAIM_RULES = [
    namedCommand,
    typecheckPasses,
    lintPasses,
    buildSucceeds,
    auditClean,
    formatted,
    testsPass,
    bareCheckName,
    blockCommand,
];
/**
 * Every rule of a project check, then the claim grammar for a box none of them read: each rule's checks, or
 * the first refusal when none found one.
 */
const commandClaims = (item) => {
    // "Tests pass (if the module has any)", "ESLint passes (if configured)": a claim under a condition.
    const condition = CONDITION.exec(item.text);
    if (condition)
        return CLAIM_RULES.some((rule) => {
            const out = rule(item);
            return out && !('manual' in out);
        }) || claimedCheck(item)
            ? refuse(`"${condition[0].trim()}": a claim under a condition, which a check would hold unconditionally`)
            : undefined;
    const plain = plainCommand(item);
    if (plain)
        return plain;
    const found = [];
    let refused;
    for (const rule of CLAIM_RULES) {
        const out = rule(item);
        if (!out)
            continue;
        if ('manual' in out)
            refused ??= out;
        else
            found.push(...(Array.isArray(out) ? out : [out]));
    }
    if (found.length > 0)
        return found.length === 1 ? found[0] : found;
    return refused ?? claimedCheck(item);
};

;// CONCATENATED MODULE: ./src/import/rules/container.ts

const DOCKER_RULES = ['non-root', 'healthcheck', 'pinned', 'no-secrets', 'multi-stage'];
/** docker.policy with only the named rules on, so the item checks what it says. */
const dockerOnly = (...rules) => ({
    kind: 'docker.policy',
    ...Object.fromEntries(DOCKER_RULES.map((r) => [r, rules.includes(r)])),
});
const DOCKER = /\bdocker\w*|\bcontainers?\b|\bimages?\b|\bcompose\b|\bkubernetes|\bk8s\b/;
/**
 * docker.policy as a grammar: each rule of the kind by the words that claim it, in an item about the
 * image (Docker, a container, an image or a Dockerfile in its words or its outline), and none of the
 * words that make it another claim: another component's container (the database's, a proxy's, an
 * upstream image), an orchestrator's setting (Kubernetes, a pod, Helm, ECS, systemd), or an activity
 * around the image (a scan, signing, a look).
 */
const NON_ROOT = /\bnon-?root (?:users?|uids?|accounts?|containers?|execution|mode)\b|\b(?:runs?|running|executes?|as) (?:a )?non-?root\b|(?:\bnot|n't|\bnever|\bno longer) (?:be )?(?:run(?:s|ning)? |execut\w* |start\w* )?(?:as |with )(?:the )?root\b|\bruns? as (?:a |an )?(?:unprivileged|dedicated|app|service|low-privilege) user\b|\bunprivileged user\b|\bdrops? root(?: privileges)?\b|\brootless\b|\buser (?:directive|instruction) (?:is )?(?:set|present|added|used)\b|\b(?:container |image |docker )?user (?:is )?not root\b/;
const HEALTH = /\bhealth ?-?checks? (?:are |is )?(?:implemented|defined|configured|added|in place|present|set|declared)\b|\bhealth ?-?checks? in (?:the |each |every )?(?:docker )?(?:containers?|dockerfiles?|images?)\b|\bhealthcheck (?:instruction|directive)s?(?: (?:is |are )?(?:present|set|defined|added|in place))?\b|\badd (?:a )?healthcheck\b|\b(?:dockerfiles?|images?|containers?) (?:has|have|includes?|contains?|defines?|declares?|ships? with) (?:a |an )?health ?-?check\b/;
const MULTI_STAGE = /\bmulti-?stage (?:docker )?(?:builds?|dockerfiles?|images?)\b|\bbuilt in (?:two|2|several|separate) stages\b|\b(?:separate|dedicated) (?:build|builder) stage\b/;
/** "Dockerfile is multi-stage", "Docker: multi-stage": the word alone, in an item about the image. */
const MULTI_STAGE_ALONE = /\bmulti-?stage\b(?! (?:rollout|deploy\w*|release|plan|migration|process|approach))/;
const PINNED = /\b(?:specific|pinned|fixed) (?:version )?tags?\b|\bnot :?latest\b|\bno :?latest\b|\b(?:no|without) `?latest`? tags?\b|\bbase images? (?:are |is )?(?:pinned|locked|fixed)\b|\bpin(?:ned)? (?:the )?base images?\b|\bbase images? (?:use|uses|with) (?:a )?(?:fixed|specific|pinned) (?:version|tag)s?\b/;
const NO_SECRETS = /\bno (?:secrets|credentials|passwords|api keys|tokens) (?:baked )?(?:in|into|inside) (?:the )?(?:dockerfiles?|images?|layers?|env|arg|build args?)\b|\bsecrets? (?:not )?(?:baked|in the image)\b[^,;]*\bnot\b|\bnot in (?:the )?image\b|\bdockerfiles? (?:has|have|holds?|contains?) no (?:secrets|credentials|passwords)\b|\bsecrets? (?:are )?not baked into\b/;
/** Another component's container or image, or an orchestrator's setting: not the project's Dockerfile. */
const OTHER_IMAGE = /\b(?:database|db|postgres\w*|mysql|mariadb|mongo\w*|redis|memcached|nginx|proxy|sidecar|third-party|vendor|upstream|base os) (?:containers?|images?|services?)\b|\b(?:containers?|images?) (?:of|for) (?:the )?(?:database|db|postgres\w*|mysql|mariadb|mongo\w*|redis|memcached|nginx|proxy|sidecar|vendor)\b|\bsecuritycontext\b/;
/** An orchestrator's words: its pods, charts and units run the image, with settings of their own. */
const ORCHESTRATOR = /\bkubernetes|\bk8s\b|\bpods?\b|\bhelm\b|\bsystemd\b|\becs\b|\bnomad\b/;
/** An activity around the image: scanning it, signing it, reading it. */
const IMAGE_ACTIVITY = /\bscan\w*|\bsign(?:ed|ing)\b|\bfor debugging\b|\bas root for\b/;
const dockerfile = (item) => {
    const t = item.text;
    // (A HEALTHCHECK or USER instruction is a Dockerfile's own word.)
    const inDocker = DOCKER.test(`${t} ${item.context}`) || /\b(?:healthcheck|user) (?:instruction|directive)s?\b/.test(t);
    if (OTHER_IMAGE.test(t) || ORCHESTRATOR.test(t) || IMAGE_ACTIVITY.test(t))
        return dockerIgnore(t);
    const found = [];
    const nonRoot = phrase(t, NON_ROOT);
    if (nonRoot && (inDocker || /user configured|in container/.test(t)))
        found.push(['non-root', nonRoot]);
    const health = phrase(t, HEALTH);
    if (health && inDocker && !/endpoint|compose|orchestrat|scaling|load balancer|probes?\b/.test(t))
        found.push(['healthcheck', health]);
    const multi = phrase(t, MULTI_STAGE) ?? (inDocker ? phrase(t, MULTI_STAGE_ALONE) : undefined);
    if (multi)
        found.push(['multi-stage', multi]);
    const pinned = phrase(t, PINNED);
    if (pinned && inDocker)
        found.push(['pinned', pinned]);
    const secrets = phrase(t, NO_SECRETS);
    if (secrets)
        found.push(['no-secrets', secrets]);
    const ignore = dockerIgnore(t);
    if (found.length === 0)
        return ignore;
    const rules = found.map(([r]) => r);
    const policy = {
        check: {
            ...dockerOnly(...rules),
            ...(rules.includes('healthcheck') ? { 'healthcheck-in-compose': true } : {}),
        },
        rule: 'docker.policy',
        matched: found.map(([, m]) => m),
        note: rules.includes('multi-stage') && /optimi[sz]ed/.test(t)
            ? 'checks that builds are multi-stage, not how well they are optimised'
            : undefined,
    };
    return ignore ? [policy, ignore] : policy;
};
/**
 * "Dockerized (multi-stage builds, .dockerignore)", "`.dockerignore` in place": the ignore file is one of
 * the things the Docker setup has. ("`key.json` is in `.dockerignore`" is about what the file holds.)
 */
function dockerIgnore(t) {
    if (!/\.dockerignore\b/.test(t) || /\b(?:in|to|into|from|inside) (?:the )?`?\.dockerignore\b/.test(t))
        return undefined;
    const listed = /\b(?:docker|contain)\w*\b[^;]{0,60}\.dockerignore\b/.test(t) ||
        /\.dockerignore`?(?: file)? (?:is |are )?(?:present|exists?|in place|added|created|configured|set up)\b/.test(t);
    if (!listed)
        return undefined;
    return {
        check: { kind: 'repo.files-exist', paths: ['**/.dockerignore'] },
        rule: 'docker.policy',
        matched: ['.dockerignore'],
        note: 'a .dockerignore anywhere in the repository (beside each Dockerfile)',
    };
}
const compose = (item) => {
    const t = item.text;
    // "Health probes + graceful shutdown + restart policies present on services": restart policies on the
    // services are the Compose file's, though the item does not say Compose (unless it names Kubernetes).
    const onServices = /\brestart polic(?:y|ies)\b[^,;]*\bservices?\b|\bservices?\b[^,;]*\brestart polic(?:y|ies)\b/.test(t) &&
        !ORCHESTRATOR.test(`${t} ${item.context}`);
    if (!/\bcompose\b/.test(`${t} ${item.context}`) && !onServices)
        return undefined;
    // "Restart policies documented for services": a page about them, not the file's settings.
    // ("Kubernetes restart policy set" under a Compose heading: another orchestrator's setting.)
    if (/\b(?:documented|described|written down|discussed|planned)\b/.test(t) ||
        ORCHESTRATOR.test(t) ||
        /\bswarm\b/.test(t))
        return undefined;
    const restart = phrase(t, /\brestart polic(?:y|ies)\b(?: (?:are |is )?(?:configured|set|defined|present))?/) ??
        phrase(t, /\b(?:services?|containers?) (?:\w+ ){0,2}(?:restart|restarts|are restarted|get restarted) (?:automatically|on failure|always|unless[- ]stopped)\b|\brestart: (?:always|unless-stopped|on-failure)\b|\bauto-?restart(?:s|ing)?\b/);
    const health = phrase(t, /\bhealth ?-?(?:checks?|probes?)\b[^,;]*\b(?:services?|compose)\b|\bservices?\b[^,;]*\bhealth ?-?(?:checks?|probes?)\b/);
    const passwords = phrase(t, /\bno (?:default|placeholder|example|stock) (?:\w+ )?(?:passwords?|credentials)\b|\b(?:default|placeholder|example) (?:passwords?|credentials) (?:are |were |have been )?(?:removed|replaced|changed|gone)\b|\bpasswords? (?:are |were )?(?:changed|moved) (?:away )?from (?:the )?defaults?\b/);
    const on = { restart: !!restart, healthcheck: !!health, 'default-passwords': !!passwords };
    if (!restart && !health && !passwords)
        return undefined;
    return {
        check: { kind: 'compose.policy', ...on },
        rule: 'compose.policy',
        matched: [restart, health, passwords].filter((m) => !!m),
    };
};

;// CONCATENATED MODULE: ./src/import/rules/repo.ts

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_DOCS = ['**/*.md', '.github/**'];
const CODE = ['**/*.js', '**/*.jsx', '**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs'];
const NOT_TESTS = [
    '**/*.test.*',
    '**/*.spec.*',
    '**/test/**',
    '**/tests/**',
    '**/__tests__/**',
    '**/scripts/**',
];
/** `grep -r "CHANGE_THIS" … returns no results`: the pattern must not occur in tracked files. */
const grepNothing = (item) => {
    const says = phrase(item.text, /\b(?:no (?:results|matches|output)|nothing|returns? empty|returns no)\b/);
    if (!says)
        return undefined;
    for (const code of item.code) {
        const m = /\bgrep\b[^"']*(["'])([^"']+)\1/.exec(code) ?? /\bgrep\s+(?:-\w+\s+)*()([^\s"'-]\S*)/.exec(code);
        if (!m?.[2])
            continue;
        return {
            check: { kind: 'repo.forbidden-pattern', patterns: [escapeRegex(m[2])], exclude: NOT_DOCS },
            rule: 'repo.grep-finds-nothing',
            matched: [code, says],
            note: 'searches every tracked file (an untracked .env is not in the repository); documentation is left out',
        };
    }
    return undefined;
};
const ENV_FILE = /(?:^|[\s(`'"])\.env(?:\.[a-z]+)?\b(?! ?\.example| ?\.sample| ?\.template)|\benv files?\b/;
/** `.env` not committed, never commit .env, .env in .gitignore, no .env files in git. */
const envNotCommitted = (item) => {
    const t = item.text;
    const kept = keptOutFiles(t);
    if (kept)
        return {
            check: {
                kind: 'repo.untracked',
                paths: ['**/.env', '**/.env.*'],
                except: ['**/.env.example', '**/.env.sample', '**/.env.template'],
            },
            rule: 'repo.env-not-committed',
            matched: [kept],
            note: 'the variables of an app live in .env files: they are looked for; other files that hold secrets are not',
        };
    if (!ENV_FILE.test(t) && !/\.env\b/.test(item.code.join(' ')))
        return undefined;
    if (/permission|chmod|\b600\b|created on server|on the server/.test(t))
        return undefined;
    const said = phrase(t, /\bnot (?:be )?(?:committed|checked in|in (?:git|the repo(?:sitory)?|version control))\b/) ??
        phrase(t, /\b(?:never|do not|don't|not) commit\w*\b/) ??
        phrase(t, /\bno \.?env files? (?:in|committed)\b[^,;]*/) ??
        phrase(t, /\b(?:in|to) (?:the )?\.gitignore\b|\bgitignored\b|\bignored by git\b/) ??
        phrase(t, /\.gitignore (?:excludes|covers|lists|includes|ignores|contains|has)\b/) ??
        // "`.env*` files are in `.dockerignore` and `.gitignore`".
        phrase(t, /\b(?:in|to|into) (?:both )?(?:the )?\.dockerignore(?: and|,| &) (?:the |in )?\.gitignore\b/) ??
        // "No uncommitted .env files", "No `.env` file with actual values in git".
        phrase(t, /\bno (?:un)?(?:committed|staged|tracked) \.?env\b[\w.]*(?: files?)?/) ??
        phrase(t, /\b(?:excluded|kept out) (?:from|of) (?:git|the repo(?:sitory)?|version control|source control)\b|\buntracked\b/) ??
        phrase(t, /\bno \.?env(?:\.[a-z]+)? files?\b[^,;]{0,40}?\bin (?:git|the repo(?:sitory)?|version control|staged files|the staging area)\b/) ??
        phrase(t, /\b(?:are |is )?(?:git-?)?ignored$/) ??
        // "Remove the `.env` file from version control", "`git status` lists no .env files".
        phrase(t, /\bremov\w* [^,;]{0,40}?\bfrom (?:git|version control|the repo(?:sitory)?|(?:the )?git index|tracking)\b/) ??
        phrase(t, /\bno \.?env files? (?:are )?(?:listed|shown|tracked|staged)\b|\b(?:lists?|shows?) no \.?env files?\b/);
    if (!said)
        return undefined;
    return {
        check: {
            kind: 'repo.untracked',
            paths: ['**/.env', '**/.env.*'],
            except: ['**/.env.example', '**/.env.sample', '**/.env.template'],
        },
        rule: 'repo.env-not-committed',
        matched: [phrase(t, /\.env\b[\w.]*|env files?/) ?? '.env', said],
    };
};
/** The environment's variables, or files said to hold secrets, as a subject: "Environment variables", "Sensitive files". */
const KEPT_SUBJECT = /^(?:all |any |the )?(?:(?:production |prod |local )?env(?:ironment)?(?:[ -](?:variables?|vars?|files?|configs?))|(?:sensitive|secret|secrets|credential|credentials|private) files?)\b/;
/** Kept out of git: "not committed (to git)", "in `.gitignore`", "gitignored", "excluded from git". */
const KEPT_STATE = /^(?:\s+(?:are|is|were|have been|has been))?\s+(?:(?:not|never) (?:be )?(?:committed|checked in|pushed|tracked|in (?:git|the repo(?:sitory)?|version control))|(?:listed |included )?in (?:the )?\.gitignore|(?:git-?)?ignored(?: by git)?|excluded (?:from|by) (?:git|the repo(?:sitory)?|version control|\.gitignore)|kept out of (?:git|the repo(?:sitory)?|version control))\b/;
/**
 * "Environment variables not committed to git", "Sensitive files are in `.gitignore` (verify with `git
 * status`)", "Env files gitignored": the subject's files (the `.env` files) are not tracked. ("Environment
 * variables set in Vercel" is where they are set; it says nothing of git.)
 */
function keptOutFiles(t) {
    const s = t.replace(/^[^a-z0-9.]+/, '').replace(/`/g, '');
    const subject = KEPT_SUBJECT.exec(s);
    if (!subject)
        return undefined;
    const state = KEPT_STATE.exec(s.slice(subject[0].length));
    if (!state || /\bif\b|\bunless\b|\bhistory\b/.test(s))
        return undefined;
    return `${subject[0]}${state[0]}`;
}
/** No hard-coded secrets, no secrets in code or the repository, a secrets scan passes. */
const noHardcodedSecrets = (item) => {
    const t = item.text;
    const said = phrase(t, /\bno (?:hard-?coded|exposed|committed|plain-?text|embedded|inline) (?:secrets?|credentials|passwords|api keys|tokens|keys)\b/) ??
        phrase(t, /\bno (?:secrets?|credentials|passwords|api keys|tokens)(?: or (?:credentials|api keys|secrets|passwords))? (?:are exposed )?(?:in|committed to) (?:the )?(?:(?:github|gitlab|bitbucket|git|hosted|public|remote) )?(?:code(?:base)?|repo(?:sitory)?|source(?: code)?|git|frontend code|client code)\b/) ??
        // "No Razorpay secret in code", "No admin password in code": one named secret, none in the code.
        phrase(t, /\bno [a-z][\w-]* (?:secret(?: key)?|api key|access key|key|password|token|private key|client secret|credentials?)s? (?:in|committed to) (?:the )?(?:(?:source|frontend|client|application|app) )?code(?:base)?\b/) ??
        // "API keys not committed", "Secrets never committed to git", "No secrets checked into source control".
        (/(?:^|[\s(`])\.env\b/.test(t)
            ? undefined
            : (phrase(t, /\b(?:secrets?|api keys|credentials|tokens|passwords)(?: are| were)? (?:never|not) (?:committed|checked in|pushed)(?: (?:to|into) (?:the )?(?:git|repo(?:sitory)?|version control|source control))?(?! (?:to|into)\b)/) ??
                phrase(t, /\bno (?:secrets?|api keys|credentials|tokens|passwords) (?:checked|committed|pushed) (?:in)?to (?:the )?(?:git|repo(?:sitory)?|version control|source control)\b/))) ??
        // "Secrets stored in environment variables, not in code".
        phrase(t, /\b(?:secrets?|api keys|credentials|tokens|passwords)\b[^;()]{0,50}, not (?:in|hard-?coded in|committed to) (?:the )?(?:code(?:base)?|source(?: code)?|repo(?:sitory)?|git|version control)\b/) ??
        phrase(t, /\bhard-?coded (?:secrets|credentials|passwords|api keys)\b[^,;]*\b(?:removed|none)\b/) ??
        // "Nothing sensitive in the repository".
        phrase(t, /\bnothing (?:sensitive|secret|confidential) (?:is )?(?:in|committed to|checked into|pushed to) (?:the )?(?:code(?:base)?|repo(?:sitory)?|git|source(?: code)?)\b/) ??
        phrase(t, /\bsecrets?(?: leak)? (?:scan(?:ning)?|detection|checks?)s? (?:passed|passes|clean|green)\b/) ??
        phrase(t, /\bsecrets? (?:are |is )?(?:not (?:in|committed to)|kept out of) (?:the )?(?:code|repo(?:sitory)?|git|version control|source control)\b/) ??
        // "All secrets stored securely (not in Git)".
        phrase(t, /\b(?:secrets?|api keys|keys|credentials|tokens|passwords)\b[^()]{0,40}\(not (?:in|committed to) (?:git|the repo(?:sitory)?|the code(?:base)?|version control)\)/) ??
        phrase(t, /\b(?:secrets?|credentials|passwords|api keys|keys|tokens) (?:are )?not hard-?coded\b/) ??
        // "Removed hardcoded API keys from source code": none is left.
        phrase(t, /\b(?:removed?|deleted?) (?:all )?(?:hard-?coded|exposed|plain-?text|embedded) (?:secrets?|credentials|passwords|api keys|tokens|keys)\b/) ??
        // "No passwords, tokens, or API keys in source code": a list of secrets, none in the code.
        phrase(t, /\bno (?:(?:secrets?|credentials|passwords|api keys|tokens|keys),? ){1,4}(?:or|and|nor) (?:secrets?|credentials|passwords|api keys|tokens|keys) (?:in|committed to) (?:the )?(?:code(?:base)?|repo(?:sitory)?|source(?: code)?|git)\b/);
    const scanned = said ? undefined : secretScan(item);
    // (Private keys and key stores in the repository are files: the dumps rule's.)
    const kept = /\bprivate keys?\b|\.pem\b|\bkey ?stores?\b|\.p12\b|\.key files?\b/.test(t)
        ? undefined
        : secretsKeptOut(t);
    if (/\bhistory\b/.test(t) || (!said && !kept && !scanned))
        return undefined;
    // "No secrets in code or in images": the images' part is the Dockerfiles' (no secret set in ENV or ARG).
    const image = kept?.images
        ? [
            {
                check: {
                    kind: 'docker.policy',
                    'non-root': false,
                    healthcheck: false,
                    pinned: false,
                    'no-secrets': true,
                    'multi-stage': false,
                },
                rule: 'repo.no-secrets-in-code',
                matched: [kept.images],
                note: 'an image holds a secret when its Dockerfile sets one (ENV, ARG); files copied into it are not looked at',
            },
        ]
        : [];
    const words = said ?? scanned ?? (kept?.code ? kept.said : undefined);
    if (!words)
        return image.length > 0 ? image : undefined;
    const secrets = {
        check: { kind: 'repo.secrets' },
        rule: 'repo.no-secrets-in-code',
        matched: [words],
        note: /\blogs?\b/.test(t) ? 'checks the tracked files; logs are not looked at' : undefined,
        fallback: {
            check: {
                kind: 'repo.forbidden-pattern',
                patterns: [
                    '-----BEGIN [A-Z ]*PRIVATE KEY-----',
                    '\\bAKIA[0-9A-Z]{16}\\b',
                    '\\bgh[pousr]_[A-Za-z0-9]{36}\\b',
                ],
            },
            rule: 'repo.no-secrets-in-code',
            matched: [words],
            note: 'only well-known secret formats (private keys, AWS and GitHub tokens) are searched for',
        },
    };
    return image.length > 0 ? [secrets, ...image] : secrets;
};
/** A scanner of secrets by its name, or by what it does: Gitleaks, TruffleHog, "secret scan", "leak detection". */
const SCANNER = /\b(?:git-?leaks|truffle-?hog|detect-secrets|git-secrets|ggshield|gitguardian|talisman|secretlint|secrets? scan(?:ner|ning|s)?|secrets? detection|(?:credential|leak) (?:scan(?:ner|ning)?|detection))\b/;
/** What a scan says when it found nothing, or that it was run for secrets. */
const SCAN_CLEAN = /\b(?:passe[sd]|passing|pass|clean|green|succeeds|succeeded|no (?:findings|leaks|secrets|issues|alerts|results)|0 (?:findings|leaks|issues)|zero (?:findings|leaks)|(?:finds|found|reports?|reported|shows?) (?:nothing|no \w+)|(?:run|ran|executed|performed|done|completed)(?: (?:to (?:check|scan|look|search|find|detect|hunt)|on|against|for|over) [^;]{1,60}| with no \w+)?$)/;
/**
 * A secret scan run or clean: "GitLeaks or similar run to check for secrets", "TruffleHog scan clean",
 * "Secret scanning passed with no findings". A scanner's own command in a code span is the command rule's;
 * a scanning setting of the platform ("GitHub secret scanning enabled", "push protection") is a setting.
 */
function secretScan(item) {
    const t = item.text;
    const m = SCANNER.exec(t);
    if (!m || item.code.some((c) => SCANNER.test(c.toLowerCase())))
        return undefined;
    if (/\b(?:enabled|enable|settings?|dashboard|push protection|alerts?|if|when|optional|schedule[ds]?|weekly|nightly|history)\b/.test(t))
        return undefined;
    const rest = t.slice(m.index + m[0].length);
    // "Repository scanned with Gitleaks", "Secrets checked using TruffleHog": the scan was made.
    const by = /\b(?:secrets?|credentials|keys|code|repo(?:sitory)?|codebase|history|commits?) (?:were |was |are |is )?(?:scanned|checked|verified|audited|swept) (?:with|using|by) (?:a |the )?$/.exec(t.slice(0, m.index));
    if (by && !/\bhistory\b/.test(by[0]) && /^\s*(?:$|[.;]|\(|or |and )/.test(rest))
        return `${by[0]}${m[0]}`;
    const clean = SCAN_CLEAN.exec(rest);
    // ("Gitleaks runs in CI": a job of the pipeline, not a result.)
    return clean ? `${m[0]}${rest.slice(0, clean.index + clean[0].length)}`.slice(0, 80) : undefined;
}
/**
 * The head word of a secret's noun phrase, whatever comes before it: "AWS/GCP/database credentials",
 * "OAuth client secrets", "JWT secrets", "service account keys", "API keys".
 */
const SECRET_HEAD = /^(?:secrets?|credentials?|creds|passwords?|passphrases?|passwd|tokens?|keys?|apikeys?)$/;
/** Words before "key" or "token" that make it something other than a secret (a table's key, a design token). */
const NOT_SECRET = /\b(?:foreign|primary|unique|composite|sort|partition|index|translation|i18n|locale|cache|idempotency|react|list|map|object|dictionary|hot|shortcut|keyboard|public|license|licence|design|css|color|colour|lexer|parser)\b/;
/** Values that are secrets by what the words say they are: "Production values are in Cloud Run (not in git)". */
const SECRET_VALUES = /\b(?:production|prod|secret|sensitive|real|actual|live|env|environment) values$/;
/** Where a secret must not be: the code, the repository, git, the images built from them. */
const CODE_PLACE = /\b(?:in|inside|within|committed (?:to|in|into)|checked in(?:to)?|pushed to|hard-?coded in|embedded in|leaked (?:in|to|into)|((?:removed|deleted|stripped|purged|scrubbed|excluded|kept out|moved|taken|pulled|extracted) (?:from|of|out of)|kept out of|out of)) (?:the |any |our )?(?:(?:production|prod|frontend|front-end|backend|client|client-side|server|server-side|application|app|public|private|source|main|shared|committed|tracked|docker|container|github|git) ){0,2}(code(?:base)?|source(?: code)?|sources|repo(?:sitory)?|git(?:hub)?|version control|source control|images?|dockerfiles?|config(?:uration)? files?|configs|frontend|front-end|backend|client(?:-side)? bundles?|bundles?)\b(?! (?:reviews?|samples?|snippets?|examples?|blocks?|of conduct)\b)/g;
/** What is said of a noun phrase after it: the words that end it ("Secrets are in …", "Keys stored in …"). */
const NP_THEN = /^(?:all |any |the )?([^,;:()]{1,60}?) (?:are|is|were|was|stored|kept|saved|held|live|lives|managed|set|in|via|on|from|use|using|loaded)\b/;
/**
 * A claim that the code (the repository, git, the images) holds no secret, with the secret named by any
 * noun phrase whose head is a secret's word: "No AWS/GCP/database credentials in code", "No OAuth client
 * secrets in code", "API keys not in code ✓", "No secrets in code or in images", "Secrets in the vault, not
 * in the repository", "Production values are in Cloud Run (not in git)". A secret to add to the code, or
 * one said to live in a store with no word that the code is clean, is no such claim.
 */
function secretsKeptOut(t) {
    const s = t
        .replace(/[^\w\s/().,;:'-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    for (const place of s.matchAll(CODE_PLACE)) {
        const at = place.index ?? 0;
        const before = s.slice(0, at).trim();
        let np;
        // "No OAuth client secrets in code", "Zero API keys in the repo".
        const no = /(?:^|[\s,;:(])(?:no|zero) ([^,;:()]{1,60})$/.exec(before);
        // "API keys removed from the codebase", "Tokens kept out of git": the verb says none is there.
        const removed = place[1]
            ? /^(?:all |any |the )?([^,;:()]{1,60}?)(?: (?:are|is|were|was|have been|has been|been))?$/.exec(before)
            : null;
        // "API keys not in code", "Secrets are not committed to git", "Tokens never stored in the repo".
        const not = /^(?:all |any |the )?([^,;:()]{1,60}?) (?:are |is )?(?:not|never)(?: (?:be|been|stored|kept|saved|written|placed|present|included|hard-?coded))?$/.exec(before);
        if (removed?.[1])
            np = removed[1];
        else if (place[1])
            continue;
        else if (no?.[1])
            np = no[1];
        else if (not?.[1])
            np = not[1];
        // "Secrets in the vault, not in the repository", "Production values are in Cloud Run (not in git)".
        else if (/(?:,|\bbut|\band) (?:not|never)$|\((?:not|never)$/.test(before)) {
            np = NP_THEN.exec(before)?.[1];
        }
        if (!np)
            continue;
        np = np.trim();
        // ("No logging of tokens in code": the noun phrase is about something else.)
        if (SECRET_VALUES.test(np) ? ABOUT_ELSE.test(np) : !secretPhrase(np))
            continue;
        // Every place named from here on, joined by "or" / "and" / commas: "in code or in images".
        const clause = s.slice(at).split(/[;:]/)[0] ?? '';
        const named = [...clause.matchAll(CODE_PLACE)];
        const image = (m) => /^(?:images?|dockerfiles?)$/.test(m[2] ?? '');
        const images = named.find(image)?.[0];
        const code = named.some((m) => !image(m));
        return { said: s.slice(s.indexOf(np), at + place[0].length).replace(/\($/, ''), code, images };
    }
    return secretsNoPlace(s);
}
/** A place the code is, named first: "Codebase contains no secrets", "Source code is free of API keys". */
const PLACE_FIRST = /^(?:the )?(?:(?:production|source|application|app|frontend|backend|client|server|git) )?(code(?:base)?|source(?: code)?|repo(?:sitory)?|images?) (?:contains?|has|holds|includes?|is free (?:of|from)|free (?:of|from)) (?:no |zero |any )?([^,;:()]{1,60})$/;
/** A noun phrase of secrets by a word of what they are: "sensitive data", "confidential information". */
const SENSITIVE = /^(?:sensitive|secret|confidential|private) (?:data|information|info|values?|config(?:uration)?|settings|strings|details)$/;
/** Words that make a noun phrase about something else: "logging of tokens", "keys for the cache". */
const ABOUT_ELSE = /\b(?:of|for|to|with|without|about|than|from|that|which|when|if)\b/;
/** A noun phrase whose head is a secret's word, and nothing about something else ("No logging of tokens"). */
function secretPhrase(np) {
    const p = np?.trim().replace(/^(?:all |any |the )/, '');
    if (!p || ABOUT_ELSE.test(p))
        return undefined;
    const head = p.split(/[\s/]+/).at(-1) ?? '';
    // "Sensitive data", "confidential information": secrets by what the words say they are.
    if (SENSITIVE.test(p))
        return p;
    return SECRET_HEAD.test(head) && !NOT_SECRET.test(p) ? p : undefined;
}
/**
 * Secrets kept out of the code in words that name no place, or name the code first: "No passwords are
 * hard-coded", "Webhook tokens are not hard-coded", "Credentials never committed", "No tokens checked in",
 * "Codebase contains no secrets", "Source code is free of API keys". ("Not committed to the wiki" is
 * about another place.)
 */
function secretsNoPlace(s) {
    const forms = [
        [/(?:^|[\s,;:(])(?:no|zero) ([^,;:()]{1,60}?) (?:are |is )?hard-?coded\b/, 1],
        [/^(?:all |any |the )?([^,;:()]{1,60}?) (?:are |is )?(?:not|never) hard-?coded\b/, 1],
        [
            /(?:^|[\s,;:(])no ([^,;:()]{1,60}?) (?:are |were )?(?:committed|checked in|pushed)\b(?! (?:to|into)\b)/,
            1,
        ],
        [
            /^(?:all |any |the )?([^,;:()]{1,60}?) (?:are |were |is )?(?:never|not) (?:committed|checked in|pushed)\b(?! (?:to|into)\b)/,
            1,
        ],
        [PLACE_FIRST, 2],
    ];
    for (const [re, group] of forms) {
        const m = re.exec(s);
        const np = secretPhrase(m?.[group]);
        if (m && np)
            return { said: m[0].trim(), code: true, images: undefined };
    }
    return undefined;
}
/** Console output written in code: `console.log`, console logs, console statements or calls, console logging. */
const CONSOLE = /\bconsole(?:\.\*(?!\w)|(?:\.(?:log|debug|info|trace|dir)s?(?:\(\))?|[ .]?logs?|[ .]statements?|[ .]calls?|[ .]logging|[ .]output)\b)/;
/** Messages the browser's console shows, not code: "No console errors", "errors in the console". */
const CONSOLE_MESSAGES = /\bconsole (?:errors?|warnings?|messages?|exceptions?)\b|\b(?:errors?|warnings?|exceptions?|messages?) (?:in|on|from) (?:the )?(?:browser(?:'s)? |dev ?tools |js )?console\b|\bbrowser console\b|\bconsole is clean\b/;
/** A word of absence before the leftover: "No …", "Remove all …", "without …", "free of …". */
const NONE_BEFORE = /\b(?:no|zero|without|remove|removed|delete|deleted|strip|stripped|free of|clean of|eliminate|eliminated|get rid of|none of the)\b[^;:.!?]{0,50}$/;
/** A word of absence after it: "console.log statements removed", "console logging disabled". */
const NONE_AFTER = /^[^;:!?]{0,40}?\b(?:removed|deleted|stripped|gone|cleaned up|eliminated|disabled|turned off|off|left out)\b/;
/**
 * No console output left in the code, by grammar: the console leftover (any of its nouns) with a word of
 * absence before it ("No debug statements or console.log in code", "No debug code or console.log
 * statements left in", "Remove all console logs") or after it ("console.log calls removed"). Not the
 * browser's console messages ("No console errors"), not a leftover allowed somewhere or under a condition.
 */
const noConsoleLog = (item) => {
    const t = item.text;
    const c = CONSOLE.exec(t);
    if (!c || CONSOLE_MESSAGES.test(t))
        return undefined;
    // ("… in critical paths", "in some files": a scope the check cannot tell apart.)
    if (/\b(?:if|unless|when|allowed|acceptable|ok|fine|only (?:in|for) (?:dev|development|debug)|except|critical|some|where)\b|\bin \w+ paths?\b/.test(t))
        return undefined;
    const before = NONE_BEFORE.exec(t.slice(0, c.index));
    const after = NONE_AFTER.exec(t.slice(c.index + c[0].length));
    const said = before
        ? t.slice(before.index, c.index + c[0].length)
        : after
            ? `${c[0]}${after[0]}`
            : undefined;
    if (!said)
        return undefined;
    const debug = /debug/.test(t);
    return {
        check: {
            kind: 'repo.forbidden-pattern',
            patterns: ['console\\.log\\(', ...(debug ? ['^\\s*debugger;?\\s*$'] : [])],
            include: CODE,
            exclude: NOT_TESTS,
        },
        rule: 'repo.no-console-log',
        matched: [said],
        note: `application code only; test files and scripts may log${debug ? '; "debugging code" is read as debugger statements' : ''}`,
    };
};
/** Python files, and the code files of the stack the document names (JS/TS and Python when it names none). */
const PYTHON_CODE = ['**/*.py'];
const codeOf = (item) => item.doc.stack === 'node' ? CODE : item.doc.stack === 'python' ? PYTHON_CODE : [...CODE, ...PYTHON_CODE];
/** After a leftover's name: the end, a place in the code, "left", or the next entry of a list. */
const LEFT_IN_CODE = /^\s*(?:$|[.;:!)]|(?:left|remaining|anywhere|or|and|nor)\b|(?:in|from) (?:the |any |all )?(?:code|codebase|source|frontend|client|app|application|production|build|bundle|repo|repository|project|files?|javascript|typescript|python)\b)/;
/**
 * Debugging leftovers: `debugger` statements, Python breakpoints (`breakpoint()`, `pdb.set_trace()`,
 * "from pdb import set_trace"), hard-coded localhost URLs and database URLs in the code. (Console logs are
 * the console-log rule's: an item that names them is read there.)
 */
const noLeftovers = (item) => {
    const t = item.text;
    if (/\bconsole\b/.test(t))
        return undefined;
    // What follows the words must be nothing, a place in the code or a list's next entry: "No breakpoints
    // needed", "No localhost in the allowed origins" are about something else.
    const whole = (found) => found !== undefined && LEFT_IN_CODE.test(t.slice(t.indexOf(found) + found.length)) ? found : undefined;
    // "No `from pdb import set_trace()` or breakpoints", "pdb.set_trace calls removed".
    // "No print statements left", "print() calls removed": Python's output for debugging.
    const prints = (item.doc.stack === 'python' || item.doc.stacks?.includes('python')) &&
        !/\bconsole\b|\blogging\b|\blogger\b/.test(t)
        ? (phrase(t, /\b(?:no|zero|without|remove|removed)\b[^,;]{0,30}?\bprint(?:\(\))? (?:statements?|calls?)\b/) ?? phrase(t, /\bprint(?:\(\))? (?:statements?|calls?)\b[^,;]{0,30}?\b(?:removed|deleted|gone)\b/))
        : undefined;
    const python = phrase(t, /\b(?:no|without)\b[^,;]{0,30}?(?:\bi?pdb\b|\bset_trace\b|\bbreakpoint\(\))/) ??
        phrase(t, /(?:\bi?pdb|\bset_trace|\bbreakpoint\(\))[^,;]{0,30}?\b(?:removed|deleted|gone)\b/) ??
        (item.doc.stack === 'python' ? whole(phrase(t, /\bno (?:debugger )?breakpoints?\b/)) : undefined);
    const debuggerWord = whole(phrase(t, /\bno `?debugger`?(?: statements?| calls?| keywords?| lines?)?\b/)) ??
        // "No leftover debugging statements", "No debug code left" in a JavaScript document: `debugger` lines.
        (item.doc.stack === 'node'
            ? whole(phrase(t, /\bno (?:leftover |stray |remaining )?debug(?:ging)? (?:statements?|code)\b/))
            : undefined) ??
        phrase(t, /\bdebugger (?:statements?|calls?|keywords?) (?:are )?(?:removed|deleted|gone)\b/) ??
        (item.doc.stack === 'node' ? whole(phrase(t, /\bno (?:debugger )?breakpoints?\b/)) : undefined);
    const localhost = whole(phrase(t, /\bno (?:hard-?coded |leftover )?(?:localhost|127\.0\.0\.1)(?: urls?| references?| addresses| links| endpoints?| calls)?\b/)) ??
        phrase(t, /\bhard-?coded (?:localhost|127\.0\.0\.1)(?: urls?| references?| addresses| links| endpoints?)? (?:are |were )?(?:removed|replaced|gone)\b/);
    // "No MongoDB URL in frontend", "No database connection strings in the code".
    const database = phrase(t, /\bno (?:hard-?coded )?(?:mongo(?:db)?|postgres(?:ql)?|mysql|redis|database|db) (?:urls?|uris?|connection strings?) (?:in|committed to)\b/);
    const scope = { include: codeOf(item), exclude: [...NOT_TESTS, '**/*.config.*'] };
    const found = [];
    if (prints)
        found.push({
            check: {
                kind: 'repo.forbidden-pattern',
                patterns: ['^\\s*print\\('],
                include: PYTHON_CODE,
                exclude: [...NOT_TESTS, '**/manage.py', '**/cli.py', '**/__main__.py'],
            },
            rule: 'repo.no-debug-leftovers',
            matched: [prints],
            note: 'print( at the start of a line in Python files; tests, scripts and command-line entry points are left out',
        });
    if (python)
        found.push({
            check: {
                kind: 'repo.forbidden-pattern',
                patterns: ['\\bbreakpoint\\(\\)', '\\bi?pdb\\.set_trace\\(', '\\b(?:from|import) i?pdb\\b'],
                include: PYTHON_CODE,
                exclude: NOT_TESTS,
            },
            rule: 'repo.no-debug-leftovers',
            matched: [python],
            note: 'Python files only; tests and scripts may stop in the debugger',
        });
    if (debuggerWord && !python)
        found.push({
            check: {
                kind: 'repo.forbidden-pattern',
                patterns: ['^\\s*debugger;?\\s*$'],
                include: CODE,
                exclude: NOT_TESTS,
            },
            rule: 'repo.no-debug-leftovers',
            matched: [debuggerWord],
            note: 'JavaScript and TypeScript files; test files and scripts are left out',
        });
    if (localhost)
        found.push({
            check: {
                kind: 'repo.forbidden-pattern',
                patterns: ['(?:https?|wss?)://(?:localhost|127\\.0\\.0\\.1)\\b'],
                ...scope,
            },
            rule: 'repo.no-localhost',
            matched: [localhost],
            note: 'URLs to localhost in the code; tests, scripts and build configuration (*.config.*) are left out',
        });
    if (database) {
        const kind = /mongo/.test(database)
            ? 'mongodb(?:\\+srv)?'
            : /postgres/.test(database)
                ? 'postgres(?:ql)?'
                : /mysql/.test(database)
                    ? 'mysql'
                    : /redis/.test(database)
                        ? 'rediss?'
                        : '(?:mongodb(?:\\+srv)?|postgres(?:ql)?|mysql|rediss?)';
        const client = /\b(?:frontend|client|browser)\b/.test(t);
        found.push({
            check: {
                kind: 'repo.forbidden-pattern',
                patterns: [`\\b${kind}://`],
                ...(client ? { include: CODE, exclude: NOT_TESTS } : scope),
            },
            rule: 'repo.no-database-url',
            matched: [database],
            note: client
                ? 'searches every JavaScript and TypeScript file, not only the frontend: the import cannot tell its folder'
                : 'connection URLs written in the code; tests and scripts are left out',
        });
    }
    return found.length > 0 ? found : undefined;
};
/** No TODO / FIXME left (a whole-repository claim; "in critical paths" cannot be told apart, so it stays manual). */
const noTodo = (item) => {
    const t = item.text;
    const m = TODO_WORD.exec(t);
    if (!m || /critical|where|some|in \w+ paths?|\bif\b|\bunless\b|tracked|ticket|issue|backlog/.test(t))
        return undefined;
    // ("No `todo!()` or `unimplemented!()`": Rust's macros, the calls rule's.)
    if (item.code.some((c) => CALL.test(c.trim())))
        return undefined;
    // No … before the marker ("No TODO or FIXME comments", "Zero TODOs left"), or a word after it that none
    // is left ("TODO comments removed", "All TODOs resolved", "FIXMEs cleaned up").
    const before = NONE_BEFORE.exec(t.slice(0, m.index));
    const after = TODO_GONE.exec(t.slice(m.index + m[0].length));
    const said = before
        ? t.slice(before.index, m.index + m[0].length)
        : after
            ? `${m[0]}${after[0]}`
            : undefined;
    if (!said)
        return undefined;
    return {
        check: {
            kind: 'repo.forbidden-pattern',
            patterns: ['\\b(?:TODO|FIXME)\\b'],
            include: codeOf(item),
            exclude: NOT_TESTS,
        },
        rule: 'repo.no-todo',
        matched: [said.trim()],
    };
};
/** A marker of unfinished work left in code: TODO, FIXME, XXX, HACK (quoted or not, singular or plural). */
const TODO_WORD = /["'`]?\b(?:todos?|fixmes?|to-dos?)\b["'`]?/;
/** After the marker: none is left ("removed", "resolved", "addressed", "cleaned up", "gone"). */
const TODO_GONE = /^[^;:!?]{0,40}?\b(?:removed|deleted|resolved|addressed|cleaned up|gone|cleared|eliminated|fixed)\b/;
/** A README / LICENSE / CHANGELOG / .env.example that "exists", "is present", "is provided". */
const fileExists = (item) => {
    const t = item.text;
    const file = phrase(t, /\b(?:readme|license|changelog|contributing|code_of_conduct)(?:\.md)?\b|\bsecurity\.md\b|\.env\.example\b|\.dockerignore\b|\.nvmrc\b|lock ?file\b/);
    const said = phrase(t, /\b(?:exists?|present|provided|added|in place|committed|configured|created)\b|\bin (?:the )?(?:root|repo(?:sitory)?|project root)(?: directory| folder)?\b/);
    if (!file ||
        !said ||
        /\bnot\b|\bno\b|updated|complete|accurate|current|reviewed|correct|entry|entries|notes?\b|\bif\b|\boptional\b|\brecommended\b|\blink(?:s|ed)?\b/.test(t))
        return undefined;
    // "`backend/.env` created from `.env.example`": the known file is the source of another one.
    if (/\b(?:from|copy|copied|based on|using|like|per)\s*$/.test(t.slice(0, t.indexOf(file))))
        return undefined;
    // "Add screenshots to README": the file is where something goes, not the thing said to be there.
    if (/\b(?:to|into)\s+(?:the\s+)?$/.test(t.slice(0, t.indexOf(file))))
        return undefined;
    const paths = {
        readme: ['README*'],
        license: ['LICENSE*'],
        changelog: ['CHANGELOG*'],
        contributing: ['CONTRIBUTING*'],
        security: ['SECURITY*'],
        code_of_conduct: ['CODE_OF_CONDUCT*'],
    };
    const key = file.replace(/\.md$/, '');
    const globs = paths[key] ??
        (key === '.env.example'
            ? ['**/.env.example']
            : key === '.dockerignore'
                ? ['**/.dockerignore']
                : key === '.nvmrc'
                    ? ['.nvmrc']
                    : ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml']);
    // "Lock file committed": the stack's lock file (any one of the package managers' for Node).
    if (/lock ?file/.test(key)) {
        const lock = LOCK_FILES[item.doc.stack ?? ''] ?? ALL_LOCKS;
        if (/\b(?:updated?|regenerated?|refreshed|in sync|matches)\b/.test(t))
            return undefined;
        return {
            check: { kind: 'repo.files-exist', paths: [lock] },
            rule: 'repo.file-exists',
            matched: [file, said],
            note: `the lock file of ${item.doc.stack ?? 'any package manager'}: ${lock}`,
        };
    }
    // ("`LICENSE` and `NOTICE` files in place": a list of files is the file grammar's, one check for all.)
    if (/^[^A-Za-z0-9.`]*`?[\w.-]+`?\s*(?:,|&|\band\b)\s*`?[\w.-]+`?\s+files?\b/.test(item.raw))
        return undefined;
    // "LICENSE file present", "`CONTRIBUTING.md` provided": the file as written; "license file present": any.
    const written = paths[key] ? writtenAnywhere(item.raw, key) : undefined;
    return {
        check: { kind: 'repo.files-exist', paths: written ? [written] : globs },
        rule: 'repo.file-exists',
        matched: [file, said],
    };
};
/** A community file's name as written in capitals (`LICENSE`, `README.md`), anywhere in the words. */
function writtenAnywhere(raw, key) {
    const name = key.toUpperCase();
    const m = new RegExp(`(?:^|[\\s\`(])(${name}(?:\\.(?:md|rst|txt|adoc))?)(?=[\\s\`),;:.]|$)`).exec(raw);
    return m?.[1]?.replace(/\.$/, '');
}
/** Lock files by stack (a brace glob: any one of them). */
const LOCK_FILES = {
    node: '{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,bun.lock,bun.lockb}',
    python: '{poetry.lock,uv.lock,Pipfile.lock,pdm.lock}',
    rust: 'Cargo.lock',
    go: 'go.sum',
    flutter: 'pubspec.lock',
    dotnet: '**/packages.lock.json',
};
const ALL_LOCKS = '{package-lock.json,yarn.lock,pnpm-lock.yaml,bun.lock,bun.lockb,poetry.lock,uv.lock,Pipfile.lock,Cargo.lock,go.sum,pubspec.lock,composer.lock,Gemfile.lock}';
/** Where GitHub and people look for a community file: the root, `.github/` or `docs/`. */
const anywhere = (name) => [`{${name},.github/${name},docs/${name}}`];
/** A community or policy file's bare name, and where it lives. */
const BARE_FILES = [
    [
        /^(?:(?:mit|apache(?: 2\.0)?|bsd|isc|mpl(?: 2\.0)?|gpl\S*|agpl\S*|lgpl\S*) )?licen[cs]e(?: file)?$/,
        ['LICENSE*'],
    ],
    [/^code of conduct(?: file)?$/, anywhere('CODE_OF_CONDUCT*')],
    [/^contributing(?: guide| guidelines| file)?$|^contribution guide(?:lines)?$/, anywhere('CONTRIBUTING*')],
    [/^issue templates?$/, ['.github/ISSUE_TEMPLATE/*']],
    [/^(?:pr|pull request) templates?$/, ['**/{pull_request_template,PULL_REQUEST_TEMPLATE}.md']],
    [/^maintainers(?: file| list)?$/, anywhere('MAINTAINERS*')],
    [/^funding (?:config(?:uration)?|file)$/, ['.github/FUNDING.yml']],
    [/^security (?:policy|file)$|^security\.md(?: with [\w ,-]{1,60})?$/, anywhere('SECURITY*')],
    [
        /^issue and (?:pr|pull request) templates?$/,
        ['.github/ISSUE_TEMPLATE/*', '**/{pull_request_template,PULL_REQUEST_TEMPLATE}.md'],
    ],
];
/** A community file's name as written at the start of the item, with its extension ("SECURITY.md"), or `LICENSE`. */
function writtenName(raw) {
    const m = /^[^A-Za-z0-9.]*`?((?:README|CHANGELOG|CONTRIBUTING|SECURITY|CODE_OF_CONDUCT|SUPPORT|MAINTAINERS)\.(?:md|rst|txt|adoc)|LICEN[CS]E(?:\.(?:md|txt))?)`?(?=[\s,;:()]|$)/.exec(raw);
    return m?.[1] ? [m[1]] : undefined;
}
/** Headings whose items are still to do: a bare name there is a file to write, not one that is there. */
const TO_DO = /\b(?:to ?do|planned|plan|later|future|next|backlog|write|draft|missing|nice to have|roadmap|ideas?)\b/;
/**
 * A community file's bare name as the item ("Code of conduct", "MIT license", "PR template" under
 * "Community"): a release list of names says each is in place.
 */
const bareFileName = (item) => {
    const t = item.text
        .replace(/\([^()]*\)/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.:]$/, '');
    if (TO_DO.test(item.context))
        return undefined;
    for (const [re, paths] of BARE_FILES)
        if (re.test(t))
            return {
                // A name written with its extension is that file ("SECURITY.md with the policy"); words name the kind.
                check: { kind: 'repo.files-exist', paths: writtenName(item.raw) ?? paths },
                rule: 'repo.file-named',
                matched: [t],
                note: `a bare name under "${item.near}": read as the file being in place`,
            };
    return undefined;
};
/** Issue and pull request templates "present", "in place": GitHub reads them from these places. */
const templatesExist = (item) => {
    const t = item.text;
    const said = phrase(t, /\b(?:exists?|present|provided|added|in place|committed|configured|created)\b/);
    if (!said || /\bnot\b|\bno\b|updated|reviewed|referenced|linked|\bif\b|optional|recommended/.test(t))
        return undefined;
    const issue = phrase(t, /\bissue templates?\b/);
    const pr = phrase(t, /\b(?:pr|pull request) templates?\b/);
    if (!issue && !pr)
        return undefined;
    return {
        check: {
            kind: 'repo.files-exist',
            paths: [
                ...(issue ? ['.github/ISSUE_TEMPLATE/*'] : []),
                ...(pr ? ['**/{pull_request_template,PULL_REQUEST_TEMPLATE}.md'] : []),
            ],
        },
        rule: 'repo.templates-exist',
        matched: [...(issue ? [issue] : []), ...(pr ? [pr] : []), said],
    };
};
/**
 * A file's path as the whole item, under a parent or heading that says files are present
 * ("Issue templates present" › `.github/ISSUE_TEMPLATE/bug_report.md`): that file exists.
 */
const pathUnderPresent = (item) => {
    const only = item.code.length === 1 ? item.code[0]?.trim() : undefined;
    if (!only || item.text.replace(/[`\s]/g, '') !== only.toLowerCase().replace(/\s/g, ''))
        return undefined;
    if (!/^[\w.-]+(?:\/[\w.-]+)*\/?$/.test(only) || !/[./]/.test(only) || only.includes('..'))
        return undefined;
    const said = phrase(item.near, /\b(?:exists?|present|provided|in place|committed|added|created)\b/);
    if (!said)
        return undefined;
    return {
        check: { kind: 'repo.files-exist', paths: [only.endsWith('/') ? `${only}**` : only] },
        rule: 'repo.path-present',
        matched: [only, item.near],
    };
};
/** A host name (`example.com`, `api.example.io`): its last label is a top-level domain, not an extension. */
const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|info|biz|xyz|site|online|cloud|tech|me|us|uk|de|fr|eu|ca|au|in|il|nl)$/i;
/** A path as a code span (`docs/deploy.md`, `test_login.py`) or a dotfile (.env.production.template). */
function namedPaths(item) {
    const out = [];
    for (const c of item.code) {
        const f = c.trim().replace(/^\.\//, '');
        if (/^[\w.-]+(?:\/[\w.-]+)*$/.test(f) &&
            !f.includes('..') &&
            /\.[A-Za-z][\w-]{0,9}$/.test(f) &&
            !DOMAIN.test(f))
            out.push(f);
    }
    for (const m of item.raw.matchAll(/(?:^|[\s(])(\.[A-Za-z][\w-]*(?:\.[\w-]+)+)(?=[\s),:;]|$)/g))
        if (m[1] && !out.includes(m[1]))
            out.push(m[1]);
    // A path with a folder, written without backticks ("docs/DEPLOYMENT.md exists"): documents and settings.
    for (const m of item.raw.matchAll(/(?:^|[\s(])([\w.-]+\/[\w./-]*\.(?:md|mdx|rst|adoc|ya?ml|json|toml))(?=[\s),:;]|$)/g))
        if (m[1] && !m[1].includes('..') && !out.includes(m[1].replace(/^\.\//, '')))
            out.push(m[1].replace(/^\.\//, ''));
    // A dotfile of one part as the item's subject (".vsixignore configured"); not ".NET", not ".env".
    const dot = /^[^A-Za-z0-9.`]*`?(\.[a-z][\w-]{2,30})`?(?=[\s,:;]|$)/.exec(item.raw);
    if (dot?.[1] && !/^\.(?:net|env)$/i.test(dot[1]) && !out.includes(dot[1]))
        out.push(dot[1]);
    return out;
}
/** Files the known-file rule reads by name already (README, LICENSE, .env.example…). */
const KNOWN_FILE = /^(?:readme|license|changelog|contributing|code_of_conduct|security)(?:\.md)?$|^\.env\.example$|^\.dockerignore$|^\.nvmrc$/i;
/**
 * A file the item names by its path, with what happened to it: created or added ("Deployment guide created
 * (`docs/deployment.md`)", "Added `.env.production.template`") means it exists; deleted or removed ("**DELETE** `test_login.py`") means it is
 * gone; added to `.gitignore` means it is not tracked.
 */
const pathNamed = (item) => {
    const t = item.text;
    const paths = namedPaths(item).filter((p) => p !== '.gitignore' &&
        !KNOWN_FILE.test(p) &&
        // (A `.env` anywhere is kept out of git: the repository never holds it, whatever the item says.)
        (!/(?:^|\/)\.env\b/.test(p) || /\.(?:template|example|sample)$/.test(p)));
    if (paths.length !== 1)
        return undefined;
    const path = paths[0];
    const lower = path.toLowerCase();
    const at = t.indexOf(lower);
    if (at < 0)
        return undefined;
    const before = t.slice(0, at).replace(/`/g, '');
    const after = t.slice(at + lower.length).replace(/`/g, '');
    // What a condition, a comparison or another subject says about the file is not its state.
    if (/\bif\b|\bunless\b|\bupdated?\b|\bmatch\w*\b|\breview\w*\b|\bcontent\w*\b|\bin sync\b/.test(before))
        return undefined;
    // ("`HANDOVER.md` added (if the project changes hands)": a condition, wherever it is written.)
    if (/\b(?:if|unless|optional|recommended|when needed|as needed)\b/.test(t))
        return undefined;
    // "Add code to `app/layout.tsx`", "`.env` created from `config.sample.yml`": the file is where something
    // goes or where it comes from, not the thing said to be created.
    if (/\b(?:to|into|in|inside|for|from|of|on|at|with|using|via)\s*$/.test(before))
        return undefined;
    if (/^\s*(?:to|in) (?:the )?\.gitignore\b/.test(after) &&
        /^(?:add|added|put)\b/.test(before.replace(/^[^a-z]+/, '')))
        return {
            check: { kind: 'repo.untracked', paths: [path] },
            rule: 'repo.path-ignored',
            matched: [path, '.gitignore'],
        };
    const lead = before.replace(/[^a-z ]/g, ' ').trim();
    const gone = /^(?:delete|deleted|remove|removed)$/.test(lead);
    const made = 
    // (Past or state only: "Create `src/env.ts` with a schema" is a task whose point is the code it holds.)
    /^(?:added|created|committed)(?: (?:a|an|the|new))*$/.test(lead) ||
        /^\s*(?:is |was |has been )?(?:created|added|committed|present|exists)\b/.test(after) ||
        (/\b(?:created|added|in place|present)\s*[(:-]?\s*$/.test(before) && /^\s*\)/.test(after)) ||
        inPlace(path, before, after);
    if (gone)
        return {
            check: { kind: 'repo.files-absent', paths: [path] },
            rule: 'repo.path-removed',
            matched: [lead, path],
        };
    // "`appsettings.Production.json` configured": an environment's own settings are set up where that
    // environment runs (often never committed); the claim is what they hold, not a file of the repository.
    if (made && ENV_SETTINGS.test(path) && !/\b(?:created|added|committed|exists|present)\b/.test(t))
        return undefined;
    if (made)
        return {
            check: { kind: 'repo.files-exist', paths: [anywhereDoc(path)] },
            rule: 'repo.path-created',
            matched: [
                path,
                phrase(t, /\b(?:add|added|create|created|commit|committed|present|exists|in place|included|configured|set up|documented)\b/) ?? 'created',
            ],
        };
    return undefined;
};
/** A settings file of one environment: `appsettings.Production.json`, `config/staging.yml`, `local.settings.json`. */
const ENV_SETTINGS = /(?:^|[/._-])(?:production|prod|staging|local|development|dev)(?:\.|[._-][^/]*\.)(?:json|ya?ml|toml|ini|config|conf|properties|xml)$/i;
/** Code files: a path to one after a claim names where the claim is made true, not a file said to be there. */
const CODE_FILE = /\.(?:js|jsx|ts|tsx|mjs|cjs|py|go|rs|java|kt|cs|rb|php|swift)$/i;
/**
 * A file said to be in place in other words: "`netlify/functions/api.js` is set up", ".vsixignore
 * configured", and a noun with its file in parentheses, "Icon included (`media/icon.png`)", "CI workflow
 * configured (`.github/workflows/ci.yml`)". (After a noun, a code file names where the noun's claim lives:
 * "Rate limiting configured (`src/limit.ts`)" is about rate limits.)
 */
function inPlace(path, before, after) {
    // (The state ends the item: "`robots.txt` in place: served at the root" goes on about something else.)
    // ("`.goneat/policy.yaml` configured with the release policy": what it holds is for a person to read.)
    const subject = /^\s*(?:is |are |has been )?(?:set up|configured|in place|included)\s*[.;!]?\s*$/.test(after) ||
        (/^\s*(?:is |are |has been )?(?:set up|configured) with [^;:()]{1,60}$/.test(after) &&
            !/\b(?:correctly|properly)\b/.test(after));
    if (subject)
        return !/\S/.test(before.replace(/^[^a-z]*(?:confirm|verify|ensure|check)?(?: that)?\s*/, ''));
    if (CODE_FILE.test(path) || !/^\s*\)\s*[.;]?\s*$/.test(after))
        return false;
    return (/\b(?:included|configured|set up|in place|documented)\s*\(\s*$/.test(before) &&
        !/\b(?:correctly|properly)\b/.test(before));
}
/** A file named by its path is that path, as written (a bare name is at the root: "Added `RUNBOOK.md`"). */
const anywhereDoc = (path) => path;
/** No database dumps, backups, key stores or private keys committed. */
const noDumps = (item) => {
    const t = item.text;
    const what = phrase(t, /\b(?:database dumps?|sql dumps?|\.sql files?|backups?|\.pem files?|private keys?|key ?stores?|\.p12|\.key files?)\b/);
    const said = phrase(t, /\b(?:no|not)\b[^,;]*\b(?:committed|in (?:the )?(?:repo(?:sitory)?|git))\b/);
    // ("No keystore in git history": a scope the checks cannot see.)
    if (!what || !said || /\bhistory\b/.test(t))
        return undefined;
    return {
        check: {
            kind: 'repo.files-absent',
            paths: /pem|private|key/.test(what)
                ? ['**/*.pem', '**/*.key', '**/*.p12', '**/*.pfx', '**/*.jks', '**/*.keystore']
                : ['**/*.sql', '**/*.sql.gz', '**/*.dump', '**/*.bak', '**/*.backup'],
            except: ['**/migrations/**'],
        },
        rule: 'repo.no-dumps-committed',
        matched: [what, said],
        note: /pem|private|key/.test(what)
            ? undefined
            : 'database migrations may hold .sql files and are allowed',
    };
};
/** `helmet` used, `engines.node` set: values of package.json. */
const packageValue = (item) => {
    const t = item.text;
    const helmet = phrase(t, /\bhelmet(?:\.js)?(?: is)? (?:properly |correctly )?(?:used|installed|enabled|configured|in use)\b/);
    if (helmet)
        return {
            check: { kind: 'repo.value', file: 'package.json', path: 'dependencies.helmet', exists: true },
            rule: 'repo.package-dependency',
            matched: [helmet],
            note: 'checks that helmet is a dependency of the root package.json; that it is mounted is for the headers check',
        };
    // "`bcryptjs` is used", "`express-rate-limit` is installed and configured": a dependency of package.json.
    const dependency = packageNamed(item);
    if (dependency)
        return {
            check: {
                kind: 'repo.value',
                file: 'package.json',
                path: `dependencies.${dependency.name}`,
                exists: true,
            },
            rule: 'repo.package-dependency',
            matched: [dependency.phrase],
            note: `checks that ${dependency.name} is a dependency of the root package.json; what it does is for the other checks`,
        };
    const engines = phrase(t, /(?:`engines`|\bengines(?:\.node| field| entry)\b)[^,;]*\b(?:set|defined|specif(?:y|ies|ied)|pinned|declared?s?)\b|\bnode(?:\.js)? version (?:pinned|specified|set) in package\.json\b/);
    if (engines)
        return {
            check: { kind: 'repo.value', file: 'package.json', path: 'engines.node', 'not-empty': true },
            rule: 'repo.package-engines',
            matched: [engines],
        };
    // "Node version is specified", "Node.js version pinned": in a Node project, package.json states it.
    const stated = item.doc.stack === 'node' || item.doc.stack === undefined
        ? phrase(t, /^[^a-z0-9]*(?:the )?(?:required |minimum )?node(?:\.js)? (?:engine |runtime )?version (?:is |has been )?(?:specified|pinned|set|declared|defined|stated|locked)(?: in (?:the )?package\.json| \(engines(?:\.node)?\))?\s*[.;]?$/)
        : undefined;
    if (stated)
        return {
            check: { kind: 'repo.value', file: 'package.json', path: 'engines.node', 'not-empty': true },
            rule: 'repo.package-engines',
            matched: [stated],
            note: 'read as engines.node in package.json (an .nvmrc is another place a version is stated)',
        };
    // "Node 22+ minimum", "Requires Node.js 20 or newer": the project states the version it needs.
    const minimum = item.doc.stack === 'node'
        ? phrase(t, /^(?:node(?:\.js)? v?\d+(?:\.\d+)*\+? (?:minimum|required|or (?:newer|later|higher))|(?:minimum|requires?) node(?:\.js)? (?:version )?v?\d+(?:\.\d+)*\+?)$/)
        : undefined;
    if (minimum)
        return {
            check: { kind: 'repo.value', file: 'package.json', path: 'engines.node', 'not-empty': true },
            rule: 'repo.package-engines',
            matched: [minimum],
            note: 'checks that package.json states the Node.js version it needs (engines.node), not which one',
        };
    return undefined;
};
/** An npm package's name as a code span shows it: `bcryptjs`, `express-rate-limit`, `@scope/name`. */
// (No dots: `socket.io` would read as a path of package.json, and most dotted names are files.)
const PACKAGE = /^(?:@[a-z0-9][\w-]*\/)?[a-z0-9][a-z0-9_-]{2,}$/;
/** Tools usually kept in devDependencies or installed globally: not a dependency the check should require. */
const DEV_TOOLS = /^(?:@types\/.*|eslint.*|prettier.*|jest|vitest|mocha|chai|typescript|ts-node|tsx|husky|lint-staged|nodemon|pm2|forever|webpack.*|vite|babel.*|@babel\/.*|rollup|esbuild|playwright|@playwright\/.*|cypress|npm|pnpm|yarn|npx|node|git)$/;
/** Names of branches, environments and folders, written in code spans as often as packages are. */
const NOT_PACKAGES = /^(?:main|master|develop|dev|release|production|prod|staging|test|dist|build|src|lib|docs|public|static|assets|config|scripts|latest|stable)$/;
/** A package the item names in a code span and says is installed or used, in a Node project. */
function packageNamed(item) {
    if (item.doc.stack !== 'node')
        return undefined;
    for (const code of item.code) {
        const name = code.trim();
        if (!PACKAGE.test(name) || name === 'helmet' || DEV_TOOLS.test(name))
            continue;
        const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        const said = new RegExp(`(?:^|\\s)${escaped}(?: package)?(?: is| are)? (?:properly |correctly )?(?:installed|used|in use|added|configured|enabled)\\b`).exec(item.text);
        // "used on all input endpoints": where it is used is beyond a dependency; "`main` is used as the
        // release branch": a role, not a package.
        if (!said || /\b(?:on|for|in|across) (?:all|every|each)\b|\beverywhere\b/.test(item.text))
            continue;
        if (NOT_PACKAGES.test(name) || /^\s*as\b/.test(item.text.slice(said.index + said[0].length)))
            continue;
        return { name, phrase: said[0].trim() };
    }
    return undefined;
}
/** "No placeholder text (lorem ipsum)": no filler text left in the tracked files. */
const noPlaceholderText = (item) => {
    const t = item.text;
    const said = phrase(t, /\bno (?:placeholder|dummy|filler|sample) (?:text|content|copy)\b/) ??
        phrase(t, /\b(?:no|removed?|without) (?:any )?lorem ipsum\b|\blorem ipsum\b[^,;]*\b(?:removed|replaced|gone)\b/);
    if (!said)
        return undefined;
    return {
        check: {
            kind: 'repo.forbidden-pattern',
            patterns: ['[Ll]orem [Ii]psum'],
            exclude: ['**/*.test.*', '**/*.spec.*', '**/test/**', '**/tests/**', '**/__tests__/**'],
        },
        rule: 'repo.no-placeholder-text',
        matched: [said],
        note: 'looks for "lorem ipsum"; add your own placeholder words to patterns',
    };
};
/** `.gitignore` and `.dockerignore` named as the list a path is in ("is in `.gitignore`", "added to .dockerignore"). */
const IN_GITIGNORE = /\b(?:in|to|into|by)\b[^;]{0,40}?\.gitignore\b|\.gitignore (?:excludes|covers|lists|includes|ignores|contains|has)\b|\bgit-?ignored\b|\bignored by git\b/;
const IN_DOCKERIGNORE = /\b(?:in|to|into|by)\b[^;]{0,40}?\.dockerignore\b|\.dockerignore (?:excludes|covers|lists|includes|ignores|contains|has)\b|\bdocker-?ignored\b/;
/** Words that say a path is not in git: "not committed", "no … in staged files", "No uncommitted keys". */
const NOT_IN_GIT = /\bnot (?:be )?(?:committed|tracked|staged|checked in|in (?:git|the repo(?:sitory)?|version control)|under version control)\b|\buntracked\b|\b(?:excluded|kept out) (?:from|of) (?:git|the repo(?:sitory)?|version control|source control)\b|\bno (?:un)?(?:committed|staged|tracked)\b|\bnever (?:be )?commit(?:ted)?\b|^no\b[^;]{0,60}?\bin (?:git|the repo(?:sitory)?|version control|staged files|the staging area|the index)\b|^no\b[^;]{0,60}?\b(?:committed|checked in|tracked)\b/;
/** A variable's name in capitals, not a folder (`NODE_ENV`). */
const VAR_LIKE = /^[A-Z][A-Z0-9_]*$/;
/** A path or glob as a code span: `serviceAccountKey.json`, `*.pem`, `dist/`, `config/secrets.yml`. */
const IGNORED_PATH = /^(?:\*\*\/|\.\/|\/)?[\w*.-]+(?:\/[\w*.-]+)*\/?$/;
/** The file a `git status | grep NAME` (or `git ls-files | grep NAME`) looks for. */
function greppedName(code) {
    const m = /\bgit (?:status|ls-files|diff --cached)\b[^|]*\|\s*grep(?: -\w+)* ["']?([^"'\s|]+)["']?/.exec(code);
    const name = m?.[1]?.replace(/\\/g, '');
    return name && /^[\w.*-]+$/.test(name) ? name : undefined;
}
/** A path as a glob of the repository: a bare name is matched in any folder, a folder with all it holds. */
function anyFolder(p) {
    const f = p.replace(/^(?:\.\/|\/)/, '');
    const dir = f.endsWith('/');
    const bare = !f.replace(/\/$/, '').includes('/') && !f.startsWith('**/');
    return `${bare ? '**/' : ''}${f}${dir ? '**' : ''}`;
}
/** An entry of an ignore file that covers the path: the path's text, `*` as any characters, on a line not a comment or `!`. */
const entryPattern = (p) => `^[^#!\\n]*${p
    .replace(/^(?:\*\*\/|\.\/|\/)/, '')
    .replace(/\/$/, '')
    .replace(/^\*+|\*+$/g, '')
    .split('*')
    .map(escapeRegex)
    .join('[^\\s]*')}`;
/**
 * A path said to be kept out of git or out of the Docker build context: "`serviceAccountKey.json` is in
 * `.gitignore`", "No `x.json` in staged files", "No uncommitted keys: `git status | grep x`" (not tracked,
 * and ignored); "`x.json` is in `.dockerignore`" (the ignore file lists it). A `.env` is the env rule's
 * (except for `.dockerignore`), and "git history" is a scope the checks cannot see.
 */
const pathKeptOut = (item) => {
    const t = item.text;
    if (/\bhistory\b|\bif\b|\bunless\b|\bwhether\b/.test(t))
        return undefined;
    // ("`dist/` is not in .gitignore (we ship it)": the path is meant to be committed.)
    if (/\bnot (?:in|listed in|covered by|excluded by) (?:the )?\.(?:git|docker)ignore\b|\bnot (?:git-?)?ignored\b/.test(t))
        return undefined;
    const paths = [];
    for (const c of item.code) {
        const f = c.trim();
        const grepped = greppedName(f);
        if (grepped)
            paths.push(/[.*]/.test(grepped) ? grepped : `*${grepped}*`);
        else if (IGNORED_PATH.test(f) &&
            /[.*/]/.test(f) &&
            !f.includes('..') &&
            !/^\.(?:git|docker)ignore$/.test(f) &&
            // (`console.log`, `process.env`: code, not a file.)
            !/^(?:console|process|window|document|self|this|os|sys|import\.meta)\./.test(f) &&
            !CALL.test(f) &&
            !DOMAIN.test(f))
            paths.push(f);
    }
    // Paths written without backticks: "credentials.json not committed", "node_modules is in .gitignore".
    for (const p of plainPaths(item.raw))
        if (!paths.includes(p) && !item.code.some((c) => c.trim() === p))
            paths.push(p);
    const git = phrase(t, IN_GITIGNORE) ?? phrase(t, NOT_IN_GIT);
    const docker = phrase(t, IN_DOCKERIGNORE);
    // A folder's bare name (`node_modules`, `dist`) only where the ignore file is named: it and all it holds.
    if (/\.(?:git|docker)ignore\b/.test(t))
        for (const c of item.code)
            if (/^[A-Za-z_][\w-]{1,40}$/.test(c.trim()) && !VAR_LIKE.test(c.trim()))
                paths.push(`${c.trim()}/`);
    if (paths.length === 0)
        return undefined;
    if (!git && !docker)
        return undefined;
    // ("`.gitignore` excludes `.env`": the env rule reads every `.env`.)
    const isEnv = (p) => /(?:^|\/|\*)\.env\b/.test(p) && !/\.(?:example|sample|template)$/.test(p);
    const found = [];
    // (Examples are meant to be committed; "Add `x.json` to .gitignore" is the named-path rule's.)
    const tracked = paths.filter((p) => !isEnv(p) && !/\.(?:example|sample|template)$/.test(p));
    // (Asked only when the path rule could be the one: it reads the whole item again.)
    const named = () => {
        const added = pathNamed(item);
        return !!added && !Array.isArray(added) && 'check' in added && added.check.kind === 'repo.untracked';
    };
    if (git && tracked.length > 0 && !named())
        found.push({
            check: { kind: 'repo.untracked', paths: tracked.map(anyFolder) },
            rule: 'repo.path-ignored',
            matched: [...tracked, git],
            note: tracked.some((p) => !p.includes('/'))
                ? 'a name without a folder is looked for in every folder'
                : undefined,
        });
    if (docker)
        for (const p of paths)
            found.push({
                check: { kind: 'repo.required-pattern', pattern: entryPattern(p), files: ['**/.dockerignore'] },
                rule: 'repo.path-dockerignored',
                matched: [p, docker],
                note: `looks for a line of .dockerignore naming ${p}; a wider pattern that covers it is not read as one`,
            });
    return found.length > 0 ? found : undefined;
};
/** Folders of tools and builds that are never committed, by their usual names. */
const TOOL_FOLDER = /^(?:node_modules|__pycache__|\.venv|venv|\.next|\.nuxt|\.terraform|\.pytest_cache|\.mypy_cache|\.gradle|\.idea)$/;
/**
 * Paths in the item's words outside code spans: a file with an extension (`keys/*.pem` too), a folder
 * written with its slash (`dist/`), a tool's folder by its name (node_modules). Not ignore files, not `.env`
 * (the env rule's), not code (`console.log`) or host names.
 */
function plainPaths(raw) {
    const out = [];
    for (const m of raw.matchAll(/(?:^|[\s(,])([\w*./-]{2,120})(?=$|[\s),:;])/g)) {
        const f = (m[1] ?? '').replace(/\.$/, '');
        if (!f || f.includes('..') || f.startsWith('/') || /^\.(?:git|docker)ignore$/.test(f))
            continue;
        if (/(?:^|\/|\*)\.env\b/.test(f) || DOMAIN.test(f) || CALL.test(f))
            continue;
        if (/^(?:console|process|window|document|self|this|os|sys|import\.meta)\./.test(f))
            continue;
        if (/^[\w.-]+\.js$/i.test(f) &&
            /^(?:node|next|nuxt|vue|express|react|three|chart|d3|socket)\.js$/i.test(f))
            continue;
        const file = /^(?:\*\*\/)?[\w*./-]*[\w*-]\.[A-Za-z][\w]{0,9}$/.test(f) && /[A-Za-z_*]/.test(f.split('.')[0] ?? '');
        const folder = /^[\w.-]{2,60}\/$/.test(f) || TOOL_FOLDER.test(f);
        if (file || folder)
            out.push(TOOL_FOLDER.test(f) ? `${f}/` : f);
    }
    return out.slice(0, 8);
}
/** A call or macro as written in a code span: `.unwrap()`, `todo!()`, `eval(`, `print()`, `fmt.Println()`. */
const CALL = /^\.?[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*){0,3}!?\(\)?$/;
/** The code files of a stack, for a construct of that language. */
const FILES_OF = {
    rust: ['**/*.rs'],
    python: PYTHON_CODE,
    go: ['**/*.go'],
    node: CODE,
    dotnet: ['**/*.cs'],
    java: ['**/*.java', '**/*.kt'],
};
/**
 * A call or macro said to be absent from the code: "No `.unwrap()` in production code", "No `todo!()` or
 * `unimplemented!()`", "No `eval()` calls": a forbidden pattern in the code files of the document's stack
 * (a macro, `name!()`, is Rust's). Console logs, debuggers and breakpoints are the leftovers rules'.
 */
const noCallsLeft = (item) => {
    const calls = item.code.map((c) => c.trim()).filter((c) => CALL.test(c));
    if (calls.length === 0 || calls.length !== item.code.length)
        return undefined;
    if (/\bconsole\b|\bdebugger\b|\bpdb\b|set_trace|breakpoint/.test(item.text))
        return undefined;
    // The item is "no" and the calls, then at most where ("in production code") or what they are ("calls").
    let rest = item.text.replace(/^[^a-z0-9.]+/, '');
    for (const c of calls)
        rest = rest.replace(c.toLowerCase(), ' § ');
    rest = rest.replace(/\s+/g, ' ').trim();
    const said = /^(?:ensure |verify )?(?:there are )?(?:no|zero) §(?: ?(?:,|or|and|nor|\/) §){0,5}(?: (?:calls?|statements?|usages?|invocations?|macros?|left|remaining))?(?: (?:in|across|anywhere in) (?:the )?(?:(?:production|prod|library|application|app|source|main|non-test|release|backend|frontend|server|runtime) )?(?:code(?:base)?|sources?|src|crates?|packages?|paths?))?$/.exec(rest);
    if (!said)
        return undefined;
    const macro = calls.some((c) => /!\($/.test(c.replace(/\)$/, '')));
    const stack = macro ? 'rust' : item.doc.stack;
    const include = stack ? FILES_OF[stack] : undefined;
    const patterns = calls.map((c) => {
        const call = c.replace(/\)$/, '');
        return `${/^[A-Za-z_$]/.test(call) ? '\\b' : ''}${escapeRegex(call)}`;
    });
    return {
        check: {
            kind: 'repo.forbidden-pattern',
            patterns,
            ...(include ? { include } : {}),
            exclude: [...NOT_TESTS, '**/benches/**', '**/examples/**'],
        },
        rule: 'repo.no-calls-left',
        matched: [...calls, said[0].includes('code') ? 'in code' : 'no'],
        note: `${include ? `${stack === 'node' ? 'JavaScript and TypeScript' : include.join(', ')} files` : 'every tracked file'}; test folders, benches and examples are left out${stack === 'rust' ? ' (tests inside a source file are not)' : ''}`,
    };
};
/** Project files of .NET and others that hold XML elements: `.csproj`, `Directory.Build.props`, `.nuspec`. */
const PROJECT_FILE = /(?:^|[\s(])((?:[\w.-]*\.)?(?:csproj|fsproj|vbproj|props|targets|nuspec)|directory\.build\.props|pom\.xml|androidmanifest\.xml|web\.config|app\.config)\b/;
/** An XML element as a code span: `<Authors>`, `<GenerateDocumentationFile>true</GenerateDocumentationFile>`. */
const ELEMENT = /^<([A-Za-z][\w.-]{0,60})>(?:([^<>]{1,80})<\/([A-Za-z][\w.-]{0,60})>)?$/;
/**
 * Elements of a project file said to be set: "Ensure `<Authors>`, `<Company>` … are set in `.csproj`",
 * "`<PackageReadmeFile>` points to `README.md`", "`<GenerateDocumentationFile>true</…>` is set": one
 * required pattern per element in the project files (the element with a value, or the value written).
 * Updating one ("Update `<PackageReleaseNotes>` …") is a change to review, not a state.
 */
const projectElements = (item) => {
    const t = item.text;
    const elements = item.code
        .map((c) => ELEMENT.exec(c.trim()))
        .filter((m) => m !== null);
    if (elements.length === 0)
        return undefined;
    const file = phrase(t, PROJECT_FILE);
    if (!file && item.doc.stack !== 'dotnet')
        return undefined;
    const said = phrase(t, /\b(?:are |is )?(?:set|present|defined|specified|filled in|filled|configured|included|enabled)\b|\bpoints? to\b/);
    if (!said || /\b(?:update|updated|change|bump|add|remove|review|if)\b/.test(t))
        return undefined;
    const files = !file
        ? ['**/*.csproj', '**/Directory.Build.props']
        : /csproj|fsproj|vbproj|props|targets/.test(file)
            ? [`**/*.${/fsproj|vbproj/.exec(file)?.[0] ?? 'csproj'}`, '**/Directory.Build.props']
            : /nuspec/.test(file)
                ? ['**/*.nuspec']
                : [`**/${item.code.find((c) => c.toLowerCase() === file) ?? file}`];
    // The file the element points to ("points to a comprehensive `README.md`"): its name is the value.
    const target = /\bpoints? to\b/.test(t)
        ? item.code.find((c) => /^[\w./-]+\.\w{1,8}$/.test(c.trim()) && !PROJECT_FILE.test(` ${c.toLowerCase()}`))
        : undefined;
    return elements.map((m) => {
        const name = m[1];
        const value = m[2] !== undefined && m[3] === name ? m[2].trim() : undefined;
        const pattern = value
            ? `<${escapeRegex(name)}>\\s*${escapeRegex(value)}\\s*</${escapeRegex(name)}>`
            : target && elements.length === 1
                ? `<${escapeRegex(name)}>[^<]*${escapeRegex(target.trim())}\\s*</${escapeRegex(name)}>`
                : `<${escapeRegex(name)}>\\s*[^<\\s]`;
        return {
            check: { kind: 'repo.required-pattern', pattern, files, ...(value ? { 'ignore-case': true } : {}) },
            rule: 'repo.project-element',
            matched: [`<${name.toLowerCase()}>`, said],
            note: `${value ? `<${name}> set to ${value}` : target ? `<${name}> naming ${target.trim()}` : `<${name}> with a value`} in ${files.join(' or ')} (any one file will do)`,
        };
    });
};
/**
 * A README named with what it holds ("README for each service with setup, usage, and troubleshooting",
 * "README with install steps"): the README is in place, in each part's folder when the item says each;
 * what it holds is for a person to read.
 */
const readmeHolds = (item) => {
    const m = /^(?:a )?readme(?: files?)?( (?:for|in) (?:each|every|all) (?:services?|packages?|modules?|apps?|components?|crates?|librar(?:y|ies)|projects?|folders?))? (?:with|containing|covering|including|describing|documenting|that (?:covers|explains|describes|documents)|(?:includes|contains|covers|explains|describes|documents|lists|has))\b[^;]{1,120}$/.exec(item.text.replace(/^[^a-z0-9]+/, ''));
    if (!m || TO_DO.test(item.context) || CHANGE_WORDS.test(item.text))
        return undefined;
    const each = !!m[1];
    return {
        check: { kind: 'repo.files-exist', paths: [each ? '**/README*' : 'README.md'] },
        rule: 'repo.readme-holds',
        matched: [m[0].slice(0, 60)],
        note: `checks that ${each ? 'a README exists (any folder: the item names no folder of its parts)' : 'the README exists'}; what it holds is for a person to read`,
    };
};
/** Words that make an item about a document a change to it, not the document being there. */
const CHANGE_WORDS = /\b(?:update|updated|new|entries|entry|added|add|write|draft|review|link(?:s|ed)? to|no|not|broken|badges?)\b/;

;// CONCATENATED MODULE: ./src/import/rules/manifest.ts

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
const MANIFEST = /\bpackage\.json\b|\bmanifest\b|\bextension\b|\bpackag(?:e|ing)\b|\bnpm\b|\bmarketplace\b|\bvsix\b/;
const PAGE_META = /\bseo\b|\bmeta tags?\b|\bopen ?graph\b|\bog\b|\bpages?\b|\bhtml\b|\bsocial\b/;
/** A section about a package or an extension as a whole ("Extension Package", "Packaging & Distribution"). */
const PACKAGING = /\bpackage\.json\b|\bmanifest\b|\bmetadata\b|\bextension\b|\bpackag(?:e|ing)\b|\bmarketplace\b/;
/** In the outline about the package, in a document of a Node project (or one whose words name no other stack). */
const inNodePackage = (item, context) => context.test(item.context) &&
    (item.doc.stack === 'node' || item.doc.stack === undefined || /\bpackage\.json\b/.test(item.context));
/** Labels of package.json's own fields, as people write them. */
const FIELDS = [
    [/^(?:package |extension )?name$/, 'name'],
    [/^display ?name$/, 'displayName'],
    [/^version$/, 'version'],
    [/^publisher$/, 'publisher'],
    [/^licen[cs]e$/, 'license'],
    [/^description$/, 'description'],
];
/** The package.json field a label names, if any. */
const fieldOf = (label) => FIELDS.find(([re]) => re.test(label))?.[1];
/**
 * `Name: "reposense"`, `Version: "1.0.0"` under "Extension metadata accurate:": package.json has that
 * value. (A label with no quoted value, "Description clear and compelling", is a judgement.)
 */
const packageMetadata = (item) => {
    if (!inNodePackage(item, MANIFEST) || !MANIFEST_NEAR.test(item.near) || PAGE_META.test(item.context))
        return undefined;
    const m = /^[^A-Za-z0-9]*([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?:"([^"]{1,120})"|“([^”]{1,120})”|`([^`]{1,120})`)\s*$/.exec(item.raw);
    if (!m?.[1])
        return undefined;
    const label = m[1].toLowerCase().trim();
    const field = fieldOf(label);
    const value = m[2] ?? m[3] ?? m[4];
    if (!field || value === undefined || !value.trim())
        return undefined;
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
const packageJsonValue = (item) => {
    const m = /^[^A-Za-z0-9]*(?:the )?package\.json(?:'s)? ([a-z][a-z ]{1,20}?)(?: field)? (?:is|=|:|set to|equals|reads) (?:"([^"]{1,120})"|“([^”]{1,120})”|([^\s"“”]{1,80}))\s*[.;]?$/.exec(item.raw) ??
        /^[^A-Za-z0-9]*(?:the )?([a-z][a-z ]{1,20}?)(?: field)? in package\.json (?:is|=|set to|equals|reads) (?:"([^"]{1,120})"|“([^”]{1,120})”|([^\s"“”]{1,80}))\s*[.;]?$/i.exec(item.raw);
    if (!m?.[1])
        return undefined;
    const label = m[1].toLowerCase().trim();
    const field = fieldOf(label);
    const value = (m[2] ?? m[3] ?? m[4])?.replace(/[.;,]$/, '');
    if (!field || !value)
        return undefined;
    // Unquoted, only a value that cannot be a state word: a version number, a licence's identifier
    // ("`package.json` version is bumped" is the version-bump rule's).
    if (m[4] !== undefined &&
        !(field === 'version' && /^v?\d+\.\d+/.test(value)) &&
        !(field === 'license' && /^(?:[A-Z]{2,}[\w.+-]*|[A-Z][a-z]+-\d[\w.-]*)$/.test(value)))
        return undefined;
    return {
        check: { kind: 'repo.value', file: 'package.json', path: field, equals: value },
        rule: 'repo.package-field',
        matched: [`${label}: ${value.toLowerCase()}`],
    };
};
/** Fields of package.json said to be in place by the name people give them. */
const PRESENT_FIELDS = [
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
const packageFieldSet = (item) => {
    const named = /\bin (?:the )?package\.json\s*[.;]?$/.test(item.text);
    if (!named && !inNodePackage(item, PACKAGING))
        return undefined;
    const m = /^[^a-z0-9]*([a-z][a-z ]{2,30}?) (?:is |are )?(?:configured|included|set|present|added|defined|specified|filled in)(?: in (?:the )?package\.json)?\s*[.;]?$/.exec(item.text);
    if (!m?.[1])
        return undefined;
    const name = m[1].replace(/^(?:the|a|an) /, '').trim();
    const found = PRESENT_FIELDS.find(([re]) => re.test(name));
    // ("`exports` field set": the field's own name, before the word "field".)
    const field = found?.[1] === '' ? name.replace(/ field$/, '') : found?.[1];
    if (!field)
        return undefined;
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
const typescriptStrict = (item) => {
    const t = item.text;
    if (!/\b(?:typescript|tsconfig(?:\.json)?|ts)\b/.test(t))
        return undefined;
    const said = phrase(t, /\b(?:typescript|tsconfig(?:\.json)?|ts)(?:'s| compiler)? (?:["'`]?strict["'`]?(?: mode)?|strict(?: type[- ]checking)?)(?: is| are)? (?:enabled|on|turned on|set|true|enforced)\b/) ??
        // "Strict TypeScript enabled", "TypeScript in strict mode".
        phrase(t, /\bstrict (?:typescript|ts)(?: mode)?(?: is)? (?:enabled|on|turned on|set|enforced)\b/) ??
        phrase(t, /^[^a-z0-9]*(?:typescript|ts) (?:is )?(?:in|set to|running in|using) strict mode\s*[.;]?$/) ??
        // "tsconfig.json with strict mode": the file named with the setting it holds.
        phrase(t, /^[^a-z0-9]*tsconfig(?:\.json)? (?:with|has|using|in) strict(?: mode| type[- ]checking)?(?: (?:on|enabled))?\s*[.;]?$/) ??
        phrase(t, /\bstrict(?: mode)?(?: is)? (?:enabled|on|turned on|set|true|enforced) in (?:the )?tsconfig(?:\.json)?\b/) ??
        phrase(t, /["'`]?strict["'`]?\s*:\s*true\b[^,;]{0,30}\btsconfig(?:\.json)?\b|\btsconfig(?:\.json)?\b[^,;]{0,30}["'`]?strict["'`]?\s*:\s*true\b/);
    if (!said || /\bnot\b|\bno\b|\bdisabled\b|\boff\b/.test(t))
        return undefined;
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
const manifest_escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Manifests that declare a project's dependencies, by their base name. */
const MANIFEST_FILE = /^(?:pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|requirements(?:[-_.][\w-]+)?\.txt|pyproject\.toml|setup\.cfg|Pipfile|Cargo\.toml|go\.mod|Gemfile|composer\.json|package\.json|[\w.-]+\.csproj|Directory\.Packages\.props|pubspec\.yaml|mix\.exs|deps\.edn|project\.clj)$/;
/** A path to a manifest as written (`backend/pom.xml`, `Cargo.toml`), or undefined. */
function manifestPath(token) {
    const f = token
        .trim()
        .replace(/^\.\//, '')
        .replace(/[.,;:]+$/, '');
    if (f.includes('..') || f.startsWith('/') || !/^[\w./-]{3,160}$/.test(f))
        return undefined;
    return MANIFEST_FILE.test(f.slice(f.lastIndexOf('/') + 1)) ? f : undefined;
}
/** Nouns for what a dependency is, after its name. */
const DEPENDENCY_NOUN = /^(?:dependency|dependencies|package|library|driver|connector|client|crate|gem|module|plugin|starter|artifact|jar)$/;
/** Words that are not a dependency's name. */
const NOT_A_NAME = /^(?:all|every|each|any|the|a|an|no|new|unused|old|outdated|required|needed|missing|production|prod|dev|test|runtime|build|main|project|version|versions|dependency|dependencies|package|packages|library|libraries)$/;
/**
 * "PostgreSQL dependency enabled in `backend/pom.xml`", "`redis` crate added to `Cargo.toml`", "psycopg2
 * listed in requirements.txt": the manifest names the dependency (a pattern of its name in that file, any
 * case). Not a version of it ("Spring Boot version updated in pom.xml": a change), not a removal.
 */
const dependencyInManifest = (item) => {
    const t = item.text.replace(/`/g, '');
    const m = /^[^a-z0-9@]*(?:the )?([a-z0-9@][\w.@/+-]{1,60}?)(?: ([a-z][\w-]{1,20}))? (?:is |are |has been |have been )?(enabled|added|included|present|declared|listed|installed|configured|defined|set up|in place)(?: (?:as a dependency|properly|correctly))? (?:in|to|into) (?:the )?([\w./-]{3,160})\s*[.;]?$/.exec(t);
    if (!m?.[1] || !m[4])
        return undefined;
    const name = m[1];
    if (m[2] && !DEPENDENCY_NOUN.test(m[2]))
        return undefined;
    // (A bare name with no noun only when it is written as code: "`psycopg2` listed in requirements.txt".)
    if (!m[2] && !item.code.some((c) => c.trim().toLowerCase() === name))
        return undefined;
    if (NOT_A_NAME.test(name) || /\b(?:version|update|remove|not|no|if)\b/.test(t))
        return undefined;
    const written = item.code.map((c) => manifestPath(c)).find(Boolean) ?? manifestPath(m[4]);
    const file = written && written.toLowerCase() === m[4].replace(/[.,;:]+$/, '') ? written : undefined;
    if (!file)
        return undefined;
    // package.json's dependencies are keys: the package rule reads them as values.
    if (/(?:^|\/)package\.json$/.test(file))
        return undefined;
    return {
        check: { kind: 'repo.required-pattern', pattern: manifest_escapeRegex(name), files: [file], 'ignore-case': true },
        rule: 'repo.manifest-dependency',
        matched: [name, m[3] ?? 'in', file.toLowerCase()],
        note: `looks for "${name}" anywhere in ${file} (any case); the artifact's exact name may differ`,
    };
};
/** A setting as code: `unsafe_code = "forbid"`, `strict_mode: true` (lower case: capitals are variables). */
const SETTING = /^["']?([a-z][\w.-]{1,60})["']?\s*(=|:)\s*("[^"]{0,80}"|'[^']{0,80}'|[\w.-]{1,80})$/;
/** Files of settings by their extension, as the item names them. */
const SETTINGS_FILE = /^[\w./-]{1,160}\.(?:toml|ya?ml|ini|cfg|conf|properties|gradle|kts|xml)$|^(?:Cargo\.toml|setup\.cfg)$/;
/**
 * A setting said to be in force: "Confirm `unsafe_code = "forbid"` is enforced workspace-wide", "`debug =
 * false` set in `config/app.toml`": the line is in the file the item names (for Rust's lints, the workspace's
 * Cargo.toml). TypeScript's strict mode is its own rule; a variable in capitals is the environment's.
 */
const settingInForce = (item) => {
    const t = item.text;
    const said = phrase(t, /\b(?:is |are )?(?:enforced|set|configured|enabled|present|defined|declared|in place|in effect|applied)\b|\bin (?:the )?[\w./-]{1,80}\.(?:json|toml|ya?ml|ini|cfg|conf|properties)\s*[.;]?$/);
    if (!said ||
        /\b(?:not|no|never|if|unless|when|update|updated|change|changed|remove|removed|disabled?)\b/.test(t))
        return undefined;
    const settings = item.code.map((c) => SETTING.exec(c.trim())).filter((m) => !!m);
    if (settings.length !== 1)
        return undefined;
    const [, key, sep, value] = settings[0];
    if (!key || !value || /^(?:strict|compileroptions)/i.test(key))
        return undefined;
    // In a JSON file the setting is a value at its path: "`"private": true` set in `package.json`".
    const json = item.code.map((c) => c.trim()).find((c) => /^[\w./-]{1,160}\.json$/.test(c) && !c.includes('..')) ??
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
    const rustLint = /^(?:unsafe_code|missing_docs|unused_\w+|clippy::\w+|rust_2018_idioms|warnings)$/.test(key);
    const files = named ? [named] : rustLint || item.doc.stack === 'rust' ? ['**/Cargo.toml'] : undefined;
    if (!files)
        return undefined;
    const v = value.replace(/^["']|["']$/g, '');
    const pattern = `^\\s*${manifest_escapeRegex(key)}\\s*${sep === ':' ? ':' : '='}\\s*["']?${manifest_escapeRegex(v)}["']?`;
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
const PACKAGE_FIELD = /^(?:name|version|description|licen[cs]e|repository|homepage|bugs|author|keywords|files|main|module|types|typings|exports|bin|private|publishconfig|workspaces|type|sideeffects|funding|contributors)$/;
/** The words after a field's name that say it is there. */
const FIELD_SET = /^(?:field |entry |key |property )?(?:is |are |has been )?(?:set|present|configured|defined|declared|specified|filled in|added|included|populated)(?: in (?:the )?([\w./-]{3,80}))?\s*[.;]?$/;
/** A manifest that names a field first: "package.json has a `license` field", "Cargo.toml declares `rust-version`". */
const HAS_FIELD = /^(?:the )?([\w./-]{3,80}) (?:has|contains|includes|defines|declares|sets|specifies) (?:a |an |the )?([\w.@-]{2,60})(?: field| entry| key| property)?\s*[.;]?$/;
/** A field's name as written in a code span or a word: `sideEffects`, `rust-version`, "repository". */
const FIELD_NAME = /^(?:the )?["'`]?([A-Za-z@][\w.@-]{1,60})["'`]?(?= )/;
/** A toolchain's version said to be stated in its manifest, and the line that states it there. */
const TOOLCHAIN = [
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
const manifestField = (item) => {
    const raw = item.raw
        .replace(/^[^A-Za-z0-9`"'.]+/, '')
        .replace(/\*\*/g, '')
        .trim();
    const t = raw.toLowerCase().replace(/`/g, '');
    if (/\b(?:not|no|never|if|unless|removed?|update[ds]?|bump\w*|correct|accurate|valid|matches)\b/.test(t))
        return undefined;
    let field;
    let file;
    let said;
    const has = HAS_FIELD.exec(raw.replace(/`/g, ''));
    if (has?.[1] && has[2] && manifestName(has[1])) {
        file = manifestName(has[1]);
        field = has[2];
        said = has[0];
    }
    else {
        // "Python version pinned in pyproject.toml": a toolchain's version, then its manifest.
        const version = /^(?:the )?(?:required |minimum )?(python|rust|go|msrv)(?: toolchain)? version (?:is |has been )?(?:pinned|set|specified|declared|stated|defined)(?: in (?:the )?([\w./-]{3,80}))?\s*[.;]?$/.exec(t);
        if (version?.[1]) {
            const chain = TOOLCHAIN.find(([re]) => re.test(version[1]));
            if (!chain || (version[2] && version[2] !== chain[1].toLowerCase()))
                return undefined;
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
        if (!name?.[1] || !set)
            return undefined;
        field = name[1];
        said = `${name[1].toLowerCase()} ${set[0].trim()}`;
        file = set[1] ? manifestName(set[1]) : undefined;
        if (set[1] && !file)
            return undefined;
        // Without a file, a field of package.json written as code or called a field, in a Node document.
        if (!file) {
            const code = item.code.some((c) => c.trim().replace(/^["']|["']$/g, '') === field);
            if (item.doc.stack !== 'node' ||
                !PACKAGE_FIELD.test(field.toLowerCase()) ||
                (!code && !/^field\b/.test(rest)))
                return undefined;
            file = 'package.json';
        }
    }
    if (!field || !file || /^(?:engines|strict|compileroptions)/i.test(field))
        return undefined;
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
            pattern: chain ? chain[2] : `^\\s*${manifest_escapeRegex(field)}\\s*=`,
            files: [file],
        },
        rule: 'repo.manifest-field',
        matched: [said ?? field],
        note: `looks for the line of ${file} that sets ${field}`,
    };
};
/** A manifest's name as the item writes it (package.json, composer.json, pyproject.toml, Cargo.toml, go.mod). */
function manifestName(s) {
    const f = s.replace(/[.,;:]+$/, '');
    if (f.includes('..') || f.startsWith('/'))
        return undefined;
    const base = f.slice(f.lastIndexOf('/') + 1).toLowerCase();
    const known = {
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

;// CONCATENATED MODULE: ./src/import/rules/documents.ts


/**
 * Documents named by their file: a list of created documents ("DEPLOYMENT_GUIDE.md (comprehensive)",
 * "`.env.example` (backend)"), and an item that names its file first and then what it holds
 * ("QUICKSTART.md with a getting-started guide"). Every pattern is a plain regular expression.
 */
/** Marks before the words: emoji, ticks, numbering ("✅ ", "3. "). */
const documents_LEAD = /^[^A-Za-z0-9.`_]+|^\d+(?:\.\d+)*[.)]\s+/;
/** A file name or path as written (checked further by `fileName`). */
const NAME = /^`?([\w./-]{3,120})`?/;
/** Extensions of documents a person reads (not code, not configuration). */
const DOC_EXT = /\.(?:md|markdown|mdx|rst|adoc|pdf)$/i;
/** Headings whose items are still to do: a name there is a file to write, not one that is there. */
const documents_TO_DO = /\b(?:to ?do|planned|plan|later|future|next(?!\.)|backlog|write|draft|missing|nice to have|roadmap|ideas?|to create|to add)\b/;
/** A remark that the document is still to write or change: "needs an update", "draft", "to add". */
const PENDING = /\b(?:needs?|todo|to ?do|missing|to (?:write|add|create)|draft|planned|later|pending|wip)\b/;
/** Outline words that say the list is of files or documents. */
const FILES_LIST = /\b(?:docs|documents?|documentation|files|deliverables|artifacts|artefacts|included|created|provided)\b/;
/** Parts of a project that are a folder of their own when a list names them after a file. */
const PART = /^(?:backend|frontend|server|client|api|web|app|worker|admin|mobile|functions|infra|root|root folder|project root)$/;
/** A relative file path with an extension (or a dotfile), never `..`, never a host name. */
function fileName(s) {
    const f = s.replace(/^\.\//, '');
    if (f.includes('..') || f.startsWith('/') || f.endsWith('/'))
        return undefined;
    if (!/^[\w./-]*[\w-]$/.test(f))
        return undefined;
    const base = f.slice(f.lastIndexOf('/') + 1);
    // A name and an extension ("guide.md"), or a dotfile with a suffix (".env.example").
    if (!/^[\w.-]*[\w-]\.[A-Za-z]\w{0,9}$/.test(base))
        return undefined;
    if (/\.(?:com|org|net|io|dev|co|ai|app)$/i.test(base) && !f.includes('/'))
        return undefined;
    return f;
}
/** The item's words as written, lead marks dropped. */
const words = (item) => item.raw.replace(documents_LEAD, '').replace(documents_LEAD, '').trim();
/**
 * A list of documents under a heading about them ("Created Documents" › "DEPLOYMENT_GUIDE.md
 * (comprehensive)", "`.env.example` (frontend)"): each file is in the repository. A part of the project in
 * the parentheses is its folder; the list names the others from the root, where its items sit unless it
 * says so.
 */
const documentListed = (item) => {
    if (!FILES_LIST.test(item.context) || documents_TO_DO.test(item.context))
        return undefined;
    const w = words(item);
    // "NAME.md (purpose)", "NAME.md - purpose", "NAME.md: purpose", or the name alone.
    const m = /^`?([\w./-]{3,120})`?(?:\s*[(]([^()]{1,60})[)]|\s+[-–—]\s+([^()]{1,80})|:\s+([^()]{1,80}))?\s*[.;]?$/.exec(w);
    const file = m?.[1] ? fileName(m[1]) : undefined;
    if (!m || !file)
        return undefined;
    const remark = (m[2] ?? '').trim().toLowerCase();
    const said = (m[3] ?? m[4] ?? '').trim().toLowerCase();
    // "CHANGELOG.md: add the 2.0 entry": what to do to the file, not the file being there.
    if (/^(?:add|update|write|create|fix|review|remove|delete|move|link|rename|check|verify|mention|document|describe|include|refresh|rewrite)\b/.test(said) ||
        // "`application-prod.properties` - reviewed": a person's act on the file, not the file being there.
        /^(?:updated|reviewed|checked|verified|audited|approved|edited|rewritten|fixed|validated|tested)\b/.test(said))
        return undefined;
    // "PRE_LAUNCH_CHECKLIST.md (this document)": the checklist itself.
    if (/\bthis (?:document|file|checklist|list|page)\b/.test(remark))
        return undefined;
    // "API.md (needs an update)": still to do.
    if (PENDING.test(remark))
        return undefined;
    // A `.env` is never in the repository (its examples are); a code file as a bare name names code.
    if ((/(?:^|\/)\.env(?:\.|$)/.test(file) && !/\.(?:example|sample|template)$/.test(file)) ||
        /\.(?:js|jsx|ts|tsx|mjs|cjs|py|go|rs|java|cs|rb|php)$/.test(file))
        return undefined;
    // A community file's name is the bare-name rule's ("SECURITY.md (reporting address)").
    if (bareFileName(item))
        return undefined;
    if (PENDING.test(said))
        return undefined;
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
const HOLDS = /^(?:with|containing|covering|including|describing|documenting)\s+[a-z][\w\s,&/'-]{2,80}$|^(?:comprehensive|detailed|thorough)\s+and\s+(?:up[- ]to[- ]date|current|clear)$/i;
/** What the words after "with" may not be: a change to the document ("with new entries") is another claim. */
const CHANGE = /\b(?:new|entry|entries|added|updated?|this release|latest|version \d|v\d|link(?:s|ed)? to)\b/i;
/**
 * A document named first, then what it holds ("CONTRIBUTING.md with contribution guidelines",
 * "CHANGELOG.md with version history", "README.md comprehensive and up-to-date"): the file is in place;
 * what it holds is for a person to read.
 */
const documentHolds = (item) => {
    if (documents_TO_DO.test(item.context))
        return undefined;
    const w = words(item);
    const m = NAME.exec(w);
    const file = m?.[1] ? fileName(m[1]) : undefined;
    if (!m || !file || !DOC_EXT.test(file))
        return undefined;
    const rest = w.slice(m[0].length).trim().replace(/[.;]$/, '');
    if (!HOLDS.test(rest) || CHANGE.test(rest) || bareFileName(item))
        return undefined;
    // The file as written: a name without a folder is at the root ("RELEASE.md with the release process").
    return {
        check: { kind: 'repo.files-exist', paths: [file] },
        rule: 'repo.document-holds',
        matched: [file.toLowerCase(), rest.toLowerCase()],
        note: `checks that ${file} exists; what it holds is for a person to read`,
    };
};
/** Words that name a document ("Architecture documentation", "Test results", "Runbook"). */
const DOC_NOUN = /\b(?:documentation|docs|documented|guide|notes|results|report|runbook|playbook|handbook|manual|spec(?:ification)?|overview|summary|readme)\s*$/;
/**
 * A document's noun with its file in parentheses ("Architecture documentation
 * (`vscode_plugin_architecture.md`)", "UAT test results documented (`UAT_TEST_RESULTS.md`)"): that file is
 * the document, and it is in place. (A code file after a noun names what the code does: it stays manual.)
 */
const documentInParentheses = (item) => {
    if (documents_TO_DO.test(item.context))
        return undefined;
    const w = words(item);
    const m = /^([A-Za-z][\w\s/&-]{2,60}?)\s*\(\s*`?([\w./-]{3,120})`?\s*\)\s*[.;]?$/.exec(w);
    const file = m?.[2] ? fileName(m[2]) : undefined;
    if (!m?.[1] || !file || !DOC_EXT.test(file))
        return undefined;
    // ("Runbook available (`docs/runbook.md`)", "Deployment guide written (`DEPLOY.md`)": the noun, then its state.)
    const noun = m[1]
        .toLowerCase()
        .trim()
        .replace(/\s+(?:is |are )?(?:available|written|ready|provided|complete|completed|done|added|created|in place|present)$/, '');
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
const documentedIn = (item) => {
    if (documents_TO_DO.test(item.context))
        return undefined;
    const m = /^([A-Za-z][\w\s/&,-]{2,80}?) (?:is |are )?(?:documented|described|written up|explained) in (?:the )?`?([\w./-]{3,120})`?\s*[.;]?$/.exec(words(item));
    const file = m?.[2] ? fileName(m[2]) : undefined;
    if (!m?.[1] || !file || !DOC_EXT.test(file))
        return undefined;
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
const FILE_EXT = /\.(?:md|markdown|mdx|rst|adoc|txt|pdf|ya?ml|json|jsonc|json5|toml|ini|cfg|conf|lock|xml|properties|gradle|kts|sh|ps1|bat|png|jpe?g|svg|ico|gif|webp|webmanifest|html?|csv|example|sample|template|dist)$/i;
/** Images and icons: they live in a folder of assets, so a bare name is looked for in any folder. */
const ASSET_EXT = /\.(?:png|jpe?g|svg|ico|gif|webp|webmanifest)$/i;
/** Names people write without an extension that are files of the root (as written, case kept). */
const BARE_NAME = /^(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CODEOWNERS|Makefile|GNUmakefile|Dockerfile|Containerfile|Gemfile|Procfile|Justfile|justfile|Vagrantfile|Brewfile|Rakefile|Pipfile|\.editorconfig|\.gitattributes|\.gitignore|\.dockerignore|\.npmignore|\.helmignore|\.vsixignore|\.nvmrc|\.node-version|\.python-version|\.ruby-version|\.tool-versions|\.npmrc|\.prettierrc|\.eslintrc|\.pre-commit-config\.yaml|\.gitlab-ci\.yml)$/;
/** A token of the item as written that may be a file: letters, digits, `.`, `/`, `_`, `-`. */
const TOKEN = /(?:^|[\s(,"'[])([\w./-]{2,120})(?=$|[\s),:;!?"'\]])/g;
/** Files a change is claimed of elsewhere, or that are never in the repository. */
const NOT_SUBJECT = /(?:^|\/)\.env(?:\.[\w.-]+)?$|^(?:changelog|history|changes|news)\.md$|^(?:robots|humans|ads|llms|security)\.txt$|^sitemap\.xml$/i;
/** A file's name as the item writes it, or undefined. */
function subjectFile(token) {
    const f = token.replace(/[.]+$/, '').replace(/^\.\//, '');
    if (f.length < 2 || f.includes('..') || f.startsWith('/') || f.includes('//'))
        return undefined;
    if (NOT_SUBJECT.test(f))
        return undefined;
    if (BARE_NAME.test(f.slice(f.lastIndexOf('/') + 1)))
        return f;
    if (!FILE_EXT.test(f) || !/^[\w./-]*[\w-]\.[A-Za-z]\w{0,12}$/.test(f))
        return undefined;
    // ("Node.js", "socket.io", "example.com" are not files; the extension list leaves them out.)
    return f;
}
/** Words that may come before the subject: an article, "new", "root". */
const SUBJECT_WORD = /^(?:the|a|an|our|new|project|root|repository|repo|repo's|project's|there)$/;
/** Past forms before the subject that say it is there: "Added `.editorconfig`", "Committed `uv.lock`". */
const MADE_WORD = /^(?:added|created|committed|included|provided|wrote|written|add|create|commit|include|provide|is|are|has|have|contains|includes|ships)$/;
/** A noun phrase of what the file is, before its name: "Helm chart `charts/app/Chart.yaml` present". */
const HOLDER_BEFORE = /^(?:the |a |an )?[a-z][a-z /-]{0,40}? (?:workflow|config|configuration|file|template|chart|manifest|policy|guide|script|icon|logo|image|lockfile|settings)s?$/;
/** Words for what the file is, between its name and the predicate ("`LICENSE` file included", "ci.yml workflow created"). */
const FILE_NOUN = /^(?:files?|workflows?|config(?:uration)?(?: file)?|settings file|templates?|documents?|docs?|guide|manifest|lock ?file|script|policy|definition)\b\s*/;
/** A state of being there. */
const STATE = /^(?:(?:is|are|has been|have been|was|were|now|also)\s+)?(?:created|added|included|present|exists?|in place|committed|checked in|provided|available|configured|set up|defined|written|complete|ready|active|enabled|generated|in (?:the )?(?:repo(?:sitory)?|project|root(?: folder| directory)?)|at (?:the )?(?:repo(?:sitory)? |project )?root)\b/;
/** What the file is for or holds, after its name: "for local development", "with common commands", "to exclude …". */
const PURPOSE = /^(?:for|with|containing|covering|describing|documenting|listing|explaining|defining|excludes|ignores|lists|covers|defines|describes|documents|explains|(?:that|which) (?:covers|explains|describes|documents|lists|defines|excludes))\s+[a-z0-9]|^to (?!be\b|the\b|a\b|an\b|do\b|production\b|prod\b|staging\b|main\b|git\b|it\b|make sure\b|ensure\b|verify\b|check\b|confirm\b|see\b|find\b|match\b|reflect\b|include\b)[a-z]{3,}\b/;
/** Nouns of things that are files: "Security scan workflow", "CI configuration", "App icon". */
const FILE_HOLDER = /\b(?:workflows?|pipelines?|jobs?|actions?|config(?:uration)?|settings|files?|templates?|polic(?:y|ies)|manifest|guides?|documents?|documentation|docs|readme|notes|scripts?|icons?|logo|favicon|images?|banner|screenshots?|licen[cs]e|lock ?file|ci|cd|ci\/cd)$/;
/** Nouns of documents: "API reference", "Runbook", "Upgrade guide", "Release notes", "Architecture overview". */
const DOC_HOLDER = /\b(?:reference|runbook|playbook|handbook|guide|guidelines|instructions|manual|docs|documentation|notes|overview|spec(?:ification)?|readme|policy|faq|glossary|tutorial|walkthrough|diagram)$/;
/** What may follow a state: the end, a remark in parentheses, a purpose, "and up to date". */
const AFTER_STATE = /^\s*(?:$|[.;!]|\(|[-–—:]\s|(?:with|for|to|in|at|on|under|containing|covering|describing|listing|from)\s|and (?:up[- ]to[- ]date|current|committed|documented|pushed|tested|working|valid|in place|configured)\b)/;
/**
 * Words that block the claim: a negation, a condition, a plan, a change or review of what the file holds
 * ("updated", "reviewed", "matches"), a judgement of its content ("correct", "accurate", "optimized").
 */
const BLOCK = /\b(?:if|when|unless|whether|optional(?:ly)?|recommended|applicable|to be|will|should|could|todo|tbd|later|not|no|never|none|without|missing|lacking|removed?|deleted?|delete|remove|updated?|updating|bump(?:ed)?|review(?:ed|ing)?|audit(?:ed)?|approved|signed|matches|match(?:ing)?|in sync|synced|outdated|stale|broken|fix(?:ed)?|link(?:s|ed)? to|points? to|copied|copy|renamed?|moved?|migrated?|merged|tagged|published|deployed|uploaded|pushed to|served|accessible|reachable|loads?|returns?|responds?)\b/;
/** A scope beyond the repository: a file in the package, the image, the build ("README.md included in package"). */
const OTHER_SCOPE = /\b(?:in|into|inside) (?:the )?(?:npm |published |docker |release |final )?(?:package|bundle|build|image|container|vsix|extension|release|artifacts?|archive|zip|tarball|distribution|dist|server|production|prod)\b/;
/** Words of what other rules check, in what a file is said to hold: headers, TLS, limits, health checks. */
const OTHER_CLAIM = /\b(?:headers?|hsts|csp|tls|ssl|https|cors|rate[- ]limit\w*|gzip|brotli|compression|cach\w+|health ?checks?|redirects?|multi-stage|non-root|restart|strict mode|secrets?|passwords?|tokens?|variables?|env vars?|failures?|errors?|warnings?|pass(?:es|ing)?)\b/;
/** Judgements of what a file holds: "composer.json with correct dependencies", ".dockerignore optimized". */
const JUDGED = /\b(?:consistent|correct|incorrect|accurate|valid|invalid|optimi[sz]ed|minimal|clean(?:ed)?|appropriate|sufficient|good|right|proper)\b/;
/**
 * Things named by what they are whose files have a known name or place: tools that read their settings
 * from a file (Dependabot, Renovate), the code owners file, a Compose file, GitHub Actions workflows, a
 * Helm chart, a licence file.
 */
const documents_TOOL_FILES = [
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
const TOOL_SUBJECT = /^([a-z][a-z -]{2,40}?) ((?:is |are |has been |have been )?(?:configured|enabled|set up|active|in place|added|present|turned on|installed|created|included|committed|exists?|provided|available|written|defined))\b(.*)$/;
/** A tool's name, then what it is for: "Docker Compose file for local dev". */
const TOOL_PURPOSE = /^([a-z][a-z -]{2,40}?) (for|with) ([a-z0-9].{0,80})$/;
/** A tool's state: "Dependabot is configured for updates", "Dependabot enabled", "Renovate set up". */
const TOOL_STATE = /^(?:(?:is|are|has been|have been)\s+)?(?:configured|enabled|set up|active|in place|added|present|turned on|on|installed|created|included|committed|exists?|provided|available|written|defined)\b/;
/** Where a file lives by what it is, when the item names it without its folder. */
function placed(file, rest, item) {
    // "ci-cd.yml workflow created", a YAML file's name under "GitHub Actions": a workflow of the repository.
    if (!file.includes('/') &&
        /\.ya?ml$/i.test(file) &&
        (/^workflows?\b/.test(rest) || /\bgithub actions\b|\bworkflows?\b/.test(item.near)))
        return `.github/workflows/${file}`;
    if (!file.includes('/') && ASSET_EXT.test(file))
        return `**/${file}`;
    return file;
}
/** The subjects at the start of `s` ("`LICENSE` and `NOTICE` files"), and what follows them. */
function leadingSubjects(s) {
    const files = [];
    let rest = s;
    let made;
    for (const m of s.matchAll(TOKEN)) {
        const file = m[1] ? subjectFile(m[1]) : undefined;
        const at = (m.index ?? 0) + m[0].length;
        if (files.length === 0) {
            if (!file)
                continue;
            // Before the first subject only articles, and at most one past form that says it is there.
            const before = s
                .slice(0, at - (m[1]?.length ?? 0))
                .toLowerCase()
                .split(/[^a-z']+/)
                .filter(Boolean);
            const holder = HOLDER_BEFORE.test(before.join(' '));
            for (const w of holder ? [] : before) {
                if (MADE_WORD.test(w) && made === undefined)
                    made = w;
                else if (!SUBJECT_WORD.test(w))
                    return undefined;
            }
            files.push(file);
            rest = s.slice(at);
            continue;
        }
        // The next subject only after "and", "&", "," or "/": "`LICENSE` and `NOTICE`".
        if (m[1] === 'and' || m[1] === '&')
            continue;
        const between = s.slice(s.length - rest.length, at - (m[1]?.length ?? 0));
        if (!file || !/^\s*(?:,|&|\/|and|,\s*and)\s*$/.test(between) || files.length >= 6)
            break;
        files.push(file);
        rest = s.slice(at);
    }
    return files.length > 0 ? { files, rest: rest.trim(), made } : undefined;
}
/** Other rules of files: when one of them reads the item, this one leaves it to it. */
const OTHER_FILE_RULES = [
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
const plainWords = (item) => words(item)
    .replace(/[*`]/g, '')
    .replace(/^\s*(?:\[[ xX]\]\s*)?/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // A label before the claim: "Docs: RUNBOOK.md created", "Repo hygiene - .editorconfig added".
    .replace(LABEL_LEAD, (m) => (CLAIM_WORD.test(m.toLowerCase()) ? m : ''));
/** A short label before the claim ("Docs:", "Hygiene -"). */
const LABEL_LEAD = /^[A-Za-z][\w /&-]{0,30}?(?::| [-–—]) (?=\S)/;
/** Words that make a label a claim of its own: "Browser script passes:". */
const CLAIM_WORD = /\b(?:pass(?:es|ed|ing)?|works?|runs?|succeeds?|green|clean|fails?|builds?|loads?|responds?|returns?)\b/;
/**
 * A file said to be in place, by grammar: "TESTING_SUMMARY.md created", "`LICENSE` file included",
 * "docker-compose.yml for local development", ".editorconfig for consistent coding styles", "Makefile with
 * common commands", "Gemfile.lock committed and up to date", "ci-cd.yml workflow created" (a workflow),
 * "Security scan workflow active (`.github/workflows/security-scan.yml`)", "Dependabot is configured",
 * "Dockerfiles created (backend and frontend)", "500 page template exists", an icon's name with its size.
 */
const fileGrammar = (item) => {
    if (documents_TO_DO.test(item.context))
        return undefined;
    const s = plainWords(item);
    const low = s.toLowerCase();
    const lead = low.replace(/^(?:(?:ensure|verify|confirm|check|make sure)(?: that)? )/, '');
    const found = fileClaim(item, s, low, lead);
    if (!found)
        return undefined;
    if (OTHER_FILE_RULES.some((r) => r(item) !== undefined))
        return undefined;
    return {
        check: { kind: 'repo.files-exist', paths: found.paths },
        rule: 'repo.file-grammar',
        matched: found.matched,
        ...(found.note ? { note: found.note } : {}),
    };
};
function fileClaim(item, s, low, lead) {
    // A tool whose settings are a file: "Dependabot is configured for updates", "Dependabot enabled".
    // (A file's name as written comes first: "`LICENSE` file included" is that file, not any licence file.)
    const named = leadingSubjects(s.replace(/^(?:(?:ensure|verify|confirm|check|make sure)(?: that)? )/i, ''));
    // ("Docker Compose file for local dev", "GitHub Actions workflow for CI": a purpose says it is there too.)
    const tool = named ? null : (TOOL_SUBJECT.exec(lead) ?? TOOL_PURPOSE.exec(lead));
    for (const [re, paths] of tool?.[1] ? documents_TOOL_FILES : []) {
        const m = tool;
        if (!m[1] || !re.test(m[1]) || !(TOOL_STATE.test(m[2] ?? '') || /^(?:for|with)$/.test(m[2] ?? '')))
            continue;
        if (/^(?:for|with)$/.test(m[2] ?? '') && OTHER_CLAIM.test(m[3] ?? ''))
            return undefined;
        // ("Dependabot alerts enabled", "security updates": settings of the repository on GitHub, not a file.)
        if (/\b(?:alerts?|security updates|secrets?|in (?:the )?(?:github )?settings|dashboard)\b/.test(low))
            return undefined;
        if (BLOCK.test(m[3] ?? ''))
            return undefined;
        // (Condition and judgement words block here as for a file's name.)
        if (/\b(?:if|when|unless|optional|recommended)\b/.test(low) || JUDGED.test(m[3] ?? ''))
            return undefined;
        return { paths, matched: [m[0].slice(0, 60)], note: `${m[1]} is looked for as ${paths[0]}` };
    }
    // A condition blocks wherever it is written, in parentheses too: "(if open source)", "(recommended)".
    if (/\b(?:if|when|unless|whether|optional|recommended|applicable|as needed)\b/.test(low))
        return undefined;
    const outside = low.replace(/\([^()]*\)/g, ' ');
    // (A judgement of what the file holds blocks, but not the purpose it serves: "for consistent coding styles".)
    if (BLOCK.test(outside) ||
        OTHER_SCOPE.test(outside) ||
        JUDGED.test(outside.replace(/\b(?:for|to) .*$/, '')))
        return undefined;
    // "Dockerfiles created (backend and frontend)": one in each part.
    const dockerfiles = /^(dockerfiles?|containerfiles?) (?:(?:is|are|have been|has been) )?(?:created|added|present|in place|exists?|committed|written|included)(?:\s*\([^()]{1,80}\))?\s*[.;]?$/.exec(lead);
    if (dockerfiles?.[1]) {
        const plural = dockerfiles[1].endsWith('s');
        const name = dockerfiles[1].startsWith('docker') ? 'Dockerfile' : 'Containerfile';
        return { paths: [plural ? `**/${name}*` : name], matched: [dockerfiles[0]] };
    }
    // "500 page template exists", "404 page created": the page's file, in any folder.
    const page = /^(404|500|502|503|offline|maintenance) (?:error )?page(?: template| file)? (?:(?:is|has been) )?(?:created|added|present|in place|exists?|included|provided)\s*[.;]?$/.exec(lead);
    if (page?.[1])
        return {
            paths: [`**/${page[1]}.*`],
            matched: [page[0]],
            note: `looks for a file named ${page[1]} (any extension, any folder)`,
        };
    // "Security scan workflow active (`.github/workflows/security-scan.yml`)": a noun, its state, its file.
    const noun = /^([a-z][\w\s/&-]{1,50}?) (?:(?:is|are) )?(active|enabled|configured|set up|in place|included|added|created|present|committed|provided|available|defined|written)\s*\(\s*([\w./-]{3,120})\s*\)\s*[.;]?$/.exec(lead);
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
    const where = /^([a-z][\w\s/&-]{1,50}?) (?:is |are |lives |sits )?(?:in|at|under) (?:the )?([\w./-]{3,120})\s*[.;]?$/.exec(lead);
    if (where?.[1] &&
        where[2] &&
        DOC_HOLDER.test(where[1]) &&
        !/^(?:add|write|create|update|put|move|link)\b/.test(where[1])) {
        const at = low.lastIndexOf(where[2]);
        const original = at >= 0 ? subjectFile(s.slice(at, at + where[2].length)) : undefined;
        if (original && /[./]/.test(original))
            return { paths: [original], matched: [where[1], where[2]] };
    }
    // "Upgrade guide (`UPGRADING.md`) written": a noun, its file, then its state.
    const then = /^([a-z][\w\s/&-]{1,50}?) \(\s*([\w./-]{3,120})\s*\) (?:is |are |has been )?(written|added|created|included|in place|present|provided|available|committed|ready|complete)\s*[.;]?$/.exec(lead);
    if (then?.[1] && then[2] && (DOC_HOLDER.test(then[1]) || FILE_HOLDER.test(then[1]))) {
        const at = low.lastIndexOf(then[2]);
        const original = at >= 0 ? subjectFile(s.slice(at, at + then[2].length)) : undefined;
        if (original)
            return { paths: [original], matched: [then[1], then[2], then[3] ?? ''] };
    }
    const subj = named;
    if (!subj)
        return undefined;
    // ("docker-compose.yml - configured": a dash or a colon between the name and its state.)
    const rest = subj.rest.toLowerCase().replace(/^[-–—:]\s+/, '');
    const afterNoun = rest.replace(FILE_NOUN, '');
    const state = STATE.exec(afterNoun);
    const purpose = PURPOSE.exec(afterNoun);
    const names = subj.files.map((f) => f.toLowerCase());
    let said;
    const docker = subj.files.some((f) => /^(?:Dockerfile|Containerfile)$/.test(f));
    if (subj.made) {
        // "Added `.editorconfig`", "Created RUNBOOK.md for the on-call team": the past form says it is there.
        if (!/^$|^[.;]$|^\(|^(?:for|with|containing|covering|describing|listing) |^(?:to|in|at) (?:the )?(?:repo(?:sitory)?|root|project)\b/.test(afterNoun) ||
            docker)
            return undefined;
        said = subj.made;
    }
    else if (state) {
        const after = afterNoun.slice(state[0].length);
        // ("Dockerfile created with multi-stage build": what the image is built with is the container rule's.)
        // ("`nginx.conf` configured for gzip": what it is configured for is another rule's claim.)
        if (!AFTER_STATE.test(after) || OTHER_CLAIM.test(after))
            return undefined;
        // ("secrets.json added to the vault": put somewhere else, not into the repository.)
        if (/^\s*(?:to|into)\s+(?!(?:the\s+)?(?:repo(?:sitory)?|git|project|root|version control|source control)\b)/.test(after))
            return undefined;
        if (docker && /\S/.test(after.replace(/\([^()]*\)/g, '').replace(/[.;]/g, '')))
            return undefined;
        said = state[0].trim();
    }
    else if (purpose) {
        // ("`nginx.conf` with HSTS headers", "compose.yaml with restart policies": what it holds is another
        // rule's claim, checked there.)
        if (docker || OTHER_CLAIM.test(afterNoun))
            return undefined;
        said = afterNoun.split(/\s+/).slice(0, 2).join(' ');
    }
    else if (
    // "`apple-touch-icon-precomposed.png` (152×152)": an asset's name alone, with its size or use.
    subj.files.length === 1 &&
        ASSET_EXT.test(subj.files[0]) &&
        /^\(\s*[^()]{1,60}\)\s*[.;]?$|^$/.test(rest) &&
        item.code.some((c) => c.trim() === subj.files[0]))
        said = rest.trim() || 'named';
    if (!said)
        return undefined;
    // (An environment's own settings, "configured", are set up where it runs: "appsettings.Production.json configured".)
    if (/^(?:configured|set up|active|enabled)$/.test(said.replace(/^(?:is|are|has been|have been) /, '')) &&
        subj.files.some((f) => ENV_OWN.test(f)))
        return undefined;
    return {
        paths: subj.files.map((f) => placed(f, rest, item)),
        matched: [...names, said.slice(0, 40)],
    };
}
/** A settings file of one environment: `appsettings.Production.json`, `config/staging.yml`. */
const ENV_OWN = /(?:^|[/._-])(?:production|prod|staging|local|development|dev)(?:\.|[._-][^/]*\.)(?:json|ya?ml|toml|ini|config|conf|properties|xml)$/i;

;// CONCATENATED MODULE: ./src/import/rules/numbers.ts
/** Numbers people write in checklists, read with their unit: "p95 < 300ms", "32+ characters", "30 days". */
const DURATION = /(<=?|≤|under|below|less than|within|at most|max(?:imum)?|no more than|faster than)\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?)\b/;
/** A time budget ("< 300ms", "under 2 seconds", "within 1.5s"), in milliseconds. */
function budgetOf(text) {
    const m = DURATION.exec(text);
    if (!m?.[2] || !m[3])
        return undefined;
    const value = Number(m[2]);
    const ms = m[3].startsWith('m') ? value : value * 1000;
    if (!Number.isFinite(ms) || ms <= 0 || ms > 600_000)
        return undefined;
    return { ms: Math.round(ms), phrase: m[0] };
}
/** Which percentile the text names: p95/95th, p99, p50/median/average (the median stands in). */
function percentileOf(text) {
    const p = /\bp(50|90|95|99)\b|\b(50|95|99)(?:th)? percentile\b|\bmedian\b|\baverage\b|\bmean\b|\bavg\b/.exec(text);
    if (!p)
        return { key: 'p95-ms' };
    const n = p[1] ?? p[2];
    if (n === '99')
        return { key: 'p99-ms', phrase: p[0] };
    if (n === '95' || n === '90')
        return { key: 'p95-ms', phrase: p[0] };
    return { key: 'p50-ms', phrase: p[0], average: /average|mean|avg/.test(p[0]) };
}
/** A length in bytes: "32+ characters", "at least 64 chars", "256+ bits", "minimum 32 bytes", "exactly 32 characters". */
function lengthOf(text) {
    // The unit singular too, as a noun's modifier: "a 32+ character string", "minimum 64-char key".
    const exact = /exactly (\d+)[ -]?(characters?|chars?|bytes?|bits?)\b/.exec(text);
    const min = exact ??
        /(?:minimum(?: of)?|at least|min\.?|>=|≥) ?(\d+)[ -]?(characters?|chars?|bytes?|bits?)\b/.exec(text) ??
        /(\d+)\+[ -]?(characters?|chars?|bytes?|bits?)\b/.exec(text) ??
        /(\d+) ?(characters?|chars?|bytes?|bits?) (?:or more|minimum|min\b)/.exec(text) ??
        // A key's strength in bits ("strong (256-bit)") is the least it must hold; a count of characters
        // without "+" or "at least" may describe a format, so it is not read.
        /\b(64|128|192|256|384|512|1024|2048|4096)[ -](bits?)\b/.exec(text);
    if (!min?.[1] || !min[2])
        return undefined;
    const n = Number(min[1]);
    const bytes = min[2].startsWith('bit') ? Math.ceil(n / 8) : n;
    if (!Number.isInteger(bytes) || bytes <= 0 || bytes > 65536)
        return undefined;
    return { bytes, exact: exact !== null, phrase: min[0] };
}
/** Days: "expires in more than 30 days", "expiration > 30 days", "30+ days left". */
function daysOf(text) {
    const m = /(?:>|>=|more than|at least|over|≥)\s*(\d+)\s*days?\b/.exec(text) ?? /(\d+)\+\s*days?\b/.exec(text);
    if (!m?.[1])
        return undefined;
    const days = Number(m[1]);
    return days > 0 && days <= 3650 ? { days, phrase: m[0] } : undefined;
}
/** A percentage as a fraction: "< 1%" gives 0.01. */
function percentOf(text) {
    const m = /(?:<|<=|under|below|less than)\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
    if (!m?.[1])
        return undefined;
    const fraction = Number(m[1]) / 100;
    return fraction >= 0 && fraction <= 1 ? { fraction, phrase: m[0] } : undefined;
}
/** A whole number before a word: "100 concurrent users", "2+ reviewers", "100 req/min". */
const WORDS = ['one', 'two', 'three', 'four', 'five'];
function countBefore(text, word) {
    const re = new RegExp(`\\b(\\d+|one|two|three|four|five)\\+? ?(?:${word.source})`);
    const m = re.exec(text);
    if (!m?.[1])
        return undefined;
    const n = WORDS.indexOf(m[1]) + 1 || Number(m[1]);
    return { n, phrase: m[0] };
}

;// CONCATENATED MODULE: ./src/import/rules/env.ts


// `Section__Key` is how .NET reads configuration from the environment (`Jwt__SigningKey`).
const VAR = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{4,}$|^[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+$/;
const SECRET = /SECRET|PASSWORD|TOKEN|_KEY$|KEY_|API_KEY|PRIVATE/;
// (`NODE_OPTIONS=--max-old-space-size=4096`: the value may hold `=` itself.)
const ASSIGN = /^([A-Z][A-Z0-9_]*)=(["']?)([\w.:/=+,@%-]+)\2$/;
/**
 * A .NET configuration key written with colons (`Jwt:PublicKey`, `Logging:LogLevel:Default`): every part
 * in PascalCase, so `chat:write`, `lint:fix` and `node:20` are not keys. The environment spells it
 * `Jwt__PublicKey`.
 */
const DOTNET_KEY = /^[A-Z][a-z][A-Za-z0-9]*(?::[A-Z][A-Za-z0-9]*)+$/;
/** Words in capitals that are not variables. */
const NOT_VARS = new Set([
    'HTTPS',
    'HTTP',
    'CORS',
    'HSTS',
    'JSON',
    'YAML',
    'TODO',
    'FIXME',
    'NOTE',
    'CRITICAL',
    'IMPORTANT',
    'OAUTH',
    'SMTP',
    'GDPR',
    'CCPA',
    'OWASP',
    'WCAG',
    'HTML',
    'AWS',
    'REST',
    'NEVER',
    'NOT',
    'MUST',
    'ONLY',
    'LIVE',
    'BLOCKING',
    'FERPA',
    'DDOS',
    'CSRF',
    'CDN',
    'DNS',
    'SSL',
    'TLS',
    'JWT',
    'API',
    'URL',
    'URI',
    'README',
    'LICENSE',
    'CHANGELOG',
    'SQL',
    'XSS',
    'MFA',
    'RBAC',
    'IAM',
    'ECS',
    'ECR',
    'ACM',
    'GHCR',
    'PYPI',
    'SAST',
    'DAST',
    'WAF',
    'VPS',
    'PR',
    'CI',
    'CD',
    'ELK',
    'SLO',
    'SLA',
    'KPI',
    'RLS',
    'PII',
    'UFW',
    'SSH',
    'CPU',
    'SBOM',
]);
/** Variables the item names: in code spans (`JWT_SECRET`, `NODE_ENV=production`) or in capitals in the text. */
function variablesOf(item, raw) {
    const out = [];
    const add = (n) => {
        if (!NOT_VARS.has(n.name) && !out.some((o) => o.name === n.name))
            out.push(n);
    };
    for (const code of item.code) {
        const c = code.trim();
        const a = ASSIGN.exec(c);
        if (a?.[1] && a[3])
            add({ name: a[1], equals: a[3], phrase: c });
        else if (VAR.test(c))
            add({ name: c, phrase: c });
        else if (DOTNET_KEY.test(c))
            add({ name: c.replaceAll(':', '__'), phrase: c, key: c });
    }
    // A well-known variable with a value (`DEBUG=False`) is one even without an underscore.
    const words = [
        ...raw.matchAll(
        // (`DEBUG="false"`: a value in quotes is the value too.)
        /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?:="[\w.:/-]+"|='[\w.:/-]+'|=[\w.:/-]+\b)?|\b(?:DEBUG|PORT|HOST|ENV|ENVIRONMENT)(?:="[\w.:/-]+"|='[\w.:/-]+'|=[\w.:/-]+)/g),
    ]
        // A name in capitals with an extension after it (`PRODUCTION_SECRETS_SETUP.md`) is a file, not a variable.
        .filter((m) => !/^\.[a-z][a-z0-9]{0,5}\b/.test(raw.slice(m.index + m[0].length)))
        // (A value cut short at `=` or `-` is only a part of the value the code span holds.)
        .filter((m) => !(m[0].includes('=') && /^[=+-]/.test(raw.slice(m.index + m[0].length))))
        // "Run `NODE_ENV=production npm run build`": an assignment inside a command line is the command's.
        .filter((m) => !item.code.some((c) => c.includes(m[0]) && COMMAND_LINE.test(c.trim())))
        .map((m) => m[0]);
    for (const w of words) {
        const a = ASSIGN.exec(w);
        if (a?.[1] && a[3])
            add({ name: a[1], equals: a[3], phrase: w });
        else
            add({ name: w, phrase: w });
    }
    // "`ASPNETCORE_ENVIRONMENT` = Production": the value written beside the variable's name.
    for (const n of out)
        if (n.equals === undefined) {
            const spaced = new RegExp(`\\b${n.key ?? n.name}\\s+=\\s+(?:"([\\w.:/-]+)"|([\\w.:/-]+))`).exec(raw);
            // ("`VITE_API_URL` = production API URL": a bare word that does not end the claim is a description.)
            const bare = spaced?.[2];
            const ends = bare === undefined ||
                item.code.includes(bare) ||
                VALUE_ENDS_HERE.test(raw.slice((spaced?.index ?? 0) + (spaced?.[0].length ?? 0)));
            const value = ends ? (spaced?.[1] ?? bare) : undefined;
            if (spaced && value) {
                n.equals = value;
                n.phrase = spaced[0];
            }
        }
    // "`DJANGO_DEBUG` is `False`", "`X` equals "true"", "FLASK_DEBUG should be 0", "`LOG_FORMAT`: `json`",
    // "RAILS_ENV set to production": a verb of being or setting, then the value, then the end of the claim.
    for (const n of out)
        if (n.equals === undefined) {
            const said = valueAfter(n.key ?? n.name, raw, item.code);
            if (said) {
                n.equals = said.value;
                n.phrase = said.phrase;
            }
        }
    // "**NODE_ENV**: Set to `production`": the one variable named, and the value in a code span after "set to".
    const first = out[0];
    if (out.length === 1 && first && first.equals === undefined) {
        // ("Set NODE_ENV to "production"": the name between the verb and "to", the value in quotes.)
        // (Quotes of either kind may pair: the value is a plain word, so a stray quote cannot take more.)
        const to = new RegExp(`\\b(?:set|changed?|switch(?:ed)?)(?: ${first.name})? to:? (?:["'“]([\\w.:/-]+)["'”]|([\\w.:/-]+))(?!\\s*or\\b)`, 'i').exec(raw);
        const value = to?.[1] ?? (to?.[2] && item.code.includes(to[2]) ? to[2] : undefined);
        // (An example value, `https://api.example.com` or `your-key`, is not the one to hold.)
        if (to && value && !/example|your|localhost|changeme|xxx/i.test(value)) {
            first.equals = value;
            first.phrase = to[0].includes(first.name) ? to[0] : `${first.phrase} ${to[0]}`;
        }
    }
    // A value ending in dots, or in angle brackets, is a placeholder to fill in, not the value (`KEY=sk-...`).
    // So is a word that asks for one: `OPENAI_API_KEY=your_key_here`, `=changeme`, `=xxx` (a line to fill in).
    return out.filter((n) => n.equals === undefined || !(/\.\.\.|^</.test(n.equals) || PLACEHOLDER.test(n.equals)));
}
/**
 * A value written bare (not in a code span or quotes) that is a value and not a word of a sentence: a
 * boolean, a number, an environment's name, a log level or format ("`PAYMENT_MODE` set to live"). "off" and
 * "no" are left to the flag rule, which takes every false spelling.
 */
const BARE_VALUE = /^(?:true|false|\d{1,6}|production|prod|live|release|json|text|info|warn|warning|error|strict|lax)$/i;
/** What may follow a value: the end, a remark, a clause, or the release's own place ("in production"). */
const VALUE_END = String.raw `(?=\s*(?:$|[,;(]|[^\w\s(]{1,3}$|\.(?:\s|$)|\s(?:in|on|for) (?:production|prod|live)\b|\s(?:and|&)\s))`;
/** VALUE_END at the start of the rest of the words. */
const VALUE_ENDS_HERE = new RegExp(`^${VALUE_END}`);
/**
 * The value said after a variable's name: "is", "equals", "==", "should / must be", "set / changed to", or
 * a colon, then a value in a code span or quotes, or a bare value ({@link BARE_VALUE}) that ends the claim.
 */
function valueAfter(name, raw, code) {
    const m = new RegExp(String.raw `\b${name}\b(?::| (?:is|equals|==|=|→|->|=>|should be|must be|must equal|is set to|set to|changed to|is now)) ?(?:"([\w.:/-]{1,80})"|'([\w.:/-]{1,80})'|“([\w.:/-]{1,80})”|([\w.:/-]{1,80}?))${VALUE_END}`).exec(raw);
    if (!m)
        return undefined;
    const bare = m[4];
    const value = m[1] ?? m[2] ?? m[3] ?? (bare && (code.includes(bare) || BARE_VALUE.test(bare)) ? bare : undefined);
    // (An example value, `https://api.example.com` or `your-key`, is not the one to hold; nor is a name.)
    if (!value || /example|your|localhost|changeme|xxx/i.test(value) || VAR.test(value))
        return undefined;
    return { value, phrase: m[0] };
}
/** Words that say a variable is not there: "not set", "does not exist", "has no", "missing", "unset". */
const ABSENT = /\b(?:not|isn't|aren't|never|no longer|doesn't|don't|does not|do not)\s+(?:be\s+)?(?:set|present|defined|configured|provided|populated|exported|added|exists?|available|in place|there)\b|\b(?:has|have|with|contains?) no\b|\bmissing\b|\babsent\b|\bunset\b/;
/** What a variable's words may name besides its value: its expiry, its limits, its owner. */
const PROPERTY = 'expiry|expiration|expires|ttl|lifetime|timeout|rotation|schedule|scopes?|permissions|owner|usage|limits?|quotas?|prefix|format|length limit|billing|alerts?';
/** A code span that is a command line: words after an assignment (`NODE_ENV=production npm run build`). */
const COMMAND_LINE = /^(?:export\s+)?[A-Za-z_][\w]*=\S*\s+\S/;
/** A value that stands for one to fill in: `your_key_here`, `your-api-key`, `changeme`, `xxx`, `<token>`. */
const PLACEHOLDER = /^your[_-]|[_-]here$|^(?:changeme|change[_-]me|replace[_-]?me|xxx+|placeholder|example|todo|tbd)$/i;
/** A heading for a platform's own secret store: "Supabase Secrets", "Edge function secrets", "Fly secrets". */
function storeHeading(near) {
    return /\b(?:supabase|edge functions?|functions?|fly(?:\.io)?|vercel|netlify|cloudflare|workers?|heroku|railway|render|doppler|github|repository|actions|ci|pipeline) secrets\b/.test(near);
}
/** "never `*`": the value's rule (not `*`), not a variable never to set. */
const NEVER_STAR = /\bnever `?\*`?/;
/** The noun of a secret or an address, with up to three words before it: "stripe secret key", "database url". */
const SECRET_NOUN = /\b((?:[a-z0-9]+[ -]){1,3}?)(secret key base|secret key|signing key|encryption key|api key|access key|secret|key|token|password|passphrase|salt|dsn|connection string|url)(s?)\b/g;
/** Words before a secret's noun that do not name it: "the", "a new", "strong", "production". */
const env_NOT_A_NAME = /^(?:the|a|an|our|your|its|new|strong|secure|random|long|unique|default|production|prod|live|real|app's|each|every|all)$/;
/** Abbreviations in variables' names, in the words a checklist writes. */
const SPELLED = {
    db: 'database',
    pass: 'password',
    pwd: 'password',
    conn: 'connection',
};
/** Prefixes a framework puts before variables it exposes to a client (`NEXT_PUBLIC_`, `VITE_`). */
const CLIENT_PREFIX = /^(?:next_public|vite|react_app|nuxt_public|expo_public|public)_/;
const wordsOfName = (v) => v
    .toLowerCase()
    .replace(CLIENT_PREFIX, '')
    .split(/_+/)
    .map((w) => SPELLED[w] ?? w)
    .join(' ');
/** A predicate a secret's noun takes: a length, strength, or a word that it is set. */
const NOUN_STATE = /\b(?:strong|generated|secure|random|set|configured|defined|provided|present|in place|populated)\b/;
/** A person's or an account's password ("Admin password changed"): kept by the app, not in its environment. */
const ACCOUNT = /^(?:admin|administrator|user|users|root|account|superuser|owner|staff|customer|member|login)$/;
/**
 * The variable a secret's or address's noun names ("Session secret is strong" → `SESSION_SECRET`, "Stripe
 * secret key configured" → `STRIPE_SECRET_KEY`): the one variable named elsewhere in the document whose
 * words are the noun's, else a framework's own name for it (Django's and Flask's `SECRET_KEY`, Laravel's
 * `APP_KEY`, Rails' `SECRET_KEY_BASE`). A noun that names no variable, or several, is no subject.
 */
function nounSubject(item, t) {
    if (!(lengthOf(t) || sizedSecret(t, 'SECRET') || NOUN_STATE.test(t)))
        return undefined;
    const own = new Map();
    for (const v of item.doc.variables ?? [])
        if (VAR.test(v))
            own.set(wordsOfName(v), v);
    for (const m of t.matchAll(SECRET_NOUN)) {
        const head = m[2] ?? '';
        const before = (m[1] ?? '').trim().split(/[ -]/);
        // ("Secure secret keys": several secrets, not one variable; "admin password": an account's.)
        if (m[3] || before.some((w) => ACCOUNT.test(w)))
            continue;
        // (An address is a variable only when said to be set: "Frontend URL/domain generated" is the site's.)
        if (/^(?:url|dsn|connection string)$/.test(head) &&
            (!/\b(?:set|configured|defined|provided|populated)\b/.test(t) ||
                t.slice((m.index ?? 0) + m[0].length).startsWith('/')))
            continue;
        // (The words nearest the noun name it: "the new session secret" is "session secret"; a noun of two
        // words, "secret key", may name it alone.)
        for (let i = 0; i <= before.length; i++) {
            const words = before.slice(i);
            if (words.some((w) => env_NOT_A_NAME.test(w)) || (words.length === 0 && !head.includes(' ')))
                continue;
            const name = own.get([...words.map((w) => SPELLED[w] ?? w), head].join(' '));
            if (name)
                return {
                    name,
                    phrase: m[0].trim(),
                    note: `the variable is ${name}, named elsewhere in the document`,
                };
        }
        const said = [...before.filter((w) => !env_NOT_A_NAME.test(w)), head].join(' ');
        const framework = (/^(?:(?:django|flask) )?secret key$/.test(said) && item.doc.stack === 'python'
            ? 'SECRET_KEY'
            : undefined) ??
            (/^(?:laravel )?app(?:lication)? key$/.test(said) && item.doc.tools?.includes('laravel')
                ? 'APP_KEY'
                : undefined) ??
            (/^(?:rails )?secret key base$/.test(said) && item.doc.tools?.includes('ruby')
                ? 'SECRET_KEY_BASE'
                : undefined);
        if (framework)
            return {
                name: framework,
                phrase: m[0].trim(),
                note: `the variable is ${framework}, the framework's own name for it`,
            };
    }
    return undefined;
}
/**
 * A variable's name as the words write it: a .NET key with colons (`Stripe:WebhookSecret`) in its
 * environment spelling, a `Section__Key` as written, else in capitals (`jwt_refresh_secret`).
 */
function nameOf(word) {
    const w = word?.replace(/:+$/, '');
    if (!w)
        return undefined;
    if (DOTNET_KEY.test(w))
        return w.replaceAll(':', '__');
    return w.includes('__') ? w : w.toUpperCase();
}
/** "`A` is not the same as `B`": a distinct pair, not a value that must match another. */
const NOT_THE_SAME = /\bnot the same as\b/g;
/**
 * "A 64-char `ENCRYPTION_KEY`", "a 32-byte random value": a size written as a modifier, read as the least a
 * secret holds (a plain count, "32 characters", may describe a format and is left to `lengthOf`).
 */
function sizedSecret(t, name) {
    // ("50+ random characters", "64 random bytes": a count of random characters is the secret's size.)
    const m = /\b(\d{2,4})-(?:char(?:acter)?s?|bytes?)\b/.exec(t) ??
        /\b(\d{2,4})\+? (?:random|hex|base64|secure|alphanumeric|url-safe)(?: random)? (?:char(?:acter)?s|bytes)\b/.exec(t);
    if (!m?.[1] || !(SECRET.test(name.toUpperCase()) || /\b(?:secret|key|token|random|password)\b/.test(t)))
        return undefined;
    const bytes = Number(m[1]);
    return bytes >= 8 && bytes <= 4096 ? { bytes, exact: false, phrase: m[0] } : undefined;
}
/** A remark before the item's words: "(Optional)", "(Required)". */
const LEAD_REMARK = /^\((?:optional|required|recommended)\)\s*/i;
const policy = (variables) => ({ kind: 'env.policy', variables });
/**
 * Environment items: a variable set, equal to a value, of a length, not a placeholder, different from
 * another, not `*`. Items about what a value should mean ("matches backend", "from the console") stay manual.
 */
const environment = (item) => {
    const named = variablesOf(item, item.raw).length > 0;
    const elsewhere = named || item.block ? notTheGatesEnvironment(item) : undefined;
    if (elsewhere && (named || blockVariables(item).length > 0))
        return refuse(elsewhere);
    return (environmentOf(item, item.raw) ?? (named ? undefined : (listedInBlock(item) ?? listedInDetails(item))));
};
/** "Set these environment variables:", "Move sensitive data to environment variables:", "Add to `.env`:". */
const TO_THE_ENVIRONMENT = /^(?:set|move|put|add|configure|define|provide|export)\b[^.;]{0,60}?\b(?:env(?:ironment)? (?:variables?|vars?)|\.env\b|the environment\b)|\benv(?:ironment)? (?:variables?|vars?) (?:set|configured|defined|provided|in place)\s*:?$/;
/** `KEY=value` lines of a block (`export KEY=…` too), in the shapes `VAR` reads: `JWT__Secret`, `DATABASE_URL`. */
function blockVariables(item) {
    const out = [];
    for (const line of (item.block ?? '').split('\n').slice(0, 40)) {
        const m = /^\s*(?:export\s+)?([A-Za-z][A-Za-z0-9_]*)=/.exec(line);
        if (m?.[1] && VAR.test(m[1]) && !NOT_VARS.has(m[1]) && !out.includes(m[1]))
            out.push(m[1]);
    }
    return out.slice(0, 20);
}
/**
 * "Move sensitive data to environment variables:" over a block of `KEY="…"` lines: each variable the
 * block assigns is set (its value in the block is an example; the policy asks only that it be there).
 */
function listedInBlock(item) {
    const said = phrase(item.text, TO_THE_ENVIRONMENT);
    const names = said ? blockVariables(item) : [];
    if (!said || names.length === 0 || conditional(item))
        return undefined;
    return {
        check: policy(Object.fromEntries(names.map((n) => [n, SECRET.test(n.toUpperCase()) ? { 'not-placeholder': true } : {}]))),
        rule: 'env.set',
        matched: [said, ...names],
        note: 'the variables the block below the item assigns; their values there are examples',
    };
}
/**
 * "Production environment variables set:" over plain sub-bullets that each name a variable (`DATABASE_URL`,
 * "`SESSION_SECRET` (32+ characters)", "`REDIS_URL` – cache"): each variable is set, with the strength its
 * line gives. A list that holds anything else (a value, a step) is not read.
 */
function listedInDetails(item) {
    const said = item.details ? phrase(item.text, TO_THE_ENVIRONMENT) : undefined;
    if (!said || !item.details || conditional(item) || notTheGatesEnvironment(item))
        return undefined;
    const variables = {};
    const entries = item.details.split('; ').slice(0, 30);
    for (const entry of entries) {
        const m = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\s*(?:[-–—:(]|\bfor\b)(.*))?$/.exec(entry.trim());
        if (!m?.[1] || /[=]/.test(m[2] ?? '') || NOT_VARS.has(m[1].toUpperCase()))
            return undefined;
        const name = m[1].toUpperCase();
        const length = lengthOf(m[2] ?? '');
        variables[name] = {
            ...(SECRET.test(name) ? { 'not-placeholder': true } : {}),
            ...(length ? { [length.exact ? 'exact-bytes' : 'min-bytes']: length.bytes } : {}),
        };
    }
    const names = Object.keys(variables);
    if (names.length === 0)
        return undefined;
    return {
        check: policy(variables),
        rule: 'env.set',
        matched: [said, ...names.map((n) => n.toLowerCase())],
        note: 'the variables the lines below the item name',
    };
}
/** Outline words of a CI system or deploy pipeline, whose secrets are that system's, not the app's. */
const CI_SYSTEM = /\bgithub(?: actions)?\b|\bactions\b|\bci\b|\bci\/cd\b|\bworkflows?\b|\bpipelines?\b|\bgitlab\b|\bcircleci\b|\bjenkins\b|\bbuildkite\b|\bsecret (?:store|manager)\b|\bsecrets manager\b|\bvault\b/;
/** Hosting platforms and clouds: a variable said to be set there lives in that platform's settings. */
const PLATFORM = /\b(?:in|on|via|into|to|by) (?:the |your |a )?(?:hosting\b|host(?:ing)? (?:platform|provider)\b|(?:railway|render|heroku|fly(?:\.io)?|vercel|netlify|cloudflare|aws|gcp|azure|digitalocean|supabase|github|gitlab|doppler)\b)/;
/** A hosting platform's own variables: "Configure Vercel environment variables (A, B)", "Netlify env vars". */
const PLATFORM_VARIABLES = /\b(?:railway|render|heroku|fly(?:\.io)?|vercel|netlify|cloudflare|digitalocean|supabase|amplify|cloud run|app engine|elastic beanstalk)(?: project| app| service| dashboard)? (?:env(?:ironment)? (?:variables?|vars?)|secrets|settings|config vars)\b/;
/**
 * Words that put the variable somewhere the gate's environment is not, or make it another's work: each
 * with why it stays manual.
 */
const ELSEWHERE = [
    [
        /\bstaging\b|\b(?:preview|qa|uat|test|dev(?:elopment)?) (?:env(?:ironment)?s?|servers?|box(?:es)?|stacks?|deploys?)\b/,
        'another environment than the one the release gate checks',
    ],
    [
        /\b(?:in|on|to|into|via|for) (?:the |our )?(?:ci|ci\/cd|github actions|gitlab(?: ci)?|circleci|jenkins|buildkite|travis|build pipeline|pipeline|workflows?)\b|\bci (?:secrets?|variables?|vars?|env)\b|\b(?:actions|repository|repo|org(?:anization)?) secrets?\b/,
        "a variable of the CI system's own settings, not of the app's environment",
    ],
    [
        /\bpassword manager\b|\b1password\b|\bbitwarden\b|\blastpass\b|\bkeychain\b|\b(?:kubernetes|k8s|sealed) secrets?\b|\bconfig ?maps?\b|\bparameter store\b|\bssm\b|\bhelm (?:values|charts?)\b|\bterraform (?:vars|variables|state)\b/,
        'kept in a store the gate cannot read',
    ],
    [
        /\bon (?:the |each |every )?(?:database|db|cache|redis|mail|smtp|build|jump|bastion|worker) (?:servers?|hosts?|box(?:es)?|nodes?|vms?)\b|\bin (?:the |its |their )?(?:[\w-]+ ){0,3}(?:repository|repo)\b|\b(?:mobile|ios|android|desktop)(?: app| client)?'s\b|\bthe (?:mobile|ios|android|desktop) (?:app|client)\b/,
        "another component's variable, not the environment of the app the gate checks",
    ],
    [
        /^(?:ask|request|remind|tell|email|ping) (?:the |a |an |our )?(?:[\w-]+ ){1,3}?to\b|\b(?:to be|will be|must be|should be|is to be) (?:set|configured|added|provided|defined|created|generated)(?: later| by\b)|\b(?:to be|will be|is to be) (?:set|configured|added|provided|defined|created|generated)\b|\bby (?:the )?(?:ops|devops|platform|infra\w*|hosting|sre|security|it|client|customer|vendor)(?: team| people)?\b/,
        'a step for someone to do, not a state of the release',
    ],
    [
        /\b(?:in|into|via|through) (?:the |our |a )?(?:dockerfile|docker-compose[\w.-]*|compose file|containerfile|kubernetes manifests?|k8s manifests?|deployment manifests?|systemd unit|procfile|appsettings[\w.]*?\.json|appsettings|web\.config|settings\.py|application(?:-\w+)?\.(?:ya?ml|properties)|config file)\b/,
        'set in a file the deployment reads, not in the environment the gate runs with',
    ],
    [
        /^how to\b|\b(?:explained|described|documented|written down|covered|outlined) (?:in|on)\b/,
        'says where the variable is explained, not that it is set',
    ],
    [
        /\b(?:once|until|after|before) (?:the |a |an |we |it |our |all |every )(?!(?:first |initial |production )?(?:release|launch|deploy\w*|go-live|cutover)\b)/,
        'under a condition of time the gate cannot tell holds',
    ],
    [
        /\b(?:in|from|on|via) (?:the |your |our )?(?:[\w-]+ ){0,3}(?:console|dashboard|portal|web ui|admin panel|settings page|control panel)\b/,
        "a value kept in or taken from a service's own console, which the gate cannot read",
    ],
];
/**
 * Why a variable the item names is not one the gate should read from its own environment: a secret of
 * the CI system or a secret store (a parent "Secrets configured:" under a GitHub Actions heading), a
 * value set in a local `.env` or on a developer's machine, or one set in a hosting platform's settings.
 */
function notTheGatesEnvironment(item) {
    if ((/\bsecrets?\b/.test(item.near) && CI_SYSTEM.test(item.context)) || storeHeading(item.near))
        return 'a secret of the CI system or secret store the outline names, not a variable of the app';
    if (/\blocal(?:ly)?\b|\bon (?:your|my|the developer's|a developer's) (?:machine|laptop|computer)\b/.test(item.text))
        return 'set on a local machine: the gate does not run with that environment';
    const platform = phrase(item.text, PLATFORM) ?? phrase(item.text, PLATFORM_VARIABLES);
    if (platform)
        return `said to be set "${platform}": the gate cannot read a hosting platform's settings`;
    const elsewhere = ELSEWHERE.find(([re]) => re.test(item.text));
    if (elsewhere)
        return `"${phrase(item.text, elsewhere[0])}": ${elsewhere[1]}`;
    // "Set `SENTRY_DSN` or `OTEL_ENDPOINT`": either one will do, and the policy would demand both.
    if (/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+ or [a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/.test(item.text))
        return 'either of two variables will do: name the one in use to automate it';
    return undefined;
}
/**
 * A condition's words: "if", "when", "unless", "only if", "in case", then what it depends on ("if using
 * Redis", "when `BOT_TOKEN` is set", "(if enabled)"). Conditions that say nothing of what they depend on
 * ("if applicable", "if needed", a bare "(if using)") do not count: the item still claims the variable;
 * nor does "if" for "whether" ("Verify if `X` is set").
 */
const env_CONDITION = /(?<!\b(?:check|checked|verify|verified|confirm|confirmed|see|test|tested|determine|ask) )\b(?:only |just )?(?:if|when|whenever|unless|in case(?: of)?) (?!(?:applicable|needed|necessary|required|any|possible|appropriate)\b)(?!using ?(?:\)|$))[^\s,;)][^,;)]{0,40}/;
/**
 * A condition that is a time of the release rather than a service ("when deploying", "if running in
 * production"): the gate runs at that time, so the variable is claimed.
 */
const env_RELEASE_TIME = /\b(?:when|if|once) (?:(?:running|deployed|deploying|we are|we're|you are|you're) )?(?:in |to |on )?(?:production|prod|live)\b|\bwhen (?:deploy\w*|releas\w*|going live|launch\w*|ready)\b/g;
/** A heading or parent that makes its section optional: "Optional: Redis", "Search (optional)", "Optional services". */
const OPTIONAL_SECTION = /\boptional\b/;
/**
 * Why a variable the item names is needed only under a condition the gate cannot tell holds: the section
 * is conditional ("Analytics (if using PostHog)", "Optional: Redis"), a remark after the variable says so
 * ("`MEDIA_KEY` set (if media service used)"), or the variable is named inside the condition of another
 * claim ("Bot starts with the API when `BOT_TOKEN` is set"). A variable named without a condition stays a
 * claim (a bare "(optional)" remark on the item too: the labels of real checklists count it as one).
 */
function conditional(item) {
    const heading = item.context
        .replace(env_RELEASE_TIME, ' ')
        // ("Required and optional variables": a list of both kinds, each item says which it is.)
        .replace(/\b(?:required|mandatory) ?(?:and|&|\/|or) ?optional\b|\boptional ?(?:and|&|\/|or) ?(?:required|mandatory)\b/g, ' ');
    const section = phrase(heading, env_CONDITION) ?? phrase(heading, OPTIONAL_SECTION);
    if (section)
        return `the section is conditional ("${section}"): the gate cannot tell whether it applies`;
    const own = phrase(item.raw.toLowerCase().replace(env_RELEASE_TIME, ' '), env_CONDITION);
    if (own)
        return `the words hold a condition ("${own}"): the gate cannot tell whether it applies`;
    return undefined;
}
function environmentOf(item, raw) {
    const t = item.text;
    let names = variablesOf(item, raw);
    let guessedName;
    if (names.length === 0) {
        // "JWT secret", and "**JWT**: generate a new strong secret" (the label names whose secret it is).
        const jwt = phrase(t, /\bjwt (?:signing )?(?:secrets?|keys?)\b/) ??
            phrase(t, /^jwt: (?:(?:generate|generated|use|set|a|new|strong|secure|random|signing)\s){1,5}(?:secrets?|keys?)\b/);
        // ("Change default JWT secret": a secret that is not the default one.)
        if (jwt &&
            (lengthOf(t) ||
                /\bstrong|generated|secure|random|set|configured\b|\bchanged?\b|\breplaced?\b|\bdefault\b/.test(t))) {
            // The document's own JWT variable when it names exactly one (`Jwt__SigningKey`), else JWT_SECRET.
            const elsewhere = notTheGatesEnvironment(item);
            if (elsewhere)
                return refuse(elsewhere);
            const own = item.doc.jwtVariables.length === 1 ? item.doc.jwtVariables[0] : undefined;
            names = [{ name: own ?? 'JWT_SECRET', phrase: jwt }];
            guessedName = own
                ? `the variable is ${own}, named elsewhere in the document`
                : 'the variable is JWT_SECRET';
        }
        else if (!jwt) {
            // "Session secret is at least 32 characters", "Stripe secret key configured": a secret or an address by
            // its noun, the one variable of the document (or of the stack's framework) that the noun names.
            const noun = nounSubject(item, t);
            if (noun) {
                const elsewhere = notTheGatesEnvironment(item);
                if (elsewhere)
                    return refuse(elsewhere);
                names = [{ name: noun.name, phrase: noun.phrase }];
                guessedName = noun.note;
            }
        }
    }
    if (names.length === 0)
        return undefined;
    const condition = conditional(item);
    if (condition)
        return refuse(condition);
    // "`LEGACY_MODE` is not set", "The environment has no `DEV_BYPASS`": the variable is to be absent.
    const absent = phrase(t, ABSENT);
    if (absent)
        return refuse(`"${absent}": the variable is to be absent, which the policy does not check`);
    // A bound the policy cannot hold ("`JWT_EXPIRE` set to `24h` or shorter"), unless it is a length.
    if (/\bor (?:shorter|longer|less|more|fewer|lower|higher|below|above)\b|\b(?:at most|no more than|no longer than)\b/.test(t) &&
        !lengthOf(t))
        return undefined;
    // Variables to remove ("`API_KEY_OLD` - No longer used" under "Remove deprecated variables") are not to be set.
    if (/\bno longer (?:used|needed|required)\b|\bdeprecated\b|\bunused\b|\bobsolete\b/.test(t) ||
        /^(?:remove|delete|unset|drop|clean ?up)\b|\bdeprecated\b|\bcleanup\b/.test(item.near))
        return undefined;
    // ("never `*`" is the value's rule, read below.)
    if (/\bnever\b|\bnot be\b|\bmust not\b|\bmatches\b|\bsame as\b|\brotat\w+|\bexpiration\b|\bfrom (?:the )?(?:console|dashboard)|\bin (?:the )?(?:console|dashboard|aws|vercel|netlify|cloudflare|github secrets)\b|\badded in\b|\bregistered\b/.test(t.replace(NEVER_STAR, ' ').replace(NOT_THE_SAME, ' ')))
        return undefined;
    // A secret kept by CI or a secret store ("`NETLIFY_AUTH_TOKEN` secret added" under GitHub Actions, a
    // secret set in Secret Manager) is not an environment variable of the app the check can read.
    if (/\bsecrets? (?:added|created|stored|uploaded)\b|\bsecret manager\b|\bsecrets manager\b|\bkey ?vault\b|\bvault\b/.test(t) ||
        (/\bsecrets?\b/.test(t) && /\bgithub|actions\b|\bci\b|workflows?/.test(item.near)) ||
        // A platform's own secret store ("Supabase Secrets", "Edge function secrets") or the command that
        // fills it (`fly secrets set`, `heroku config:set`, `vercel env add`).
        storeHeading(item.near) ||
        names.some((n) => item.doc.storeSecrets.includes(n.name)) ||
        /\bsecrets set\b|\b(?:gh|fly|flyctl|wrangler|doppler|railway)\b[^,;]{0,20}\bsecret set\b|\bconfig:set\b|\benv add\b|\bsecret (?:create|put)\b/.test(t))
        return undefined;
    const envContext = /\benv(?:ironment)?(?: variables?| vars?| file| config\w*)?\b|\.env\b|secrets?|config/.test(item.context);
    // "`JWT_SECRET` expiry set to 15 minutes", "`OPENAI_API_KEY` has usage limits configured": the claim is of
    // a property of what the variable is for, not of the variable.
    const lowered = names.map((n) => (n.key ?? n.name).toLowerCase());
    const property = lowered
        .map((v) => phrase(t, new RegExp(String.raw `\b${v}(?:'s)? (?:${PROPERTY})\b|\b${v}\b (?:has|with) (?:its |a |an )?(?:[\w-]+ )?(?:${PROPERTY})\b`)))
        .find(Boolean);
    if (property)
        return refuse(`"${property}": a property of what the variable is for, not the variable's value`);
    // "`ACCESS_TOKEN_TTL` set to 15 minutes": a value with a unit, whose spelling in the variable is not known.
    const unit = phrase(t, /\b(?:set to|is|equals|=|of) (?:\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|mb|gb|kb|requests?|req|connections?|users?|workers?|per)\b|\b(?:set to|is|equals|=|of) \d+(?:\.\d+)? ?%/);
    if (unit && names.every((n) => n.equals === undefined))
        return refuse(`"${unit}": a value with a unit, which the variable may spell in more than one way`);
    const off = turnedOff(item, names);
    if (off)
        return off;
    // Assignments: NODE_ENV=production, SKIP_EMAIL_VERIFICATION=false.
    const assigned = names.filter((n) => n.equals !== undefined);
    if (assigned.length > 0) {
        return {
            check: policy(Object.fromEntries(assigned.map((n) => [n.name, { equals: n.equals }]))),
            rule: 'env.equals',
            matched: assigned.map((n) => n.phrase),
            note: keyNote(assigned),
        };
    }
    const first = names[0];
    const rule = {};
    const matched = [first.phrase];
    const length = lengthOf(t) ?? sizedSecret(t, first.name);
    if (length) {
        rule[length.exact ? 'exact-bytes' : 'min-bytes'] = length.bytes;
        matched.push(length.phrase);
    }
    // ("`JWT_SECRET` != `INVITE_SECRET`": the two must differ, written as code would.)
    const other = /different from `?([\w:]+)|distinct from `?([\w:]+)|not the same as `?([\w:]+)|separate(?:ly)? from `?([\w:]+)|(?:!==?|≠|<>|differs? from|not equal to) ?`?([\w:]+)/.exec(raw);
    // ("`ADMIN_TOKEN` and `SERVICE_TOKEN` are different values": the pair, then the word that they differ.)
    const pair = new RegExp(String.raw `\b${first.key ?? first.name},? (?:and|&) ([A-Za-z][A-Za-z0-9_:]*) (?:(?:are|must be|should be|have|hold|use|set to|set with|take|get) )?(?:(?:two |separate )?(?:different|distinct|unique)\b|differ\b|not the same\b)`).exec(raw);
    const otherName = nameOf(other?.[1] ?? other?.[2] ?? other?.[3] ?? other?.[4] ?? other?.[5] ?? pair?.[1]);
    // (The other is a variable: one the item names, or a name with an underscore; "different from
    // production" names none.)
    if (otherName &&
        VAR.test(otherName) &&
        otherName !== first.name &&
        (names.some((n) => n.name === otherName) || otherName.includes('_'))) {
        rule['distinct-from'] = [otherName];
        matched.push(other?.[0] ?? pair?.[0] ?? otherName);
    }
    const strong = phrase(t, /\bfrom (?:the )?default\b|\bsecure\b|\bstrong\b|\bgenerated\b|\brandom\b|\breal\b|\bnot (?:a )?placeholder\b|\bchanged?\b|\breplaced?\b[^,;]{0,20}\bdefault\b|\bdefault\b[^,;]{0,30}\breplaced\b/);
    if (strong && (SECRET.test(first.name) || /default|placeholder|real|change/.test(strong))) {
        rule['not-placeholder'] = true;
        matched.push(strong);
    }
    const notStar = phrase(t, /\bnot `?\*`?|\bno `?\*`?|\bno wildcard\b/) ?? phrase(t, NEVER_STAR);
    if (notStar) {
        rule.matches = '^[^*]+$';
        matched.push(notStar);
    }
    const lengthNote = length ? 'characters are counted as bytes' : undefined;
    if (Object.keys(rule).length > 0) {
        // ("`JWT_SECRET`, `COOKIE_SECRET` (both 32+ chars)": the strength said of each variable named.)
        const shared = Object.fromEntries(Object.entries(rule).filter(([k]) => k !== 'distinct-from'));
        const each = names.length > 1 && /\b(?:both|each|all|every)\b/.test(t) ? names.slice(1) : [];
        return {
            check: policy({ [first.name]: rule, ...Object.fromEntries(each.map((n) => [n.name, { ...shared }])) }),
            rule: 'env.value',
            matched,
            note: [guessedName, lengthNote, keyNote([first])].filter(Boolean).join('; ') || undefined,
        };
    }
    if ((/\bhttps\b/.test(t) ||
        /(?:updated|set) to (?:the |your )?production (?:\w+ )?(?:url|domain)|\bupdated(?: \(if using\))?$|production (?:api |site |app |frontend |backend |public )?url|\bupdated with (?:the )?(?:[\w-]+ ){0,2}(?:url|domain|origin)s?$|\bpoint(?:s|ing)? (?:to|at) (?:the )?(?:production|prod|live) (?:api|backend|server|site|domain|host|url)\b/.test(t)) &&
        /(?:URL|URI|ORIGIN|ENDPOINT)$/.test(first.name)) {
        return {
            check: policy(Object.fromEntries(names.map((n) => [n.name, { matches: '^https://' }]))),
            rule: 'env.production-url',
            matched: [
                ...names.map((n) => n.phrase),
                phrase(t, /points? (?:to|at) (?:the )?\w+ \w+|production (?:\w+ )?url|\bhttps\b(?::\/\/)?|updated/) ??
                    'updated',
            ],
            note: "a production URL is taken to be an https:// URL; use 'url-host' to name the host",
        };
    }
    const set = phrase(t, /\b(?:set|configured|generated|defined|provided|secured|present|added|populated|filled in|exported)\b/) ??
        // ("exists", "in place", "has a value", "not empty": said of a name in the shape of a variable, or under
        // an environment heading; `NOTICE` in place is a file.)
        (/_/.test(first.name) || envContext
            ? phrase(t, /\b(?:exists?|in place|available)\b|\bhas a (?:non-empty |real )?value\b|\b(?:is |are )?(?:not empty|non-empty)\b/)
            : undefined) ??
        // "The production environment contains `X`": the environment the subject, the variable its object.
        phrase(t, /\benvironment\b[^,;]{0,30}?\b(?:contains|includes|holds|defines|has)\b/) ??
        // "`DATABASE_URL` points to the production database": an address variable set, to a value the words
        // describe (one pointing to the production site or API is an https:// URL, read above). What another
        // variable points to is its value's meaning ("`TENANT_REGION` points to the production cluster").
        (/(?:URL|URI|DSN|HOST|ENDPOINT|CONNECTION_STRING|CONN)$/.test(first.name) ||
            /^ConnectionStrings__/.test(first.name)
            ? phrase(t, /\bpoint(?:s|ing)? (?:to|at) (?:the )?(?:production|prod|live)\b|(?:→|->|=>) ?(?:the )?(?:production|prod|live)\b/)
            : undefined) ??
        // ("Generate `X`" only for a secret: a generated spec or report is not a variable.)
        (/^(?:set|configure|add|define|provide)\b/.test(t) || (/^generate\b/.test(t) && SECRET.test(first.name))
            ? phrase(t, /^\w+/)
            : undefined) ??
        // "Copy Client ID to `SLACK_CLIENT_ID`", "Save `ACCESS_TOKEN` and `REFRESH_TOKEN` from the response":
        // a value put into the variable, which then holds it.
        copiedInto(t, first.name) ??
        // "`SECRET_KEY` - Flask secret key": a variable listed under an environment heading must be set.
        (envContext &&
            // ("(Optional) `A` and `B` for …": a remark first, and names joined by "and".)
            raw.trim().replace(LEAD_REMARK, '').startsWith(first.phrase) &&
            /^[`'"]?[A-Z0-9_]+[`'"]?(?:\s+and\s+[`'"]?[A-Z0-9_]+[`'"]?)*\s*(?:[-–—:(]|for\b|$)/.test(raw.trim().replace(LEAD_REMARK, ''))
            ? 'listed under an environment heading'
            : undefined);
    if (!set)
        return undefined;
    const all = names.filter((n) => n.equals === undefined);
    return {
        check: policy(Object.fromEntries(all.map((n) => [n.name, SECRET.test(n.name) ? { 'not-placeholder': true } : {}]))),
        rule: 'env.set',
        matched: [...all.map((n) => n.phrase), set],
        note: [guessedName, keyNote(all)].filter(Boolean).join('; ') || undefined,
    };
}
/**
 * After a flag turned off: the end, a remark, "in production", or "mode" ("Disable `DEBUG` logging" is a log
 * level, not the flag).
 */
const FLAG_END = '(?: mode| flag| setting)?(?:$|\\s*[.,;:(!]| (?:in|for|on) (?:production|prod|live)\\b)';
/** The values a switched-off flag may have, in the forms stacks write them (Django's `False`, `0`, `off`). */
const OFF_VALUES = '^(?:[Ff]alse|FALSE|0|[Oo]ff|OFF|[Nn]o|NO)$';
/**
 * "Disable `DEBUG`", "`DEBUG` turned off", "Switch off `FEATURE_SIGNUPS`": the one variable named is a flag
 * that is off: if set, it holds a false value in any of the usual spellings (unset leaves it off too).
 */
function turnedOff(item, names) {
    const first = names[0];
    if (names.length !== 1 || !first || first.equals !== undefined)
        return undefined;
    const v = first.name.toLowerCase();
    const said = phrase(item.text, new RegExp(`^(?:disable|turn off|switch off|deactivate) (?:the )?${v}${FLAG_END}`)) ??
        phrase(item.text, new RegExp(`^${v}(?: mode| flag)? (?:is |has been )?(?:disabled|turned off|switched off|off|deactivated)${FLAG_END}`));
    if (!said)
        return undefined;
    return {
        check: policy({ [first.name]: { matches: OFF_VALUES, required: false } }),
        rule: 'env.value',
        matched: [said],
        note: `${first.name} may be unset; when set it must be a false value (false, False, 0, off, no)`,
    };
}
/** "`Jwt:PublicKey` configured": the configuration key is read from the environment as `Jwt__PublicKey`. */
function keyNote(names) {
    const keys = names.filter((n) => n.key);
    return keys.length > 0
        ? `the configuration key ${keys.map((n) => `${n.key} is read from the environment as ${n.name}`).join(', ')}`
        : undefined;
}
/**
 * The words that put a value into a variable: "copy/paste/put/enter/save … to/into/as `VAR`", "fill in
 * `VAR`" (the variable the target), or "save/store/keep/record `VAR` …" (the variable the object, kept nowhere but the environment:
 * "Store `KEY` in the team vault" is not).
 */
function copiedInto(t, name) {
    const v = name.toLowerCase();
    const into = new RegExp(`^(?:copy|paste|put|enter|insert|write|save|store|keep|record|place|assign)\\b[^;]{0,60}? (?:to|into|in|as) (?:the )?${v}\\b`);
    if (into.test(t))
        return phrase(t, /^\w+/);
    const kept = new RegExp(`^(?:save|store|keep|record) ${v}\\b`);
    if (kept.test(t) &&
        !/\b(?:in|into|to|on) (?:a |the |your )?(?!\.env\b|env\b|environment\b|config\b)[a-z0-9]/.test(t))
        return phrase(t, /^\w+/);
    return undefined;
}
/** Environment variables documented, `.env.example` complete / updated / documents every variable. */
const envDocumented = (item) => {
    // ("The example env file is up to date": the example file by its noun.)
    const t = item.text.replace(/\b(?:the |an? )?(?:(?:example|sample|template) env(?:ironment)?|env(?:ironment)? (?:example|sample|template)) file\b/g, '.env.example');
    const said = phrase(t, /\b(?:all |every |each )?(?:required )?env(?:ironment)? (?:variables?|vars?)(?: and [\w ]+?)? (?:is |are |has been |have been )?documented\b/) ??
        // "README documents every environment variable": a document that lists them all.
        phrase(t, /\b(?:documents|lists|describes|covers) (?:all|every|each)(?: the)?(?: required| current)? env(?:ironment)? (?:variables?|vars?)\b/) ??
        // "`.env.example` contains every key the code uses": the example file, a verb of holding, every one.
        phrase(t, /\.env\.example\b[^,;]{0,20}?\b(?:includes|contains|lists|covers|has|holds|names|documents) (?:every|each|all)(?: the)?(?: current| required)? (?:env(?:ironment)? )?(?:variables?|vars?|keys?|settings?|entries)\b/) ??
        phrase(t, /\.env\.example\b[^,;]*?\b(?:updated|documented|complete|accurate|up to date|lists every|with all|in sync|(?:includes|contains|lists|covers|has|reflects|mirrors) (?:all|every)(?: current| required| the)? (?:env(?:ironment)? )?(?:variables?|vars?)\b)/) ??
        phrase(t, /\b(?:documented|listed|included) in `?\.env\.example\b/) ??
        // "All required variables documented" under an environment heading: the variables are the app's.
        (/\benv(?:ironment)?\b|\.env\b/.test(item.context)
            ? phrase(t, /^(?:all |every |each )?(?:the )?(?:required |needed |necessary |new )?(?:config(?:uration)? )?(?:variables?|vars?) (?:are |is )?documented\b/)
            : undefined) ??
        // ("Every variable the app reads is in `.env.example`"; not "No secret vars are in `.env.example`".)
        (/\b(?:no|not|never)\b/.test(t)
            ? undefined
            : phrase(t, /\b(?:every|each|all) (?:current |required |new )?(?:env(?:ironment)? )?(?:variables?|vars?|keys?)\b[^,;]{0,40}?\b(?:is|are|appears?|(?:is |are )?listed|(?:is |are )?included) in `?\.env\.example\b/));
    if (!said)
        return undefined;
    if (/deployment steps|and deployment|setup|procedures?/.test(t))
        return undefined;
    // ("documented for the staging stack": another environment's variables.)
    if (/\bstaging\b|\b(?:preview|qa|uat|dev(?:elopment)?) (?:env(?:ironment)?|stack|servers?)\b/.test(t))
        return undefined;
    return {
        check: { kind: 'env.documented' },
        rule: 'env.documented',
        matched: [said],
        fallback: {
            check: { kind: 'repo.files-exist', paths: ['**/.env.example'] },
            rule: 'env.documented',
            matched: [said],
            note: 'only checks that an .env.example exists, not that it lists every variable',
        },
    };
};

;// CONCATENATED MODULE: ./src/import/rules/reviews.ts


/**
 * github.reviews as a grammar. A subject (the change: code, changes, the pull request, a merge request,
 * the diff, commits; or its review: "code review", "peer review", "review"; or the reviewers: "two
 * maintainers", "a code owner"), a predicate that the review happened and approved (reviewed, approved,
 * LGTM, done, completed, passed, "has 2 approvals"), an optional reviewer ("by another engineer", "from a
 * maintainer") and a count. Blocked: a reviewer who is not the pull request's (a lawyer, legal, design,
 * product, a client, QA), a thing reviewed that is not the change (a document, a design, an RFC, the
 * Dockerfile), the author's own review, and a review asked for, assigned or scheduled (not yet given).
 */
/** Words that may come before the change: "all", "the", "final", "release", "new". */
const CHANGE_LEAD = '(?:(?:all|the|this|these|my|our|every|each|final|release|feature|new|latest|recent) ){0,3}';
/** The change itself. */
const CHANGE_NOUN = '(?:code changes|code|changes?|prs?|pull requests?|merge requests?|mrs?|diffs?|commits?|implementation|patch(?:es)?)';
const reviews_CHANGE = `${CHANGE_LEAD}${CHANGE_NOUN}`;
/** What the review said: reviewed, approved, LGTM, signed off. */
const REVIEWED = "(?:peer[- ]reviewed|reviewed|approved|lgtm(?:'?d)?|signed off)";
/** Auxiliaries and adverbs between a subject and its state: "has been", "is fully". */
const AUX = '(?:(?:is|are|has|have|was|were|be|been|being|got|gets|must|should|needs|need|to|fully|thoroughly|properly|now|already) ){0,4}';
/** The people who review a pull request. */
const REVIEWER_NOUN = '(?:reviewers?|maintainers?|peers?|code ?owners?|owners?|team ?mates?|team members?|members? of the team|colleagues?|developers?|devs?|engineers?|tech leads?|team leads?|lead developers?|approvers?|people|persons?|someone|somebody|the team)';
const REVIEWER = `(?:(?:at least|a|an|the|one|two|three|\\d+\\+?|another|other|second|senior|core|one other|two other) ){0,3}${REVIEWER_NOUN}`;
/** A count of approvals: "two approvals", "at least 1 approving review", "2+ LGTMs". */
const APPROVALS = '(?:at least )?(?:one|two|three|\\d+\\+?) (?:approvals?|approving reviews?|lgtms?)\\b';
/** Who or what an approval is from or on: "from a maintainer", "on the pull request". */
const APPROVAL_OF = `(?:on|for|from|by) (?:the |this )?(?:${CHANGE_NOUN}|${REVIEWER})\\b`;
/** The clause forms, each anchored at the start of a clause. */
const FORMS = [
    // "Code reviewed", "The PR has been reviewed by two maintainers", "Merge request approved", "Get the PR approved".
    new RegExp(`^(?:(?:get|have) )?${reviews_CHANGE} ${AUX}${REVIEWED}\\b`),
    // "Code review: approved", "Final code review completed", "Peer review done", "Reviews: approved by two maintainers".
    new RegExp(`^(?:(?:final|the|a|an|code|peer|pr|pull request|merge request|mr) ){0,3}reviews? (?:(?:is|are|has been|have been|was|were) )?(?:[:=–—-] ?)?(?:done|complete|completed|passed|(?:\\d+\\/\\d+ )?approved|finished|received|given|obtained|ok|✅|✔️?)(?=$|[\\s.!✅✔]*$|\\s+(?:by|from|before|on (?:the |this )?(?:pr|pull request|change)|for (?:the |this )?(?:release |feature )?(?:pr|pull request|changes?|release)\\b|and\\b|✅))`),
    // "Reviewed and approved by another engineer", "Approved by a code owner", "Approved PR", "Peer-reviewed by two team members".
    new RegExp(`^${REVIEWED}(?: and (?:approved|reviewed|tested|merged))? (?:by ${REVIEWER}|${reviews_CHANGE}\\b)`),
    // "Pull request has 2 approvals", "PR has at least one LGTM", "Got an approval from a maintainer".
    new RegExp(`^(?:${reviews_CHANGE} )?(?:has|have|with|gets|got|received|receives) (?:${APPROVALS}|(?:an? )?(?:approvals?|approving reviews?|lgtms?) ${APPROVAL_OF}|(?:approvals?|lgtms?)\\b)`),
    // "Two approvals on the pull request", "At least one approving review", "One approval from a reviewer".
    new RegExp(`^${APPROVALS}`),
    // "Approval from a maintainer", "PR approval from a teammate", "Get an LGTM from a code owner".
    new RegExp(`^(?:(?:get|got|obtain|obtained|receive|received) )?(?:an? )?(?:(?:pr|pull request|merge request|review|code review) )?(?:approvals?|approving reviews?|lgtms?) ${APPROVAL_OF}`),
    // "Review approval obtained", "PR approval received".
    /^(?:(?:pr|pull request|merge request|review|code review) )?approvals? (?:(?:is|was|has been) )?(?:obtained|received|given|granted)\b/,
    // "Two maintainers have approved the change", "At least 2 reviewers approved the PR", "A code owner signed off".
    new RegExp(`^${REVIEWER} ${AUX}(?:approved|reviewed|signed off(?: on)?|lgtm'?d)(?: (?:the |this )?${CHANGE_NOUN}\\b|(?= (?:by|before|in|within)\\b)|$)`),
    // "LGTM from a maintainer", "LGTM".
    /^lgtm\b(?! on\b)/,
];
/** Reviewers who are not the pull request's: a lawyer, legal, operations, a designer, product, a client, QA. */
const OTHER_REVIEWER = /\b(?:by|with|from) (?:a |an |the |our |one |two |three |\d+\+? )?(?:lawyers?|attorneys?|counsel|legal(?: team| counsel)?|ops(?: team)?|operations(?: team)?|sre(?: team)?|support(?: team)?|compliance(?: team)?|security(?: team)?|platform team|dpo|accountants?|auditors?|designers?|design team|product(?: owner| manager| team)?|pms?|marketing(?: team)?|stakeholders?|management|clients?|customers?|business(?: owners?)?|qa(?: team)?)\b|\b(?:lawyers?|attorneys?|counsel|legal team|ops team|operations team)\b/;
/** Things reviewed that are documents, not the change: legal pages, policies, a runbook, a Markdown file. */
const REVIEWED_DOCUMENT = /\b(?:legal|terms|privacy|policy|policies|pages?|copy|content|runbooks?|playbooks?|docs?|documentation|guides?|contracts?|disclaimers?|[\w-]+\.md)`? (?:\w+ )?reviewed\b/;
/** Reviews of something else, the author's own, or one not given yet. */
const NOT_THE_REVIEW = /security review|architecture|design|comments? outstanding|recent commits|for any changes|\brfcs?\b|\bspec(?:ification)?s?\b|\bproposals?\b|\bself-?review|\bby (?:myself|the author|yourself)\b|\b(?:request(?:ed)?|ask(?:ed)? for|assign(?:ed)?|schedul\w*|invite\w*|ping\w*) (?:a |the |two |\d )?(?:reviews?|reviewers?|approvals?)\b|\breviewers? (?:assigned|requested|added|invited)\b/;
/** The first clause of `t` in a form above, as matched. */
function reviewClaim(t) {
    for (const clause of t
        .replace(/\([^()]*\)/g, ' ')
        .split(/[,;]|\s[-–—]\s|\s+and\s+(?=\S+ (?:approved|reviewed)\b|(?:the )?(?:pr|pull request|code|changes)\b)/)) {
        const c = clause
            .trim()
            .replace(/^[^a-z0-9]*(?:\d+(?:\.\d+)*[.)]\s*)?/, '')
            .replace(/\s+/g, ' ');
        // ("Quality: code reviewed by two developers": the words after a short label.)
        const label = /^[a-z][\w /&-]{0,30}:\s*(.+)$/.exec(c);
        for (const words of label?.[1] ? [c, label[1]] : [c])
            for (const form of FORMS) {
                const m = form.exec(words);
                if (m)
                    return m[0].trim();
            }
    }
    return undefined;
}
/**
 * "Reviewed by 2+ reviewers", "two approvals", "Code reviewed by 2+ developers", "at least one other
 * engineer": the people counted are the pull request's approvers, whatever the noun for them.
 */
function reviewerCount(t) {
    return countBefore(t, /(?:(?:other |senior |core |team )?(?:reviewers?|approvals?|approving reviews?|approvers?|developers?|devs?|engineers?|maintainers?|team ?mates?|team members?|peers?|people|persons?|members?(?: of the team)?|code owners?|owners?|lgtms?))/);
}
const reviewed = (item) => {
    const t = item.text;
    const said = reviewClaim(t) ??
        // "Get team approval" under "Merge PR": the pull request's approval.
        (/\bprs?\b|pull requests?|\bmerge\b|code review/.test(item.near)
            ? phrase(t, /^(?:get|obtain|receive) (?:a |an )?(?:team|peer|reviewer|maintainer)s?'? approvals?\b|\b(?:team|peer|reviewer|maintainer) approvals? (?:received|obtained|given)\b/)
            : undefined);
    if (!said || NOT_THE_REVIEW.test(t))
        return undefined;
    // "Legal pages reviewed by lawyer", "`docs/runbook.md` reviewed by ops team": a document read by someone
    // who is not a reviewer of the pull request's code.
    if (OTHER_REVIEWER.test(t) || REVIEWED_DOCUMENT.test(t))
        return undefined;
    const n = reviewerCount(t);
    return {
        check: { kind: 'github.reviews', ...(n && n.n >= 1 && n.n <= 100 ? { 'min-approvals': n.n } : {}) },
        rule: 'github.reviews',
        matched: n ? [said, n.phrase] : [said],
    };
};

;// CONCATENATED MODULE: ./src/import/rules/github.ts


/** The changelog, by its name or its file: "changelog", "change log", `CHANGELOG.md`, "each of the `CHANGELOG.md`s". */
const CHANGELOG = /\bchange ?logs?(?:\.md)?s?\b/;
/** After the changelog: a state of being updated or of holding the release's entries. */
const CHANGELOG_AFTER = /^[^,;()]{0,60}?\b(?:updated|update|entry|entries|includes|has|written|added|maintained|kept|up to date|up-to-date|current|reflects|describes|lists|covers|mentions|documents|complete|completed|done|ready|section)\b/;
/** Before the changelog: a verb that changes it ("Update `Unreleased` section in `CHANGELOG.md`", "Add an entry to the changelog"). */
const CHANGELOG_BEFORE = /\b(?:update|updated|add|added|write|wrote|written|amend|amended|extend|edit|edited|fill in|finali[sz]e|finali[sz]ed|document|documented|record|recorded|note|noted|log|logged)\b[^,;()]{0,60}?$/;
/** Before the changelog: what goes into it ("Release notes in CHANGELOG.md", "Changes listed in the changelog"). */
const CHANGELOG_HOLDS = /^[^a-z0-9]*(?:the |all )?(?:release notes|changes|entries|notes|new features|fixes|user-facing changes)(?: (?:are |were |have been )?(?:listed|recorded|noted|written|added|documented|described|summari[sz]ed))? (?:in|to|into) (?:the )?`?$/;
/** Words between a verb and the changelog that make it its source or another file's: "from the changelog", "into the release notes". */
const CHANGELOG_NOT_OBJECT = /\b(?:from|based on|using|like|per|of)\s+(?:the\s+|each\s+)?$/;
/** Changelog words that are another claim: the releases page, links, copying, a tool's notes, a plan. */
const CHANGELOG_OTHER = /\bautomatic(?:ally)?\b|\bauto-?generated\b|\bgenerated by\b|release-please|semantic-release|\bby (?:the )?(?:ci|bot|workflow|pipeline|release tooling)\b|release notes on github|github release|\blinks? to\b|\blink(?:ed|ing)? (?:the |a )?change ?log|releases page|\/releases\b|draft release|\bcopy\b|from commits|cannot|don't|do not|manually|add changelog notes|stub for (?:the )?next/;
/**
 * A change to the changelog, by grammar: its name, and a word of its change after it ("CHANGELOG.md
 * updated", "CHANGELOG.md has been updated with new features", "Changelog is maintained") or a verb of
 * change before it ("Update `Unreleased` section in `CHANGELOG.md`", "Update `VERSION` and `CHANGELOG.md`
 * files", "Add an entry to the changelog"), or the name alone. Not an alternative ("Update changelog or
 * release notes": either will do, a check would demand the changelog), not what another text holds first
 * ("Security fixes documented in the changelog").
 */
const changelog = (item) => {
    const t = item.text;
    const m = CHANGELOG.exec(t);
    // "New version entry added" under "CHANGELOG.md updated".
    if (!m) {
        const entry = CHANGELOG.test(item.near)
            ? phrase(t, /\b(?:new )?(?:version |release )?(?:entry|entries|section) (?:is |are )?(?:added|written|created)\b/)
            : undefined;
        return entry
            ? { check: { kind: 'github.changelog' }, rule: 'github.changelog', matched: [entry] }
            : undefined;
    }
    // ("Stage changes: `git add Cargo.toml CHANGELOG.md`": a command that names the file, not its change.)
    if (item.code.some((c) => /\s/.test(c.trim()) && CHANGELOG.test(c.toLowerCase())))
        return undefined;
    const before = t.slice(0, m.index);
    const after = t.slice(m.index + m[0].length);
    const said = (CHANGELOG_AFTER.exec(after) ? `${m[0]}${CHANGELOG_AFTER.exec(after)?.[0] ?? ''}` : undefined) ??
        (CHANGELOG_BEFORE.test(before) && !CHANGELOG_NOT_OBJECT.test(before)
            ? `${CHANGELOG_BEFORE.exec(before)?.[0] ?? ''}${m[0]}`
            : undefined) ??
        (CHANGELOG_HOLDS.test(before) && !/\S/.test(after.replace(/[`.;]/g, ''))
            ? `${before}${m[0]}`
            : undefined) ??
        phrase(t, /^[^a-z0-9]*change ?log(?:\.md)?\s*[.:]?$/) ??
        phrase(t, /^[^a-z0-9]*change ?log(?:\.md)?\s*[:=–—-]?\s*(?:✅|✔️?|☑️?|done|yes)\s*$/) ??
        phrase(t, /^change ?log(?:\.md)?: (?:add|set|update|write|list|note)\w*\b/) ??
        phrase(t, /\bchanges? (?:are )?documented in (?:the )?change ?log\b/);
    // (A remark in parentheses is not the claim: "(do not place a newline in the VERSION file)".)
    // ("Changelog link added to the release page", "CHANGELOG.md linked from the README": a link, not a change.)
    if (!said ||
        CHANGELOG_OTHER.test(t.replace(/\([^()]*\)/g, ' ')) ||
        /\blinks?\b/.test(before) ||
        /^`?\s*(?:links?|linked|url)\b/.test(after))
        return undefined;
    // "Update changelog or release notes": an alternative the check cannot hold (it would demand the changelog).
    // ("CHANGELOG.md or HISTORY.md updated" too.)
    if (/\bchange ?log(?:\.md)?s?`?\s+or\b|\bor (?:the |a )?`?change ?log\b/.test(t))
        return undefined;
    // "Security fixes documented in the changelog": what the entries say is for a person to read.
    if (/\b(?:breaking|security|migration) (?:changes|notes|fixes)\b/.test(before))
        return undefined;
    return { check: { kind: 'github.changelog' }, rule: 'github.changelog', matched: [said.trim()] };
};
/** What holds the release's version: "version", "version number", "version code & version name", "app version". */
const VERSION_NOUN = /\bversion(?: (?:number|code|name|string|field))?s?\b/;
/** What is done to it: bumped, updated, incremented, raised, changed. */
const BUMPED = /\b(?:bumped|updated|incremented|increased|raised|changed|advanced)\b/;
const BUMP = /^(?:bump|update|increment|increase|raise|change|advance|set|bumped|updated|incremented|increased|raised|changed|advanced)\b/;
/**
 * Words that may stand between the version and its state, or between the bump and the version: articles,
 * what the version is of, another name of it, a file that holds it ("Update `lib.json` with the version").
 * Any other word makes the version something else's ("Update commands for new Kamal versions").
 */
const VERSION_GAP = new Set('the a an our its this & and with to in of for file files package app application project crate library release plugin build version code name number string is are has have been was were new next'.split(' '));
const PREPOSITION = /\b(?:for|of|with|about|from|on|to|in|into|when|after|before|by)\b/;
const gapOk = (s) => s
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => VERSION_GAP.has(w));
/**
 * The version said to be bumped, as matched: the version, then its state in the same clause ("Version code
 * & version name updated"), or a bump, then the version ("Bump the package version", "Update
 * `docs/_data/lib.json` with the version to be published", "Update `VERSION` and `CHANGELOG.md`").
 */
/** After the version: whose it is when not the project's ("of React"), or a page that shows it ("in the docs"). */
const ELSEWHERE_VERSION = /^\s*(?:(?:bumped|updated|set|changed|raised) )?(?:of (?!the (?:app|application|project|package|crate|library|release|plugin|gem|module)\b|this (?:release|package|project)\b)\S|(?:in|on|to) (?:the |our )?(?:docs?|documentation|readme|site|website|marketing|footer|header|ui|about page|app store|play store|store listing|blog|newsletter|wiki|changelog)\b)/;
/** What may follow the version when the verb comes first: the end, a preposition, a file, a conjunction. */
const VERSION_HEAD = /^\s*(?:$|[^a-z\s]|(?:in|to|from|for|of|and|with|on|per|at|across|inside|into|file|files|as|so|before|after|number|code|name|string|field)\b|v?\d)/;
function bumpOf(t) {
    for (const clause of t.split(/[,;(]|\s[-–—]\s/)) {
        const c = clause.trim().replace(/^[^a-z]*(?:\d+(?:\.\d+)*[.)]\s*)?/, '');
        const noun = VERSION_NOUN.exec(c);
        if (!noun)
            continue;
        const after = c.slice(noun.index + noun[0].length);
        // ("Updated the version of React", "Set the new version in the marketing site": another thing's
        // version, or a place that shows it.)
        if (ELSEWHERE_VERSION.test(after))
            continue;
        const state = BUMPED.exec(after);
        // (The version is the subject, not the object of a preposition: "commands for new Kamal versions updated".)
        if (state && gapOk(after.slice(0, state.index)) && !PREPOSITION.test(c.slice(0, noun.index)))
            return `${noun[0]}${after.slice(0, state.index + state[0].length)}`;
        const verb = BUMP.exec(c);
        // (The version is the head of its noun phrase: "Updated version badge" updates a badge.)
        if (verb && gapOk(c.slice(verb[0].length, noun.index)) && VERSION_HEAD.test(after))
            return c.slice(0, noun.index + noun[0].length);
    }
    return undefined;
}
/** Versions that are not the project's own: a runtime's, a toolchain's, a platform's, a schema's, a minimum. */
const OTHER_VERSION = /\b(?:python|ruby|golang|go|java|jdk|jre|php|rust|rustc|toolchain|sdk|runtime|kotlin|gradle|xcode|ios|android sdk|macos|os|browser|kernel|postgres\w*|mysql|database|schema|protocol|tls|ssl|minimum|min|supported|target|engine|compiler|npm|pnpm|yarn|pip|terraform|helm|kubernetes|k8s|nginx)\b/;
const versionBump = (item) => {
    const t = item.text;
    // The words without the item's code spans: a path (`docs/_data/lib.json`) or a tag name is not a word of the claim.
    // (A file named for the version, `VERSION` or `version.txt`, is the version.)
    let plain = t;
    for (const c of item.code) {
        const span = c.trim().toLowerCase();
        if (span)
            plain = plain.split(span).join(/(?:^|\/)version(?:\.\w+)?$/.test(span) ? ' version ' : ' file ');
    }
    plain = plain.replace(/\s+/g, ' ');
    const said = bumpOf(plain) ??
        // "New version in package.json", "The new version number set in `pom.xml`": the version it carries is new.
        phrase(plain, /^[^a-z]*(?:the )?new (?:release |package |app )?version(?: number)? (?:is )?(?:set )?(?:in|into|written to) (?:the )?(?:file|package\.json|cargo\.toml|pyproject\.toml|pom\.xml|setup\.py|setup\.cfg|build\.gradle)\b/) ??
        // "Semver bump done", "Version bump: ✅", "Version bump": the bump as a noun, done.
        phrase(plain, /^[^a-z]*(?:the )?(?:version|semver|semantic version|release version) bump(?:ed)?\b(?:(?: is| has been)? (?:done|complete|completed|applied|made|in place|included|committed)\b|\s*[:=–—-]\s*(?:done|yes|complete|✅|✔️?)|\s*[.✅✔]*$)/) ??
        // "The project version is higher than on main": the version compared with the base.
        phrase(plain, /\bversion (?:is |was )?(?:higher|greater|newer|above|ahead of)(?: than)? (?:on |in |the )?(?:main|master|the base(?: branch)?|base|the latest (?:release|tag)|the last (?:release|tag)|the previous (?:release|version|tag)|the released one)\b/) ??
        // "Check that this pull request has the correct version number": the version it carries is new.
        phrase(t, /\b(?:correct|right|new|next) version number\b/);
    // (A remark in parentheses is advice on the bump, not its subject: "(do not place a \n in the VERSION file)".)
    const claim = plain.replace(/\([^()]*\)/g, ' ');
    if (!said ||
        /\bnot\b|again|tag|dependenc|node|docker|image|\bapi version|docs?\b/.test(claim) ||
        OTHER_VERSION.test(claim))
        return undefined;
    if (notThisBump(t, item.context))
        return undefined;
    const file = versionFile(item.code, t) ?? plainVersionFile(item.raw);
    if (file === undefined || file === 'package.json')
        return {
            check: { kind: 'github.version-bump' },
            rule: 'github.version-bump',
            matched: [said],
            note: 'the version of package.json',
        };
    // "Update version in `cmd/app/root.go`", "Version updated in `pyproject.toml`": that file holds it.
    const plainFile = /(?:^|\/)(?:version(?:\.txt)?)$/i.test(file);
    return {
        check: {
            kind: 'github.version-bump',
            file,
            ...(/\.json$/i.test(file) ? {} : { pattern: plainFile ? PLAIN_VERSION : NAMED_VERSION }),
        },
        rule: 'github.version-bump',
        matched: [said, file],
        note: /\.json$/i.test(file)
            ? `the "version" of ${file}`
            : `the first version number after the word "version" in ${file}; check the pattern finds the right one`,
    };
};
/**
 * Bumps that are not the pull request's own: a bump a tool makes after the merge ("Confirm automatic version
 * bump", "version bumped by the release workflow"), a version put back ("Update VERSION to previous version"
 * under "Rollback Plan"), and a bump of one kind that only some releases need ("Major version bump when
 * required", "bump the major version for breaking changes").
 */
function notThisBump(t, context) {
    if (/\bautomatic(?:ally)?\b|\bauto-?bump|\bby (?:the )?(?:ci|bot|workflow|pipeline|release (?:workflow|pipeline|job|bot|tooling))\b|\bafter (?:the )?merg\w*|\b(?:release-please|semantic-release|changesets? bot)\b/.test(t))
        return true;
    if (/\b(?:previous|prior|last|old|former) (?:version|release|tag)\b|\brevert\w*|\broll(?:ed|ing|s)? ?back\b|\brollbacks?\b|\bdowngrade\w*/.test(t))
        return true;
    if (/\broll(?:ed|ing|s)? ?back\b|\brollbacks?\b|\brevert\w*|\bemergency\b|\brecovery\b/.test(context))
        return true;
    // ("Version bumped (major, minor or patch per semver)" is every release's bump.)
    if (/\bmajor\b/.test(t) && !/\b(?:minor|patch|semver|semantic)\b/.test(t))
        return true;
    return /\b(?:when|if|where) (?:required|needed|necessary|applicable|breaking)\b|\bfor breaking\b/.test(t);
}
/** "VERSION file contains v1.2.3", "the `VERSION` file updated": the file named in capitals that holds the version. */
function plainVersionFile(raw) {
    return /\bVERSION(?:\.txt)? file\b|\bfile VERSION\b/.test(raw) ? 'VERSION' : undefined;
}
/** The first x.y.z after the word "version" (`version = "1.2.3"`, `<version>1.2.3</version>`, `Version: "1.2.3"`). */
const NAMED_VERSION = '[Vv][Ee][Rr][Ss][Ii][Oo][Nn]\\D{0,20}(\\d+\\.\\d+\\.\\d+[0-9A-Za-z.+-]*)';
/** A file that holds only the version (`VERSION`, `version.txt`). */
const PLAIN_VERSION = '(\\d+\\.\\d+\\.\\d+[0-9A-Za-z.+-]*)';
/** The file an item says holds the version: a path in a code span, or a manifest named in the words. */
function versionFile(code, text) {
    for (const c of code) {
        const f = c.trim().replace(/^\.\//, '');
        if (/^[\w.-]+(?:\/[\w.-]+)*$/.test(f) &&
            !f.includes('..') &&
            (/\.[A-Za-z]{1,8}$/.test(f) || /^VERSION$/i.test(f)))
            return f;
    }
    const named = /\b(cargo\.toml|pyproject\.toml|version\.txt|setup\.py|setup\.cfg|pom\.xml|build\.gradle|package\.json)\b/.exec(text)?.[1];
    if (!named)
        return undefined;
    return named === 'cargo.toml' ? 'Cargo.toml' : named;
}
/**
 * What runs on the pull request's commit: CI by any of its names, its builds, jobs, pipelines and
 * workflows, the status checks. A workflow, job or pipeline counts only when CI or the build, test or lint
 * names it ("Build workflow", "CI pipeline"): "admin workflow", "background jobs", "data pipeline" are not.
 */
const CI_SUBJECT = /\b(?:(?:ci(?:\/cd)?|continuous integration|github actions|gh actions|gitlab ci|gitlab|circle ?ci|travis(?: ci)?|jenkins|buildkite|azure pipelines|bitbucket pipelines|drone ci)(?: (?:builds?|pipelines?|checks|jobs?|workflows?|runs?|status|suite))?|actions (?:workflows?|checks|runs|jobs)|workflow runs?|(?:build|builds|test|tests|lint|quality|check|checks|main|pr|default|required)(?: (?:and|&|\/) (?:build|test|tests|lint))? (?:workflows?|pipelines?|jobs)|(?:status|required|pr|pull request|commit|github) checks|all (?:the )?(?:required )?(?:checks|status checks|workflows)|(?:every|each) (?:required )?(?:check|status check|workflow|ci job)|checks (?:on|for|of) (?:the |this )?(?:pr|pull request|commit|head commit|branch)|^(?:the )?(?:build )?pipelines?)\b/;
/** The states of a run that went well. */
const GREEN = /\b(?:green|passing|passed|passes|pass|successful|succeeds?|succeeded|working|works|ok|okay|clean|cleanly)\b/;
/** A mark of success right after the subject ("Status checks: ✅"); after other words it only ticks the item. */
const GREEN_MARK = /^[\s:=–—-]*(?:✅|✔️?|☑️?)/;
/** "Build green in CI", "`main` is green in CI", "lint passes on GitHub Actions": the state, then where. */
const GREEN_IN_CI = /\b(?:green|passing|passed|passes|pass|successful|succeeds?|succeeded|ok) (?:in|on|via) (?:the )?(?:ci(?:\/cd)?|github actions|actions|(?:ci |build )?pipeline)\b/;
/** "No failing checks", "zero red builds": none of the runs failed. */
const NONE_FAILED = /\b(?:no|zero|0) (?:failing|failed|red|broken) (?:ci |status )?(?:checks|jobs|builds|workflows|pipelines|runs)\b/;
/** Runs that are not the pull request's checks, or not all of them: other scans, the release's own run. */
const OTHER_RUNS = /\bhealth ?-?checks?\b|\bsmoke\b|\bsecurity (?:checks|workflows?|scans?|jobs?)\b|\b(?:release|deploy\w*|publish\w*|nightly|scheduled|cron|license|audit) (?:workflows?|pipelines?|jobs?|runs?)\b|(?<!\b(?:before|pre-?) )\b(?:deploy(?:s|ed|ing|ment)?|publish(?:es|ed|ing)?)\b|\bartifacts\b|\bfor (?:those|these|the tagged|the release|the tag) commits?\b|\bfor (?:the |a )?(?:release )?tags?\b|\bon (?:the )?(?:tag|release branch)\b/;
/** The first claim in `t` that the CI run of the commit is green, as matched, or undefined. */
function ciGreen(t, context) {
    // ("CI/CD (GitHub Actions etc.) working": the remark names the system, the words around it the claim.)
    const s = t.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
    for (const clause of s.split(/[,;]|\s[-–—]\s/)) {
        // ("Checks ✅", "Checks: all green": the checks alone, as the clause's subject.)
        const subject = CI_SUBJECT.exec(clause) ??
            /^\W*(?:the )?checks\b(?= *(?:[:=–—-]|are|is|all|✅|✔|green|pass))/.exec(clause);
        if (!subject)
            continue;
        const rest = clause.slice(subject.index + subject[0].length);
        const green = GREEN.exec(rest);
        // The state within a few words of what it is said of, with no "not" between ("CI is not yet green").
        const gap = green ? rest.slice(0, green.index) : '';
        if (green && gap.split(/\s+/).filter(Boolean).length <= 5 && !/\b(?:not|never|no)\b/.test(gap))
            return `${subject[0]}${gap}${green[0]}`.trim();
        const mark = GREEN_MARK.exec(rest);
        if (mark)
            return `${subject[0]}${mark[0]}`.trim();
    }
    return (phrase(s, GREEN_IN_CI) ??
        phrase(s, NONE_FAILED) ??
        // "All jobs green" under a CI heading.
        (/\bci\b|ci\/cd|pipelines?|workflows?|actions/.test(context)
            ? phrase(s, /^all (?:the )?jobs (?:are )?(?:green|passing|pass)\b/)
            : undefined));
}
const checksGreen = (item) => {
    const t = item.text;
    const said = ciGreen(t, item.context) ??
        // "Tests written and passing in CI", "All tests pass in CI": the checks on the commit, not a local run.
        phrase(t, /\btests?\b[^,;]{0,40}?\b(?:pass|passes|passed|passing|green) (?:in|on) (?:the )?ci\b/);
    if (!said || OTHER_RUNS.test(t))
        return undefined;
    return { check: { kind: 'github.checks-green' }, rule: 'github.checks-green', matched: [said] };
};
/** The pull request as the subject: "PR", "this pull request", "the release PR", "merge request". */
const THE_PR = /\b(?:pr|pull request|merge request|mr)\b/;
/**
 * What the pull request is said to be opened against: "targets", "is against", "opened into", "base branch
 * is", then the branch ("PR targets `main`", "Release PR opened against the release branch", "PR from
 * `develop` into `main`", "PR base: main").
 */
const TARGETS = /\b(?:targets?|targeting|(?:is |are )?(?:opened |open |raised |created |made |filed |submitted )?(?:against|into|onto|to)|base(?: branch)?(?: is|:| =)?) (?:the )?`?(main|master|release|production|prod|develop)`?(?: branch)?\b(?! (?:readme|page|docs?|site|menu|app|screen|website|repo\w*|file|config\w*)\b)/;
/** The same predicates, then any word: a branch named in a code span. */
const TARGET_CODE = /\b(?:targets?|targeting|(?:is |are )?(?:opened |open |raised |created |made |filed |submitted )?(?:against|into|onto|to)|base(?: branch)?(?: is|:| =)?) (?:the )?([\w./*-]+)/;
/** A branch name or glob (`release/2.x`, `release/*`, `hotfix-1.4`), and the end of a file's name, which is not one. */
const BRANCH = /^[\w.-]+(?:\/[\w.*-]+)*$|^[\w.-]+\/\*\*?$/;
const FILE_END = /\.(?:md|json|ya?ml|toml|txt|js|ts|py|rb|go|rs|lock|cfg|ini|xml|html?|sh)$/i;
/**
 * "Release PR targets `main`": the pull request's base branch. A merge is a step after the pull request
 * ("Merge release PR to `main`", "Feature branch merged to main", "Code merged to the release branch"),
 * and so is the back-merge after the release ("Merge main back to develop"): those stay manual.
 */
const targetBranch = (item) => {
    const t = item.text;
    // ("Base branch is `main`": the base branch is the pull request's.)
    const pr = THE_PR.exec(t) ?? /^(?:the )?(?=base branch\b)/.exec(t);
    if (!pr)
        return undefined;
    const rest = t.slice(pr.index + pr[0].length);
    // A branch in a code span as written, a glob too ("PR targets `release/*`", "PR into `release/2.x`").
    const coded = TARGET_CODE.exec(rest);
    const span = coded?.[1] ? item.code.find((c) => c.trim().toLowerCase() === coded[1]) : undefined;
    const branch = span && BRANCH.test(span.trim()) && !FILE_END.test(span.trim()) ? span.trim() : undefined;
    const m = branch && coded ? { 0: coded[0], 1: branch } : TARGETS.exec(rest);
    if (!m?.[1])
        return undefined;
    // (A merge request is the pull request; any other "merge" is the step after it.)
    if (/\bmerg(?:e|ed|es|ing)\b(?! requests?\b)|\bbranches\b|\bback (?:in)?to\b|\bback-?merge/.test(t))
        return undefined;
    return {
        check: { kind: 'github.target-branch', branches: [m[1]] },
        rule: 'github.target-branch',
        matched: [`${pr[0]} ${m[0]}`.trim()],
    };
};

;// CONCATENATED MODULE: ./src/import/rules/normalize.ts
/**
 * The same claim is written in many ways: "Ensure all tests pass", "Tests: passing", "Passing test suite",
 * "No failing tests", "Enable HSTS", "Code has been reviewed". The rules are written for the plain state
 * form ("tests pass", "hsts enabled", "code reviewed"); this file rewrites an item's words into that form,
 * so that a rule meets the claim whatever the phrasing: lead-in verbs of checking dropped, a `Label:`
 * joined to its words, imperatives turned into the state they bring about, a state word put after its
 * noun, auxiliaries dropped, negated failures turned into success, and synonyms into the rules' word.
 *
 * Every pattern is a plain regular expression on at most MAX_RULE_TEXT characters (no nested quantifiers).
 */
/** "Ensure", "Verify that", "Make sure", "Confirm", "Check that", "Double-check": the claim follows. */
const CHECK_LEAD = /^(?:please |always )?(?:ensure|make sure|verify|confirm|check|validate|double[- ]check|assert|ascertain)(?: that| if| whether)?(?: the| all the)?\s+/;
/** Lead-ins that come before the words: numbering, emoji, priority labels, "[P0]", "✅". */
const MARKS = /^(?:[^a-z0-9/.`]+|\d+(?:\.\d+)*[.)]\s+|(?:\[?p[0-3]\]?|critical|required|must|important):\s*)+/;
/** An imperative and the state it brings about: "Enable HSTS" claims "HSTS enabled". */
const IMPERATIVES = [
    [/^point\s+(\S+(?: \S+)?)\s+(?:to|at)\s+(.+)$/, '$1 points to $2'],
    [/^enable\s+(.+)$/, '$1 enabled'],
    [/^(?:turn on|activate|switch on)\s+(.+)$/, '$1 enabled'],
    [/^configure\s+(.+)$/, '$1 configured'],
    [/^set up\s+(.+)$/, '$1 set up'],
    [/^(?:set|define)\s+(.+)$/, '$1 set'],
    [/^add\s+(.+)$/, '$1 added'],
    [/^(?:implement|introduce)\s+(.+)$/, '$1 implemented'],
    [/^enforce\s+(.+)$/, '$1 enforced'],
    [/^(?:apply|use)\s+(.+)$/, '$1 applied'],
    [/^install\s+(.+)$/, '$1 installed'],
    [/^attach\s+(.+)$/, '$1 attached'],
    [/^setup\s+(.+)$/, '$1 set up'],
    [/^restrict\s+(.+)$/, '$1 restricted'],
    [/^lock down\s+(.+)$/, '$1 locked down'],
    [/^require\s+(.+)$/, '$1 required'],
    [/^(?:bump|increment|raise)\s+(.+)$/, '$1 bumped'],
    [/^(?:update|refresh)\s+(.+)$/, '$1 updated'],
    [/^(?:remove|delete|strip)\s+(?:all\s+)?(.+)$/, 'no $1'],
    [/^(?:pass|passes)\s+(.+)$/, '$1 pass'],
    // "Test rate limiting", "Test CORS configuration": the check tests it (not "test coverage", "test data").
    [
        /^test\s+(?!coverage|data|users?|accounts?|environments?|cases?|plans?|results?|suites?|scripts?|files?|servers?|emails?|each\b|with\b|on\b|in\b|manually\b)(.+)$/,
        '$1 verified',
    ],
];
/** A state before its noun: "Valid SSL certificate", "Passing test suite", "Green CI". */
const STATE_FIRST = /^(valid|passing|green|clean|working|enabled|enforced|configured|successful)\s+(.+)$/;
/** Synonyms, into the word the rules use. */
const SYNONYMS = [
    [/\b(?:no|zero|0) (?:failing|failed|broken|red) (?:unit )?tests\b/, 'all tests pass'],
    [/\b(?:no|zero|0) test failures\b/, 'all tests pass'],
    [/\b100% of (?:the )?tests\b/, 'all tests'],
    [/\b(?:all )?automated tests\b/, 'all tests'],
    [/\bthrottl(?:ing|ed|e)\b/, 'rate limiting'],
    [/\bcross[- ]origin (?:resource sharing|requests?|access|polic(?:y|ies)|settings)\b/, 'cors'],
    [/\b(?:request|api) rate caps?\b/, 'rate limiting'],
    [/\bgreen\b/, 'passing'],
    [/\bsucceed(?:s|ed)?\b|\bsuccessful(?:ly)?\b/, 'passes'],
    [/\b(?:without|with no|with zero|with 0) (?:any )?errors\b/, 'no errors'],
    // "Rate limiting tested", "SSL verified working": the state the test showed.
    [/\b(\w+) tested\b/, '$1 verified'],
    [/\bverified (?:as )?(working|valid|active|enabled)\b/, '$1'],
    // A setting and its value, as a dashboard lists them: "Always use HTTPS => YES".
    [/\s*(?:=>|->|→)\s*(?:yes|on|enabled|true)$/, ' enabled'],
];
/** "Domain configuration completed" says "domain configured". */
const NOUN_STATES = [
    [/\b(\w+) configuration (?:is )?(?:complete|completed|done|finished|in place)\b/, '$1 configured'],
    [/\b(\w+) set-?up (?:is )?(?:complete|completed|done|finished)\b/, '$1 set up'],
    [/\b(\w+) installation (?:is )?(?:complete|completed|done|finished)\b/, '$1 installed'],
];
/** "CORS/HTTPS/HSTS configured": each of the list is said to be configured. */
const LIST_STATE = /^([a-z0-9.-]+(?:(?:\s*[/,&]\s*|\s+and\s+)[a-z0-9.-]+){1,5})\s+(configured|enabled|set|set up|enforced|in place|added|applied|verified)$/;
/** Words that already say a state; without one, "Verify X" claims that X holds. */
const STATED = /\b\w+ed\b|\b(?:pass\w*|green|clean|valid|on|in place|up|live|ok|only|exists?|present|set|correct|working|responds?|returns?|no|zero)\b/;
/** Auxiliaries that carry no claim of their own: "has been reviewed" says "reviewed". */
const AUXILIARY = /\b(?:has been|have been|has|have|is|are|was|were|got|gets|been)\s+(?=\w+ed\b|passing|green|clean|valid|enabled|in place|live|up\b|set\b|done\b)/g;
/** `Label: words` with a short label: "HTTPS: enforced", "Rate Limiting: Configured in Nginx". */
const LABEL = /^([^:]{1,40}?)\s*[:–—]\s+(.+)$/;
/** "Check for hardcoded secrets": the check finds none. */
const CHECK_FOR = /^(?:check|scan|search|look) (?:the code(?:base)? )?for\s+(.+)$/;
/**
 * `Label: words` read as one claim. When the words name the label's noun again ("**Tests**: All tests
 * passing", "**Security Headers**: All headers properly set"), the words are the claim, with the label
 * in place of its noun; else the label is the subject of the words ("HTTPS: enforced").
 */
function labelled(label, words) {
    // "**Unit Tests**: All unit tests pass", "**Unit Tests**: Every unit test passes": the words hold the
    // whole label already (a plural or not).
    const whole = label.trim();
    if (/^[a-z0-9]+(?: [a-z0-9]+){0,3}$/.test(whole) &&
        new RegExp(`\\b${whole.replace(/s\b/g, '').replace(/ /g, 's? ')}s?\\b`).test(words))
        return words;
    const noun = label.trim().split(/\s+/).at(-1) ?? '';
    if (noun.length >= 4) {
        const again = new RegExp(`\\b${noun.replace(/[^a-z0-9]/g, '')}\\b`);
        const m = again.exec(words);
        // Not a word of a command (`npm audit`): only the words themselves.
        if (m && /^[a-z0-9]+$/.test(noun) && !/\b(?:npm|pnpm|yarn|npx|run)\s+$/.test(words.slice(0, m.index)))
            return `${words.slice(0, m.index)}${label.trim()}${words.slice(m.index + noun.length)}`;
    }
    return `${label} ${words}`;
}
function once(text) {
    let t = text.replace(MARKS, '').trim();
    t = t.replace(CHECK_FOR, 'no $1');
    const checked = CHECK_LEAD.test(t);
    t = t.replace(CHECK_LEAD, '');
    const label = LABEL.exec(t);
    if (label?.[1] && label[2] && label[1].split(/\s+/).length <= 4)
        t = labelled(label[1], label[2]);
    t = t.replace(CHECK_LEAD, '');
    // A remark in parentheses at the end stays at the end: "Configure custom domain (if applicable)" says
    // "custom domain configured (if applicable)".
    const remark = /\s*(\([^()]*\))$/.exec(t);
    const head = remark ? t.slice(0, remark.index) : t;
    for (const [re, to] of IMPERATIVES)
        if (re.test(head)) {
            t = `${head.replace(re, to)}${remark ? ` ${remark[1]}` : ''}`;
            break;
        }
    t = t.replace(STATE_FIRST, '$2 $1');
    for (const [re, to] of SYNONYMS)
        t = t.replace(re, to);
    for (const [re, to] of NOUN_STATES)
        t = t.replace(re, to);
    t = t.replace(AUXILIARY, '');
    const list = LIST_STATE.exec(t);
    if (list?.[1] && list[2]) {
        const state = list[2];
        t = list[1]
            .split(/\s*[/,&]\s*|\s+and\s+/)
            .map((w) => `${w} ${state}`)
            .join('; ');
    }
    if (checked && !STATED.test(t))
        t = `${t} verified`;
    return t.replace(/\s+/g, ' ').trim();
}
/** Whether the words say a state at all ("LICENSE file present"), not only name a group ("Rate Limiting"). */
function saysState(text) {
    return (STATED.test(text) ||
        /\b(?:enabled|configured|enforced|in place|successful(?:ly)?|succeeds?|functional|works?)\b/.test(text));
}
/**
 * The item's words in the rules' plain form, or undefined when they already are in it; `list` when a list
 * was spread over its state ("CORS/HTTPS/HSTS configured"), so that each part's claim counts.
 */
function normalized(text) {
    const t = once(text);
    return t && t !== text ? { text: t, list: t.includes('; ') && !text.includes('; ') } : undefined;
}

;// CONCATENATED MODULE: ./src/import/rules/requests.ts

/**
 * Endpoints written as requests: "`GET /api/v1/features/` → flag list", "`HEAD /healthz` → 200",
 * "API docs not exposed (`/api/docs` returns 404)", "Unauthorized access returns 401/403". The request
 * and the answer the item names become an `http.response` on the app target.
 */
/** "→ 200", "returns 404", "answers with 401/403", "responds with a 200 or 204": the statuses stated. */
const STATUS = /(?:→|->|=>|\breturns?|\breturning|\banswers?(?: with)?|\bresponds? with|\bgives?|\byields?|\bgets?)\s*(?:an? |http |status |code )?([2-5]\d\d)((?: ?(?:\/|,|or) ?[2-5]\d\d){0,3})\b/;
/** The statuses an item says its request answers, and the words that said it. */
function statedStatus(text) {
    const m = STATUS.exec(text);
    if (!m?.[1])
        return undefined;
    // "`/checkout` never returns 500", "must not return 404": the status named is the one it must not answer.
    if (/\b(?:never|not|no longer|doesn't|don't|won't|shouldn't|cannot|can't)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index)))
        return undefined;
    const codes = [m[1], ...(m[2]?.match(/\d{3}/g) ?? [])].map(Number);
    return { codes: [...new Set(codes)], phrase: m[0].trim() };
}
/** The `status` parameter for the codes stated: none for a plain 200 (the default accepts any 2xx). */
function statusParam(codes) {
    if (codes.length === 1 && codes[0] === 200)
        return {};
    return { status: codes.length === 1 ? codes[0] : codes };
}
/** A request line: a method, then a path or a URL ("GET /api/v1/features/", "POST https://host/x"). */
const REQUEST = /^(get|head)\s+(\/[\w./?=&%-]*|https?:\/\/[^\s]+)$/;
/** The same at the start of the words, outside code: "GET /api/items → 200". */
const TEXT_REQUEST = /^((?:get|head|post) \/[\w./?=&%-]*)(?= ?(?:→|->|=>))/i;
/**
 * Methods that change what the server holds: a gate never sends them on a guess. A POST is one of them
 * (RFC 9110 §9.2.1: it is neither safe nor idempotent), so "`POST /api/track` → 200" stays manual: the gate
 * would send it to production on every run of the pull request.
 */
const MUTATING = /^(?:post|put|patch|delete)\s+\//;
/** A path with a placeholder in it (`/items/{id}`, `/users/:id`, `<id>`): no request can be made as written. */
const requests_PLACEHOLDER = /[{}<>]|\/:[a-z]/;
/** What makes the answer conditional: "(if seeded)", "when enabled". */
const requests_CONDITION = /\((?:if|when|unless|only if|once|after)\b|\b(?:if|when|unless) (?:\w+ )?(?:seeded|enabled|configured|logged in)\b/;
const unbracketed = (t) => t.replace(/\(([^()]*)\)/g, ' $1 ');
/** The path and query of a URL (the host is the app target), or the path as written. */
function pathPart(where) {
    if (!/^https?:\/\//.test(where))
        return where === '/' ? undefined : where;
    try {
        const u = new URL(where);
        const p = `${u.pathname}${u.search}`;
        return p === '/' ? undefined : p;
    }
    catch {
        return undefined;
    }
}
const response = (path, extra, matched, note) => ({
    check: { kind: 'http.response', ...onApp(path), ...extra },
    rule: 'http.request-answers',
    matched,
    ...(note ? { note } : {}),
});
/** 429 is the rate limit's answer, 3xx a redirect's: other rules' claims. */
const requests_OTHER_CLAIM = (codes) => codes.some((c) => c === 429 || (c >= 300 && c < 400));
/**
 * Files of the repository or the server that must never be served: an environment file, the git folder.
 * Each is the path its request takes.
 */
const SECRET_FILES = [
    [/\b(?:environment|env|dotenv) files?\b/, '/.env'],
    [
        /(?:^|[\s(,/'"])\.env(?![\w.-]*\.(?:example|sample|template|dist)\b)(?:\.[a-z]+)?(?=$|[\s),;:/'"]|\.(?:\s|$))/,
        '/.env',
    ],
    [/(?:^|[\s(,/'"])\.git\/?(?=$|[\s),;:'"]|\.(?:\s|$))/, '/.git/'],
    [/(?:^|[\s(,/'"])\.svn\/?(?=$|[\s),;:'"])/, '/.svn/'],
];
/** A word that the file is not served: not reachable, blocked, no public access, answering 403 or 404. */
const NOT_SERVED = /\bnot (?:be )?(?:publicly |web-?|externally )?(?:reachable|accessible|served|exposed|public|downloadable|available|readable|fetchable|visible)\b|\b(?:blocked|denied|forbidden|unreachable|inaccessible|hidden)\b|\bno (?:public |web |http |external |browser )?access\b|\bnever (?:be )?(?:served|exposed|reachable|accessible|public)\b|\b(?:returns?|answers?|gives?|gets?|yields?) (?:an? |http |status )?40[34]\b/;
/** Where a file would be served from: the web, a browser, the public, a URL. */
const FROM_THE_WEB = /\b(?:access|nginx|apache|caddy|iis|web server|browsers?|web|public(?:ly)?|http|https|urls?|online|internet|served|serve|externally|web ?root|docroot|document root|outside|download\w*|40[34])\b/;
/** What makes a sentence about the file not about serving it: git, images, copies, permissions. */
const NOT_SERVING = /\bgitignore\b|\bcommit\w*|\brepo(?:sitory)?\b|\bgit history\b|\bdocker\w*|\bimages?\b|\bcop(?:y|ied)\b|\bcreated?\b|\bchmod\b|\bpermissions?\b|\bowner\b|\bvariables?\b|\bbackups?\b|\bbundle\w*|\bclient-side\b|\breadable by\b|\buser\b|\bwww-data\b|\bgroup\b|\bprocess\b/;
/** "`.env` not reachable from the browser", "No public access to .env or .git/": each path must answer 403 or 404. */
function filesNotServed(t) {
    if (!NOT_SERVED.test(t) || !FROM_THE_WEB.test(t) || NOT_SERVING.test(t))
        return undefined;
    const paths = [...new Set(SECRET_FILES.filter(([re]) => re.test(t)).map(([, p]) => p))];
    if (paths.length === 0)
        return undefined;
    const said = NOT_SERVED.exec(t)?.[0] ?? '';
    return paths.map((p) => response(p, { status: [403, 404] }, [p.slice(1), said], 'the file must not be served: a 403 or a 404 passes (a page that answers 200 for every path fails)'));
}
/** The nouns of endpoints a label names: health, readiness, metrics, info, status, version, ping. */
const ENDPOINT_NOUN = '(?:health|healthz|readiness|liveness|readyz|livez|ready|live|startup|metrics|info|build info|status|version|ping|actuator|uptime|diagnostics)';
/** One endpoint a label names, with a word that it answers: "metrics exposed", "version/info endpoints". */
const ENDPOINT_PART = new RegExp(`^(?:the )?(?:app |application |api |service |server |backend |prometheus |spring )?${ENDPOINT_NOUN}(?:\\/${ENDPOINT_NOUN}){0,2}(?: ?-?checks?| endpoints?| routes?| pages?| paths?| probes?)?(?: (?:is |are )?(?:exposed|available|reachable|responding|up|live|enabled|in place|added|working|ok|answers?|respond(?:s|ing)?))?(?: (?:shows?|returns?|reports?|displays?|lists?)(?: the| its| an?)?(?: [\\w-]+){1,3})?$`);
/** The same with the verb first or the path after it: "Expose the status endpoint at `/status`". */
const ENDPOINT_AT = new RegExp(`^(?:expose |serve )?(?:the )?(?:app |application |api |service |server |backend |prometheus |spring )?${ENDPOINT_NOUN}(?: ?-?checks?| endpoints?| routes?| pages?| probes?)?(?: (?:is |are )?(?:exposed|served|available|reachable|answering|responding|live|up))? (?:at|on|under|via|with) (\\/[\\w./-]*)$`);
/**
 * Endpoints a short label names with their paths in parentheses ("**Metrics** exposed (`/metrics`)",
 * "Readiness and liveness endpoints (/ready, /live)", "Health checks (`/healthz`) and version endpoint
 * (`/version`)"), or with the path after "at" ("Expose the status endpoint at `/status`"): each path answers.
 */
function labelledEndpoints(t, code) {
    const words = t
        .trim()
        .replace(/[*_]/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/[\s.:]+$/, '');
    const at = ENDPOINT_AT.exec(words);
    if (at?.[1] && code.some((c) => c.trim() === at[1]) && !requests_PLACEHOLDER.test(at[1]))
        return [response(at[1], {}, [at[0].slice(0, at[0].length - at[1].length).trim(), at[1]])];
    const remarks = [...words.matchAll(/\(([^()]{1,200})\)/g)].map((m) => m[1] ?? '');
    if (remarks.length === 0)
        return undefined;
    const label = words
        .replace(/\([^()]*\)/g, ' ')
        .replace(/:/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const parts = label.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
    if (parts.length === 0 || parts.length > 4 || !parts.every((p) => ENDPOINT_PART.test(p)))
        return undefined;
    // The paths in the remarks: in code spans, or written bare.
    const inRemarks = remarks.flatMap((r) => (r.match(/(?:^|[\s,])\/[\w./-]*/g) ?? []).map((p) => p.replace(/^[\s,]+/, '')));
    const paths = [...code.map((c) => c.trim().toLowerCase()), ...inRemarks].filter((c) => /^\/[\w./-]*$/.test(c) && !requests_PLACEHOLDER.test(c) && remarks.some((r) => r.includes(c)));
    if (paths.length === 0)
        return undefined;
    return [...new Set(paths)].map((p) => response(p, {}, [label, p]));
}
const requestAnswers = (item) => {
    const t = item.text;
    // (Behind a login, a firewall or an allow-list, the path answers 401 or nothing: not a 2xx.)
    if (!/\b(?:protected|behind|restricted|internal|private|auth\w*|firewall\w*|allow-?list\w*|documented)\b/.test(t)) {
        const labelled = labelledEndpoints(t, item.code);
        if (labelled)
            return labelled;
    }
    const hidden = filesNotServed(unbracketed(t));
    if (hidden)
        return hidden;
    if (requests_CONDITION.test(t))
        return undefined;
    const status = statedStatus(t);
    if (status && requests_OTHER_CLAIM(status.codes))
        return undefined;
    // "`GET /api/v1/features/` → flag list", "`POST /api/v1/funnel/track` → 200": a request line in code
    // (or opening the words).
    const inText = TEXT_REQUEST.exec(item.raw.trim())?.[1];
    for (const code of [...item.code, ...(inText ? [inText] : [])]) {
        const c = code.trim().replace(/\s+/g, ' ');
        const lower = c.toLowerCase();
        if (MUTATING.test(lower))
            return refuse(`"${c.split(' ')[0]}" changes what the server holds: a gate does not send it to production on a guess`);
        const req = REQUEST.exec(lower);
        if (!req?.[1] || !req[2])
            continue;
        const where = c.slice(req[1].length).trim();
        if (requests_PLACEHOLDER.test(where))
            return undefined;
        const at = t.indexOf(lower);
        if (at < 0)
            continue;
        const after = t.slice(at + lower.length);
        const arrow = /^\s*(?:→|->|=>|returns?\b|answers?\b|responds?\b)/.test(after);
        if (!arrow)
            continue;
        const method = req[1].toUpperCase();
        const path = pathPart(where);
        return response(path, { ...(method === 'GET' ? {} : { method }), ...(status ? statusParam(status.codes) : {}) }, [c, ...(status ? [status.phrase] : [after.trim().split(/[,;(]/)[0]?.trim() ?? ''])], [
            /^https?:\/\//.test(where) ? "the host is the 'api' target, the path is kept" : undefined,
            status ? undefined : 'the answer named is not a status: any 2xx is taken as that answer',
        ]
            .filter(Boolean)
            .join('; '));
    }
    if (!status)
        return undefined;
    // "API docs not exposed (`/api/docs` returns 404)", "`/admin` → 401": a path, then the status it answers.
    // (A URL written out in the words counts as one in code: "https://host/missing → 404 page".)
    const urls = (t.match(/\bhttps?:\/\/[^\s`'"<>()]+/g) ?? []).filter((u) => !/^https?:\/\/(?:[\w-]+\.)*(?:github|gitlab|bitbucket)\.com\b|^https?:\/\/(?:localhost|127\.0\.0\.1)\b/.test(u));
    for (const code of [...item.code, ...urls]) {
        const c = code.trim();
        if (!/^\/[\w./-]*$/.test(c) && !/^https?:\/\/\S+$/.test(c))
            continue;
        if (requests_PLACEHOLDER.test(c))
            return undefined;
        const at = t.indexOf(c.toLowerCase());
        if (at < 0)
            continue;
        const between = t.slice(at + c.length, t.indexOf(status.phrase, at));
        if (t.indexOf(status.phrase, at) < 0 || between.trim().length > 0)
            continue;
        return response(pathPart(c), statusParam(status.codes), [c, status.phrase], /^https?:\/\//.test(c) ? "the host is the 'api' target, the path is kept" : undefined);
    }
    // "Unauthorized access returns 401/403", "Requests without a token get 401": a request with no
    // credentials is refused.
    const refused = /\b(?:unauthori[sz]ed|unauthenticated|anonymous|(?:protected|private|admin) (?:routes?|endpoints?|pages?|apis?)|(?:requests?|calls?|access) without (?:an? )?(?:token|credentials|auth\w*|login|session|api key))\b/.exec(t);
    // ("Admin routes return 403 for regular users": a signed-in user's answer, not an anonymous request's.)
    const signedIn = /\b(?:for|as) (?:an? )?(?:normal|regular|non-admin|ordinary|standard|logged-in|signed-in|authenticated|other) users?\b/.test(t);
    if (refused && !signedIn && status.codes.every((c) => c === 401 || c === 403))
        return response(undefined, statusParam(status.codes), [refused[0], status.phrase], "set 'path' to an endpoint that needs authentication");
    return undefined;
};

;// CONCATENATED MODULE: ./src/import/rules/web.ts







/** The words without their parenthetical remarks: "(auto-renewed by the host)" qualifies, it is not the claim. */
const web_unremarked = (t) => t.replace(/\([^()]*\)/g, ' ');
/**
 * Words that say the claim does not hold yet, as a status of the item: "blocked until a domain is
 * provisioned", "no domain exists yet", "until then the app is HTTP-only", "access token currently in a
 * non-HttpOnly cookie". The item is work still to do; what it names is not yet served.
 */
const web_NOT_YET = /\bblocked (?:until|pending|on)\b|\buntil then\b|\bwill be (?:enabled|added|configured|set up|turned on|switched on|in place)\b|\bno [\w-]+ (?:exists|is provisioned|is set up) yet\b|\bcurrently\b[^.;]{0,60}?(?:\bnon-(?:httponly|secure|https|tls)\b|\binsecure\b|\bunencrypted\b|\bcleartext\b|\bhttp-only\b|\bnot (?:secure|httponly|encrypted|enabled|configured)\b)/;
const notYet = (t) => web_NOT_YET.exec(t)?.[0];
const CURL_URL = /\bcurl\b[^\n]*?\s(['"]?)(https?:\/\/[^\s'"]+)\1/;
/** The path (and query) of a URL from the checklist; the host becomes the target. */
function pathOf(url) {
    try {
        const u = new URL(url.replace(/:chatId\b/g, '1'));
        const p = `${u.pathname}${u.search}`;
        return p === '/' ? undefined : p;
    }
    catch {
        return undefined;
    }
}
/** A path the item names: `/health`, `/api/health`. */
function namedPath(codes, text) {
    return web_namedPaths(codes, text)[0];
}
/** Every path the item names ("visit `/health`, `/ready`, `/live`"). */
function web_namedPaths(codes, text) {
    const out = codes
        .map((c) => c.trim())
        .map((c) => (/^https?:\/\//.test(c) ? pathOf(c) : c))
        .filter((c) => c !== undefined && /^\/[\w./-]*$/.test(c));
    if (out.length > 0)
        return [...new Set(out)];
    // "Health check endpoints (/health, /ready, /live)": a remark that lists paths only.
    const listed = /\((\/[\w./-]*(?:(?:,|\band\b|\bor\b|&)\s*\/[\w./-]*){0,5})\)/.exec(text)?.[1];
    if (listed)
        return [...new Set(listed.match(/\/[\w./-]*/g) ?? [])];
    const bare = /(?:^|\s)(\/(?:api\/)?health\w*)\b/.exec(text)?.[1];
    return bare ? [bare] : [];
}
/** `curl -f URL`, a health endpoint that answers: an HTTP request that must succeed. */
const healthEndpoint = (item) => {
    for (const code of item.code) {
        const m = CURL_URL.exec(code);
        if (!m?.[2])
            continue;
        const path = pathOf(m[2]);
        // "Health check: `curl https://host/api/health`", "Check the metrics endpoint: `curl …/metrics`":
        // without -f, still an endpoint that must answer.
        const health = path !== undefined && /\/health\w*(?:\/|$)/.test(path) && /\bhealth\b/.test(item.text);
        // "API responding: `curl https://host/api/`": the API's address answers.
        // (The root too when the words name the API or the backend: "API up: `curl https://api.example.org`".)
        const endpoint = (path !== undefined || /\b(?:api|backend)\b/.test(item.text)) &&
            /\b(?:endpoints?|api|backend|server)\b/.test(item.text) &&
            /^(?:check|verify|test|confirm)\b|\b(?:responds?|responding|returns?|answers?|works?|working|ok|up|reachable)\b/.test(item.text);
        // "API docs not accessible: `curl https://host/api/docs` returns 404": the status the item states.
        const stated = statedStatus(item.text.slice(Math.max(0, item.text.indexOf(m[2].toLowerCase()))));
        if (stated && requests_OTHER_CLAIM(stated.codes))
            continue;
        if (!/\s-[a-zA-Z]*f|--fail\b/.test(code) && !health && !endpoint && !stated)
            continue;
        return {
            check: { kind: 'http.response', ...onApp(path), ...(stated ? statusParam(stated.codes) : {}) },
            rule: 'http.curl-fail',
            matched: stated ? [code, stated.phrase] : [code],
            note: stated
                ? "the host is the 'api' target, the path is kept"
                : "the host is the 'api' target, the path is kept; curl -f fails on 4xx/5xx, this expects 2xx",
        };
    }
    const t = item.text;
    // (An endpoint is the app's wherever the section sits: "Health check endpoint works" under "Docker/Container".)
    if (/\bdocker|container|compose|load balancer|orchestrator|kubernetes|k8s\b|\bcompute\b|auto-?scaling/.test(/\bendpoints?\b/.test(t) && !/\bdocker|container|compose|kubernetes|k8s\b|probes?\b/.test(t)
        ? t
        : `${t} ${item.context}`))
        return undefined;
    const said = 
    // (A box with its request in a block below it is read from the block.)
    (/\bcurl\b/.test(item.block ?? '') ? undefined : endpointNamed(t, item.near)) ??
        phrase(t, /\bhealth ?-?check(?:s)?:? endpoints? (?:\w+ )?(?:work\w*|respond\w*|pass\w*|exists?|returns? 200|ok|up|answers?)\b/) ??
        phrase(t, /\bhealth ?(?:check )?endpoints?(?: \/[\w/-]*)? (?:is |are )?(?:exists?|works?|responds?|responding|working|ready|live|up|reachable|accessible|healthy|ok|verified|answers?(?: 200)?|answering|returns? (?:200|ok|healthy)|returning (?:200|ok))\b/) ??
        phrase(t, /\b(?:health|(?:liveness|readiness)(?: and (?:liveness|readiness|health))?) ?-?checks? (?:are |is )?(?:passing|pass|passes|green|ok|configured|set up|in place|working|implemented|defined|live|returns? (?:200|ok|healthy)|answers? 200|responds?|responding)\b/) ??
        phrase(t, /\bverify (?:\w+ )?health ?-?checks?\b/) ??
        // "Run health checks" (not a script the item names: that is the script's own claim).
        (item.code.length === 0 ? phrase(t, /^(?:run|execute) (?:the |all )?health ?-?checks?$/) : undefined) ??
        phrase(t, /(?:^|[\s(])\/(?:api\/)?health\w*\b[^,;]*\b(?:exists?|responds?|responding|returns?|returning|ok|works?|answers?)\b/);
    if (!said)
        return undefined;
    if (/\bvalidates? all\b|\bintegrated\b|\bdatabase\b/.test(web_unremarked(t)) && !namedPath(item.code, t))
        return undefined;
    // "Health check responds < 200ms" is a budget: the latency rule's claim.
    if (budgetOf(t))
        return undefined;
    const paths = web_namedPaths(item.code, t);
    if (paths.length > 0)
        return paths.map((path) => ({
            check: { kind: 'http.response', ...onApp(path) },
            rule: 'http.health-endpoint',
            matched: [said, path],
        }));
    // The request of a block inside the item ("Health endpoint responding" over `curl https://host/up`).
    const inBlock = /(?:^|\n)[ \t]*curl\b[^\n]*?\s(['"]?)(https?:\/\/[^\s'"]+)\1/.exec((item.block ?? '').slice(0, 1600))?.[2];
    const blockPath = inBlock ? pathOf(inBlock) : undefined;
    if (blockPath)
        return {
            check: { kind: 'http.response', ...onApp(blockPath) },
            rule: 'http.health-endpoint',
            matched: [said, inBlock],
            note: "the request of the block inside the item: the host is the 'api' target, the path is kept",
        };
    // The path the document uses elsewhere (in a `curl` block above the items), else /health.
    const own = item.doc.healthPath;
    return {
        check: { kind: 'http.response', ...onApp(own ?? '/health') },
        rule: 'http.health-endpoint',
        matched: [said],
        note: own
            ? `the health endpoint is ${own}, the path the document names elsewhere`
            : 'the health endpoint is taken to be /health on the app target; change path if yours differs',
    };
};
/**
 * A health endpoint named with no verb ("Application health endpoints (`/healthz`, `/readyz`)", "Liveness
 * check endpoint", "Readiness endpoint" under "Health Checks"): the name of a check in a release list says it
 * answers, as "Security headers" does for its headers.
 */
function endpointNamed(t, near = '') {
    // (The nearest step decides: "Uptime monitoring" or "API docs" above it make the name a watch or a page.)
    if (/\bmonitor\w*|\buptime\b|\balert\w*|\bdocument\w*|\bdocs\b/.test(near))
        return undefined;
    return phrase(web_unremarked(t).replace(/[\s.:]+$/, ''), /^(?:the )?(?:application |app |api |service |server |backend |http )?(?:health|liveness|readiness|readyz|healthz|livez|startup|status|ping|\/(?:api\/)?(?:health|healthz|ready|readyz|live|livez|status|ping)\w*)(?: ?-?checks?| probes?| and (?:health|liveness|readiness))?(?: \/[\w/-]+)? endpoints?(?: (?:exists?|implemented|available|in place|added|exposed|defined)(?: at \/[\w/-]+)?)?$/);
}
/**
 * A box that only names a check of the running app, with the request or the served configuration in a code
 * block inside it: "**Basic Health Check**" over `curl https://example.org/api/health` (that path answers),
 * "**Security Headers**" over the server's header list (the headers it names are served).
 */
const blockRequest = (item) => {
    if (!item.block || item.code.length > 0)
        return undefined;
    const name = item.text.replace(/[*_:]/g, ' ').replace(/\s+/g, ' ').trim();
    if (name.split(' ').length > 4)
        return undefined;
    const block = item.block.slice(0, 1600);
    const head = headOf(name);
    if (/\b(?:health|healthz|readiness|liveness|status|smoke|endpoints?|api|ping)(?: page)?(?: ?-?checks?| tests?| probes?)?$/.test(head)) {
        // (Blanks before `curl` within its line: `\s*` would run from every newline over all the empty lines below.)
        const m = /(?:^|\n)[ \t]*curl\b[^\n]*?\s(['"]?)(https?:\/\/[^\s'"]+)\1/.exec(block);
        const path = m?.[2] ? pathOf(m[2]) : undefined;
        if (!m?.[2] || /\s-X\s*(?:POST|PUT|PATCH|DELETE)\b/.test(m[0]))
            return undefined;
        return {
            check: { kind: 'http.response', ...onApp(path) },
            rule: 'http.health-endpoint',
            matched: [name, m[2]],
            note: "the request of the block inside the item: the host is the 'api' target, the path is kept",
        };
    }
    if (/\bheaders?$/.test(head) && /\b(?:security|http|response|secure)\b/.test(name)) {
        const lower = block.toLowerCase();
        const require = HEADER_NAMES.filter(([re]) => re.test(lower)).map(([, n]) => n);
        if (require.length === 0)
            return undefined;
        return {
            check: { kind: 'http.security-headers', ...onApp(), require },
            rule: 'http.security-headers',
            matched: [name, ...require],
            note: 'the headers the configuration in the block inside the item sets are served',
        };
    }
    return undefined;
};
/** The host of a URL from the checklist ('localhost' when it does not parse: never the app's). */
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return 'localhost';
    }
}
/** Hosts of consoles, dashboards and code hosts: a page there is not the app's. */
const NOT_APP_HOST = /(?:^|\.)(?:github|gitlab|bitbucket|vercel|netlify|heroku|render|railway|supabase|sentry)\.com$|^(?:console|dashboard|docs?|admin|app\.netlify)\.|^(?:localhost|127\.0\.0\.1|0\.0\.0\.0)$/;
/** "Site accessible:", "Health endpoint:", "API endpoints respond:" before the address of what must answer. */
const ADDRESS_LABEL = /^(?:(?:verify|check|confirm|ensure|test) )?(?:the )?(?:[\w-]+ ){0,2}?(?:site|website|homepage|home page|landing page|page|frontend|app|application|web app|api|api endpoints?|endpoints?|health ?-?checks?|health endpoints?|status page|status(?: ?-?checks?| endpoints?)?|readiness(?: ?-?checks?| probes?)?|liveness(?: ?-?checks?| probes?)?|ping)(?: (?:loads|is up|up|responds|respond|responding|is reachable|reachable|is accessible|accessible|returns 200|works|ok|live|answers))?\s*[:–—-]\s*$/;
/**
 * An address after a label ("Site accessible: `https://app.example.org`", "Health endpoint: `/api/health`",
 * "API endpoints respond: `https://api.example.org/v1/ping`"): that address answers.
 */
const addressAnswers = (item) => {
    if (/\benv|variables?|secrets?|config/.test(item.near))
        return undefined;
    const t = item.text.replace(/[\s.;]+$/, '');
    for (const code of item.code) {
        // ("Health check: `GET /actuator/health`": the request line's path or URL.)
        const request = /^(?:GET|HEAD)\s+(\S+)$/i.exec(code.trim());
        const c = request?.[1] && t.endsWith(code.trim().toLowerCase()) ? request[1] : code.trim();
        const written = request?.[1] ? code.trim() : c;
        const url = /^https?:\/\/\S+$/.test(c);
        if (!url && !/^\/[\w./-]*$/.test(c))
            continue;
        if (!t.endsWith(written.toLowerCase()))
            continue;
        const before = t.slice(0, t.length - written.length);
        if (!ADDRESS_LABEL.test(before))
            continue;
        let path = c;
        if (url) {
            try {
                const u = new URL(c);
                if (NOT_APP_HOST.test(u.hostname))
                    return undefined;
            }
            catch {
                return undefined;
            }
            path = pathOf(c);
        }
        return {
            check: { kind: 'http.response', ...onApp(path) },
            rule: 'http.address-answers',
            matched: [before.replace(/\s*[:–—-]\s*$/, ''), c],
            ...(url ? { note: "the host is the 'api' target, the path is kept" } : {}),
        };
    }
    return undefined;
};
/**
 * The app, its pages or its API said to answer, with no address: "Application accessible", "Angular app
 * loads correctly", "All pages load", "API endpoints respond correctly", "Verify all endpoints are
 * accessible". (The subject is the app as a whole; a device, a browser or a local run is left out below.)
 */
function appAnswers(t, context, near) {
    // (Under "Uptime monitoring" or "Alerts", "Site is up" is a watch over time.)
    if (/\bmonitor\w*|\buptime\b|\balert\w*|\bstatus page\b/.test(near))
        return undefined;
    // ("Server responds" under "Mail server" or "Database" is that server: only the app's is meant.)
    if (/^(?:the )?(?:service|server|backend)\b/.test(t) &&
        /\b(?:databases?|db|redis|mail|smtp|e-?mail|caches?|queues?|workers?|cron|ssh|vpn|ftp|dns|ldap|build server|ci)\b/.test(context))
        return undefined;
    return phrase(t.replace(/[\s.!]+$/, ''), /^(?:(?:verify|check|confirm|ensure) (?:that )?)?(?:the )?(?:application|app|web application|(?:angular|react|vue|next\.js|nextjs|svelte|nuxt|spa|client|web) (?:app|application|frontend)|(?:all |main |key |public )?pages|every page|(?:all )?(?:the )?(?:api )?routes|(?:all )?(?:the )?(?:api )?endpoints|(?:the )?api|rest api|backend api|service|server|backend|site|website|homepage|home page|web app) (?:is |are )?(?:deployed and )?(?:loads?|loading|renders?|(?:is |are )?(?:reachable|accessible|up|responding|live|up and running|working)|responds?|answers?|returns? 200)(?: (?:successfully|correctly|properly|without errors|fine|as expected|in production|(?:via|on|at|over) (?:the |its |our |their )?(?:custom |production |live |public )?(?:domain|url|address)))?$/);
}
/** `Application loads at https://…`: the page answers. */
const siteLoads = (item) => {
    const said = phrase(item.text, /\b(?:application|app|site|website|homepage) (?:loads|is reachable|reachable|responds|is accessible|accessible|is up|up|is live|live|is online|online|available) at\b/);
    const url = item.code.find((c) => /^https?:\/\//.test(c.trim()));
    // ("Application is live ✅": a mark at the end ticks the item.)
    const ended = item.text.replace(/[^\p{L}\p{N})]+$/u, '');
    // "Site loads on the live domain": the app target's root answers.
    const live = phrase(item.text, /\b(?:application|app|site|website|homepage) (?:loads|is reachable|reachable|responds|is accessible|accessible|is up|up) (?:on|at|from) (?:the )?(?:live|production|prod|custom) (?:domain|url|site)\b/);
    // "Homepage loads successfully": the app target's root answers (nothing else said: no device, no page).
    const bare = phrase(ended, /^(?:(?:verify|check|confirm|ensure) (?:that )?)?(?:the )?(?:homepage|home page|landing page|website|site|frontend|web app|deployment url|production url|live url|live site) (?:(?:is )?deployed and )?(?:loads|is reachable|reachable|is accessible|accessible|is up|responds|renders|opens|returns (?:an? )?(?:http |status )?200(?: ok)?|answers (?:with )?(?:http |status )?200)(?: (?:successfully|correctly|properly|without errors|fine|as expected))?(?: (?:(?:via|on|at|from) (?:the )?(?:custom |production |prod |live |public )?(?:domain|url|address)|in (?:a |the |your )?browsers?|and displays (?:the )?[\w-]+(?: [\w-]+)?))?$/) ??
        appAnswers(ended, item.context, item.near) ??
        // "Deployed to Vercel and responding on production URL": the app target's root answers.
        phrase(item.text, /\b(?:deployed|live)\b[^,;]{0,40}?\b(?:responding|reachable|accessible|up) (?:on|at) (?:the )?(?:live|production|prod) (?:domain|url)\b/);
    // "Frontend loads: open https://app.example.org in browser": the address to open answers.
    const opened = /^(?:the )?(?:frontend|site|website|web app|app|application|homepage|home page|landing page) (?:loads|is reachable|works|opens|is up)\s*[:–—-]?\s*(?:open|visit|browse to|go to|navigate to) (https?:\/\/[^\s)]+?)\/?(?: in (?:a |the |your )?browser)?[.]?$/.exec(item.text);
    if (opened?.[1]) {
        if (!NOT_APP_HOST.test(hostOf(opened[1])))
            return {
                check: { kind: 'http.response', ...onApp(pathOf(opened[1])) },
                rule: 'http.site-loads',
                matched: [opened[0]],
                note: "the host is the 'api' target",
            };
    }
    // (Under "Mobile testing" or "Browsers", the page loads on a device or a browser, not at the app target.)
    const device = /\bmobile|ios\b|android|browsers?\b|devices?\b|safari|chrome|firefox|offline/.test(item.near);
    // (Under "Uptime monitoring" or "Alerts", "Site is up" is watched over time.)
    const watching = /\bmonitor\w*|\buptime\b|\balert\w*/.test(item.near);
    if ((live ?? (device || watching ? undefined : bare)) && !url)
        return {
            check: { kind: 'http.response', ...onApp() },
            rule: 'http.site-loads',
            matched: [(live ?? bare)],
        };
    // "Contact form at `/contact` displays": the page at that path answers.
    const at = /\b(?:page|form|route|screen|view|section)\b[^,;]{0,20}? at (\/[\w./-]*) (?:displays|loads|renders|works|responds|opens|shows|is reachable|is accessible)\b/.exec(item.text);
    if (!url && at?.[1] && item.code.some((c) => c.trim() === at[1]) && !device)
        return {
            check: { kind: 'http.response', ...onApp(at[1]) },
            rule: 'http.site-loads',
            matched: [at[0]],
        };
    // (The address written out in the words counts as one in code: "Site up at https://example.org".)
    const address = url ?? (said ? /\bhttps?:\/\/[^\s`'"<>()]+/.exec(item.raw)?.[0] : undefined);
    if (!said || !address || (!url && NOT_APP_HOST.test(hostOf(address))))
        return undefined;
    return {
        check: { kind: 'http.response', ...onApp(pathOf(address.trim())) },
        rule: 'http.site-loads',
        matched: [said, address],
        note: "the host is the 'api' target",
    };
};
/** HSTS, CSP, framing, nosniff, Referrer-Policy and cookie attributes: the Observatory sub-tests named. */
const HEADER_NAMES = [
    [/\bhsts\b|strict-transport(?:-security)?/, 'hsts'],
    [/\bcsp\b|content-security(?:-policy)?|content security policy/, 'csp'],
    [/x-frame(?:-options)?|frame-ancestors|clickjacking/, 'framing'],
    [/nosniff|x-content-type(?:-options)?/, 'nosniff'],
    [/referrer-policy|referrer policy/, 'referrer-policy'],
];
/** Headers that name the server's software, said to be gone: the response must not carry them. */
const FINGERPRINT = [
    [/\bx-powered-by\b/, 'X-Powered-By'],
    [/\bx-aspnet-version\b/, 'X-AspNet-Version'],
    [/\bx-aspnetmvc-version\b/, 'X-AspNetMvc-Version'],
];
/**
 * "`X-Powered-By` header removed", "X-Powered-By disabled in Express", "No X-Powered-By header in responses":
 * the header's name and a word that it is gone (after it, or before it as "no", "remove", "disable").
 */
function fingerprintHidden(item) {
    const t = web_unremarked(item.text);
    if (/\b(?:docs?|documentation|readme|mentions?|wiki|comments?)\b/.test(t))
        return undefined;
    const names = [];
    const matched = [];
    for (const [re, name] of FINGERPRINT) {
        const m = re.exec(t);
        if (!m)
            continue;
        const after = t.slice(m.index + m[0].length);
        const before = t.slice(Math.max(0, m.index - 16), m.index);
        const gone = /^(?:,? ?(?:and|&) [\w-]+)?(?: headers?)?(?: (?:is|are|has been|have been))? (?:removed|disabled|hidden|stripped|suppressed|turned off|switched off|off|not sent|absent|gone|dropped|unset|omitted)\b/.exec(after) ?? /\b(?:no|remove|disable|hide|strip|suppress|drop|unset|omit|without)(?: the| any)? $/.exec(before);
        if (!gone)
            continue;
        names.push(name);
        matched.push(`${m[0]}${gone[0].startsWith(' ') ? gone[0] : ''}`.trim());
    }
    if (names.length === 0)
        return undefined;
    return {
        check: { kind: 'http.response', ...onApp(), 'forbid-headers': names },
        rule: 'http.header-removed',
        matched,
        note: "the app target's root must answer without the header; set 'path' to check another page",
    };
}
const securityHeaders = (item) => {
    const hidden = fingerprintHidden(item);
    const headers = headersServed(item);
    if (!hidden)
        return headers;
    return headers && !('manual' in headers)
        ? [hidden, ...(Array.isArray(headers) ? headers : [headers])]
        : hidden;
};
/** A header's value the check itself fails (Observatory: unsafe referrer policies): no guess that it passes. */
const FAILING_VALUE = /\breferrer-policy\s*[:=]?\s*["'`]?(?:unsafe-url|no-referrer-when-downgrade)\b/;
const headersServed = (item) => {
    if (notYet(item.text))
        return undefined;
    // "`CSP_NONCE_SECRET` is set for Content Security Policy": what the variable is for, not a header served.
    if (item.code.some((c) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(c.trim())) &&
        /\b(?:set|configured|defined|generated|provided|present|used) (?:for|by)\b/.test(item.text))
        return undefined;
    const words = `${item.text} ${item.code.join(' ').toLowerCase()}`;
    // ("Cookies set as secure and http-only": the attribute's name written with a hyphen.)
    const t = /\bcookies?\b/.test(words)
        ? words.replace(/\bhttp-only\b/g, 'httponly').replace(/\bsame-site\b/g, 'samesite')
        : words;
    const require = [];
    const matched = [];
    for (const [re, name] of HEADER_NAMES) {
        const m = phrase(t, re);
        if (m) {
            require.push(name);
            matched.push(m);
        }
    }
    const cookies = phrase(t, /\bcookies?\b[^.;]*\b(?:secure|httponly|samesite)\b|\b(?:httponly|samesite|secure)\b[^.;]*\bcookies?\b|\bcookie (?:flags|attributes)\b|\bhttponly (?:auth|cookies?|session)\b/);
    const extra = {};
    if (cookies) {
        require.push('cookies');
        matched.push(cookies);
        if (/httponly/.test(t))
            extra['cookies-require-httponly'] = true;
        if (/samesite/.test(t))
            extra['cookies-require-samesite'] = true;
    }
    // "XSS protection in user-generated content", "XSS protection in webviews": sanitising what some part
    // renders, not a header the app serves (only the headers, the responses or the site itself are that).
    const xssIn = /\bxss protection (?:in|for|of|within|inside|across) (?:the |all |our )?([\w-]+)/.exec(t);
    // ("XSS protection (template escaping enabled)", "XSS protection through sanitising": the code, not a header.)
    const xss = /\bescap\w*|\bsanitiz\w*|\bsanitis\w*|\bencod\w*|\bpurif\w*|\bdompurify\b/.test(t)
        ? undefined
        : xssIn?.[1] &&
            !/^(?:place|effect|headers?|responses?|app|application|site|website|api|production|pages?|browsers?)$/.test(xssIn[1])
            ? undefined
            : phrase(t, /\bxss protection\b(?: (?:enabled|header|on))?/);
    const general = phrase(t, /\b(?:security|http|secure) headers?\b(?: (?:are |is )?(?:properly |correctly )?(?:present|enabled|configured|set|in place|hardened|added|applied|verified|correct|implemented|pass\w*))?|\bharden(?:ed)? (?:http )?headers\b|\bresponse headers (?:are )?(?:hardened|secured|locked down)\b/);
    // A state before the noun or around it: "Comprehensive HTTP security headers", "Strict security headers
    // on all responses", "configured with security headers", or the check's bare name as the whole item.
    const described = general &&
        (/\b(?:comprehensive|complete|full|strict|proper|standard|recommended|all(?: the)?(?: recommended| standard| required)?) (?:http |response )?security headers\b/.test(t) ||
            /\b(?:configured|set up|enabled|served|deployed|in place) with (?:all |the )?(?:http |standard |recommended )?security headers\b/.test(t) ||
            /^(?:http |web )?(?:security|secure) headers$/.test(t.replace(/[\s.:]+$/, '')));
    // "Add security headers in `settings.py`:", "Configure the security headers": the imperative brings them.
    const imperative = phrase(t, /^(?:add|enable|configure|set up|apply|implement) (?:the |all )?(?:recommended |standard |required )?(?:security|http) headers\b/);
    if (require.length === 0 && !xss && !general)
        return undefined;
    if (FAILING_VALUE.test(t) && require.length === 1)
        return undefined;
    // A policy only reported, not enforced ("CSP in report-only mode", the Report-Only header) fails the check.
    if (/\breport-?only\b/.test(t) && require.includes('csp')) {
        require.splice(require.indexOf('csp'), 1);
        if (require.length === 0)
            return undefined;
    }
    if (/\bpermissions-policy\b/.test(t) && require.length === 0)
        return undefined;
    if (require.length === 0 &&
        general &&
        !imperative &&
        !described &&
        !/present|enabled|configured|set\b|in place|hardened|harden|secured|locked down|added|applied|verified|correct|implemented|pass/.test(general))
        return undefined;
    // "`helmet` is used" is the package's claim; headers named beside it ("with CSP", "via Helmet") are served.
    // ("Security headers enabled (`@fastify/helmet`)": the package named in a remark is how.)
    if (/\bhelmet\b/.test(web_unremarked(item.text)) &&
        require.length === 0 &&
        !/\b(?:via|with|using|through|by) helmet\b/.test(t))
        return undefined;
    if (require.length > 0 &&
        !general &&
        !/\b(?:present|enabled|configured|set|header|headers|hardened|in place|enforced|added|secure|httponly|samesite|policy|blocked|prevented|sent|served|returned)\b/.test(t) &&
        // A header's bare name as a sub-item of "Security Headers" claims that header is served, and so does
        // a header's name alone as the item ("X-Frame-Options") under any heading that names headers.
        !/\bheaders?\b/.test(item.near) &&
        // (With its value or a remark: "X-Frame-Options: DENY", "Strict-Transport-Security (HTTPS only)".)
        !(/\bheaders?\b/.test(item.context) && /^[a-z-]+(?::\s*[^()]{1,60})?$/.test(web_unremarked(item.text).trim())))
        return undefined;
    if (xss && require.length === 0 && !general) {
        return {
            check: { kind: 'http.security-headers', ...onApp(), require: ['csp', 'nosniff'] },
            rule: 'http.security-headers',
            matched: [xss],
            note: 'browsers protect against XSS through a Content-Security-Policy and nosniff',
        };
    }
    // "HSTS enabled (max-age: 31536000)": the age the item asks for is the least the check accepts.
    const maxAge = require.includes('hsts') ? /\bmax-age\s*[:=]?\s*(\d{1,9})\b/.exec(t) : null;
    if (maxAge?.[1]) {
        extra['hsts-min-age'] = Number(maxAge[1]);
        matched.push(maxAge[0]);
    }
    if (require.includes('hsts') && /\bincludesubdomains\b/.test(t))
        extra['hsts-include-subdomains'] = true;
    if (require.includes('hsts') && /\bpreload\b/.test(t))
        extra['hsts-preload'] = true;
    const etc = /\betc\b|…|\.\.\.|\band (?:other |all |the )?(?:security |http )?headers\b/.test(t);
    const all = require.length === 0 || etc;
    if (xss && !all)
        for (const n of ['csp', 'nosniff'])
            if (!require.includes(n))
                require.push(n);
    return {
        check: { kind: 'http.security-headers', ...onApp(), ...(all ? {} : { require }), ...extra },
        rule: 'http.security-headers',
        matched: [...(general ? [general] : []), ...matched, ...(xss ? [xss] : [])],
        note: etc
            ? 'the list is open ("etc.", "and security headers"): every header the check knows'
            : /nginx|securityheaders\.com/.test(t)
                ? 'checks the headers the site serves'
                : undefined,
    };
};
/** HTTPS enforced / only / HTTP redirects to HTTPS. */
const httpsRedirect = (item) => {
    if (notYet(item.text))
        return undefined;
    // "Plain HTTP health checks are not redirected to HTTPS": the redirect said not to happen.
    if (/\b(?:not|never|no longer) (?:be )?redirect\w*|\bno redirects?\b|\bwithout (?:a |any )?redirects?\b|n't redirect/.test(item.text))
        return undefined;
    // "Strict-Transport-Security (HTTPS only)": a remark on a header says where it is sent, not a redirect.
    const t = HEADER_NAMES.some(([re]) => re.test(item.text)) ? web_unremarked(item.text) : item.text;
    const said = phrase(t, /\bhttps redirects?\b|\bredirect(?:s|ed|ing)?\b(?: \w+){0,4} to https\b|\bhttp (?:→|->|redirects to) https\b/) ??
        // "HTTPS redirection enabled", "HTTP-to-HTTPS redirection in place", "redirection to HTTPS".
        phrase(t, /\b(?:https|http[- ]to[- ]https) redirection\b(?! (?:is )?(?:documented|planned|described|explained))|\bredirection (?:\w+ ){0,2}to https\b/) ??
        phrase(t, /\bhttps (?:is )?(?:enforced|only|required|forced)\b|\b(?:enforce|force) https\b/) ??
        phrase(t, /\bhttps (?:is )?enabled \(no http\)|\bno (?:plain )?http\b(?! (?:assets?|resources?|images?|scripts?|styles|stylesheets?|fonts?|media|links?|urls?|content|calls?|requests? to|embeds?|iframes?)\b)(?: endpoints| access)?/) ??
        // "Port 80 redirects to 443", "Requests over HTTP get a 301 to HTTPS", "Insecure HTTP upgraded to HTTPS":
        // the plain side, a word of sending on, and HTTPS as where it goes.
        phrase(web_unremarked(t), /(?:\bplain(?:-text)? http\b|\binsecure (?:http\b|traffic|requests|connections)|\bnon-?(?:secure|https|tls) (?:traffic|requests|connections|urls?)|\bhttp(?!s)\b|\bport 80\b)[^,;]{0,50}?\b(?:redirect\w*|forward\w*|bounc\w*|upgrad\w*|sent|sends?|gets?|answer\w*|30[1278])\b[^,;]{0,40}?(?:\bto |→ ?|-> ?)(?:the )?(?:https\b|port 443\b|443\b)/) ??
        phrase(t, /\bhttps everywhere\b|\balways use https\b/) ??
        // "All traffic encrypted (HTTPS)".
        phrase(t, /\ball (?:traffic|requests|connections) (?:is |are )?encrypted\b/) ??
        phrase(t, /\b(?:all (?:traffic|requests|pages|routes)|site|app|api|only)\b(?: \w+){0,3} (?:served |accessible |available |reachable )?(?:only )?(?:over|via|through) https(?: only)?\b/) ??
        phrase(t, /\b(?:using|uses|served over|serves?) https (?:for|on) (?:all|every) (?:pages?|requests?|routes?)\b|\bhttps (?:for|on) all pages\b/) ??
        phrase(t, /\bredirect\b[^.;]*\bhttp\/https\b|\bhttp\/https (?:versions? )?redirect\w*/) ??
        // "SSL certificate is installed and forced": HTTPS is forced.
        phrase(t, /\b(?:ssl|tls|https)\b[^.;]{0,40}\b(?:forced|enforced)\b/);
    if (said && !/\binternal\b|between services/.test(t))
        return {
            check: { kind: 'http.https-redirect', ...onApp() },
            rule: 'http.https-redirect',
            matched: [said],
        };
    return redirectSetting(item);
};
/**
 * Security settings listed below an item ("Add security headers in `settings.py`:" › `SECURE_SSL_REDIRECT =
 * True`): a framework's switch that redirects plain HTTP to HTTPS, set on.
 */
function redirectSetting(item) {
    if (!item.details || !/\b(?:security|secure|https|ssl|headers?|settings?)\b/.test(item.text))
        return undefined;
    const set = /\b(?:secure_ssl_redirect|ssl_redirect|https_redirect|redirect_https|force_https|force_ssl|require_https|requirehttps)\b`?\s*(?:=|:|=>)\s*`?(?:true|1|yes|on)\b/.exec(item.details);
    if (!set)
        return undefined;
    return {
        check: { kind: 'http.https-redirect', ...onApp() },
        rule: 'http.https-redirect',
        matched: [set[0]],
        note: 'a setting listed below the item turns the redirect on',
    };
}
/** Parts of a setup a short label names: "Domain + SSL", "DNS & TLS", "SSL/TLS". */
const web_PART = '(?:custom )?(?:domains?|dns|ssl|tls|https|certificates?|certs?)';
/**
 * A label that is only a compound of those parts, alone or before a dash or a colon and a description
 * ("**Domain + SSL** — tunnel or load balancer with a managed certificate"): each part is in place.
 */
const PARTS_LABEL = new RegExp(`^(${web_PART}(?: ?(?:\\+|&|and|\\/) ?${web_PART}){1,2})(?: ?[—–:-] |$)`);
function labelledParts(t) {
    const m = PARTS_LABEL.exec(t.trim());
    if (!m?.[1])
        return undefined;
    return {
        label: m[1],
        tls: /\b(?:ssl|tls|https|certs?|certificates?)\b/.test(m[1]),
        dns: /\b(?:domains?|dns)\b/.test(m[1]),
    };
}
/** The label when it names that part ("Domain + SSL" names both `tls` and `dns`). */
function partLabel(t, part) {
    const parts = labelledParts(t);
    return parts?.[part] ? parts.label : undefined;
}
/**
 * Certificates that are not the site's: app-store and code signing ("**Certificates**: Valid distribution
 * certificate" under "iOS App Store Submission"), client and push certificates, signing keys.
 */
function otherCertificate(t, context) {
    if (/\b(?:ssl|tls|https)\b/.test(t))
        return false;
    return (/\b(?:distribution|signing|code[- ]signing|developer|apple|apns|push|provisioning|client|p12|pfx|gpg|pgp|notari[sz]\w*|release)\b[^,;]{0,20}\bcert(?:ificate)?s?\b/.test(t) ||
        /\bapp ?store\b|\bplay store\b|\bios\b|\bandroid\b|\bmacos\b|code[- ]signing|\bsigning\b|\bnotari[sz]/.test(context));
}
/** The certificate said to renew by itself: "auto-renewing", "renews automatically", "auto-renewal enabled". */
const CERT_RENEWS = /\bauto-?renew(?:s|ed|ing|able)?\b(?! (?:process|procedure|reminders?|runbook|docs?|documented|plan|date))|\bauto-?renewal (?:is )?(?:enabled|on|configured|set up|active|in place|working|verified)\b|\brenew(?:s|ed)? (?:itself |themselves )?automatically\b|\b(?:automatic|automated) renewals?\b(?! (?:process|procedure|reminders?|runbook|plan))/;
/**
 * The site's certificate as a grammar: a subject (a certificate, its chain, "cert") and, in the same clause, a
 * word that it holds (valid, trusted, issued, installed, served, complete, covers, has not expired,
 * auto-renewing), or no certificate warnings at all. (A renewal alone, "auto-renewal set up", is not a state the
 * check sees, nor a scanner's grade: both stay manual.) Other parts' certificates and
 * processes around them are blocked by the caller (and other parts by the network rules' subject check).
 */
const CERT_SUBJECT = /\b(?:(?:ssl|tls|https|x\.509|let'?s encrypt|managed|wildcard|site|server|domain|edge|origin|public)(?:\/tls)? )?(?:(?:cert(?:ificate)? )?chain|full ?chain|cert(?:ificate)?s?)\b/;
const CERT_STATE = /^(?: (?:is|are|has|have|been|now|still|properly|correctly|successfully|fully|all|both|for \S+|from \S+|by \S+|on \S+)){0,3} (?:valid|trusted|active|installed|issued|obtained|in place|set up|configured|working|attached|deployed|provisioned|served|present|complete|unexpired|up to date|covers?|covering|not (?:expired|expiring))\b/;
function certGrammar(t) {
    const none = phrase(t, /\bno (?:ssl |tls |https |browser |security )?cert(?:ificate)? (?:warnings?|errors?|issues?|problems?)\b|\bno (?:ssl|tls|https) (?:warnings?|errors?)\b/);
    if (none)
        return none;
    const subject = CERT_SUBJECT.exec(t);
    // (A CDN's certificate is the CDN's setting: "Our CDN certificate covers the asset host".)
    if (!subject || /\bcdn\b/.test(t))
        return undefined;
    const rest = t.slice(subject.index + subject[0].length);
    const state = CERT_STATE.exec(rest);
    return state ? `${subject[0]}${state[0]}`.trim() : undefined;
}
/** A valid certificate, TLS 1.2+ enforced, days before expiry. */
const certificate = (item) => {
    const t = item.text;
    if (notYet(t))
        return undefined;
    if (/expiration monitoring|pinning|ocsp|files? exist|directories|cipher|mobile|ssh\b|reminders?\b|calendar\b|who will\b|always use https|https rewrites|\bclient cert|\bmtls\b|\bmutual tls\b/.test(web_unremarked(t)) ||
        // A renewal as a process or a task ("Certificate renewal runbook", "Renew the certificate"), not the
        // certificate's own state: only "auto-renewing", "renews automatically", "auto-renewal enabled" say that.
        (/\bauto-?renew|\brenew/.test(web_unremarked(t)) && !CERT_RENEWS.test(web_unremarked(t))))
        return undefined;
    // "TLS 1.0 and 1.1 disabled" says the oldest version left is 1.2.
    const old = /\b(?:tls ?(?:v|version )?1\.[01]|sslv?[23])\b[^;,]{0,24}\bdisabled\b/.exec(t);
    const named = 
    // "Minimum TLS version set to 1.2", "TLS minimum: 1.3".
    /\bmin(?:imum)? (?:tls|ssl)(?: protocol)?(?: version)?\b[^,;]{0,16}?\b(?:tls ?v?)?1\.([23])\b/.exec(t) ??
        /\btls(?: protocol)?(?: version)? min(?:imum)?\b[^,;]{0,16}?\b(?:tls ?v?)?1\.([23])\b/.exec(t) ??
        /\btls ?(?:v|version )?1\.([23])\b(?:\+| or (?:newer|higher|later)| minimum| only| enforced|\s*\(minimum\))?/.exec(t);
    const version = old
        ? { minor: '2', phrase: old[0] }
        : named?.[1]
            ? { minor: named[1], phrase: named[0] }
            : undefined;
    const cert = phrase(t, /\b(?:ssl|tls|https)(?:\/tls)? certificates? (?:\w+ ){0,3}?(?:valid|validity|trusted|active|installed|obtained|in place|set up|configured|working|ready|not expired|attached|deployed)\b/) ??
        phrase(t, /\bcertificates? (?:are |is )?(?:valid|validity|trusted|not expired|installed|issued|obtained|provisioned|attached|deployed|bound)\b/) ??
        phrase(t, /\b(?:valid|trusted) (?:ssl |tls |https )?certificates?\b/) ??
        // "SSL certificate shows as secure", "SSL/TLS configuration correct", "endpoints reachable via HTTPS",
        // "the proxy handles SSL termination".
        phrase(t, /\b(?:ssl|tls|https)(?:\/tls)? certificates? (?:shows?|displays?) (?:as )?(?:secure|valid)\b/) ??
        phrase(t, /\b(?:ssl|tls)(?:\/tls)? (?:configuration|config|setup) (?:is )?(?:correct|valid|verified|ok|complete)\b/) ??
        phrase(t, /\b(?:endpoints?|site|website|app|api|pages?) (?:are |is )?(?:accessible|reachable|available|served) (?:via|over|through) https\b/) ??
        phrase(t, /\b(?:handl\w+|does|doing|perform\w*) (?:the )?(?:ssl|tls) termination\b|\b(?:ssl|tls|https) termination (?:is )?(?:properly |correctly )?(?:configured|set up|in place|enabled|working|handled|done)\b/) ??
        (daysOf(t) ? phrase(t, /\bcertificates?(?: expiry| expiration)?\b/) : undefined) ??
        phrase(t, /\btest (?:the )?ssl(?: certificates?)?\b/) ??
        phrase(t, /\b(?:ssl|tls)(?:\/tls)?(?: encryption)? (?:is )?(?:properly |correctly )?(?:enabled|configured|set up|working|works|active|live|in place)\b|\bhttps (?:is )?(?:works|active|live)\b/) ??
        // "Caddy obtaining certificates", "the reverse proxy gets its TLS certificates": the proxy in front
        // of the app holds a certificate.
        phrase(t, /\b(?:caddy|traefik|nginx|reverse proxy|proxy|load balancer|ingress|certbot)\b[^,;()]{0,30}?\b(?:obtain\w*|gets?|getting|issu\w*|provision\w*|fetch\w*|request\w*) (?:its |the |tls |ssl |https )?(?:tls |ssl )?certificates?\b/) ??
        partLabel(t, 'tls') ??
        certGrammar(web_unremarked(t)) ??
        // "Your website is using HTTPS" (for every page, it is the redirect's claim instead).
        (/\bhttps (?:for|on) (?:all|every)\b|\bhttps only\b/.test(t)
            ? undefined
            : phrase(t, /\b(?:site|website|app|application|api) (?:is )?(?:using|uses|served over|on) https\b/)) ??
        phrase(t, /\bhttps (?:is )?(?:enabled|configured|working|set up|in use)\b|\bconfigure https\b|\b(?:implement|enable) (?:tls\/)?https\b|^use https\b(?! only)|^https applied\b/) ??
        phrase(t, /\bconfigure (?:the )?(?:domain and )?(?:ssl|tls)\b/) ??
        phrase(t, /\b(?:create|install|obtain|set up|add|get|verify|check) (?:an? |the )?(?:ssl|tls)(?:\/tls)? cert(?:ificate)?s?\b/);
    if (cert && otherCertificate(t, item.context))
        return undefined;
    // Certificates of sign-in and trust, on machines, not served by the site: a SAML or identity provider's, a
    // root CA put in a trust store or on developers' laptops.
    if (cert &&
        /\b(?:saml|identity provider|idp|sso|jwks?|root ca|ca certificates?|ca cert|developer machines?|laptops?|workstations?|keychain|trust ?store|cert-manager issuer)\b/.test(t))
        return undefined;
    const days = daysOf(t);
    if (!version && !cert)
        return undefined;
    if (!old && version && /\b(?:disabled|deprecated)\b/.test(t) && !/enabled|enforced|minimum|\+/.test(t))
        return undefined;
    const params = {};
    const matched = [];
    if (cert)
        matched.push(cert);
    if (version) {
        params['min-version'] = `TLSv1.${version.minor}`;
        matched.push(version.phrase);
    }
    if (days && /expir|left|valid/.test(t)) {
        params['min-days'] = days.days;
        matched.push(days.phrase);
    }
    const graded = /\ba\+|ssllabs|rating|grade/.test(t);
    return {
        check: { kind: 'tls.certificate', ...onApp(), ...params },
        rule: 'tls.certificate',
        matched,
        note: graded
            ? 'checks the chain, hostname, expiry and TLS version; an SSL Labs grade is not computed'
            : undefined,
    };
};
/** What a page loads besides itself: its assets, scripts, images, fonts, embeds. */
const SUBRESOURCE = '(?:assets?|resources?|sub-?resources?|images?|scripts?|styles|stylesheets?|css|fonts?|media|iframes?|embeds?|third-party (?:scripts|assets|resources|files)|static files)';
/**
 * Mixed content as a grammar: mixed content said to be gone (fixed, resolved, none, cleared, free of it, no
 * warnings of it), or what pages load said to come over HTTPS, or no plain-HTTP subresources.
 */
const MIXED = /\bno mixed[- ]content\b(?: warnings| errors| issues)?|\b(?:free of|without|zero) mixed[- ]content\b|\bmixed[- ]content\b(?: (?:warnings?|errors?|issues?|problems?|references?))?(?: (?:are|is|all|have been|has been))? (?:fixed|resolved|none|gone|eliminated|cleared|removed|addressed|absent|clean|fixed up|cleaned up)\b/;
const HTTPS_SUBRESOURCES = new RegExp(`\\b(?:all |every |each )?${SUBRESOURCE}(?:(?:, | and | & )${SUBRESOURCE}){0,3}\\b(?: (?:are|is))? (?:(?:loaded|served|requested|fetched|included|referenced|delivered|pulled) )?(?:only )?(?:over|via|through|from) https\\b|\\bno (?:insecure |plain |non-https |plain-http |http )+${SUBRESOURCE}\\b`);
const mixedContent = (item) => {
    const t = web_unremarked(item.text).replace(/\s+/g, ' ');
    const said = phrase(t, MIXED) ?? phrase(t, HTTPS_SUBRESOURCES);
    return said
        ? { check: { kind: 'http.mixed-content', ...onApp() }, rule: 'http.mixed-content', matched: [said] }
        : undefined;
};
/** CORS that refuses a foreign origin: restricted, locked down, not `*`, configured (correctly). */
const cors = (item) => {
    const t = item.text;
    // "Access-Control-Allow-Origin (correct origin)" under a headers heading: the served CORS header.
    const header = /^access-control-allow-origin\b/.test(t) && !/\*/.test(t) && /\bheaders?\b/.test(item.context);
    if (header)
        return {
            check: { kind: 'http.cors', ...onApp() },
            rule: 'http.cors',
            matched: ['access-control-allow-origin', item.near],
            note: "a foreign origin must not be allowed; list your own origins under 'allowed-origins'",
        };
    const named = /\bcors\b/.test(t);
    // "Specific allowed origins (no wildcards)" under a "CORS Configuration" parent says it of CORS.
    // (A variable the item names, `CORS_ORIGIN` (not `*`), is the environment's claim, not the served one.)
    const under = !named && /\bcors\b/.test(item.near) && !item.code.some((c) => /^[A-Z][A-Z0-9_]+$/.test(c.trim()));
    if (under) {
        const origins = phrase(t, /\b(?:specific|allowed|trusted|restricted|explicit) (?:allowed )?origins?\b|\bno wildcards?\b|\bnot `?\*`?/) ?? corsTested(t);
        return origins
            ? {
                check: { kind: 'http.cors', ...onApp() },
                rule: 'http.cors',
                matched: [item.near, origins],
                note: "a foreign origin must not be allowed; list your own origins under 'allowed-origins'",
            }
            : undefined;
    }
    if (!named)
        return undefined;
    if (/\bcsrf\b|tested with|and rate limiting|policies\b/.test(t.replace(/\bcors policies\b/, 'cors policy')) &&
        !/\bcors (?:is |are )?(?:restricted|locked)/.test(t))
        return undefined;
    const said = 
    // "CORS protection", "CORS policy" as the whole item: the name of the check in a list of protections.
    phrase(t.replace(/[\s.:]+$/, ''), /^(?:cors|cross-origin) (?:protection|policy|restrictions?)$/) ??
        // "No overly permissive CORS headers", "CORS settings not too permissive".
        phrase(t, /\bno (?:overly |too |excessively )?permissive cors\b|\bcors\b[^,;]{0,30}?\bnot (?:overly |too |excessively )?permissive\b/) ??
        phrase(t, /\bcors\b[^,;]*?\b(?:restricted|locked (?:down|to)|limited|(?:white|allow)-?list\w*|specific origins|trusted\b[^,;]*origins|production domains?)\b/) ??
        // "Test CORS from your frontend domain" (read as "… verified"): a request from that origin.
        phrase(t, /^cors from (?:the |your |our )?(?:[\w'-]+ ){0,3}(?:domain|origin)s? verified$/) ??
        phrase(t, /\bcors\b[^,;]{0,20}?\bwildcards? (?:origins? )?(?:removed|dropped|gone|replaced|disabled)\b|\bno (?:`?\*`? )?wildcard cors\b|\bcors\b[^,;]*\bnot `?\*`?|\bno `?\*`? (?:in )?cors\b|\bcors\b[^,;]{0,30}?\b(?:no|without) (?:`?\*`? )?wildcards?\b/) ??
        phrase(t, /\bcors(?: origins?| policy| policies| settings| headers?| configuration)? (?:is |are )?(?:[a-z]+ly )?(?:configured|set|correct|verified|restricted|implemented|enforced|in place|working|works|functional|tested)(?: correctly| properly| securely| for production)?\b/) ??
        phrase(t, /\bconfigure (?:proper )?cors\b/) ??
        // "Update CORS settings in backend": the settings are brought to production's origins.
        phrase(t, /\bupdate (?:the )?cors(?: settings| configuration| config| policy| origins?| allow-?list)?(?= (?:in|on|for|to|of)\b|$)|\bcors(?: settings| configuration| config| policy| origins?)? updated\b/) ??
        // "CORS: production origins only", "Correct CORS configuration", "Strict CORS policy".
        phrase(t, /\bcors\b[^,;]{0,30}?\b(?:origins?|domains?) only\b|\bonly (?:our|the|production|trusted|known) (?:origins?|domains?)\b/) ??
        phrase(t, /^(?:correct|proper|secure|strict|restrictive|restricted|locked-down|production) cors(?: configuration| config| policy| settings| headers| rules)?$/) ??
        // "CORS policy allows only `app.example.org` and `admin.example.org`".
        // (Not "allows only GET and POST": methods, not origins.)
        (/\b(?:allows?|allowing|accepts?) only (?:the )?(?:get|post|put|patch|delete|head|options|methods?|headers?|credentials)\b/.test(t)
            ? undefined
            : phrase(t, /\bcors\b[^,;]{0,30}?\b(?:allows? only|only allows?|allowing only|accepts? only|only accepts?)\b/));
    if (!said)
        return undefined;
    return {
        check: { kind: 'http.cors', ...onApp() },
        rule: 'http.cors',
        matched: [said],
        note: "a foreign origin must not be allowed; list your own origins under 'allowed-origins'",
    };
};
/**
 * Under a CORS heading or parent, a request from another origin or a preflight: "Test from the marketing
 * site", "Test from different subdomains", "Verify preflight requests work", "Production domains" (the
 * origins to allow, listed below). (Read after normalising: "Test from X" reads "from X verified".)
 */
function corsTested(t) {
    return (phrase(t, /^(?:test(?:ed)? |verify |check )?(?:requests? )?from (?:the |a |an |our |your |each |every |all |different |other |another |several |multiple )?(?:[\w.'-]+ ){0,2}(?:site|website|domain|sub-?domain|origin|frontend|client|app|page)s?\b/) ??
        phrase(t, /\bpreflight(?: \(?options\)?)? (?:requests? |checks? )?(?:work|works|working|pass|passes|succeed|succeeds|verified|answered|handled|return)\w*\b|^preflight requests?$/) ??
        phrase(t, /^(?:production|allowed|trusted|frontend|client|app) (?:domains?|origins?)(?: (?:listed|allowed|set|configured|added))?$/));
}
/** Rate limiting in place: a burst meets a 429 or rate-limit headers. "100 req/min" sets the burst size. */
/** Requests per window: "100 req/min", "5 req/15min", "60 requests per minute", "1000 calls / hour". */
const PER_WINDOW = /(?:req(?:uests)?|calls|(?:login |sign-?in |password )?attempts|tries)\s*(?:\/|per)\s*(?:\d+\s*)?(?:min(?:ute)?s?|sec(?:ond)?s?|s\b|h(?:ou)?rs?\b|h\b|m\b)/;
/**
 * A limit written as a setting under a rate-limiting heading ("Global: 100 req/15min", "Auth endpoints: 5
 * req/15min"), or the request past the limit answering 429 ("101st request returns 429").
 */
function limitSetting(item) {
    const t = item.text;
    // (Another service's limits met by the app's own calls are not the app's: "retries on a 429 from the provider".)
    const theirs = /\b(?:handl\w*|retr(?:y|ies|ied)|back-?offs?|upstream|outgoing|outbound|third-party|provider'?s?|vendor'?s?|external)\b/.test(t);
    const over = theirs
        ? undefined
        : phrase(t, /\b(?:returns?|returned|returning|gets?|got|getting|answers?|answered|answering|responds?|responded|responding|receives?|received|yields?|meets?|met|hits?)(?: with)? (?:an? |http |status |code )?429\b|\b429(?: too many requests)?(?: is| are)? (?:returned|sent|served|given|answered)\b/);
    // (Or a path of the app's, with a dash or a colon: "`/api/search` - 30 req/min".)
    const scope = /\brate[- ]limit/.test(item.context)
        ? (/^((?:global|api|auth(?:entication)?|login|sign-?in|default|overall|public|all)(?: (?:endpoints?|routes?|requests?|api))?(?: rate limit)?)\s*:\s*/.exec(t) ?? /^(\/[\w./-]*)\s*(?:[-–—:]|→|->)\s*/.exec(t))
        : undefined;
    const path = scope?.[1]?.startsWith('/') && item.code.some((c) => c.trim() === scope[1]) ? scope[1] : undefined;
    if (scope?.[1]?.startsWith('/') && !path)
        return undefined;
    const setting = scope ? countBefore(t.slice(scope[0].length), PER_WINDOW) : undefined;
    if (!over && !(scope && setting))
        return undefined;
    const nth = /\b(\d+)(?:st|nd|rd|th) request\b/.exec(t);
    const requests = nth?.[1] ? Number(nth[1]) : setting ? setting.n + 10 : undefined;
    const login = /\blogin|auth|sign-?in/.test(t);
    return {
        check: {
            kind: 'http.rate-limit',
            ...onApp(path),
            ...(requests && requests >= 2 && requests <= 200 ? { requests } : {}),
        },
        rule: 'http.rate-limit',
        matched: over ? [over, ...(nth ? [nth[0]] : [])] : [scope?.[1] ?? '', setting?.phrase ?? ''],
        note: [
            requests && requests <= 200
                ? nth
                    ? `a burst of ${requests} requests, as the item counts them`
                    : `a burst of ${requests} requests, just over the limit of ${setting?.n ?? ''}`
                : 'a bounded burst must meet a 429 or rate-limit headers',
            login && !path ? "set 'path' to the login endpoint" : undefined,
        ]
            .filter(Boolean)
            .join('; '),
    };
}
/** "rate-limit login attempts", "Rate limit the password reset form": the verb and what it limits. */
const RATE_LIMIT_VERB = /\brate[- ]limit (?:the |all |every )?(?:login|sign-?in|auth\w*|password\w*|api|requests?|endpoints?|routes?|uploads?|forms?|otp|reset|attempts?|signups?|sign-?ups?)\b/;
const rateLimit = (item) => {
    const set = limitSetting(item);
    if (set)
        return set;
    // The words of a package's name (`express-rate-limit` is installed) are not a claim that limits hold.
    const t = packageNamed(item) ? item.text.replace(packageNamed(item)?.name ?? '', ' ') : item.text;
    const said = phrase(t, /\brate[- ]limit(?:ing|s|er)?\b(?: (?:is |are )?(?:configured|enabled|enforced|implemented|active|in place|on|restored|applied|set up|working|verified|functional|works))?/) ??
        phrase(t, /\b(?:are|is) rate[- ]limited\b/) ??
        // "rate-limit login attempts", "Rate limit the password reset form": the verb and what it limits.
        phrase(t, RATE_LIMIT_VERB) ??
        // "Login endpoint rate limited", "API throttled at 60 requests per minute", "Request quotas enforced".
        phrase(t, /\b(?:api|endpoints?|routes?|requests?|login|sign-?in|auth\w*|clients?|ips?|calls|uploads?|search|forms?)\b[^,;]{0,20}?\b(?:rate[- ]limited|throttled)\b/) ??
        phrase(t, /\b(?:request|api|call|usage) quotas?\b(?: (?:are |is )?(?:enforced|applied|configured|enabled|in place|active|set))|\bthrottling\b/) ??
        phrase(t, /\b(?:configure|enable|implement|add) rate[- ]limit\w*\b/);
    if (!said)
        return undefined;
    // "Rate limiting per user/IP": a burst from one address; per user or per key alone needs signed-in clients.
    const perWho = /\brate[- ]limit(?:ing|s)? per (?:[a-z]+\/)?(?:ip|endpoint|route)(?:\/[a-z]+)?$/;
    // A limit per device, user, key or tenant ("100 req/min per device"): one address's burst cannot show it.
    if (/\bper (?:device|user|client|api[- ]?key|key|token|tenant|account|customer)\b/.test(t) &&
        !/\bper (?:[a-z]+\/)?ip\b|\/ip\b/.test(t))
        return undefined;
    // "DDoS protection at the edge" is the provider's; "DDoS protection and rate limiting active" says both.
    if (/\bddos\b/.test(t) &&
        !/\brate[- ]limit(?:ing|s)? (?:is |are )?(?:active|enabled|configured|enforced|implemented|in place|on|applied|working)\b/.test(t))
        return undefined;
    // "Rate limiting utilities added": code that could limit, not a limit the app applies.
    if (/\brate[- ]limit\w* (?:utilit(?:y|ies)|helpers?|librar(?:y|ies)|functions?|classes)\b/.test(t))
        return undefined;
    if (/\bnot exceeded\b|\b(?:outgoing|outbound|upstream|third-party)\b|let'?s encrypt|\bssh\b|waf\b|per email|\?\s*$|account lockout|\bbrute|rate[- ]limit(?:s|ing)? (?:handling|errors?|responses?|exceptions?)|\bhandl\w* (?:of )?(?:upstream |api |provider )?rate[- ]limit/.test(web_unremarked(t).replace(perWho, '')))
        return undefined;
    const bare = /^(?:(?:per[- ]ip|ip-based|global|api) )?rate[- ]limit(?:ing|s)?$/.test(t.trim()) ||
        perWho.test(t.trim());
    // "Rate limiting with privacy-preserving IP hashing", "Rate limiting via the gateway": the noun and how
    // it is done (not limits on the app's own calls to someone else's API).
    const qualified = /^(?:(?:per[- ]ip|ip-based|global|api) )?rate[- ]limit(?:ing|s)? (?:with|via|using|through|backed by|by) [^,;]{1,60}$/.test(t.trim()) && !/\b(?:outgoing|outbound|upstream|third-party|external|provider|client-side|calls to)\b/.test(t);
    // "Rate limiting Redis / API gateway", "Rate limiting (nginx)": the noun and what holds the limit.
    const means = /^(?:(?:per[- ]ip|ip-based|global|api) )?rate[- ]limit(?:ing|s|er)?(?: (?:with|via|using|through|backed by|by|in|at|on))? \(?(?:an? |the )?(?:redis|memcached|api gateway|gateway|nginx|caddy|traefik|envoy|kong|cloudflare|middleware|(?:reverse )?proxy|load balancer|ingress|edge)\b[^,;]{0,40}$/.test(t.trim());
    // "Rate limiting kicks in after too many requests": the limit answers a burst.
    const kicks = /\brate[- ]limit\w* (?:kicks? in|triggers?|takes effect|engages?)\b|\bafter too many requests\b/.test(t);
    if (!bare &&
        !qualified &&
        !means &&
        !kicks &&
        !/configured|enabled|enforced|implemented|active|in place|restored|applied|set up|working|verified|functional|functioning|works|configure|enable|implement|add|\bon\b|rate[- ]limited|throttled/.test(t) &&
        !countBefore(t, PER_WINDOW) &&
        !RATE_LIMIT_VERB.test(t))
        return undefined;
    const limit = countBefore(t, /(?:req(?:uests)?|calls)\s*(?:\/|per)\s*(?:min(?:ute)?|sec(?:ond)?|s\b)/);
    const params = {};
    if (limit && limit.n + 10 <= 200)
        params.requests = limit.n + 10;
    const login = /\blogin|auth\b|sign-?in/.test(t);
    return {
        check: { kind: 'http.rate-limit', ...onApp(), ...params },
        rule: 'http.rate-limit',
        matched: limit ? [said, limit.phrase] : [said],
        note: [
            limit && params.requests
                ? `a burst of ${String(params.requests)} requests, just over the limit of ${limit.n}`
                : 'a bounded burst must meet a 429 or rate-limit headers',
            login ? "set 'path' to the login endpoint" : undefined,
        ]
            .filter(Boolean)
            .join('; '),
    };
};
/** Latency budgets with their number: "p95 < 300ms", "API responses < 300ms average". No number: manual. */
const latency = (item) => {
    const what = phrase(item.text, /\b(?:api |page |server )?(?:response|load|request) times?\b|\blatency\b|\bapi responses?\b|\bpage loads?\b|\bload test(?:ing|s)?\b|\bperformance tests?\b|\bttfb\b|\btime to first byte\b|\bresponse time p\d\d\b/) ??
        // "Health check responds < 200ms", "API endpoints respond < 500ms", "Frontend loads < 2000ms".
        phrase(item.text, /^(?:the )?(?:(?:all |every |key |main |public )?(?:health ?-?checks?|health endpoints?|api endpoints?|endpoints?|api|apis|server|backend|frontend|homepage|home page|landing page|site|website|web app|app|application|pages?|routes?|requests?|api calls|api requests|responses?)) (?:(?:is|are|gets?|get) )?(?:responds?|responding|loads?|loading|answers?|answered|served|returned|completes?|completed)\b/) ??
        // "95th percentile response under 0.5 seconds", "median request < 80ms": a percentile of the answers.
        phrase(item.text, /\b(?:p(?:50|90|95|99)|(?:50|90|95|99)th percentile|median|average|mean)\b(?: (?:api|server|http|page))? (?:responses?|requests?|answers?|round-?trips?)\b/) ??
        // "p95 < 500ms" alone under "Response Times": the heading says what the percentile is of.
        (/^p(?:50|90|95|99)\b/.test(item.text)
            ? phrase(item.near, /\b(?:response|load|request) times?\b|\blatency\b|\bperformance\b/)
            : undefined);
    if (!what)
        return undefined;
    // "**Load testing** completed" with its targets in plain sub-bullets: the sub-bullets give the numbers.
    const t = /\bload test|performance test/.test(what) && !budgetOf(item.text) && item.details
        ? `${item.text}; ${item.details}`
        : item.text;
    if (/\bwebsocket|database|db\b|\b[345]g\b|slow network|throttled network|quer(?:y|ies)|contentful|interactive|lcp|fcp|cls|lighthouse|bundle|mobile|llm|support|resolution|cold start|\b(?:publish\w*|queues?|events?|messages?|jobs?|consumers?|replication|ingestion|outbox|inbox|topics?)\b/.test(t))
        return undefined;
    if (watchContext(item.near) ?? watchContext(item.context))
        return undefined;
    // "SLO defined (P95 < 100ms)" says a target is written down, not that the service meets it.
    if (/\b(?:slos?|slas?|slis?|targets?|objectives?|budgets?)\b[^,;(]*\b(?:defined|documented|agreed|set|written|published)\b/.test(t))
        return undefined;
    const budget = budgetOf(t);
    if (!budget)
        return undefined;
    if (/\b(?:>|above|over|exceeds?|more than)\s*\d/.test(t) && !/[<≤]|under|below|less than|within/.test(t))
        return undefined;
    const pct = percentileOf(t);
    const params = { [pct.key]: budget.ms };
    const matched = [what, budget.phrase, ...(pct.phrase ? [pct.phrase] : [])];
    const users = countBefore(t, /(?:concurrent )?(?:users|connections|clients|virtual users|vus)/);
    if (users && users.n >= 1 && users.n <= 100 && /concurrent|virtual|vus/.test(users.phrase)) {
        params.concurrency = users.n;
        matched.push(users.phrase);
    }
    const errors = percentOf(t);
    if (errors && /error/.test(t)) {
        params['max-error-rate'] = errors.fraction;
        matched.push(errors.phrase);
    }
    const note = pct.average
        ? 'the median stands in for the average'
        : pct.phrase
            ? undefined
            : `the budget ${budget.phrase.replace(/\s+/g, ' ')} is read as the 95th percentile`;
    const mapping = {
        check: { kind: 'http.latency', ...onApp(), ...params },
        rule: 'http.latency',
        matched,
        ...(note ? { note } : {}),
    };
    return mapping;
};
const websocket = (item) => {
    const t = item.text;
    const said = 
    // ("WebSocket/Socket.IO connection works": the library named beside the protocol.)
    phrase(t, /\b(?:websocket|socket\.io)(?:\/(?:websocket|socket\.io))? connections? (?:establish\w*|work\w*|open\w*|succeed\w*|connect\w*)\b/) ??
        phrase(t, /\bverify websocket connections?\b/) ??
        phrase(t, /\bwebsockets? (?:are |is )?working\b/) ??
        // "Live updates arrive over WebSockets": what the socket carries, then the protocol.
        phrase(t, /\b(?:work\w*|deliver\w*|flow\w*|arriv\w*|connect\w*|stream\w*) (?:over|via|through|on) (?:the )?(?:web ?sockets?|socket\.io|wss)\b/) ??
        // The grammar: the protocol, its endpoint or a socket of the app, then in the same clause a word that it
        // connects ("WebSocket endpoint accepts connections", "wss:// connection opens", "upgrade succeeds").
        phrase(t, /(?:\bweb ?sockets?\b|\bsocket\.io\b|\bwss?:\/\/\S*|\bws endpoint\b|\brealtime (?:socket|channel)s?\b)[^,;]{0,40}?\b(?:accepts? (?:new |client |the )?connections|connect(?:s|ed|ing)?|opens?|opened|handshakes? (?:succeed\w*|works?|pass\w*|complete\w*)|upgrades? (?:succeed\w*|works?|complete\w*)|establish\w*|works?|working|succeed\w*|is up|reachable)\b/) ??
        // "Connection establishes < 1 second" under "WebSocket": the handshake.
        (/\bwebsockets?\b|\bws\b|\bsocket\.io\b/.test(item.near)
            ? phrase(t, /^(?:the )?(?:client )?connections? (?:establish\w*|opens?|succeeds?|connects?|works?)\b/)
            : undefined);
    if (!said ||
        /latency|stability|> ?\d|\d+ connections|\breconnect\w*|\bload[- ]test\w*|\bscal\w*|\bsticky\b|\btests?\b|\bspecs?\b|\blibrar(?:y|ies)\b|\bpackages?\b|\bdependenc\w*|\bsdk\b|\bversions?\b|\bfallback\b|\bpolling\b|\bheartbeat|\bdisconnect\w*|\bauth\w* (?:fails?|rejected)/.test(t))
        return undefined;
    return {
        check: { kind: 'ws.handshake', ...onApp() },
        rule: 'ws.handshake',
        matched: [said],
        note: "the handshake goes to the app target's root; set 'path' to the WebSocket endpoint",
    };
};
/** A DNS record's type, written the way a zone lists it. */
const RECORD_TYPE = '(?:a|aaaa|cname|alias|aname)';
/** "A record: …", "CNAME record → …", "AAAA records": a record of the app's name, by its type. */
const RECORD_NAMED = new RegExp(`^${RECORD_TYPE} records?(?: for \\S+)?\\s*:|^${RECORD_TYPE} records?\\b[^,;]{0,60}?(?:→|->)|\\b(?:aaaa|cname) records?\\b`);
/** "an A record for the domain", "a CNAME record pointing to …". */
const RECORD_FOR = new RegExp(`\\ban? ${RECORD_TYPE} record (?:for|at|points?|pointing|to)\\b`);
/** Mail's records and words: the records of a mail provider's domain are not the app's. */
const MAIL = /\bmx\b|spf|dkim|dmarc|e-?mail|\bmail\b|smtp|txt records?\b|\bttl\b/;
/** A host name written out (`book.example.com`), not a file name (`README.md`, `app.config.js`). */
const HOST_NAME = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|co|ai|me|xyz|info|biz|us|uk|de|fr|eu|ca|au|in|nl|se|ch|es|it|pl|jp|br|nz|cloud|site|tech|online|page|sh|gg|tv|fm|ly|to|edu|gov|example)\b(?!\.)/;
/** What has a name in DNS: a domain, its apex or www, a subdomain, a host name written out, the records. */
const DNS_SUBJECT = new RegExp(`(?:^|\\s)(?:(?:the |our |a |an )?(?:custom |production |primary |main |root |apex |public |marketing |app |api |site's |app's )?(?:sub-?)?domains?(?: names?)?|(?:the )?apex|(?:the )?www(?: sub-?domain| host)?|${HOST_NAME.source}|(?:the )?dns(?: records?| entries| names?)?|(?:a|aaaa|cname|alias)(?: (?:and|\\/) (?:a|aaaa|cname))? records?)(?: (?:and|&) (?:the )?(?:apex|www|root domain|sub-?domains?|${HOST_NAME.source}))?`);
const DNS_SUBJECTS = new RegExp(DNS_SUBJECT.source, 'g');
/**
 * A predicate that the name is served: it resolves, points or is pointed, mapped or connected to a host,
 * has propagated, or is configured; after the subject, with only "is", "both", "properly" and the like
 * between ("Apex and www both resolve", "Domain properly configured", "api.example.com points at the ingress").
 */
const DNS_STATE = /^(?: (?:is|are|has|have|been|both|all|now|properly|correctly|successfully|already|fully|for (?:the |our )?[\w.-]+)){0,3} (?:resolv(?:es|e|ing)\b|point(?:s|ed|ing)? (?:to|at)\b|mapped (?:to|at|onto)\b|connected (?:to|with)\b|routed to\b|aliased to\b|propagated\b|configured\b|set up\b|live on\b)/;
/**
 * DNS as a grammar: a name of the app's (DNS_SUBJECT) and a predicate that it resolves (DNS_STATE). What is
 * not the app's name (mail records, the registrar's account, a TTL, DNSSEC, a purchase) is blocked here;
 * other parts (staging, a database, internal names) by the network rules' subject check.
 */
function dnsGrammar(t) {
    if (/\b(?:registrar|renew\w*|expir\w*|purchas\w*|bought|buy|transfer\w*|dnssec|ttl|service discovery|verification|verified in|search console|model|logic|events?|objects?|layer|experts?|knowledge)\b/.test(t))
        return undefined;
    for (const m of t.matchAll(DNS_SUBJECTS)) {
        const rest = t.slice((m.index ?? 0) + m[0].length);
        const state = DNS_STATE.exec(rest);
        if (state)
            return `${m[0]}${state[0]}`.trim();
    }
    return undefined;
}
const dns = (item) => {
    if (notYet(item.text))
        return undefined;
    // "Nameservers updated (or DNS records added)": an alternative in parentheses is not the claim.
    const t = item.text.replace(/\(or [^()]*\)/g, ' ');
    const said = phrase(t, /\bdns\b[^,;]*?\b(?:record|records|propagat\w*|points?|pointing|configured|configuration|set up|updated|resolves?|correct\w*)\b/) ??
        phrase(t, /\b(?:verify|update|configure) dns\b|\bdomain (?:resolves|points to)\b/) ??
        // "DNS wildcard `*.example.org` → load balancer", "`admin.example.org` DNS → admin service", "A record:
        // `example.org` → server IPv4": a name and the target it points to.
        phrase(t, /\bdns\b[^,;]{0,60}?(?:→|->)/) ??
        phrase(t, RECORD_NAMED) ??
        phrase(t, RECORD_FOR) ??
        // "CNAME `www` → `app.example.org`".
        phrase(t, /^(?:cname|aaaa|alias|aname)\b[^,;]{0,60}?(?:→|->)/) ??
        // ("Optional: www subdomain configured" is left to the person: the app may not serve one.)
        (/\boptional\b/.test(t)
            ? undefined
            : phrase(t, /\bwww (?:sub-?domain|records?|cname|alias)(?: is)? (?:configured|set up|points?|pointing|resolves|added)\b/)) ??
        phrase(t, /\b(?:custom |production )?(?:sub-?)?domains?(?: names?)?(?: (?:purchased|registered|added)(?: and)?)?(?: and (?:ssl|tls|https|dns))? (?:is |are )?(?:configured|set up|pointing|points|resolves)\b|\bconfigure (?:the |a )?(?:custom |production )?domain\b/) ??
        partLabel(t, 'dns') ??
        dnsGrammar(t);
    if (!said || MAIL.test(t))
        return undefined;
    // The domains another part's settings list ("Allowed domains configured for the OAuth app", "CORS
    // domains", "Callback domain in the identity provider", "Trusted domains in the CMS"): not DNS.
    if (/\b(?:allowed|trusted|whitelist\w*|allow-?list\w*|callbacks?|redirect uris?|cookies?|cors|oauth|auth0|okta|sso|saml|cms|authori[sz]ed)\b/.test(t))
        return undefined;
    // "DNS records documented": a record of them, not the records served.
    if (/\b(?:documented|written down|noted|listed in|described)\b/.test(t))
        return undefined;
    // "DNS provider → Cloudflare", "DNS registrar: Namecheap": an account chosen, not a record served.
    if (/\bdns (?:provider|registrar|host(?:ing)?|account|service|vendor)\b/.test(t))
        return undefined;
    // "DNS records configured:" above SPF and DKIM, under "Email Delivery": the mail provider's records.
    // (An address record or an IP the item names is the app's host, whatever the heading also holds; a
    // CNAME there may be the mail provider's.)
    if (MAIL.test(`${item.details ?? ''} ${item.context}`) &&
        !/^(?:a|aaaa|alias) records?\b|\baaaa records?\b|\b\d{1,3}(?:\.\d{1,3}){3}\b/.test(t))
        return undefined;
    // ("AAAA record (optional)", "Custom domain for the backend (if needed)", "Subdomain configured if
    // using": a name the app may not serve; "Custom domain (when one is bought)" says it will.)
    if (/\boptional\b/.test(t) || (/\bif\b/.test(t) && /\bsub-?domain|\bcustom domain/.test(said)))
        return undefined;
    // A search engine's settings ("preferred domain" in Search Console) are not the domain's records.
    if (/\bpreferred domain\b|search console|webmaster/.test(`${t} ${item.near}`))
        return undefined;
    const ip = /\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b/.exec(t)?.[1];
    // The one host name the item names in code (`admin.example.org`, not a wildcard): that name resolves
    // (in place of the target's host).
    const hosts = item.code
        .map((c) => c.trim().toLowerCase())
        .filter((c) => /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(c) && !/\.(?:md|json|ya?ml|js|ts|txt|env|toml)$/.test(c));
    // ("CNAME `www` → `app.example.org`": the name is the one before the arrow, not its target.)
    const arrow = t.search(/→|->/);
    const named = arrow < 0 ? hosts : hosts.filter((h) => t.indexOf(h) >= 0 && t.indexOf(h) < arrow);
    const host = named.length === 1 ? named[0] : undefined;
    return {
        check: {
            kind: 'dns.resolve',
            ...(host ? { host } : onApp()),
            ...(ip ? { 'expect-addresses': [ip] } : {}),
        },
        rule: 'dns.resolve',
        matched: [said],
        note: ip
            ? undefined
            : host
                ? `${host} must resolve; add 'expect-addresses' to pin the server's IP`
                : "the app target's host must resolve; add 'expect-addresses' to pin the server's IP",
    };
};
/** Responses compressed: asked with gzip and brotli, the page must come back encoded with one of them. */
const compression = (item) => {
    if (/\bcache compression\b|\bcompress\w* (?:the )?cache\b/.test(item.text))
        return undefined;
    const t = item.text;
    const said = phrase(t, /\b(?:gzip|brotli|compression)\b[^,;]*?\b(?:enabled|working|on|configured|active)\b/) ??
        phrase(t, /\b(?:assets|responses|static files)(?: are)?(?: minified and| minified &)? compressed\b/);
    if (!said || /\bimages?\b|\bbackups?\b|\blogs?\b/.test(t))
        return undefined;
    // The encodings the item names; none named: either of the two every browser asks for.
    const named = /brotli|\bbr\b|gzip/.test(t);
    const br = /brotli|\bbr\b/.test(t) || !named;
    const gzip = /gzip/.test(t) || !named;
    const encodings = [...(gzip ? ['gzip'] : []), ...(br ? ['br'] : [])];
    return {
        check: {
            kind: 'http.response',
            ...onApp(),
            headers: { 'Accept-Encoding': encodings.join(', ') },
            'expect-headers': { 'Content-Encoding': `^(?:${encodings.join('|')})$` },
        },
        rule: 'http.compression',
        matched: [said],
        note: "the app target's root answers compressed; set 'path' to an asset to check one",
    };
};
/** Meta-style webhook verification, when the item names the variable that holds the verify token. */
const webhookVerify = (item) => {
    const t = item.text;
    const said = phrase(t, /\bwebhooks? (?:verification|verify|handshake) (?:works?|working|succeeds|passes|responds|tested)\b|\bwebhook (?:is )?verified\b/);
    if (!said)
        return undefined;
    const here = item.code.find((c) => /^[A-Z][A-Z0-9_]*TOKEN[A-Z0-9_]*$/.test(c.trim()))?.trim();
    const elsewhere = item.doc.verifyTokens.length === 1 ? item.doc.verifyTokens[0] : undefined;
    const variable = here ?? elsewhere;
    if (!variable)
        return undefined;
    return {
        check: { kind: 'webhook.verify', ...onApp(), 'token-env': variable },
        rule: 'webhook.verify',
        matched: [said, variable],
        note: [
            here ? undefined : `the verify token is ${variable}, named elsewhere in the document`,
            "set 'path' to the webhook endpoint",
        ]
            .filter(Boolean)
            .join('; '),
    };
};
/** `robots.txt` in place, an XML sitemap generated: the site serves them at its root. */
const wellKnownFiles = (item) => {
    const t = item.text;
    // What a condition after the claim says ("present, and if the content is dynamic, auto updated") does not count.
    const head = t.split(/,? and if\b|,? if the\b/)[0] ?? t;
    // "Google webmaster sitemap", "sitemap submitted in Search Console": the search engine's record, not the site.
    if (/\bsubmit\w*|search console|webmaster|\bupdate\w*|\bbadges?\b|\blinks?\b|\bdisallow/.test(head))
        return undefined;
    const out = [];
    const robots = phrase(t, /\brobots\.txt\b/);
    if (robots)
        out.push({
            check: { kind: 'http.response', ...onApp('/robots.txt') },
            rule: 'http.robots-txt',
            matched: [robots],
            note: 'the app target serves /robots.txt',
        });
    const sitemap = phrase(t, /\b(?:xml )?sitemap(?:\.xml)?\b/);
    if (sitemap)
        out.push({
            check: { kind: 'http.response', ...onApp('/sitemap.xml') },
            rule: 'http.sitemap',
            matched: [sitemap],
            note: 'the app target serves /sitemap.xml; change path if yours is elsewhere',
        });
    return out.length > 0 ? out : undefined;
};

;// CONCATENATED MODULE: ./src/import/rules/index.ts












/**
 * Every rule, each for one kind of claim. All rules read every item: an item can make several claims
 * ("HSTS and CSP headers present", "Build and test"); claims of one kind merge into one check.
 */
const RULES = [
    grepNothing,
    envNotCommitted,
    envDocumented,
    noConsoleLog,
    noLeftovers,
    noTodo,
    noHardcodedSecrets,
    noPlaceholderText,
    fileExists,
    readmeHolds,
    templatesExist,
    bareFileName,
    pathUnderPresent,
    pathNamed,
    pathKeptOut,
    noCallsLeft,
    projectElements,
    documentListed,
    documentHolds,
    documentInParentheses,
    documentedIn,
    fileGrammar,
    noDumps,
    packageValue,
    packageMetadata,
    packageJsonValue,
    packageFieldSet,
    typescriptStrict,
    dependencyInManifest,
    settingInForce,
    manifestField,
    commandClaims,
    dockerfile,
    compose,
    healthEndpoint,
    blockRequest,
    requestAnswers,
    siteLoads,
    addressAnswers,
    securityHeaders,
    httpsRedirect,
    certificate,
    mixedContent,
    compression,
    wellKnownFiles,
    cors,
    rateLimit,
    latency,
    websocket,
    dns,
    webhookVerify,
    reviewed,
    changelog,
    versionBump,
    checksGreen,
    targetBranch,
    environment,
];
/** Words that make an item a watch over time, whatever else it mentions. */
const OVER_TIME = /\b(?:monitor(?:ing|ed|s)?|track(?:ing|ed|s)?|alert(?:ing|s)?|dashboards?|notifications?|on-call)\b/;
function decide(item) {
    const reason = notAClaim(item.text);
    if (reason)
        return { mappings: [], manual: reason };
    // "Rate limiting enabled (if needed)", "Issue templates (recommended)", "Health checks green for 24 hours".
    const scope = scopeOf(item.text, item.near, item.code);
    if (scope)
        return { mappings: [], manual: scope };
    // "`SENTRY_DSN` configured for error tracking": the watch is what the thing is for, not the claim.
    // Under "Monitor CI/CD" or "Watch the rollout", each item is something to watch once the step is done
    // (the release's own CI run, the rollout), not a state of the pull request.
    const watched = /^(?:monitor|watch|observe)\s+\S/.exec(item.near);
    if (watched)
        return {
            mappings: [],
            manual: `under "${item.near}": watched after the step, not checked on the pull request`,
        };
    // ("Frontend loads and displays the dashboard": the dashboard is a page it shows.)
    const watch = OVER_TIME.exec(item.text
        .replace(rules_PURPOSE, '')
        // "`SENTRY_DSN` -- Error tracking", "`SLACK_WEBHOOK_URL` - Deploy notifications": what the variable is for.
        .replace(VARIABLE_PURPOSE, '$1')
        .replace(/\b(?:loads?|displays?|shows?|renders?)(?: the)? dashboards?\b/g, ' ')
        // "WebSocket connection works (open dashboard, check real-time updates)": how a person would look.
        .replace(/\((?:open|check|visit|click|see|try|go to)\b[^()]*\)/g, ' ')
        // ("`POST /api/v1/funnel/track` → 200": the words of a path are not words of the claim.)
        .replace(/(?:^|\s)\/[\w./-]+/g, ' '));
    if (watch)
        return { mappings: [], manual: `"${watch[0]}" is watched over time, not checked once` };
    const undone = NOT_DONE.exec(item.text.replace(/\([^()]*\)/g, ' '));
    if (undone)
        return { mappings: [], manual: `"${undone[0]}" says it is not the case yet` };
    const refusals = [];
    let found = apply(item, refusals);
    // The same claim in other words ("Ensure all tests pass", "Enable HSTS", "Tests: passing",
    // "Configure CORS/HTTPS/HSTS"): the rules read the plain form too, and what they find there is added.
    // (Only a spread list adds to what the words as written found: other rewrites could change the subject.)
    const plain = normalized(item.text);
    if (plain && (found.length === 0 || plain.list)) {
        const more = apply({ ...item, text: plain.text }, refusals).filter((m) => !found.some((f) => f.check.kind === m.check.kind));
        found = [...found, ...more];
    }
    const foreign = found.filter((m) => foreignSubject(m, item.text, item.near, item.context));
    if (foreign.length > 0) {
        found = found.filter((m) => !foreign.includes(m));
        refusals.unshift('its subject is another part (staging, a database, storage, a local machine), not the app');
    }
    // Commands run on the gate's Linux runner: an item under "macOS verification" is not one it can check.
    if (/\b(?:macos|mac os|os x|windows|win32)\b/.test(item.context) && !/\blinux\b/.test(item.context))
        found = found.filter((m) => m.check.kind !== 'command');
    // Under "(Optional) …" or with failures expected below it, a run the release does not need to pass.
    const optional = found.some((m) => m.check.kind === 'command') ? optionalRun(item) : undefined;
    if (optional) {
        found = found.filter((m) => m.check.kind !== 'command');
        refusals.unshift(optional);
    }
    const step = deployStep(found, item);
    if (step) {
        found = found.filter((m) => m !== step);
        refusals.unshift('a build run as a step of the deployment makes its artefact; say it must pass to check it');
    }
    const mappings = merge(dropCovered(namedFirst(found, item)));
    if (mappings.length === 0) {
        const why = refusals[0] ?? nearMiss(item.text);
        return why ? { mappings, manual: why } : { mappings };
    }
    return { mappings };
}
/** The nearest step of the outline is a deployment's own steps ("Backend Deployment", "Build & Deploy"). */
const DEPLOY_STEPS = /\bdeploy(?:ment|ing|s)?\b/;
const BEFORE_DEPLOY = /\b(?:pre|before)[- ]?deploy|\bdeploy(?:ment)? (?:readiness|checklist|prep\w*)\b/;
const SUCCESS = /\b(?:pass|passes|passed|passing|succeeds?|succeeded|successful(?:ly)?|green|clean|no errors|zero errors|without errors|works?|compiles?)\b/;
/**
 * "Run `npm run build`" after "SSH into the server" under "Backend Deployment", "Build Docker images:
 * `make build`" under "Build & Deploy": a build done as a step of deploying, with no word that it must
 * succeed, is the deployment's work, not a claim about the pull request.
 */
function deployStep(found, item) {
    if (!DEPLOY_STEPS.test(item.near) || BEFORE_DEPLOY.test(item.near) || SUCCESS.test(item.text))
        return undefined;
    return found.find((m) => m.check.kind === 'command' && (/\bbuild\b/.test(String(m.check.run)) || /^build\b/.test(item.text)));
}
/** A variable's name at the start, then what it is for after a dash or a colon. */
const VARIABLE_PURPOSE = /^(`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+`?)\s*(?:--|[-–—:])\s.*$/;
/** A trailing purpose of watching ("for error tracking", "for monitoring") after what the item claims. */
const rules_PURPOSE = /\s+(?:used )?for (?:(?:error|performance|uptime|usage|crash|event|user|product) )?(?:tracking|monitoring|alerting|analytics|alerts)(?: purposes)?\s*$/;
/** The mappings every rule reads from the item; the reasons of rules that refused go to `refusals`. */
function apply(item, refusals) {
    const found = [];
    for (const rule of RULES) {
        const out = rule(item);
        if (!out)
            continue;
        if ('manual' in out) {
            if (!refusals.includes(out.manual))
                refusals.push(out.manual);
            continue;
        }
        for (const m of Array.isArray(out) ? out : [out])
            found.push(m);
    }
    return found;
}
/** Words that say the claim does not hold yet, or is put off: the item is a plan, not a state. */
const NOT_DONE = /\b(?:not yet|pending|deferred|postponed|(?:planned|coming) (?:for )?later|in progress|wip|won't|will not|isn't|aren't|not (?:enabled|configured|implemented|enforced|working|passing|done|ready|set up|applicable)|n\/a)\b/;
/**
 * The network checks look at the app's own endpoint: an item whose subject is another part (the
 * database's TLS, a queue's latency, SSH rate limits, a cache's compression, the staging host) says
 * nothing they can see.
 */
const OTHER_SUBJECT = /\b(?:databases?|db|postgres\w*|mysql|mongo\w*|redis|memcached|caches?|queues?|kafka|rabbitmq|brokers?|smtp|e-?mails?|ssh|sftp|ftp|vpn|internal|between services|service-to-service|inter-service|microservices? communication|staging|localhost|mobile apps?|ios|android|grpc|mqtt|backups?)\b/;
/** Parts of a deployment with endpoints of their own: file storage, a bucket. */
const STORAGE = /\bstorage\b|\bbuckets?\b|\bs3\b/;
function foreignSubject(m, text, near = '', context = '') {
    if (!/^(?:http\.|tls\.|dns\.|ws\.)/.test(m.check.kind))
        return false;
    // Under "Deploy to Staging" the item is checked on the staging host, not the app the gate looks at.
    if (/\bstaging\b/.test(near) && !/\bproduction\b/.test(near))
        return true;
    // "Local health endpoint accessible", under "Local Backup": a developer machine's endpoint, not the app's.
    // ("Test Locally" › "Test all pages" › "Home page loads": the page on the developer's machine.)
    if (/\blocal(?:ly)?\b/.test(text) ||
        /\blocal\b/.test(near) ||
        /\b(?:test(?:ing)?|run(?:ning)?|verify|check) locally\b|\blocal (?:development|testing|setup|environment|machine)\b/.test(context))
        return true;
    // "CORS configured for uploads" under "File Storage": the bucket's CORS, not the app's.
    // (A token or leaky bucket is a rate limiter's algorithm, not storage.)
    const own = text.replace(/\b(?:token|leaky)[- ]buckets?\b/g, ' ');
    if (STORAGE.test(own) || (STORAGE.test(near) && m.check.kind !== 'http.response'))
        return true;
    // A health endpoint that reports the database ("/health checks the DB") is still the app's endpoint.
    if (m.check.kind === 'http.response' && m.check.path !== undefined)
        return false;
    // "Rate limiting Redis / API gateway": the store that keeps the counts is how the limit is held, not its subject.
    // (So is a store named in a remark: "Add sign-in rate limiting (Redis or in-memory)".)
    if (m.check.kind === 'http.rate-limit' && /^(?:[\w-]+ )?rate[- ]limit/.test(text))
        return OTHER_SUBJECT.test(text.replace(STORE, ' '));
    if (m.check.kind === 'http.rate-limit')
        return OTHER_SUBJECT.test(text.replace(/\([^()]*\)/g, (remark) => remark.replace(STORE, ' ')));
    return OTHER_SUBJECT.test(text);
}
/** Stores a rate limiter keeps its counts in. */
const STORE = /\b(?:redis|memcached|in-memory|caches?)\b/g;
/**
 * "No TypeScript errors (`pnpm typecheck`)": the command the item names is the one it means, in place of
 * the generic command of the same purpose.
 */
function namedFirst(found, item) {
    const generic = found.filter((m) => m.check.kind === 'command' && m.rule !== 'command.named');
    if (generic.length === 0 || found.some((m) => m.rule === 'command.named'))
        return found;
    const named = commandIn(item);
    if (!named || /\b(?:install|deploy|start|dev|serve|publish|migrate|seed)\b/.test(named.run))
        return found;
    // `npm audit` named, "no high vulnerabilities" said: the generic command refines the named one.
    if (generic.some((g) => String(g.check.run).startsWith(named.run)))
        return found;
    const rest = found.filter((m) => !generic.includes(m));
    return [
        ...rest,
        {
            check: { kind: 'command', run: named.run, ...(named.cwd ? { cwd: named.cwd } : {}) },
            rule: 'command.named',
            matched: [named.code, ...generic.flatMap((g) => g.matched)],
        },
    ];
}
/**
 * A command an item names stands for the generic one of the same purpose ("All tests passing
 * (`npm run check`)" runs `npm run check`, not `npm test` too).
 */
function dropCovered(found) {
    const named = found.some((m) => m.rule === 'command.named');
    if (named)
        return found.filter((m) => m.check.kind !== 'command' || m.rule === 'command.named');
    // "Tests passing: CI pipeline green" says the tests pass in CI: the checks on the commit, not a local run.
    if (found.some((m) => m.check.kind === 'github.checks-green'))
        return found.filter((m) => m.rule !== 'command.tests-pass');
    return found;
}
/** Checks of one kind merge: header sub-tests and variables are united; others keep the first. */
function merge(found) {
    const out = [];
    for (const m of found) {
        const same = out.find((o) => o.check.kind === m.check.kind && mergeable(o, m));
        if (!same) {
            out.push(m);
            continue;
        }
        same.matched = [...new Set([...same.matched, ...m.matched])];
        if (m.check.kind === 'http.security-headers') {
            const a = same.check.require;
            const b = m.check.require;
            if (a && b)
                same.check.require = [...new Set([...a, ...b])];
            else
                delete same.check.require;
        }
        if (m.check.kind === 'repo.untracked')
            same.check.paths = [...new Set([...same.check.paths, ...m.check.paths])];
        if (m.check.kind === 'docker.policy')
            for (const [k, v] of Object.entries(m.check))
                if (v === true)
                    same.check[k] = true;
        if (m.check.kind === 'env.policy') {
            same.check.variables = { ...m.check.variables, ...same.check.variables };
        }
    }
    return out;
}
function mergeable(a, b) {
    if (a.check.kind === 'command')
        return a.check.run === b.check.run;
    if (a.check.kind === 'repo.forbidden-pattern' ||
        a.check.kind === 'repo.required-pattern' ||
        a.check.kind === 'repo.files-exist' ||
        a.check.kind === 'http.response')
        return JSON.stringify(a.check) === JSON.stringify(b.check);
    return true;
}
const PYTHON = /\b(?:flask|django|fastapi|python|pip|pytest|poetry|gunicorn|uvicorn|requirements\.txt)\b/i;
const NODE = /\b(?:npm|npx|node(?:\.js)?|yarn|pnpm|package\.json|typescript|next\.js|react|vite|eslint)\b/i;
const GO = /\b(?:golang|go (?:test|build|mod|vet))\b/i;
const RUST = /\b(?:cargo|rust|clippy)\b/i;
// `.NET` only as a word of its own (never the end of a host name such as example.net).
// Java by its build tools or a JDK version ("Java 21"), not the word alone (a list of languages supported).
const JAVA = /\b(?:maven|mvn|gradle|gradlew|pom\.xml|spring boot|junit|jdk|java \d{1,2})\b/i;
/** A Flutter app by its tool or its manifest (`flutter test`, `pubspec.yaml`); its tests run with `flutter test`. */
const FLUTTER = /\b(?:flutter|pubspec\.yaml)\b/i;
const DOTNET = /\b(?:nuget|dotnet|csproj|asp\.net)\b|(?:^|[\s(])\.net\b|\bc#/i;
/** Health paths a text names: in a URL (`https://host:8080/api/health`) or alone (`/healthz`). */
function healthPathsIn(text) {
    const out = [];
    for (const m of text.matchAll(/\bhttps?:\/\/[^\s/'"`<>()]+(\/[\w./-]*)/g))
        if (m[1] && /\/health[\w-]*$/.test(m[1]))
            out.push(m[1]);
    for (const m of text.matchAll(/(?:^|[\s(`'"])(\/(?:[\w-]+\/){0,3}health[\w-]*)(?=[\s)`'",;:]|$)/g))
        if (m[1])
            out.push(m[1]);
    return out;
}
/** What the document as a whole says: its stack and the verify-token variables it names. */
function documentFacts(texts, repoStack, storeSecrets = [], blocks = []) {
    let python = false;
    let node = false;
    let go = false;
    let rust = false;
    let dotnet = false;
    let java = false;
    let flutter = false;
    const verifyTokens = [];
    const jwtVariables = [];
    const variables = new Set();
    for (const raw of texts) {
        const t = raw.slice(0, 2 * MAX_RULE_TEXT);
        python ||= PYTHON.test(t);
        node ||= NODE.test(t);
        go ||= GO.test(t);
        rust ||= RUST.test(t);
        dotnet ||= DOTNET.test(t);
        java ||= JAVA.test(t);
        flutter ||= FLUTTER.test(t);
        for (const v of t.match(/\b[A-Z][A-Z0-9_]*VERIFY_TOKEN\b/g) ?? [])
            if (!verifyTokens.includes(v))
                verifyTokens.push(v);
        for (const v of t.match(/\b[A-Za-z][A-Za-z0-9]*(?:_{1,2}[A-Za-z0-9]+)+\b/g) ?? [])
            if (/jwt/i.test(v) && /secret|key/i.test(v) && !/refresh|public/i.test(v) && !jwtVariables.includes(v))
                jwtVariables.push(v);
        for (const v of t.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+\b/g) ??
            [])
            if (variables.size < 300)
                variables.add(v);
    }
    const others = [
        python && 'python',
        go && 'go',
        rust && 'rust',
        dotnet && 'dotnet',
        java && 'java',
        flutter && 'flutter',
    ].filter(Boolean);
    const stack = node
        ? others.length === 0
            ? 'node'
            : undefined
        : others.length === 1
            ? others[0]
            : undefined;
    // The stacks of the parts: those the words name, and the one the repository's root shows.
    const named = node ? ['node', ...others] : others;
    const stacks = repoStack && !named.includes(repoStack) ? [...named, repoStack] : named;
    const healthPaths = new Set();
    for (const raw of [...texts, ...blocks])
        for (const p of healthPathsIn(raw.slice(0, 4000)))
            healthPaths.add(p);
    const [healthPath] = healthPaths;
    return {
        stack: stack ?? (others.length > 0 || node ? undefined : repoStack),
        ...(stacks.length > 1 ? { stacks } : {}),
        verifyTokens,
        jwtVariables,
        variables: [...variables],
        storeSecrets,
        ...(healthPaths.size === 1 && healthPath ? { healthPath } : {}),
    };
}



// EXTERNAL MODULE: ./src/import/slug.ts
var slug = __webpack_require__(2450);
;// CONCATENATED MODULE: ./src/import/convert.ts







const lower = (s) => s.slice(0, MAX_RULE_TEXT).toLowerCase();
function factsOf(group, it, doc) {
    const near = it.parent ?? group.path.at(-1) ?? '';
    return {
        text: lower(it.text.plain),
        raw: it.text.plain.slice(0, MAX_RULE_TEXT),
        code: it.text.code.slice(0, 16).map((c) => c.slice(0, MAX_RULE_TEXT)),
        context: lower([...group.path, it.parent ?? ''].join(' ')),
        near: lower(near),
        ...(it.details ? { details: lower(it.details) } : {}),
        ...(it.block ? { block: it.block.slice(0, 4 * MAX_RULE_TEXT) } : {}),
        doc,
    };
}
/**
 * "**All tests passed**" above "Automated validation: 95%", "Manual testing completed": a parent whose
 * nested items are tests of their own says they all passed, not that the test script does.
 */
function summarisesTests(own, it, group, outline) {
    if (!it.parentOfTasks || !own.mappings.some((m) => m.rule === 'command.tests-pass'))
        return false;
    const depth = group.path.length + 1;
    return outline.groups.some((g) => g.path.length === depth &&
        g.items.some((c) => c.parent === it.text.plain && c.line > it.line && /\btest|\bvalidat|\bverif/i.test(c.text.plain)));
}
/** A step that makes or pushes the release tag: "Create git tag", "Push release: `git push --tags`". */
const TAG_STEP = /\b(?:create|make|add|push)\w* (?:an? |the )?(?:annotated |signed )?(?:git |release |version )?tags?\b|\btag (?:the |a |this )?(?:release|version|commit)\b|\btag (?:and|&) (?:create|make|publish|push)\b|\bgit tag\b|\bgit push\b[^;]*--tags\b|\btags? (?:is |are )?(?:created|pushed|made)\b|\brelease (?:is )?tagged\b/;
/**
 * A tag made as a step ("Create git tag", "Tag the release", `git push --tags`), which orders the list:
 * what follows is done after it. A tag said to exist among other states ("Git tags created for version
 * tracking" beside "CHANGELOG.md updated") orders nothing.
 */
const STEP_FORM = /^[^a-z]*(?:\d+[.)]\s*)?(?:create|make|add|push|tag|cut|publish)\b|\bgit (?:tag|push)\b/;
/**
 * A step that merges the pull request ("Merge the changelog PR", "Merge release PR to `main`"): the items
 * after it in the list are the merged commit's, as after a tag.
 */
const MERGE_STEP = /^[^a-z]*merge (?:the |this |a |your )?(?:[\w-]+ )?(?:pr|pull request|merge request|branch|release)\b/;
/** Outline steps that come after the merge or the release: "Post-release", "After tagging", "After merge". */
const AFTER_RELEASE = /\bpost[- ]?(?:release|merge|tag\w*|publish\w*)\b|\bafter (?:the )?(?:release|merg\w*|tag\w*|publish\w*)\b/;
/**
 * "Make sure the CI is green for those commits" after "Push release: `git push --tags`" in the same list, or
 * under "Post-release": the release's own run after the tag, not the pull request's checks (the tag is made
 * after the merge, so a check on the pull request about it could never be what the item means).
 */
function afterTheTag(decision, it, group, tagLine) {
    const github = decision.mappings.filter((m) => m.check.kind.startsWith('github.'));
    if (github.length === 0)
        return decision;
    const tagged = tagLine < it.line;
    const after = AFTER_RELEASE.test(group.path.join(' ').toLowerCase());
    if (!tagged && !after)
        return decision;
    const mappings = decision.mappings.filter((m) => !github.includes(m));
    return mappings.length > 0
        ? { mappings }
        : {
            mappings,
            manual: tagged
                ? 'after the release tag or the merge in this list: the release run, not the pull request'
                : 'after the merge or the release: not a state of the pull request',
        };
}
const quote = (phrases) => phrases.map((p) => `"${p.replace(/\s+/g, ' ')}"`).join(', ');
/** Builds the definition a Markdown outline becomes, as a YAML document with a comment on every guess. */
function outlineToYaml(outline, options) {
    const chooser = new CheckChooser(options.registry);
    const ids = new slug/* IdAllocator */.p();
    const sectionIds = new slug/* IdAllocator */.p();
    const explanations = [];
    const summary = {
        items: 0,
        automated: 0,
        manual: 0,
        skipped: outline.skipped,
        guessed: 0,
        split: 0,
        unavailable: [],
    };
    // Variables a section lists under a platform's secret store ("Supabase Secrets") are that store's,
    // wherever else the document names them.
    const storeSecrets = outline.groups
        .filter((g) => storeHeading((g.path.at(-1) ?? '').toLowerCase()))
        .flatMap((g) => g.items.flatMap((i) => i.text.code.map((c) => c.trim())))
        .filter((c) => /^[A-Z][A-Z0-9_]+$/.test(c));
    const doc = {
        ...documentFacts(outline.groups.flatMap((g) => [g.title, ...g.items.map((i) => i.text.plain)]), options.repoStack, storeSecrets, outline.blocks),
        ...(options.repoScripts ? { scripts: options.repoScripts } : {}),
    };
    const tools = toolsOf(outline.groups.flatMap((g) => [g.title, ...g.items.map((i) => i.text.plain)]), options.repoFiles ?? []);
    if (tools.length > 0)
        doc.tools = tools;
    const sections = outline.groups.map((group) => {
        // The first step of this list that makes or pushes the release tag, or merges the pull request, read
        // once per list, not per item.
        const tagLine = Math.min(...group.items
            .filter((o) => {
            const words = `${o.text.plain} ${o.text.code.join(' ')}`.toLowerCase();
            return (TAG_STEP.test(words) && STEP_FORM.test(words)) || MERGE_STEP.test(words);
        })
            .map((o) => o.line));
        const items = [];
        for (const it of group.items) {
            const facts = factsOf(group, it, doc);
            // A parent box keeps its own claim ("**LICENSE file present**" above its details); one that only
            // names a group ("macOS verification") matches no rule and stays manual.
            // ("Build and test on a laptop:" ends with a colon: it introduces the steps below it, each a box.)
            const own = it.parentOfTasks && (!saysState(facts.text) || /:\s*$/.test(it.text.plain))
                ? undefined
                : decide(facts);
            const decided = own && (own.mappings.length > 0 || !it.parentOfTasks) && !summarisesTests(own, it, group, outline)
                ? own
                : { mappings: [], manual: 'its nested items carry the checks' };
            const decision = afterTheTag(decided, it, group, tagLine);
            const chosen = [];
            let unavailable;
            for (const proposed of decision.mappings) {
                const c = chooser.choose(proposed);
                if (c.unavailable)
                    unavailable ??= c.unavailable;
                if (c.unavailable && !summary.unavailable.includes(c.unavailable))
                    summary.unavailable.push(c.unavailable);
                if (c.mapping)
                    chosen.push(c.mapping);
            }
            summary.items += 1;
            const description = it.parent ? `Part of: ${it.parent}` : undefined;
            const explanation = {
                line: it.line,
                section: group.title,
                title: it.text.markdown,
                ids: [],
                checks: [],
            };
            explanations.push(explanation);
            if (chosen.length === 0) {
                summary.manual += 1;
                const id = ids.take(it.text.plain, 'item');
                explanation.ids.push(id);
                const manual = decision.manual ??
                    (unavailable ? `${unavailable} would check this; it is not available here` : undefined);
                if (manual)
                    explanation.manual = manual;
                items.push({
                    id,
                    title: it.text.markdown,
                    ...(description ? { description } : {}),
                    approvers: approversFor(facts.text, facts.context),
                    ...(unavailable ? { note: `${unavailable} would check this; it is not available here` } : {}),
                });
                continue;
            }
            summary.automated += 1;
            if (chosen.length > 1)
                summary.split += 1;
            chosen.forEach((mapping, i) => {
                const id = ids.take(it.text.plain, 'item');
                explanation.ids.push(id);
                const fellBack = mapping !== decision.mappings[i] && unavailable
                    ? `${unavailable} is not available here`
                    : undefined;
                const note = [mapping.note, fellBack].filter(Boolean).join('; ') || undefined;
                if (note && i === 0)
                    summary.guessed += 1;
                explanation.checks.push({
                    kind: mapping.check.kind,
                    rule: mapping.rule,
                    matched: mapping.matched,
                    ...(note ? { note } : {}),
                    check: mapping.check,
                });
                const splitNote = chosen.length > 1 ? `Check ${i + 1} of ${chosen.length} of one Markdown item.` : undefined;
                const desc = [description, splitNote].filter(Boolean).join(' ') || undefined;
                items.push({
                    id,
                    title: chosen.length > 1 ? `${it.text.markdown} (${i + 1}/${chosen.length})` : it.text.markdown,
                    ...(desc ? { description: desc } : {}),
                    check: mapping.check,
                    why: `${mapping.rule}: matched ${quote(mapping.matched)}`,
                    note,
                });
            });
        }
        return { id: sectionIds.take(group.plain, 'section'), title: group.title, items };
    });
    const usesApp = sections.some((s) => s.items.some((i) => i.check?.target === APP_TARGET));
    return { yaml: render(outline, sections, usesApp, options.source), summary, explanations };
}
function render(outline, sections, usesApp, source) {
    const title = outline.title ?? source.replace(/\.[^.]*$/, '');
    const doc = new dist/* Document */.yo({
        id: (0,slug/* slugOf */.t)(title, 'imported'),
        title,
        ...(usesApp ? { targets: { [APP_TARGET]: '${API_URL}' } } : {}),
        sections: sections.map((s) => ({
            id: s.id,
            title: s.title,
            items: s.items.map(({ note: _note, why: _why, ...rest }) => rest),
        })),
    }, { aliasDuplicateObjects: false });
    doc.commentBefore = [
        ` Imported from ${source} by \`preflight import\`.`,
        ' Items with a check run automatically; people tick the others in the pull request comment.',
        ' Above each check, "why" names the rule and the words of the item it matched;',
        ' "guessed" marks what the rule assumed beyond those words: review those first.',
        ' `preflight import --explain` prints the same for every item, manual ones included.',
    ].join('\n');
    const root = doc.contents;
    if (usesApp) {
        const targets = root.get('targets', true);
        targets.commentBefore =
            " The service under test: set API_URL in the job, pass the action's `targets` input, or write the URL here.";
    }
    const sectionNodes = root.get('sections', true);
    if ((0,dist/* isSeq */.oP)(sectionNodes)) {
        sectionNodes.items.forEach((sectionNode, si) => {
            const itemsNode = (0,dist/* isMap */.jh)(sectionNode) ? sectionNode.get('items', true) : undefined;
            if (!(0,dist/* isSeq */.oP)(itemsNode))
                return;
            itemsNode.items.forEach((itemNode, ii) => {
                if (!(0,dist/* isMap */.jh)(itemNode))
                    return;
                const check = itemNode.get('check', true);
                if (check && (0,dist/* isMap */.jh)(check))
                    flowShortLists(check);
                const approvers = itemNode.get('approvers', true);
                if ((0,dist/* isMap */.jh)(approvers))
                    approvers.flow = true;
                const item = sections[si]?.items[ii];
                const lines = [
                    item?.why ? ` why: ${oneLine(item.why)}` : '',
                    item?.note ? ` guessed: ${oneLine(item.note)}` : '',
                ].filter(Boolean);
                const at = check ?? approvers;
                if (lines.length > 0 && at)
                    at.commentBefore = lines.join('\n');
            });
        });
    }
    return doc.toString({ lineWidth: 0 });
}
/** A comment stays one line: text from the Markdown never starts a YAML line of its own. */
const oneLine = (s) => s.replace(/[\r\n\u2028\u2029]+/g, ' ');
/** Lists of strings in a check print on one line: `paths: [a, b]`. */
function flowShortLists(map) {
    for (const pair of map.items)
        if ((0,dist/* isSeq */.oP)(pair.value))
            pair.value.flow = true;
}

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 51 modules
var lib = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js + 1 modules
var mdast_util_gfm_task_list_item_lib = __webpack_require__(1756);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var syntax = __webpack_require__(1197);
;// CONCATENATED MODULE: ./src/import/inline.ts
function inlineOf(nodes) {
    const out = { markdown: '', plain: '', code: [], links: [] };
    for (const n of nodes)
        add(n, out);
    out.markdown = squash(out.markdown);
    out.plain = squash(out.plain);
    return out;
}
const squash = (s) => s.replace(/\s+/g, ' ').trim();
function add(node, out) {
    switch (node.type) {
        case 'text':
            out.markdown += node.value;
            out.plain += node.value;
            return;
        case 'inlineCode': {
            const fence = node.value.includes('`') ? '`` ' : '`';
            out.markdown += `${fence}${node.value}${fence.split('').reverse().join('')}`;
            out.plain += node.value;
            out.code.push(node.value);
            return;
        }
        case 'strong':
        case 'emphasis':
        case 'delete': {
            const mark = node.type === 'strong' ? '**' : node.type === 'emphasis' ? '*' : '~~';
            out.markdown += mark;
            for (const c of node.children)
                add(c, out);
            out.markdown += mark;
            return;
        }
        case 'link':
            out.links.push(node.url);
            for (const c of node.children)
                add(c, out);
            return;
        case 'break':
            out.markdown += ' ';
            out.plain += ' ';
            return;
        case 'html':
            // An inline comment or tag is not part of what the item says.
            return;
        default:
            if ('children' in node)
                for (const c of node.children)
                    add(c, out);
            else if ('value' in node && typeof node.value === 'string') {
                out.markdown += node.value;
                out.plain += node.value;
            }
    }
}

;// CONCATENATED MODULE: ./src/import/outline.ts




// Blanks within the line only: `\s*` at each line's start would run over every empty line below it.
const BOX_IN_RAW = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/gm;
const SEPARATOR = ' › ';
/** A pseudo-heading sits below the heading it follows and above any list label. */
const PSEUDO_DEPTH = 7;
/** A plain label right above a list sits below the pseudo-heading it follows. */
const LABEL_DEPTH = 8;
const MAX_LABEL_CHARS = 120;
const MAX_BLOCKS = 200;
const MAX_BLOCK_CHARS = 4000;
const MAX_DETAILS_CHARS = 400;
function readOutline(markdown) {
    const tree = (0,lib/* fromMarkdown */.Y)(markdown, {
        extensions: [(0,syntax/* gfmTaskListItem */.J)()],
        mdastExtensions: [(0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)()],
    });
    const outline = { groups: [], skipped: 0, blocks: [] };
    const reader = new OutlineReader(outline);
    tree.children.forEach((node, index) => {
        if (node.type === 'heading') {
            const text = inlineOf(node.children);
            if (node.depth === 1 && outline.title === undefined && text.plain !== '') {
                outline.title = text.markdown;
                reader.setPath([]);
                return;
            }
            if (text.plain !== '')
                reader.enter({ depth: node.depth, markdown: text.markdown, plain: text.plain });
            return;
        }
        if (node.type === 'paragraph') {
            const pseudo = pseudoHeading(node);
            if (pseudo) {
                reader.enter({ depth: PSEUDO_DEPTH, ...pseudo });
                return;
            }
            // "**Critical: endpoints to secure**" then "Review these in `views.py`:": the label is a step below it.
            const label = plainLabel(node, tree.children[index + 1]?.type === 'list');
            if (label) {
                reader.enter({ depth: LABEL_DEPTH, ...label });
                return;
            }
        }
        if (node.type === 'list') {
            reader.readList(node, reader.path, undefined);
            return;
        }
        countRawBoxes(node, outline);
    });
    outline.groups = outline.groups.filter((g) => g.items.length > 0);
    return outline;
}
class OutlineReader {
    outline;
    /** The current outline path (headings and pseudo-headings). */
    path = [];
    byKey = new Map();
    constructor(outline) {
        this.outline = outline;
    }
    /**
     * A heading or pseudo-heading: it replaces every step at its depth or deeper. Sections before it are
     * closed: a later heading with the same path starts a section of its own.
     */
    enter(step) {
        const kept = this.path.filter((s) => s.depth < step.depth);
        this.path = [...kept, step];
        this.byKey.clear();
    }
    setPath(path) {
        this.path = path;
        this.byKey.clear();
    }
    group(path) {
        const key = path.map((s) => s.plain).join('\u0000');
        const known = this.byKey.get(key);
        if (known)
            return known;
        const plainPath = path.map((s) => s.plain);
        const group = {
            title: path.length > 0 ? path.map((s) => s.markdown).join(SEPARATOR) : 'Checklist',
            plain: path.length > 0 ? plainPath.join(' ') : 'Checklist',
            path: plainPath,
            context: plainPath,
            items: [],
        };
        this.byKey.set(key, group);
        this.outline.groups.push(group);
        return group;
    }
    /**
     * Task items of a list, in order. A task item keeps its own place; task items nested below it go to a
     * section whose path ends with it. A plain list item (no box) that holds task items is a label: its
     * task items go to a section named by it.
     */
    readList(list, path, parent) {
        for (const item of list.children) {
            const text = itemText(item);
            const nested = item.children.filter((c) => c.type === 'list');
            for (const c of item.children)
                if (c.type !== 'list' && c.type !== 'paragraph')
                    countRawBoxes(c, this.outline);
            const isTask = typeof item.checked === 'boolean';
            const label = labelText(text);
            if ((isTask && text.plain === '') || (!isTask && /^\[[ xX]?\]$/.test(text.plain)))
                this.outline.skipped += 1;
            const hasTasks = nested.some((l) => l.children.some(hasTask));
            if (isTask && text.plain !== '') {
                // "**Load testing** completed" with its targets in plain sub-bullets below it.
                const details = nested
                    .flatMap((l) => l.children.filter((c) => typeof c.checked !== 'boolean'))
                    .map((c) => itemText(c).plain)
                    .filter((d) => d !== '')
                    .join('; ')
                    .slice(0, MAX_DETAILS_CHARS);
                const block = blockOf(item);
                this.group(path).items.push({
                    text,
                    checked: item.checked === true,
                    ...(parent ? { parent } : {}),
                    line: item.position?.start.line ?? 0,
                    ...(hasTasks ? { parentOfTasks: true } : {}),
                    ...(details ? { details } : {}),
                    ...(block ? { block } : {}),
                });
            }
            if (!hasTasks) {
                for (const l of nested)
                    this.readList(l, path, parent);
                continue;
            }
            if (isTask && text.plain !== '') {
                const step = {
                    depth: 100 + path.length,
                    markdown: text.markdown.replace(/\s*:\s*$/, ''),
                    plain: text.plain.replace(/\s*:\s*$/, ''),
                };
                for (const l of nested)
                    this.readList(l, [...path, step], text.plain);
            }
            else if (!isTask && label) {
                const step = { depth: 100 + path.length, ...label };
                for (const l of nested)
                    this.readList(l, [...path, step], parent);
            }
            else {
                for (const l of nested)
                    this.readList(l, path, parent);
            }
        }
    }
}
/** `**Pre-Production:**`, `**Final Checks**`, `*Backend*:` alone in a paragraph: a heading in all but name. */
function pseudoHeading(node) {
    const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const strong = kids[0];
    if (!strong || (strong.type !== 'strong' && strong.type !== 'emphasis'))
        return undefined;
    const rest = kids.slice(1);
    if (rest.length > 1)
        return undefined;
    const tail = rest[0];
    if (tail && !(tail.type === 'text' && /^\s*:?\s*$/.test(tail.value)))
        return undefined;
    const text = inlineOf(strong.children);
    const plain = text.plain.replace(/\s*:\s*$/, '');
    if (plain === '' || plain.length > MAX_LABEL_CHARS)
        return undefined;
    return { markdown: text.markdown.replace(/\s*:\s*$/, ''), plain };
}
/**
 * A short line of plain text right before a list ("Security/Privacy", "Before you start:"): a label of the
 * list below it, unless it reads as a sentence.
 */
function plainLabel(node, beforeList) {
    if (!beforeList)
        return undefined;
    if (!node.children.every((c) => c.type === 'text' || c.type === 'inlineCode'))
        return undefined;
    if ((node.position?.start.line ?? 0) !== (node.position?.end.line ?? 0))
        return undefined;
    const text = inlineOf(node.children);
    if (text.plain.length > 60 || /[.!?]$/.test(text.plain))
        return undefined;
    return labelText(text);
}
/** A plain list item's text as a label ("Security:", "**Hosting**"), when it is short enough to be one. */
function labelText(text) {
    const plain = text.plain.replace(/\s*:\s*$/, '');
    if (plain === '' || plain.length > MAX_LABEL_CHARS)
        return undefined;
    const markdown = text.markdown.replace(/\s*:\s*$/, '').replace(/^\*\*(.*)\*\*$/, '$1');
    return { markdown, plain: plain.replace(/\s*:\s*$/, '') };
}
/**
 * The code blocks that are children of a list item ("- [ ] **Clean Build**" with a fenced block below it),
 * and the plain sub-bullets that are only a code span ("- [ ] **Build**" › "- `npm run build`"), one a line.
 */
function blockOf(item) {
    const lines = [];
    for (const c of item.children) {
        if (c.type === 'code')
            lines.push(c.value);
        if (c.type !== 'list')
            continue;
        for (const sub of c.children) {
            if (typeof sub.checked === 'boolean')
                continue;
            const first = sub.children[0];
            const kids = first?.type === 'paragraph'
                ? first.children.filter((k) => !(k.type === 'text' && k.value.trim() === ''))
                : [];
            if (kids.length === 1 && kids[0]?.type === 'inlineCode')
                lines.push(kids[0].value);
        }
    }
    const text = lines.join('\n').slice(0, MAX_BLOCK_CHARS);
    return text.trim() === '' ? undefined : text;
}
function hasTask(item) {
    if (typeof item.checked === 'boolean')
        return true;
    return item.children.some((c) => c.type === 'list' && c.children.some(hasTask));
}
function itemText(item) {
    const first = item.children[0];
    return first?.type === 'paragraph' ? inlineOf(first.children) : inlineOf([]);
}
/** Boxes inside code blocks and HTML are not items; count them so the summary can say so. */
function countRawBoxes(node, outline) {
    if (node.type === 'code' || node.type === 'html') {
        outline.skipped += node.value.match(BOX_IN_RAW)?.length ?? 0;
        if (node.type === 'code' && outline.blocks.length < MAX_BLOCKS)
            outline.blocks.push(node.value.slice(0, MAX_BLOCK_CHARS));
        return;
    }
    if ('children' in node)
        for (const c of node.children)
            countRawBoxes(c, outline);
}

;// CONCATENATED MODULE: ./src/import/index.ts


/** More task items than a pull request comment can show and people can tick. */
const MAX_IMPORT_ITEMS = 1000;
/**
 * The largest checklist import reads. Real checklists run to about 15 KB (the largest of 147 read while
 * measuring the import); the Markdown parser holds some 600 bytes of syntax tree and events per byte, so
 * a 1 MiB file cost over 600 MB and 2 s whatever it held. A quarter of a megabyte keeps 17 times the
 * largest real one and bounds a hostile file to a fraction of that.
 */
const MAX_IMPORT_BYTES = 256 * 1024;
/**
 * A Markdown checklist as a Preflight definition. `source` names the file in messages and in the header
 * comment. Bad input is an answer with a message, never an exception.
 */
function importMarkdown(bytes, options) {
    const { source } = options;
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
    if (size === 0)
        return { ok: false, message: `${source} is empty: there is nothing to import` };
    if (size > MAX_IMPORT_BYTES)
        return { ok: false, message: tooLarge(source, size) };
    const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
    const junk = notText(text);
    if (junk)
        return { ok: false, message: `${source} is not a Markdown text file: ${junk}` };
    const shape = shapeProblem(text);
    if (shape)
        return { ok: false, message: `${source} ${shape}` };
    let outline;
    try {
        outline = readOutline(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        return { ok: false, message: `${source} could not be read as Markdown (${e.message})` };
    }
    const count = outline.groups.reduce((n, g) => n + g.items.length, 0);
    if (count === 0)
        return {
            ok: false,
            message: `${source} has no task items ("- [ ] …" list items): nothing to import${outline.skipped > 0 ? ` (${outline.skipped} boxes inside code blocks or HTML comments are not items)` : ''}`,
        };
    if (count > MAX_IMPORT_ITEMS)
        return {
            ok: false,
            message: `${source} has ${count} task items; a checklist holds at most ${MAX_IMPORT_ITEMS} (split it into several checklists)`,
        };
    return { ok: true, ...outlineToYaml(outline, options) };
}
function tooLarge(source, size) {
    return `${source} is ${mib(size)}; import reads Markdown checklists of at most ${mib(MAX_IMPORT_BYTES)} (split it into several checklists)`;
}
/**
 * Shapes the Markdown parser handles slowly or through deep recursion, refused up front in one linear pass:
 * lists or quotes nested more than MAX_NESTING deep (by markers or by indentation), and paragraphs with
 * thousands of brackets (each unresolved link costs the parser a look-ahead).
 */
const MAX_NESTING = 32;
const MAX_BRACKETS_PER_BLOCK = 8 * MAX_IMPORT_ITEMS;
const OPENERS = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/;
/** A line that opens a task box: the parser's count can only be lower (boxes in code are not items). */
const BOX_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/;
/** Above this many box lines the file is refused before it is parsed; up to it, the parser counts. */
const MAX_BOX_LINES = 2 * MAX_IMPORT_ITEMS;
function shapeProblem(text) {
    let brackets = 0;
    let blockStart = 1;
    let lineNo = 0;
    let boxes = 0;
    for (const line of text.split('\n')) {
        lineNo += 1;
        if (BOX_LINE.test(line))
            boxes += 1;
        if (line.trim() === '') {
            brackets = 0;
            blockStart = lineNo + 1;
            continue;
        }
        const openers = OPENERS.exec(line)?.[0] ?? '';
        const depth = openers.match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
        const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
        if (depth > MAX_NESTING || (depth > 0 && indent > 4 * MAX_NESTING))
            return `nests lists or quotes too deep on line ${lineNo}; a checklist needs at most ${MAX_NESTING} levels`;
        for (let i = line.indexOf('['); i !== -1; i = line.indexOf('[', i + 1)) {
            if (!/^\[[ xX]\]/.test(line.slice(i, i + 3)))
                brackets += 1;
        }
        if (brackets > MAX_BRACKETS_PER_BLOCK)
            return `has a paragraph (from line ${blockStart}) with more than ${MAX_BRACKETS_PER_BLOCK} "[" brackets; it does not look like a checklist`;
    }
    // Tens of thousands of boxes are refused without building their syntax tree, which costs the parser
    // about 20 KB a box; a count near the limit is left to the parser, which knows a box in code is no item.
    if (boxes > MAX_BOX_LINES)
        return `has ${boxes} task boxes; a checklist holds at most ${MAX_IMPORT_ITEMS} items (split it into several checklists)`;
    return undefined;
}
function notText(text) {
    if (text.includes('\0'))
        return 'it holds NUL bytes (a binary file?)';
    let bad = 0;
    let control = 0;
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c === 0xfffd)
            bad += 1;
        else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)
            control += 1;
    }
    if (bad > 8 && bad * 100 > text.length)
        return 'it is not UTF-8 text';
    if (control > 8 && control * 100 > text.length)
        return 'it holds control characters (a binary file?)';
    return undefined;
}
const mib = (n) => n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
function summaryLine(s) {
    const extra = [
        s.split > 0 ? `${s.split} split into several checks` : '',
        s.guessed > 0 ? `${s.guessed} guessed (see the comments)` : '',
        s.unavailable.length > 0 ? `not available here: ${s.unavailable.join(', ')}` : '',
    ].filter(Boolean);
    return `${s.items} items: ${s.automated} automated, ${s.manual} manual, ${s.skipped} skipped${extra.length ? `; ${extra.join('; ')}` : ''}`;
}


/***/ }),

/***/ 2450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ IdAllocator),
/* harmony export */   t: () => (/* binding */ slugOf)
/* harmony export */ });
/**
 * A stable id from text: lowercase ASCII words joined by "-". Words with other characters (emoji, and
 * emoji that were mis-encoded upstream) are left out rather than transliterated into noise.
 */
function slugOf(text, fallback, max = 48) {
    const words = text
        .toLowerCase()
        .replace(/[`*~[\]()'"]/g, '')
        .split(/[\s/\\:;,!?=<>+&|#@$%^{}]+/)
        .filter((w) => w !== '' && /^[\x20-\x7e]+$/.test(w))
        .map((w) => w.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
        .filter((w) => w !== '');
    let out = '';
    for (const w of words) {
        const next = out === '' ? w : `${out}-${w}`;
        if (next.length > max)
            break;
        out = next;
    }
    if (out === '' && words[0])
        out = words[0].slice(0, max).replace(/-+$/, '');
    return out === '' ? fallback : out;
}
/** Hands out ids that are unique within one definition: the slug, then slug-2, slug-3, … */
class IdAllocator {
    used = new Set();
    next = new Map();
    take(text, fallback) {
        const base = slugOf(text, fallback);
        let id = base;
        let n = this.next.get(base) ?? 2;
        while (this.used.has(id))
            id = `${base}-${n++}`;
        this.next.set(base, n);
        this.used.add(id);
        return id;
    }
}


/***/ })

};
