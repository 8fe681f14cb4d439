export const id = 961;
export const ids = [961];
export const modules = {

/***/ 8147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cL: () => (/* binding */ frameAncestors),
  t1: () => (/* binding */ isBroad),
  U2: () => (/* binding */ judgeCsp),
  c3: () => (/* binding */ upgradesInsecureRequests)
});

;// CONCATENATED MODULE: ./src/checks/web/headers/csp-parse.ts
/**
 * Content-Security-Policy parsing (CSP Level 3), with the validity rules of Mozilla HTTP Observatory: a
 * policy shorter than a directive or a directive repeated inside one policy (other than report-uri and
 * report-to) makes the whole header invalid. Directive names and sources are compared in lower case.
 */
/** Directives a `<meta http-equiv>` policy may not carry; browsers drop them there. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];
const MAY_REPEAT = new Set(['report-uri', 'report-to']);
/** The shortest policy worth reading ("img-src" less one character, as Observatory counts). */
const SHORTEST = 6;
/**
 * Every enforced policy of a response: each header field may hold several policies separated by commas;
 * each `<meta http-equiv="Content-Security-Policy">` holds one, without the header-only directives.
 * A meta policy left empty by that is dropped.
 */
function parseCsp(headerValues, metaValues = []) {
    const policies = [];
    for (const value of [...headerValues, ...metaValues]) {
        const clean = value.replace(/[\r\n]/g, '').trim();
        if (clean.length < SHORTEST)
            return { ok: false, problem: `policy too short: '${clean}'` };
    }
    for (const value of headerValues) {
        for (const serialized of value.split(',')) {
            if (serialized.trim() === '')
                continue;
            const parsed = parsePolicy(serialized);
            if (typeof parsed === 'string')
                return { ok: false, problem: parsed };
            policies.push(parsed);
        }
    }
    for (const value of metaValues) {
        const parsed = parsePolicy(value);
        if (typeof parsed === 'string')
            return { ok: false, problem: parsed };
        for (const name of HEADER_ONLY)
            parsed.delete(name);
        if (parsed.size > 0)
            policies.push(parsed);
    }
    return { ok: true, policies };
}
/** One serialized policy; a string is the reason it is invalid. */
function parsePolicy(serialized) {
    const policy = new Map();
    for (const part of serialized.replace(/[\r\n]/g, '').split(';')) {
        const tokens = part
            .trim()
            .split(/\s+/)
            .filter((t) => t !== '');
        const [first, ...sources] = tokens;
        if (first === undefined)
            continue;
        const name = first.toLowerCase();
        if (policy.has(name)) {
            if (MAY_REPEAT.has(name))
                continue;
            return `the directive ${name} appears twice in one policy`;
        }
        const lower = sources.map((s) => s.toLowerCase());
        policy.set(name, lower.length === 0 && name.endsWith('-src') ? ["'none'"] : lower);
    }
    return policy;
}
/** The sources that govern `directive`: its own, else default-src's, else undefined (no restriction). */
function effectiveSources(policy, directive) {
    return policy.get(directive) ?? policy.get('default-src');
}

// EXTERNAL MODULE: ./src/checks/web/headers/subtest.ts
var subtest = __webpack_require__(6297);
;// CONCATENATED MODULE: ./src/checks/web/headers/csp.ts


