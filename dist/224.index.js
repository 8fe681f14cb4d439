export const id = 224;
export const ids = [224];
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

/***/ 8224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeSecurityHeaders: () => (/* binding */ judgeSecurityHeaders)
});

// UNUSED EXPORTS: SUB_TESTS

// EXTERNAL MODULE: ./src/checks/net/request.ts + 1 modules
var request = __webpack_require__(6350);
// EXTERNAL MODULE: ./src/checks/web/html/html-type.ts
var html_type = __webpack_require__(8828);
// EXTERNAL MODULE: ./src/checks/web/html/meta.ts
var meta = __webpack_require__(443);
;// CONCATENATED MODULE: ./src/checks/web/headers/set-cookie.ts
/** Set-Cookie parsing (RFC 6265 section 5.2) for judging attributes. Cookie values are never kept. */
/** One Set-Cookie field; undefined when browsers would ignore it (no name, no '='). */
function parseSetCookie(field) {
    const text = field.trim();
    const semi = text.indexOf(';');
    const pair = semi === -1 ? text : text.slice(0, semi);
    const eq = pair.indexOf('=');
    if (eq <= 0)
        return undefined;
    const name = pair.slice(0, eq).trim();
    if (name === '' || hasControl(name))
        return undefined;
    const facts = { name, secure: false, httpOnly: false, sameSiteInvalid: false };
    if (semi === -1)
        return facts;
    for (const av of text.slice(semi + 1).split(';')) {
        const trimmed = av.trim();
        if (trimmed === '')
            continue;
        const at = trimmed.indexOf('=');
        const key = (at === -1 ? trimmed : trimmed.slice(0, at)).trim().toLowerCase();
        const value = at === -1 ? undefined : trimmed.slice(at + 1).trim();
        if (key === 'secure')
            facts.secure = true;
        else if (key === 'httponly')
            facts.httpOnly = true;
        else if (key === 'domain' && value)
            facts.domain = value;
        else if (key === 'path' && value)
            facts.path = value;
        else if (key === 'samesite') {
            const v = value?.toLowerCase();
            if (v === 'lax' || v === 'strict' || v === 'none') {
                facts.sameSite = v;
                facts.sameSiteInvalid = false;
            }
            else {
                facts.sameSite = undefined;
                facts.sameSiteInvalid = true;
            }
        }
    }
    return facts;
}
/** Why browsers refuse a cookie whose name carries a `__Secure-` or `__Host-` prefix, if they do. */
function prefixViolation(c) {
    if (c.name.startsWith('__Secure-') && !c.secure)
        return '__Secure- prefix without Secure';
    if (c.name.startsWith('__Host-') && (!c.secure || c.domain !== undefined || c.path !== '/')) {
        return '__Host- prefix needs Secure, Path=/ and no Domain';
    }
    return undefined;
}
/** Control characters other than tab make browsers drop a cookie. */
function hasControl(s) {
    for (const ch of s) {
        const c = ch.charCodeAt(0);
        if ((c < 0x20 && c !== 0x09) || c === 0x7f)
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/checks/web/headers/subtest.ts
var subtest = __webpack_require__(6297);
;// CONCATENATED MODULE: ./src/checks/web/headers/cookies.ts


/** Cookies Observatory leaves out (a load balancer's affinity cookie it cannot blame the site for). */
const IGNORED = ['heroku-session-affinity'];
function judgeCookies(setCookie, options = {}) {
    const cookies = [];
    for (const field of setCookie) {
        const c = parseSetCookie(field);
        if (!c || IGNORED.includes(c.name) || prefixViolation(c))
            continue;
        cookies.push({
            name: c.name,
            secure: c.secure,
            httpOnly: c.httpOnly,
            sameSite: c.sameSite ?? null,
            problems: cookieProblems(c, options),
        });
    }
    const names = cookies.map((c) => c.name);
    if (cookies.length === 0)
        return { ...(0,subtest/* pass */.IX)('no cookies set'), cookies };
    const bad = cookies.filter((c) => c.problems.length > 0);
    const verdict = bad.length === 0
        ? (0,subtest/* pass */.IX)(`${cookies.length} ${cookies.length === 1 ? 'cookie' : 'cookies'} with safe attributes`)
        : (0,subtest/* fail */.fJ)(bad.map((c) => `${c.name}: ${c.problems.join(', ')}`).join('; '));
    return { ...verdict, value: names.join(', '), cookies };
}
function cookieProblems(c, options = {}) {
    const lower = c.name.toLowerCase();
    const session = lower.includes('sess') || lower.includes('login');
    const csrf = lower.includes('csrf');
    const out = [];
    if (c.sameSiteInvalid)
        out.push('invalid SameSite value');
    if (!c.secure)
        out.push(c.sameSite === 'none' ? 'SameSite=None without Secure' : 'not Secure');
    if (!c.httpOnly && (session || options.requireHttpOnly)) {
        out.push(session ? 'session cookie not HttpOnly' : 'not HttpOnly');
    }
    if (c.sameSite === undefined && !c.sameSiteInvalid && (csrf || options.requireSameSite)) {
        out.push(csrf ? 'anti-CSRF cookie without SameSite' : 'no SameSite');
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/web/headers/csp.ts + 1 modules
var headers_csp = __webpack_require__(8147);
;// CONCATENATED MODULE: ./src/checks/web/headers/framing.ts


/**
 * Clickjacking protection as Mozilla HTTP Observatory judges it: CSP `frame-ancestors` (from a header; browsers
 * ignore it in `<meta>`), or one X-Frame-Options field of DENY or SAMEORIGIN. Observatory also passes the
 * obsolete ALLOW-FROM and any frame-ancestors value; `strict` rejects ALLOW-FROM (browsers ignore it) and
 * frame-ancestors that lets any host frame the page.
 */
function judgeFraming(xfo, cspHeader, options = {}) {
    const ancestors = (0,headers_csp/* frameAncestors */.cL)(cspHeader);
    if (ancestors !== undefined) {
        const broad = ancestors.filter((s) => (0,headers_csp/* isBroad */.t1)(s));
        const shown = [`CSP frame-ancestors ${ancestors.join(' ')}`, ...xfo.map((v) => `X-Frame-Options: ${v}`)];
        if (options.strict && broad.length > 0) {
            return (0,subtest/* fail */.fJ)(`frame-ancestors lets any host frame the page (${broad.join(' ')})`, shown);
        }
        return (0,subtest/* pass */.IX)('CSP frame-ancestors is set', shown);
    }
    if (xfo.length === 0)
        return (0,subtest/* fail */.fJ)('missing: neither CSP frame-ancestors nor X-Frame-Options');
    if (xfo.length > 1)
        return (0,subtest/* fail */.fJ)(`invalid: X-Frame-Options sent ${xfo.length} times`, xfo);
    const value = xfo[0].trim().toLowerCase();
    if (value === 'deny' || value === 'sameorigin')
        return (0,subtest/* pass */.IX)(`X-Frame-Options ${value.toUpperCase()}`, xfo);
    if (value.startsWith('allow-from')) {
        return options.strict
            ? (0,subtest/* fail */.fJ)('X-Frame-Options ALLOW-FROM is ignored by current browsers', xfo)
            : (0,subtest/* pass */.IX)('X-Frame-Options ALLOW-FROM (ignored by current browsers; framing-strict rejects it)', xfo);
    }
    return (0,subtest/* fail */.fJ)('invalid X-Frame-Options value', xfo);
}

// EXTERNAL MODULE: ./src/checks/web/headers/hsts.ts
var hsts = __webpack_require__(685);
;// CONCATENATED MODULE: ./src/checks/web/headers/nosniff.ts

/** `X-Content-Type-Options: nosniff`, exactly once (a repeated field reads "nosniff, nosniff": invalid). */
function judgeNosniff(values) {
    if (values.length === 0)
        return (0,subtest/* fail */.fJ)('missing');
    if (values.length > 1)
        return (0,subtest/* fail */.fJ)(`invalid: sent ${values.length} times`, values);
    return values[0].trim().toLowerCase() === 'nosniff'
        ? (0,subtest/* pass */.IX)('nosniff', values)
        : (0,subtest/* fail */.fJ)("invalid: the only valid value is 'nosniff'", values);
}

;// CONCATENATED MODULE: ./src/checks/web/headers/referrer-policy.ts

/**
 * Referrer-Policy with Mozilla HTTP Observatory's rules: the last recognised token of the header fields and
 * the `<meta name="referrer">` tag wins (later values are fallbacks for older browsers). Private policies pass;
 * origin, origin-when-cross-origin, unsafe-url and no-referrer-when-downgrade fail. No policy at all passes, as
 * in Observatory, because browsers then default to strict-origin-when-cross-origin; `required` fails it.
 */
const PRIVATE_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const UNSAFE_POLICIES = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
function judgeReferrerPolicy(header, meta, options = {}) {
    const seen = meta === undefined ? header : [...header, `<meta> ${meta}`];
    const all = meta === undefined ? header : [...header, meta];
    if (all.length === 0) {
        return options.required
            ? (0,subtest/* fail */.fJ)('missing (browsers default to strict-origin-when-cross-origin)')
            : (0,subtest/* pass */.IX)('not set: browsers default to strict-origin-when-cross-origin');
    }
    const tokens = all
        .join(',')
        .split(',')
        .map((t) => t.trim().toLowerCase());
    const policy = tokens.filter((t) => PRIVATE_POLICIES.includes(t) || UNSAFE_POLICIES.includes(t)).pop();
    if (policy === undefined)
        return (0,subtest/* fail */.fJ)('invalid: no recognised policy', seen);
    return PRIVATE_POLICIES.includes(policy)
        ? (0,subtest/* pass */.IX)(policy, seen)
        : (0,subtest/* fail */.fJ)(`${policy} leaks the URL to other sites`, seen);
}

;// CONCATENATED MODULE: ./src/checks/web/headers/judge.ts










/** Every sub-test's verdict on one response. Pure. */
function judgeSecurityHeaders(r, options = {}) {
    const h = (name) => (0,request/* headerValues */.UE)(r.headers, name);
    const meta = pageMeta(r);
    const csp = h('content-security-policy');
    return {
        hsts: (0,hsts/* judgeHsts */.sT)(h('strict-transport-security'), { https: r.https, verified: r.verified }, options.hsts),
        csp: (0,headers_csp/* judgeCsp */.U2)({ header: csp, meta: meta.csp, reportOnly: h('content-security-policy-report-only'), https: r.https }, options.csp),
        framing: judgeFraming(h('x-frame-options'), csp, { strict: options.framingStrict }),
        nosniff: judgeNosniff(h('x-content-type-options')),
        'referrer-policy': judgeReferrerPolicy(h('referrer-policy'), meta.referrer, {
            required: options.referrerPolicyRequired,
        }),
        cookies: judgeCookies(h('set-cookie'), options.cookies),
    };
}
function pageMeta(r) {
    const type = (0,request/* headerValues */.UE)(r.headers, 'content-type')[0];
    if (r.body === undefined || !(0,html_type/* isHtmlType */.U)(type))
        return { csp: [] };
    return (0,meta/* metaPolicies */.Q)(r.body);
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


/***/ })

};
