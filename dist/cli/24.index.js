export const id = 24;
export const ids = [24];
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

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ createGitClient),
/* harmony export */   X: () => (/* binding */ gitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

function gitRunner(cwd, gitBinary = 'git') {
    return (args, input) => new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(gitBinary, 
        // Configuration that could make git run a program (fsmonitor, hooks) is switched off: the
        // checkout may be a pull request's, read in a privileged run.
        ['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], {
            cwd,
            maxBuffer: 512 * 1024 * 1024,
            encoding: 'utf8',
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
        }, (err, stdout, stderr) => {
            if (err && typeof err.code !== 'number') {
                reject(new Error(`git could not run: ${err.message}`));
                return;
            }
            resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
function createGitClient(run) {
    const once = (f) => {
        let p;
        return () => (p ??= f());
    };
    const list = async (args) => {
        const r = await run(args);
        if (r.code !== 0)
            throw new Error(gitError(r.stderr));
        return r.stdout.split('\0').filter((s) => s !== '');
    };
    return {
        // A file with a merge conflict is in the index once per stage: list it once.
        trackedFiles: once(async () => [...new Set(await list(['ls-files', '-z', '--cached']))]),
        untrackedFiles: once(() => list(['ls-files', '-z', '--others', '--exclude-standard'])),
        async ignored(paths) {
            if (paths.length === 0)
                return new Set();
            const r = await run(['check-ignore', '--no-index', '-z', '--stdin'], paths.join('\0') + '\0');
            if (r.code > 1)
                throw new Error(gitError(r.stderr));
            return new Set(r.stdout.split('\0').filter((s) => s !== ''));
        },
        changedFiles: (base) => list(['diff', '-z', '--name-only', `${base}...HEAD`]),
    };
}
function gitError(stderr) {
    const line = stderr.split('\n').find((l) => l.trim() !== '') ?? 'git failed';
    return /not a git repository/i.test(line)
        ? 'the directory is not a git repository'
        : line.replace(/^fatal: /, 'git: ');
}


/***/ }),

/***/ 7024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yQ: () => (/* binding */ loadDefinition),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: evaluateChecklist

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/registry.ts + 85 modules
var registry = __webpack_require__(6864);
// EXTERNAL MODULE: ./src/definition/load.ts
var load = __webpack_require__(4505);
// EXTERNAL MODULE: ./src/definition/interpolate.ts
var interpolate = __webpack_require__(7594);
// EXTERNAL MODULE: ./src/definition/model.ts
var model = __webpack_require__(4984);
;// CONCATENATED MODULE: ./src/util/map-limit.ts
/** Runs `work` over `inputs` with at most `limit` at once; results keep the input order. */
async function mapLimit(inputs, limit, work, signal) {
    const results = new Array(inputs.length);
    let next = 0;
    const worker = async () => {
        while (next < inputs.length) {
            signal?.throwIfAborted();
            const i = next++;
            results[i] = await work(inputs[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/util/glob.ts
var glob = __webpack_require__(3596);
;// CONCATENATED MODULE: ./src/engine/conditions.ts

function changedPaths(globs) {
    if (!globs)
        return () => undefined;
    const match = (0,glob/* globMatcher */.fU)(globs, { dot: true });
    return (f) => f.changedPaths && !f.changedPaths.some((p) => match(p))
        ? `no changed file matches ${globs.join(', ')}`
        : undefined;
}
function labels(wanted) {
    return (f) => wanted && f.labels && !wanted.some((l) => f.labels?.includes(l))
        ? `no label ${wanted.join(' or ')}`
        : undefined;
}
function branch(which, globs) {
    return (f) => {
        const name = which === 'base' ? f.baseBranch : f.headBranch;
        return globs && name !== undefined && !(0,glob/* globMatch */.eu)(name, globs)
            ? `${which} branch ${name} is not ${globs.join(' or ')}`
            : undefined;
    };
}
function firstFailure(rules, facts) {
    for (const rule of rules) {
        const reason = rule(facts);
        if (reason !== undefined)
            return { applies: false, reason };
    }
    return { applies: true };
}
function itemApplies(when, facts) {
    if (!when)
        return { applies: true };
    return firstFailure([changedPaths(when.paths), labels(when.labels), branch('base', when.baseBranches)], facts);
}
/** Whether a checklist gates a pull request with these facts (every rule given must hold). */
function checklistApplies(rule, facts) {
    if (!rule)
        return { applies: true };
    return firstFailure([branch('head', rule.headBranches), branch('base', rule.baseBranches), labels(rule.labels)], facts);
}

;// CONCATENATED MODULE: ./src/engine/redact.ts
/** Names of environment variables whose values are treated as secrets. */
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|AUTH|COOKIE|SESSION|DATABASE_URL|DSN/i;
/** Values read from a secret-looking name shorter than this are not treated as secrets (`AUTH=1`). */
const MIN_SECRET_LENGTH = 6;
/** Values declared secret (header-from-env, env policy, tokens, found secrets) are scrubbed from this length. */
const MIN_DECLARED_LENGTH = 4;
/** A cut-off piece of a secret at the edge of a shortened text is scrubbed from this many characters. */
const MIN_EDGE_OVERLAP = 4;
/** The secret-looking values of an environment, longest first (so a value containing another is cut whole). */
function secretsOf(env) {
    return Object.entries(env)
        .filter((e) => typeof e[1] === 'string' && e[1].length >= MIN_SECRET_LENGTH && SECRET_NAME.test(e[0]))
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => b.value.length - a.value.length);
}
/** Whether a name (a variable, a query parameter, a header) says its value is a secret. */
function looksSecretName(name) {
    return SECRET_NAME.test(name) || /(^|[-_.])(sig|signature|key|code|jwt|pass|pwd|hash)$/i.test(name);
}
/**
 * Every form a secret may take in text Preflight writes: as it is, URL-encoded (`%XX` and form `+`),
 * JSON-escaped, hexadecimal (lower and upper case, as a digest or a hex dump prints bytes), and base64 /
 * base64url at each of the three alignments inside a longer base64 text (so `Authorization: Basic …` of
 * `user:secret` is caught too).
 */
function secretForms(value) {
    const forms = new Set([value]);
    forms.add(encodeURIComponent(value));
    forms.add(new URLSearchParams({ v: value }).toString().slice(2));
    forms.add(JSON.stringify(value).slice(1, -1));
    forms.add(JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1));
    const bytes = Buffer.from(value, 'utf8');
    forms.add(bytes.toString('hex'));
    forms.add(bytes.toString('hex').toUpperCase());
    for (let k = 0; k < 3; k += 1) {
        const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
        const from = Math.ceil((k * 8) / 6);
        const to = Math.floor(((k + bytes.length) * 8) / 6);
        const core = b64.slice(from, to);
        if (core.length >= MIN_DECLARED_LENGTH) {
            forms.add(core);
            forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
        }
    }
    return [...forms].filter((f) => f.length >= Math.min(MIN_DECLARED_LENGTH, value.length));
}
/**
 * The secrets of one run and how to scrub them from any text. Values are added as they become known (the
 * environment at the start, what checks declare while they run); scrubbing replaces every form of every
 * value with `[redacted NAME]`, longest first, and a piece of one cut off at the edge of a shortened text.
 */
class SecretSet {
    forms = new Map();
    sorted;
    constructor(initial = []) {
        for (const s of initial)
            this.add(s.name, s.value);
    }
    add(name, value) {
        if (value.length < MIN_DECLARED_LENGTH)
            return;
        for (const form of secretForms(value))
            if (!this.forms.has(form))
                this.forms.set(form, name);
        this.sorted = undefined;
    }
    get size() {
        return this.forms.size;
    }
    scrub(text) {
        if (this.forms.size === 0 || text === '')
            return text;
        this.sorted ??= [...this.forms].sort((a, b) => b[0].length - a[0].length);
        let out = text;
        for (const [form, name] of this.sorted) {
            if (out.includes(form))
                out = out.split(form).join(`[redacted ${name}]`);
        }
        return this.scrubEdges(out);
    }
    /** A shortened text (ending or starting with an ellipsis) may hold a secret's first or last characters. */
    scrubEdges(text) {
        const tail = /(\.\.\.|…)$/.exec(text);
        const head = /^(\.\.\.|…)/.exec(text);
        if (!tail && !head)
            return text;
        let out = text;
        for (const [form, name] of this.sorted ?? []) {
            if (form.length <= MIN_EDGE_OVERLAP)
                continue;
            if (tail) {
                const body = out.slice(0, out.length - tail[0].length);
                for (let n = Math.min(form.length - 1, body.length); n >= MIN_EDGE_OVERLAP; n -= 1) {
                    if (body.endsWith(form.slice(0, n))) {
                        out = `${body.slice(0, body.length - n)}[redacted ${name}]${tail[0]}`;
                        break;
                    }
                }
            }
            if (head) {
                const body = out.slice(head[0].length);
                for (let n = Math.min(form.length - 1, body.length); n >= MIN_EDGE_OVERLAP; n -= 1) {
                    if (body.startsWith(form.slice(form.length - n))) {
                        out = `${head[0]}[redacted ${name}]${body.slice(n)}`;
                        break;
                    }
                }
            }
        }
        return out;
    }
    /** Every string inside a JSON-like value, keys included, scrubbed. */
    scrubDeep(value) {
        if (this.forms.size === 0)
            return value;
        return this.deep(value);
    }
    deep(value) {
        if (typeof value === 'string')
            return this.scrub(value);
        if (Array.isArray(value))
            return value.map((v) => this.deep(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.scrub(k), this.deep(v)]));
        }
        return value;
    }
}
/**
 * Replaces every form of every secret in the outcome's text (summary, evidence, findings). The status is
 * Preflight's own word (`pass`, `fail`, `error`, `skipped`), never text from outside: it is kept as it is,
 * so a secret that happens to equal one of those words cannot change the verdict.
 */
function redactOutcome(outcome, secrets) {
    return { ...secrets.scrubDeep(outcome), status: outcome.status };
}

;// CONCATENATED MODULE: ./src/engine/declared-secrets.ts


/** A query value this long is scrubbed whatever its parameter is called: it is a token more often than not. */
const LONG_QUERY_VALUE = 20;
/**
 * The values a checklist names as secrets, read before anything runs so that no output can show them,
 * whichever check prints them: `header-from-env` and `token-env` variables, the variables of `env.policy`,
 * and the credentials and token-like query values of every target and `url`.
 */
function declaredSecrets(checklist, env) {
    const out = [];
    const fromEnv = (name) => {
        if (typeof name !== 'string')
            return;
        const value = env[name];
        if (typeof value === 'string' && value !== '')
            out.push({ name, value });
    };
    for (const url of Object.values(checklist.targets))
        out.push(...urlSecrets(url));
    for (const item of (0,model/* allItems */.a)(checklist)) {
        const p = item.check?.params;
        if (!p)
            continue;
        for (const variable of Object.values(asRecord(p['header-from-env'])))
            fromEnv(variable);
        fromEnv(p['token-env']);
        if (item.check?.kind === 'env.policy') {
            for (const [name, rule] of Object.entries(asRecord(p.variables)))
                if (secretRule(name, rule))
                    fromEnv(name);
        }
        if (typeof p.url === 'string')
            out.push(...urlSecrets(p.url));
    }
    return out;
}
/** A URL's user name and password, and its query values that look like tokens. */
function urlSecrets(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return [];
    }
    const out = [];
    if (url.password !== '')
        out.push({ name: 'URL password', value: decodeURIComponent(url.password) });
    if (url.username !== '' && url.password !== '')
        out.push({ name: 'URL user', value: decodeURIComponent(url.username) });
    // Most URLs have no query: their search parameters are not built at all.
    if (url.search === '')
        return out;
    for (const [name, value] of url.searchParams) {
        if (value === '')
            continue;
        if (looksSecretName(name) || value.length >= LONG_QUERY_VALUE)
            out.push({ name: `query ${name.slice(0, 40)}`, value });
    }
    return out;
}
/** An env.policy variable is a secret when its name says so or its rule asks for a key's strength. */
function secretRule(name, rule) {
    const r = asRecord(rule);
    return (looksSecretName(name) ||
        r['min-bytes'] !== undefined ||
        r['exact-bytes'] !== undefined ||
        r['jwt-alg'] !== undefined ||
        r.secret === true);
}
function asRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

;// CONCATENATED MODULE: ./src/engine/proxy-evidence.ts
/**
 * One item's view of the context's proxy resolver: the same decisions, remembered, so the result can say
 * which proxies its probes went through (origins only: no user name or password).
 */
function recordProxies(resolver) {
    if (!resolver)
        return { used: () => [] };
    const used = new Set();
    return {
        resolver: (target) => {
            const proxy = resolver(target);
            if (proxy)
                used.add(proxy.origin);
            return proxy;
        },
        used: () => [...used],
    };
}
/** The evidence with `proxy` added when a probe went through one (one origin, or the list). */
function withProxyEvidence(evidence, used) {
    if (used.length === 0)
        return evidence;
    return { ...evidence, proxy: used.length === 1 ? used[0] : used };
}

;// CONCATENATED MODULE: ./src/engine/report.ts
function countResults(items) {
    const c = { total: items.length, pass: 0, fail: 0, error: 0, skipped: 0, manual: 0 };
    for (const i of items)
        c[i.status] += 1;
    return c;
}
function decideState(items) {
    const blocking = items
        .filter((i) => i.required && (i.status === 'fail' || i.status === 'error'))
        .map((i) => i.id);
    if (blocking.length > 0)
        return { state: 'fail', blocking };
    const pending = items.some((i) => i.required && i.status === 'manual');
    return { state: pending ? 'pending' : 'pass', blocking };
}

// EXTERNAL MODULE: ./src/util/error-line.ts
var error_line = __webpack_require__(9193);
// EXTERNAL MODULE: ./src/engine/network-limits.ts
var network_limits = __webpack_require__(6537);
;// CONCATENATED MODULE: ./src/engine/evaluate.ts










const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_CONCURRENCY = 8;

/** Runs the automated items (bounded, each with a timeout) and returns the report. Never throws for a check. */
async function evaluate(checklist, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const items = (0,model/* allItems */.a)(checklist);
    // The whole job's secret values, even those `context.env` withholds from a checklist the pull request wrote.
    const secretEnv = options.secretEnv ?? options.context.env;
    const declared = declaredSecrets(checklist, secretEnv);
    for (const s of declared)
        options.context.registerSecret?.(s.value);
    const secrets = new SecretSet([...secretsOf(secretEnv), ...declared]);
    if (options.scanner) {
        const scan = options.scanner(plannedJobs(items, options));
        options = { ...options, context: { ...options.context, scan } };
    }
    const exclusive = new TargetLocks();
    const perHost = new HostLimits(Math.max(1, options.perHostConcurrency ?? network_limits/* PER_HOST_CONCURRENCY */.dX));
    let done = 0;
    const one = async (item) => {
        const host = targetHost(item, options);
        const key = trafficKey(item, options, host);
        const result = await perHost.run(host, () => exclusive.run(key, () => evaluateItem(item, checklist, options, now, secrets)));
        done += 1;
        options.onItemDone?.(result, done, items.length);
        return result;
    };
    // Two pools: local items share the CPU-bound limit, network items have their own (bounded per host).
    const network = items.filter((item) => isNetworkItem(item, options));
    const local = items.filter((item) => !isNetworkItem(item, options));
    const [localResults, networkResults] = await Promise.all([
        mapLimit(local, Math.max(1, options.concurrency), one),
        mapLimit(network, Math.max(1, options.networkConcurrency ?? network_limits/* NETWORK_CONCURRENCY */.vL), one),
    ]);
    const byItem = new Map();
    local.forEach((item, i) => byItem.set(item, localResults[i]));
    network.forEach((item, i) => byItem.set(item, networkResults[i]));
    const results = items.map((item) => byItem.get(item));
    const finished = now();
    const { state, blocking } = decideState(results);
    return {
        schema: 'preflight-report/v1',
        tool: { name: 'preflight', version: options.version },
        checklist: { id: checklist.id, title: checklist.title, files: checklist.files },
        startedAt: new Date(started).toISOString(),
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        state,
        counts: countResults(results),
        blocking,
        sections: checklist.sections.map((s) => ({ id: s.id, title: s.title })),
        // Once more at the end: a value a later check declared may sit in an earlier check's output.
        items: results.map((r) => ({
            ...r,
            summary: secrets.scrub(r.summary),
            evidence: secrets.scrubDeep(r.evidence),
            findings: secrets.scrubDeep(r.findings),
        })),
    };
}
/** The content jobs of the items that will run: one read pass serves them all. */
function plannedJobs(items, options) {
    const jobs = [];
    for (const item of items) {
        if (!item.check || !itemApplies(item.when, options.facts).applies)
            continue;
        const kind = options.registry.get(item.check.kind);
        if (kind?.content)
            jobs.push(...kind.content(item.check.params ?? {}));
    }
    return jobs;
}
async function evaluateItem(item, checklist, options, now, secrets) {
    const base = {
        id: item.id,
        title: item.title,
        section: item.section,
        required: item.required,
        kind: item.check?.kind,
        source: item.source,
        findings: [],
    };
    const applicability = itemApplies(item.when, options.facts);
    if (!applicability.applies) {
        return { ...base, status: 'skipped', summary: `not applicable: ${applicability.reason}`, durationMs: 0 };
    }
    if (!item.check)
        return { ...base, status: 'manual', summary: 'to be ticked by a person', durationMs: 0 };
    const kind = options.registry.get(item.check.kind);
    const started = now();
    if (!kind)
        return { ...base, status: 'error', summary: `unknown check kind ${item.check.kind}`, durationMs: 0 };
    const notHere = notRunnableHere(kind, item.check.params, checklist, options);
    if (notHere)
        return { ...base, status: 'skipped', summary: notHere, durationMs: 0 };
    const timeoutMs = item.timeoutMs ?? options.defaultTimeoutMs;
    const proxies = recordProxies(options.context.proxy);
    const outcome = redactOutcome(await runWithTimeout((signal) => kind.run(item.check?.params ?? {}, {
        ...options.context,
        signal,
        proxy: proxies.resolver,
        registerSecret: (value) => {
            secrets.add('secret', value);
            options.context.registerSecret?.(value);
        },
        scrub: (text) => secrets.scrub(text),
    }), timeoutMs, options.signal), secrets);
    return {
        ...base,
        status: outcome.status,
        summary: outcome.summary,
        evidence: withProxyEvidence(outcome.evidence, proxies.used()),
        findings: outcome.findings ?? [],
        durationMs: now() - started,
    };
}
/** An item whose kind probes a target over the network. */
function isNetworkItem(item, options) {
    const kind = item.check ? options.registry.get(item.check.kind) : undefined;
    return kind?.scope === 'target';
}
/**
 * The target a latency or load item sends its traffic to (its host), or undefined for other items; items
 * with the same key run one after the other.
 */
function trafficKey(item, options, host) {
    const kind = item.check ? options.registry.get(item.check.kind) : undefined;
    if (!kind?.traffic)
        return undefined;
    return host;
}
/** The host a network item probes (`host:port` of its URL or target), or undefined for other items. */
function targetHost(item, options) {
    if (!item.check || !isNetworkItem(item, options))
        return undefined;
    const params = item.check.params;
    const targets = options.context.targets;
    const names = Object.keys(targets);
    const name = typeof params.target === 'string' ? params.target : names.length === 1 ? names[0] : undefined;
    const raw = typeof params.url === 'string' ? params.url : name !== undefined ? targets[name] : undefined;
    if (raw === undefined)
        return 'the target';
    try {
        return new URL(raw).host;
    }
    catch {
        return raw;
    }
}
/** At most `limit` runs at once per key; runs without a key start at once. */
class HostLimits {
    limit;
    active = new Map();
    waiting = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    async run(key, task) {
        if (key === undefined)
            return task();
        if ((this.active.get(key) ?? 0) >= this.limit) {
            await new Promise((resolve) => {
                this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]);
            });
        }
        else
            this.active.set(key, (this.active.get(key) ?? 0) + 1);
        try {
            return await task();
        }
        finally {
            // Hand the slot to the next waiter, or give it back.
            const next = this.waiting.get(key)?.shift();
            if (next)
                next();
            else
                this.active.set(key, (this.active.get(key) ?? 1) - 1);
        }
    }
}
/** One run at a time per key; runs without a key start at once. */
class TargetLocks {
    tails = new Map();
    run(key, task) {
        if (key === undefined)
            return task();
        const before = this.tails.get(key) ?? Promise.resolve();
        const mine = before.then(task, task);
        this.tails.set(key, mine.catch(() => undefined));
        return mine;
    }
}
/**
 * Why an item cannot run in this run and is skipped rather than failed: it probes a target whose variable
 * is not set, or it asks GitHub about a pull request on a local run. Undefined when it can run.
 */