const BROAD = ['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*'];
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const PASSIVE = new Set(['img-src', 'media-src']);
function judgeCsp(input, options = {}) {
    const meta = input.meta ?? [];
    const seen = [...input.header, ...meta.map((m) => `<meta> ${m}`)];
    const parsed = parseCsp(input.header, meta);
    if (!parsed.ok)
        return (0,subtest/* fail */.fJ)(`invalid: ${parsed.problem}`, seen);
    if (parsed.policies.length === 0) {
        const reportOnly = (input.reportOnly ?? []).length > 0;
        return (0,subtest/* fail */.fJ)(reportOnly ? 'missing (only Content-Security-Policy-Report-Only is set)' : 'missing', seen);
    }
    const perPolicy = parsed.policies.map((p) => policyProblems(p, input.https, options));
    // Something is allowed only if every enforced policy allows it.
    const effective = perPolicy[0].filter((p) => perPolicy.every((list) => list.some((q) => q.key === p.key)));
    const invalid = perPolicy.flat().find((p) => p.key === 'invalid');
    if (invalid)
        return (0,subtest/* fail */.fJ)(`invalid: ${invalid.text}`, seen);
    if (effective.length > 0)
        return (0,subtest/* fail */.fJ)(effective.map((p) => p.text).join('; '), seen);
    return (0,subtest/* pass */.IX)(parsed.policies.length === 1
        ? 'scripts are restricted'
        : `${parsed.policies.length} policies restrict scripts`, seen);
}
/** What one policy lets through that Observatory fails. */
function policyProblems(policy, https, options = {}) {
    const out = [];
    const script = [...(effectiveSources(policy, 'script-src') ?? ['*'])];
    const style = [...(effectiveSources(policy, 'style-src') ?? ['*'])];
    const object = effectiveSources(policy, 'object-src') ?? ['*'];
    const scriptDeclared = effectiveSources(policy, 'script-src') !== undefined;
    const objectDeclared = effectiveSources(policy, 'object-src') !== undefined;
    let scripts = hasNonceOrHash(script) ? script.filter((s) => s !== "'unsafe-inline'") : script;
    const styles = hasNonceOrHash(style) ? style.filter((s) => s !== "'unsafe-inline'") : style;
    if (scripts.includes("'strict-dynamic'")) {
        if (!hasNonceOrHash(scripts)) {
            out.push({ key: 'invalid', text: "'strict-dynamic' without a nonce or hash" });
        }
        else {
            scripts = scripts.filter((s) => !isBroad(s, true) && s !== "'self'" && s !== "'unsafe-inline'");
        }
    }
    if (!options.allowUnsafeInline && scripts.includes("'unsafe-inline'")) {
        out.push({ key: 'unsafe-inline', text: "scripts allow 'unsafe-inline'" });
    }
    if (scripts.includes('data:'))
        out.push({ key: 'data', text: 'scripts allow data: URLs' });
    const broadScript = scripts.filter((s) => isBroad(s));
    if (broadScript.length > 0) {
        out.push({
            key: 'broad-script',
            text: scriptDeclared
                ? `scripts allow any host (${broadScript.join(' ')})`
                : 'no script-src or default-src: scripts may load from anywhere',
        });
    }
    const broadObject = object.filter((s) => isBroad(s));
    if (broadObject.length > 0) {
        out.push({
            key: 'broad-object',
            text: objectDeclared
                ? `object-src allows any host (${broadObject.join(' ')})`
                : "no object-src or default-src: plugins may load from anywhere (add object-src 'none')",
        });
    }
    if (https) {
        const active = [...policy]
            .filter(([name]) => !PASSIVE.has(name) && name !== 'script-src')
            .flatMap(([, sources]) => sources)
            .concat(scripts);
        const insecure = active.filter((s) => s.startsWith('http:') || s.startsWith('ftp:'));
        if (insecure.length > 0) {
            out.push({
                key: 'insecure',
                text: `an HTTPS page allows insecure sources (${unique(insecure).join(' ')})`,
            });
        }
    }
    if (!options.allowUnsafeEval && (scripts.includes("'unsafe-eval'") || styles.includes("'unsafe-eval'"))) {
        out.push({ key: 'unsafe-eval', text: "allows 'unsafe-eval'" });
    }
    return out;
}
/** frame-ancestors of the header policies that parse, or undefined when none sets it. */
function frameAncestors(headerValues) {
    const parsed = parseCsp(headerValues);
    if (!parsed.ok)
        return undefined;
    const lists = parsed.policies.map((p) => p.get('frame-ancestors')).filter((l) => l !== undefined);
    return lists.length === 0 ? undefined : lists.flat();
}
/** Whether a policy carries `upgrade-insecure-requests` (browsers then fetch http:// subresources over https). */
function upgradesInsecureRequests(headerValues, metaValues = []) {
    const parsed = parseCsp(headerValues, metaValues);
    return parsed.ok && parsed.policies.some((p) => p.has('upgrade-insecure-requests'));
}
function hasNonceOrHash(sources) {
    return sources.some((s) => NONCE_OR_HASH.some((prefix) => s.startsWith(prefix)));
}
/** `prefix`: also sources that merely start with a broad one (how 'strict-dynamic' drops host sources). */
function isBroad(source, prefix = false) {
    return prefix ? BROAD.some((b) => source.startsWith(b)) : BROAD.includes(source);
}
function unique(list) {
    return [...new Set(list)];
}


/***/ }),