function notRunnableHere(kind, params, checklist, options) {
    if (kind.scope === 'github' && !options.context.github && options.skipGithubWithoutPullRequest) {
        return 'runs on the pull request (the action asks GitHub; --strict runs it here)';
    }
    const unset = checklist.unsetTargets;
    if (kind.scope !== 'target' || !unset || params.url !== undefined)
        return undefined;
    let name = typeof params.target === 'string' ? params.target : undefined;
    if (name === undefined && Object.keys(options.context.targets).length === 0) {
        const names = Object.keys(unset);
        if (names.length === 1)
            name = names[0];
    }
    const hint = name !== undefined && Object.hasOwn(unset, name) ? unset[name] : undefined;
    return hint === undefined ? undefined : `no target (${hint})`;
}
/**
 * Why a check's signal fires once the check has ended (whatever it left running stops): one value for
 * every check, so no exception and its stack are made per check, as `abort()` without a reason does.
 */
const CHECK_ENDED = new Error('the check has ended');
/** The check's outcome; `error` if it throws, returns nothing usable, or outlives its timeout. */
async function runWithTimeout(run, timeoutMs, outer) {
    if (outer?.aborted)
        return { status: 'error', summary: 'cancelled' };
    const controller = new AbortController();
    const signal = outer ? AbortSignal.any([controller.signal, outer]) : controller.signal;
    let timer;
    const expiry = new Promise((resolve) => {
        const stop = (summary) => resolve({ status: 'error', summary });
        // Clamped: a timer past 2^31 ms would fire at once; definitions are limited to an hour anyway.
        timer = setTimeout(() => {
            controller.abort();
            stop(`timed out after ${formatMs(timeoutMs)}`);
        }, Math.min(Math.max(1, timeoutMs), interpolate/* MAX_DURATION_MS */.rG));
        outer?.addEventListener('abort', () => stop('cancelled'), { once: true });
    });
    try {
        const outcome = await Promise.race([Promise.resolve().then(() => run(signal)), expiry]);
        return isOutcome(outcome) ? outcome : { status: 'error', summary: 'the check returned no result' };
    }
    catch (e) {
        if (controller.signal.aborted)
            return { status: 'error', summary: `timed out after ${formatMs(timeoutMs)}` };
        return { status: 'error', summary: `the check failed: ${(0,error_line/* errorLine */.B)(e)}` };
    }
    finally {
        clearTimeout(timer);
        controller.abort(CHECK_ENDED);
    }
}
function isOutcome(v) {
    const o = v;
    return (typeof o === 'object' &&
        o !== null &&
        ['pass', 'fail', 'error', 'skipped'].includes(o.status) &&
        typeof o.summary === 'string');
}

function formatMs(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    return `${Number((ms / 60_000).toFixed(1))}m`;
}

// EXTERNAL MODULE: ./src/io/files.ts
var files = __webpack_require__(3839);
// EXTERNAL MODULE: ./src/io/git.ts
var io_git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/scan/pass.ts + 18 modules
var pass = __webpack_require__(1795);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline/check.ts








function loadDefinition(request) {
    const cwd = request.cwd ?? process.cwd();
    return (0,load/* loadChecklist */.VN)(request.checklist, {
        // `extends` stays inside the repository the entry file is in.
        readFile: (0,files/* definitionReader */.xR)(cwd, (0,files/* definitionRoot */.kL)(external_node_path_default().resolve(cwd, request.checklist), request.repoDir)),
        registry: request.registry ?? registry.defaultRegistry,
        builtins: (0,files/* builtinNames */.AP)(),
        env: request.env,
        targetOverrides: request.targets,
        withheld: request.withheld,
        unsetTargets: request.lenient ? 'skip' : 'error',
    });
}
async function runCheck(request) {
    const loaded = loadDefinition(request);
    if (!loaded.ok)
        return loaded;
    return {
        ok: true,
        checklist: loaded.checklist,
        warnings: loaded.warnings,
        report: await evaluateChecklist(loaded.checklist, request),
    };
}
/** Evaluates a loaded checklist against a repository. */
function evaluateChecklist(checklist, request) {
    const git = request.git ?? (0,io_git/* createGitClient */.O)((0,io_git/* gitRunner */.X)(request.repoDir));
    return evaluate(checklist, {
        registry: request.registry ?? registry.defaultRegistry,
        // A checklist the pull request wrote does not see the withheld variables; they are still redacted.
        secretEnv: request.env,
        context: {
            repoDir: request.repoDir,
            env: request.withheld
                ? Object.fromEntries(Object.entries(request.env).filter(([k]) => !request.withheld?.has(k)))
                : request.env,
            targets: checklist.targets,
            git,
            allowCommands: request.allowCommands ?? true,
            withheld: request.withheld,
            github: request.github,
            registerSecret: request.registerSecret,
            proxy: request.proxy,
            envIsLocalShell: request.envIsLocalShell,
        },
        facts: { ...request.facts },
        concurrency: request.concurrency ?? DEFAULT_CONCURRENCY,
        networkConcurrency: request.networkConcurrency,
        defaultTimeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        version: version/* VERSION */.x,
        signal: request.signal,
        skipGithubWithoutPullRequest: request.lenient ?? false,
        onItemDone: request.onItemDone,
        scanner: (jobs) => (0,pass/* createContentScanner */.g)(jobs, {
            repoDir: request.repoDir,
            git,
            spare: request.spareWorkers,
            signal: request.signal,
        }),
    });
}


/***/ })

};