/***/ 1747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ attr),
/* harmony export */   FE: () => (/* binding */ htmlElements),
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   ZC: () => (/* binding */ parseHtml)
/* harmony export */ });
/* harmony import */ var parse5__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
function parseHtml(text) {
    return (0,parse5__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { sourceCodeLocationInfo: true });
}
/**
 * Every HTML element in document order. Template contents are inert (never loaded) and are skipped, as are
 * SVG and MathML elements.
 */
function* htmlElements(node) {
    for (const child of node.childNodes) {
        if (!('tagName' in child))
            continue;
        if (child.namespaceURI === HTML_NS)
            yield child;
        if (child.tagName === 'template' && child.namespaceURI === HTML_NS)
            continue;
        yield* htmlElements(child);
    }
}
/** An attribute's value (names are lower case after parsing); undefined when absent. */
function attr(el, name) {
    return el.attrs.find((a) => a.name === name && a.namespace === undefined)?.value;
}
/** Where an element starts in the source, 1-based. */
function position(el) {
    const loc = el.sourceCodeLocation;
    return loc ? { line: loc.startLine, col: loc.startCol } : {};
}



/***/ }),

/***/ 443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metaPolicies)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1747);

/** Reads every `<meta>` of the page, wherever it sits (as Mozilla HTTP Observatory does). */
function metaPolicies(html) {
    const out = { csp: [] };
    for (const el of (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlElements */ .FE)((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHtml */ .ZC)(html))) {
        if (el.tagName !== 'meta')
            continue;
        const content = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)(el, 'content');
        const equiv = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)(el, 'http-equiv');
        if (equiv !== undefined && content !== undefined) {
            if (equiv.trim().toLowerCase() === 'content-security-policy' && content !== '')
                out.csp.push(content);
        }
        else if ((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)(el, 'name')?.trim().toLowerCase() === 'referrer' && content) {
            out.referrer = content;
        }
    }
    return out;
}


/***/ }),

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeSubresource: () => (/* binding */ describeSubresource),
  findMixedContent: () => (/* binding */ findMixedContent)
});

// EXTERNAL MODULE: ./src/checks/web/headers/csp.ts + 1 modules
var csp = __webpack_require__(8147);
// EXTERNAL MODULE: ./src/checks/web/html/meta.ts
var meta = __webpack_require__(443);
;// CONCATENATED MODULE: ./src/checks/web/html/insecure-url.ts
/**
 * Whether a subresource URL is fetched without TLS. `http:` is insecure; with `allowLocalhost`, loopback
 * hosts (localhost, *.localhost, 127.0.0.0/8, [::1]) are not, as Lighthouse's is-on-https treats them.
 * ws: is not a subresource of HTML and is judged by the WebSocket kind.
 */
function isInsecure(url, options = {}) {
    if (url.protocol !== 'http:')
        return false;
    return !(options.allowLocalhost && isLoopbackHost(url.hostname));
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (host === '[::1]')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// EXTERNAL MODULE: ./src/checks/web/html/document.ts
var html_document = __webpack_require__(1747);
;// CONCATENATED MODULE: ./src/checks/web/html/srcset.ts
/**
 * The URLs of a `srcset` attribute (HTML's "parse a srcset attribute", without the descriptors): candidates
 * are separated by commas, a URL runs to the next whitespace, and a comma that ends a URL ends its candidate.
 */
function srcsetUrls(value) {
    const urls = [];
    let i = 0;
    const n = value.length;
    const space = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
    while (i < n) {
        while (i < n && (space(value[i]) || value[i] === ','))
            i += 1;
        if (i >= n)
            break;
        const start = i;
        while (i < n && !space(value[i]))
            i += 1;
        let url = value.slice(start, i);
        if (url.endsWith(',')) {
            url = url.replace(/,+$/, '');
            if (url !== '')
                urls.push(url);
            continue;
        }
        urls.push(url);
        // Skip the descriptors up to the comma that ends this candidate (commas inside parentheses do not).
        let depth = 0;
        while (i < n) {
            const c = value[i];
            if (c === '(')
                depth += 1;
            else if (c === ')' && depth > 0)
                depth -= 1;
            else if (c === ',' && depth === 0)
                break;
            i += 1;
        }
    }
    return urls;
}

;// CONCATENATED MODULE: ./src/checks/web/html/subresources.ts


/** Attributes that load a subresource, by element. */
const URL_ATTRIBUTES = {
    script: ['src'],
    img: ['src', 'srcset'],
    source: ['src', 'srcset'],
    video: ['src', 'poster'],
    audio: ['src'],
    track: ['src'],
    iframe: ['src'],
    frame: ['src'],
    object: ['data'],
    embed: ['src'],
    form: ['action'],
    button: ['formaction'],
};
/** link rel values whose href the page loads. */
const LOADING_RELS = new Set([
    'stylesheet',
    'icon',
    'apple-touch-icon',
    'apple-touch-icon-precomposed',
    'mask-icon',
    'manifest',
    'preload',
    'modulepreload',
]);
/**
 * Every subresource URL of an HTML page: scripts, stylesheets and other loading `<link>`s, images and their
 * srcset candidates, media, frames, plugins and form targets. Relative URLs resolve against the first
 * `<base href>` (itself resolved against `pageUrl`); values that are not URLs are left out.
 */
function subresources(html, pageUrl) {
    const doc = (0,html_document/* parseHtml */.ZC)(html);
    const elements = [...(0,html_document/* htmlElements */.FE)(doc)];
    const base = documentBase(elements, pageUrl);
    const out = [];
    const add = (el, label, raw) => {
        const url = resolve(raw, base);
        if (url)
            out.push({ element: label, raw, url, ...(0,html_document/* position */.G1)(el) });
    };
    for (const el of elements) {
        const tag = el.tagName;
        if (tag === 'link') {
            const rels = ((0,html_document/* attr */.CF)(el, 'rel') ?? '')
                .toLowerCase()
                .split(/\s+/)
                .filter((r) => LOADING_RELS.has(r));
            if (rels.length === 0)
                continue;
            const href = (0,html_document/* attr */.CF)(el, 'href');
            if (href !== undefined && href.trim() !== '')
                add(el, `link rel=${rels.join(' ')} href`, href);
            const set = (0,html_document/* attr */.CF)(el, 'imagesrcset');
            if (set !== undefined)
                for (const u of srcsetUrls(set))
                    add(el, `link imagesrcset`, u);
            continue;
        }
        if (tag === 'input') {
            const type = ((0,html_document/* attr */.CF)(el, 'type') ?? '').trim().toLowerCase();
            const src = (0,html_document/* attr */.CF)(el, 'src');
            if (type === 'image' && src !== undefined && src.trim() !== '')
                add(el, 'input type=image src', src);
            const formaction = (0,html_document/* attr */.CF)(el, 'formaction');
            if (formaction !== undefined && formaction.trim() !== '')
                add(el, 'input formaction', formaction);
            continue;
        }
        for (const name of URL_ATTRIBUTES[tag] ?? []) {
            const value = (0,html_document/* attr */.CF)(el, name);
            if (value === undefined)
                continue;
            if (name === 'srcset') {
                for (const u of srcsetUrls(value))
                    add(el, `${tag} srcset`, u);
            }
            else if (value.trim() !== '') {
                add(el, `${tag} ${name}`, value);
            }
        }
    }
    return out;
}
/** The document base URL: the first `<base>` with an href, resolved against the page URL. */
function documentBase(elements, pageUrl) {
    const base = elements.find((el) => el.tagName === 'base' && (0,html_document/* attr */.CF)(el, 'href') !== undefined);
    const href = base ? (0,html_document/* attr */.CF)(base, 'href') : undefined;
    return (href !== undefined && resolve(href, pageUrl)) || pageUrl;
}
function resolve(raw, base) {
    try {
        return new URL(raw.trim(), base);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/web/mixed-content-verdict.ts




function findMixedContent(html, pageUrl, cspHeader, options = {}) {
    const all = subresources(html, pageUrl);
    return {
        insecure: all.filter((s) => isInsecure(s.url, options)),
        total: all.length,
        upgraded: (0,csp/* upgradesInsecureRequests */.c3)(cspHeader, (0,meta/* metaPolicies */.Q)(html).csp),
    };
}
/** One insecure subresource as evidence: element, URL, and where in the page. */
function describeSubresource(s, scrub = (t) => t) {
    // Scrubbed, then cut: a URL on the page may carry a token in its query.
    const url = scrub(s.url.href);
    const out = { element: s.element, url: cutUrl(url) };
    if (s.raw.trim() !== s.url.href)
        out.written = cutUrl(scrub(s.raw.trim()));
    if (s.line !== undefined)
        out.line = s.line;
    if (s.col !== undefined)
        out.col = s.col;
    return out;
}
function cutUrl(text) {
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}


/***/ })

};
