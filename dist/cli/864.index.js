export const id = 864;
export const ids = [864];
export const modules = {

/***/ 4184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ substituteArgs),
/* harmony export */   Q: () => (/* binding */ parseImageRef)
/* harmony export */ });
function parseImageRef(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    // A colon before the last '/' belongs to a registry port (localhost:5000/app), not to a tag.
    if (colon > rest.lastIndexOf('/')) {
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    }
    return { name: rest, ...(digest ? { digest } : {}) };
}
/**
 * Replaces `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` with values from `args`. Returns
 * undefined when a variable has no value and no default, so the reference cannot be known.
 */
function substituteArgs(text, args) {
    let unknown = false;
    const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_, braced, op, word, bare) => {
        const name = (braced ?? bare);
        const value = args.get(name);
        const set = value !== undefined && value !== '';
        if (op === '-')
            return set ? value : (word ?? '');
        if (op === '+')
            return set ? (word ?? '') : '';
        if (value === undefined)
            unknown = true;
        return value ?? '';
    });
    return unknown ? undefined : out;
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ secretName),
/* harmony export */   M: () => (/* binding */ literalSecret)
/* harmony export */ });
/** Variable names that hold secrets (*_SECRET, *_TOKEN, *_PASSWORD, *_KEY and the like). */
function secretName(name) {
    return /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|(?:^|_)KEY$/i.test(name);
}
/** A secret-looking name with a literal value: not empty, and not only a `$VAR` reference. */
function literalSecret(name, value) {
    if (!secretName(name) || value === null || value === undefined)
        return false;
    const v = value.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (v === '')
        return false;
    return !/^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?::?[-?][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(v);
}


/***/ }),

/***/ 4356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseEnvFile)
/* harmony export */ });
/* harmony import */ var dotenv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8230);
/* harmony import */ var dotenv__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(dotenv__WEBPACK_IMPORTED_MODULE_0__);

/** Parses an env file with dotenv and finds the line of each key's last assignment. */
function parseEnvFile(text) {
    const values = (0,dotenv__WEBPACK_IMPORTED_MODULE_0__.parse)(text);
    const lines = text.split(/\r?\n/);
    const at = new Map();
    lines.forEach((line, i) => {
        const m = /^(\s*(?:export\s+)?)([\w.-]+)\s*[=:]/.exec(line);
        if (m && Object.hasOwn(values, m[2])) {
            at.set(m[2], { line: i + 1, col: m[1].length + 1 });
        }
    });
    return Object.entries(values).map(([key, value]) => ({
        key,
        value,
        ...(at.get(key) ?? { line: 1, col: 1 }),
    }));
}


/***/ }),

/***/ 7201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ proxyAgent),
/* harmony export */   Uw: () => (/* binding */ environmentProxy),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   nJ: () => (/* binding */ absoluteTarget),
/* harmony export */   qb: () => (/* binding */ shownProxy)
/* harmony export */ });
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9783);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7659);


/** A proxy setting that is not a usable proxy URL: the probe is refused with this, never sent around it. */
class ProxyConfigError extends Error {
}
/**
 * The runner's proxy variables, decided by the same code as the GitHub client's (`@actions/http-client`):
 * `https_proxy` / `HTTPS_PROXY` for https: and wss: targets, `http_proxy` / `HTTP_PROXY` for http: and ws:,
 * and no proxy for a host that `no_proxy` / `NO_PROXY` lists (a name, a `.suffix` or parent domain,
 * `host:port`, or `*`) or for a loopback host (localhost, 127.x, [::1]: the proxy's loopback is not ours).
 */
function environmentProxy() {
    return (target) => {
        const asHttp = new URL(target.href.replace(/^ws(s?):/i, 'http$1:'));
        if (asHttp.protocol !== 'http:' && asHttp.protocol !== 'https:')
            return undefined;
        let found;
        try {
            found = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(asHttp);
        }
        catch {
            throw new ProxyConfigError(`${variableFor(asHttp)} is not a URL`);
        }
        if (!found)
            return undefined;
        // `proxy.corp:3128` parses as a URL of scheme `proxy.corp:`; like curl, a value without `://` is http.
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(found.href))
            found = new URL(`http://${found.href}`);
        if (found.protocol !== 'http:' && found.protocol !== 'https:')
            throw new ProxyConfigError(`${variableFor(asHttp)} is a ${found.protocol} URL: only http:// and https:// proxies are supported`);
        // A fresh URL: the library's decodes the user name and password in place.
        return new URL(found.href);
    };
}
function variableFor(target) {
    return target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
}
/** The proxy as evidence shows it: no user name or password. */
function shownProxy(proxy) {
    const u = new URL(proxy.href);
    u.username = '';
    u.password = '';
    return u.origin;
}
/** `Proxy-Authorization: Basic` for a proxy URL with a user name or password; undefined without. */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return `Basic ${Buffer.from(pair).toString('base64')}`;
}
/** The request target a proxy is asked for in absolute form (RFC 9112 §3.2.2): no credentials, no fragment. */
function absoluteTarget(url) {
    const out = new URL(url.href);
    out.username = '';
    out.password = '';
    out.hash = '';
    return out.href;
}
/**
 * The agent that opens a `CONNECT` tunnel through `proxy` for an https:, ws: or wss: target (a proxy does
 * not forward a WebSocket upgrade in absolute form), TLS then running end to end with the target. A user
 * name and password in the proxy URL become `Proxy-Authorization: Basic`. The tunnel's own answer is
 * emitted as `proxyConnect` on the request and the agent.
 */
function proxyAgent(_target, proxy, options = {}) {
    return new https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__/* .HttpsProxyAgent */ .b(proxy, {
        keepAlive: options.keepAlive ?? false,
        maxSockets: options.maxSockets,
    });
}


/***/ }),

/***/ 474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ describeTlsCode),
/* harmony export */   f: () => (/* binding */ classifyError)
/* harmony export */ });
/** What went wrong with a network call, in the few words a verdict needs. Pure. */
const DNS = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'EAI_NONAME',
    'EAI_NODATA',
    'EAI_FAIL',
    'ENODATA',
    'ESERVFAIL',
]);
const RESET = new Set([
    'ECONNRESET',
    'EPIPE',
    'ECONNABORTED',
    'ERR_STREAM_PREMATURE_CLOSE',
    'HPE_INVALID_EOF_STATE',
]);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
/** OpenSSL verification results and Node's TLS error codes. */
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_|ERR_OSSL_|HOSTNAME_MISMATCH$|EPROTO$)/;
/** Maps a Node error (from `http`, `https`, `tls`, `net` or `dns`) to a code and a one-line message. */
function classifyError(e) {
    const err = e;
    const code = typeof err?.code === 'string' ? err.code : '';
    const text = oneLine(err instanceof Error ? err.message : String(e));
    if (code === 'ECONNREFUSED')
        return { code: 'refused', message: `connection refused (${addressOf(text)})` };
    if (DNS.has(code)) {
        const host = err.hostname ?? text.split(' ').pop() ?? '';
        return { code: 'dns', message: `the host name ${host} does not resolve (${code})` };
    }
    if (code === 'ETIMEDOUT' || code === 'ERR_SOCKET_CONNECTION_TIMEOUT') {
        return { code: 'timeout', message: 'the connection timed out' };
    }
    if (err?.name === 'AbortError' || code === 'ABORT_ERR') {
        return { code: 'aborted', message: 'the request was cancelled' };
    }
    if (TLS_CODE.test(code) || /\b(SSL|TLS|certificate)\b/i.test(text)) {
        return { code: 'tls', message: `TLS: ${tlsReason(code, text)}` };
    }
    if (RESET.has(code) || /socket hang up/i.test(text)) {
        return { code: 'reset', message: 'the connection was closed before a complete answer' };
    }
    if (UNREACHABLE.has(code))
        return { code: 'refused', message: `the address is unreachable (${code})` };
    return { code: 'other', message: code ? `${code}: ${text}` : text || 'unknown error' };
}
function tlsReason(code, text) {
    const known = describeTlsCode(code);
    if (known !== code)
        return known;
    return code ? `${text} (${code})` : text;
}
/** OpenSSL's verification codes (and Node's host name code) in words; other codes as they are. */
function describeTlsCode(code) {
    if (code === 'CERT_HAS_EXPIRED')
        return 'the certificate has expired';
    if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT')
        return 'the certificate is self-signed';
    if (code === 'SELF_SIGNED_CERT_IN_CHAIN')
        return 'the chain ends in an untrusted self-signed certificate';
    if (code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY') {
        return 'the certificate is not signed by a trusted authority';
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return 'the certificate is not valid for this host name';
    if (code === 'CERT_NOT_YET_VALID')
        return 'the certificate is not valid yet';
    return code;
}
function addressOf(text) {
    const m = /ECONNREFUSED (\S+)/.exec(text);
    return m ? m[1] : 'nothing listens there';
}
function oneLine(s) {
    return (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}


/***/ }),

/***/ 6350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qy: () => (/* binding */ displayUrl),
  Z: () => (/* binding */ headerValue),
  UE: () => (/* binding */ headerValues),
  Em: () => (/* binding */ request),
  Ch: () => (/* binding */ scrubHeaders)
});

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/checks/net/proxy.ts
var proxy = __webpack_require__(7201);
// EXTERNAL MODULE: ./src/checks/net/request-errors.ts
var request_errors = __webpack_require__(474);
// EXTERNAL MODULE: ./src/checks/net/tls-info.ts
var tls_info = __webpack_require__(5249);
;// CONCATENATED MODULE: ./src/checks/net/exchange.ts







/** The statuses `request` follows when it follows redirects. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * A single exchange, no redirects: `deadline` is the whole call's timeout and `started` its start, so the
 * timings count from the first hop. Settles exactly once; the socket is gone when it has settled.
 */
function exchange(url, opts, deadline, started) {
    return new Promise((resolve) => {
        let settled = false;
        let req;
        const cleanup = () => {
            deadline.removeEventListener('abort', onAbort);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            cleanup();
            resolve(result);
        };
        const onAbort = () => {
            const timedOut = deadline.aborted;
            settle({
                ok: false,
                code: timedOut ? 'timeout' : 'aborted',
                message: timedOut ? 'timed out' : 'the request was cancelled',
            });
            req?.destroy();
        };
        if (deadline.aborted || opts.signal?.aborted)
            return onAbort();
        deadline.addEventListener('abort', onAbort, { once: true });
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const secure = url.protocol === 'https:';
        const outgoing = [...opts.headers];
        const has = (n) => outgoing.some(([k]) => k === n);
        // With a raw header list Node adds no Host header of its own.
        if (!has('host'))
            outgoing.unshift(['host', url.host]);
        if (!has('user-agent'))
            outgoing.push(['user-agent', `preflight/${version/* VERSION */.x}`]);
        if (!has('accept'))
            outgoing.push(['accept', '*/*']);
        if (opts.body !== undefined && !has('content-length')) {
            outgoing.push(['content-length', String(Buffer.byteLength(opts.body))]);
        }
        // Plain HTTP through a proxy is asked of the proxy in absolute form; HTTPS goes through a tunnel.
        const via = opts.via;
        const absolute = via !== undefined && !secure;
        const credentials = via && absolute ? (0,proxy/* proxyAuthorization */.YB)(via) : undefined;
        if (credentials)
            outgoing.push(['proxy-authorization', credentials]);
        const server = absolute ? via : url;
        const options = {
            method: opts.method,
            protocol: server.protocol,
            hostname: server.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: server.port === '' ? undefined : Number(server.port),
            path: absolute ? (0,proxy/* absoluteTarget */.nJ)(url) : `${url.pathname}${url.search}`,
            headers: outgoing.flat(),
            agent: opts.agent ?? (via && secure ? (0,proxy/* proxyAgent */.QT)(url, via) : false),
        };
        if (url.username !== '' || url.password !== '') {
            options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
        }
        if (secure) {
            options.rejectUnauthorized = !opts.insecure;
            if (opts.ca && opts.ca.length > 0)
                options.ca = (0,tls_info/* caBundle */.R0)(opts.ca);
        }
        try {
            req = (server.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request(options);
        }
        catch (e) {
            return settle({ ok: false, ...(0,request_errors/* classifyError */.f)(e) });
        }
        const through = opts.via ? ` through the proxy ${(0,proxy/* shownProxy */.qb)(opts.via)}` : '';
        req.on('error', (e) => {
            const c = (0,request_errors/* classifyError */.f)(e);
            settle({ ok: false, code: c.code, message: `${c.message}${through}` });
        });
        // The tunnel's answer (https-proxy-agent): anything but 200 means the target was never reached.
        let refusal;
        req.on('proxyConnect', (answer) => {
            if (typeof answer.statusCode === 'number' && answer.statusCode !== 200)
                refusal = answer.statusCode;
        });
        req.on('response', (res) => {
            if (refusal !== undefined) {
                res.destroy();
                return settle({
                    ok: false,
                    code: 'proxy',
                    message: `the proxy ${(0,proxy/* shownProxy */.qb)(opts.via)} refused the tunnel to ${url.host} (HTTP ${refusal})`,
                });
            }
            const firstByteMs = external_node_perf_hooks_.performance.now() - started;
            const headers = [];
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
                headers.push([String(res.rawHeaders[i]).toLowerCase(), String(res.rawHeaders[i + 1])]);
            }
            const tls = secure ? (0,tls_info/* tlsSummary */.sG)(res.socket) : undefined;
            const status = res.statusCode ?? 0;
            const done = (body, truncated) => settle({
                ok: true,
                status,
                headers,
                body,
                truncated,
                timings: { totalMs: external_node_perf_hooks_.performance.now() - started, firstByteMs },
                ...(tls ? { tls } : {}),
            });
            if (REDIRECTS.has(status) && opts.followRedirects) {
                // The body of a redirect is never read; the connection goes with it.
                done(Buffer.alloc(0), false);
                res.destroy();
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                if (settled)
                    return;
                const room = opts.maxBodyBytes - size;
                if (chunk.length > room) {
                    if (room > 0)
                        chunks.push(chunk.subarray(0, room));
                    size += Math.max(0, room);
                    done(Buffer.concat(chunks), true);
                    res.destroy();
                    req?.destroy();
                    return;
                }
                chunks.push(chunk);
                size += chunk.length;
            });
            res.on('end', () => done(Buffer.concat(chunks), false));
            res.on('error', (e) => settle({ ok: false, ...(0,request_errors/* classifyError */.f)(e) }));
            res.on('close', () => {
                if (!res.complete)
                    settle({ ok: false, code: 'reset', message: 'the connection closed mid-body' });
            });
        });
        req.end(opts.body);
    });
}

;// CONCATENATED MODULE: ./src/checks/net/request.ts



/**
 * The only headers that follow a redirect to another origin. Any other (Authorization, Cookie, and custom
 * credentials such as X-Api-Key, written or read from the environment) stays with the origin it was meant for.
 */
const CROSS_ORIGIN_SAFE = new Set([
    'accept',
    'accept-language',
    'user-agent',
    'content-type',
    'cache-control',
    'pragma',
    'origin',
    'access-control-request-method',
    'access-control-request-headers',
]);
/** Every value of a header, by name (case-insensitive), in the order received. */
/**
 * The headers with the run's secrets scrubbed from every value, for kinds that show header values in
 * evidence shortened: scrubbing comes first, so a cut can never keep part of a secret.
 */
function scrubHeaders(headers, scrub) {
    return scrub ? headers.map(([name, value]) => [name, scrub(value)]) : headers;
}
function headerValues(headers, name) {
    const wanted = name.toLowerCase();
    return headers.filter(([n]) => n === wanted).map(([, v]) => v);
}
/** A header's values joined as HTTP joins repeated fields (", "); undefined when absent. */
function headerValue(headers, name) {
    const values = headerValues(headers, name);
    return values.length === 0 ? undefined : values.join(', ');
}
/** A URL fit to show: user name and password removed. */
function displayUrl(url) {
    try {
        const u = new URL(String(url));
        u.username = '';
        u.password = '';
        return u.href;
    }
    catch {
        return String(url);
    }
}
/**
 * One HTTP(S) request on Node's own client. Never throws and never outlives `timeoutMs`: failures come
 * back as `{ ok: false, error }` with the redirect chain seen so far. ws(s) URLs are requested as http(s).
 * This follows the redirects; each hop is one `exchange`.
 */
async function request(url, opts) {
    const started = external_node_perf_hooks_.performance.now();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), Math.max(1, opts.timeoutMs));
    const chain = [];
    const fail = (code, message) => ({
        ok: false,
        error: { code, message, chain },
    });
    try {
        let current = toHttp(url);
        let method = (opts.method ?? 'GET').toUpperCase();
        let headers = headerList(opts.headers);
        let body = opts.body;
        const seen = new Set();
        const max = Math.max(0, opts.followRedirects ?? 0);
        for (;;) {
            if (opts.signal?.aborted)
                return fail('aborted', 'the request was cancelled');
            if (current.protocol !== 'http:' && current.protocol !== 'https:') {
                return fail('other', `cannot request a ${current.protocol.replace(/:$/, '')} URL`);
            }
            seen.add(`${method} ${current.href}`);
            let via;
            try {
                via = opts.proxy?.(current);
            }
            catch (e) {
                if (e instanceof proxy/* ProxyConfigError */.Xb)
                    return fail('proxy', e.message);
                throw e;
            }
            const hop = await exchange(current, { ...opts, method, headers, body, via }, deadline.signal, started);
            if (!hop.ok) {
                const code = deadline.signal.aborted ? 'timeout' : hop.code;
                const message = code === 'timeout' ? `no complete answer within ${opts.timeoutMs} ms` : hop.message;
                return fail(code, message);
            }
            const location = hop.status >= 300 && hop.status < 400 ? headerValues(hop.headers, 'location')[0] : undefined;
            const entry = { url: displayUrl(current), status: hop.status };
            if (location !== undefined)
                entry.location = location;
            chain.push(entry);
            if (!REDIRECTS.has(hop.status) || location === undefined || max === 0) {
                return { ...hop, chain, finalUrl: displayUrl(current), timings: hop.timings };
            }
            let next;
            try {
                next = new URL(location, current);
            }
            catch {
                const shown = location.length <= 200 ? `'${location}'` : `(${location.length} characters)`;
                return fail('other', `redirect to an invalid location ${shown}`);
            }
            if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
                method = method === 'HEAD' ? 'HEAD' : 'GET';
                body = undefined;
            }
            if (seen.has(`${method} ${next.href}`)) {
                return fail('redirect-loop', `redirect loop: ${displayUrl(next)} was already requested`);
            }
            if (chain.length > max)
                return fail('too-many-redirects', `more than ${max} redirects`);
            if (next.origin !== current.origin)
                headers = headers.filter(([n]) => CROSS_ORIGIN_SAFE.has(n));
            current = next;
        }
    }
    finally {
        clearTimeout(timer);
    }
}
function headerList(h) {
    if (h === undefined)
        return [];
    const entries = Array.isArray(h) ? h : Object.entries(h);
    return entries.map(([n, v]) => [n.toLowerCase(), v]);
}
/** A WebSocket URL is asked for over HTTP (a handshake starts as an HTTP request). */
function toHttp(url) {
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
        return url;
    const out = new URL(url.href.replace(/^ws/, 'http'));
    return out;
}


/***/ }),

/***/ 5249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R0: () => (/* binding */ caBundle),
/* harmony export */   lF: () => (/* binding */ certificateFacts),
/* harmony export */   sG: () => (/* binding */ tlsSummary)
/* harmony export */ });
/* unused harmony export altNames */
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);

/** The trusted authorities Node uses by default plus `extra` PEM certificates. */
function caBundle(extra) {
    const getDefault = (node_tls__WEBPACK_IMPORTED_MODULE_0___default().getCACertificates);
    const base = typeof getDefault === 'function' ? getDefault('default') : [...(node_tls__WEBPACK_IMPORTED_MODULE_0___default().rootCertificates)];
    return [...base, ...extra];
}
function tlsSummary(socket) {
    const out = {
        protocol: socket.getProtocol?.() ?? null,
        cipher: socket.getCipher?.()?.name,
        authorized: socket.authorized === true,
    };
    if (socket.authorizationError)
        out.authorizationError = String(socket.authorizationError);
    const cert = socket.getPeerCertificate?.();
    if (cert && Object.keys(cert).length > 0)
        out.certificate = certificateFacts(cert);
    return out;
}
function certificateFacts(cert) {
    return {
        subject: distinguishedName(cert.subject),
        issuer: distinguishedName(cert.issuer),
        altNames: altNames(cert.subjectaltname),
        validFrom: new Date(cert.valid_from).toISOString(),
        validTo: new Date(cert.valid_to).toISOString(),
        fingerprint: (cert.fingerprint256 ?? '').replace(/:/g, '').slice(0, 16).toLowerCase(),
    };
}
/** `DNS:a.example, IP Address:127.0.0.1` → `['a.example', '127.0.0.1']`. */
function altNames(text) {
    if (!text)
        return [];
    return text
        .split(/,\s*/)
        .map((part) => part.replace(/^(DNS|IP Address|IP):/i, '').trim())
        .filter((s) => s !== '');
}
function distinguishedName(dn) {
    if (!dn)
        return '';
    if (typeof dn === 'string')
        return dn;
    const order = ['CN', 'O', 'OU', 'L', 'ST', 'C'];
    const entries = Object.entries(dn).sort(([a], [b]) => rank(order, a) - rank(order, b));
    return entries.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).join(', ');
}
function rank(order, key) {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
}


/***/ }),

/***/ 6864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  builtinKinds: () => (/* binding */ builtinKinds),
  createRegistry: () => (/* binding */ createRegistry),
  defaultRegistry: () => (/* binding */ defaultRegistry)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/pattern.ts + 1 modules
var util_pattern = __webpack_require__(6248);
;// CONCATENATED MODULE: ./src/checks/params.ts


/** Schema fragments the check kinds share. */
const globList = (description) => ({
    type: 'array',
    items: { type: 'string', minLength: 1, 'x-glob': true },
    minItems: 1,
    description: `${description} Globs, '/'-separated, relative to the repository root; '**/' matches any depth.`,
});
const regexString = (description) => ({
    type: 'string',
    minLength: 1,
    description: `${description} A regular expression in JavaScript syntax, run in linear time (RE2: no backreferences or lookahead).`,
});
const strictObject = (properties, required = []) => ({
    type: 'object',
    additionalProperties: false,
    required,
    properties: { ...properties, target: { type: 'string', minLength: 1 } },
});
/** Reports each expression that does not compile, or cannot run in linear time, at its place in the parameters. */
function regexProblems(entries, options = {}) {
    const out = [];
    for (const { path, source } of entries) {
        if (source === undefined)
            continue;
        const problem = (0,util_pattern/* patternProblem */.AL)(source, options);
        if (problem)
            out.push({ path, message: problem });
    }
    return out;
}
/** Reports each file path that could leave the repository (absolute, or with a '..' segment), at its place. */
function repoPathProblems(entries) {
    return entries
        .filter(({ file }) => file !== undefined && (external_node_path_default().isAbsolute(file) || file.split(/[\\/]/).includes('..')))
        .map((e) => ({
        path: e.path,
        message: 'must stay inside the repository (a relative path without "..")',
    }));
}

;// CONCATENATED MODULE: ./src/checks/types.ts
/** Erases a kind's parameter type so kinds can share one registry. */
function defineKind(kind) {
    return kind;
}

;// CONCATENATED MODULE: ./src/checks/repo/command.ts





const KEEP_BYTES = 64 * 1024;
const command = defineKind({
    kind: 'command',
    description: 'A shell command run in the repository; its exit code decides (for example `npm test` or `tsc --noEmit`).',
    params: strictObject({
        run: { type: 'string', minLength: 1, description: 'The command line.' },
        shell: { enum: ['bash', 'sh'], description: 'Default bash.' },
        cwd: { type: 'string', minLength: 1, description: 'Directory relative to the repository root.' },
        'expect-exit': {
            type: 'integer',
            minimum: 0,
            maximum: 255,
            description: 'Exit code that passes (default 0).',
        },
        'tail-lines': {
            type: 'integer',
            minimum: 1,
            maximum: 200,
            description: 'Output lines kept as evidence (default 20).',
        },
    }, ['run']),
    validate(p) {
        return repoPathProblems([{ path: ['cwd'], file: p.cwd }]);
    },
    async run(p, ctx) {
        if (!ctx.allowCommands) {
            return {
                status: 'error',
                summary: "refused: command checks never run in a privileged run (an event with a write token or the secrets, where the code could be the pull request's)",
            };
        }
        const cwd = external_node_path_default().join(ctx.repoDir, p.cwd ?? '.');
        if (!(await (0,promises_.stat)(cwd).catch(() => undefined))?.isDirectory()) {
            return { status: 'error', summary: `cwd ${p.cwd ?? '.'} is not a directory in the repository` };
        }
        // An abort listener added now would never fire: do not start what nobody can stop.
        ctx.signal.throwIfAborted();
        const started = Date.now();
        // A checklist the pull request wrote runs its commands without the variables withheld from it.
        const env = ctx.withheld
            ? Object.fromEntries(Object.entries(process.env).filter(([k]) => !ctx.withheld?.has(k)))
            : undefined;
        const result = await runShell(p.run, p.shell ?? 'bash', cwd, ctx.signal, env);
        // Scrubbed before lines are cut, so no cut can leave part of a secret.
        const scrub = ctx.scrub ?? ((t) => t);
        const tail = lastLines(scrub(result.output), p['tail-lines'] ?? 20);
        const errors = errorLines(scrub(result.stderrHead), 10);
        const expected = p['expect-exit'] ?? 0;
        const evidence = {
            command: p.run,
            exitCode: result.code,
            signal: result.signal,
            durationMs: Date.now() - started,
            ...(result.code !== expected && errors.length > 0 ? { errors: errors.join('\n') } : {}),
            tail,
        };
        if (result.spawnError)
            return {
                status: 'error',
                summary: `could not start ${p.shell ?? 'bash'}: ${result.spawnError}`,
                evidence,
            };
        if (result.code === expected)
            return { status: 'pass', summary: `\`${p.run}\` exited ${result.code}`, evidence };
        const how = result.signal ? `was killed by ${result.signal}` : `exited ${result.code}`;
        // The first error line says why; the last line of output is often a runner's closing banner.
        const last = errors[0] ??
            tail
                .split('\n')
                .filter((l) => l.trim() !== '')
                .pop();
        return {
            status: 'fail',
            summary: `\`${p.run}\` ${how}${expected === 0 ? '' : ` (expected ${expected})`}${last ? `: ${last.trim().slice(0, 120)}` : ''}`,
            evidence,
        };
    },
});
function runShell(line, shell, cwd, signal, env) {
    return new Promise((resolve) => {
        let output = '';
        let stderrHead = '';
        const keep = (chunk) => {
            output += chunk;
            // Only whole lines are kept: a line cut at its start could hold the end of a secret no scrub knows.
            if (output.length > KEEP_BYTES * 2)
                output = wholeLinesFrom(output.slice(-KEEP_BYTES));
        };
        let headFull = false;
        const keepErr = (chunk) => {
            if (!headFull) {
                stderrHead += chunk;
                if (stderrHead.length >= KEEP_BYTES) {
                    // Whole lines only, as for the tail.
                    const head = stderrHead.slice(0, KEEP_BYTES);
                    stderrHead = head.slice(0, head.lastIndexOf('\n') + 1);
                    headFull = true;
                }
            }
            keep(chunk);
        };
        const child = (0,external_node_child_process_.spawn)(shell, ['-c', line], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const kill = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                /* already gone */
            }
        };
        signal.addEventListener('abort', kill, { once: true });
        // Background processes the command left behind would hold the pipes open, and 'close' with them.
        child.on('exit', kill);
        // Decoders keep a character whose bytes arrive in two chunks whole.
        child.stdout.setEncoding('utf8').on('data', keep);
        child.stderr.setEncoding('utf8').on('data', keepErr);
        child.on('error', (e) => {
            signal.removeEventListener('abort', kill);
            resolve({ code: null, signal: null, output, stderrHead, spawnError: e.message });
        });
        child.on('close', (code, sig) => {
            signal.removeEventListener('abort', kill);
            resolve({ code, signal: sig, output, stderrHead });
        });
    });
}
/** The text after its first line break (the first line was cut); empty when there is none. */
function wholeLinesFrom(text) {
    return text.slice(text.indexOf('\n') + 1);
}
function cleanLines(text) {
    const lines = text
        .replace(/\r/g, '')
        // eslint-disable-next-line no-control-regex -- terminal colour codes are stripped from the evidence
        .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
        .split('\n');
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l));
}
function lastLines(text, n) {
    return cleanLines(text).slice(-n).join('\n');
}
/** Words with which compilers, test runners and package managers start the line that says what failed. */
const ERROR_LINE = /\berror\b|\bERR!|\bfail(?:ed|ure|s)?\b|\bcannot\b|\bcan't\b|not found|no such file|\bexception\b|\bpanic\b|✕|✖|×|●/i;
/** Up to `n` lines of stderr that name an error, in the order written. */
function errorLines(stderr, n) {
    return cleanLines(stderr)
        .filter((l) => ERROR_LINE.test(l))
        .map((l) => l.trim())
        .slice(0, n);
}

// EXTERNAL MODULE: ./src/checks/repo/globs.ts
var globs = __webpack_require__(1929);
// EXTERNAL MODULE: ./src/checks/wording.ts
var wording = __webpack_require__(5677);
;// CONCATENATED MODULE: ./src/checks/repo/present.ts
/** Files a commit of the work tree would contain: tracked ones plus untracked ones that are not ignored. */
async function presentFiles(ctx, trackedOnly) {
    const tracked = await ctx.git.trackedFiles();
    if (trackedOnly)
        return tracked;
    return [...tracked, ...(await ctx.git.untrackedFiles())].sort();
}

;// CONCATENATED MODULE: ./src/checks/repo/files-absent.ts





const filesAbsent = defineKind({
    kind: 'repo.files-absent',
    description: 'No file in the repository matches the globs (for example backups, dumps or debug files).',
    params: strictObject({
        paths: globList('No file may match these.'),
        except: globList('Files allowed even though they match.'),
        'tracked-only': {
            type: 'boolean',
            description: 'Look only at files git tracks (default: also new, unignored files).',
        },
    }, ['paths']),
    async run(p, ctx) {
        const present = (await presentFiles(ctx, p['tracked-only'] ?? false)).filter((0,globs/* pathFilter */.Y)(p.paths, p.except));
        if (present.length === 0)
            return { status: 'pass', summary: `no file matches ${p.paths.join(', ')}`, evidence: { found: [] } };
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(present.length, 'file')} should not be here: ${(0,wording/* listSome */.XT)(present)}`,
            evidence: { found: present.slice(0, 50) },
            findings: present
                .slice(0, 50)
                .map((file) => ({ file, line: 1, message: `file must not exist (matches ${p.paths.join(', ')})` })),
        };
    },
});

// EXTERNAL MODULE: ./src/util/glob.ts
var util_glob = __webpack_require__(3596);
;// CONCATENATED MODULE: ./src/checks/repo/files-exist.ts





const filesExist = defineKind({
    kind: 'repo.files-exist',
    description: 'Every glob matches at least one file in the repository (for example a README, a CHANGELOG, a Dockerfile).',
    params: strictObject({
        paths: globList('Each must match at least one file.'),
        'tracked-only': {
            type: 'boolean',
            description: 'Count only files git tracks (default: also new, unignored files).',
        },
        'only-if': globList('The item applies only when one of these matches a file (for example package.json for a Node.js item); skipped otherwise.'),
    }, ['paths']),
    async run(p, ctx) {
        const files = await presentFiles(ctx, p['tracked-only'] ?? false);
        const applies = p['only-if'] ? (0,util_glob/* globMatcher */.fU)(p['only-if'], { dot: true }) : undefined;
        if (applies && !files.some((f) => applies(f))) {
            return {
                status: 'skipped',
                summary: `not applicable: no file matches ${(p['only-if'] ?? []).join(', ')}`,
            };
        }
        const found = p.paths.map((glob) => {
            const match = (0,util_glob/* globMatcher */.fU)(glob, { dot: true });
            return { glob, files: files.filter((f) => match(f)) };
        });
        const missing = found.filter((f) => f.files.length === 0).map((f) => f.glob);
        const evidence = { found: Object.fromEntries(found.map((f) => [f.glob, f.files.slice(0, 10)])), missing };
        if (missing.length > 0) {
            return { status: 'fail', summary: `missing: ${(0,wording/* listSome */.XT)(missing)}`, evidence };
        }
        const all = found.flatMap((f) => f.files);
        return {
            status: 'pass',
            summary: `${(0,wording/* plural */.LS)(new Set(all).size, 'file')} found: ${(0,wording/* listSome */.XT)([...new Set(all)], 3)}`,
            evidence,
        };
    },
});

// EXTERNAL MODULE: ./src/scan/pass.ts + 18 modules
var pass = __webpack_require__(1795);
;// CONCATENATED MODULE: ./src/checks/repo/content.ts

/** A content job's result, from the run's shared read pass (or a pass of its own outside a run). */
function scanContent(ctx, job) {
    const scan = ctx.scan ?? (0,pass/* createContentScanner */.g)([], { repoDir: ctx.repoDir, git: ctx.git, signal: ctx.signal });
    return scan(job);
}

;// CONCATENATED MODULE: ./src/checks/repo/pattern-results.ts
/** What a patterns job found, summed over its files. */
function summarizePatterns(result, patterns, maxHits = Infinity) {
    const summary = {
        hits: [],
        total: 0,
        filesScanned: result.scanned,
        binarySkipped: result.skipped.binary,
        minifiedSkipped: 0,
        notRead: result.notRead.length,
        notReadFiles: result.notRead,
        filesPerPattern: Array.from({ length: patterns }, () => new Set()),
    };
    for (const { file, result: found } of result.files) {
        if (found.minified) {
            summary.minifiedSkipped += 1;
            summary.filesScanned -= 1;
            continue;
        }
        found.lines.forEach((n, p) => {
            if (n === 0)
                return;
            summary.total += n;
            summary.filesPerPattern[p].add(file);
        });
        for (const h of found.hits) {
            if (summary.hits.length >= maxHits)
                break;
            summary.hits.push({ file, ...h });
        }
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/checks/repo/forbidden-pattern.ts





const forbiddenPattern = defineKind({
    kind: 'repo.forbidden-pattern',
    description: 'No tracked file matches any of the patterns (for example console.log, CHANGE_THIS, TODO).',
    params: strictObject({
        patterns: { type: 'array', items: regexString('A pattern that must not occur.'), minItems: 1 },
        include: globList('Only these files are scanned.'),
        exclude: globList('These files are not scanned.'),
        'ignore-case': { type: 'boolean' },
        'code-only': {
            type: 'boolean',
            description: 'In JavaScript and TypeScript files (and Vue, Svelte), match only code: not comments, strings, template text or regular-expression literals (default false).',
        },
        'skip-minified': {
            type: 'boolean',
            description: 'Leave out minified or bundled files (lines of a thousand characters and more); default false.',
        },
        'max-findings': {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'Findings listed (default 50).',
        },
    }, ['patterns']),
    validate: (p) => regexProblems(p.patterns.map((source, i) => ({ path: ['patterns', i], source })), { ignoreCase: p['ignore-case'] === true, multiline: true }),
    content: (p) => [job(p)],
    async run(p, ctx) {
        const scan = summarizePatterns(await scanContent(ctx, job(p)), p.patterns.length, p['max-findings'] ?? 50);
        const evidence = {
            filesScanned: scan.filesScanned,
            binarySkipped: scan.binarySkipped,
            ...(p['skip-minified'] ? { minifiedSkipped: scan.minifiedSkipped } : {}),
            notRead: scan.notRead,
            ...(0,wording/* notReadEvidence */.fE)(scan.notReadFiles),
            matches: scan.total,
            perPattern: p.patterns.map((pattern, i) => ({ pattern, files: scan.filesPerPattern[i]?.size ?? 0 })),
            shown: scan.hits.map((h) => `${h.file}:${h.line}:${h.col} /${p.patterns[h.pattern]}/`),
        };
        if (scan.total === 0) {
            return {
                status: 'pass',
                summary: `no match for ${(0,wording/* plural */.LS)(p.patterns.length, 'pattern')} in ${(0,wording/* plural */.LS)(scan.filesScanned, 'file')}${(0,wording/* notReadNote */.Sn)(scan.notReadFiles)}`,
                evidence,
            };
        }
        const findings = scan.hits.map((h) => ({
            file: h.file,
            line: h.line,
            col: h.col,
            message: `forbidden pattern /${p.patterns[h.pattern]}/`,
        }));
        const where = (0,wording/* listSome */.XT)([...new Set(scan.hits.map((h) => `${h.file}:${h.line}`))], 3);
        const fileCount = new Set(scan.filesPerPattern.flatMap((s) => [...s])).size;
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(scan.total, 'match', 'matches')} in ${(0,wording/* plural */.LS)(fileCount, 'file')}: ${where}${(0,wording/* notReadNote */.Sn)(scan.notReadFiles)}`,
            evidence,
            findings,
        };
    },
});
function job(p) {
    return {
        analyzer: 'patterns',
        include: p.include,
        exclude: p.exclude,
        patterns: p.patterns,
        flags: p['ignore-case'] ? 'im' : 'm',
        maxHits: p['max-findings'] ?? 50,
        ...(p['code-only'] ? { codeOnly: true } : {}),
        ...(p['skip-minified'] ? { skipMinified: true } : {}),
    };
}

;// CONCATENATED MODULE: ./src/checks/repo/required-pattern.ts





const requiredPattern = defineKind({
    kind: 'repo.required-pattern',
    description: 'A pattern occurs in the matching tracked files: in at least one (in: any) or in every one (in: each).',
    params: strictObject({
        pattern: regexString('The pattern that must occur.'),
        files: globList('The files to look in.'),
        exclude: globList('Files not to look in.'),
        in: {
            enum: ['any', 'each'],
            description: 'any (default): one file suffices; each: every file must match.',
        },
        'ignore-case': { type: 'boolean' },
    }, ['pattern', 'files']),
    validate: (p) => regexProblems([{ path: ['pattern'], source: p.pattern }], {
        ignoreCase: p['ignore-case'] === true,
        multiline: true,
    }),
    content: (p) => [required_pattern_job(p)],
    async run(p, ctx) {
        const result = await scanContent(ctx, required_pattern_job(p));
        const files = result.selected;
        if (files.length === 0) {
            return {
                status: 'fail',
                summary: `no tracked file matches ${p.files.join(', ')}`,
                evidence: { files: 0 },
            };
        }
        const scan = summarizePatterns(result, 1, 20);
        const found = scan.filesPerPattern[0] ?? new Set();
        const missing = files.filter((f) => !found.has(f));
        const mode = p.in ?? 'any';
        const evidence = {
            files: files.length,
            matching: [...found].slice(0, 20),
            missing: missing.slice(0, 20),
            ...(0,wording/* notReadEvidence */.fE)(result.notRead),
        };
        const unread = (0,wording/* notReadNote */.Sn)(result.notRead);
        const ok = mode === 'any' ? found.size > 0 : missing.length === 0;
        if (ok) {
            const where = (0,wording/* listSome */.XT)(scan.hits.map((h) => `${h.file}:${h.line}`), 3);
            return {
                status: 'pass',
                summary: `/${p.pattern}/ found in ${(0,wording/* plural */.LS)(found.size, 'file')}: ${where}${unread}`,
                evidence,
            };
        }
        const summary = mode === 'any'
            ? `/${p.pattern}/ not found in ${(0,wording/* plural */.LS)(files.length, 'file')} matching ${p.files.join(', ')}`
            : `/${p.pattern}/ missing from ${(0,wording/* plural */.LS)(missing.length, 'file')}: ${(0,wording/* listSome */.XT)(missing, 3)}`;
        return {
            status: 'fail',
            summary: summary + unread,
            evidence,
            findings: (mode === 'each' ? missing.slice(0, 50) : []).map((file) => ({
                file,
                message: `required pattern /${p.pattern}/ not found`,
            })),
        };
    },
});
function required_pattern_job(p) {
    return {
        analyzer: 'patterns',
        include: p.files,
        exclude: p.exclude,
        patterns: [p.pattern],
        flags: p['ignore-case'] ? 'im' : 'm',
        maxHits: 1,
    };
}

;// CONCATENATED MODULE: ./src/checks/repo/mentions.ts

/**
 * Which names a repository mentions, as content jobs of the run's read pass: one pattern per name, so a
 * file is read once however many items ask. The patterns are plain literals between boundaries (no
 * lookaround: the pass runs them on RE2), and a line that mentions a name is enough.
 */
const mentions_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Files that say nothing about whether a variable is used: docs, tests, lock files, changelogs. */
const NOT_VARIABLE_USE = [
    '**/*.md',
    '**/CHANGELOG*',
    '**/LICENSE*',
    '**/package-lock.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/*.test.*',
    '**/*.spec.*',
    '**/{test,tests,__tests__,e2e,doc,docs,node_modules,.yarn,locale,locales}/**',
];
/** Files that cannot tell whether a file name is used: lock files and the ignore files that name it anyway. */
const NOT_FILE_NAME_USE = [
    '**/.gitignore',
    '**/.gitattributes',
    '**/.dockerignore',
    '**/.npmignore',
    '**/.prettierignore',
    '**/.eslintignore',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
];
/** Environment variable names as whole words (`JWT_SECRET`, not `JWT_SECRET_FILE`), in code and configuration. */
function variableMentionJob(names) {
    return {
        analyzer: 'patterns',
        exclude: NOT_VARIABLE_USE,
        patterns: names.map((n) => `(?:^|[^A-Za-z0-9_])${mentions_escape(n)}(?:[^A-Za-z0-9_]|$)`),
        flags: 'm',
        maxHits: 1,
        skipMinified: true,
    };
}
/**
 * File names such as `.env.local`, as a path or a word: not inside a longer name (`.env.local.example`,
 * `my.env`), so a mention of the example file is not one of the file.
 */
function fileNameMentionJob(names) {
    return {
        analyzer: 'patterns',
        exclude: NOT_FILE_NAME_USE,
        patterns: names.map((n) => `(?:^|[^\\w.-])${mentions_escape(n)}(?:$|[^\\w.-]|\\.(?:$|[^\\w]))`),
        flags: 'm',
        maxHits: 1,
        skipMinified: true,
    };
}
/** The names whose pattern some scanned file matches. */
function mentionedNames(result, names) {
    const found = new Set();
    for (const { result: file } of result.files) {
        if (file.minified)
            continue;
        file.lines.forEach((n, i) => {
            if (n > 0)
                found.add(names[i]);
        });
    }
    return found;
}
/** Which of the names the repository mentions, from the run's read pass. */
async function mentions(ctx, job, names) {
    return mentionedNames(await scanContent(ctx, job), names);
}

// EXTERNAL MODULE: ./src/io/bounded-read.ts
var bounded_read = __webpack_require__(2406);
;// CONCATENATED MODULE: ./src/checks/repo/read.ts

/** Largest tracked file a check reads (bytes); a larger one is reported as not read, never half-read. */
const MAX_REPO_FILE_BYTES = 16 * 1024 * 1024;
/**
 * A tracked file's text. Binary files (a NUL byte in the first 8000 bytes, as git decides) are not text.
 * A UTF-8 byte order mark is dropped: it is not on the first line, as far as `^` and columns go. Links are
 * not followed and only regular files inside the repository are read (see io/bounded-read).
 */
async function readRepoText(repoDir, file, limits = {}) {
    return decode(await (0,bounded_read/* readBounded */.CB)(repoDir, file, {
        maxBytes: limits.maxBytes ?? MAX_REPO_FILE_BYTES,
        large: 'refuse',
        links: 'refuse',
        signal: limits.signal,
    }));
}
function readRepoTextSync(repoDir, file, limits = {}) {
    return decode(readBoundedSync(repoDir, file, {
        maxBytes: limits.maxBytes ?? MAX_REPO_FILE_BYTES,
        large: 'refuse',
        links: 'refuse',
    }));
}
function decode(read) {
    if (!read.ok)
        return { refused: read.refusal, message: read.message };
    if (read.bytes.subarray(0, 8000).includes(0))
        return { binary: true };
    return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}
/** A tracked file's text, or undefined for binary files; throws (with the reason) when it is not read. */
async function readText(repoDir, file, limits = {}) {
    const read = await readRepoText(repoDir, file, limits);
    if ('refused' in read)
        throw new Error(`${file}: ${read.message}`);
    return 'text' in read ? read.text : undefined;
}

;// CONCATENATED MODULE: ./src/checks/repo/name-usage.ts


/** Dependencies that read a file of this name by themselves, so a repository using them uses the name. */
const LOADED_BY = [
    {
        name: /^\.env$/,
        packages: /^(?:dotenv|dotenv-flow|dotenv-cli|env-cmd|@next\/env|next|vite|nuxt|react-scripts|@remix-run\/dev|@vue\/cli-service|@nestjs\/config|astro|@sveltejs\/kit)$/,
    },
    {
        name: /^\.env\.(?:local|development|production|test)(?:\.local)?$/,
        packages: /^(?:dotenv-flow|@next\/env|next|vite|nuxt|react-scripts|@vue\/cli-service|astro|@sveltejs\/kit)$/,
    },
];
/**
 * Which of the file names (`.env`, `.env.local`) the repository uses: a file of that name is present, a
 * tracked text file mentions it (the read pass's `fileNameMentionJob`), or a dependency in a package.json
 * loads it.
 */
async function usedNames(ctx, names, present) {
    const baseOf = (f) => f.slice(f.lastIndexOf('/') + 1);
    const used = await mentions(ctx, fileNameMentionJob(names), names);
    for (const f of present)
        if (names.includes(baseOf(f)))
            used.add(baseOf(f));
    if (used.size === names.length)
        return used;
    const manifests = (await ctx.git.trackedFiles()).filter((f) => baseOf(f) === 'package.json' && !f.includes('node_modules/'));
    for (const file of manifests) {
        ctx.signal?.throwIfAborted();
        const text = await readText(ctx.repoDir, file).catch(() => undefined);
        if (text === undefined)
            continue;
        for (const dep of dependencies(text)) {
            for (const rule of LOADED_BY) {
                if (!rule.packages.test(dep))
                    continue;
                for (const n of names)
                    if (rule.name.test(n))
                        used.add(n);
            }
        }
    }
    return used;
}
function dependencies(text) {
    try {
        const pkg = JSON.parse(text);
        return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => pkg[k] && typeof pkg[k] === 'object' ? Object.keys(pkg[k]) : []);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/checks/repo/untracked.ts








const baseName = (file) => file.slice(file.lastIndexOf('/') + 1);
const untracked = defineKind({
    kind: 'repo.untracked',
    description: 'No file matching the globs is tracked by git, and .gitignore covers them so a `git add .` cannot commit one (for example .env files).',
    params: strictObject({
        paths: globList('Files that must never be committed.'),
        except: globList('Files that may be committed even though they match (for example .env.example).'),
        'must-be-ignored': {
            enum: [true, false, 'when-used'],
            description: "Also require .gitignore to cover them (default true); 'when-used': only names the repository uses (a file of that name exists, a tracked file mentions it, or a dependency loads it, as dotenv loads .env and Vite or Next.js load .env.local).",
        },
    }, ['paths']),
    content: (p) => (p['must-be-ignored'] === 'when-used' ? [fileNameMentionJob(sampledNames(p))] : []),
    async run(p, ctx) {
        const keep = (0,globs/* pathFilter */.Y)(p.paths, p.except);
        // A committed symbolic link (backend/.env → ../.env) holds a path, not the file's contents.
        const matching = (await ctx.git.trackedFiles()).filter(keep);
        const links = new Set((await Promise.all(matching.map(async (f) => (await (0,promises_.lstat)(external_node_path_default().join(ctx.repoDir, f)).catch(() => undefined))?.isSymbolicLink() ? f : ''))).filter((f) => f !== ''));
        const tracked = matching.filter((f) => !links.has(f));
        const findings = tracked.map((file) => ({
            file,
            line: 1,
            message: 'this file is committed; remove it from git and rotate what it holds',
        }));
        let unignored = [];
        let uncovered = [];
        const mode = p['must-be-ignored'] ?? true;
        let unused = [];
        if (mode !== false) {
            const untrackedNow = await ctx.git.untrackedFiles();
            unignored = untrackedNow.filter(keep);
            let samples = sampled(p);
            if (mode === 'when-used') {
                const used = await usedNames(ctx, sampledNames(p), [...tracked, ...untrackedNow]);
                unused = [...new Set(samples.map(baseName).filter((b) => !used.has(b)))];
                samples = samples.filter((s) => used.has(baseName(s)));
            }
            const ignored = await ctx.git.ignored(samples);
            uncovered = samples.filter((s) => !ignored.has(s));
        }
        const evidence = {
            tracked,
            unignored,
            notCoveredByGitignore: uncovered,
            ...(mode === 'when-used' ? { notUsed: unused } : {}),
            ...(links.size > 0 ? { symlinksNotCounted: [...links] } : {}),
        };
        const problems = [];
        if (tracked.length > 0)
            problems.push(`${(0,wording/* plural */.LS)(tracked.length, 'file')} committed: ${(0,wording/* listSome */.XT)(tracked)}`);
        if (unignored.length > 0)
            problems.push(`${(0,wording/* plural */.LS)(unignored.length, 'file')} not ignored: ${(0,wording/* listSome */.XT)(unignored)}`);
        if (uncovered.length > 0)
            problems.push(`.gitignore does not cover ${(0,wording/* listSome */.XT)(uncovered)}`);
        if (problems.length === 0) {
            const covered = mode === false
                ? ''
                : unused.length > 0 && mode === 'when-used'
                    ? `, and .gitignore covers the names the repository uses (${(0,wording/* listSome */.XT)(unused)} ${unused.length === 1 ? 'is' : 'are'} never used)`
                    : `, and .gitignore covers ${p.paths.join(', ')}`;
            return { status: 'pass', summary: `none tracked${covered}`, evidence };
        }
        return { status: 'fail', summary: problems.join('; '), evidence, findings };
    },
});
/** Paths the globs would match, to ask git whether .gitignore covers them. */
function sampled(p) {
    const keep = (0,globs/* pathFilter */.Y)(p.paths, p.except);
    return [...new Set(p.paths.flatMap(globs/* samplePaths */.T).filter((s) => keep(s)))];
}
/** The file names of those paths (`.env`, `.env.local`), whose use in the repository is looked for. */
function sampledNames(p) {
    return [...new Set(sampled(p).map(baseName))];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/checks/repo/workspaces.ts



/**
 * The package.json files of the workspaces a repository declares: npm and Yarn (`workspaces` as a list, or
 * `{ packages }`) and pnpm (`packages` in pnpm-workspace.yaml). Negated patterns (`!apps/legacy`) leave
 * packages out. Only tracked files count; node_modules never does.
 */
async function workspacePackages(ctx) {
    const patterns = [];
    const pkg = await readText(ctx.repoDir, 'package.json').catch(() => undefined);
    if (pkg) {
        try {
            const ws = JSON.parse(pkg).workspaces;
            const list = Array.isArray(ws) ? ws : ws?.packages;
            if (Array.isArray(list))
                patterns.push(...list.filter((x) => typeof x === 'string'));
        }
        catch {
            /* not JSON: no workspaces declared there */
        }
    }
    const pnpm = await readText(ctx.repoDir, 'pnpm-workspace.yaml').catch(() => undefined);
    if (pnpm) {
        try {
            const list = (0,dist/* parse */.qg)(pnpm)?.packages;
            if (Array.isArray(list))
                patterns.push(...list.filter((x) => typeof x === 'string'));
        }
        catch {
            /* not YAML: none */
        }
    }
    const include = patterns.filter((x) => !x.startsWith('!')).map(packageGlob);
    const exclude = patterns.filter((x) => x.startsWith('!')).map((x) => packageGlob(x.slice(1)));
    if (include.length === 0)
        return [];
    // The repository's own globs: matched in linear time; one that cannot run is left out.
    const inc = (0,util_glob/* repoGlobMatcher */.nM)(include, { dot: false }).match;
    const exc = (0,util_glob/* repoGlobMatcher */.nM)(exclude).match;
    return (await ctx.git.trackedFiles())
        .filter((f) => f !== 'package.json' && !f.includes('node_modules/') && inc(f) && !exc(f))
        .sort();
}
const packageGlob = (pattern) => `${pattern.replace(/^\.\//, '').replace(/\/+$/, '')}/package.json`;

;// CONCATENATED MODULE: ./src/checks/repo/value.ts









const ASSERTIONS = ['exists', 'equals', 'one-of', 'matches', 'not-empty'];
const value = defineKind({
    kind: 'repo.value',
    description: 'A value in a JSON or YAML file of the repository exists, equals, is one of, matches or is not empty (for example package.json has a test script).',
    params: strictObject({
        file: { type: 'string', minLength: 1, description: 'Path relative to the repository root.' },
        path: {
            type: ['string', 'array'],
            minLength: 1,
            items: { type: ['string', 'integer'] },
            description: 'Where the value is: "scripts.test", "items[0].name", or a list of keys.',
        },
        format: {
            enum: ['json', 'jsonc', 'yaml'],
            description: 'Default: from the file name (.json is JSON, else YAML; tsconfig*.json, jsconfig*.json, .jsonc and .vscode/*.json are JSON with comments).',
        },
        exists: { type: 'boolean' },
        equals: { description: 'The value must equal this (deep equality).' },
        'one-of': { type: 'array', minItems: 1 },
        matches: {
            type: 'string',
            minLength: 1,
            description: 'A regular expression the value (as text) must match.',
        },
        'not-empty': { type: 'boolean' },
        'if-missing': {
            enum: ['fail', 'skip'],
            description: "When the file does not exist: 'fail' (default) or 'skip' (an item that applies only to repositories with that file, such as package.json for Node.js items).",
        },
        workspaces: {
            type: 'boolean',
            description: "For a package.json at the root of a monorepo: when the root lacks the value, it passes if some workspace's package.json has it (npm and Yarn workspaces, pnpm-workspace.yaml); default false.",
        },
    }, ['file', 'path']),
    validate(p) {
        const problems = [
            ...regexProblems([{ path: ['matches'], source: p.matches }]),
            ...repoPathProblems([{ path: ['file'], file: p.file }]),
        ];
        if (typeof p.path === 'string' && parsePath(p.path) === undefined) {
            problems.push({
                path: ['path'],
                message: `is not a valid path: use keys separated by '.', and [n] for list entries`,
            });
        }
        return problems;
    },
    async run(p, ctx) {
        const root = await judgeValue(p, ctx);
        if (!p.workspaces || root.status !== 'fail' || !/(?:^|\/)package\.json$/.test(p.file))
            return root;
        const packages = await workspacePackages(ctx);
        if (packages.length === 0)
            return root;
        const verdicts = await Promise.all(packages.map(async (file) => ({ file, outcome: await judgeValue({ ...p, file }, ctx) })));
        const passing = verdicts.filter((v) => v.outcome.status === 'pass').map((v) => v.file);
        const failing = verdicts.filter((v) => v.outcome.status !== 'pass').map((v) => v.file);
        const evidence = { root: root.evidence, workspaces: { passing, failing } };
        const shownPath = typeof p.path === 'string' ? p.path : p.path.join('.');
        if (passing.length === 0) {
            return {
                ...root,
                summary: `${root.summary}, and in each of ${(0,wording/* plural */.LS)(packages.length, 'workspace')}`,
                evidence,
            };
        }
        return {
            status: 'pass',
            summary: `${shownPath} is set in ${passing.length} of ${(0,wording/* plural */.LS)(packages.length, 'workspace')}: ${(0,wording/* listSome */.XT)(passing.map((f) => f.replace(/\/?package\.json$/, '')))}`,
            evidence,
        };
    },
});
/** The largest file `repo.value` parses (bytes): a package.json or config file is far smaller. */
const MAX_VALUE_FILE_BYTES = 4 * 1024 * 1024;
async function judgeValue(p, ctx) {
    // Values are scrubbed of the run's secrets before they are shortened for a summary.
    const preview = (v) => shortValue(v, ctx.scrub);
    const keys = typeof p.path === 'string' ? (parsePath(p.path) ?? []) : p.path;
    const shownPath = typeof p.path === 'string' ? p.path : p.path.join('.');
    // Through the bounded reader: a regular file inside the repository, capped, never a link, FIFO or device.
    // A byte order mark (editors on Windows write one) is not part of the document.
    const read = await readRepoText(ctx.repoDir, p.file, {
        maxBytes: MAX_VALUE_FILE_BYTES,
        signal: ctx.signal,
    });
    if ('binary' in read)
        return { status: 'error', summary: `${p.file} is a binary file, not ${p.format ?? 'JSON or YAML'}` };
    if ('refused' in read && read.refused !== 'missing')
        return { status: 'error', summary: `${p.file} is not read: ${read.message}`, evidence: { file: p.file } };
    if ('refused' in read) {
        if (p.exists === false)
            return { status: 'pass', summary: `${p.file} does not exist, so ${shownPath} is absent` };
        if (p['if-missing'] === 'skip')
            return {
                status: 'skipped',
                summary: `not applicable: ${p.file} does not exist`,
                evidence: { file: p.file },
            };
        return { status: 'fail', summary: `${p.file} does not exist`, evidence: { file: p.file } };
    }
    const text = read.text;
    let data;
    const format = p.format ?? formatOf(p.file);
    try {
        data = format === 'json' ? JSON.parse(text) : format === 'jsonc' ? parseJsonc(text) : (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        return {
            status: 'error',
            summary: `${p.file} is not valid ${format === 'jsonc' ? 'JSON (with comments)' : format.toUpperCase()}: ${e.message.split('\n')[0]}`,
        };
    }
    const found = dig(data, keys);
    const evidence = { file: p.file, path: shownPath, present: found.present };
    if (found.present)
        evidence.value = preview(found.value);
    const where = `${p.file} ${shownPath}`;
    const fail = (summary) => ({
        status: 'fail',
        summary,
        evidence,
        findings: [{ file: p.file, message: summary }],
    });
    if (!ASSERTIONS.some((a) => p[a] !== undefined) || p.exists === true) {
        if (!found.present)
            return fail(`${where} is missing`);
    }
    if (p.exists === false) {
        return found.present
            ? fail(`${where} is present but must not be`)
            : { status: 'pass', summary: `${where} is absent`, evidence };
    }
    if (!found.present)
        return fail(`${where} is missing`);
    if (p.equals !== undefined && !(0,external_node_util_.isDeepStrictEqual)(found.value, p.equals)) {
        return fail(`${where} is ${preview(found.value)}, expected ${preview(p.equals)}`);
    }
    if (p['one-of'] !== undefined && !p['one-of'].some((v) => (0,external_node_util_.isDeepStrictEqual)(v, found.value))) {
        return fail(`${where} is ${preview(found.value)}, expected one of ${p['one-of'].map(preview).join(', ')}`);
    }
    if (p.matches !== undefined && !(0,util_pattern/* compilePattern */.Eb)(p.matches).test(asText(found.value))) {
        return fail(`${where} is ${preview(found.value)}, which does not match /${p.matches}/`);
    }
    if (p['not-empty'] && isEmpty(found.value))
        return fail(`${where} is empty`);
    return { status: 'pass', summary: `${where} is ${preview(found.value)}`, evidence };
}
/**
 * The format a file name says: JSON for .json, except the files their tools read as JSON with comments
 * (TypeScript's and VS Code's: `tsc --init` writes comments into tsconfig.json); YAML otherwise.
 */
function formatOf(file) {
    const f = file.toLowerCase();
    const base = f.slice(f.lastIndexOf('/') + 1);
    if (f.endsWith('.jsonc') ||
        /^(?:tsconfig|jsconfig)[\w.-]*\.json$/.test(base) ||
        /(?:^|\/)\.vscode\/[^/]+\.json$/.test(f) ||
        base === 'devcontainer.json' ||
        base === '.devcontainer.json')
        return 'jsonc';
    return f.endsWith('.json') ? 'json' : 'yaml';
}
/**
 * JSON with comments, as TypeScript and VS Code read it (`//` and `/* *\/` comments, a comma before `}` or
 * `]`), parsed by jsonc-parser, the parser VS Code itself uses. jsonc-parser recovers from errors and returns
 * what it could read; a check must not judge a half-read file, so the first error is thrown with its line
 * and column.
 */
function parseJsonc(text) {
    const errors = [];
    const data = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (first) {
        const before = text.slice(0, first.offset);
        const line = before.split('\n').length;
        const column = first.offset - before.lastIndexOf('\n');
        throw new Error(`${(0,main.printParseErrorCode)(first.error)} at line ${line}, column ${column}`);
    }
    return data;
}
/** "a.b[0].c" → ['a', 'b', 0, 'c']; `["x.y"]` quotes a key with dots. */
function parsePath(text) {
    const out = [];
    const re = /\s*(?:\.?([^.[\]"]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])/y;
    let at = 0;
    while (at < text.length) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m || m[0] === '' || (at === 0 && m[0].startsWith('.')))
            return undefined;
        if (m[1] !== undefined)
            out.push(m[1].trim());
        else if (m[2] !== undefined)
            out.push(Number(m[2]));
        else
            out.push((m[3] ?? '').replace(/\\(.)/g, '$1'));
        at = re.lastIndex;
    }
    return out.length > 0 ? out : undefined;
}
function dig(data, keys) {
    let cur = data;
    for (const k of keys) {
        if (Array.isArray(cur) && typeof k === 'number' && k >= 0 && k < cur.length)
            cur = cur[k];
        else if (cur !== null &&
            typeof cur === 'object' &&
            !Array.isArray(cur) &&
            Object.hasOwn(cur, String(k))) {
            cur = cur[String(k)];
        }
        else
            return { present: false };
    }
    return { present: true, value: cur };
}
function asText(v) {
    return typeof v === 'string' ? v : JSON.stringify(v);
}
function isEmpty(v) {
    if (v === null || v === undefined)
        return true;
    if (typeof v === 'string' || Array.isArray(v))
        return v.length === 0;
    if (typeof v === 'object')
        return Object.keys(v).length === 0;
    return false;
}
function shortValue(v, scrub = (t) => t) {
    const s = scrub(JSON.stringify(v) ?? String(v));
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/definition/schema.ts
var schema = __webpack_require__(182);
// EXTERNAL MODULE: ./src/definition/interpolate.ts
var interpolate = __webpack_require__(7594);
;// CONCATENATED MODULE: ./src/checks/net/http-options.ts




/** Parameter fragments and their readers, shared by the HTTP kinds. */
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BODY = 1024 * 1024;
const MAX_REDIRECTS = 10;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const HEADER_NAME = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
const requestParams = {
    method: { enum: [...METHODS], description: 'The request method (default GET).' },
    headers: {
        type: 'object',
        propertyNames: { pattern: HEADER_NAME, 'x-hint': 'a header name uses letters, digits and -' },
        additionalProperties: { type: 'string' },
        description: 'Request headers, name: value. Values are sent as written (not read from the environment).',
    },
    'header-from-env': {
        type: 'object',
        propertyNames: { pattern: HEADER_NAME, 'x-hint': 'a header name uses letters, digits and -' },
        additionalProperties: {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            'x-hint': 'an environment variable name uses letters, digits and _',
        },
        description: 'Request headers whose values come from environment variables, name: VARIABLE (for example Authorization: API_AUTH_HEADER). The values never appear in results.',
    },
    timeout: { ...schema/* durationSchema */.sK, description: 'Per request (connect, headers and body); default 10s.' },
};
/** The most of a body any kind reads (`max-body` may ask for less): 64 MiB. */
const MAX_BODY_LIMIT = 64 * 1024 * 1024;
const maxBodyParam = {
    type: ['integer', 'string'],
    minimum: 1,
    maximum: MAX_BODY_LIMIT,
    'x-max-bytes': MAX_BODY_LIMIT,
    pattern: '^[0-9]+(B|KB|MB|KiB|MiB)?$',
    'x-hint': 'a size is a number of bytes or a string such as "64KB" or "2MB", at most 64MiB',
    description: 'Read at most this much of the body (bytes, or "64KB", "2MB"); default 1MB, at most 64MiB.',
};
const caFileParam = {
    type: 'string',
    minLength: 1,
    description: 'A PEM file of extra certificate authorities to trust (relative to the repository root), for a private CA.',
};
/** The schema of CaAndTimeout; `timeout` says what it covers. */
function caAndTimeoutParams(timeoutDescription) {
    return { 'ca-file': caFileParam, timeout: { ...schema/* durationSchema */.sK, description: timeoutDescription } };
}
/** Extra checks for the fragments above, after the schema passed. */
function requestParamProblems(p) {
    const out = [];
    for (const name of Object.keys(p.headers ?? {})) {
        if (Object.keys(p['header-from-env'] ?? {}).some((n) => n.toLowerCase() === name.toLowerCase())) {
            out.push({ path: ['header-from-env', name], message: `is also set in 'headers': give it once` });
        }
    }
    const ca = p['ca-file'];
    if (ca !== undefined && (external_node_path_default().isAbsolute(ca) || ca.split(/[\\/]/).includes('..'))) {
        out.push({
            path: ['ca-file'],
            message: 'must stay inside the repository (a relative path without "..")',
        });
    }
    return out;
}
function timeoutOf(p, fallback = DEFAULT_TIMEOUT_MS) {
    return p.timeout === undefined ? fallback : Math.min((0,interpolate/* parseDuration */.E9)(p.timeout), interpolate/* MAX_DURATION_MS */.rG);
}
const UNITS = { B: 1, KB: 1000, MB: 1_000_000, KiB: 1024, MiB: 1024 * 1024 };
function sizeOf(raw, fallback = DEFAULT_MAX_BODY) {
    if (raw === undefined)
        return fallback;
    if (typeof raw === 'number')
        return Math.min(raw, MAX_BODY_LIMIT);
    const m = /^([0-9]+)(B|KB|MB|KiB|MiB)?$/.exec(raw);
    return m ? Math.min(Number(m[1]) * (UNITS[m[2] ?? 'B'] ?? 1), MAX_BODY_LIMIT) : fallback;
}
/** The request headers: written ones, plus ones read from the environment (an unset variable is an error). */
function buildHeaders(p, env) {
    const out = Object.entries(p.headers ?? {}).map(([n, v]) => [n.toLowerCase(), v]);
    for (const [name, variable] of Object.entries(p['header-from-env'] ?? {})) {
        const value = env[variable];
        if (value === undefined || value === '') {
            return {
                ok: false,
                outcome: {
                    status: 'error',
                    summary: `environment variable '${variable}' (for the ${name} header) is not set`,
                },
            };
        }
        if (/[\r\n]/.test(value)) {
            return {
                ok: false,
                outcome: { status: 'error', summary: `environment variable '${variable}' holds a line break` },
            };
        }
        out.push([name.toLowerCase(), value]);
    }
    return { ok: true, value: out };
}
/** The extra certificate authorities of `ca-file`, if given. */
async function loadCaFile(p, ctx) {
    const file = p['ca-file'];
    if (file === undefined)
        return { ok: true, value: undefined };
    // Bounded: a regular file inside the repository (a link only while it stays inside), at most 1 MiB.
    const read = await (0,bounded_read/* readBounded */.CB)(ctx.repoDir, file, {
        maxBytes: 1024 * 1024,
        large: 'refuse',
        links: 'inside',
    });
    if (!read.ok) {
        return {
            ok: false,
            outcome: { status: 'error', summary: `ca-file ${file} cannot be read: ${read.message}` },
        };
    }
    const text = read.bytes.toString('utf8');
    const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (pems.length === 0) {
        return { ok: false, outcome: { status: 'error', summary: `ca-file ${file} holds no PEM certificate` } };
    }
    return { ok: true, value: pems };
}
/** `follow-redirects`: true (default) follows up to 10, false none, a number that many. */
function redirectsOf(raw) {
    if (raw === undefined || raw === true)
        return MAX_REDIRECTS;
    if (raw === false)
        return 0;
    return raw;
}
function roundMs(ms) {
    return Math.round(ms * 10) / 10;
}

// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
var external_node_dns_default = /*#__PURE__*/__webpack_require__.n(external_node_dns_);
;// CONCATENATED MODULE: ./src/checks/net/dns-lookup.ts

/** Codes that mean the name has no address (as opposed to: the resolver could not be asked). */
const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA', 'NXDOMAIN']);
function failure(e) {
    const code = String(e?.code ?? 'ERROR');
    return { ok: false, code, notFound: NOT_FOUND.has(code) };
}
function withDeadline(work, ms, signal, onGiveUp) {
    return new Promise((resolve, reject) => {
        const stop = (code) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', aborted);
            onGiveUp();
            reject(Object.assign(new Error(code), { code }));
        };
        const aborted = () => stop('ECANCELLED');
        const timer = setTimeout(() => stop('ETIMEOUT'), Math.max(1, ms));
        if (signal.aborted)
            return aborted();
        signal.addEventListener('abort', aborted, { once: true });
        work.then((v) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', aborted);
            resolve(v);
        }, (e) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', aborted);
            reject(e);
        });
    });
}
/** What the operating system's resolver answers (hosts file included), as the service's clients here see it. */
async function systemLookup(host, timeoutMs, signal) {
    try {
        const found = await withDeadline(external_node_dns_default().promises.lookup(host, { all: true, verbatim: true }), timeoutMs, signal, () => undefined);
        return { ok: true, addresses: [...new Set(found.map((a) => a.address))] };
    }
    catch (e) {
        return failure(e);
    }
}
/** A and AAAA records from the configured DNS servers; a family without records is an empty list. */
async function dnsRecords(host, timeoutMs, signal) {
    const resolver = new (external_node_dns_default()).promises.Resolver({ timeout: Math.max(1, Math.min(timeoutMs, 5000)), tries: 2 });
    const ask = async (family) => {
        try {
            const work = family === 4 ? resolver.resolve4(host) : resolver.resolve6(host);
            return { ok: true, addresses: await withDeadline(work, timeoutMs, signal, () => resolver.cancel()) };
        }
        catch (e) {
            const answer = failure(e);
            // The name exists but has no record of this family.
            if (!answer.ok && answer.code === 'ENODATA')
                return { ok: true, addresses: [] };
            return answer;
        }
    };
    const [v4, v6] = await Promise.all([ask(4), ask(6)]);
    return { v4, v6 };
}

;// CONCATENATED MODULE: ./src/checks/net/dns-verdict.ts


/** One spelling per address: IPv6 compressed and lower case. */
function canonicalAddress(address) {
    if (external_node_net_default().isIPv6(address)) {
        try {
            return new URL(`http://[${address}]/`).hostname.slice(1, -1);
        }
        catch {
            return address.toLowerCase();
        }
    }
    return address;
}
function judgeDns(host, answers, e) {
    const sources = Object.entries(answers).filter((x) => x[1] !== undefined);
    const evidence = { host };
    for (const [name, a] of sources)
        evidence[name] = a.ok ? a.addresses : { error: a.code };
    const failed = sources.filter(([, a]) => !a.ok);
    // DNS answering A but not AAAA (or the reverse) is fine; both failing, or lookup failing, is not.
    const dnsFailed = answers.v4 && answers.v6 && !answers.v4.ok && !answers.v6.ok;
    const lookupFailed = answers.lookup && !answers.lookup.ok;
    if (dnsFailed || lookupFailed) {
        const [via, answer] = failed.find(([n]) => n === 'lookup') ?? failed[0];
        if (!answer.notFound) {
            return {
                status: 'error',
                summary: `${host}: the resolver could not answer (${answer.code}, ${via})`,
                evidence,
            };
        }
        return { status: 'fail', summary: `${host} does not resolve (${answer.code}, ${via})`, evidence };
    }
    const found = [...new Set(sources.flatMap(([, a]) => (a.ok ? a.addresses.map(canonicalAddress) : [])))];
    evidence.addresses = found;
    const problems = [];
    if (found.length === 0)
        problems.push(`${host} has no address`);
    if (e.family === 'ipv4' && !found.some((a) => external_node_net_default().isIPv4(a)))
        problems.push(`${host} has no IPv4 address`);
    if (e.family === 'ipv6' && !found.some((a) => external_node_net_default().isIPv6(a)))
        problems.push(`${host} has no IPv6 address`);
    if (e.expected) {
        const want = e.expected.map(canonicalAddress);
        const missing = want.filter((a) => !found.includes(a));
        if (missing.length > 0)
            problems.push(`${host} does not resolve to ${(0,wording/* listSome */.XT)(missing)}`);
        const extra = found.filter((a) => !want.includes(a));
        if (e.only && extra.length > 0)
            problems.push(`${host} also resolves to ${(0,wording/* listSome */.XT)(extra)}`);
        evidence.missing = missing;
        if (e.only)
            evidence.unexpected = extra;
    }
    if (problems.length > 0) {
        return {
            status: 'fail',
            summary: `${problems.join('; ')} (found ${(0,wording/* listSome */.XT)(found) || 'none'})`,
            evidence,
        };
    }
    return { status: 'pass', summary: `${host} resolves to ${(0,wording/* listSome */.XT)(found)}`, evidence };
}

// EXTERNAL MODULE: ./src/checks/net/target-url.ts
var target_url = __webpack_require__(3132);
;// CONCATENATED MODULE: ./src/checks/net/dns-resolve.ts








const dnsResolve = defineKind({
    kind: 'dns.resolve',
    description: "The target's host name resolves, optionally to expected addresses (all of them, or only them). Asks the system resolver (hosts file included), the DNS servers (A and AAAA records), or both.",
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        host: {
            type: 'string',
            minLength: 1,
            pattern: '^[A-Za-z0-9._:-]+$',
            description: "A host name to resolve instead of the target's.",
        },
        via: {
            enum: ['lookup', 'dns', 'both'],
            description: "'lookup' (default): the system resolver, as the service's clients on this machine see it; 'dns': A and AAAA records from the DNS servers; 'both'.",
        },
        family: {
            enum: ['any', 'ipv4', 'ipv6'],
            description: 'An address of this family must be among the answers.',
        },
        'expect-addresses': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
            description: 'IPv4 or IPv6 addresses that must all be among the answers.',
        },
        only: { type: 'boolean', description: 'With expect-addresses: no other address may be answered.' },
        timeout: { ...schema/* durationSchema */.sK, description: 'For each question; default 10s.' },
    }),
    validate(p) {
        const problems = [];
        (p['expect-addresses'] ?? []).forEach((a, i) => {
            if (external_node_net_default().isIP(a) === 0)
                problems.push({ path: ['expect-addresses', i], message: `'${a}' is not an IP address` });
        });
        if (p.only && !p['expect-addresses']) {
            problems.push({ path: ['only'], message: "needs 'expect-addresses'" });
        }
        if (p.host !== undefined && (p.target !== undefined || p.url !== undefined)) {
            problems.push({ path: ['host'], message: "give 'host', or 'target' / 'url', not both" });
        }
        return problems;
    },
    async run(p, ctx) {
        let host = p.host;
        if (host === undefined) {
            const target = (0,target_url/* resolveTarget */.u1)(p, ctx);
            if (!target.ok)
                return target.outcome;
            host = target.url.hostname.replace(/^\[(.*)\]$/, '$1');
        }
        const expectations = {
            family: p.family ?? 'any',
            expected: p['expect-addresses'],
            only: p.only ?? false,
        };
        // An address needs no resolving.
        if (external_node_net_default().isIP(host) !== 0)
            return judgeDns(host, { lookup: { ok: true, addresses: [host] } }, expectations);
        const timeoutMs = timeoutOf(p);
        const via = p.via ?? 'lookup';
        const answers = {};
        const [lookup, records] = await Promise.all([
            via === 'dns' ? undefined : systemLookup(host, timeoutMs, ctx.signal),
            via === 'lookup' ? undefined : dnsRecords(host, timeoutMs, ctx.signal),
        ]);
        if (ctx.signal.aborted)
            return { status: 'error', summary: 'cancelled' };
        if (lookup)
            answers.lookup = lookup;
        if (records) {
            answers.v4 = records.v4;
            answers.v6 = records.v6;
        }
        return judgeDns(host, answers, expectations);
    },
});

;// CONCATENATED MODULE: ./src/checks/net/percentiles.ts
/**
 * Latency statistics. Pure.
 *
 * Percentiles follow `hey` (the Go load generator), so that our p95 and its p95 of the same samples are
 * the same number: sort ascending and take the sample at 0-based index ceil(p/100 * n), capped at n-1.
 * That is one rank above the textbook nearest-rank definition (index ceil(p/100 * n) - 1) and never
 * interpolates, so every percentile is a latency that was actually measured.
 */
/** The p-th percentile (0-100) of ascending `sorted`, as `hey` computes it; NaN for no samples. */
function percentile(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const index = Math.min(n - 1, Math.max(0, Math.ceil((p * n) / 100)));
    return sorted[index];
}
/** Summary statistics of latencies in milliseconds (any order), rounded to 0.1 ms. */
function latencyStats(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const n = sorted.length;
    const round = (ms) => (Number.isNaN(ms) ? ms : Math.round(ms * 10) / 10);
    const sum = sorted.reduce((s, x) => s + x, 0);
    return {
        count: n,
        minMs: round(n === 0 ? Number.NaN : sorted[0]),
        meanMs: round(n === 0 ? Number.NaN : sum / n),
        p50Ms: round(percentile(sorted, 50)),
        p90Ms: round(percentile(sorted, 90)),
        p95Ms: round(percentile(sorted, 95)),
        p99Ms: round(percentile(sorted, 99)),
        maxMs: round(n === 0 ? Number.NaN : sorted[n - 1]),
    };
}
/** Each way the measurements break the budget, worded for a summary; empty when within budget. */
function budgetProblems(stats, errors, total, b) {
    const out = [];
    const rate = total === 0 ? 1 : errors / total;
    if (rate > b.maxErrorRate) {
        out.push(`error rate ${percent(rate)} (${errors}/${total}) is above ${percent(b.maxErrorRate)}`);
    }
    const limits = [
        ['p50', 'p50Ms', b.p50Ms],
        ['p95', 'p95Ms', b.p95Ms],
        ['p99', 'p99Ms', b.p99Ms],
        ['max', 'maxMs', b.maxMs],
    ];
    if (stats.count === 0) {
        if (limits.some(([, , limit]) => limit !== undefined))
            out.push('no response to measure');
        return out;
    }
    for (const [label, key, limit] of limits) {
        if (limit !== undefined && stats[key] > limit)
            out.push(`${label} ${stats[key]} ms is above ${limit} ms`);
    }
    return out;
}
function percent(rate) {
    return `${Number((rate * 100).toFixed(2))}%`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/checks/net/proxy.ts
var net_proxy = __webpack_require__(7201);
;// CONCATENATED MODULE: ./src/checks/net/pool.ts



/**
 * Kept-alive connections for a pool's requests to `url`, at most `maxSockets` at once (through `via`, a
 * proxy, when given); destroy it after.
 */
function keepAliveAgent(url, maxSockets, via) {
    const secure = url.protocol === 'https:' || url.protocol === 'wss:';
    if (via && secure)
        return (0,net_proxy/* proxyAgent */.QT)(url, via, { keepAlive: true, maxSockets });
    // Plain HTTP through a proxy: kept-alive connections to the proxy, asked in absolute form.
    if (via) {
        return via.protocol === 'https:'
            ? new (external_node_https_default()).Agent({ keepAlive: true, maxSockets })
            : new (external_node_http_default()).Agent({ keepAlive: true, maxSockets });
    }
    return secure
        ? new (external_node_https_default()).Agent({ keepAlive: true, maxSockets })
        : new (external_node_http_default()).Agent({ keepAlive: true, maxSockets });
}

;// CONCATENATED MODULE: ./src/checks/net/run-pool.ts
/**
 * Runs `work(i)` for i = 0..count-1 with at most `concurrency` at once. Stops starting new work when the
 * signal aborts or `stop()` turns true; returns the results of the work that ran, in index order.
 */
async function runPool(count, concurrency, work, options = {}) {
    const results = new Array(count);
    let next = 0;
    const worker = async () => {
        while (next < count && !options.signal?.aborted && !options.stop?.()) {
            const i = next++;
            results[i] = await work(i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
    return results.filter((r) => r !== undefined);
}

// EXTERNAL MODULE: ./src/checks/net/request.ts + 1 modules
var request = __webpack_require__(6350);
;// CONCATENATED MODULE: ./src/checks/net/prepared-request.ts



/**
 * Reads, in this order, the target URL, whether the kind takes that URL at all (`refuse`, for kinds limited
 * to some schemes), the request headers (none for a kind without header parameters) and the ca-file. The
 * first problem comes back as the outcome.
 */
async function prepareRequest(p, ctx, refuse = () => undefined) {
    const target = (0,target_url/* resolveTarget */.u1)(p, ctx);
    if (!target.ok)
        return target;
    const refused = refuse(target.url);
    if (refused)
        return { ok: false, outcome: refused };
    const headers = buildHeaders(p, ctx.env);
    if (!headers.ok)
        return headers;
    const ca = await loadCaFile(p, ctx);
    if (!ca.ok)
        return ca;
    const value = {
        url: target.url,
        shown: (0,request/* displayUrl */.Qy)(target.url),
        headers: headers.value,
        ca: ca.value,
        proxy: ctx.proxy,
    };
    return { ok: true, value };
}

;// CONCATENATED MODULE: ./src/checks/net/status-set.ts
const ONE = '^([1-5]xx|[1-5][0-9]{2}(-[1-5][0-9]{2})?)$';
const HINT = 'a status is a code (200), a class ("2xx") or a range ("200-204")';
const statusSchema = (description) => ({
    type: ['integer', 'string', 'array'],
    minimum: 100,
    maximum: 599,
    pattern: ONE,
    minItems: 1,
    items: { type: ['integer', 'string'], minimum: 100, maximum: 599, pattern: ONE, 'x-hint': HINT },
    'x-hint': `${HINT} or a list of these`,
    description: `${description} A code (200), a class ("2xx"), a range ("200-204"), or a list of these.`,
});
function statusSet(spec, fallback = '2xx') {
    const parts = [spec ?? fallback].flat();
    const ranges = parts.map(rangeOf);
    return {
        has: (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi),
        text: parts.map(String).join(', '),
    };
}
function rangeOf(part) {
    if (typeof part === 'number')
        return [part, part];
    const cls = /^([1-5])xx$/.exec(part);
    if (cls)
        return [Number(cls[1]) * 100, Number(cls[1]) * 100 + 99];
    const [lo, hi] = part.split('-').map(Number);
    return [lo ?? 0, hi ?? lo ?? 0];
}
/** Problems with ranges written backwards ("299-200"). */
function statusProblems(spec, key) {
    if (spec === undefined)
        return [];
    const parts = [spec].flat();
    return parts.flatMap((part, i) => {
        if (typeof part !== 'string' || !part.includes('-'))
            return [];
        const [lo, hi] = rangeOf(part);
        if (lo <= hi)
            return [];
        return [{ path: Array.isArray(spec) ? [key, i] : [key], message: `range ${part} is backwards` }];
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./node_modules/http-parser-js/http-parser.js
var http_parser = __webpack_require__(9460);
;// CONCATENATED MODULE: ./src/checks/net/parser-warmup.ts

/**
 * Answers as servers commonly send them: a length-framed body with the usual headers, a chunked one, and a
 * 1xx before the real answer. Parsed here only, never sent or received.
 */
const CANNED = Buffer.from([
    'HTTP/1.1 200 OK\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\nContent-Type: application/json\r\n',
    'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 15\r\n\r\n{"status":"ok"}',
    'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n',
    'HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n',
].join(''), 'latin1');
/** Enough passes for V8 to optimise the parser's line and header functions (about 200 answers' worth). */
const PASSES = 80;
let warmed = false;
/**
 * Runs http-parser-js over canned answers once per process, so the JIT has compiled it before the first
 * timed answer arrives (a compiled client such as hey has nothing to warm). No byte goes on the network.
 * Returns how many answers it parsed: none after the first call.
 */
function warmResponseParser() {
    if (warmed)
        return 0;
    warmed = true;
    const parser = new http_parser/* HTTPParser */.e(http_parser/* HTTPParser */.e.RESPONSE);
    let answers = 0;
    // HEAD-like for the 204 (no body to look for), as the client tells the parser for a HEAD.
    parser[http_parser/* HTTPParser */.e.kOnHeadersComplete] = (info) => (info.statusCode === 204 ? 1 : 0);
    parser[http_parser/* HTTPParser */.e.kOnBody] = () => undefined;
    parser[http_parser/* HTTPParser */.e.kOnMessageComplete] = () => {
        answers += 1;
    };
    for (let i = 0; i < PASSES; i += 1)
        parser.execute(CANNED, 0, CANNED.length);
    return answers;
}

;// CONCATENATED MODULE: ./src/checks/net/timed-request.ts





/** RFC 9110 field names (tokens) and values (visible ASCII, space, tab and obs-text), as Node checks them. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Methods whose request carries a body by meaning: sent with `Content-Length: 0`, as Node's client does. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Node's default limit on a response's header block. */
const MAX_HEADER_BYTES = 16 * 1024;
/** What one read off a socket may hold (Node's own read size). */
const READ_BYTES = 64 * 1024;
/**
 * The latency kind's client for direct connections: the request is serialised once, and each request is
 * one write of those bytes to an idle kept-alive connection, its response framed by http-parser-js (status
 * line, headers, Content-Length, chunked or until close, 1xx answers skipped) and counted, never kept. The
 * time runs from the write to the last byte of the body; opening a connection (TCP, TLS) is not in it.
 * No objects are made per request beyond its promise: the connection, its parser and its timer are reused,
 * and every socket reads into one buffer of the client's (Node's `onread`: no buffer and no stream event
 * per read), parsed at once and never kept. A request asked for while answers are being read is written
 * after the reads that are ready (one `setImmediate` per batch), so no answer already in waits for the
 * client's own writes before its time is taken.
 * Undefined when a header cannot be written as it stands (the full client then reports why).
 */
function timedClient(url, options) {
    const written = requestHead(url, options.method, options.headers);
    if (!written)
        return undefined;
    const head = written;
    const secure = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = Number(url.port) || (secure ? 443 : 80);
    const ca = options.ca ? [...external_node_tls_.rootCertificates, ...options.ca] : undefined;
    const skipBody = options.method === 'HEAD';
    const idle = [];
    const open = new Set();
    /** Connections whose request waits to be written once the reads that are ready have been made. */
    const toWrite = [];
    let writeScheduled = false;
    let closed = false;
    // Reads are handled synchronously, one socket at a time, and nothing of them is kept: one buffer serves all.
    const readBuffer = Buffer.allocUnsafe(READ_BYTES);
    const writeWaiting = () => {
        writeScheduled = false;
        for (const c of toWrite.splice(0))
            c.write();
    };
    const connect = (c) => {
        const onread = {
            buffer: readBuffer,
            callback: (length) => {
                c.received(length);
                return true;
            },
        };
        // Node's tls.connect takes `onread` as net.connect does (its types do not say so).
        return secure
            ? external_node_tls_default().connect({
                host,
                port,
                ca,
                ALPNProtocols: ['http/1.1'],
                ...(external_node_net_default().isIP(host) ? {} : { servername: host }),
                onread,
            })
            : external_node_net_default().connect({ host, port, onread });
    };
    class Connection {
        socket;
        parser = new http_parser/* HTTPParser */.e(http_parser/* HTTPParser */.e.RESPONSE);
        timer;
        done;
        ready = false;
        /** The connection served a request before: a close before any byte of the answer is retried once. */
        reused = false;
        answered = false;
        informational = false;
        keepAlive = true;
        status = 0;
        bytes = 0;
        started = 0;
        constructor() {
            this.parser.maxHeaderSize = MAX_HEADER_BYTES;
            this.parser[http_parser/* HTTPParser */.e.kOnHeadersComplete] = (info) => {
                this.status = info.statusCode;
                this.keepAlive = info.shouldKeepAlive;
                // 1xx answers (103 Early Hints and the like) come before the real one (RFC 9110 §15.2).
                this.informational = info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101;
                if (info.upgrade)
                    this.finish({ status: info.statusCode, error: 'upgrade' }, false);
                return skipBody && !this.informational ? 1 : 0;
            };
            this.parser[http_parser/* HTTPParser */.e.kOnBody] = (_chunk, _offset, length) => {
                this.bytes += length;
                if (this.bytes > options.maxBodyBytes)
                    this.finish({ status: this.status, error: 'body too large' }, false);
            };
            this.parser[http_parser/* HTTPParser */.e.kOnMessageComplete] = () => {
                if (this.informational) {
                    this.informational = false;
                    return;
                }
                this.finish({ ms: external_node_perf_hooks_.performance.now() - this.started, status: this.status }, this.keepAlive);
            };
            this.timer = setTimeout(() => {
                if (this.done)
                    this.finish({ error: 'timeout' }, false);
            }, options.timeoutMs);
            this.timer.unref();
            this.socket = connect(this);
            this.socket.setNoDelay(true);
            this.socket.on(secure ? 'secureConnect' : 'connect', () => {
                this.ready = true;
                if (this.done)
                    this.write();
            });
            this.socket.on('error', (e) => this.lost(e.code ?? 'other'));
            this.socket.on('close', () => this.lost('ECONNRESET'));
            open.add(this);
        }
        /** `length` bytes of the answer are in the client's read buffer. */
        received(length) {
            this.answered = true;
            const r = this.parser.execute(readBuffer, 0, length);
            if (r instanceof Error)
                this.finish({ error: r.code ?? 'bad response' }, false);
        }
        send(done) {
            this.done = done;
            this.status = 0;
            this.bytes = 0;
            this.answered = false;
            this.timer.refresh();
            if (!this.ready)
                return;
            toWrite.push(this);
            if (!writeScheduled) {
                writeScheduled = true;
                setImmediate(writeWaiting);
            }
        }
        write() {
            // Ended (closed, lost) between the ask and the write: nothing to send.
            if (!this.done || !open.has(this))
                return;
            this.started = external_node_perf_hooks_.performance.now();
            this.socket.write(head);
        }
        /** Ends the request in flight; the connection goes back to the idle list or is closed. */
        finish(sample, keep) {
            if (!open.has(this))
                return;
            const done = this.done;
            this.done = undefined;
            // An answer nobody asked for is a broken server: the connection is not used again.
            if (keep && done && !closed) {
                this.reused = true;
                idle.push(this);
            }
            else
                this.destroy();
            done?.(sample);
        }
        /** The socket failed or closed: an answer that ran to the close ends here, else the request fails. */
        lost(code) {
            if (!open.has(this))
                return;
            if (this.done && this.answered)
                this.parser.finish();
            const done = this.done;
            this.destroy();
            if (!done)
                return;
            this.done = undefined;
            // A kept-alive connection the server closed as the request went out: once more, on a new one.
            if (this.reused && !this.answered && !closed)
                new Connection().send(done);
            else
                done({ error: closed ? 'aborted' : code });
        }
        destroy() {
            open.delete(this);
            const i = idle.indexOf(this);
            if (i >= 0)
                idle.splice(i, 1);
            clearTimeout(this.timer);
            this.socket.destroy();
        }
    }
    const close = () => {
        closed = true;
        for (const c of [...open])
            c.lost('aborted');
    };
    options.signal?.addEventListener('abort', close, { once: true });
    return {
        connect: () => new Promise((resolve) => {
            let waiting = 0;
            const timer = setTimeout(resolve, options.timeoutMs);
            const settled = () => {
                waiting -= 1;
                if (waiting > 0)
                    return;
                clearTimeout(timer);
                resolve();
            };
            while (!closed && open.size < options.maxSockets) {
                // Idle at once: a request may take it while it connects (it writes on connect).
                const c = new Connection();
                idle.push(c);
                waiting += 1;
                let once = false;
                const settle = () => {
                    if (once)
                        return;
                    once = true;
                    settled();
                };
                c.socket.once(secure ? 'secureConnect' : 'connect', settle);
                c.socket.once('close', settle);
            }
            // The JIT compiles the parser on canned answers while the handshakes run: nothing is sent.
            warmResponseParser();
            if (waiting === 0)
                settled();
        }),
        request: () => new Promise((resolve) => {
            if (closed)
                return resolve({ error: 'aborted' });
            const conn = idle.pop() ?? (open.size < options.maxSockets ? new Connection() : undefined);
            if (!conn)
                return resolve({ error: 'no free connection' });
            conn.send(resolve);
        }),
        close: () => {
            options.signal?.removeEventListener('abort', close);
            close();
        },
    };
}
/** The request line and headers, serialised once; undefined when a header cannot be sent as written. */
function requestHead(url, method, headers) {
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
    if (headers.host === undefined)
        lines.push(`Host: ${url.host}`);
    for (const [name, value] of Object.entries(headers)) {
        if (!TOKEN.test(name) || !FIELD_VALUE.test(value))
            return undefined;
        if (name === 'connection' || name === 'content-length' || name === 'transfer-encoding')
            continue;
        lines.push(`${name}: ${value}`);
    }
    lines.push('Connection: keep-alive');
    if (WITH_BODY.has(method))
        lines.push('Content-Length: 0');
    return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

;// CONCATENATED MODULE: ./src/checks/net/timed-run.ts


/**
 * The warm-up requests, then the connections opened, then the timed requests, `concurrency` at a time.
 * Undefined when the lean client will not write the request's headers as they stand.
 */
async function timedRun(run, signal) {
    const client = timedClient(new URL(run.url), { ...run.client, signal });
    if (!client)
        return undefined;
    const once = () => client.request();
    try {
        if (run.warmup > 0)
            await runPool(run.warmup, run.concurrency, once, { signal });
        // The connections are opened first, all at once: no request is timed beside another's handshake.
        await client.connect();
        return await runPool(run.requests, run.concurrency, once, { signal });
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./src/checks/net/latency-thread.ts





/**
 * The bundled latency worker beside the running bundle (dist/latency-worker/index.js, found from dist/ or
 * dist/cli/); undefined when running from the sources.
 */
function latencyWorkerScript(from = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    for (const dir of [from, external_node_path_default().dirname(from)]) {
        const candidate = external_node_path_default().join(dir, 'latency-worker', 'index.js');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * A worker thread of its own for one measurement when the bundled worker is there: its event loop and
 * heap are its own, so the samples hold neither the other checks' work on the main thread nor the main
 * heap's garbage collections. It starts at once, so that it boots (tens of milliseconds) while the
 * caller makes its first, untimed request. Without the bundle (from the sources) the measurement is
 * made on this thread.
 */
function latencyThread(script = latencyWorkerScript()) {
    if (!script)
        return { measure: (run, signal) => timedRun(run, signal), close: () => undefined };
    const worker = new external_node_worker_threads_.Worker(script);
    let failure;
    let answer;
    worker.on('message', (reply) => answer?.(reply));
    worker.on('error', (e) => {
        failure ??= e;
        answer?.(e);
    });
    worker.on('exit', (code) => {
        failure ??= new Error(`the latency worker exited (code ${code}) before it answered`);
        answer?.(failure);
    });
    const close = () => void worker.terminate();
    return {
        close,
        measure: (run, signal) => new Promise((resolve, reject) => {
            if (signal.aborted) {
                close();
                return resolve([]);
            }
            if (failure)
                return reject(failure);
            const settled = () => {
                answer = undefined;
                signal.removeEventListener('abort', onAbort);
                close();
            };
            const onAbort = () => {
                settled();
                resolve([]);
            };
            answer = (reply) => {
                settled();
                if (reply instanceof Error)
                    reject(reply);
                else if ('samples' in reply)
                    resolve(reply.samples);
                else if ('unwritable' in reply)
                    resolve(undefined);
                else
                    reject(new Error(`the latency worker failed: ${reply.failed}`));
            };
            signal.addEventListener('abort', onAbort, { once: true });
            worker.postMessage(run);
        }),
    };
}

;// CONCATENATED MODULE: ./src/checks/net/http-latency.ts












const DEFAULTS = { requests: 50, warmup: 5, concurrency: 5, p95Ms: 500, maxErrorRate: 0.01 };
const ms = (description) => ({ type: 'number', exclusiveMinimum: 0, description });
const httpLatency = defineKind({
    kind: 'http.latency',
    description: "Response times of the target stay within a budget: N requests (after a warm-up, over kept-alive connections, a few at a time), p50/p95/p99/max and the error rate. Default budget is k6's convention: p95 under 500 ms and under 1% errors. Each request is timed from its write to the socket to the last byte of the body, on a thread of its own (opening a connection is not in it; hey's times include it for each connection's first request); percentiles are computed as hey computes them (no interpolation).",
    scope: 'target',
    traffic: 'timing',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...requestParams,
        requests: { type: 'integer', minimum: 1, maximum: 5000, description: 'Measured requests (default 50).' },
        warmup: {
            type: 'integer',
            minimum: 0,
            maximum: 100,
            description: 'Requests sent first and not measured (default 5).',
        },
        concurrency: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'Requests in flight at once (default 5).',
        },
        'p50-ms': ms('Budget for the median, in milliseconds.'),
        'p95-ms': ms('Budget for the 95th percentile, in milliseconds (default 500).'),
        'p99-ms': ms('Budget for the 99th percentile, in milliseconds.'),
        'max-ms': ms('Budget for the slowest response, in milliseconds.'),
        'max-error-rate': {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'Largest share of failed requests, 0 to 1 (default 0.01).',
        },
        status: statusSchema('Statuses that count as success; default 200-399 (as k6 counts failed requests).'),
        'max-body': maxBodyParam,
        'ca-file': caFileParam,
    }),
    validate: (p) => [...requestParamProblems(p), ...statusProblems(p.status, 'status')],
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx);
        if (!prepared.ok)
            return prepared.outcome;
        const { url, shown, headers, ca } = prepared.value;
        const concurrency = p.concurrency ?? DEFAULTS.concurrency;
        const agent = keepAliveAgent(url, concurrency, ctx.proxy?.(url));
        const ok = statusSet(p.status, '200-399');
        const options = {
            method: p.method,
            headers,
            timeoutMs: timeoutOf(p),
            maxBodyBytes: sizeOf(p['max-body']),
            signal: ctx.signal,
            proxy: ctx.proxy,
            ca,
            agent,
        };
        const once = async () => {
            const r = await (0,request/* request */.Em)(url, options);
            if (!r.ok)
                return { error: r.error.code, ms: undefined, status: undefined };
            // As on the direct path: a body past max-body is not timed to its end, so it is no sample.
            if (r.truncated)
                return { error: 'body too large', ms: undefined, status: r.status };
            return {
                ms: r.timings.totalMs,
                status: r.status,
                ...(ok.has(r.status) ? {} : { error: `status ${r.status}` }),
            };
        };
        const lean = (t) => {
            if (t.ms === undefined)
                return { error: t.error, ms: undefined, status: t.status };
            return {
                ms: Math.round(t.ms * 100) / 100,
                status: t.status,
                ...(ok.has(t.status) ? {} : { error: `status ${t.status}` }),
            };
        };
        // Direct connections take the lean client (timed from the socket write to the last byte), on a
        // thread of its own, started now so that it boots during the first request; a proxied target, or
        // headers the lean client will not write as they stand, go through the full client.
        const thread = ctx.proxy?.(url) === undefined ? latencyThread() : undefined;
        try {
            const warmup = p.warmup ?? DEFAULTS.warmup;
            if (warmup > 0) {
                // The first request on the full client: a target that cannot be reached is reported in its words.
                const first = await (0,request/* request */.Em)(url, options);
                if (!first.ok) {
                    return {
                        status: 'error',
                        summary: `${shown}: ${first.error.message}`,
                        evidence: { url: shown, error: first.error },
                    };
                }
            }
            const total = p.requests ?? DEFAULTS.requests;
            const rest = Math.max(0, warmup - 1);
            const direct = thread
                ? await thread.measure({
                    url: url.href,
                    client: {
                        method: (p.method ?? 'GET').toUpperCase(),
                        headers: headerObject(headers),
                        maxSockets: concurrency,
                        timeoutMs: timeoutOf(p),
                        maxBodyBytes: sizeOf(p['max-body']),
                        ...(ca ? { ca } : {}),
                    },
                    warmup: rest,
                    requests: total,
                    concurrency,
                }, ctx.signal)
                : undefined;
            let samples;
            if (direct)
                samples = direct.map(lean);
            else {
                await runPool(rest, concurrency, once, { signal: ctx.signal });
                samples = await runPool(total, concurrency, once, { signal: ctx.signal });
            }
            if (ctx.signal.aborted)
                return { status: 'error', summary: 'cancelled before all requests were made' };
            return verdict(p, shown, samples, { concurrency, warmup });
        }
        finally {
            thread?.close();
            agent.destroy();
        }
    },
});
function verdict(p, url, samples, run) {
    const timed = samples.flatMap((s) => (s.ms === undefined ? [] : [s.ms]));
    const stats = latencyStats(timed);
    const errors = samples.filter((s) => s.error !== undefined);
    const budget = {
        p50Ms: p['p50-ms'],
        p95Ms: p['p95-ms'] ?? DEFAULTS.p95Ms,
        p99Ms: p['p99-ms'],
        maxMs: p['max-ms'],
        maxErrorRate: p['max-error-rate'] ?? DEFAULTS.maxErrorRate,
    };
    const problems = budgetProblems(stats, errors.length, samples.length, budget);
    const evidence = {
        url,
        requests: samples.length,
        warmup: run.warmup,
        concurrency: run.concurrency,
        errors: errors.length,
        errorRate: samples.length === 0 ? 1 : errors.length / samples.length,
        errorKinds: tally(errors.map((e) => e.error)),
        statuses: tally(samples.flatMap((s) => (s.status === undefined ? [] : [String(s.status)]))),
        latency: stats,
        budget: Object.fromEntries(Object.entries(budget).filter(([, v]) => v !== undefined)),
        percentiles: 'as hey computes them: the sample at index ceil(p/100 * n) of the sorted latencies',
    };
    const measured = stats.count === 0
        ? `${(0,wording/* plural */.LS)(samples.length, 'request')}, none answered`
        : `p50 ${stats.p50Ms} ms, p95 ${stats.p95Ms} ms, max ${stats.maxMs} ms over ${(0,wording/* plural */.LS)(samples.length, 'request')}, ${percent(evidence.errorRate)} errors`;
    if (problems.length > 0) {
        return { status: 'fail', summary: `${problems.join('; ')} (${measured})`, evidence };
    }
    return { status: 'pass', summary: measured, evidence };
}
function tally(values) {
    const out = {};
    for (const v of values)
        out[v] = (out[v] ?? 0) + 1;
    return out;
}
/** Request headers as Node's object form (it adds Host and the rest): repeated names joined as HTTP joins them. */
function headerObject(list) {
    const out = {};
    for (const [name, value] of list) {
        const key = name.toLowerCase();
        out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/net/rate-limit-verdict.ts
const LIMIT_HEADER = /^(ratelimit(-policy|-limit|-remaining|-reset)?|x-ratelimit-[a-z-]+|x-rate-limit-[a-z-]+)$/;
/** The rate-limit headers among `headers` (and Retry-After), first value of each. */
function rateLimitHeaders(headers) {
    const out = {};
    for (const [name, value] of headers) {
        if ((LIMIT_HEADER.test(name) || name === 'retry-after') && out[name] === undefined) {
            out[name] = value.slice(0, 200);
        }
    }
    return out;
}
function judgeBurst(responses, sent, require429) {
    const sorted = [...responses].sort((a, b) => a.n - b.n);
    const limited = sorted.find((r) => r.status === 429);
    const withHeaders = sorted.find((r) => r.headers && Object.keys(rateLimitHeaders(r.headers)).some((h) => h !== 'retry-after'));
    const errors = sorted.filter((r) => r.error !== undefined);
    const statuses = {};
    for (const r of sorted)
        if (r.status !== undefined)
            statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const evidence = { sent, statuses, errors: errors.length };
    if (limited) {
        const headers = rateLimitHeaders(limited.headers ?? []);
        evidence.limitedAt = limited.n;
        evidence.headers = headers;
        const retry = headers['retry-after'] !== undefined ? `, Retry-After ${headers['retry-after']}` : ', no Retry-After';
        return {
            status: 'pass',
            summary: `limited with 429 at request ${limited.n} of ${sent}${retry}`,
            evidence,
        };
    }
    if (withHeaders && !require429) {
        const headers = rateLimitHeaders(withHeaders.headers ?? []);
        evidence.headersAt = withHeaders.n;
        evidence.headers = headers;
        return {
            status: 'pass',
            summary: `rate-limit headers at request ${withHeaders.n}: ${Object.keys(headers).join(', ')}`,
            evidence,
        };
    }
    if (withHeaders)
        evidence.headers = rateLimitHeaders(withHeaders.headers ?? []);
    if (errors.length === sorted.length && sorted.length > 0) {
        return { status: 'error', summary: `no request got an answer (${errors[0]?.error})`, evidence };
    }
    const noise = errors.length > 0 ? ` (${errors.length} failed without an answer)` : '';
    const what = require429 ? 'no 429' : 'no 429 and no rate-limit headers';
    return { status: 'fail', summary: `${what} after a burst of ${sent} requests${noise}`, evidence };
}

;// CONCATENATED MODULE: ./src/checks/net/http-rate-limit.ts









const httpRateLimit = defineKind({
    kind: 'http.rate-limit',
    description: 'A burst of requests to the target meets rate limiting: a 429 (with or without Retry-After), or RateLimit / RateLimit-Policy / X-RateLimit-* headers. Opt-in: it sends up to `requests` requests (default 30, at most 200) and stops at the first sign of a limit.',
    scope: 'target',
    traffic: 'load',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...requestParams,
        requests: {
            type: 'integer',
            minimum: 1,
            maximum: 200,
            description: 'Size of the burst (default 30, at most 200).',
        },
        concurrency: {
            type: 'integer',
            minimum: 1,
            maximum: 20,
            description: 'Requests in flight at once (default 5).',
        },
        'require-429': {
            type: 'boolean',
            description: 'Only an actual 429 passes; headers announcing a limit are not enough (default false).',
        },
        'ca-file': caFileParam,
    }),
    validate: (p) => requestParamProblems(p),
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx);
        if (!prepared.ok)
            return prepared.outcome;
        const { url, shown, headers, ca } = prepared.value;
        const require429 = p['require-429'] ?? false;
        const concurrency = p.concurrency ?? 5;
        const total = p.requests ?? 30;
        const agent = keepAliveAgent(url, concurrency, ctx.proxy?.(url));
        let done = false;
        let sent = 0;
        try {
            const responses = await runPool(total, concurrency, async (i) => {
                sent += 1;
                const r = await (0,request/* request */.Em)(url, {
                    method: p.method,
                    headers,
                    timeoutMs: timeoutOf(p),
                    maxBodyBytes: 64 * 1024,
                    ca,
                    agent,
                    signal: ctx.signal,
                    proxy: ctx.proxy,
                });
                if (!r.ok)
                    return { n: i + 1, error: r.error.code };
                const seen = (0,request/* scrubHeaders */.Ch)(r.headers, ctx.scrub);
                const announced = Object.keys(rateLimitHeaders(seen)).some((h) => h !== 'retry-after');
                if (r.status === 429 || (announced && !require429))
                    done = true;
                return { n: i + 1, status: r.status, headers: seen };
            }, { signal: ctx.signal, stop: () => done });
            if (ctx.signal.aborted)
                return { status: 'error', summary: 'cancelled during the burst' };
            const outcome = judgeBurst(responses, sent, require429);
            return { ...outcome, evidence: { url: shown, ...outcome.evidence } };
        }
        finally {
            agent.destroy();
        }
    },
});

// EXTERNAL MODULE: ./src/definition/diagnostic.ts
var diagnostic = __webpack_require__(9874);
;// CONCATENATED MODULE: ./src/checks/net/response-verdict.ts






/**
 * `scrub` removes the run's secrets from a text; previews are scrubbed before they are shortened, so a cut
 * cannot leave part of a secret.
 */
function judgeResponse(e, r, url, scrub = (t) => t) {
    // A window a little longer than the preview, scrubbed whole, then cut: a large body is not scrubbed whole.
    const show = (s, max) => preview(scrub(s.replace(/\s+/g, ' ').slice(0, max + 4096)), max);
    const problems = [];
    const statuses = statusSet(e.status);
    if (!statuses.has(r.status))
        problems.push(`status ${r.status}, expected ${statuses.text}`);
    for (const [name, pattern] of Object.entries(e['expect-headers'] ?? {})) {
        const value = (0,request/* headerValue */.Z)(r.headers, name);
        if (value === undefined)
            problems.push(`header ${name} is missing`);
        else if (!(0,util_pattern/* compilePattern */.Eb)(pattern, { ignoreCase: true }).test(value)) {
            problems.push(`header ${name} is '${show(value, 60)}', which does not match /${pattern}/`);
        }
    }
    for (const name of e['forbid-headers'] ?? []) {
        if ((0,request/* headerValues */.UE)(r.headers, name).length > 0)
            problems.push(`header ${name} is present but must not be`);
    }
    const text = r.body.toString('utf8');
    // A body cut at max-body is only a prefix. Text found in it is in the body, so `contains` holds and a
    // forbidden text found fails; everything else would judge a part as if it were the whole (a pattern
    // anchored at the end, JSON, a text that may come later), so it is not judged and fails saying so.
    const over = `the body exceeded max-body (${r.body.length} bytes)`;
    const notJudged = (what) => `${over}, so ${what} was not judged: raise max-body to judge it`;
    for (const needle of [e.contains ?? []].flat()) {
        if (text.includes(needle))
            continue;
        problems.push(r.truncated
            ? `${over} and its first ${r.body.length} bytes do not contain '${show(needle, 40)}'`
            : `the body does not contain '${show(needle, 40)}'`);
    }
    for (const needle of [e['not-contains'] ?? []].flat()) {
        if (text.includes(needle))
            problems.push(`the body contains '${show(needle, 40)}'`);
        else if (r.truncated)
            problems.push(notJudged(`not-contains '${show(needle, 40)}'`));
    }
    if (e.matches !== undefined) {
        if (r.truncated)
            problems.push(notJudged(`matches /${e.matches}/`));
        else if (!(0,util_pattern/* compilePattern */.Eb)(e.matches).test(text))
            problems.push(`the body does not match /${e.matches}/`);
    }
    const jsonValues = {};
    const wantsJson = e.json !== undefined || e['json-matches'] !== undefined;
    if (wantsJson) {
        const parsed = r.truncated ? { ok: false, message: notJudged('its JSON') } : parseJson(text);
        if (!parsed.ok)
            problems.push(parsed.message);
        else {
            for (const [p, expected] of Object.entries(e.json ?? {})) {
                const found = dig(parsed.value, parsePath(p) ?? []);
                if (found.present)
                    jsonValues[p] = show(JSON.stringify(found.value) ?? 'undefined', 80);
                if (!found.present)
                    problems.push(`JSON ${p} is missing`);
                else if (!(0,external_node_util_.isDeepStrictEqual)(found.value, expected)) {
                    problems.push(`JSON ${p} is ${jsonValues[p]}, expected ${show(JSON.stringify(expected), 80)}`);
                }
            }
            for (const [p, pattern] of Object.entries(e['json-matches'] ?? {})) {
                const found = dig(parsed.value, parsePath(p) ?? []);
                if (!found.present) {
                    problems.push(`JSON ${p} is missing`);
                    continue;
                }
                const asText = typeof found.value === 'string' ? found.value : JSON.stringify(found.value);
                jsonValues[p] = show(JSON.stringify(found.value) ?? 'undefined', 80);
                if (!(0,util_pattern/* compilePattern */.Eb)(pattern).test(asText ?? '')) {
                    problems.push(`JSON ${p} is ${jsonValues[p]}, which does not match /${pattern}/`);
                }
            }
        }
    }
    const evidence = {
        url,
        status: r.status,
        finalUrl: r.finalUrl,
        timings: { totalMs: roundMs(r.timings.totalMs), firstByteMs: roundMs(r.timings.firstByteMs) },
        headers: headersOfInterest(r, e, show),
        bodyBytes: r.body.length,
        truncated: r.truncated,
    };
    if (r.truncated)
        evidence.bodyCut = `at max-body: only the first ${r.body.length} bytes were read`;
    if (r.chain.length > 1)
        evidence.chain = r.chain;
    if (Object.keys(jsonValues).length > 0)
        evidence.json = jsonValues;
    if (problems.length > 0) {
        evidence.problems = problems;
        evidence.bodyPreview = show(text, 200);
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        return { status: 'fail', summary: `${problems[0]}${more}`, evidence };
    }
    const ms = Math.round(r.timings.totalMs);
    const cutNote = r.truncated ? ` (body cut at max-body, ${r.body.length} bytes)` : '';
    return { status: 'pass', summary: `${r.status} from ${r.finalUrl} in ${ms} ms${cutNote}`, evidence };
}
function headersOfInterest(r, e, show) {
    const names = new Set(['content-type', 'location']);
    for (const n of Object.keys(e['expect-headers'] ?? {}))
        names.add(n.toLowerCase());
    for (const n of e['forbid-headers'] ?? [])
        names.add(n.toLowerCase());
    const out = {};
    for (const n of names) {
        const v = (0,request/* headerValue */.Z)(r.headers, n);
        if (v !== undefined)
            out[n] = show(v, 120);
    }
    return out;
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
    }
    catch {
        return { ok: false, message: 'the body is not JSON' };
    }
}
function preview(s, max) {
    const one = s.replace(/\s+/g, ' ');
    return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}

;// CONCATENATED MODULE: ./src/checks/net/transport-outcome.ts
/**
 * The outcome of a request that got no usable answer. What the target visibly did wrong (an invalid
 * certificate, a redirect loop) fails the check; not reaching it at all (no DNS name, refused, timed out,
 * reset, cancelled) is an error: nothing could be judged.
 */
function transportOutcome(failure, url) {
    const { code, message, chain } = failure.error;
    const judged = code === 'tls' || code === 'redirect-loop' || code === 'too-many-redirects';
    const evidence = { url, error: { code, message } };
    if (chain.length > 0)
        evidence.chain = chain;
    return { status: judged ? 'fail' : 'error', summary: `${url}: ${message}`, evidence };
}

;// CONCATENATED MODULE: ./src/checks/net/http-response.ts











const oneOrMore = (description) => ({
    type: ['string', 'array'],
    minLength: 1,
    minItems: 1,
    items: { type: 'string', minLength: 1 },
    description,
});
const httpResponse = defineKind({
    kind: 'http.response',
    description: 'An HTTP request to the target answers as expected: status, body text or pattern, JSON values, headers present or absent (for example /health answers 200 with {"status":"ok"}).',
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...requestParams,
        body: { type: 'string', description: 'A request body to send (with POST, PUT or PATCH).' },
        status: statusSchema('Accepted status codes; default 2xx.'),
        contains: oneOrMore('Text the body must contain (each of a list).'),
        'not-contains': oneOrMore('Text the body must not contain, for example a stack trace marker.'),
        matches: regexString('The body must match this.'),
        json: {
            type: 'object',
            minProperties: 1,
            description: 'The body is JSON and the value at each path equals the one given: { "status": "ok", "checks.db": "up", "items[0].id": 1 }.',
        },
        'json-matches': {
            type: 'object',
            minProperties: 1,
            additionalProperties: { type: 'string', minLength: 1 },
            description: 'The body is JSON and the value at each path (as text) matches the regular expression.',
        },
        'expect-headers': {
            type: 'object',
            minProperties: 1,
            additionalProperties: { type: 'string' },
            description: 'Response headers that must be present, name: regular expression the value must match (case-insensitive; "" for any value).',
        },
        'forbid-headers': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
            description: 'Response headers that must be absent, for example X-Powered-By.',
        },
        'follow-redirects': {
            type: ['boolean', 'integer'],
            minimum: 0,
            maximum: 50,
            description: `Follow redirects: false (default: the first answer is judged, as curl -f does), true (at most ${MAX_REDIRECTS}), or the most to follow.`,
        },
        'max-body': maxBodyParam,
        'ca-file': caFileParam,
    }),
    validate(p) {
        const problems = [
            ...requestParamProblems(p),
            ...statusProblems(p.status, 'status'),
            ...regexProblems([
                { path: ['matches'], source: p.matches },
                ...Object.entries(p['expect-headers'] ?? {}).map(([k, v]) => ({
                    path: ['expect-headers', k],
                    source: v,
                })),
                ...Object.entries(p['json-matches'] ?? {}).map(([k, v]) => ({
                    path: ['json-matches', k],
                    source: v,
                })),
            ]),
        ];
        for (const key of ['json', 'json-matches']) {
            for (const path of Object.keys(p[key] ?? {})) {
                if (parsePath(path) === undefined) {
                    problems.push({
                        path: [key, path],
                        message: `is not a valid path: use keys separated by '.', and [n] for list entries`,
                    });
                }
            }
        }
        if (p.body !== undefined && (p.method ?? 'GET') === 'GET') {
            problems.push({ path: ['body'], message: 'needs a method that sends a body (POST, PUT or PATCH)' });
        }
        return problems;
    },
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx);
        if (!prepared.ok)
            return prepared.outcome;
        const { url, shown, headers, ca } = prepared.value;
        const result = await (0,request/* request */.Em)(url, {
            method: p.method,
            headers,
            body: p.body,
            timeoutMs: timeoutOf(p),
            maxBodyBytes: sizeOf(p['max-body']),
            followRedirects: redirectsOf(p['follow-redirects'] ?? false),
            ca,
            signal: ctx.signal,
            proxy: ctx.proxy,
        });
        if (!result.ok)
            return transportOutcome(result, shown);
        const outcome = judgeResponse(p, result, shown, ctx.scrub);
        const location = (0,request/* headerValues */.UE)(result.headers, 'location')[0];
        if (outcome.status === 'fail' && result.status >= 300 && result.status < 400 && location !== undefined) {
            // A health check that redirects (often to a login or a 404 page) is not healthy; say where it went.
            let where;
            try {
                where = new URL(location, url).href;
            }
            catch {
                where = location;
            }
            const to = (0,diagnostic/* cut */.Jj)((ctx.scrub ?? ((t) => t))(where), 120);
            outcome.summary += ` (a redirect to ${to}; set follow-redirects: true to follow it)`;
        }
        return outcome;
    },
});

;// CONCATENATED MODULE: ./src/checks/net/redirect-verdict.ts
const REDIRECT_STATUSES = [301, 302, 307, 308];
/** What is wrong with the first answer to plain HTTP, if anything. */
function firstHopProblem(first, start, rules) {
    if (!(first.status >= 300 && first.status < 400) || first.location === undefined) {
        return `${start.href} answered ${first.status} instead of redirecting to HTTPS`;
    }
    const next = new URL(first.location, start);
    if (next.protocol !== 'https:') {
        return `the first redirect goes to ${next.href}, not to HTTPS (redirect to HTTPS first)`;
    }
    if (!rules.allowOtherHost && next.hostname !== start.hostname) {
        return `the first redirect leaves the host: ${start.hostname} → ${next.hostname}`;
    }
    if (!REDIRECT_STATUSES.includes(first.status)) {
        return `the redirect uses status ${first.status}; use 301 or 308 (or 302, 307)`;
    }
    return undefined;
}
/** The verdict on a complete chain (every answer, the last one not a redirect). */
function judgeRedirect(chain, start, rules) {
    const evidence = { url: start.href, chain };
    const fail = (summary) => ({ status: 'fail', summary, evidence });
    const first = chain[0];
    if (!first)
        return { status: 'error', summary: `no answer from ${start.href}`, evidence };
    const last = chain[chain.length - 1];
    // Observatory's order: no redirect, then a chain not ending on HTTPS, then the first hop's faults.
    if (chain.length > 1 && new URL(last.url).protocol !== 'https:') {
        return fail(`the redirects end on ${last.url}, not on HTTPS`);
    }
    const problem = firstHopProblem(first, start, rules);
    if (problem)
        return fail(problem);
    if (last.status < 200 || last.status > 299) {
        return fail(`the HTTPS destination ${last.url} answered ${last.status}`);
    }
    const hops = chain.length - 1;
    const next = new URL(first.location, start).href;
    const tail = hops > 1 ? ` and ends on ${last.url} after ${hops} redirects` : '';
    return { status: 'pass', summary: `${start.href} redirects (${first.status}) to ${next}${tail}`, evidence };
}

;// CONCATENATED MODULE: ./src/checks/net/https-redirect.ts








const httpsRedirect = defineKind({
    kind: 'http.https-redirect',
    description: "Plain HTTP on the target's host redirects to HTTPS: the first answer is a 301/302/307/308 to https:// on the same host, and the chain ends on HTTPS with a 2xx (Mozilla HTTP Observatory's redirection rules, stricter).",
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        'http-port': {
            type: 'integer',
            minimum: 1,
            maximum: 65535,
            description: 'The port plain HTTP is served on (default 80).',
        },
        'allow-other-host': {
            type: 'boolean',
            description: 'Accept a first redirect to HTTPS on another host (default false).',
        },
        'allow-no-http': {
            type: 'boolean',
            description: 'Pass when nothing listens for plain HTTP at all (Observatory does; default false: a release gate wants the redirect).',
        },
        ...caAndTimeoutParams('For the whole redirect chain; default 10s.'),
    }),
    validate: (p) => requestParamProblems(p),
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx);
        if (!prepared.ok)
            return prepared.outcome;
        const { url, ca } = prepared.value;
        const start = new URL(`http://${url.host}`);
        start.port = String(p['http-port'] ?? 80);
        start.pathname = url.pathname;
        start.search = url.search;
        const result = await (0,request/* request */.Em)(start, {
            method: 'GET',
            timeoutMs: timeoutOf(p),
            maxBodyBytes: 64 * 1024,
            followRedirects: MAX_REDIRECTS,
            ca,
            signal: ctx.signal,
            proxy: ctx.proxy,
        });
        if (result.ok)
            return judgeRedirect(result.chain, start, { allowOtherHost: p['allow-other-host'] ?? false });
        const { code, chain } = result.error;
        if (chain.length === 0 && code === 'refused') {
            const evidence = { url: start.href, error: result.error };
            return p['allow-no-http']
                ? {
                    status: 'pass',
                    summary: `nothing listens for plain HTTP at ${start.href}, so no redirect is needed`,
                    evidence,
                }
                : {
                    status: 'fail',
                    summary: `nothing listens for plain HTTP at ${start.href}: no redirect to HTTPS`,
                    evidence,
                };
        }
        const first = chain[0];
        const problem = first && firstHopProblem(first, start, { allowOtherHost: p['allow-other-host'] ?? false });
        // A fault of the first redirect is the finding, whatever went wrong later.
        if (problem)
            return { status: 'fail', summary: problem, evidence: { url: start.href, chain } };
        return transportOutcome(result, start.href);
    },
});

// EXTERNAL MODULE: ./src/checks/net/request-errors.ts
var request_errors = __webpack_require__(474);
;// CONCATENATED MODULE: ./src/checks/net/certificate-verdict.ts

/**
 * The verdict on a TLS endpoint: trusted chain, host name covered, within its validity period with
 * `minDays` left (testssl.sh rates 30 days or fewer as high severity), and a protocol no older than
 * `minVersion`. Pure: the caller hands in the time.
 */
const PROTOCOLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const DAY = 24 * 60 * 60 * 1000;
/** Verification results that the date and host name checks below report in their own words. */
const OWN_WORDS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID']);
function judgeCertificate(facts, rules) {
    const c = facts.certificate;
    const validTo = Date.parse(c.validTo);
    const validFrom = Date.parse(c.validFrom);
    const daysLeft = Math.floor((validTo - rules.now) / DAY);
    const problems = [];
    if (facts.chainError !== '' && !OWN_WORDS.has(facts.chainError)) {
        problems.push(`the certificate is not trusted: ${(0,request_errors/* describeTlsCode */.K)(facts.chainError)}`);
    }
    if (facts.identityError !== undefined) {
        const covers = c.altNames.length > 0 ? c.altNames.join(', ') : c.subject;
        problems.push(`the certificate does not cover ${rules.host} (it covers ${covers})`);
    }
    if (validTo <= rules.now) {
        problems.push(`the certificate expired on ${day(c.validTo)} (${-daysLeft} days ago)`);
    }
    else if (validFrom > rules.now) {
        problems.push(`the certificate is not valid before ${day(c.validFrom)}`);
    }
    else if (daysLeft < rules.minDays) {
        problems.push(`the certificate expires in ${daysLeft} days (on ${day(c.validTo)}); at least ${rules.minDays} required`);
    }
    const rank = PROTOCOLS.indexOf((facts.protocol ?? ''));
    if (rank < PROTOCOLS.indexOf(rules.minVersion)) {
        problems.push(`the server negotiates ${facts.protocol ?? 'an unknown protocol'}, older than ${rules.minVersion}`);
    }
    const evidence = {
        host: rules.host,
        subject: c.subject,
        issuer: c.issuer,
        altNames: c.altNames,
        validFrom: c.validFrom,
        validTo: c.validTo,
        daysLeft,
        protocol: facts.protocol,
        cipher: facts.cipher,
        chain: facts.chain,
        fingerprint: c.fingerprint,
        trusted: facts.chainError === '' || OWN_WORDS.has(facts.chainError),
    };
    if (problems.length > 0) {
        evidence.problems = problems;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        return { status: 'fail', summary: `${problems[0]}${more}`, evidence };
    }
    return {
        status: 'pass',
        summary: `valid for ${rules.host} until ${day(c.validTo)} (${daysLeft} days), ${facts.protocol}, issued by ${shortName(c.issuer)}`,
        evidence,
    };
}
function day(iso) {
    return iso.slice(0, 10);
}
function shortName(dn) {
    const cn = /(?:^|, )CN=([^,]+)/.exec(dn);
    return cn ? cn[1] : dn;
}

// EXTERNAL MODULE: ./src/checks/net/tls-info.ts
var tls_info = __webpack_require__(5249);
;// CONCATENATED MODULE: ./src/checks/net/tunnel.ts





/**
 * A `CONNECT host:port` tunnel through `proxy` (RFC 9110 §9.3.6), on Node's own HTTP client, for probes
 * that speak TLS themselves (the certificate check). Settles once; a refusal names the proxy's status.
 */
function openTunnel(proxy, host, port, signal) {
    return new Promise((resolve) => {
        const bare = host.replace(/^\[(.*)\]$/, '$1');
        const authority = `${external_node_net_default().isIPv6(bare) ? `[${bare}]` : bare}:${port}`;
        const shown = (0,net_proxy/* shownProxy */.qb)(proxy);
        const headers = { host: authority };
        const credentials = (0,net_proxy/* proxyAuthorization */.YB)(proxy);
        if (credentials)
            headers['proxy-authorization'] = credentials;
        const secure = proxy.protocol === 'https:';
        let settled = false;
        const settle = (t) => {
            if (settled) {
                if (t.ok)
                    t.socket.destroy();
                return;
            }
            settled = true;
            resolve(t);
        };
        let req;
        try {
            req = (secure ? (external_node_https_default()) : (external_node_http_default())).request({
                host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'),
                port: proxy.port === '' ? (secure ? 443 : 80) : Number(proxy.port),
                method: 'CONNECT',
                path: authority,
                headers,
                agent: false,
                signal,
            });
        }
        catch (e) {
            return settle({ ok: false, ...(0,request_errors/* classifyError */.f)(e) });
        }
        req.once('connect', (res, socket, head) => {
            if (res.statusCode === 200) {
                if (head.length > 0)
                    socket.unshift(head);
                return settle({ ok: true, socket });
            }
            socket.destroy();
            settle({
                ok: false,
                code: 'proxy',
                message: `the proxy ${shown} refused the tunnel to ${authority} (HTTP ${res.statusCode ?? 0})`,
            });
        });
        req.once('error', (e) => {
            const c = (0,request_errors/* classifyError */.f)(e);
            settle({ ok: false, code: c.code, message: `${c.message} through the proxy ${shown}` });
        });
        req.end();
    });
}

;// CONCATENATED MODULE: ./src/checks/net/tls-probe.ts





function probeTls(o) {
    return new Promise((resolve) => {
        let settled = false;
        let socket;
        // Through a proxy: the tunnel first, under the same timer; a probe that ends also ends the tunnel.
        const tunnelling = new AbortController();
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            tunnelling.abort();
            o.signal?.removeEventListener('abort', onAbort);
            socket?.destroy();
            resolve(r);
        };
        const onAbort = () => finish({ ok: false, code: 'aborted', message: 'the check was cancelled' });
        const timer = setTimeout(() => finish({ ok: false, code: 'timeout', message: `no TLS handshake within ${o.timeoutMs} ms` }), Math.max(1, o.timeoutMs));
        if (o.signal?.aborted)
            return onAbort();
        o.signal?.addEventListener('abort', onAbort, { once: true });
        const host = o.host.replace(/^\[(.*)\]$/, '$1');
        if (!o.via)
            return handshake();
        void openTunnel(o.via, host, o.port, tunnelling.signal).then((t) => {
            if (!t.ok)
                return finish(t);
            if (settled)
                return void t.socket.destroy();
            handshake(t.socket);
        });
        function handshake(tunnel) {
            try {
                socket = external_node_tls_default().connect({
                    ...(tunnel ? { socket: tunnel } : { host, port: o.port }),
                    servername: external_node_net_default().isIP(host) ? undefined : host,
                    rejectUnauthorized: false,
                    ...(o.ca ? { ca: (0,tls_info/* caBundle */.R0)(o.ca) } : {}),
                    ...(o.minVersion ? { minVersion: o.minVersion } : {}),
                    ...(o.ciphers ? { ciphers: o.ciphers } : {}),
                });
            }
            catch (e) {
                return finish({ ok: false, ...(0,request_errors/* classifyError */.f)(e) });
            }
            socket.on('error', (e) => finish({ ok: false, ...(0,request_errors/* classifyError */.f)(e) }));
            socket.on('secureConnect', () => {
                const s = socket;
                const peer = s.getPeerCertificate(true);
                if (!peer || Object.keys(peer).length === 0) {
                    return finish({ ok: false, code: 'tls', message: 'the server sent no certificate' });
                }
                const identity = external_node_tls_default().checkServerIdentity(host, peer);
                const facts = {
                    protocol: s.getProtocol(),
                    cipher: s.getCipher()?.name,
                    chainError: s.authorizationError ? String(s.authorizationError) : '',
                    certificate: (0,tls_info/* certificateFacts */.lF)(peer),
                    chain: chainOf(peer),
                };
                if (identity)
                    facts.identityError = identity.message;
                finish({ ok: true, facts });
            });
        }
    });
}
function chainOf(leaf) {
    const out = [];
    const seen = new Set();
    let cur = leaf;
    while (cur && out.length < 6 && !seen.has(cur.fingerprint256)) {
        seen.add(cur.fingerprint256);
        out.push((0,tls_info/* certificateFacts */.lF)(cur).subject);
        cur = cur.issuerCertificate;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/net/tls-certificate.ts







/** Lets a handshake with an old protocol complete, only to name the protocol in the verdict. */
const LEGACY = { minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' };
const tlsCertificate = defineKind({
    kind: 'tls.certificate',
    description: "The target's TLS certificate is trusted (system authorities plus an optional ca-file), covers the host name, is valid for at least min-days more (default 30), and the server speaks TLS 1.2 or newer.",
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        port: {
            type: 'integer',
            minimum: 1,
            maximum: 65535,
            description: "The TLS port (default: the URL's port, else 443).",
        },
        'min-days': {
            type: 'integer',
            minimum: 0,
            maximum: 3650,
            description: 'Fewest days the certificate must still be valid (default 30; testssl.sh warns at 60).',
        },
        'min-version': {
            enum: ['TLSv1.2', 'TLSv1.3'],
            description: 'Oldest acceptable protocol (default TLSv1.2: TLS 1.0 and 1.1 are refused).',
        },
        ...caAndTimeoutParams('For the handshake; default 10s.'),
    }),
    validate: (p) => requestParamProblems(p),
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx);
        if (!prepared.ok)
            return prepared.outcome;
        const { url, ca } = prepared.value;
        const secure = url.protocol === 'https:' || url.protocol === 'wss:';
        if (!secure && p.port === undefined) {
            return {
                status: 'error',
                summary: `${url.href} is not an https URL: give an https target or the TLS 'port'`,
            };
        }
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        const port = p.port ?? (url.port === '' ? 443 : Number(url.port));
        const minVersion = p['min-version'] ?? 'TLSv1.2';
        const via = ctx.proxy?.(new URL(`https://${url.hostname}:${port}/`));
        const base = { host, port, ca, timeoutMs: timeoutOf(p), signal: ctx.signal, via };
        const rules = { host, now: Date.now(), minDays: p['min-days'] ?? 30, minVersion };
        const where = `${host}:${port}`;
        const modern = await probeTls({ ...base, minVersion });
        if (modern.ok)
            return judgeCertificate(modern.facts, rules);
        if (modern.code !== 'tls') {
            const status = 'error';
            return { status, summary: `${where}: ${modern.message}`, evidence: { host, port, error: modern } };
        }
        // The handshake failed: see whether the server would speak an older protocol, to say so.
        const legacy = await probeTls({ ...base, ...LEGACY });
        if (legacy.ok && PROTOCOLS.indexOf(legacy.facts.protocol) < PROTOCOLS.indexOf(minVersion)) {
            return judgeCertificate(legacy.facts, rules);
        }
        return {
            status: 'fail',
            summary: `${where}: the TLS handshake failed (${modern.message.replace(/^TLS: /, '')})`,
            evidence: { host, port, error: modern },
        };
    },
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/checks/env/secret-value.ts

/** A key drawn once per run: fingerprints tell values apart within a run and cannot be brute-forced. */
const RUN_KEY = (0,external_node_crypto_.randomBytes)(32);
/**
 * A short, one-way name for a value: the first 8 hex digits of an HMAC-SHA-256 under a key drawn for this
 * run, so even a 6-digit PIN cannot be found again by trying every value (a plain hash could be).
 * Never the value itself; not comparable across runs.
 */
function fingerprint(value) {
    return (0,external_node_crypto_.createHmac)('sha256', RUN_KEY).update(value, 'utf8').digest('hex').slice(0, 8);
}
/**
 * The value's length in bytes after decoding, or undefined when it is not valid in that encoding.
 * base64 accepts the standard and the URL-safe alphabet, with or without padding.
 */
function decodedBytes(value, encoding) {
    if (encoding === 'raw')
        return Buffer.byteLength(value, 'utf8');
    if (encoding === 'hex')
        return /^(?:[0-9a-fA-F]{2})*$/.test(value) ? value.length / 2 : undefined;
    const body = value.replace(/=+$/, '');
    if (value.length - body.length > 2 || !/^[A-Za-z0-9+/_-]*$/.test(body) || body.length % 4 === 1) {
        return undefined;
    }
    if (/[+/]/.test(body) && /[-_]/.test(body))
        return undefined;
    return Math.floor((body.length * 3) / 4);
}
/** HMAC key sizes RFC 7518 section 3.2 requires: at least the hash output. */
const JWT_MIN_BYTES = { HS256: 32, HS384: 48, HS512: 64 };
const PLACEHOLDER_WORDS = [
    'changethis',
    'changeme',
    'changeit',
    'replaceme',
    'replacewith',
    'changeinproduction',
    'setinproduction',
    'placeholder',
    'example',
    'insecure',
    'dummy',
    'notasecret',
    'notsecret',
    'yoursecret',
    'yourkey',
    'yourtoken',
    'yourpassword',
    'fixme',
];
const COMMON_DEFAULTS = new Set([
    'password',
    'passwd',
    'pass',
    'pwd',
    'secret',
    'secretkey',
    'mysecret',
    'supersecret',
    'test',
    'testing',
    'todo',
    'tbd',
    'default',
    'sample',
    'admin',
    'root',
    'guest',
    'foo',
    'bar',
    'foobar',
    'letmein',
    'qwerty',
    'abc',
    'abc123',
    'token',
    'key',
    'null',
    'undefined',
    'none',
    'empty',
    'dev',
    'development',
    'local',
    'postgres',
    'mysql',
]);
/**
 * Why a value looks like a placeholder rather than a real secret, or undefined. The reason names the
 * pattern, never the value.
 */
function placeholderReason(name, value) {
    const lower = value.trim().toLowerCase();
    const squeezed = lower.replace(/[^a-z0-9]/g, '');
    if (squeezed === name.toLowerCase().replace(/[^a-z0-9]/g, ''))
        return "it equals the variable's name";
    if (/^<[^>]*>$/.test(lower) || /^\$\{[^}]*\}$/.test(lower))
        return 'it is a template marker';
    if (/^your[-_ ]/.test(lower))
        return "it starts with 'your-'";
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value.trim()) && /PASS|SECRET|KEY|TOKEN/.test(value))
        return 'it is written like a variable name (STRONG_DB_PASSWORD), to be replaced';
    const word = PLACEHOLDER_WORDS.find((w) => squeezed.includes(w));
    if (word)
        return `it contains the placeholder word '${word}'`;
    const bare = squeezed.replace(/\d+$/, '');
    if (COMMON_DEFAULTS.has(squeezed) || (bare !== '' && COMMON_DEFAULTS.has(bare))) {
        return 'it is a common default';
    }
    if (/^x{3,}$/.test(squeezed))
        return "it is a run of 'x'";
    if (squeezed.length > 0 && /^(.)\1*$/.test(squeezed))
        return 'it repeats one character';
    if (/^0?123456?7?8?9?0?$/.test(squeezed) && squeezed.length >= 4)
        return 'it is a counting sequence';
    return undefined;
}
/** Names that usually hold secrets: their values are checked for placeholders unless told otherwise. */
function looksSecret(name) {
    return /SECRET|TOKEN|PASSWORD|PASSWD|PWD|PRIVATE|CREDENTIAL|API_?KEY|_KEY$|^KEY_|SALT|PEPPER/i.test(name);
}

;// CONCATENATED MODULE: ./src/checks/net/webhook-verify.ts









/** Length and a short fingerprint: enough to tell which token was used, never the token. */
function tokenFacts(token) {
    return { tokenLength: token.length, tokenFingerprint: fingerprint(token) };
}
/** The URL with the hub.* query Meta sends to verify a webhook subscription. */
function verifyUrl(base, token, challenge) {
    const url = new URL(base.href);
    url.searchParams.set('hub.mode', 'subscribe');
    url.searchParams.set('hub.verify_token', token);
    url.searchParams.set('hub.challenge', challenge);
    return url;
}
const webhookVerify = defineKind({
    kind: 'webhook.verify',
    description: 'A Meta-style webhook verification endpoint: GET ?hub.mode=subscribe&hub.verify_token=T&hub.challenge=C answers 200 with exactly C for the right token (read from the environment variable named by token-env) and a 4xx for a wrong one. The challenge is random on each run; the token never appears in results.',
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        'token-env': {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            description: 'Name of the environment variable holding the verify token.',
        },
        'wrong-token-status': statusSchema('What a wrong token must be answered with; default 4xx (Meta expects 403).'),
        ...caAndTimeoutParams('Per request; default 10s.'),
    }, ['token-env']),
    validate: (p) => [
        ...requestParamProblems(p),
        ...statusProblems(p['wrong-token-status'], 'wrong-token-status'),
    ],
    async run(p, ctx) {
        const target = (0,target_url/* resolveTarget */.u1)(p, ctx);
        if (!target.ok)
            return target.outcome;
        const token = ctx.env[p['token-env']];
        if (token === undefined || token === '') {
            return { status: 'error', summary: `environment variable '${p['token-env']}' (token-env) is not set` };
        }
        const ca = await loadCaFile(p, ctx);
        if (!ca.ok)
            return ca.outcome;
        const shown = (0,request/* displayUrl */.Qy)(target.url);
        const opts = {
            timeoutMs: timeoutOf(p),
            maxBodyBytes: 4096,
            ca: ca.value,
            signal: ctx.signal,
            proxy: ctx.proxy,
        };
        const challenge = String((0,external_node_crypto_.randomInt)(1_000_000_000, 2_000_000_000));
        let wrongToken = (0,external_node_crypto_.randomBytes)(12).toString('hex');
        if (wrongToken === token)
            wrongToken = `${wrongToken}x`;
        const facts = tokenFacts(token);
        const right = await (0,request/* request */.Em)(verifyUrl(target.url, token, challenge), opts);
        if (!right.ok)
            return scrub(transportOutcome(right, shown), token);
        const wrong = await (0,request/* request */.Em)(verifyUrl(target.url, wrongToken, `${challenge}1`), opts);
        if (!wrong.ok)
            return scrub(transportOutcome(wrong, shown), token);
        const rightBody = right.body.toString('utf8');
        const evidence = {
            url: shown,
            ...facts,
            rightToken: {
                status: right.status,
                echoedChallenge: rightBody === challenge,
                bodyBytes: right.body.length,
            },
            wrongToken: { status: wrong.status, bodyBytes: wrong.body.length },
        };
        const problems = [];
        if (right.status !== 200)
            problems.push(`the right token got ${right.status}, expected 200`);
        else if (rightBody !== challenge)
            problems.push(describeEcho((ctx.scrub ?? ((t) => t))(rightBody), challenge, token));
        const wrongOk = statusSet(p['wrong-token-status'], '4xx');
        if (!wrongOk.has(wrong.status)) {
            problems.push(`a wrong token got ${wrong.status}, expected ${wrongOk.text}`);
        }
        if (problems.length > 0)
            return scrub({ status: 'fail', summary: problems.join('; '), evidence }, token);
        return {
            status: 'pass',
            summary: `echoes the challenge for the right token; a wrong token gets ${wrong.status}`,
            evidence,
        };
    },
});
function describeEcho(body, challenge, token) {
    if (body.trim() === challenge)
        return 'the challenge is echoed with extra whitespace; Meta expects it exactly';
    if (body === '')
        return 'the right token got 200 with an empty body instead of the challenge';
    const shown = body.includes(token) ? 'a body holding the token' : `'${body.slice(0, 40)}'`;
    return `the right token got ${shown} instead of the challenge`;
}
/** Belt and braces: a server may echo the token in an error message that ends up in a summary. */
function scrub(outcome, token) {
    if (token.length < 4)
        return outcome;
    const forms = [token, JSON.stringify(token).slice(1, -1), encodeURIComponent(token)];
    let text = JSON.stringify(outcome);
    for (const form of forms)
        text = text.split(form).join('[token]');
    return JSON.parse(text);
}

;// CONCATENATED MODULE: ./src/checks/net/index.ts







/** Kinds that probe a target over the network: HTTP responses, latency, redirects, TLS, DNS, webhooks. */
const netKinds = [
    httpResponse,
    httpLatency,
    httpsRedirect,
    tlsCertificate,
    dnsResolve,
    httpRateLimit,
    webhookVerify,
];

;// CONCATENATED MODULE: ./src/checks/web/cors-verdict.ts
/**
 * How a server's CORS answers are judged. Pure. Mozilla HTTP Observatory fails only an arbitrary origin
 * echoed together with credentials, and passes `*` as public access; a gate for an authenticated API is
 * stricter: any echo of an origin that should not be allowed fails, `*` fails unless `allowWildcard`, and
 * `Access-Control-Allow-Origin: null` fails (sandboxed frames and data: documents have that origin).
 */
/** What the answer grants the origin it was asked for. */
function grantOf(a) {
    if (a.acao.length === 0)
        return 'none';
    if (a.acao.length > 1 || a.acao[0].includes(','))
        return 'invalid';
    const value = a.acao[0].trim();
    if (value === '*')
        return 'wildcard';
    if (value === a.origin)
        return 'echo';
    if (value.toLowerCase() === 'null')
        return 'null';
    return 'other';
}
function withCredentials(a) {
    return a.acac.length === 1 && a.acac[0].trim().toLowerCase() === 'true';
}
/** Problems with the answers to an origin that must not be allowed. */
function disallowedProblems(answers, options = {}) {
    const out = [];
    for (const a of answers) {
        const grant = grantOf(a);
        const creds = withCredentials(a);
        const on = a.request === 'preflight' ? 'the preflight' : 'a GET';
        if (grant === 'echo') {
            out.push(`${on} echoes the arbitrary origin ${a.origin}${creds ? ' with credentials allowed' : ''}`);
        }
        else if (grant === 'wildcard' && creds) {
            out.push(`${on} answers '*' together with Access-Control-Allow-Credentials: true`);
        }
        else if (grant === 'wildcard' && !options.allowWildcard) {
            out.push(`${on} allows any origin ('*'; set allow-wildcard for a public API)`);
        }
        else if (grant === 'null') {
            out.push(`${on} allows the 'null' origin (sandboxed frames, data: documents)`);
        }
    }
    return out;
}
/** Whether a preflight for an origin that should be allowed succeeds: a 2xx status and its origin or `*`. */
function accepts(a) {
    const grant = grantOf(a);
    return a.status >= 200 && a.status < 300 && (grant === 'echo' || grant === 'wildcard');
}
/** How an answer reads in evidence. */
function describeAnswer(a) {
    return {
        request: a.request,
        status: a.status,
        'access-control-allow-origin': a.acao.length === 0 ? null : a.acao.join(', '),
        'access-control-allow-credentials': a.acac.length === 0 ? null : a.acac.join(', '),
        grant: grantOf(a),
    };
}

;// CONCATENATED MODULE: ./src/checks/web/web-target.ts



/** The schema of WebRequestParams. */
const webRequestParams = {
    ...Object.fromEntries(Object.entries(requestParams).filter(([name]) => name !== 'method')),
    'ca-file': caFileParam,
};
/** A WebSocket URL given to a kind that reads an HTTP page: an error that says so. */
function webTransportProblem(url) {
    if (url.protocol === 'http:' || url.protocol === 'https:')
        return undefined;
    return {
        status: 'error',
        summary: `this kind requests an http(s) URL, not ${url.protocol.replace(/:$/, '')}: use ws.handshake for WebSockets`,
    };
}
/** The request headers with an Accept for pages, unless the check sets its own. */
function withAccept(headers, accept) {
    return headers.some(([name]) => name === 'accept') ? headers : [['accept', accept], ...headers];
}
/**
 * GETs the page at the prepared URL, redirects followed, asking for `accept` unless the check sets its own
 * Accept. A request that got no answer comes back as its outcome; an answer, with the evidence every page
 * kind starts from: the URL, the status and the final URL when redirects led elsewhere.
 */
async function fetchPage(prepared, options) {
    const { url, shown, headers, ca } = prepared;
    const result = await (0,request/* request */.Em)(url, {
        headers: withAccept(headers, options.accept),
        timeoutMs: options.timeoutMs,
        maxBodyBytes: options.maxBodyBytes,
        followRedirects: MAX_REDIRECTS,
        ca,
        signal: options.signal,
        proxy: prepared.proxy,
    });
    if (!result.ok)
        return { ok: false, outcome: transportOutcome(result, shown) };
    const evidence = { url: shown, status: result.status };
    if (result.finalUrl !== shown)
        evidence.finalUrl = result.finalUrl;
    return { ok: true, result, evidence };
}

;// CONCATENATED MODULE: ./src/checks/web/cors.ts











const ORIGIN = { type: 'string', minLength: 1, pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+$' };
const cors = defineKind({
    kind: 'http.cors',
    description: 'CORS lets in only the origins it should: a preflight (OPTIONS) from an origin that must not be allowed ' +
        "gets no Access-Control-Allow-Origin echoing it, no '*' (unless allow-wildcard) and never '*' with " +
        'credentials; each of allowed-origins is accepted. Stricter than Mozilla HTTP Observatory, which fails only ' +
        'an echo with credentials.',
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...webRequestParams,
        'probe-origin': {
            ...ORIGIN,
            description: 'The origin that must not be allowed (default a random https://preflight-probe-<random>.invalid).',
        },
        method: {
            enum: [...METHODS],
            description: 'Access-Control-Request-Method of the preflight (default GET).',
        },
        'request-headers': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
            description: 'Access-Control-Request-Headers of the preflight, for example [authorization, content-type].',
        },
        'allowed-origins': {
            type: 'array',
            minItems: 1,
            items: ORIGIN,
            description: "Origins that must be accepted: their preflight answers 2xx with the origin or '*'.",
        },
        'allow-wildcard': {
            type: 'boolean',
            description: "Accept Access-Control-Allow-Origin: '*' for the probe origin (a public API); default false.",
        },
        paths: {
            type: 'array',
            minItems: 1,
            maxItems: 10,
            items: { type: 'string', minLength: 1, pattern: '^/' },
            description: "Paths probed, each joined onto the target's URL (with 'path', if given), for example ['/', '/health', '/api']: an API often answers CORS on its own routes only (default: the URL alone).",
        },
        'simple-request': {
            type: 'boolean',
            description: 'Also send a plain GET with the probe origin, since many servers add CORS headers only to real requests (default true).',
        },
    }),
    validate(p) {
        const problems = [...requestParamProblems(p)];
        const check = (value, path) => {
            if (value === undefined)
                return;
            const problem = originProblem(value);
            if (problem)
                problems.push({ path, message: problem });
        };
        check(p['probe-origin'], ['probe-origin']);
        (p['allowed-origins'] ?? []).forEach((o, i) => check(o, ['allowed-origins', i]));
        if (p['probe-origin'] !== undefined && (p['allowed-origins'] ?? []).includes(p['probe-origin'])) {
            problems.push({ path: ['probe-origin'], message: 'is also listed in allowed-origins' });
        }
        return problems;
    },
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx, webTransportProblem);
        if (!prepared.ok)
            return prepared.outcome;
        if (!p.paths)
            return probeOne(p, prepared.value, ctx);
        const outcomes = [];
        for (const extra of p.paths) {
            const url = (0,target_url/* joinPath */.uJ)(prepared.value.url, extra);
            const at = { ...prepared.value, url, shown: (0,request/* displayUrl */.Qy)(url) };
            outcomes.push({ url: at.shown, outcome: await probeOne(p, at, ctx) });
        }
        const evidence = { urls: Object.fromEntries(outcomes.map((o) => [o.url, o.outcome.evidence ?? {}])) };
        const worst = ['error', 'fail']
            .map((status) => outcomes.filter((o) => o.outcome.status === status))
            .find((list) => list.length > 0);
        if (worst) {
            const status = worst[0]?.outcome.status;
            const summary = (0,wording/* listSome */.XT)(worst.map((o) => `${o.url}: ${o.outcome.summary}`), 2);
            return { status, summary, evidence };
        }
        return {
            status: 'pass',
            summary: `${(0,wording/* listSome */.XT)(outcomes.map((o) => o.url), 3)}: ${outcomes[0]?.outcome.summary ?? ''}`,
            evidence,
        };
    },
});
async function probeOne(p, prepared, ctx) {
    const url = prepared.shown;
    const probe = p['probe-origin'] ?? `https://preflight-probe-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.invalid`;
    const ask = askWith(prepared, timeoutOf(p), p, ctx);
    const probeAnswers = [];
    const kinds = p['simple-request'] === false ? ['preflight'] : ['preflight', 'get'];
    for (const kind of kinds) {
        const answer = await ask(probe, kind);
        if (!answer.ok)
            return answer.outcome(url);
        probeAnswers.push(answer.value);
    }
    const allowed = {};
    const refused = [];
    for (const origin of p['allowed-origins'] ?? []) {
        const answer = await ask(origin, 'preflight');
        if (!answer.ok)
            return answer.outcome(url);
        const ok = accepts(answer.value);
        if (!ok)
            refused.push(origin);
        allowed[origin] = { accepted: ok, ...describeAnswer(answer.value) };
    }
    const problems = disallowedProblems(probeAnswers, { allowWildcard: p['allow-wildcard'] });
    for (const origin of refused)
        problems.push(`allowed origin ${origin} is not accepted`);
    const evidence = {
        url,
        method: p.method ?? 'GET',
        probe: { origin: probe, answers: probeAnswers.map(describeAnswer) },
    };
    if (p['allowed-origins'])
        evidence.allowed = allowed;
    if (problems.length > 0)
        return { status: 'fail', summary: (0,wording/* listSome */.XT)(problems, 3), evidence };
    const n = p['allowed-origins']?.length ?? 0;
    return {
        status: 'pass',
        summary: `a foreign origin is not allowed${n > 0 ? `; ${n === 1 ? 'the allowed origin is' : `all ${n} allowed origins are`} accepted` : ''}`,
        evidence,
    };
}
function askWith({ url, headers: extra, ca }, timeoutMs, p, ctx) {
    return async (origin, kind) => {
        const headers = [...extra, ['origin', origin]];
        if (kind === 'preflight') {
            headers.push(['access-control-request-method', p.method ?? 'GET']);
            if (p['request-headers']) {
                headers.push(['access-control-request-headers', p['request-headers'].join(',').toLowerCase()]);
            }
        }
        const result = await (0,request/* request */.Em)(url, {
            method: kind === 'preflight' ? 'OPTIONS' : 'GET',
            headers,
            timeoutMs,
            maxBodyBytes: 64 * 1024,
            followRedirects: 0,
            ca,
            signal: ctx.signal,
            proxy: ctx.proxy,
        });
        if (!result.ok)
            return { ok: false, outcome: (shown) => transportOutcome(result, shown) };
        return {
            ok: true,
            value: {
                origin,
                request: kind,
                status: result.status,
                acao: (0,request/* headerValues */.UE)(result.headers, 'access-control-allow-origin'),
                acac: (0,request/* headerValues */.UE)(result.headers, 'access-control-allow-credentials'),
            },
        };
    };
}
/** Why a string is not a serialized origin (scheme://host[:port], lower case, no path), if it is not. */
function originProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'is not an origin such as https://app.example.com';
    }
    if (url.origin === 'null')
        return 'is not an origin with a host, such as https://app.example.com';
    if (url.origin !== value)
        return `is not written as an origin: use '${url.origin}'`;
    return undefined;
}

// EXTERNAL MODULE: ./src/checks/web/html/html-type.ts
var html_type = __webpack_require__(8828);
;// CONCATENATED MODULE: ./src/checks/web/mixed-content.ts









const PAGE_BYTES = 4 * 1024 * 1024;
const mixedContent = defineKind({
    kind: 'http.mixed-content',
    description: 'An HTTPS page loads nothing over plain http://: scripts, stylesheets and other loading <link>s, images ' +
        'and srcset candidates, media, frames, object/embed and form targets, with relative URLs resolved against ' +
        'the page and its <base>. The page is parsed as browsers parse HTML. A target that is not https:// is an ' +
        'error; an https:// target that redirects to http:// fails.',
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...webRequestParams,
        'max-body': { ...maxBodyParam, description: 'Read at most this much of the page (default 4MB).' },
        'allow-localhost': {
            type: 'boolean',
            description: 'Count http://localhost, *.localhost, 127.0.0.0/8 and [::1] as secure, as Lighthouse does (default false).',
        },
        'max-findings': {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'How many insecure URLs the evidence lists (default 20); all are counted.',
        },
    }),
    validate: (p) => requestParamProblems(p),
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx, (target) => webTransportProblem(target) ?? notHttps(target));
        if (!prepared.ok)
            return prepared.outcome;
        const fetched = await fetchPage(prepared.value, {
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
            maxBodyBytes: sizeOf(p['max-body'], PAGE_BYTES),
            timeoutMs: timeoutOf(p),
            signal: ctx.signal,
        });
        if (!fetched.ok)
            return fetched.outcome;
        const { result, evidence } = fetched;
        const url = prepared.value.shown;
        const page = new URL(result.finalUrl);
        if (page.protocol !== 'https:') {
            return { status: 'fail', summary: `${url} redirects to plain HTTP: ${result.finalUrl}`, evidence };
        }
        if (result.status >= 400) {
            return {
                status: 'error',
                summary: `${result.finalUrl} answered HTTP ${result.status}, not a page`,
                evidence,
            };
        }
        const type = (0,request/* headerValues */.UE)(result.headers, 'content-type')[0];
        if (!(0,html_type/* isHtmlType */.U)(type)) {
            return {
                status: 'error',
                summary: `${result.finalUrl} is not an HTML page (Content-Type ${type ?? 'missing'})`,
                evidence: { ...evidence, contentType: type ?? null },
            };
        }
        if (result.truncated)
            evidence.truncated = true;
        // The HTML parser is loaded when a page is read.
        const { describeSubresource, findMixedContent } = await Promise.all(/* import() */[__webpack_require__.e(194), __webpack_require__.e(961)]).then(__webpack_require__.bind(__webpack_require__, 8961));
        const found = findMixedContent(result.body.toString('utf8'), page, (0,request/* headerValues */.UE)(result.headers, 'content-security-policy'), { allowLocalhost: p['allow-localhost'] });
        const max = p['max-findings'] ?? 20;
        evidence.subresources = found.total;
        evidence.insecureCount = found.insecure.length;
        evidence.insecure = found.insecure.slice(0, max).map((s) => describeSubresource(s, ctx.scrub));
        if (found.upgraded)
            evidence.upgradeInsecureRequests = true;
        const n = found.insecure.length;
        if (n === 0 && result.truncated) {
            // Subresources past the cut were never seen: a clean first part is not a clean page.
            return {
                status: 'fail',
                summary: `the page exceeded max-body (${result.body.length} bytes): no http:// subresources among ${(0,wording/* plural */.LS)(found.total, 'URL')} in the part read, the rest was not judged: raise max-body to judge it`,
                evidence,
            };
        }
        if (n === 0) {
            return {
                status: 'pass',
                summary: `no http:// subresources among ${(0,wording/* plural */.LS)(found.total, 'URL')}`,
                evidence,
            };
        }
        const examples = (0,wording/* listSome */.XT)(found.insecure.map((s) => `<${s.element}> ${s.url.href}`), 3);
        if (found.upgraded) {
            return {
                status: 'pass',
                summary: `${(0,wording/* plural */.LS)(n, 'http:// subresource')}, upgraded to HTTPS by CSP upgrade-insecure-requests: ${examples}`,
                evidence,
            };
        }
        return { status: 'fail', summary: `${(0,wording/* plural */.LS)(n, 'http:// subresource')}: ${examples}`, evidence };
    },
});
/** Mixed content is a matter of HTTPS pages: another target is an error that says where to point. */
function notHttps(target) {
    if (target.protocol === 'https:')
        return undefined;
    const url = (0,request/* displayUrl */.Qy)(target);
    return {
        status: 'error',
        summary: `${url} is not an https:// URL: mixed content is judged on an HTTPS page (point the check at it)`,
        evidence: { url },
    };
}

// EXTERNAL MODULE: ./src/checks/web/headers/hsts.ts
var hsts = __webpack_require__(685);
;// CONCATENATED MODULE: ./src/checks/web/headers/sub-tests.ts
/** The sub-tests of http.security-headers, in the order they are reported. */
const SUB_TESTS = ['hsts', 'csp', 'framing', 'nosniff', 'referrer-policy', 'cookies'];

;// CONCATENATED MODULE: ./src/checks/web/security-headers.ts









const flag = (description) => ({ type: 'boolean', description });
const security_headers_PAGE_BYTES = 2 * 1024 * 1024;
const securityHeaders = defineKind({
    kind: 'http.security-headers',
    description: 'The page the target serves (GET, redirects followed) sends the security headers a browser needs: HSTS, a ' +
        'Content-Security-Policy that stops injected scripts, framing protection, X-Content-Type-Options nosniff, a ' +
        'private Referrer-Policy and safe cookie attributes. Each sub-test passes or fails as in Mozilla HTTP ' +
        'Observatory; options make them stricter.',
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...webRequestParams,
        require: {
            type: 'array',
            items: { enum: [...SUB_TESTS] },
            uniqueItems: true,
            minItems: 1,
            description: `The sub-tests that decide the result (default all: ${SUB_TESTS.join(', ')}); the others are still reported.`,
        },
        'hsts-min-age': {
            type: 'integer',
            minimum: 0,
            description: `Smallest Strict-Transport-Security max-age accepted, in seconds (default ${hsts/* HSTS_MIN_AGE */._Z}, 180 days).`,
        },
        'hsts-include-subdomains': flag('HSTS must carry includeSubDomains.'),
        'hsts-preload': flag('HSTS must meet the preload list: preload, includeSubDomains, max-age >= 31536000.'),
        'csp-allow-unsafe-inline': flag("Accept 'unsafe-inline' for scripts (default false)."),
        'csp-allow-unsafe-eval': flag("Accept 'unsafe-eval' (default false)."),
        'framing-strict': flag('Reject X-Frame-Options ALLOW-FROM (ignored by browsers) and a frame-ancestors that allows any host.'),
        'referrer-policy-required': flag('Fail when no Referrer-Policy is set (default: pass, browsers default to strict-origin-when-cross-origin).'),
        'cookies-require-httponly': flag('Every cookie must be HttpOnly (default: session cookies only).'),
        'cookies-require-samesite': flag('Every cookie must carry SameSite (default: anti-CSRF cookies only).'),
    }),
    validate: (p) => requestParamProblems(p),
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx, webTransportProblem);
        if (!prepared.ok)
            return prepared.outcome;
        const page = await fetchPage(prepared.value, {
            accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
            maxBodyBytes: security_headers_PAGE_BYTES,
            timeoutMs: timeoutOf(p),
            signal: ctx.signal,
        });
        if (!page.ok)
            return page.outcome;
        const { result, evidence: where } = page;
        if (result.status >= 500) {
            return {
                status: 'error',
                summary: `${result.finalUrl} answered HTTP ${result.status}: an error page's headers are not judged`,
                evidence: where,
            };
        }
        // The judge reads <meta> policies with the HTML parser: loaded when a page is judged.
        const { judgeSecurityHeaders } = await Promise.all(/* import() */[__webpack_require__.e(194), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 8224));
        const tests = judgeSecurityHeaders({
            // Values are scrubbed before the judge shortens them for evidence.
            headers: (0,request/* scrubHeaders */.Ch)(result.headers, ctx.scrub),
            https: new URL(result.finalUrl).protocol === 'https:',
            verified: result.tls?.authorized ?? false,
            body: (ctx.scrub ?? ((t) => t))(result.body.toString('utf8')),
        }, {
            hsts: {
                minAge: p['hsts-min-age'],
                includeSubdomains: p['hsts-include-subdomains'],
                preload: p['hsts-preload'],
            },
            csp: { allowUnsafeInline: p['csp-allow-unsafe-inline'], allowUnsafeEval: p['csp-allow-unsafe-eval'] },
            framingStrict: p['framing-strict'],
            referrerPolicyRequired: p['referrer-policy-required'],
            cookies: {
                requireHttpOnly: p['cookies-require-httponly'],
                requireSameSite: p['cookies-require-samesite'],
            },
        });
        const required = new Set(p.require ?? SUB_TESTS);
        const evidence = { ...where, tests: {} };
        const shown = evidence.tests;
        for (const name of SUB_TESTS) {
            const t = tests[name];
            shown[name] = {
                verdict: t.pass ? 'pass' : 'fail',
                ...(required.has(name) ? {} : { required: false }),
                reason: t.reason,
                ...(t.value !== undefined ? { value: t.value } : {}),
                ...(t.cookies !== undefined && t.cookies.length > 0 ? { cookies: t.cookies } : {}),
            };
        }
        const failed = SUB_TESTS.filter((n) => required.has(n) && !tests[n].pass);
        const passed = SUB_TESTS.filter((n) => required.has(n) && tests[n].pass);
        if (failed.length > 0) {
            const why = failed.map((n) => `${n} (${tests[n].reason})`).join('; ');
            return { status: 'fail', summary: `${failed.length} of ${required.size} failed: ${why}`, evidence };
        }
        return { status: 'pass', summary: `all ${passed.length} pass: ${passed.join(', ')}`, evidence };
    },
});

// EXTERNAL MODULE: ./src/checks/web/ws-expect.ts
var ws_expect = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/checks/web/ws-handshake.ts








const ws_handshake_TOKEN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
const wsHandshake = defineKind({
    kind: 'ws.handshake',
    description: 'A WebSocket opening handshake to the target (ws:// or wss://; an http(s) target is asked as ws(s)) ' +
        'succeeds, optionally offering subprotocols and sending one message whose answer must contain a text or ' +
        'match a pattern, all within the timeout.',
    scope: 'target',
    params: strictObject({
        ...target_url/* targetParams */.Mw,
        ...webRequestParams,
        timeout: {
            ...requestParams.timeout,
            description: 'Handshake and message round trip together; default 10s.',
        },
        'ca-file': { ...caFileParam, description: `${caFileParam.description} Used for wss://.` },
        subprotocols: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: ws_handshake_TOKEN },
            description: 'Subprotocols to offer (Sec-WebSocket-Protocol); the server must pick one of them.',
        },
        send: { type: 'string', description: 'A text message to send once the connection is open.' },
        expect: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
                contains: { type: 'string', minLength: 1, description: 'Text the message must contain.' },
                pattern: {
                    type: 'string',
                    minLength: 1,
                    description: 'A JavaScript regular expression it must match.',
                },
            },
            description: 'A text message that must arrive (after `send`, if given): { contains: "pong" } or { pattern: "^\\\\{" }.',
        },
    }),
    validate(p) {
        return [
            ...requestParamProblems(p),
            ...regexProblems([{ path: ['expect', 'pattern'], source: p.expect?.pattern }]),
        ];
    },
    async run(p, ctx) {
        const prepared = await prepareRequest(p, ctx);
        if (!prepared.ok)
            return prepared.outcome;
        const { headers, ca } = prepared.value;
        const url = (0,ws_expect/* toWebSocketUrl */.S8)(prepared.value.url);
        // The WebSocket client (ws) is loaded when a handshake is made.
        const { probeWebSocket } = await Promise.all(/* import() */[__webpack_require__.e(977), __webpack_require__.e(815)]).then(__webpack_require__.bind(__webpack_require__, 3815));
        const r = await probeWebSocket(url, {
            headers,
            subprotocols: p.subprotocols,
            ca,
            send: p.send,
            expect: p.expect,
            timeoutMs: timeoutOf(p),
            signal: ctx.signal,
            via: ctx.proxy?.(url),
        });
        return ws_handshake_verdict(r, (0,request/* displayUrl */.Qy)(url), p, ctx.scrub);
    },
});
/** The outcome of a probe. Not reaching the server (no DNS name, refused) is an error; the rest fail. */
function ws_handshake_verdict(r, url, p, scrub = (t) => t) {
    const evidence = { url };
    if (r.status !== undefined)
        evidence.status = r.status;
    if (p.subprotocols)
        evidence.offered = p.subprotocols;
    if (r.protocol !== undefined)
        evidence.protocol = r.protocol;
    if (r.extensions)
        evidence.extensions = r.extensions;
    if (r.handshakeMs !== undefined)
        evidence.handshakeMs = r.handshakeMs;
    if (r.roundTripMs !== undefined)
        evidence.roundTripMs = r.roundTripMs;
    if (r.messages > 0)
        evidence.messages = r.messages;
    // Scrubbed before it is shortened, in the evidence and in the summary alike.
    if (r.lastMessage !== undefined)
        evidence.lastMessage = (0,ws_expect/* shownMessage */.zz)(r.lastMessage, 200, scrub);
    if (r.close)
        evidence.close = { code: r.close.code, reason: scrub(r.close.reason) };
    if (p.expect)
        evidence.expected = (0,ws_expect/* describeExpectation */.uN)(p.expect);
    if (r.ok) {
        const protocol = r.protocol ? ` (subprotocol ${r.protocol})` : '';
        const trip = r.roundTripMs !== undefined
            ? `; ${p.send !== undefined ? 'answer' : 'message'} in ${r.roundTripMs} ms`
            : '';
        return { status: 'pass', summary: `handshake in ${r.handshakeMs} ms${protocol}${trip}`, evidence };
    }
    evidence.stage = r.stage;
    evidence.error = { code: r.code, message: r.problem };
    const unreachable = r.code === 'refused' || r.code === 'dns' || r.code === 'aborted';
    let why = r.problem ?? 'failed';
    if (r.code === 'timeout' && r.stage === 'message' && p.expect) {
        why = `no message ${(0,ws_expect/* describeExpectation */.uN)(p.expect)} within the timeout`;
        if (r.lastMessage !== undefined)
            why += `; last received: ${(0,ws_expect/* shownMessage */.zz)(r.lastMessage, 80, scrub)}`;
    }
    return { status: unreachable ? 'error' : 'fail', summary: `${url}: ${why}`, evidence };
}

;// CONCATENATED MODULE: ./src/checks/web/index.ts




/** Kinds that judge what a web target serves: security headers, CORS, mixed content, WebSocket. */
const webKinds = [securityHeaders, cors, mixedContent, wsHandshake];

// EXTERNAL MODULE: ./src/checks/env/env-files.ts
var env_files = __webpack_require__(4356);
;// CONCATENATED MODULE: ./src/checks/env/documented-keys.ts

/**
 * Keys an example env file documents: every assignment dotenv reads, and assignments commented out
 * (`# OPTIONAL_KEY=`), which is how example files usually mark optional variables.
 */
function documentedKeys(text) {
    const keys = new Set((0,env_files/* parseEnvFile */.F)(text).map((e) => e.key));
    for (const m of text.matchAll(/^\s*#+\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/gm))
        keys.add(m[1]);
    return keys;
}

;// CONCATENATED MODULE: ./src/checks/env/env-documented.ts








const ENV_FILES = ['**/.env', '**/.env.*'];
/** The names example env files go by, in the order they are looked for. */
const EXAMPLE_NAMES = [
    '.env.example',
    '.env.sample',
    '.env.template',
    '.env.dist',
    '.env.defaults',
    '.example.env',
    '.sample.env',
    'env.example',
    'env.sample',
    'example.env',
    '.env.local.example',
    '.env.development.example',
    '.env.production.example',
];
/** Env files that are not configuration to document: examples, test settings and licence sidecars. */
const NOT_ENV = [
    '**/*.example',
    '**/*.sample',
    '**/*.template',
    '**/*.dist',
    '**/*.license',
    '**/.env.test',
    '**/.env.test.*',
];
const CODE = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,svelte}'];
/** Code that does not run in the deployed service: tests, tooling, build output and vendored copies. */
const NOT_CODE = [
    '**/node_modules/**',
    '**/{dist,build,out,coverage}/**',
    '**/*.min.js',
    '**/*.d.ts',
    '**/*.d.mts',
    '**/*.d.cts',
    '**/*.test.*',
    '**/*.spec.*',
    '**/{test,tests,__tests__,__mocks__,e2e,cypress,playwright,fixtures}/**',
    '**/{scripts,tools,tooling,extra}/**',
    '**/{bench,benchmark,benchmarks}/**',
    '**/{vendor,vendors,third_party,bower_components}/**',
    '**/*.config.*',
    '.yarn/**',
];
/** What Vite (and tools built like it) put on import.meta.env by themselves. */
const META_BUILTINS = new Set(['MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR']);
/** Variables the platform sets, which no .env.example should have to list. */
const DEFAULT_IGNORE = [
    'NODE_ENV',
    'CI',
    'HOME',
    'PATH',
    'PWD',
    'USER',
    'SHELL',
    'TERM',
    'TZ',
    'LANG',
    'TMPDIR',
    'HOSTNAME',
    'GITHUB_*',
    'RUNNER_*',
    'npm_*',
];
/** Example env files: those at the root if any, else every one in the repository (a monorepo's apps). */
function exampleFiles(files) {
    const named = files.filter((f) => EXAMPLE_NAMES.includes(f.slice(f.lastIndexOf('/') + 1)));
    const root = named.filter((f) => !f.includes('/'));
    const pick = root.length > 0 ? root : named.filter((f) => !/(?:^|\/)(?:node_modules|test|tests|docs)\//.test(f));
    return pick.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
const rank = (f) => EXAMPLE_NAMES.indexOf(f.slice(f.lastIndexOf('/') + 1));
const envDocumented = defineKind({
    kind: 'env.documented',
    description: 'Every key of the .env files, and every environment variable the JavaScript/TypeScript code reads, is listed in .env.example.',
    scope: 'repo',
    params: strictObject({
        example: {
            type: 'string',
            minLength: 1,
            description: `The file that documents the variables (default: every example env file of the repository, by the names ${EXAMPLE_NAMES.slice(0, 8).join(', ')} and the like).`,
        },
        'env-files': globList('Env files whose keys must be documented (default **/.env, **/.env.*).'),
        include: globList('Code files scanned for reads (default: JS and TS files).'),
        exclude: globList('Code files not scanned (node_modules, build output, tests, tooling, vendored code, configs and .d.ts always are).'),
        ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1, 'x-glob': true },
            description: `Variables that need no documentation, in addition to ${DEFAULT_IGNORE.join(', ')}; '*' matches any characters.`,
        },
        code: { type: 'boolean', description: 'Scan the code for reads (default true).' },
        'max-findings': {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'Findings listed (default 100).',
        },
    }),
    validate(p) {
        return repoPathProblems([{ path: ['example'], file: p.example }]);
    },
    content: (p) => jobs(p),
    async run(p, ctx) {
        const files = await presentFiles(ctx, false);
        let examples = p.example ? [p.example] : exampleFiles(files);
        // Without an example, a committed development env file (Vite, Create React App) is where the keys are listed.
        if (examples.length === 0 && !p.example) {
            const tracked = new Set(await ctx.git.trackedFiles());
            examples = ['.env.development', '.env.defaults'].filter((f) => tracked.has(f));
        }
        const example = examples.length > 0 ? (0,wording/* listSome */.XT)(examples, 2) : '.env.example';
        const documented = new Set();
        for (const file of examples) {
            let exampleText;
            try {
                exampleText = await readText(ctx.repoDir, file);
            }
            catch {
                exampleText = undefined;
            }
            if (exampleText === undefined && p.example) {
                return {
                    status: 'fail',
                    summary: `${file} does not exist or is not a text file, so no variable is documented`,
                    findings: [{ file, message: 'create it, listing every variable the application reads' }],
                };
            }
            for (const key of documentedKeys(exampleText ?? ''))
                documented.add(key);
        }
        const ignored = (0,util_glob/* globMatcher */.fU)([...DEFAULT_IGNORE, ...(p.ignore ?? [])]);
        const known = (name) => documented.has(name) || ignored(name);
        const [envJob, codeJob] = jobs(p);
        const envScan = await scanContent(ctx, envJob);
        const codeScan = codeJob ? await scanContent(ctx, codeJob) : undefined;
        // The example files document; they are not env files to document (whatever their names).
        const isExample = new Set(examples);
        const envFiles = envScan.selected.filter((f) => !isExample.has(f));
        const codeFiles = codeScan?.selected ?? [];
        const found = [];
        const uses = new Map();
        const record = (f, entries, env) => {
            for (const e of entries) {
                if (e.meta && META_BUILTINS.has(e.name))
                    continue;
                uses.set(e.name, (uses.get(e.name) ?? 0) + 1);
                if (known(e.name))
                    continue;
                const message = env
                    ? `${e.name} is set here but not listed in ${example}`
                    : `reads ${e.name}, which ${example} does not list`;
                found.push({
                    file: f,
                    line: e.line,
                    col: e.col,
                    message,
                    name: e.name,
                    from: env ? 'env-file' : 'code',
                });
            }
        };
        for (const { file, result } of envScan.files)
            if (!isExample.has(file))
                record(file, result, true);
        for (const { file, result } of codeScan?.files ?? [])
            record(file, result, false);
        found.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
        const undocumented = [...new Set(found.map((f) => f.name))].sort();
        const evidence = {
            example: examples,
            documented: documented.size,
            envFiles,
            codeFilesScanned: codeFiles.length,
            variablesSeen: uses.size,
            undocumented,
        };
        if (examples.length === 0 && undocumented.length > 0) {
            return {
                status: 'fail',
                summary: `no example env file (.env.example or the like), and ${(0,wording/* plural */.LS)(undocumented.length, 'variable')} used: ${(0,wording/* listSome */.XT)(undocumented)}`,
                evidence,
                findings: found
                    .slice(0, p['max-findings'] ?? 100)
                    .map(({ file, line, col, message }) => ({ file, line, col, message })),
            };
        }
        if (undocumented.length === 0 && examples.length === 0) {
            return {
                status: 'pass',
                summary: `no variable to document: none read by ${(0,wording/* plural */.LS)(codeFiles.length, 'code file')} or set in ${(0,wording/* plural */.LS)(envFiles.length, 'env file')}`,
                evidence,
            };
        }
        if (undocumented.length === 0) {
            return {
                status: 'pass',
                summary: `${example} lists all ${(0,wording/* plural */.LS)(uses.size, 'variable')} used in ${(0,wording/* plural */.LS)(envFiles.length, 'env file')} and ${(0,wording/* plural */.LS)(codeFiles.length, 'code file')}`,
                evidence,
            };
        }
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(undocumented.length, 'variable')} missing from ${example}: ${(0,wording/* listSome */.XT)(undocumented)}`,
            evidence,
            findings: found
                .slice(0, p['max-findings'] ?? 100)
                .map(({ file, line, col, message }) => ({ file, line, col, message })),
        };
    },
});
/** The env files' keys and the code's reads, from tracked and present untracked files (what a commit holds). */
function jobs(p) {
    const env = {
        analyzer: 'env-file',
        include: p['env-files'] ?? ENV_FILES,
        exclude: [...NOT_ENV, ...(p.example ? [p.example] : [])],
        untracked: true,
    };
    if (!(p.code ?? true))
        return [env];
    const code = {
        analyzer: 'env-reads',
        include: p.include ?? CODE,
        exclude: [...NOT_CODE, ...(p.exclude ?? [])],
        untracked: true,
    };
    return [env, code];
}

;// CONCATENATED MODULE: ./src/checks/env/variable-rules.ts


/** Judges one variable. `lookup` finds any variable (for distinct-from). */
function judgeVariable(name, rule, lookup) {
    const found = lookup(name);
    const verdict = { name, present: found !== undefined, failed: [], problems: [] };
    const fail = (ruleName, problem) => {
        verdict.failed.push(ruleName);
        verdict.problems.push(`${name} ${problem}`);
    };
    if (found === undefined) {
        if (rule.required ?? true)
            fail('required', 'is not set');
        return verdict;
    }
    const { value, source } = found;
    verdict.source = source;
    verdict.length = Buffer.byteLength(value, 'utf8');
    verdict.fingerprint = fingerprint(value);
    if (value === '') {
        if (rule.required ?? true)
            fail('required', 'is set but empty');
        return verdict;
    }
    checkLength(rule, value, verdict, fail);
    for (const other of [rule['distinct-from'] ?? []].flat()) {
        const theirs = lookup(other);
        if (theirs !== undefined && theirs.value === value)
            fail('distinct-from', `has the same value as ${other}`);
    }
    const placeholderDefault = looksSecret(name) ||
        rule['min-bytes'] !== undefined ||
        rule['exact-bytes'] !== undefined ||
        rule['jwt-alg'] !== undefined;
    if (rule['not-placeholder'] ?? placeholderDefault) {
        const reason = placeholderReason(name, value);
        if (reason)
            fail('not-placeholder', `looks like a placeholder: ${reason}`);
    }
    if (rule.equals !== undefined && value !== rule.equals)
        fail('equals', `is not ${quote(rule.equals)}`);
    if (rule['one-of'] !== undefined && !rule['one-of'].includes(value)) {
        fail('one-of', `is not one of ${rule['one-of'].map(quote).join(', ')}`);
    }
    if (rule.matches !== undefined && !(0,util_pattern/* compilePattern */.Eb)(rule.matches).test(value)) {
        fail('matches', `does not match /${rule.matches}/`);
    }
    if (rule['url-host'] !== undefined) {
        const host = urlHost(value);
        if (host === undefined)
            fail('url-host', 'is not a URL');
        else if (!hostMatches(host, rule['url-host']))
            fail('url-host', `is not a URL on ${rule['url-host']}`);
    }
    return verdict;
}
function checkLength(rule, value, verdict, fail) {
    const encoding = rule.encoding ?? 'raw';
    const bytes = decodedBytes(value, encoding);
    if (bytes === undefined) {
        fail('encoding', `is not valid ${encoding}`);
        return;
    }
    if (encoding !== 'raw')
        verdict.decodedBytes = bytes;
    const unit = encoding === 'raw' ? 'bytes' : `bytes after ${encoding} decoding`;
    const jwtMin = rule['jwt-alg'] ? JWT_MIN_BYTES[rule['jwt-alg']] : undefined;
    if (jwtMin !== undefined && bytes < jwtMin) {
        fail('jwt-alg', `has ${bytes} ${unit}; ${rule['jwt-alg']} needs at least ${jwtMin} (RFC 7518 3.2)`);
    }
    const min = rule['min-bytes'];
    if (min !== undefined && bytes < min)
        fail('min-bytes', `has ${bytes} ${unit}, fewer than ${min}`);
    const max = rule['max-bytes'];
    if (max !== undefined && bytes > max)
        fail('max-bytes', `has ${bytes} ${unit}, more than ${max}`);
    const exact = rule['exact-bytes'];
    if (exact !== undefined && bytes !== exact)
        fail('exact-bytes', `has ${bytes} ${unit}, not exactly ${exact}`);
}
function urlHost(value) {
    try {
        const url = new URL(value);
        return url.hostname === '' ? undefined : url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    }
    catch {
        return undefined;
    }
}
/** `example.com` matches that host only; `*.example.com` matches any host below it. */
function hostMatches(host, pattern) {
    const p = pattern.toLowerCase();
    if (p.startsWith('*.'))
        return host.endsWith(p.slice(1)) && host.length > p.length - 1;
    return host === p;
}
function quote(s) {
    return `'${s}'`;
}

;// CONCATENATED MODULE: ./src/checks/env/rule-schema.ts
const bytes = (description) => ({
    type: 'integer',
    minimum: 0,
    maximum: 65536,
    description,
});
/** The schema of one variable's rules in env.policy. */
const variableRuleSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        required: { type: 'boolean', description: 'Must be set and not empty (default true).' },
        secret: {
            type: 'boolean',
            description: 'The value is a secret: scrubbed from every output of the run (comment, summary, log, report), whichever check prints it, even when the name does not look secret (always so for secret-like names and length or JWT rules).',
        },
        'min-bytes': bytes('At least this many bytes (after decoding, see `encoding`).'),
        'max-bytes': bytes('At most this many bytes.'),
        'exact-bytes': bytes('Exactly this many bytes (for example 32 for an AES-256 key).'),
        'jwt-alg': {
            enum: ['HS256', 'HS384', 'HS512'],
            description: 'An HMAC key for this JWT algorithm: at least 32, 48 or 64 bytes (RFC 7518 3.2).',
        },
        encoding: {
            enum: ['raw', 'base64', 'hex'],
            description: 'Decode the value before counting bytes (default raw: the UTF-8 bytes as written).',
        },
        'distinct-from': {
            type: ['string', 'array'],
            minLength: 1,
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            description: 'Other variables whose value must differ.',
        },
        'not-placeholder': {
            type: 'boolean',
            description: 'Reject placeholders such as changeme, your-…, example, xxx, 12345 or the variable name (default true for secret-like names and length rules).',
        },
        equals: { type: 'string', description: 'The exact value (for example production).' },
        'one-of': { type: 'array', items: { type: 'string' }, minItems: 1 },
        matches: { type: 'string', minLength: 1, description: 'A JavaScript regular expression.' },
        'url-host': {
            type: 'string',
            minLength: 1,
            description: 'A URL on this host; `*.example.com` accepts any host below example.com.',
        },
    },
};

// EXTERNAL MODULE: ./src/definition/yaml-source.ts
var yaml_source = __webpack_require__(3182);
;// CONCATENATED MODULE: ./src/checks/container/compose-model.ts


const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Parses a compose file (`file` is its path in the repository, for Dockerfile paths). */
function parseCompose(file, text) {
    const parsed = (0,yaml_source/* parseYaml */.h)(file, text);
    if (!parsed.ok) {
        const d = parsed.diagnostics[0] ?? { line: 1, col: 1, message: 'YAML: unreadable' };
        return { ok: false, line: d.line, col: d.col, message: d.message };
    }
    const src = parsed.source;
    const root = src.value;
    if (!isObj(root) || !isObj(root.services)) {
        return { ok: false, line: 1, col: 1, message: 'no `services` map: this is not a compose file' };
    }
    return {
        ok: true,
        services: Object.entries(root.services).map(([name, raw]) => service(file, src, name, withMerges(raw))),
    };
}
/** Applies `<<:` merge keys (YAML 1.1, which compose files use for shared blocks); own keys win. */
function withMerges(raw) {
    if (!isObj(raw))
        return {};
    const { '<<': merged, ...own } = raw;
    const bases = [merged ?? []].flat().filter(isObj).map(withMerges);
    return Object.assign({}, ...bases.reverse(), own);
}
function service(file, src, name, s) {
    const base = ['services', name];
    const out = {
        name,
        at: src.locate(base, true),
        healthcheck: healthcheckState(s.healthcheck),
        environment: [],
    };
    const restartPolicy = isObj(s.deploy) && isObj(s.deploy.restart_policy) ? s.deploy.restart_policy : undefined;
    if (s.restart !== undefined && s.restart !== null) {
        out.restart = { value: String(s.restart), at: src.locate([...base, 'restart']) };
    }
    else if (restartPolicy) {
        const value = restartPolicy.condition === undefined ? 'any' : String(restartPolicy.condition);
        out.restart = {
            value: value === 'none' ? 'no' : value,
            at: src.locate([...base, 'deploy', 'restart_policy']),
        };
    }
    const env = s.environment;
    if (Array.isArray(env)) {
        env.forEach((entry, i) => {
            if (typeof entry !== 'string')
                return;
            const eq = entry.indexOf('=');
            out.environment.push({
                key: eq >= 0 ? entry.slice(0, eq) : entry,
                value: eq >= 0 ? entry.slice(eq + 1) : undefined,
                at: src.locate([...base, 'environment', i]),
            });
        });
    }
    else if (isObj(env)) {
        for (const [key, value] of Object.entries(env)) {
            out.environment.push({
                key,
                value: value === null || value === undefined ? undefined : String(value),
                at: src.locate([...base, 'environment', key], true),
            });
        }
    }
    const dockerfile = buildDockerfile(file, s.build);
    if (dockerfile)
        out.dockerfile = dockerfile;
    if (typeof s.image === 'string' && s.image.trim() !== '') {
        out.image = { value: s.image.trim(), at: src.locate([...base, 'image'], true) };
    }
    return out;
}
function healthcheckState(h) {
    if (!isObj(h))
        return 'absent';
    if (h.disable === true)
        return 'disabled';
    const test = h.test;
    if (Array.isArray(test) && String(test[0]).toUpperCase() === 'NONE')
        return 'disabled';
    return 'set';
}
/** The Dockerfile a `build:` entry uses, relative to the repository root; undefined for remote contexts. */
function buildDockerfile(composeFile, build) {
    if (build === undefined || build === null)
        return undefined;
    const context = typeof build === 'string' ? build : isObj(build) ? String(build.context ?? '.') : undefined;
    if (context === undefined || /^[a-z]+:\/\/|^git@|\.git(#|$)/i.test(context))
        return undefined;
    const dockerfile = isObj(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
    const full = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(composeFile), context, dockerfile));
    return full.startsWith('../') || external_node_path_default().posix.isAbsolute(full) ? undefined : full;
}

// EXTERNAL MODULE: ./src/checks/container/image-ref.ts
var image_ref = __webpack_require__(4184);
;// CONCATENATED MODULE: ./src/checks/container/files.ts





const DOCKERFILES = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/dockerfile',
    '**/*.Dockerfile',
    '**/*.dockerfile',
];
/** Folders whose Dockerfiles and compose files are for development, tests or examples, not for shipping. */
const NOT_SHIPPED_DIRS = /(?:^|\/)(?:\.devcontainer|\.github|dev|test|tests|__tests__|e2e|cypress|playwright|fixtures|examples?|samples?|docs?|scripts|tools|tooling|extra)\//i;
/** Names of images that are not the one that ships: bases and builders, development and test images. */
const NOT_SHIPPED_NAME = /(?:^|[./_-])(?:base|builder|build-env|dev|devel|development|test|tests|ci|local)(?:[./_-]|$)/i;
/** Whether a Dockerfile or compose file is, by where it lives and what it is called, not for production. */
function notShipped(file) {
    return NOT_SHIPPED_DIRS.test(file) || NOT_SHIPPED_NAME.test(stemOf(file));
}
/** A Dockerfile's or compose file's name without the words every such file has. */
function stemOf(file) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return name.replace(/^(?:docker-)?compose\b|^Dockerfile\b|\.?dockerfile$/gi, '');
}
/**
 * The Dockerfiles whose images ship. The ones the CI workflows build (`docker build -f FILE`, a build
 * action's `file:`) when any is named; else the root Dockerfile; else every Dockerfile not set apart as a
 * base, builder, development or test image. `all` is every Dockerfile, for the evidence.
 */
async function shippedDockerfiles(ctx, include = DOCKERFILES, exclude = []) {
    const all = await matchingFiles(ctx, include, exclude);
    const candidates = all.filter((f) => !notShipped(f));
    // What CI and the release scripts build ships, wherever it lives (a dev/build/ folder too).
    const built = new Set();
    const sources = [
        '.github/workflows/*.{yml,yaml}',
        '.gitlab-ci.yml',
        'azure-pipelines.yml',
        '.circleci/config.yml',
    ];
    for (const wf of await matchingFiles(ctx, sources)) {
        const text = (await textOf(ctx, wf)) ?? '';
        for (const m of text.matchAll(/(?:\s-f\s+|--file[=\s]+|\bfile:\s*|\bdockerfile:\s*)['"]?([^\s'"]+)/gi)) {
            const named = m[1].replace(/^\.\//, '');
            if (all.includes(named) && !NOT_SHIPPED_NAME.test(stemOf(named)))
                built.add(named);
        }
    }
    if (built.size > 0)
        return { all, shipped: [...built].sort(), how: 'built by the CI workflows' };
    const root = candidates.filter((f) => /^(?:Dockerfile|dockerfile)$/.test(f));
    if (root.length > 0)
        return { all, shipped: root, how: 'the root Dockerfile' };
    return {
        all,
        shipped: candidates,
        how: 'Dockerfiles not set apart as base, builder, development or test images',
    };
}
const COMPOSE_FILES = [
    '**/compose.yml',
    '**/compose.yaml',
    '**/compose.*.yml',
    '**/compose.*.yaml',
    '**/docker-compose*.yml',
    '**/docker-compose*.yaml',
];
const ALWAYS_EXCLUDED = ['**/node_modules/**'];
/** Files of the repository (tracked, or new and not ignored) matching the globs. */
async function matchingFiles(ctx, include, exclude = []) {
    return (await presentFiles(ctx, false)).filter((0,globs/* pathFilter */.Y)(include, [...ALWAYS_EXCLUDED, ...exclude]));
}
/** Text of a repository file, or undefined when it is missing or binary. */
async function textOf(ctx, file) {
    return readText(ctx.repoDir, file).catch(() => undefined);
}
/** Every service of the repository's compose files, with the file it is in; unreadable files are skipped. */
async function composeServices(ctx) {
    const out = [];
    for (const file of await matchingFiles(ctx, COMPOSE_FILES)) {
        const text = await textOf(ctx, file);
        const parsed = text === undefined ? undefined : parseCompose(file, text);
        if (parsed?.ok)
            out.push(...parsed.services.map((service) => ({ file, service })));
    }
    return out;
}
/**
 * Images the repository builds itself, by name (no tag) → the Dockerfile: `docker build -f FILE -t NAME:TAG`
 * in package.json scripts and CI workflows, so a compose service that pulls the published image is judged
 * with the Dockerfile it comes from. When several Dockerfiles build images of one name (base, builder and
 * release tags), the first that is not set apart as a base, builder or development image is the one.
 */
async function builtImages(ctx) {
    const out = new Map();
    const texts = [];
    const pkg = await textOf(ctx, 'package.json');
    if (pkg) {
        try {
            const scripts = JSON.parse(pkg).scripts ?? {};
            texts.push(...Object.values(scripts).filter((v) => typeof v === 'string'));
        }
        catch {
            /* not JSON */
        }
    }
    for (const wf of await matchingFiles(ctx, ['.github/workflows/*.{yml,yaml}'])) {
        texts.push(...((await textOf(ctx, wf)) ?? '').split('\n'));
    }
    for (const line of texts) {
        const file = /\s(?:-f|--file)[=\s]+['"]?([^\s'"]+)/.exec(line)?.[1]?.replace(/^\.\//, '');
        if (!file)
            continue;
        for (const m of line.matchAll(/\s(?:-t|--tag)[=\s]+['"]?([^\s'"]+)/g)) {
            const name = (0,image_ref/* parseImageRef */.Q)(m[1]).name;
            // One name, several Dockerfiles (a base image, a builder, the release): the one that ships wins.
            const known = out.get(name);
            if (known === undefined || (notShipped(known) && !notShipped(file)))
                out.set(name, file);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/container/secret-names.ts
var secret_names = __webpack_require__(5980);
;// CONCATENATED MODULE: ./src/checks/env/deploy-config.ts




/** Keys that name who or what a service is: a password equal to one of them is guessed at once. */
const IDENTITY = /(?:USER|USERNAME|LOGIN|DB|DATABASE|NAME)$/i;
/**
 * Values the repository's own deploy configuration sets: ENV in the Dockerfiles that ship, `environment:`
 * of the compose files for production, `NAME=value` before the command of package.json's start script
 * (cross-env too), Procfile, and fly.toml's [env]. The first file to set a name wins, in that order.
 */
async function deployValues(ctx) {
    const out = new Map();
    const set = (name, value, file, line, sameAs) => {
        // `${DB_PASSWORD}` is filled in at deploy time: the file does not say what the value is.
        if (/\$\{?[A-Za-z_]/.test(value))
            return;
        if (!out.has(name))
            out.set(name, { value, file, line, ...(sameAs ? { sameAs } : {}) });
    };
    const { shipped } = await shippedDockerfiles(ctx);
    // The Dockerfile parser is loaded when the deploy configuration is read, not with the check kinds.
    const { DockerfileParser, PropertyInstruction } = await __webpack_require__.e(/* import() */ 839).then(__webpack_require__.bind(__webpack_require__, 8390));
    for (const file of shipped) {
        const text = await textOf(ctx, file);
        if (text === undefined)
            continue;
        for (const ins of DockerfileParser.parse(text).getInstructions()) {
            if (ins.getKeyword().toUpperCase() !== 'ENV' || !(ins instanceof PropertyInstruction))
                continue;
            const line = ins.getRange().start.line + 1;
            for (const prop of ins.getProperties()) {
                const value = prop.getValue();
                if (value !== null)
                    set(prop.getName(), unquote(value), file, line);
            }
        }
    }
    const dotenvs = new Map();
    for (const { file, service } of await composeServices(ctx)) {
        if (notShipped(file))
            continue;
        // Compose fills `${NAME}` from the .env file beside the compose file (its project directory).
        const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
        if (!dotenvs.has(dir)) {
            const text = await textOf(ctx, `${dir}.env`);
            dotenvs.set(dir, new Map((text ? (0,env_files/* parseEnvFile */.F)(text) : []).map((e) => [e.key, e])));
        }
        const dotenv = dotenvs.get(dir);
        const resolved = service.environment.flatMap((e) => {
            if (e.value === undefined)
                return [];
            const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}$/.exec(e.value.trim());
            const from = ref ? dotenv.get(ref[1]) : undefined;
            return from
                ? [{ key: e.key, value: from.value, file: `${dir}.env`, line: from.line }]
                : [{ key: e.key, value: e.value, file, line: e.at.line }];
        });
        for (const e of resolved) {
            const same = (0,secret_names/* secretName */.G)(e.key)
                ? resolved.find((o) => o !== e && !(0,secret_names/* secretName */.G)(o.key) && IDENTITY.test(o.key) && o.value === e.value)
                : undefined;
            set(e.key, e.value, e.file, e.line, same?.key);
        }
    }
    const pkg = await textOf(ctx, 'package.json');
    if (pkg) {
        try {
            const start = JSON.parse(pkg).scripts?.start;
            if (typeof start === 'string')
                for (const [k, v] of assignments(start))
                    set(k, v, 'package.json', 1);
        }
        catch {
            /* not JSON: nothing set there */
        }
    }
    const procfile = await textOf(ctx, 'Procfile');
    if (procfile) {
        procfile.split('\n').forEach((l, i) => {
            const m = /^\s*web\s*:\s*(.*)$/.exec(l);
            if (m)
                for (const [k, v] of assignments(m[1]))
                    set(k, v, 'Procfile', i + 1);
        });
    }
    const fly = await textOf(ctx, 'fly.toml');
    if (fly) {
        let inEnv = false;
        fly.split('\n').forEach((l, i) => {
            if (/^\s*\[/.test(l))
                inEnv = /^\s*\[env\]\s*$/.test(l);
            const m = inEnv ? /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$/.exec(l) : null;
            if (m)
                set(m[1], unquote(m[2]), 'fly.toml', i + 1);
        });
    }
    // Last: a default the service's own code sets (`process.env.NODE_ENV ||= 'production'`).
    for (const [name, found] of await codeDefaults(ctx))
        set(name, found.value, found.file, found.line);
    return { values: out, dockerfiles: shipped };
}
/** Code of the service itself: not tests, scripts, tooling, build output, configs or vendored files. */
const CODE_DEFAULTS_JOB = {
    analyzer: 'env-assignments',
    include: ['**/*.{js,cjs,mjs,ts,cts,mts}'],
    exclude: [
        '**/{node_modules,test,tests,__tests__,e2e,scripts,tools,extra,dist,build,.yarn}/**',
        '**/*.test.*',
        '**/*.spec.*',
        '**/*.config.*',
    ],
};
/** Literal values the service's code assigns to process.env itself (defaults when the variable is unset). */
async function codeDefaults(ctx) {
    const out = new Map();
    for (const { file, result } of (await scanContent(ctx, CODE_DEFAULTS_JOB)).files) {
        for (const a of result)
            if (!out.has(a.name))
                out.set(a.name, { value: a.value, file, line: a.line });
    }
    return out;
}
/** `NODE_ENV=production PORT=3000 node server.js` and `cross-env NODE_ENV=production …`. */
function assignments(command) {
    const out = [];
    const words = command.trim().split(/\s+/);
    let k = words[0] === 'cross-env' || words[0] === 'env' ? 1 : 0;
    for (; k < words.length; k += 1) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(words[k]);
        if (!m)
            break;
        out.push([m[1], unquote(m[2])]);
    }
    return out;
}
function unquote(v) {
    return v.trim().replace(/^(['"])(.*)\1$/, '$2');
}

;// CONCATENATED MODULE: ./src/checks/env/env-policy.ts











const NAME = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const envPolicy = defineKind({
    kind: 'env.policy',
    description: "Environment variables (from the job's environment or env files) are set and satisfy rules: length in bytes, JWT key size, distinct from each other, no placeholders, a value or pattern. Values are never shown.",
    scope: 'environment',
    params: strictObject({
        variables: {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: NAME },
            additionalProperties: variableRuleSchema,
            description: 'Rules by variable name.',
        },
        files: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            description: 'Env files in the repository to read (dotenv syntax); a later file overrides an earlier one.',
        },
        'use-env': {
            type: 'boolean',
            description: "Read the job's environment, which wins over the files (default: true without `files`, false with them; a local CLI run never reads the shell it runs in unless given --use-env).",
        },
        'when-used': {
            type: 'boolean',
            description: 'Judge a variable only when the code or configuration of the repository mentions it (default false).',
        },
        'deploy-config': {
            type: 'boolean',
            description: "Also read the values the repository's deploy configuration sets: ENV of the Dockerfiles that ship, production compose files, package.json's start script, Procfile, fly.toml (default false). A variable such a file sets to a fixed value must have it there; secrets it leaves to the platform are judged where the job's environment holds them.",
        },
    }, ['variables']),
    validate(p) {
        const problems = regexProblems(Object.entries(p.variables).map(([name, r]) => ({
            path: ['variables', name, 'matches'],
            source: r.matches,
        })));
        for (const file of p.files ?? []) {
            if (external_node_path_default().isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
                problems.push({ path: ['files'], message: `${file} must stay inside the repository` });
            }
        }
        for (const [name, r] of Object.entries(p.variables)) {
            const min = Math.max(r['min-bytes'] ?? 0, r['jwt-alg'] ? JWT_MIN_BYTES[r['jwt-alg']] : 0);
            if (r['exact-bytes'] !== undefined && r['exact-bytes'] < min) {
                problems.push({ path: ['variables', name, 'exact-bytes'], message: 'is below the minimum length' });
            }
            if ([r['distinct-from'] ?? []].flat().includes(name)) {
                problems.push({ path: ['variables', name, 'distinct-from'], message: 'names the variable itself' });
            }
        }
        return problems;
    },
    content: (p) => [
        ...(p['when-used'] ? [variableMentionJob(Object.keys(p.variables))] : []),
        ...(p['deploy-config'] ? [CODE_DEFAULTS_JOB] : []),
    ],
    async run(p, ctx) {
        const fromFiles = new Map();
        const missingFiles = [];
        for (const file of p.files ?? []) {
            let text;
            try {
                text = await readText(ctx.repoDir, file);
            }
            catch {
                missingFiles.push(file);
                continue;
            }
            if (text === undefined)
                return { status: 'error', summary: `${file} is not a text file` };
            for (const entry of (0,env_files/* parseEnvFile */.F)(text))
                fromFiles.set(entry.key, { ...entry, file });
        }
        const local = ctx.envIsLocalShell === true;
        const useEnv = p['use-env'] ?? (p.files === undefined && !local);
        const names = Object.keys(p.variables);
        // A variable the gate job's environment gives is in use too: the workflow hands it to the release.
        const used = p['when-used']
            ? new Set([
                ...(await mentions(ctx, variableMentionJob(names), names)),
                ...(useEnv ? names.filter((n) => (ctx.env[n] ?? '') !== '') : []),
            ])
            : new Set(names);
        const shipping = p['deploy-config'] ? await deployValues(ctx) : undefined;
        const deploy = shipping?.values ?? new Map();
        // A fixed value (NODE_ENV=production) belongs in the image that ships, when one does.
        const imageMustSet = (n) => (shipping?.dockerfiles.length ?? 0) > 0 && p.variables[n]?.equals !== undefined;
        const lookup = (name) => {
            const env = useEnv ? ctx.env[name] : undefined;
            const file = fromFiles.get(name);
            const configured = deploy.get(name);
            const found = env !== undefined
                ? { value: env, source: 'env' }
                : file
                    ? { value: file.value, source: file.file }
                    : configured
                        ? { value: configured.value, source: configured.file }
                        : undefined;
            if (found && found.value !== '')
                ctx.registerSecret?.(found.value);
            return found;
        };
        const notUsed = names.filter((n) => !used.has(n));
        /** Set outside the repository, and this run cannot see where: a local run, or no deploy file sets it. */
        const elsewhere = names.filter((n) => used.has(n) &&
            lookup(n) === undefined &&
            !useEnv &&
            !(p.files && p.files.length > 0) &&
            !imageMustSet(n));
        const judged = Object.entries(p.variables).filter(([n]) => used.has(n) && !elsewhere.includes(n));
        if (judged.length === 0) {
            const why = [
                ...(notUsed.length > 0 ? [`not used by the code or configuration: ${(0,wording/* listSome */.XT)(notUsed)}`] : []),
                ...(elsewhere.length > 0
                    ? [
                        `set outside the repository (no Dockerfile, compose file or deploy config sets it): ${(0,wording/* listSome */.XT)(elsewhere)}; the gate judges the job's environment${local ? ', or pass --use-env' : ''}`,
                    ]
                    : []),
            ];
            return {
                status: 'skipped',
                summary: why.join('; '),
                evidence: { notUsed, setElsewhere: elsewhere },
            };
        }
        const verdicts = judged.map(([name, rule]) => {
            const v = judgeVariable(name, rule, lookup);
            const configured = deploy.get(name);
            // A password equal to its service's user or database name is the first guess of anyone.
            if (rule['not-placeholder'] && configured?.sameAs && v.source === configured.file) {
                return {
                    ...v,
                    problems: [
                        ...v.problems,
                        `${name} (${configured.file}) is the same as ${configured.sameAs}: a default anyone would guess`,
                    ],
                };
            }
            return v;
        });
        const problems = [
            ...missingFiles.map((f) => `${f} does not exist`),
            ...verdicts.flatMap((v) => v.problems),
        ];
        const evidence = {
            sources: [
                ...(useEnv ? ['env'] : []),
                ...(p.files ?? []),
                ...(p['deploy-config'] ? ['deploy-config'] : []),
            ],
            ...(notUsed.length > 0 ? { notUsed } : {}),
            ...(elsewhere.length > 0 ? { setElsewhere: elsewhere } : {}),
            missingFiles,
            variables: Object.fromEntries(verdicts.map(({ name, problems: _, ...rest }) => [name, rest])),
        };
        const findings = verdicts.flatMap((v) => {
            const entry = fromFiles.get(v.name);
            if (!entry || v.source !== entry.file)
                return [];
            return v.problems.map((message) => ({ file: entry.file, line: entry.line, col: entry.col, message }));
        });
        if (problems.length === 0) {
            return {
                status: 'pass',
                summary: `${(0,wording/* plural */.LS)(verdicts.length, 'variable')} meet their rules: ${(0,wording/* listSome */.XT)(verdicts.map((v) => v.name))}`,
                evidence,
            };
        }
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(problems.length, 'problem')}: ${(0,wording/* listSome */.XT)(problems, 3)}`,
            evidence,
            findings,
        };
    },
});

;// CONCATENATED MODULE: ./src/checks/env/index.ts


/** Kinds that judge configuration: the job's environment variables, env files and their documentation. */
const envKinds = [envPolicy, envDocumented];

;// CONCATENATED MODULE: ./src/checks/secrets/allowlist.ts

/** The file in the repository root that lists paths and fingerprints `repo.secrets` accepts. */
const IGNORE_FILE = '.preflight-secrets-ignore';
const FINGERPRINT = /^[0-9a-f]{12}$/;
/**
 * Parses an allowlist: one entry a line, `#` starts a comment. A 12-digit hex fingerprint (as the findings
 * print it) accepts that secret wherever it is; anything else is a path glob.
 */
function parseAllowlist(text) {
    const globs = [];
    const fingerprints = [];
    for (const raw of text.split(/\r?\n/)) {
        const entry = raw.replace(/(^|\s)#.*$/, '').trim();
        if (entry === '')
            continue;
        if (FINGERPRINT.test(entry))
            fingerprints.push(entry);
        else
            globs.push(entry.replace(/^\.\//, ''));
    }
    return { globs, fingerprints };
}
function createAllowlist(globs, fingerprints) {
    // The allowlist file is the repository's: its globs run in linear time; one that cannot run is left out
    // and named in the result, so the user learns why a listed path is still scanned.
    const { match, skipped } = (0,util_glob/* repoGlobMatcher */.nM)(globs, { dot: true });
    return {
        path: (file) => match(file),
        fingerprints: new Set(fingerprints),
        skipped,
    };
}

;// CONCATENATED MODULE: ./src/checks/secrets/preview.ts

/**
 * Secrets shorter than this get no stable fingerprint: a plain hash of a short value can be reversed by
 * trying every value. Allow them by path or with the inline ignore comment instead.
 */
const MIN_FINGERPRINT_LENGTH = 16;
/**
 * A short, stable identity of a secret (12 hex of a SHA-256 over rule and value), safe to print and list,
 * so the allowlist can name it; `undefined` for a secret too short to be safe behind a plain hash.
 */
function preview_fingerprint(ruleId, secret) {
    if (secret.length < MIN_FINGERPRINT_LENGTH)
        return undefined;
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}:${secret}`).digest('hex').slice(0, 12);
}
/**
 * What a person may see of a secret: the rule's fixed, public prefix (such as `AKIA` or `ghp_`, the same for
 * every key of the provider) and its length, as in `AKIA…(20 chars)`; no character of the secret part.
 */
function preview_preview(rule, secret) {
    if (rule.binary)
        return 'binary file';
    const prefix = rule.prefix && secret.startsWith(rule.prefix) ? rule.prefix : '';
    return `${prefix}…(${secret.length} chars)`;
}

;// CONCATENATED MODULE: ./src/checks/secrets/file-roles.ts
/**
 * What a tracked file is for, as far as judging a credential in it goes. Test code and fixtures are made
 * to hold values shaped like credentials (a scanner's own test inputs, a test server's key, a fake token
 * a validator is tested on), documentation shows how a credential is written, and a CI file that sets a
 * test environment configures the throwaway services its tests run against. gitleaks' users, GitHub's
 * `secret_scanning.yml` (`paths-ignore`) and secretlint's ignore files leave exactly these out by hand;
 * repo.secrets reports what it finds there as notes instead, so nothing is hidden and nothing fails
 * the release for it (`test-files: fail`, `doc-files: fail` judge them like any file).
 */
/** Folders that hold tests, fixtures and mocks. */
const TEST_DIRS = new Set([
    'test',
    'tests',
    '__tests__',
    '__test__',
    'spec',
    'specs',
    '__specs__',
    'fixture',
    'fixtures',
    '__fixtures__',
    'testdata',
    'test-data',
    'test_data',
    'testfixtures',
    '__mocks__',
    'mocks',
    'e2e',
]);
/**
 * Test files by name: `*.test.*`, `*.spec.*`, `*_test.go`, `test_*.py`, `*_test.py`, `*_spec.rb`,
 * `FooTest.java`, `FooTests.cs`, `.env.test`, `.env.testing`.
 */
const TEST_NAME = /(?:\.(?:test|spec|e2e-spec|e2e)\.[A-Za-z0-9]+$|_test\.[A-Za-z0-9]+$|^test_[^/]*\.py$|_spec\.rb$|[a-z0-9]Tests?\.(?:java|kt|scala|cs|groovy|swift)$|^\.env\.test(?:ing)?(?:\.[\w-]+)?$)/;
/** Documentation by extension, and the folders that hold it. */
const DOC_NAME = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
const DOC_DIRS = new Set(['docs', 'doc', 'documentation', 'examples', 'example']);
/**
 * Example configuration: `.env.example`, `.env.sample`, `.env.template`, `config.example.json`,
 * `settings.sample.yml`, `example.env`. Its job is to show where a credential goes.
 */
const EXAMPLE_NAME = /(?:^|[._-])(?:example|sample)(?:[._-]|$)|^\.env\.(?:template|dist|defaults?)$/i;
/** CI configuration files. */
const CI_FILE = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/[^/]+\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.woodpecker(?:\.ya?ml|\/[^/]+\.ya?ml)|\.buildkite\/[^/]+\.ya?ml|appveyor\.ya?ml)$/;
/** A CI file that runs its jobs in a test environment (`NODE_ENV: test`, `RAILS_ENV=test`, …). */
const TEST_ENVIRONMENT = /\b(?:NODE_ENV|RAILS_ENV|RACK_ENV|APP_ENV|FLASK_ENV|DJANGO_ENV|MIX_ENV|ASPNETCORE_ENVIRONMENT|APP_ENVIRONMENT|ENVIRONMENT)['"]?[ \t]*[:=][ \t]*['"]?(?:test|testing|ci)\b/;
/** The role of a tracked file by its path alone (`ci` needs the text: see ciRunsTests). */
function fileRole(file) {
    const parts = file.split('/');
    const name = parts[parts.length - 1];
    const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
    if (dirs.some((d) => TEST_DIRS.has(d)) || TEST_NAME.test(name))
        return 'test';
    if (DOC_NAME.test(name) || dirs.some((d) => DOC_DIRS.has(d)) || EXAMPLE_NAME.test(name))
        return 'docs';
    if (CI_FILE.test(file))
        return 'ci';
    return undefined;
}
/** Whether a CI file's text sets a test environment for what it runs. */
function ciRunsTests(text) {
    return TEST_ENVIRONMENT.test(text);
}

// EXTERNAL MODULE: ./src/checks/secrets/rules.ts + 2 modules
var rules = __webpack_require__(8748);
;// CONCATENATED MODULE: ./src/checks/secrets/repo-secrets.ts











/** CI files are read again (only those with findings) to see whether they set a test environment. */
const CI_READ_LIMIT = 1024 * 1024;
/** What the notes call each role. */
const ROLE_WORDS = {
    test: 'test files',
    docs: 'documentation and examples',
    ci: 'CI test settings',
};
/**
 * Files whose long random-looking strings are checksums, not credentials, and code the repository vendors
 * rather than writes (gitleaks' default allowlist skips the same kinds): lock files, minified bundles and
 * source maps, installed dependencies, and the package manager's own release bundle that yarn checks in.
 */
const DEFAULT_EXCLUDES = [
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/deno.lock',
    '**/bun.lock',
    '**/go.sum',
    '**/go.work.sum',
    '**/Cargo.lock',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/composer.lock',
    '**/Gemfile.lock',
    '**/gradle.lockfile',
    '**/*.min.js',
    '**/*.js.map',
    '**/*.css.map',
    '**/node_modules/**',
    '**/bower_components/**',
    '**/.yarn/releases/**',
    '**/.yarn/plugins/**',
    '**/.pnp.cjs',
    '**/.pnp.loader.mjs',
];
const RULE_IDS = rules/* ALL_RULES */.Uj.map((r) => r.id);
const RULES_BY_ID = new Map(rules/* ALL_RULES */.Uj.map((r) => [r.id, r]));
const repoSecrets = defineKind({
    kind: 'repo.secrets',
    description: 'No tracked file holds a credential: provider tokens, private keys, passwords in URLs, high-entropy values assigned to secret-like names.',
    scope: 'repo',
    params: strictObject({
        include: globList('Only these files are scanned.'),
        exclude: globList('These files are not scanned (lock files, minified bundles, source maps, node_modules and checked-in yarn releases never are).'),
        allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: `Accepted findings: 12-digit fingerprints (as findings print them) or path globs, like lines of ${IGNORE_FILE}.`,
        },
        'ignore-file': {
            type: 'string',
            minLength: 1,
            description: `Allowlist file relative to the repository root (default ${IGNORE_FILE}; a missing file is fine).`,
        },
        'disable-rules': {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: `Rule ids not to run: ${RULE_IDS.join(', ')}.`,
        },
        'max-findings': {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'Findings listed (default 50).',
        },
        'test-files': {
            type: 'string',
            enum: ['note', 'fail'],
            description: 'Findings in tests, fixtures and mocks, and the pattern findings (generic, URL, curl, JWT) in a CI file that sets a test environment: note (default: listed, not failing) or fail.',
        },
        'doc-files': {
            type: 'string',
            enum: ['note', 'fail'],
            description: 'Pattern findings (generic, URL, curl, JWT) in documentation and example files: note (default) or fail. Provider tokens and private keys there always fail.',
        },
    }),
    validate(p) {
        const problems = [];
        (p['disable-rules'] ?? []).forEach((id, i) => {
            if (!RULE_IDS.includes(id)) {
                problems.push({
                    path: ['disable-rules', i],
                    message: `is not a rule id (known: ${RULE_IDS.join(', ')})`,
                });
            }
        });
        (p.allow ?? []).forEach((entry, i) => {
            // Each entry is read as a line of the allowlist file: a fingerprint, or a glob that must be able to run.
            for (const glob of parseAllowlist(entry).globs) {
                const problem = (0,util_glob/* globProblem */.AI)(glob);
                if (problem !== undefined)
                    problems.push({ path: ['allow', i], message: problem });
            }
        });
        const file = p['ignore-file'];
        if (file !== undefined && (external_node_path_default().isAbsolute(file) || file.split(/[\\/]/).includes('..'))) {
            problems.push({ path: ['ignore-file'], message: 'must be a path inside the repository' });
        }
        return problems;
    },
    content: (p) => [repo_secrets_job(p)],
    async run(p, ctx) {
        const ignoreFile = p['ignore-file'] ?? IGNORE_FILE;
        const listed = parseAllowlist(await readOptional(ctx.repoDir, ignoreFile));
        const fromParams = parseAllowlist((p.allow ?? []).join('\n'));
        const allow = createAllowlist([...listed.globs, ...fromParams.globs], [...listed.fingerprints, ...fromParams.fingerprints]);
        const result = await scanContent(ctx, repo_secrets_job(p));
        const tracked = await ctx.git.trackedFiles();
        // The allowlist file and the paths it names are not reported (they are read with the rest: one pass).
        const listedPath = (f) => f === ignoreFile || allow.path(f);
        const scan = {
            filesScanned: result.scanned,
            binarySkipped: result.skipped.binary,
            unreadable: result.skipped.unreadable,
            notRead: result.skipped.link + result.skipped.special + result.skipped['too-large'],
            inlineIgnored: 0,
            detections: [],
        };
        const excluded = result.selected.filter(listedPath).length;
        const unlisted = result.notRead.filter((n) => !listedPath(n.file));
        scan.filesScanned = Math.max(0, scan.filesScanned - excluded);
        for (const { file, result: found } of result.files) {
            if (listedPath(file))
                continue;
            scan.inlineIgnored += found.inlineIgnored;
            for (const d of found.detections) {
                const rule = RULES_BY_ID.get(d.ruleId);
                if (rule)
                    scan.detections.push({ ...d, file, rule });
            }
        }
        const disabled = new Set(p['disable-rules'] ?? []);
        const all = scan.detections.map((d) => ({ ...d, fingerprint: preview_fingerprint(d.rule.id, d.secret) }));
        for (const d of all)
            for (const piece of d.pieces)
                if (worthMasking(piece))
                    ctx.registerSecret?.(piece);
        const accepted = all.filter((d) => d.fingerprint === undefined || !allow.fingerprints.has(d.fingerprint));
        const roleOf = await noteRoles(accepted.map((d) => ({ file: d.file, pattern: rules/* PATTERN_RULE_IDS */.r9.has(d.rule.id) })), { tests: (p['test-files'] ?? 'note') === 'note', docs: (p['doc-files'] ?? 'note') === 'note' }, (file) => readCi(ctx.repoDir, file, ctx.signal));
        const noted = accepted.filter((_, i) => roleOf[i] !== undefined);
        const notedRoles = roleOf.filter((r) => r !== undefined);
        const reported = accepted.filter((_, i) => roleOf[i] === undefined);
        const max = p['max-findings'] ?? 50;
        const shown = reported.slice(0, max);
        const perRule = {};
        for (const d of reported)
            perRule[d.rule.id] = (perRule[d.rule.id] ?? 0) + 1;
        const evidence = {
            filesScanned: scan.filesScanned,
            binarySkipped: scan.binarySkipped,
            filesExcluded: tracked.length - result.selected.length + excluded,
            notRead: scan.notRead,
            unreadable: scan.unreadable,
            ...(0,wording/* notReadEvidence */.fE)(unlisted),
            rules: rules/* ALL_RULES */.Uj.length - disabled.size,
            secrets: reported.length,
            allowlisted: all.length - accepted.length,
            allowlistSkipped: allow.skipped.map((s) => `${s.glob}: ${s.problem}`),
            noted: noted.length,
            notedIn: Object.fromEntries(Object.keys(ROLE_WORDS)
                .map((r) => [r, notedRoles.filter((x) => x === r).length])
                .filter(([, n]) => n > 0)),
            notes: noted
                .slice(0, max)
                .map((d) => `${d.file}:${d.line}:${d.col} ${d.rule.id} ${preview_preview(d.rule, d.secret)} ${d.fingerprint ?? 'no-fingerprint'}`),
            inlineIgnored: scan.inlineIgnored,
            perRule,
            shown: shown.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule.id} ${preview_preview(d.rule, d.secret)} ${d.fingerprint ?? 'no-fingerprint'}`),
        };
        const note = (noted.length > 0 ? `; ${noteLine(noted, notedRoles)}` : '') +
            (0,wording/* notReadNote */.Sn)(unlisted) +
            (allow.skipped.length > 0
                ? `; ${(0,wording/* plural */.LS)(allow.skipped.length, 'allowlist glob')} left out (cannot be matched in linear time): ${(0,wording/* listSome */.XT)(allow.skipped.map((s) => s.glob), 3)}`
                : '');
        if (reported.length === 0) {
            return {
                status: 'pass',
                summary: `no secret in ${(0,wording/* plural */.LS)(scan.filesScanned, 'file')}${evidence.allowlisted + scan.inlineIgnored > 0
                    ? ` (${evidence.allowlisted + scan.inlineIgnored} allowlisted)`
                    : ''}${note}`,
                evidence,
            };
        }
        const findings = shown.map((d) => ({
            file: d.file,
            line: d.line,
            col: d.col,
            message: `${d.rule.description} (${d.rule.id}): ${preview_preview(d.rule, d.secret)}, ${d.fingerprint ? `fingerprint ${d.fingerprint}` : 'too short for a fingerprint'}` +
                (d.rule === rules/* GENERIC_RULE */.F2 ? '' : '; revoke it, then remove it from the history'),
        }));
        const fileCount = new Set(reported.map((d) => d.file)).size;
        const where = (0,wording/* listSome */.XT)([...new Set(reported.map((d) => `${d.file}:${d.line}`))], 3);
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(reported.length, 'secret')} in ${(0,wording/* plural */.LS)(fileCount, 'file')}: ${where}${note}`,
            evidence,
            findings,
        };
    },
});
/**
 * A found value is registered for masking in the rest of the run's output unless it is so short, or such
 * a plain word, that masking it would cut that word out of every line Preflight writes (`pass`, `token`,
 * `invalid`): such a value is in the repository already, and too short to protect by hiding.
 */
function worthMasking(value) {
    return value.length >= 6 && !(/^[A-Za-z]+$/.test(value) && value.length < 12);
}
/**
 * For each finding, the role of its file when that finding is a note rather than a failure: every
 * finding in a test file, and the pattern rules' findings in documentation, examples and CI files that
 * set a test environment (provider tokens and private keys there are still failures).
 */
async function noteRoles(found, note, readCiText) {
    const ciTests = new Map();
    const out = [];
    for (const f of found) {
        const role = fileRole(f.file);
        if (role === 'test' && note.tests)
            out.push(role);
        else if (role === 'docs' && note.docs && f.pattern)
            out.push(role);
        else if (role === 'ci' && note.tests && f.pattern) {
            if (!ciTests.has(f.file))
                ciTests.set(f.file, ciRunsTests(await readCiText(f.file)));
            out.push(ciTests.get(f.file) ? role : undefined);
        }
        else
            out.push(undefined);
    }
    return out;
}
function noteLine(noted, roles) {
    const kinds = Object.keys(ROLE_WORDS).filter((r) => roles.includes(r));
    const where = (0,wording/* listSome */.XT)([...new Set(noted.map((d) => `${d.file}:${d.line}`))], 3);
    return `noted, not failing: ${(0,wording/* plural */.LS)(noted.length, 'credential-shaped value')} in ${kinds
        .map((r) => ROLE_WORDS[r])
        .join(', ')} (${where})`;
}
async function readCi(root, file, signal) {
    const read = await (0,bounded_read/* readBounded */.CB)(root, file, { maxBytes: CI_READ_LIMIT, signal });
    return read.ok ? read.bytes.toString('utf8') : '';
}
/** The allowlist file's text, '' when there is none; bounded like every read of the repository. */
async function readOptional(repoDir, file) {
    const read = await (0,bounded_read/* readBounded */.CB)(repoDir, file, { maxBytes: 1024 * 1024, large: 'refuse', links: 'inside' });
    if (read.ok)
        return read.bytes.toString('utf8');
    if (read.refusal === 'missing')
        return '';
    throw new Error(`${file} is not read: ${read.message}`);
}
function repo_secrets_job(p) {
    return {
        analyzer: 'secrets',
        include: p.include,
        exclude: [...(p.exclude ?? []), ...DEFAULT_EXCLUDES],
        disabledRules: p['disable-rules'] ?? [],
    };
}

;// CONCATENATED MODULE: ./src/checks/secrets/index.ts

/** Kinds that look for committed secrets in tracked files. */
const secretKinds = [repoSecrets];

;// CONCATENATED MODULE: ./src/checks/container/compose-rules.ts



/**
 * Judges the services of one compose file. `imageHealthcheck(service)` says whether the Dockerfile a
 * service builds from has a HEALTHCHECK (undefined when that is not to be asked).
 */
function judgeServices(services, rules, imageHealthcheck) {
    const out = [];
    for (const s of services) {
        const add = (rule, where, message) => out.push({ rule, service: s.name, ...where, message: `service ${s.name}: ${message}` });
        if (rules.healthcheck &&
            s.healthcheck !== 'set' &&
            !(s.healthcheck === 'absent' && imageHealthcheck(s))) {
            add('healthcheck', s.at, s.healthcheck === 'disabled'
                ? 'its healthcheck is disabled'
                : 'no healthcheck, so a hung container counts as up');
        }
        if (rules.restart) {
            if (!s.restart)
                add('restart', s.at, 'no restart policy, so a crashed container stays down');
            else if (s.restart.value === 'no' || s.restart.value === 'false') {
                add('restart', s.restart.at, 'restart is "no", so a crashed container stays down');
            }
        }
        if (rules.pinned && s.image && !s.dockerfile) {
            const problem = imagePinProblem(s.image.value);
            if (problem)
                add('pinned', s.image.at, problem);
        }
        if (rules['default-passwords']) {
            for (const e of s.environment) {
                const reason = defaultPassword(e.key, e.value);
                if (reason)
                    add('default-passwords', e.at, `${e.key} is a default or placeholder password (${reason})`);
            }
        }
    }
    return out;
}
/** Why a service's image is not pinned (no tag, or latest, without a digest), or undefined. */
function imagePinProblem(image) {
    // `${TAG}` and friends are set at deploy time: the file cannot say.
    if (/\$\{?[A-Za-z_]/.test(image))
        return undefined;
    const ref = (0,image_ref/* parseImageRef */.Q)(image);
    if (ref.digest)
        return undefined;
    if (ref.tag === undefined)
        return `image ${ref.name} has no tag, so it means latest: pin a version`;
    if (ref.tag === 'latest')
        return `image ${ref.name}:latest moves: pin a version`;
    return undefined;
}
/**
 * Why a secret-named variable's literal value (or the default of a `${VAR:-default}` interpolation) is a
 * well-known default, or undefined. The reason never contains the value.
 */
function defaultPassword(key, value) {
    if (value === undefined || !(0,secret_names/* secretName */.G)(key))
        return undefined;
    const v = value.trim();
    const interpolated = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}$/.exec(v);
    const literal = interpolated ? interpolated[1] : v;
    if (literal === undefined || literal === '' || /\$\{|\$[A-Za-z_]/.test(literal))
        return undefined;
    const reason = placeholderReason(key, literal);
    return reason && interpolated ? `the fallback of the interpolation: ${reason}` : reason;
}

;// CONCATENATED MODULE: ./src/checks/container/compose-policy.ts







const NO_RULES = {
    'non-root': false,
    healthcheck: true,
    'multi-stage': false,
    pinned: false,
    'require-digest': false,
    'no-secrets': false,
};
const composePolicy = defineKind({
    kind: 'compose.policy',
    description: 'Every service of the Docker Compose files has a healthcheck and a restart policy, and no environment variable holds a default password.',
    scope: 'repo',
    params: strictObject({
        files: globList('Compose files (default **/compose.yml, **/compose.yaml, **/docker-compose*.yml and .yaml).'),
        exclude: globList('Files not checked (node_modules never is).'),
        healthcheck: { type: 'boolean', description: 'Every service has a healthcheck (default true).' },
        'healthcheck-in-dockerfile': {
            type: 'boolean',
            description: 'A HEALTHCHECK in the local Dockerfile a service builds from also counts (default false).',
        },
        restart: {
            type: 'boolean',
            description: 'Every service has a restart policy other than "no" (default true).',
        },
        pinned: {
            type: 'boolean',
            description: 'Every image a service pulls has a tag other than latest, or a digest (default true; `${VAR}` tags are not judged).',
        },
        'shipped-only': {
            type: 'boolean',
            description: 'Leave out compose files for development, tests or examples (by folder or name: docker-compose.dev.yml, test/, examples/, .devcontainer/); default false.',
        },
        'if-none': {
            enum: ['fail', 'skip'],
            description: "No compose file to judge: 'fail' (default) or 'skip'.",
        },
        'default-passwords': {
            type: 'boolean',
            description: 'No secret-named environment entry holds a default or placeholder such as postgres, root, password, example or changeme (default true).',
        },
    }),
    async run(p, ctx) {
        const rules = {
            healthcheck: p.healthcheck ?? true,
            restart: p.restart ?? true,
            'default-passwords': p['default-passwords'] ?? true,
            pinned: p.pinned ?? true,
        };
        const all = await matchingFiles(ctx, p.files ?? COMPOSE_FILES, p.exclude);
        const files = p['shipped-only'] ? all.filter((f) => !notShipped(f)) : all;
        if (files.length === 0) {
            const none = all.length > 0
                ? `no compose file for production: ${(0,wording/* listSome */.XT)(all, 3)} ${all.length === 1 ? 'is' : 'are'} for development, tests or examples`
                : `no compose file matches ${(p.files ?? COMPOSE_FILES).join(', ')}`;
            return {
                status: p['if-none'] === 'skip' ? 'skipped' : 'fail',
                summary: p['if-none'] === 'skip' ? `${none}: nothing to judge` : none,
                evidence: { files: [], notShipped: all },
            };
        }
        const dockerHealth = new Map();
        const built = p['healthcheck-in-dockerfile'] ? await builtImages(ctx) : new Map();
        const imageHealthcheck = async (s) => {
            // A service that pulls an image this repository publishes is judged with the Dockerfile it comes from.
            const dockerfile = s.dockerfile ?? (s.image ? built.get((0,image_ref/* parseImageRef */.Q)(s.image.value).name) : undefined);
            if (!p['healthcheck-in-dockerfile'] || !dockerfile)
                return undefined;
            if (!dockerHealth.has(dockerfile)) {
                const text = await textOf(ctx, dockerfile);
                // The Dockerfile parser is loaded when a Dockerfile is read.
                const { judgeDockerfile } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 8613));
                dockerHealth.set(dockerfile, text !== undefined && judgeDockerfile(text, NO_RULES).healthcheck);
            }
            return dockerHealth.get(dockerfile);
        };
        const findings = [];
        const perFile = {};
        const unreadable = [];
        for (const file of files) {
            ctx.signal.throwIfAborted();
            const text = await textOf(ctx, file);
            const parsed = text === undefined ? undefined : parseCompose(file, text);
            if (!parsed?.ok) {
                unreadable.push(file);
                const where = parsed ? { line: parsed.line, col: parsed.col } : {};
                findings.push({ file, ...where, message: parsed ? parsed.message : 'not a text file' });
                continue;
            }
            const known = new Map();
            for (const s of parsed.services)
                known.set(s.name, await imageHealthcheck(s));
            const problems = judgeServices(parsed.services, rules, (s) => known.get(s.name));
            perFile[file] = {
                services: parsed.services.map((s) => ({
                    name: s.name,
                    healthcheck: s.healthcheck === 'set' || known.get(s.name) === true,
                    restart: s.restart?.value ?? null,
                    environment: s.environment.length,
                    failed: [...new Set(problems.filter((x) => x.service === s.name).map((x) => x.rule))],
                })),
            };
            findings.push(...problems.map(({ line, col, message }) => ({ file, line, col, message })));
        }
        const evidence = {
            rules,
            files: perFile,
            unreadable,
            ...(p['shipped-only'] ? { notShipped: all.filter((f) => !files.includes(f)) } : {}),
        };
        if (findings.length === 0) {
            return {
                status: 'pass',
                summary: `${(0,wording/* plural */.LS)(files.length, 'compose file')} pass: ${(0,wording/* listSome */.XT)(files, 3)}`,
                evidence,
            };
        }
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(findings.length, 'problem')} in ${(0,wording/* listSome */.XT)([...new Set(findings.map((f) => f.file))], 3)}: ${(0,wording/* listSome */.XT)(findings.map((f) => f.message), 2)}`,
            evidence,
            findings,
        };
    },
});

;// CONCATENATED MODULE: ./src/checks/container/docker-policy.ts




const docker_policy_DEFAULTS = {
    'non-root': true,
    healthcheck: true,
    'multi-stage': false,
    pinned: true,
    'require-digest': false,
    'no-secrets': true,
};
const rule = (description) => ({ type: 'boolean', description });
const dockerPolicy = defineKind({
    kind: 'docker.policy',
    description: 'Dockerfiles run as a non-root user, have a HEALTHCHECK, pin their base images and keep secrets out of ENV and ARG; optionally multi-stage and pinned by digest.',
    scope: 'repo',
    params: strictObject({
        files: globList('Dockerfiles to check (default **/Dockerfile, **/Dockerfile.*, **/*.Dockerfile).'),
        exclude: globList('Files not checked (node_modules never is).'),
        'non-root': rule('The final stage sets USER, and not root or 0 (default true).'),
        healthcheck: rule('The final stage (or a stage it builds on) has a HEALTHCHECK (default true).'),
        'healthcheck-in-compose': rule('A healthcheck on the compose service that builds the Dockerfile also counts (default false).'),
        'shipped-only': rule('Judge only the images that ship: the Dockerfiles the CI workflows build, else the root Dockerfile, else those not named or placed as base, builder, development or test images (default false: every Dockerfile).'),
        'if-none': {
            enum: ['fail', 'skip'],
            description: "No Dockerfile to judge: 'fail' (default) or 'skip' (for items that apply only to container images).",
        },
        'multi-stage': rule('At least two FROM stages (default false).'),
        pinned: rule('Base images have a tag other than latest, or a digest (default true).'),
        'require-digest': rule('Base images are pinned by digest @sha256:… (default false).'),
        'no-secrets': rule('No ENV or ARG with a secret-like name (*_SECRET, *_TOKEN, *_PASSWORD, *_KEY) holds a literal value (default true).'),
    }),
    async run(p, ctx) {
        const rules = { ...docker_policy_DEFAULTS };
        for (const key of Object.keys(docker_policy_DEFAULTS))
            rules[key] = p[key] ?? docker_policy_DEFAULTS[key];
        const found = p['shipped-only']
            ? await shippedDockerfiles(ctx, p.files ?? DOCKERFILES, p.exclude)
            : undefined;
        const files = found ? found.shipped : await matchingFiles(ctx, p.files ?? DOCKERFILES, p.exclude);
        if (files.length === 0) {
            const none = found && found.all.length > 0
                ? `no Dockerfile ships: ${(0,wording/* listSome */.XT)(found.all, 3)} ${found.all.length === 1 ? 'is a' : 'are'} base, builder, development or test image${found.all.length === 1 ? '' : 's'}`
                : `no Dockerfile matches ${(p.files ?? DOCKERFILES).join(', ')}`;
            return {
                status: p['if-none'] === 'skip' ? 'skipped' : 'fail',
                summary: p['if-none'] === 'skip' ? `${none}: nothing to judge` : none,
                evidence: { files: [], ...(found ? { notShipped: found.all } : {}) },
            };
        }
        const composeHealth = new Set();
        if (p['healthcheck-in-compose']) {
            for (const { service } of await composeServices(ctx)) {
                if (service.dockerfile && service.healthcheck === 'set')
                    composeHealth.add(service.dockerfile);
            }
        }
        const findings = [];
        const perFile = {};
        // The Dockerfile parser is loaded when there is a Dockerfile to judge.
        const { judgeDockerfile } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 8613));
        for (const file of files) {
            ctx.signal.throwIfAborted();
            const text = await textOf(ctx, file);
            if (text === undefined)
                continue;
            const facts = judgeDockerfile(text, rules);
            const problems = facts.problems.filter((x) => !(x.rule === 'healthcheck' && composeHealth.has(file)));
            perFile[file] = {
                stages: facts.stages,
                finalUser: facts.finalUser,
                healthcheck: facts.healthcheck || composeHealth.has(file),
                baseImages: facts.baseImages,
                failed: [...new Set(problems.map((x) => x.rule))],
            };
            findings.push(...problems.map(({ line, col, message }) => ({ file, line, col, message })));
        }
        const evidence = {
            rules,
            files: perFile,
            ...(found ? { shipped: found.how, notShipped: found.all.filter((f) => !files.includes(f)) } : {}),
        };
        if (findings.length === 0) {
            return {
                status: 'pass',
                summary: `${(0,wording/* plural */.LS)(files.length, 'Dockerfile')} pass: ${(0,wording/* listSome */.XT)(files, 3)}`,
                evidence,
            };
        }
        const failing = new Set(findings.map((f) => f.file)).size;
        return {
            status: 'fail',
            summary: `${(0,wording/* plural */.LS)(findings.length, 'problem')} in ${(0,wording/* plural */.LS)(failing, 'Dockerfile')}: ${(0,wording/* listSome */.XT)(findings.map((f) => `${f.file}:${f.line} ${f.message}`), 2)}`,
            evidence,
            findings,
        };
    },
});

;// CONCATENATED MODULE: ./src/checks/container/index.ts


/** Kinds that judge container definitions: Dockerfiles and Compose files. */
const containerKinds = [dockerPolicy, composePolicy];

;// CONCATENATED MODULE: ./src/github/files.ts
/** GitHub lists at most 3000 files of a pull request (30 pages of 100). */
const MAX_LISTED_FILES = 3000;
/** The files a pull request changes, every page up to GitHub's limit; `truncated` when the limit was reached. */
async function listChangedFiles(gh, ref, number, signal) {
    const files = [];
    for (let page = 1; page <= MAX_LISTED_FILES / 100; page++) {
        const r = await gh.rest.pulls.listFiles({
            ...ref,
            pull_number: number,
            per_page: 100,
            page,
            request: { signal },
        });
        for (const f of r.data) {
            files.push({
                filename: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
            });
        }
        if (r.data.length < 100)
            return { files, truncated: false };
    }
    return { files, truncated: true };
}

;// CONCATENATED MODULE: ./src/checks/github/pull-context.ts

const NEEDS_PULL_REQUEST = 'needs the action on a pull request (a token and a pull_request event)';
/**
 * Runs `body` with the pull request's GitHub context. Without one (the CLI, or an event without a pull
 * request) the check is an error; a failed API call is an error naming what was asked and which
 * `permissions:` the job needs for it.
 */
async function withPullRequest(ctx, doing, permission, body) {
    if (!ctx.github)
        return { status: 'error', summary: NEEDS_PULL_REQUEST };
    try {
        return await body(ctx.github);
    }
    catch (e) {
        return { status: 'error', summary: explainFailure(e, doing, permission, ctx.signal) };
    }
}
function explainFailure(e, doing, permission, signal) {
    if (signal.aborted)
        return `timed out while trying to ${doing}`;
    const err = e;
    const message = oneLine(err.response?.data?.message ?? err.message ?? String(e));
    if (err.status === 401)
        return `GitHub rejected the token while trying to ${doing} (401)`;
    if (err.status === 403 || err.status === 404) {
        return `GitHub refused to ${doing} (${err.status} ${message}); the job needs \`permissions: { ${permission} }\``;
    }
    return `could not ${doing}: ${err.status ? `${err.status} ` : ''}${message}`;
}
function oneLine(text) {
    const line = text.split('\n')[0]?.trim() ?? '';
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
/** Case-insensitive names with `*` standing for any run of characters (names may hold '/' and spaces). */
function nameMatcher(patterns) {
    // RE2 (util/pattern): `a*a*a*a*…` over a long check name would backtrack for ever in RegExp.
    const res = patterns.map((p) => (0,util_pattern/* compilePattern */.Eb)(`^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('[\\s\\S]*')}$`, { ignoreCase: true }));
    return (name) => res.some((re) => re.test(name));
}

;// CONCATENATED MODULE: ./src/checks/github/changelog.ts






const DEFAULT_PATHS = ['CHANGELOG*', '**/CHANGELOG*'];
const changelog = defineKind({
    kind: 'github.changelog',
    description: 'The pull request changes the changelog (a file matching CHANGELOG*, in any folder, by default).',
    scope: 'github',
    params: strictObject({
        paths: globList(`Files that count as the changelog (default ${DEFAULT_PATHS.join(', ')}).`),
    }),
    async run(p, ctx) {
        return withPullRequest(ctx, 'list the changed files', 'pull-requests: read', async (gh) => {
            const paths = p.paths ?? DEFAULT_PATHS;
            const isChangelog = (0,util_glob/* globMatcher */.fU)(paths, { dot: true });
            const { files, truncated } = await listChangedFiles(gh.client, gh.repo, gh.number, ctx.signal);
            // A deleted changelog is not an entry for this release.
            const changed = files
                .filter((f) => f.status !== 'removed' && isChangelog(f.filename))
                .map((f) => f.filename);
            const evidence = { paths, changed, filesListed: files.length, ...(truncated ? { truncated } : {}) };
            if (changed.length > 0) {
                return { status: 'pass', summary: `changelog updated: ${(0,wording/* listSome */.XT)(changed, 3)}`, evidence };
            }
            if (truncated) {
                return {
                    status: 'fail',
                    summary: `no changelog among the first ${MAX_LISTED_FILES} changed files (GitHub lists no more)`,
                    evidence,
                };
            }
            return {
                status: 'fail',
                summary: `no changelog changed (${(0,wording/* plural */.LS)(files.length, 'file')} changed, none matching ${(0,wording/* listSome */.XT)(paths, 3)})`,
                evidence,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/github/check-results.ts
/** At most this many pages of 100 are read, for check runs and for statuses alike. */
const MAX_RESULT_PAGES = 10;
/** The latest check run per name on `sha` (`GET /commits/{ref}/check-runs`, filter=latest). */
async function listCheckRuns(gh, ref, sha, signal) {
    const runs = [];
    for (let page = 1; page <= MAX_RESULT_PAGES; page++) {
        const r = await gh.rest.checks.listForRef({
            ...ref,
            ref: sha,
            filter: 'latest',
            per_page: 100,
            page,
            request: { signal },
        });
        for (const run of r.data.check_runs) {
            runs.push({
                name: run.name,
                status: run.status,
                conclusion: run.conclusion,
                detailsUrl: run.details_url ?? '',
                htmlUrl: run.html_url ?? '',
                app: run.app?.slug ?? '',
            });
        }
        if (r.data.check_runs.length < 100 || runs.length >= r.data.total_count) {
            return { runs, truncated: false };
        }
    }
    return { runs, truncated: true };
}
/** The latest status per context on `sha` (`GET /commits/{ref}/status`, the combined status). */
async function listStatuses(gh, ref, sha, signal) {
    const statuses = [];
    for (let page = 1; page <= MAX_RESULT_PAGES; page++) {
        const r = await gh.rest.repos.getCombinedStatusForRef({
            ...ref,
            ref: sha,
            per_page: 100,
            page,
            request: { signal },
        });
        for (const status of r.data.statuses) {
            statuses.push({ context: status.context, state: status.state, description: status.description ?? '' });
        }
        if (r.data.statuses.length < 100 || statuses.length >= r.data.total_count) {
            return { statuses, truncated: false };
        }
    }
    return { statuses, truncated: true };
}

;// CONCATENATED MODULE: ./src/checks/github/checks-verdict.ts

const PASSING_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);
/** Whether a check run's links point into the given workflow run (`.../actions/runs/{id}/job/...`). */
function belongsToRun(run, runId) {
    const marker = `/actions/runs/${runId}/`;
    return [run.detailsUrl, run.htmlUrl].some((url) => url.includes(marker));
}
/**
 * Sorts every check run and status on the head into passed, failed, still running and ignored. Check runs
 * pass on success, neutral or skipped; statuses only on success; `pending` and unfinished runs are running.
 * Each list is sorted by name, so summaries do not depend on the order GitHub answers in.
 */
function judgeChecks(runs, statuses, options) {
    const ignoredName = nameMatcher(options.ignore);
    const own = options.ownContext.toLowerCase();
    const verdict = { passed: [], failed: [], running: [], ignored: [] };
    for (const run of runs) {
        const finished = run.status === 'completed';
        if (ignoredName(run.name) || (!finished && options.runId && belongsToRun(run, options.runId))) {
            verdict.ignored.push(run.name);
        }
        else if (!finished)
            verdict.running.push(run.name);
        else if (PASSING_CONCLUSIONS.has(run.conclusion ?? ''))
            verdict.passed.push(run.name);
        else
            verdict.failed.push({ name: run.name, result: run.conclusion ?? 'no conclusion' });
    }
    for (const status of statuses) {
        if (status.context.toLowerCase() === own || ignoredName(status.context))
            verdict.ignored.push(status.context);
        else if (status.state === 'pending')
            verdict.running.push(status.context);
        else if (status.state === 'success')
            verdict.passed.push(status.context);
        else
            verdict.failed.push({ name: status.context, result: status.state });
    }
    const byName = (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' });
    for (const list of [verdict.passed, verdict.running, verdict.ignored])
        list.sort(byName);
    verdict.failed.sort((a, b) => byName(a.name, b.name));
    return verdict;
}

;// CONCATENATED MODULE: ./src/checks/github/checks-green.ts






const checksGreen = defineKind({
    kind: 'github.checks-green',
    description: "Every other check run and commit status on the pull request's head commit succeeded (Preflight's own status and the job running it are left out).",
    scope: 'github',
    params: strictObject({
        ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            description: "Check run names and status contexts to leave out, case-insensitive; '*' matches any characters (for example 'deploy / *').",
        },
        'min-checks': {
            type: 'integer',
            minimum: 0,
            maximum: 1000,
            description: 'Fail unless at least this many checks were found and passed (default 1: no checks is a failure).',
        },
    }),
    async run(p, ctx) {
        return withPullRequest(ctx, 'read the checks of the head commit', 'checks: read, statuses: read', async (gh) => {
            const runs = await listCheckRuns(gh.client, gh.repo, gh.headSha, ctx.signal);
            const statuses = await listStatuses(gh.client, gh.repo, gh.headSha, ctx.signal);
            const runId = ctx.env.GITHUB_RUN_ID?.trim();
            const verdict = judgeChecks(runs.runs, statuses.statuses, {
                ownContext: gh.statusContext,
                ignore: p.ignore ?? [],
                ...(runId && /^\d+$/.test(runId) ? { runId } : {}),
            });
            const evidence = { headSha: gh.headSha, ...verdict };
            if (runs.truncated || statuses.truncated) {
                return {
                    status: 'error',
                    summary: 'too many checks on the head commit to read them all',
                    evidence,
                };
            }
            if (verdict.failed.length > 0) {
                const names = verdict.failed.map((f) => `${f.name} (${f.result})`);
                return { status: 'fail', summary: `not passing: ${(0,wording/* listSome */.XT)(names)}`, evidence };
            }
            if (verdict.running.length > 0) {
                return { status: 'fail', summary: `still running: ${(0,wording/* listSome */.XT)(verdict.running)}`, evidence };
            }
            const min = p['min-checks'] ?? 1;
            if (verdict.passed.length < min) {
                return {
                    status: 'fail',
                    summary: `${(0,wording/* plural */.LS)(verdict.passed.length, 'check')} found on the head commit; at least ${min} expected`,
                    evidence,
                };
            }
            return { status: 'pass', summary: `${(0,wording/* plural */.LS)(verdict.passed.length, 'check')} passed`, evidence };
        });
    },
});

;// CONCATENATED MODULE: ./src/github/reviews.ts
/** At most this many pages of 100 reviews are read. */
const MAX_REVIEW_PAGES = 10;
/** The reviews of a pull request in submission order (GitHub lists them chronologically). */
async function listReviews(gh, ref, number, signal) {
    const reviews = [];
    for (let page = 1; page <= MAX_REVIEW_PAGES; page++) {
        const r = await gh.rest.pulls.listReviews({
            ...ref,
            pull_number: number,
            per_page: 100,
            page,
            request: { signal },
        });
        for (const review of r.data) {
            reviews.push({
                id: review.id,
                user: review.user?.login ?? '',
                state: review.state,
                commitId: review.commit_id ?? '',
                submittedAt: review.submitted_at ?? '',
            });
        }
        if (r.data.length < 100)
            return { reviews, truncated: false };
    }
    return { reviews, truncated: true };
}

;// CONCATENATED MODULE: ./src/checks/github/review-verdict.ts
/**
 * Each reviewer's standing review, as branch protection reads it: the latest APPROVED or CHANGES_REQUESTED
 * review stands; a later COMMENTED review changes nothing; a DISMISSED review withdraws what that reviewer
 * said before it; PENDING (unsubmitted) reviews are ignored.
 */
function tallyReviews(reviews, options) {
    const standing = new Map();
    for (const review of reviews) {
        if (review.user === '')
            continue;
        const key = review.user.toLowerCase();
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED') {
            standing.set(key, { login: review.user, state: review.state, commitId: review.commitId });
        }
        else if (review.state === 'DISMISSED') {
            standing.delete(key);
        }
    }
    const allowed = options.fromUsers && new Set(options.fromUsers.map((u) => u.toLowerCase()));
    const tally = { approvers: [], changesRequested: [], staleApprovals: [], notCounted: [] };
    for (const [key, s] of standing) {
        if (s.state === 'CHANGES_REQUESTED')
            tally.changesRequested.push(s.login);
        else if (allowed && !allowed.has(key))
            tally.notCounted.push(s.login);
        else if (options.onHead && s.commitId !== options.headSha)
            tally.staleApprovals.push(s.login);
        else
            tally.approvers.push(s.login);
    }
    return tally;
}

;// CONCATENATED MODULE: ./src/checks/github/reviews.ts






const reviews = defineKind({
    kind: 'github.reviews',
    description: 'The pull request has enough approving reviews and no standing request for changes (each reviewer counts once, by their latest review).',
    scope: 'github',
    params: strictObject({
        'min-approvals': {
            type: 'integer',
            minimum: 0,
            maximum: 100,
            description: 'Approving reviewers needed (default 1).',
        },
        'on-head': {
            type: 'boolean',
            description: 'Count only approvals given on the current head commit (default false: any commit).',
        },
        'from-users': {
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
                pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(\\[bot\\])?$',
            },
            minItems: 1,
            description: 'Only approvals from these logins count (requested changes from anyone still block).',
        },
    }),
    async run(p, ctx) {
        return withPullRequest(ctx, 'list the reviews', 'pull-requests: read', async (gh) => {
            const need = p['min-approvals'] ?? 1;
            const { reviews: list, truncated } = await listReviews(gh.client, gh.repo, gh.number, ctx.signal);
            const tally = tallyReviews(list, {
                headSha: gh.headSha,
                onHead: p['on-head'] ?? false,
                ...(p['from-users'] ? { fromUsers: p['from-users'] } : {}),
            });
            const evidence = {
                required: need,
                ...tally,
                reviewsRead: list.length,
                ...(truncated ? { truncated } : {}),
            };
            if (tally.changesRequested.length > 0) {
                return {
                    status: 'fail',
                    summary: `changes requested by ${(0,wording/* listSome */.XT)(tally.changesRequested)}`,
                    evidence,
                };
            }
            const have = tally.approvers.length;
            if (have < need) {
                const notes = [
                    tally.staleApprovals.length > 0 ? `not on the head: ${(0,wording/* listSome */.XT)(tally.staleApprovals)}` : '',
                    tally.notCounted.length > 0 ? `not from the listed users: ${(0,wording/* listSome */.XT)(tally.notCounted)}` : '',
                ].filter((n) => n !== '');
                return {
                    status: 'fail',
                    summary: `${(0,wording/* plural */.LS)(have, 'approval')} of ${need} needed${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
                    evidence,
                };
            }
            return {
                status: 'pass',
                summary: have > 0 ? `approved by ${(0,wording/* listSome */.XT)(tally.approvers)}` : `no approvals needed; no changes requested`,
                evidence,
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/checks/github/target-branch.ts





const targetBranch = defineKind({
    kind: 'github.target-branch',
    description: 'The pull request targets one of the given branches (for example main or release/*).',
    scope: 'github',
    params: strictObject({
        branches: {
            type: 'array',
            items: { type: 'string', minLength: 1, 'x-glob': true },
            minItems: 1,
            description: "Branch names or globs ('*' within one '/'-separated part, '**' across parts).",
        },
    }, ['branches']),
    async run(p, ctx) {
        if (!ctx.github)
            return { status: 'error', summary: NEEDS_PULL_REQUEST };
        const base = ctx.github.baseRef.replace(/^refs\/heads\//, '');
        const evidence = { base, branches: p.branches };
        if ((0,util_glob/* globMatcher */.fU)(p.branches)(base))
            return { status: 'pass', summary: `targets ${base}`, evidence };
        return { status: 'fail', summary: `targets ${base}, not ${(0,wording/* listSome */.XT)(p.branches)}`, evidence };
    },
});

;// CONCATENATED MODULE: ./src/github/contents.ts
/**
 * A file's bytes at a commit or branch (`GET /contents/{path}?ref=`), or undefined when there is no file
 * there (404, or a directory). Files over GitHub's 1 MB limit for this endpoint arrive without content.
 */
async function readFileAt(gh, ref, path, gitRef, signal) {
    try {
        const r = await gh.rest.repos.getContent({ ...ref, path, ref: gitRef, request: { signal } });
        const data = r.data;
        if (Array.isArray(r.data) || data.type !== 'file')
            return undefined;
        if (data.encoding !== 'base64' || typeof data.content !== 'string') {
            throw new Error(`${path} at ${gitRef.slice(0, 12)} is too large for GitHub's contents API`);
        }
        return Buffer.from(data.content.replace(/\s+/g, ''), 'base64');
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/checks/github/semver.ts
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
function parseSemVer(text) {
    const m = SEMVER.exec(text.trim());
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [], text: text.trim() };
}
/** Negative when a < b, 0 when equal in precedence (build metadata is ignored), positive when a > b. */
function compareSemVer(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return Math.sign(core);
    // A pre-release sorts before its release.
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return Math.sign(b.prerelease.length - a.prerelease.length);
    }
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xNum = /^\d+$/.test(x);
        const yNum = /^\d+$/.test(y);
        if (xNum && yNum)
            return Math.sign(Number(x) - Number(y));
        if (xNum !== yNum)
            return xNum ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/checks/github/version-source.ts

/** Finds the version text in a file: the capture group of `pattern`, or a JSON file's top-level `version`. */
function extractVersion(content, file, pattern) {
    if (pattern !== undefined) {
        const m = (0,util_pattern/* compilePattern */.Eb)(pattern, { multiline: true }).exec(content);
        if (!m)
            return { problem: `the pattern does not match ${file}` };
        const found = m.groups[1];
        if (found === undefined)
            return { problem: `the pattern matched ${file} but its group captured nothing` };
        return { version: found.trim() };
    }
    let data;
    try {
        data = JSON.parse(content.replace(/^\uFEFF/, ''));
    }
    catch {
        return { problem: `${file} is not valid JSON (give a pattern for other formats)` };
    }
    const version = data?.version;
    if (typeof version !== 'string' || version.trim() === '') {
        return { problem: `${file} has no "version" string` };
    }
    return { version: version.trim() };
}
/** How many capture groups an expression has (0 when it does not compile). */
function groupCount(pattern) {
    try {
        return (0,util_pattern/* compilePattern */.Eb)(pattern, { multiline: true }).groupCount;
    }
    catch {
        return 0;
    }
}

;// CONCATENATED MODULE: ./src/checks/github/version-bump.ts







const versionBump = defineKind({
    kind: 'github.version-bump',
    description: "The version on the pull request's head is a higher semantic version than on its base (package.json's version, or a file and pattern).",
    scope: 'github',
    params: strictObject({
        file: {
            type: 'string',
            minLength: 1,
            description: 'Path of the file holding the version, relative to the repository root (default package.json).',
        },
        pattern: regexString('Finds the version in the file: its one capture group is the version (default: the JSON "version" key).'),
    }),
    validate(p) {
        const problems = regexProblems([{ path: ['pattern'], source: p.pattern }], {
            multiline: true,
        });
        if (problems.length === 0 && p.pattern !== undefined && groupCount(p.pattern) < 1) {
            problems.push({
                path: ['pattern'],
                message: 'needs a capture group around the version, as in "version = (.+)"',
            });
        }
        if (p.file !== undefined && (external_node_path_default().posix.isAbsolute(p.file) || p.file.split(/[\\/]/).includes('..'))) {
            problems.push({
                path: ['file'],
                message: 'must stay inside the repository (a relative path without "..")',
            });
        }
        return problems;
    },
    async run(p, ctx) {
        const file = (p.file ?? 'package.json').replace(/^\.\//, '');
        return withPullRequest(ctx, `read ${file}`, 'contents: read', async (gh) => {
            const read = async (sha) => {
                const bytes = await readFileAt(gh.client, gh.repo, file, sha, ctx.signal);
                return bytes === undefined ? undefined : extractVersion(bytes.toString('utf8'), file, p.pattern);
            };
            const head = await read(gh.headSha);
            const base = await read(gh.baseSha);
            if (head === undefined)
                return { status: 'fail', summary: `${file} not found on the head commit` };
            if ('problem' in head)
                return { status: 'error', summary: `on the head: ${head.problem}` };
            const headVersion = parseSemVer(head.version);
            if (!headVersion) {
                return { status: 'error', summary: `head version ${version_bump_quote(head.version)} is not a semantic version` };
            }
            if (base === undefined) {
                return {
                    status: 'pass',
                    summary: `${file} is new: version ${headVersion.text}`,
                    evidence: { file, head: headVersion.text, base: null },
                };
            }
            if ('problem' in base)
                return { status: 'error', summary: `on the base: ${base.problem}` };
            const baseVersion = parseSemVer(base.version);
            if (!baseVersion) {
                return { status: 'error', summary: `base version ${version_bump_quote(base.version)} is not a semantic version` };
            }
            const evidence = { file, base: baseVersion.text, head: headVersion.text };
            const order = compareSemVer(headVersion, baseVersion);
            if (order > 0)
                return { status: 'pass', summary: `${baseVersion.text} → ${headVersion.text}`, evidence };
            if (order === 0) {
                return { status: 'fail', summary: `version not bumped: still ${headVersion.text}`, evidence };
            }
            return {
                status: 'fail',
                summary: `version went backwards: ${baseVersion.text} → ${headVersion.text}`,
                evidence,
            };
        });
    },
});
function version_bump_quote(text) {
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

;// CONCATENATED MODULE: ./src/checks/github/index.ts





/** Kinds that ask GitHub about the pull request: reviews, other checks, version bump, changelog, target. */
const githubKinds = [reviews, checksGreen, versionBump, changelog, targetBranch];

;// CONCATENATED MODULE: ./src/checks/registry.ts













function createRegistry(kinds) {
    const map = new Map();
    for (const k of kinds) {
        if (map.has(k.kind))
            throw new Error(`check kind registered twice: ${k.kind}`);
        map.set(k.kind, k);
    }
    return map;
}
const builtinKinds = [
    filesExist,
    filesAbsent,
    untracked,
    forbiddenPattern,
    requiredPattern,
    value,
    command,
    ...netKinds,
    ...webKinds,
    ...envKinds,
    ...secretKinds,
    ...containerKinds,
    ...githubKinds,
];
const defaultRegistry = createRegistry(builtinKinds);


/***/ }),

/***/ 1929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ samplePaths),
/* harmony export */   Y: () => (/* binding */ pathFilter)
/* harmony export */ });
/* harmony import */ var _scan_literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8589);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3596);


/** What a glob's expression needs of a name, for the pre-test before RE2 (see GlobOptions.needs). */
const needs = (source) => (0,_scan_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .patternShape */ .Y)(source, '').literals;
/** A predicate for repository paths: any `include` glob matches and no `exclude` glob does. */
function pathFilter(include, exclude) {
    const inc = include && include.length > 0 ? (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(include, { dot: true, needs }) : () => true;
    const exc = exclude && exclude.length > 0 ? (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(exclude, { dot: true, needs }) : () => false;
    return (file) => inc(file) && !exc(file);
}
/** Concrete paths a glob would match, to ask git whether they would be ignored (none for a character class). */
function samplePaths(glob) {
    if (/[[\]]/.test(glob))
        return [];
    const s = glob
        .replace(/^(\*\*\/)+/, '')
        .replace(/\{([^,}]*)[^}]*\}/g, '$1')
        .replace(/\*\*/g, 'sample')
        .replace(/\*/g, 'local')
        .replace(/\?/g, 'x');
    if (s === '')
        return [];
    // `**/.env` must be ignored at the root and below it: ask for both.
    return glob.startsWith('**/') ? [s, `nested/${s}`] : [s];
}


/***/ }),

/***/ 8748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uj: () => (/* binding */ ALL_RULES),
  F2: () => (/* binding */ GENERIC_RULE),
  r9: () => (/* binding */ PATTERN_RULE_IDS),
  cN: () => (/* binding */ PKCS12_RULE),
  hh: () => (/* binding */ PRIVATE_KEY_RULE)
});

// UNUSED EXPORTS: PROVIDER_RULES

;// CONCATENATED MODULE: ./src/checks/secrets/provider-rules.ts
/**
 * Provider credential formats, re-expressed from gitleaks' documented default rules and the providers' own
 * token format notes.
 */
const g = (source, flags = '') => new RegExp(source, `gd${flags}`);
/** A token must not continue into more token characters on either side. */
const END = '(?![A-Za-z0-9_-])';
const START = '(?<![A-Za-z0-9_-])';
/** Provider rules, most specific first: when two rules match the same text, the earlier one reports it. */
const PROVIDER_RULES = [
    {
        id: 'aws-access-key-id',
        description: 'AWS access key ID',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        pattern: g(`${START}(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'AKIA',
    },
    {
        id: 'aws-secret-access-key',
        description: 'AWS secret access key',
        keywords: ['aws'],
        pattern: g(`aws_?(?:secret|private)?_?(?:access)?_?key[\\w]*['"]?\\s*(?:=|:|=>)\\s*['"]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, 'i'),
        minEntropy: 3.5,
    },
    ...['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((p) => ({
        id: `github-${{ ghp: 'pat', gho: 'oauth', ghu: 'user-to-server', ghs: 'app', ghr: 'refresh' }[p]}`,
        description: `GitHub ${{ ghp: 'personal access', gho: 'OAuth', ghu: 'user-to-server', ghs: 'app installation', ghr: 'refresh' }[p]} token`,
        keywords: [`${p}_`],
        pattern: g(`${START}(?<secret>${p}_[0-9A-Za-z]{36})${END}`),
        minEntropy: 3,
        prefix: `${p}_`,
        strict: true,
    })),
    {
        id: 'github-fine-grained-pat',
        description: 'GitHub fine-grained personal access token',
        keywords: ['github_pat_'],
        pattern: g(`${START}(?<secret>github_pat_[0-9A-Za-z_]{82})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'github_pat_',
    },
    {
        id: 'gitlab-pat',
        description: 'GitLab personal access token',
        keywords: ['glpat-'],
        // The classic 20-character body, and the longer current one with its `.01.` routing suffix.
        pattern: g(`${START}(?<secret>glpat-[0-9A-Za-z_.-]{20,})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'glpat-',
    },
    {
        id: 'slack-bot-token',
        description: 'Slack bot token',
        keywords: ['xoxb-'],
        pattern: g(`${START}(?<secret>xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'xoxb-',
    },
    {
        id: 'slack-user-token',
        description: 'Slack user token',
        keywords: ['xoxp-', 'xoxe-'],
        pattern: g(`${START}(?<secret>xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'xoxp-',
    },
    {
        id: 'slack-webhook-url',
        description: 'Slack incoming webhook URL',
        keywords: ['hooks.slack.com'],
        pattern: g(`(?<secret>hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{8,}/[A-Za-z0-9+/]{6,}/[A-Za-z0-9+/]{12,}(?:/[A-Za-z0-9+/]{12,})?)${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'hooks.slack.com/',
    },
    {
        id: 'stripe-live-key',
        description: 'Stripe live secret or restricted key',
        keywords: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
        pattern: g(`${START}(?<secret>[sr]k_(?:live|prod)_[0-9A-Za-z]{10,99})${END}`),
        minEntropy: 3,
        prefix: 'sk_live_',
        strict: true,
    },
    {
        // A test-mode secret key reads and writes the account's test data and settings (webhook endpoints,
        // connected accounts): Stripe asks for it to be kept secret like a live one, and gitleaks and secretlint
        // both report it. Only the keys Stripe publishes in its own documentation are public.
        id: 'stripe-test-key',
        description: 'Stripe test-mode secret or restricted key',
        keywords: ['sk_test_', 'rk_test_'],
        pattern: g(`${START}(?<secret>[sr]k_test_[0-9A-Za-z]{10,99})${END}`),
        minEntropy: 3,
        prefix: 'sk_test_',
        strict: true,
    },
    {
        id: 'google-api-key',
        description: 'Google API key',
        keywords: ['aiza'],
        pattern: g(`${START}(?<secret>AIza[0-9A-Za-z_-]{35})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'AIza',
    },
    {
        id: 'npm-access-token',
        description: 'npm access token',
        keywords: ['npm_'],
        pattern: g(`${START}(?<secret>npm_[A-Za-z0-9]{36})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'npm_',
    },
    {
        id: 'sendgrid-api-key',
        description: 'SendGrid API key',
        keywords: ['sg.'],
        pattern: g(`${START}(?<secret>SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'SG.',
    },
    {
        id: 'twilio-api-key',
        description: 'Twilio API key',
        keywords: ['twilio'],
        pattern: g(`${START}(?<secret>SK[0-9a-f]{32})${END}`),
        minEntropy: 3,
        prefix: 'SK',
    },
    {
        id: 'mailgun-api-key',
        description: 'Mailgun private API key',
        keywords: ['key-'],
        pattern: g(`${START}(?<secret>key-[0-9a-f]{32})${END}`),
        minEntropy: 3,
        prefix: 'key-',
    },
    {
        id: 'mailchimp-api-key',
        description: 'Mailchimp API key',
        keywords: ['-us'],
        pattern: g(`${START}(?<secret>[0-9a-f]{32}-us[0-9]{1,2})${END}`),
        minEntropy: 3,
    },
    {
        id: 'shopify-token',
        description: 'Shopify access token or shared secret',
        keywords: ['shpat_', 'shpss_', 'shpca_', 'shppa_'],
        pattern: g(`${START}(?<secret>shp(?:at|ss|ca|pa)_[a-zA-Z0-9]{32})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'shp',
    },
    {
        id: 'openai-api-key',
        description: 'OpenAI API key',
        keywords: ['t3blbkfj'],
        pattern: g(`${START}(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'sk-',
    },
    {
        id: 'anthropic-api-key',
        description: 'Anthropic API key',
        keywords: ['sk-ant-'],
        pattern: g(`${START}(?<secret>sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'sk-ant-',
    },
    {
        id: 'huggingface-token',
        description: 'Hugging Face access token',
        keywords: ['hf_'],
        pattern: g(`${START}(?<secret>hf_[A-Za-z]{34})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'hf_',
    },
    {
        id: 'digitalocean-token',
        description: 'DigitalOcean token',
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        pattern: g(`${START}(?<secret>do[opr]_v1_[a-f0-9]{64})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'do',
    },
    {
        id: 'pypi-token',
        description: 'PyPI upload token',
        keywords: ['pypi-ageichlwas5vcmc'],
        pattern: g(`${START}(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})`),
        minEntropy: 3,
        strict: true,
        prefix: 'pypi-',
    },
    {
        id: 'square-token',
        description: 'Square access token or OAuth secret',
        keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
        pattern: g(`${START}(?<secret>sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_-]{60})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'sq0',
    },
    {
        id: 'postman-api-key',
        description: 'Postman API key',
        keywords: ['pmak-'],
        pattern: g(`${START}(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'PMAK-',
    },
    {
        id: 'azure-storage-key',
        description: 'Azure storage account key',
        keywords: ['accountkey='],
        pattern: g(`AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)`, 'i'),
        minEntropy: 4,
    },
    {
        id: 'discord-bot-token',
        description: 'Discord bot token',
        keywords: ['discord'],
        pattern: g(`${START}(?<secret>[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})${END}`),
        minEntropy: 3,
    },
    {
        id: 'discord-webhook-url',
        description: 'Discord webhook URL',
        keywords: ['/api/webhooks/'],
        pattern: g(`(?<secret>discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,70})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'discord.com/api/webhooks/',
    },
    {
        id: 'telegram-bot-token',
        description: 'Telegram bot token',
        keywords: [':aa'],
        pattern: g(`(?<![0-9])(?<secret>[0-9]{8,10}:AA[0-9A-Za-z_-]{33})${END}`),
        minEntropy: 3,
    },
    {
        id: 'jwt',
        description: 'JSON Web Token',
        keywords: ['eyj'],
        pattern: g(`${START}(?<secret>eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,})${END}`),
        minEntropy: 3,
        strict: true,
        prefix: 'eyJ',
    },
    {
        id: 'database-url-password',
        description: 'password in a database URL',
        keywords: ['://'],
        pattern: g(`\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver)://[^\\s:/@'"]+:(?<secret>[^\\s:/@'"]{6,})@(?<host>[^\\s/'":,?]+)[^\\s/'"]*`, 'i'),
        minEntropy: 2.5,
    },
];

;// CONCATENATED MODULE: ./src/checks/secrets/token-rules.ts
/**
 * More provider formats, re-expressed from the rule lists gitleaks and secretlint document (provider
 * prefixes, lengths and alphabets) and the providers' own token notes. Two shapes:
 * - `token`: a distinctive prefix and body, found anywhere on a line;
 * - `keyed`: a value of a provider's shape assigned to a name that holds the provider's name
 *   (`SNYK_TOKEN = "…"`), for formats that have no prefix of their own.
 * Both are `strict`: the format itself is the evidence, so only a degenerate body (one or two distinct
 * characters) or a template reference clears them, not a placeholder-sounding word.
 */
const token_rules_g = (source, flags = '') => new RegExp(source, `gd${flags}`);
const token_rules_END = '(?![A-Za-z0-9_-])';
const token_rules_START = '(?<![A-Za-z0-9_-])';
function token(id, description, keywords, body, prefix, flags = '') {
    return {
        id,
        description,
        keywords,
        pattern: token_rules_g(`${token_rules_START}(?<secret>${body})${token_rules_END}`, flags),
        minEntropy: 2,
        prefix,
        strict: true,
    };
}
/** An assignment (`=`, `:`, `:=`, `::=`, `=>`, `?=`) of a value to a name that holds `name`. */
function keyed(id, description, keywords, name, value) {
    return {
        id,
        description,
        keywords,
        pattern: token_rules_g(`(?:${name})[\\w.-]{0,25}['"]?[ \\t]{0,3}(?::::=|::=|:=|=>|\\?=|=|:|,)[ \\t]{0,5}['"\`]?(?<secret>${value})(?![A-Za-z0-9_+/=-])`, 'i'),
        minEntropy: 2,
        strict: true,
    };
}
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const B64 = '[A-Za-z0-9+/]';
const TOKEN_RULES = [
    token('1password-service-account-token', '1Password service account token', ['ops_eyj'], `ops_eyJ${B64}{250,}={0,3}`, 'ops_'),
    token('1password-secret-key', '1Password secret key', ['a3-'], 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', 'A3-'),
    token('aws-bedrock-api-key', 'Amazon Bedrock API key', ['absk'], `ABSK${B64}{100,}={0,2}`, 'ABSK'),
    token('age-secret-key', 'age encryption secret key', ['age-secret-key-1'], 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', 'AGE-'),
    token('adafruit-io-key', 'Adafruit IO key', ['aio_'], 'aio_[A-Za-z0-9]{28}', 'aio_'),
    token('artifactory-api-key', 'Artifactory API key', ['akcp'], 'AKCp[A-Za-z0-9]{69}', 'AKCp'),
    token('artifactory-reference-token', 'Artifactory reference token', ['cmvmdg'], 'cmVmdGtu[A-Za-z0-9]{56}', 'cmVmdGtu'),
    token('atlassian-api-token', 'Atlassian API token', ['atatt3'], 'ATATT3[A-Za-z0-9_=-]{186}', 'ATATT3'),
    token('azure-ad-client-secret', 'Azure AD client secret', ['q~'], '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}'),
    token('beamer-api-token', 'Beamer API token', ['b_'], 'b_[A-Za-z0-9=_-]{44}', 'b_'),
    token('clojars-api-token', 'Clojars deploy token', ['clojars_'], 'CLOJARS_[a-z0-9]{60}', 'CLOJARS_', 'i'),
    token('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', ['v1.0-'], 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', 'v1.0-'),
    token('databricks-token', 'Databricks token', ['dapi'], 'dapi[a-f0-9]{32}(?:-[0-9])?', 'dapi'),
    token('docker-pat', 'Docker personal access token', ['dckr_pat_', 'dckr_oat_'], 'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}', 'dckr_'),
    token('doppler-token', 'Doppler API token', ['dp.'], 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}', 'dp.'),
    token('duffel-token', 'Duffel API token', ['duffel_'], 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}', 'duffel_'),
    token('dynatrace-token', 'Dynatrace API token', ['dt0c01.'], 'dt0c01\\.[A-Za-z0-9]{24}\\.[a-z0-9]{64}', 'dt0c01.', 'i'),
    token('easypost-token', 'EasyPost API token', ['ezak', 'eztk'], 'EZ[AT]K[A-Za-z0-9]{54}', 'EZ'),
    token('facebook-page-token', 'Facebook page access token', ['eaam', 'eaac'], 'EAA[MC][A-Za-z0-9]{100,}', 'EAA'),
    token('figma-token', 'Figma personal access token', ['figd_', 'figo_'], 'fig[do]_[A-Za-z0-9_-]{40,}', 'fig'),
    token('flyio-token', 'Fly.io access token', ['fo1_', 'fm1', 'fm2_'], `(?:fo1_[\\w-]{43}|fm1[ar]_${B64}{100,}={0,3}|fm2_${B64}{100,}={0,3})`, 'f'),
    token('frameio-token', 'Frame.io API token', ['fio-u-'], 'fio-u-[A-Za-z0-9_=-]{64}', 'fio-u-'),
    token('github-app-installation-token', 'GitHub app installation token', ['ghs_'], 'ghs_[0-9]+_eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+', 'ghs_'),
    token('gitlab-token', 'GitLab token', ['gloas-', 'gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'], 'gl(?:oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[0-9A-Za-z_.-]{20,}', 'gl'),
    token('grafana-service-account-token', 'Grafana service account token', ['glsa_'], 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', 'glsa_'),
    token('grafana-cloud-token', 'Grafana Cloud API token', ['glc_'], `glc_${B64}{32,400}={0,2}`, 'glc_'),
    token('grafana-api-key', 'Grafana API key', ['eyjrijoi'], `eyJrIjoi${B64}{70,400}={0,2}`, 'eyJrIjoi'),
    token('groq-api-key', 'Groq API key', ['gsk_'], 'gsk_[A-Za-z0-9]{52}', 'gsk_'),
    token('hashicorp-tf-token', 'Terraform Cloud API token', ['atlasv1'], '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
    token('huggingface-org-token', 'Hugging Face organisation token', ['api_org_'], 'api_org_[A-Za-z]{34}', 'api_org_'),
    token('intra42-secret', 'Intra42 client secret', ['s-s4t2'], 's-s4t2(?:ud|af)-[a-f0-9]{64}', 's-s4t2'),
    token('linear-api-key', 'Linear API key', ['lin_api_', 'lin_oauth_'], 'lin_(?:api|oauth)_[A-Za-z0-9]{40,}', 'lin_'),
    token('notion-token', 'Notion integration token', ['ntn_', 'secret_'], '(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})', 'ntn_'),
    token('openshift-token', 'OpenShift user token', ['sha256~'], 'sha256~[\\w-]{43}', 'sha256~'),
    token('planetscale-token', 'PlanetScale token', ['pscale_'], 'pscale_(?:tkn|pw|oauth)_[\\w=.-]{32,64}', 'pscale_'),
    token('prefect-token', 'Prefect API token', ['pnu_'], 'pnu_[A-Za-z0-9]{36}', 'pnu_'),
    token('pulumi-token', 'Pulumi access token', ['pul-'], 'pul-[a-f0-9]{40}', 'pul-'),
    token('readme-api-key', 'ReadMe API key', ['rdme_'], 'rdme_[a-z0-9]{70}', 'rdme_'),
    token('rubygems-token', 'RubyGems API token', ['rubygems_'], 'rubygems_[a-f0-9]{48}', 'rubygems_'),
    token('scalingo-token', 'Scalingo API token', ['tk-us-'], 'tk-us-[\\w-]{48}', 'tk-us-'),
    token('sentry-token', 'Sentry auth token', ['sntrys_', 'sntryu_'], '(?:sntrys_eyJ[A-Za-z0-9+/=_-]{80,}|sntryu_[a-f0-9]{64})', 'sntry'),
    token('shippo-token', 'Shippo API token', ['shippo_'], 'shippo_(?:live|test)_[a-fA-F0-9]{40}', 'shippo_'),
    token('slack-app-token', 'Slack app-level token', ['xapp-'], 'xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]+', 'xapp-', 'i'),
    token('slack-config-token', 'Slack configuration token', ['xoxe.xox', 'xoxe-'], '(?:xoxe\\.xox[bp]-[0-9]-[A-Z0-9]{163,166}|xoxe-[0-9]-[A-Z0-9]{146})', 'xoxe', 'i'),
    token('slack-token', 'Slack token', ['xoxa-', 'xoxb-', 'xoxo-', 'xoxp-', 'xoxr-', 'xoxs-'], 'xox[abopsr]-(?:[0-9]{1,2}-)?[0-9]{8,}-[0-9A-Za-z-]{8,}', 'xox'),
    token('sourcegraph-token', 'Sourcegraph access token', ['sgp_'], 'sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}', 'sgp_'),
    {
        ...token('tailscale-key', 'Tailscale key', ['tskey-'], 'tskey-[a-z]+-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,}', 'tskey-'),
        // A tailscale key may follow an underscore or a digit (`MY_tskey-…`): only a letter joins it to a word.
        pattern: token_rules_g(`(?<![A-Za-z])(?<secret>tskey-[a-z]+-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,})${token_rules_END}`),
    },
    {
        id: 'url-credentials',
        description: 'password in a URL',
        keywords: ['://'],
        pattern: token_rules_g(`\\b(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?|wss?)://[^\\s:/@'"<>()\\[\\]{}]{1,64}:(?<secret>[^\\s:/@'"<>()\\[\\]{}]{3,128})@(?<host>[A-Za-z0-9][A-Za-z0-9.-]*)`, 'i'),
        minEntropy: 1,
        strict: true,
    },
    token('vault-token', 'HashiCorp Vault token', ['hvs.', 'hvb.'], '(?:hvs\\.[\\w-]{90,120}|hvb\\.[\\w-]{138,300})', 'hv'),
    token('vercel-token', 'Vercel token', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], 'vc[picark]_[A-Za-z0-9]{24,}', 'vc'),
    token('yandex-token', 'Yandex token', ['aqvn', 'y0_', 't1.'], '(?:AQVN[A-Za-z0-9_-]{35,38}|y0_[A-Za-z0-9_-]{55})', undefined),
    token('sidekiq-url', 'Sidekiq Enterprise credentials in a URL', ['contribsys.com'], 'https?://[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\\.contribsys\\.com', undefined, 'i'),
    {
        id: 'curl-credentials',
        description: 'credentials on a curl command line',
        keywords: ['curl'],
        pattern: token_rules_g(`\\bcurl\\b.*?\\s(?:-u|--user)(?:=|[ \\t]{1,5})(?:"(?<secret>[^"\\s]{3,})"|'(?<secret2>[^'\\s]{3,})'|(?<secret3>[^\\s'"]*:['"]?[^\\s'"]{3,}))|\\bcurl\\b.*?\\s(?:-H|--header)(?:=|[ \\t]{1,5})["']?(?:Authorization|[\\w-]*(?:api-?key|token|secret)[\\w-]*)["']?:[ \\t]*(?:(?:Bearer|Basic|Token|Bot)[ \\t]+)?(?<secret4>[^\\s'"]{8,})`, 'i'),
        minEntropy: 1.5,
        strict: true,
    },
    keyed('facebook-secret', 'Facebook app secret', ['facebook'], 'facebook', '[a-f0-9]{32}'),
    {
        id: 'facebook-access-token',
        description: 'Facebook app access token',
        keywords: ['facebook', 'fb_'],
        pattern: token_rules_g(`(?<![0-9])(?<secret>[0-9]{15,16}(?:\\||%7C)[0-9A-Za-z_-]{27,40})${token_rules_END}`, 'i'),
        minEntropy: 2,
        strict: true,
    },
    keyed('heroku-api-key', 'Heroku API key', ['heroku'], 'heroku', UUID),
    keyed('hubspot-api-key', 'HubSpot API key', ['hubspot'], 'hubspot', UUID),
    keyed('snyk-token', 'Snyk API token', ['snyk'], 'snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)', UUID),
    keyed('messagebird-key', 'MessageBird API key or client id', ['messagebird', 'message_bird', 'message-bird'], 'message[_.-]?bird', `(?:[A-Za-z0-9]{25}|${UUID})`),
    keyed('sonar-token', 'SonarQube or SonarCloud token', ['sonar'], 'sonar[_.-]?(?:login|token)', '(?:squ_|sqp_|sqa_)?[A-Za-z0-9=_-]{40}'),
    keyed('sourcegraph-legacy-token', 'Sourcegraph access token', ['sourcegraph'], 'sourcegraph', '[a-fA-F0-9]{40}'),
    keyed('sumologic-access-id', 'Sumo Logic access id', ['sumo'], 'sumo[_.-]?(?:logic|access)', 'su[A-Za-z0-9]{12}'),
    keyed('sidekiq-secret', 'Sidekiq Enterprise credentials', ['contribsys__com'], 'BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM', '[a-f0-9]{8}:[a-f0-9]{8}'),
    keyed('vault-legacy-token', 'HashiCorp Vault token', ['vault', 'token'], 'vault|token', 's\\.[A-Za-z0-9]{24}'),
    keyed('azure-client-id', 'Azure client or tenant id', ['azure_client', 'tenant_id', 'azure_tenant'], '(?:azure|ad)[_.-]?(?:client|tenant)[_.-]?id', UUID),
];

;// CONCATENATED MODULE: ./src/checks/secrets/rules.ts



const rules_g = (source, flags = '') => new RegExp(source, `gd${flags}`);
/**
 * A private key block: the header line starts it; the secret is the key material after it (on the next
 * lines, or after `\n` escapes in a JSON string such as a GCP service-account file).
 */
const PRIVATE_KEY_RULE = {
    id: 'private-key',
    description: 'private key',
    keywords: ['private key'],
    pattern: rules_g(`-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----`),
    prefix: '-----BEGIN',
};
/**
 * A PKCS#12 key store holding a private key (pkcs12.ts reads the structure). It has no keywords and no
 * text pattern: the scan calls it on binary files only.
 */
const PKCS12_RULE = {
    id: 'pkcs12-key-store',
    description: 'PKCS#12 key store holding a private key',
    keywords: [],
    pattern: /(?!)/dg,
    binary: true,
};
/** Words that make an assignment's value a credential when it is long and random enough. */
const GENERIC_KEYWORDS = [
    'key',
    'secret',
    'token',
    'passw',
    'pwd',
    'api',
    'auth',
    'credential',
    'creds',
    'access',
];
/**
 * gitleaks' generic-api-key idea: an identifier holding a keyword, an assignment (`=`, `:`, `=>`, `:=`),
 * an optional quote, then the value.
 */
const GENERIC_RULE = {
    id: 'generic-secret',
    description: 'high-entropy value assigned to a credential-like name',
    keywords: GENERIC_KEYWORDS,
    pattern: rules_g(`(?:key|secret|token|passw(?:or)?d|pwd|api|auth|credentials?|creds|access)[\\w.-]{0,20}['"]?[ \\t]{0,3}(?::=|=>|=|:)[ \\t]{0,3}['"\`]?(?<secret>[A-Za-z0-9_+/=.~!@#$%^&*-]{12,200})(?=['"\`\\s,;)]|\\\\n|$)`, 'i'),
    minEntropy: 3.5,
};
/**
 * Rules that find a credential by its shape and its name rather than by a provider's format (GitHub
 * documents these as its "non-provider patterns", off by default because they are hard to detect
 * reliably): in documentation, examples and CI test settings their findings are notes, not failures.
 */
const PATTERN_RULE_IDS = new Set([
    'generic-secret',
    'url-credentials',
    'database-url-password',
    'curl-credentials',
    'jwt',
]);
/** Every rule, in reporting priority. */
// Provider rules first: their ids are the older ones, and a finding's fingerprint (what an allowlist holds)
// is bound to its rule id, so a broader token rule must not take over a value they already report.
const ALL_RULES = [
    PRIVATE_KEY_RULE,
    ...PROVIDER_RULES,
    ...TOKEN_RULES,
    GENERIC_RULE,
    PKCS12_RULE,
];


/***/ }),

/***/ 685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ HSTS_MIN_AGE),
/* harmony export */   sT: () => (/* binding */ judgeHsts)
/* harmony export */ });
/* unused harmony export parseHsts */
/* harmony import */ var _subtest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1059);

const HSTS_MIN_AGE = 15_552_000;
const PRELOAD_MIN_AGE = 31_536_000;
/** Parses one header value; `problem` says what makes it invalid. */
function parseHsts(value) {
    if (value.includes(','))
        return { ok: false, problem: 'the header is sent more than once (a comma in the value)' };
    const seen = new Set();
    let maxAge;
    for (const part of value.split(';')) {
        const trimmed = part.trim();
        if (trimmed === '')
            continue;
        const eq = trimmed.indexOf('=');
        const name = (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
        const raw = eq === -1 ? undefined : trimmed.slice(eq + 1).trim();
        if (seen.has(name))
            return { ok: false, problem: `the directive ${name} appears twice` };
        seen.add(name);
        if (name === 'max-age') {
            const digits = raw?.replace(/^"(.*)"$/, '$1');
            if (digits === undefined || !/^[0-9]+$/.test(digits)) {
                return { ok: false, problem: `max-age is not a number of seconds: '${raw ?? ''}'` };
            }
            maxAge = Number(digits);
        }
    }
    if (maxAge === undefined)
        return { ok: false, problem: 'max-age is missing' };
    return {
        ok: true,
        directives: { maxAge, includeSubDomains: seen.has('includesubdomains'), preload: seen.has('preload') },
    };
}
/**
 * `values`: every Strict-Transport-Security field of the response, in order. `https`: the response came over
 * HTTPS; `verified`: its certificate chain was trusted (browsers ignore HSTS otherwise).
 */
function judgeHsts(values, transport, options = {}) {
    const minAge = options.minAge ?? HSTS_MIN_AGE;
    if (!transport.https)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('served over plain HTTP: browsers ignore HSTS there', values);
    if (!transport.verified)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('the certificate is not trusted: browsers ignore HSTS then', values);
    if (values.length === 0)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('missing');
    if (values.length > 1)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid: sent ${values.length} times`, values);
    const parsed = parseHsts(values[0]);
    if (!parsed.ok)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid: ${parsed.problem}`, values);
    const d = parsed.directives;
    if (d.maxAge < minAge)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`max-age ${d.maxAge} is below ${minAge} (${days(minAge)})`, values);
    if (options.includeSubdomains && !d.includeSubDomains)
        return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('includeSubDomains is missing', values);
    if (options.preload) {
        const missing = [
            d.preload ? '' : 'preload',
            d.includeSubDomains ? '' : 'includeSubDomains',
            d.maxAge >= PRELOAD_MIN_AGE ? '' : `max-age >= ${PRELOAD_MIN_AGE}`,
        ].filter((m) => m !== '');
        if (missing.length > 0)
            return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`not ready for the preload list: needs ${missing.join(', ')}`, values);
    }
    return (0,_subtest_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`max-age ${d.maxAge} (${days(d.maxAge)})`, values);
}
function days(seconds) {
    const n = Math.floor(seconds / 86_400);
    return n === 1 ? '1 day' : `${n} days`;
}


/***/ }),

/***/ 1059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   fJ: () => (/* binding */ fail)
/* harmony export */ });
/* unused harmony exports shorten, shown */
const MAX_SHOWN = 300;
/** A header value fit for evidence: one line, at most `max` characters. */
function shorten(value, max = MAX_SHOWN) {
    const line = value.replace(/[\r\n]+/g, ' ');
    return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
/** Several values of one header as they would be shown joined. */
function shown(values) {
    return values.length === 0 ? undefined : shorten(values.join(', '));
}
const pass = (reason, values = []) => withValue({ pass: true, reason }, values);
const fail = (reason, values = []) => withValue({ pass: false, reason }, values);
function withValue(t, values) {
    const v = shown(values);
    return v === undefined ? t : { ...t, value: v };
}


/***/ }),

/***/ 8828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isHtmlType)
/* harmony export */ });
/** Whether a Content-Type names an HTML document. */
function isHtmlType(contentType) {
    const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
    return essence === 'text/html' || essence === 'application/xhtml+xml';
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S8: () => (/* binding */ toWebSocketUrl),
/* harmony export */   ZK: () => (/* binding */ receivedMessage),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   uN: () => (/* binding */ describeExpectation),
/* harmony export */   zz: () => (/* binding */ shownMessage)
/* harmony export */ });
/* harmony import */ var _util_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6248);

function matches(text, expect) {
    if (expect.contains !== undefined && !text.includes(expect.contains))
        return false;
    if (expect.pattern !== undefined && !(0,_util_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(expect.pattern).test(text))
        return false;
    return true;
}
function describeExpectation(expect) {
    const parts = [];
    if (expect.contains !== undefined)
        parts.push(`containing '${expect.contains}'`);
    if (expect.pattern !== undefined)
        parts.push(`matching /${expect.pattern}/`);
    return parts.join(' and ');
}
const KEPT_CHARS = 8192;
function receivedMessage(data, binary) {
    return {
        binary,
        bytes: data.length,
        text: binary
            ? ''
            : data
                .subarray(0, KEPT_CHARS * 4)
                .toString('utf8')
                .slice(0, KEPT_CHARS),
    };
}
/**
 * A received message fit for evidence: text scrubbed of the run's secrets first, then put on one line and
 * shortened (so a cut never keeps part of a secret); binary as its size.
 */
function shownMessage(m, max = 200, scrub = (t) => t) {
    if (m.binary)
        return `<binary, ${m.bytes} bytes>`;
    const text = scrub(m.text).replace(/[\r\n]+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
/** `ws://` and `wss://` stay; `http://` and `https://` become their WebSocket twins. */
function toWebSocketUrl(url) {
    if (url.protocol === 'ws:' || url.protocol === 'wss:')
        return url;
    return new URL(url.href.replace(/^http/, 'ws'));
}


/***/ }),

/***/ 5677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Sn: () => (/* binding */ notReadNote),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   fE: () => (/* binding */ notReadEvidence)
/* harmony export */ });
/* harmony import */ var _scan_jobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3017);

/** Small wording helpers for check summaries. */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
function listSome(items, max = 5) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
const NOT_READ_WORDS = {
    link: 'a symbolic link, not followed',
    special: 'not a regular file',
    'too-large': `over the ${_scan_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCAN_BYTES */ .r / 1048576} MiB scan cap`,
    unreadable: 'unreadable',
};
/**
 * `; 2 selected entries not read: a (a symbolic link, not followed), b (over the 32 MiB scan cap)`, or
 * nothing: what a scan left alone, named in the summary so that a pass never hides it.
 */
function notReadNote(notRead) {
    if (notRead.length === 0)
        return '';
    const shown = listSome(notRead.map((n) => `${n.file} (${NOT_READ_WORDS[n.reason]})`), 3);
    return `; ${plural(notRead.length, 'selected entry', 'selected entries')} not read: ${shown}`;
}
/** The first entries a scan left alone, with why, for the evidence (only when it left something). */
function notReadEvidence(notRead) {
    return notRead.length === 0
        ? {}
        : { notReadShown: notRead.slice(0, 20).map((n) => `${n.file}: ${NOT_READ_WORDS[n.reason]}`) };
}


/***/ }),

/***/ 3017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ noSkips),
/* harmony export */   r: () => (/* binding */ MAX_SCAN_BYTES)
/* harmony export */ });
/** Files larger than this are not scanned (reported as too large): generated data, not source. */
const MAX_SCAN_BYTES = 32 * 1024 * 1024;
const noSkips = () => ({
    binary: 0,
    unreadable: 0,
    link: 0,
    special: 0,
    'too-large': 0,
});


/***/ }),

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ patternShape)
/* harmony export */ });
/* harmony import */ var _eslint_community_regexpp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1895);

/** Literals shorter than this select too many lines to be worth a pre-filter. */
const MIN_LITERAL = 2;
/** More alternatives than this and the set is not worth it either. */
const MAX_LITERALS = 64;
/** The pre-filter facts of a pattern written in JavaScript syntax; a pattern that does not parse gets none. */
function patternShape(source, flags) {
    let ast;
    try {
        ast = new _eslint_community_regexpp__WEBPACK_IMPORTED_MODULE_0__/* .RegExpParser */ .HA({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
            unicode: flags.includes('u'),
            unicodeSets: flags.includes('v'),
        });
    }
    catch {
        return { lineLocal: false };
    }
    const literals = alternativesLits(ast.alternatives);
    const lineLocal = !flags.includes('v') && !alternativesMatchNewline(ast.alternatives, flags.includes('s'));
    const useful = literals && literals.length <= MAX_LITERALS && literals.every((l) => l.length >= MIN_LITERAL);
    // A literal holding another of the set adds nothing: a text holding it holds the shorter one too.
    const minimal = useful
        ? [...new Set(literals)].filter((l, _, all) => !all.some((o) => o !== l && l.includes(o)))
        : undefined;
    return { literals: minimal, lineLocal };
}
function alternativesLits(alternatives) {
    const out = [];
    for (const alt of alternatives) {
        const l = alternativeLits(alt);
        if (!l)
            return undefined;
        out.push(...l);
    }
    return out;
}
/** A run of literals grows through small classes (`xox[bp]-`) into at most this many alternatives. */
const MAX_RUN_SET = 16;
/** A counted repetition (`(\.\./){3}`) is spelled out up to this many characters. */
const MAX_REPEAT_LENGTH = 32;
/** The most selective required set of one sequence: a run of literal characters, or a group's set. */
function alternativeLits(alt) {
    const candidates = [];
    // The run: every way the literal characters (and small classes) since the last break can be spelled.
    let run = [''];
    const end = () => {
        if (run[0] !== '')
            candidates.push(run);
        run = [''];
    };
    const append = (choices) => {
        if (run.length * choices.length > MAX_RUN_SET) {
            end();
            if (choices.length > MAX_RUN_SET)
                return;
        }
        run = run.flatMap((r) => choices.map((c) => r + c));
    };
    for (const e of alt.elements) {
        // A character, a small class, or a group or an optional or counted part with few exact spellings
        // continues the run: `(api|secret)_?key` needs one of apikey, api_key, secretkey, secret_key.
        const exact = exactSpellings(e);
        if (exact) {
            append(exact);
            continue;
        }
        if (e.type === 'Quantifier') {
            const single = e.element.type === 'Character' ? [String.fromCodePoint(e.element.value)] : undefined;
            if (e.min >= 1 && single) {
                append(single);
                end();
                run = single;
            }
            else {
                end();
                if (e.min >= 1) {
                    const inner = elementLits(e.element);
                    if (inner)
                        candidates.push(repeated(inner, e.min));
                }
            }
        }
        else if (e.type === 'Group' || e.type === 'CapturingGroup') {
            end();
            const inner = alternativesLits(e.alternatives);
            if (inner)
                candidates.push(inner);
        }
        else {
            end();
        }
    }
    end();
    let best;
    const score = (s) => Math.min(...s.map((x) => x.length));
    for (const c of candidates) {
        if (c.length === 0)
            continue;
        if (!best || score(c) > score(best) || (score(c) === score(best) && c.length < best.length))
            best = c;
    }
    return best;
}
/**
 * Every string an element matches, when it matches only a few fixed strings (a group of exact
 * alternatives, an optional or fixed-count repetition of one); undefined otherwise. The empty string is
 * among them when the element may match nothing.
 */
function exactSpellings(e) {
    switch (e.type) {
        case 'Character':
            return [String.fromCodePoint(e.value)];
        case 'CharacterClass':
            return classChoices(e);
        case 'Group':
        case 'CapturingGroup': {
            const out = [];
            for (const alt of e.alternatives) {
                let spelled = [''];
                for (const el of alt.elements) {
                    const inner = exactSpellings(el);
                    if (!inner || spelled.length * inner.length > MAX_RUN_SET)
                        return undefined;
                    spelled = spelled.flatMap((a) => inner.map((b) => a + b));
                }
                out.push(...spelled);
                if (out.length > MAX_RUN_SET)
                    return undefined;
            }
            return [...new Set(out)];
        }
        case 'Quantifier': {
            const inner = exactSpellings(e.element);
            if (!inner)
                return undefined;
            if (e.min === 0 && e.max === 1)
                return inner.includes('') ? inner : ['', ...inner];
            if (e.min === e.max &&
                e.min >= 1 &&
                inner.length === 1 &&
                e.min * inner[0].length <= MAX_REPEAT_LENGTH)
                return [inner[0].repeat(e.min)];
            return undefined;
        }
        default:
            return undefined;
    }
}
/** The characters of a small class of single characters (`[baprs]`), or undefined. */
function classChoices(c) {
    if (c.negate || c.elements.length > 8)
        return undefined;
    const out = [];
    for (const el of c.elements) {
        if (el.type !== 'Character')
            return undefined;
        out.push(String.fromCodePoint(el.value));
    }
    return out.length > 0 ? [...new Set(out)] : undefined;
}
/** A single literal repeated `times` times in a row (what `(ab){3}` requires), else the set itself. */
function repeated(inner, times) {
    if (inner.length !== 1 || times < 2)
        return inner;
    const one = inner[0];
    const n = Math.min(times, Math.floor(MAX_REPEAT_LENGTH / Math.max(1, one.length)));
    return n >= 2 ? [one.repeat(n)] : inner;
}
function elementLits(e) {
    if (e.type === 'Character')
        return [String.fromCodePoint(e.value)];
    if (e.type === 'Group' || e.type === 'CapturingGroup')
        return alternativesLits(e.alternatives);
    return undefined;
}
const LF = 10;
function alternativesMatchNewline(alternatives, dotAll) {
    return alternatives.some((a) => a.elements.some((e) => elementMatchesNewline(e, dotAll)));
}
function elementMatchesNewline(e, dotAll) {
    switch (e.type) {
        case 'Character':
            return e.value === LF;
        case 'CharacterClass':
            return classMatchesNewline(e);
        case 'CharacterSet':
            return setMatchesNewline(e, dotAll);
        case 'Quantifier':
            return elementMatchesNewline(e.element, dotAll);
        case 'Group':
        case 'CapturingGroup':
            return alternativesMatchNewline(e.alternatives, dotAll);
        case 'Assertion':
            return e.kind === 'lookahead' || e.kind === 'lookbehind'
                ? alternativesMatchNewline(e.alternatives, dotAll)
                : false;
        case 'Backreference':
            return false;
        default:
            return true;
    }
}
function classMatchesNewline(c) {
    let inside = false;
    for (const el of c.elements) {
        if (el.type === 'Character')
            inside ||= el.value === LF;
        else if (el.type === 'CharacterClassRange')
            inside ||= el.min.value <= LF && LF <= el.max.value;
        else if (el.type === 'CharacterSet')
            inside ||= setMatchesNewline(el, false);
        else
            return true;
    }
    return c.negate ? !inside : inside;
}
function setMatchesNewline(s, dotAll) {
    switch (s.kind) {
        case 'any':
            return dotAll;
        case 'digit':
            return s.negate;
        case 'word':
            return s.negate;
        case 'space':
            return !s.negate;
        default:
            return true;
    }
}


/***/ }),

/***/ 1795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ createContentScanner)
});

// UNUSED EXPORTS: runPass

// EXTERNAL MODULE: ./src/checks/repo/globs.ts
var globs = __webpack_require__(1929);
// EXTERNAL MODULE: ./src/scan/jobs.ts
var scan_jobs = __webpack_require__(3017);
// EXTERNAL MODULE: ./src/scan/pool.ts
var pool = __webpack_require__(3247);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/checks/secrets/entropy.ts
/** Shannon entropy of a string in bits per character (0 for the empty string). */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** Hex-only values have at most 4 bits per character: detect-secrets' hex limit is 3.0. */
const HEX_ENTROPY = 3.0;
/** detect-secrets' limit for base64-alphabet values with no keyword context. */
const BASE64_ENTROPY = 4.5;
/** Words that mark a value as a placeholder, an example or a reference rather than a secret. */
const STOP_WORDS = [
    'example',
    'sample',
    'placeholder',
    'dummy',
    'changeme',
    'change_me',
    'change-me',
    'redacted',
    'your_',
    'your-',
    'yourkey',
    'insert',
    'replace',
    'xxxx',
    '****',
    '....',
    '0000000000',
    '1234567890',
    'abcdefgh',
    'lorem',
    'fake',
    'abc123',
    '123abc',
    'def456',
    'notreal',
    'not_a_real',
    'not-a-real',
    'mock',
    'p@ss',
];
/** Capitals and underscores holding a credential word: a name written where the value goes. */
const PLACEHOLDER_NAME = /^(?=[A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Values that are known not to be secrets: publishable keys (public by design), template references. */
const BENIGN = [
    /^pk_(?:test|live)_/,
    /\$\{[^}]*\}?/,
    /\{\{/,
    /\$\(/,
    /^\$[A-Za-z_]/,
    /^%\(?[A-Za-z_]/,
    /^<.*>?$/,
    /^(?:pass(?:word)?|passwd|secret|postgres|root|admin|user|test|guest|mysql|redis|pwd)\d{0,4}$/i,
    // The word "password" in other languages, as translated documentation writes its placeholders.
    /^(?:passwort|kennwort|contrase(?:n|ñ)a|senha|mot_?de_?passe|wachtwoord|parola|has(?:l|ł)o|l(?:o|ö)senord|adgangskode|passord|salasana|jelsz(?:o|ó)|heslo|şifre|sifre|kata_?sandi|sandi|mat_?khau|пароль|密码|密碼|パスワード|비밀번호)$/iu,
    /(?:process\.env|os\.environ|getenv|ENV\[|secrets\.|vault:|env\()/i,
    // A value cut short on purpose, as examples print one (`0123456789abcdef...`).
    /(?:\.\.\.|…)$/,
    // A name written where the value goes (`STRONG_DB_PASSWORD`, `YOUR_API_KEY`, `DB_PASS`).
    PLACEHOLDER_NAME,
];
/** A reference to a value kept elsewhere: `${VAR}`, `{{ var }}`, `$(cmd)`, `$VAR`, `%(name)s`, `<name>`. */
function isTemplateReference(value) {
    return /\$\{|\{\{|\$\(|\$[A-Za-z_0-9]|^%\(?[A-Za-z_]|^<.*>?$|\[[A-Za-z_ -]+\]|<[A-Za-z_ -]+>/.test(value);
}
/**
 * A body of one or two distinct characters after the provider prefix (`ghp_xxxx…`, `sk_live_0000…`): a
 * mask or a placeholder, whatever the format says.
 */
function isDegenerate(value, prefix = '') {
    const body = (prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value).replace(/[-_.~]/g, '');
    if (new Set(body).size <= 2)
        return true;
    // `user:user`, as in `curl -u test:test`.
    if (/^([^:]+):\1$/.test(body))
        return true;
    // Masks: mostly x, #, * or 0 (`glpat-XXXXXXXXXXX-XXXXXXXX`, `sha256~XXXX_PUT_YOUR_TOKEN_HERE_XXXX`).
    const masked = body.replace(/[^xX#*0]/g, '').length;
    return masked * 2 >= body.length || /your_?token|put_?your|here$|^your[-_]?[a-z]/i.test(body);
}
/**
 * A host no one else reaches: loopback (`localhost`, `127.0.0.1`, `*.localhost`, RFC 6761). Credentials
 * for a service on the developer's own machine are development defaults, not a way into anything.
 */
function isLoopbackHost(host) {
    const h = host.toLowerCase().replace(/\.$/, '');
    return (h === 'localhost' ||
        h === '0.0.0.0' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
        h.endsWith('.localhost'));
}
/**
 * A URL shown as an example where it stands: in an HTML `placeholder` attribute, or in a list of examples
 * after "e.g.", "for example", "for instance" or "such as" on its line
 * (`hint: … (e.g. http://localhost:9200, https://user:pass@es1.example.com:9200)`).
 */
function isShownAsExample(lineText, urlAt) {
    const before = lineText.slice(Math.max(0, urlAt - 100), urlAt).toLowerCase();
    if (/placeholder\s*=\s*["']?$/.test(before))
        return true;
    // The example's wording, then only more examples of the same list (no sentence end, `;` or `)`).
    return /(?:\be\.\s?g\.?|\beg\.|\bfor example|\bfor instance|\bsuch as|\bexample:)(?:(?!\.\s|;|\)).)*$/.test(before);
}
/** A name written where a value goes: capitals and underscores holding a credential word (`STRONG_DB_PASSWORD`). */
function isPlaceholderName(value) {
    return PLACEHOLDER_NAME.test(value);
}
/**
 * A value shaped like a program identifier: words in camelCase, PascalCase or snake_case with at most a
 * short number at the end (`_computedKey4`, `credentialIdBase64`, `STRONG_DB_PASSWORD`,
 * `ultraPictureBox1`). Random keys mix digits and case inside; identifiers do not.
 */
function isIdentifierShaped(value) {
    return (/^[_$]*(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Z](?=[_$-]))(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Z](?=[A-Z][a-z])|[_$-][A-Za-z][a-z]*|[_$-][A-Z]+)*[0-9]{0,3}$/.test(value) && wordsReadAsWords(value));
}
/**
 * Random letters also split into "camelCase words" (`XkFpGbnlThzt`), but those words lack vowels (an
 * identifier's words of three letters or more nearly all have one; acronyms in capitals are let be), and
 * many of them are one or two letters long.
 */
/** A run of letters whose pieces read as words of a language: each of three letters or more has a vowel. */
function readsAsWords(part) {
    return /[aeiouy]/i.test(part) && wordsReadAsWords(part);
}
function wordsReadAsWords(value) {
    const words = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]/g) ?? [];
    const spelled = words.filter((w) => w.length >= 3 && /[a-z]/.test(w));
    const vowelless = spelled.filter((w) => !/[aeiouy]/i.test(w)).length;
    // Nor do identifiers cut into many one- and two-letter pieces (`fvXOXhBAKt`).
    const short = words.filter((w) => w.length <= 2).length;
    return (vowelless <= 1 && vowelless * 4 <= spelled.length && (words.length < 4 || short * 5 <= words.length * 2));
}
/** Whether a candidate value is a placeholder, an example, a reference or a known non-secret. */
function isPlaceholder(value) {
    const lower = value.toLowerCase();
    for (const w of STOP_WORDS)
        if (lower.includes(w))
            return true;
    for (const b of BENIGN)
        if (b.test(value))
            return true;
    return false;
}
/** A dotted name like `config.apiKey` or a file path: the value names something, it is not a secret. */
function looksLikeReference(value) {
    // Module specifiers and key paths: segments that are each a name (`@scope/plugin-name/runtimeKey`).
    if (value.includes('/') &&
        value
            .replace(/^@/, '')
            .split('/')
            .every((part) => part !== '' && (isIdentifierShaped(part) || isSlug(part))))
        return true;
    // Member paths, also borrowed or dereferenced and with tuple fields (`&parent.resolved.0`).
    if (/^[&*]?[A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\d+))+$/.test(value))
        return true;
    if (/^(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)+$/.test(value) && /\.[a-z]{1,5}$/.test(value))
        return true;
    // Slugs and identifiers: words and numbers joined by separators (`price-token-8931`, `user_id_42`), a
    // word may end in a short number (`worker-v2-marker`, `es2015-preset`).
    return isSlug(value);
}
function isSlug(value) {
    return (/^(?:[a-z]+[0-9]{0,4}|[0-9]+)(?:[-_.:](?:[a-z]+[0-9]{0,4}|[0-9]+))+$/.test(value) ||
        /^(?:[A-Z]+[0-9]{0,4}|[0-9]+)(?:[-_.:](?:[A-Z]+[0-9]{0,4}|[0-9]+))+$/.test(value));
}
/** Letters-only values must be this random to count: CamelCase names stay below it, random keys above. */
const LETTERS_ONLY_ENTROPY = 4.0;
/**
 * The generic rule's bar for a value: random enough for its alphabet, with a letter and a digit (values
 * of letters only need 24+ characters and 4.0 bits, which words and CamelCase names do not reach).
 */
function genericValueQualifies(value, minEntropy) {
    // TypeScript's non-null assertion and a statement's end are not part of a value (`env.SECRET!,`).
    value = value.replace(/[!;,]+$/, '');
    if (!/[A-Za-z]/.test(value))
        return false;
    // Words joined by hyphens or spaces, as translations and prose write them
    // (`OAuth-applikationshemmelighed`): every part reads as words.
    if (/^[A-Za-z]+(?:[- ][A-Za-z]+)+$/.test(value) && value.split(/[- ]/).every(readsAsWords))
        return false;
    if (isIdentifierShaped(value))
        return false;
    // A name with a source position or range after it, as syntax-tree dumps and stack traces print them
    // (`IDENT@106..129`, `L_CURLY@29..30`, `parseKey:12:5`).
    if (/^[A-Za-z_$][\w$]*@\d+\.\.\d+$/.test(value))
        return false;
    const positioned = /^(.+?)(?::\d+){1,2}$/.exec(value);
    if (positioned && isIdentifierShaped(positioned[1]))
        return false;
    if (!/[0-9]/.test(value)) {
        return value.length >= 24 && !looksLikeReference(value) && shannonEntropy(value) >= LETTERS_ONLY_ENTROPY;
    }
    if (looksLikeReference(value))
        return false;
    // UUIDs (and ids laid out like one, in any alphabet) and version strings name things; they are not
    // credentials. Providers whose keys are UUIDs have rules of their own that need the provider's name.
    if (/^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i.test(value))
        return false;
    if (/^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$/.test(value))
        return false;
    const bits = shannonEntropy(value);
    if (/^[0-9a-f]+$/i.test(value))
        return bits >= HEX_ENTROPY;
    return bits >= minEntropy;
}
/**
 * Names holding a credential keyword that do not hold credentials: `cache_key`, `token_type`, `api_url`,
 * `public_key`, `secret_name`. The generic rule skips assignments to them.
 */
const NOT_CREDENTIAL_NAME = new RegExp([
    '(?:cache|sort|partition|primary|foreign|public|idempotency|dedupe?|lookup|index|hash|row|group|route|unique|' +
        'i18n|translation|map|object|s3|file|icon|sign(?:ing)?_?key_?id)[_.-]?key',
    'key_?(?:id|name|names|path|file|length|size|type|prefix|count|format)\\b',
    'token_?(?:type|url|uri|endpoint|expir\\w*|ttl|lifetime|length|name|count|limit|header)\\b',
    'auth_?(?:url|uri|endpoint|method|type|mode|provider|domain|header|flow|scheme)\\b',
    'api_?(?:url|base|version|host|endpoint|path|root|name|docs?)\\b',
    'access_?(?:level|mode|log|control|type|pattern|policy)\\b',
    'accessor|accessib\\w*|keyboard|keyframe|keyword|monkey|turkey|donkey|hockey|author\\w*|api_?version',
    'secret_?(?:name|ref|arn|id|path|manager)\\b',
    'passw(?:or)?d_?(?:policy|length|min\\w*|max\\w*|hint|field|reset\\w*|rules?)\\b',
].join('|'), 'i');
/** Whether the identifier a generic match was assigned to names something other than a credential. */
function isNonCredentialName(name) {
    return NOT_CREDENTIAL_NAME.test(name);
}

;// CONCATENATED MODULE: ./src/scan/byte-automaton.ts
/**
 * Many literals found in bytes in one pass, with a byte at a time and no look back: an Aho-Corasick
 * automaton turned into a full transition table (a deterministic automaton), for sets whose shortest
 * literals are too short for the shift table of src/scan/literal-search.ts to skip anything. A secret
 * scan's keywords are such a set: 152 of them, 17 of three bytes and two of two.
 *
 * What makes it fast in JavaScript:
 * - the bytes go through a class table first (the bytes no literal holds are one class; with ASCII
 *   folding, a capital letter is its small letter's class), so the table is states x classes, small
 *   enough to stay in the processor's nearest caches;
 * - states are numbered as offsets into the table (already multiplied by the class count), and the states
 *   where a literal ends come last, so a step is two loads and an add, and the test for a hit one compare;
 * - a long buffer is searched as four interleaved quarters: one step depends on the step before it, so a
 *   single pass waits on each load; four independent passes let the processor overlap them. Each quarter
 *   after the first starts in the start state a literal's length before its own first byte, so every
 *   literal ending in the quarter is found by it, and only by it.
 */
/** Below this many bytes a buffer is searched in one pass: setting up four costs more than it saves. */
const INTERLEAVE_MIN_BYTES = 4096;
/**
 * The most table entries an automaton may have (states x byte classes; 4 bytes each at most): 16 MiB.
 * Literals come from users' patterns, so a set that would need more is searched the other way
 * (src/scan/literal-search.ts), never built.
 */
const MAX_TABLE_ENTRIES = 4 * 1024 * 1024;
/** An upper bound on the table's entries for these literals: one state per literal byte, and the start. */
function tableEntries(literals, ignoreCase) {
    const fold = (b) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
    const distinct = new Set();
    let states = 1;
    for (const l of literals) {
        states += l.length;
        for (const b of l)
            distinct.add(fold(b));
    }
    return states * (distinct.size + 1);
}
class ByteAutomaton {
    /** Byte to class (times one: classes index a state's row). */
    classes;
    /** Row offset of the next state, per (row offset of a state + class). */
    next;
    /** Row offsets at or above this are states where at least one literal ends. */
    firstHit;
    /**
     * Per hit state (its row offset / stride - the first hit state's number, k): the literals ending there
     * are endIds[endStart[k]] up to endIds[endStart[k + 1]].
     */
    endStart;
    endIds;
    stride;
    lengths;
    longest;
    /**
     * `literals` as bytes; with `ignoreCase`, ASCII letters match in either case (the literals may be
     * written in either). Hits name a literal by its index in this list.
     */
    constructor(literals, ignoreCase) {
        if (tableEntries(literals, ignoreCase) > MAX_TABLE_ENTRIES)
            throw new RangeError('the literals need a larger table than a byte automaton may have');
        const fold = (b) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
        const classOf = new Map();
        for (const l of literals)
            for (const b of l)
                if (!classOf.has(fold(b)))
                    classOf.set(fold(b), classOf.size + 1);
        const stride = classOf.size + 1;
        this.classes = Uint8Array.from({ length: 256 }, (_, b) => classOf.get(fold(b)) ?? 0);
        if (stride > 256)
            throw new Error('a byte automaton holds at most 255 distinct bytes');
        // The trie in the table itself (one row per state, -1 where a state has no child; at most one state
        // per literal byte, so no more rows than tableEntries counted): building takes typed arrays of the
        // table's size, never an object per state. Literals ending at a state are kept for those states only.
        let bound = 1;
        for (const l of literals)
            bound += l.length;
        const delta = new Int32Array(bound * stride).fill(-1);
        const ends = new Map();
        let states = 1;
        literals.forEach((l, id) => {
            let s = 0;
            for (const b of l) {
                const at = s * stride + this.classes[b];
                let t = delta[at];
                if (t === -1) {
                    t = states;
                    states += 1;
                    delta[at] = t;
                }
                s = t;
            }
            const own = ends.get(s);
            if (own)
                own.push(id);
            else
                ends.set(s, [id]);
        });
        // Breadth first: each state's fall-back (the longest proper suffix that is a trie state), its full
        // row of transitions, and its output link: the nearest state on its fall-back chain where a literal
        // of its own ends (the literals ending at a state are its own and its output link's, on and on).
        const fallback = new Int32Array(states);
        const outLink = new Int32Array(states).fill(-1);
        const order = new Int32Array(states);
        let queued = 1;
        for (let q = 0; q < queued; q += 1) {
            const s = order[q];
            if (s !== 0) {
                const f = fallback[s];
                outLink[s] = ends.has(f) ? f : outLink[f];
            }
            for (let c = 0; c < stride; c += 1) {
                const t = c === 0 ? -1 : delta[s * stride + c];
                const viaFallback = s === 0 ? 0 : delta[fallback[s] * stride + c];
                if (t === -1) {
                    delta[s * stride + c] = viaFallback;
                }
                else {
                    fallback[t] = viaFallback;
                    order[queued] = t;
                    queued += 1;
                }
            }
        }
        // Renumber: states where nothing ends first (the start state stays 0), then the others.
        const isLoud = (s) => ends.has(s) || outLink[s] !== -1;
        const quiet = [...order].filter((s) => !isLoud(s));
        const loud = [...order].filter(isLoud);
        const number = new Int32Array(states);
        [...quiet, ...loud].forEach((s, i) => (number[s] = i));
        const size = states * stride;
        this.next = size <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
        for (let s = 0; s < states; s += 1)
            for (let c = 0; c < stride; c += 1)
                this.next[number[s] * stride + c] =
                    number[delta[s * stride + c]] * stride;
        this.stride = stride;
        this.firstHit = quiet.length * stride;
        const endStart = new Int32Array(loud.length + 1);
        const ids = [];
        loud.forEach((s, k) => {
            for (let u = s; u !== -1; u = outLink[u])
                for (const id of ends.get(u) ?? [])
                    ids.push(id);
            endStart[k + 1] = ids.length;
        });
        this.endStart = endStart;
        this.endIds = Int32Array.from(ids);
        this.lengths = Int32Array.from(literals, (l) => l.length);
        this.longest = Math.max(0, ...literals.map((l) => l.length));
    }
    /** Calls `hit(literal, offset)` for every occurrence of every literal (overlapping ones too), in no set order. */
    find(bytes, hit) {
        const n = bytes.length;
        if (n < INTERLEAVE_MIN_BYTES) {
            this.run(bytes, 0, 0, n, hit);
            return;
        }
        const quarter = n >> 2;
        const warm = this.longest - 1;
        // Quarters 1 to 3 first read the bytes a literal ending in them may start with, finding nothing.
        const s1 = this.warm(bytes, quarter - warm, quarter);
        const s2 = this.warm(bytes, 2 * quarter - warm, 2 * quarter);
        const s3 = this.warm(bytes, 3 * quarter - warm, 3 * quarter);
        const last = this.interleaved(bytes, quarter, s1, s2, s3, hit);
        // The bytes past four equal quarters belong to the last one.
        this.run(bytes, last, 4 * quarter, n, hit);
    }
    /** The state after reading bytes [from, to) from the start state, hits ignored. */
    warm(bytes, from, to) {
        const { classes, next } = this;
        let s = 0;
        for (let i = Math.max(0, from); i < to; i += 1)
            s = next[s + classes[bytes[i]]];
        return s;
    }
    /** One pass over [from, to), starting in state `s`; returns the state it ends in. */
    run(bytes, start, from, to, hit) {
        const { classes, next, firstHit } = this;
        let s = start;
        for (let i = from; i < to; i += 1) {
            s = next[s + classes[bytes[i]]];
            if (s >= firstHit)
                this.report(s, i, hit);
        }
        return s;
    }
    /** The four quarters in one loop; returns the last quarter's state. */
    interleaved(bytes, quarter, start1, start2, start3, hit) {
        const { classes, next, firstHit } = this;
        let s0 = 0;
        let s1 = start1;
        let s2 = start2;
        let s3 = start3;
        const b1 = quarter;
        const b2 = 2 * quarter;
        const b3 = 3 * quarter;
        for (let i = 0; i < quarter; i += 1) {
            s0 = next[s0 + classes[bytes[i]]];
            s1 = next[s1 + classes[bytes[b1 + i]]];
            s2 = next[s2 + classes[bytes[b2 + i]]];
            s3 = next[s3 + classes[bytes[b3 + i]]];
            if (s0 >= firstHit || s1 >= firstHit || s2 >= firstHit || s3 >= firstHit) {
                if (s0 >= firstHit)
                    this.report(s0, i, hit);
                if (s1 >= firstHit)
                    this.report(s1, b1 + i, hit);
                if (s2 >= firstHit)
                    this.report(s2, b2 + i, hit);
                if (s3 >= firstHit)
                    this.report(s3, b3 + i, hit);
            }
        }
        return s3;
    }
    /** The literals ending at byte `end` in hit state `s`. */
    report(s, end, hit) {
        const k = (s - this.firstHit) / this.stride;
        const { endIds } = this;
        for (let j = this.endStart[k]; j < this.endStart[k + 1]; j += 1) {
            const id = endIds[j];
            hit(id, end - this.lengths[id] + 1);
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/simd-search.ts
/**
 * A small set of literals found in bytes 16 positions at a time, by the WebAssembly SIMD module of
 * src/scan/teddy.wat (in the manner of Teddy): each literal goes to one of 8 buckets, and nibble tables
 * over 3 bytes of it (its fingerprint: the rarest 3 consecutive bytes in source text, 2 in a set with a
 * literal of 2 bytes) say at which positions some bucket's fingerprint may be; only there are that
 * bucket's literals compared, exactly, inside the module. This file lays the literals and tables out in
 * the module's memory, copies the bytes in (a buffer larger than the input area in overlapping chunks)
 * and reads the hits back.
 *
 * It serves sets whose literals are all at least 2 bytes long and few enough for the buckets to stay
 * selective (src/scan/literal-search.ts decides); every other set keeps the searches of JavaScript.
 */
/** Where each part of the module's memory starts (the layout src/scan/teddy.wat reads). */
const BUCKET_STARTS = 384;
const STOPPED_AT = 128;
const ENTRIES = 512;
const ENTRY_BYTES = 32;
const DATA = 4096;
const HITS = 32768;
const HIT_CAPACITY = 4096;
const INPUT = 65536;
/** Bytes past the input that the module reads (a step looks 34 bytes ahead) but never reports. */
const PAD = 64;
const MEMORY_BYTES = 16 * 65536;
/** The most bytes searched per call: a longer buffer is searched in chunks that overlap. */
const INPUT_CAPACITY = MEMORY_BYTES - INPUT - PAD;
/** The most literals the layout holds (each set has one entry per literal). */
const MAX_SIMD_LITERALS = Math.floor((DATA - ENTRIES) / ENTRY_BYTES);
/** The most literal bytes the layout holds (each literal's bytes and as many case-mask bytes). */
const MAX_DATA_BYTES = HITS - DATA;
const BUCKETS = 8;
const isLetter = (b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const lower = (b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b);
/** Whether the layout can hold these literals (lengths in bytes): at least 2 bytes each, not too many. */
function simdFits(literals) {
    if (literals.length === 0 || literals.length > MAX_SIMD_LITERALS)
        return false;
    let data = 0;
    for (const l of literals) {
        if (l.length < 2)
            return false;
        data += 2 * l.length;
    }
    return data <= MAX_DATA_BYTES;
}
/**
 * How often each byte comes in source text, per mille (measured on this project's own TypeScript and
 * Markdown; other bytes: printable ASCII 0.5, others 0.05). It chooses where in a literal its
 * fingerprint is taken and which literals share a bucket: only the order of the weights matters much.
 */
const COMMON = {
    ' ': 169,
    e: 76,
    t: 60,
    s: 45,
    r: 42,
    n: 41,
    o: 40,
    a: 38,
    i: 37,
    c: 25,
    '\n': 24,
    l: 23,
    d: 21,
    p: 19,
    u: 19,
    '.': 18,
    "'": 18,
    m: 16,
    h: 16,
    '(': 16,
    ')': 15,
    ',': 14,
    f: 13,
    ':': 12,
    g: 11,
    ';': 10,
    b: 8,
    '=': 7,
    y: 7,
    '{': 7,
    '}': 7,
    '/': 7,
    w: 7,
    '-': 6,
    k: 6,
    x: 6,
    v: 5,
    '`': 4,
    '*': 4,
    '[': 4,
    ']': 4,
    '|': 3,
    '0': 3,
    '"': 3,
    _: 2,
    '>': 2,
    '<': 1,
    '1': 2,
    '2': 1,
    j: 2,
    q: 1,
    '\t': 2,
};
const WEIGHT = Float64Array.from({ length: 256 }, (_, b) => {
    const known = COMMON[String.fromCharCode(b)];
    if (known !== undefined)
        return known;
    if (b >= 0x41 && b <= 0x5a)
        return 2;
    return b > 0x20 && b < 0x7f ? 0.5 : 0.05;
});
/** The weight of the bytes a position's pair of nibble sets accepts (every low nibble with every high one). */
function accepted(lo, hi) {
    let w = 0;
    for (let h = 0; h < 16; h += 1) {
        if (!(hi & (1 << h)))
            continue;
        for (let l = 0; l < 16; l += 1)
            if (lo & (1 << l))
                w += WEIGHT[(h << 4) | l];
    }
    return w;
}
/** The rarest `width` bytes of a literal by the weights (in either case where letters fold). */
function fingerprint(l, width, ignoreCase) {
    const weight = (b) => WEIGHT[b] + (ignoreCase && isLetter(b) ? WEIGHT[b ^ 0x20] : 0);
    let best = 0;
    let bestWeight = Infinity;
    for (let o = 0; o + width <= l.length; o += 1) {
        let w = 1;
        for (let j = 0; j < width; j += 1)
            w *= weight(l[o + j]);
        if (w < bestWeight) {
            bestWeight = w;
            best = o;
        }
    }
    return { offset: best, bytes: Array.from(l.subarray(best, best + width)) };
}
class SimdLiteralSearch {
    exports;
    memory;
    words;
    scan;
    /** The largest offset of a literal's fingerprint in it. */
    reach;
    longest;
    limit;
    chunk;
    /**
     * `literals` as bytes (each at least 2 long, `simdFits`); with `ignoreCase`, ASCII letters match in
     * either case. Hits name a literal by its index in this list. `chunk` (for tests) lowers the bytes
     * searched per call.
     */
    constructor(literals, ignoreCase, module, chunk = INPUT_CAPACITY) {
        if (!simdFits(literals))
            throw new RangeError('the literals do not fit the SIMD search');
        this.exports = new WebAssembly.Instance(module, {}).exports;
        this.memory = new Uint8Array(this.exports.memory.buffer);
        this.words = new Int32Array(this.exports.memory.buffer);
        const width = Math.min(3, ...literals.map((l) => l.length));
        this.scan = width === 3 ? this.exports.scan3 : this.exports.scan2;
        this.longest = Math.max(...literals.map((l) => l.length));
        this.chunk = Math.max(Math.min(chunk, INPUT_CAPACITY), 2 * this.longest);
        this.limit = (HIT_CAPACITY - literals.length) * 8;
        const folded = literals.map((l) => (ignoreCase ? Uint8Array.from(l, lower) : Uint8Array.from(l)));
        const prints = folded.map((l) => fingerprint(l, width, ignoreCase));
        this.reach = Math.max(...prints.map((f) => f.offset));
        this.layOut(folded, prints, chooseBuckets(prints, width, ignoreCase), width, ignoreCase);
    }
    /** Writes the nibble tables, the bucket starts, the entries and the literal data into the memory. */
    layOut(folded, prints, buckets, width, ignoreCase) {
        const mem = this.memory;
        const view = new DataView(this.exports.memory.buffer);
        mem.fill(0, 0, INPUT);
        let entry = 0;
        let data = DATA;
        buckets.forEach((members, b) => {
            view.setInt32(BUCKET_STARTS + 4 * b, entry, true);
            for (const id of members) {
                const l = folded[id];
                const print = prints[id];
                print.bytes.forEach((x, j) => {
                    for (const v of ignoreCase && isLetter(x) ? [x, x ^ 0x20] : [x]) {
                        mem[32 * j + (v & 15)] = mem[32 * j + (v & 15)] | (1 << b);
                        mem[32 * j + 16 + (v >> 4)] = mem[32 * j + 16 + (v >> 4)] | (1 << b);
                    }
                });
                const at = ENTRIES + ENTRY_BYTES * entry;
                let prefix = 0;
                let mask = 0;
                let caseMask = 0;
                for (let j = 0; j < Math.min(4, l.length); j += 1) {
                    const x = l[j];
                    prefix |= x << (8 * j);
                    mask |= 0xff << (8 * j);
                    if (ignoreCase && isLetter(x))
                        caseMask |= 0x20 << (8 * j);
                }
                view.setInt32(at, prefix, true);
                view.setInt32(at + 4, mask, true);
                view.setInt32(at + 8, caseMask, true);
                view.setInt32(at + 12, l.length, true);
                view.setInt32(at + 16, data, true);
                view.setInt32(at + 20, id, true);
                view.setInt32(at + 24, print.offset, true);
                mem.set(l, data);
                for (let j = 0; j < l.length; j += 1)
                    mem[data + l.length + j] = ignoreCase && isLetter(l[j]) ? 0x20 : 0;
                data += 2 * l.length;
                entry += 1;
            }
        });
        view.setInt32(BUCKET_STARTS + 4 * BUCKETS, entry, true);
    }
    /** Calls `hit(literal, offset)` for every occurrence of every literal (overlapping ones too), in no set order. */
    find(bytes, hit) {
        const n = bytes.length;
        const { memory, words, chunk, limit } = this;
        // Chunks overlap by a literal's length less one: a literal starting before a chunk's last `step`
        // bytes ends inside it (and its fingerprint, at most `reach` bytes in, is in it too); one starting
        // later is found by the next chunk.
        const step = chunk - (this.longest - 1);
        for (let base = 0; base < n; base += step) {
            const length = Math.min(chunk, n - base);
            memory.set(bytes.subarray(base, base + length), INPUT);
            const last = base + length >= n;
            const stop = last ? length : step;
            const to = last ? length : Math.min(length, step + this.reach);
            for (let from = 0; from < to;) {
                const count = this.scan(length, from, to, stop, limit);
                for (let k = 0; k < count; k += 1) {
                    const w = (HITS >> 2) + 2 * k;
                    hit(words[w], base + words[w + 1]);
                }
                from = words[STOPPED_AT >> 2];
            }
            if (last)
                break;
        }
    }
}
/**
 * Puts the literals in buckets: literals with the same fingerprint together, and each group, heaviest
 * fingerprints first, in the bucket whose tables it widens least (by the weight of the bytes the
 * tables would then accept at each position, multiplied).
 */
function chooseBuckets(prints, width, ignoreCase) {
    const groups = new Map();
    prints.forEach((f, id) => {
        const key = f.bytes.join(',');
        groups.set(key, [...(groups.get(key) ?? []), id]);
    });
    const buckets = Array.from({ length: BUCKETS }, () => ({
        members: [],
        lo: new Array(width).fill(0),
        hi: new Array(width).fill(0),
    }));
    const cost = (lo, hi) => lo.reduce((p, l, j) => p * accepted(l, hi[j]), 1);
    const weightOf = (ids) => {
        const lo = new Array(width).fill(0);
        const hi = new Array(width).fill(0);
        addBytes(lo, hi, prints[ids[0]].bytes, ignoreCase);
        return cost(lo, hi);
    };
    const order = [...groups.values()].sort((a, b) => weightOf(b) - weightOf(a));
    for (const ids of order) {
        const bytes = prints[ids[0]].bytes;
        let best = 0;
        let bestIncrease = Infinity;
        buckets.forEach((bucket, b) => {
            const lo = bucket.lo.slice();
            const hi = bucket.hi.slice();
            addBytes(lo, hi, bytes, ignoreCase);
            const before = bucket.members.length === 0 ? 0 : cost(bucket.lo, bucket.hi);
            const increase = cost(lo, hi) - before;
            if (increase < bestIncrease) {
                bestIncrease = increase;
                best = b;
            }
        });
        const bucket = buckets[best];
        addBytes(bucket.lo, bucket.hi, bytes, ignoreCase);
        bucket.members.push(...ids);
    }
    return buckets.map((b) => b.members);
}
function addBytes(lo, hi, bytes, ignoreCase) {
    bytes.forEach((x, j) => {
        for (const v of ignoreCase && isLetter(x) ? [x, x ^ 0x20] : [x]) {
            lo[j] = lo[j] | (1 << (v & 15));
            hi[j] = hi[j] | (1 << (v >> 4));
        }
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/scan/teddy-module.ts

let cached;
/**
 * The compiled SIMD literal search (src/scan/teddy.wat, built into teddy.wasm beside this file, or beside
 * the bundle, which carries it), once per thread; null when it cannot be had (not built, or no
 * WebAssembly SIMD here), and the searches of JavaScript serve every set.
 */
function teddyModule() {
    if (cached === undefined) {
        try {
            cached = new WebAssembly.Module((0,external_node_fs_.readFileSync)(__webpack_require__.ab + "teddy.wasm"));
        }
        catch {
            cached = null;
        }
    }
    return cached;
}

;// CONCATENATED MODULE: ./src/scan/literal-search.ts
/**
 * A set of literals searched in a file's bytes (UTF-8, as read) in one pass, without decoding the file:
 * the pre-filter of the read pass. A small set of literals of 2 bytes or more goes through the
 * WebAssembly SIMD search (src/scan/simd-search.ts), 16 positions at a time. Otherwise literals of at
 * least `width` bytes go through a Wu-Manber search (a shift table over byte pairs: most positions are
 * skipped without a look at their literals); shorter ones through the buffer's own search
 * (case-sensitive) or one alternation over the bytes viewed as Latin-1 (one character per byte, no
 * decoding); or, where the window would be too short to skip, the whole set through a byte automaton.
 *
 * Why not a library: the Aho-Corasick packages on npm walk JavaScript strings character by character
 * through maps, slower than the engine's own alternation; bytes need none of that.
 */



/**
 * The most literals the SIMD search takes. Its 8 buckets then hold 6 literals each, and on samples of
 * source text it ran 2-18 times as fast as the other searches with 48 literals (case-insensitive secret
 * keywords), about as fast with 64 and slower with 96 or more: the candidates its nibble tables let
 * through grow with the literals in a bucket, and each is compared in full (docs/bench.md).
 */
const MAX_SIMD_SET = 48;
/** The most bytes of a literal's start the shift table looks at: longer windows skip more, up to a point. */
const MAX_WIDTH = 5;
/**
 * Below this window the shift table skips too little (a window of 3 bytes moves at most 2 at a time, and
 * common byte pairs stop it at most positions): the set goes through a byte automaton instead.
 */
const MIN_SKIPPING_WIDTH = 4;
/** Folds ASCII letters to lower case (case-insensitive sets); every other byte stays as it is. */
const LOWER = Uint8Array.from({ length: 256 }, (_, b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b));
const SAME = Uint8Array.from({ length: 256 }, (_, b) => b);
const literal_search_escape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/**
 * Whether a set can be searched as bytes with the same meaning as the text search it stands for: the
 * text's own replacement characters (invalid UTF-8) and lone surrogates have no byte form, and a
 * case-insensitive set folds only ASCII letters as bytes, so it must hold ASCII literals only, without k
 * and s where Unicode case folding (u, v) also maps the Kelvin sign and the long s to them.
 */
function searchableAsBytes(literals, ignoreCase, unicode) {
    return literals.every((l) => {
        if (/[\ufffd\ud800-\udfff]/.test(l))
            return false;
        if (!ignoreCase)
            return true;
        // eslint-disable-next-line no-control-regex
        if (!/^[\x00-\x7f]*$/.test(l))
            return false;
        return !(unicode && /[ks]/i.test(l));
    });
}
/**
 * The window of a set's shift table: the shortest literal's length, unless literals that short are few
 * (those go to the buffer's own search or an alternation, and the window grows).
 */
function windowWidth(bytes) {
    const longest = Math.max(0, ...bytes.map((b) => b.length));
    let width = Math.min(MAX_WIDTH, longest);
    while (width > 2 && bytes.filter((b) => b.length < width).length > 3)
        width -= 1;
    return width;
}
/**
 * A set of literals searched in bytes: through the SIMD search when the set is small enough for it and
 * its module is at hand; otherwise through the shift table, or through a byte automaton when the table's
 * window would be too short to skip (and the automaton's table fits its bound: users write the patterns,
 * so a huge set keeps the shift table).
 */
class LiteralSearch {
    search;
    /** Which search serves the set. */
    engine;
    /**
     * `literals` as the pattern wrote them (JavaScript strings); hits name their index in this list.
     * `simd`: the compiled SIMD module (default: the one built beside this file or the bundle); null, or
     * a module that cannot be instantiated, keeps the searches of JavaScript, with the same hits.
     */
    constructor(literals, ignoreCase, simd = teddyModule()) {
        const bytes = literals.map((l) => Buffer.from(l, 'utf8'));
        const fast = simd && bytes.length <= MAX_SIMD_SET && simdFits(bytes) ? trySimd(bytes, ignoreCase, simd) : null;
        if (fast) {
            this.search = fast;
            this.engine = 'simd';
            return;
        }
        const width = windowWidth(bytes);
        const automaton = width < MIN_SKIPPING_WIDTH && bytes.length > 3 && tableEntries(bytes, ignoreCase) <= MAX_TABLE_ENTRIES;
        this.search = automaton
            ? new ByteAutomaton(bytes, ignoreCase)
            : new ShiftTableSearch(bytes, width, ignoreCase);
        this.engine = automaton ? 'automaton' : 'shift-table';
    }
    /**
     * Calls `hit(literal, offset)` for every occurrence of every literal (overlapping ones too), in no
     * particular order.
     */
    find(bytes, hit) {
        this.search.find(bytes, hit);
    }
}
/** The SIMD search of a set, or null where its module cannot be instantiated here. */
function trySimd(bytes, ignoreCase, module) {
    try {
        return new SimdLiteralSearch(bytes, ignoreCase, module);
    }
    catch {
        return null;
    }
}
/** The Wu-Manber search: a shift table over byte pairs, short literals through the buffer's own search. */
class ShiftTableSearch {
    fold;
    long = [];
    longIds = [];
    width;
    shift;
    /** Per byte pair that ends a literal's window: the first such literal (into `long`), then `chain`. */
    heads;
    chain;
    short;
    /** Case-sensitive short literals: their bytes, searched one by one with the buffer's own search. */
    shortBytes = [];
    /** The short literals in their Latin-1 view (folded in case-insensitive sets), with their index. */
    shortList = [];
    /** `bytes`: the literals' UTF-8 forms; hits name their index in this list. */
    constructor(bytes, width, ignoreCase) {
        this.fold = ignoreCase ? LOWER : SAME;
        this.width = width;
        const short = [];
        bytes.forEach((b, i) => {
            if (b.length >= width && width >= 2) {
                this.long.push(Uint8Array.from(b, (x) => this.fold[x]));
                this.longIds.push(i);
            }
            else {
                // Latin-1 view: one character per byte of the literal's UTF-8 form.
                if (!ignoreCase) {
                    this.shortBytes.push([b, i]);
                    return;
                }
                const variants = caseVariants(b);
                if (variants) {
                    for (const v of variants)
                        this.shortBytes.push([v, i]);
                    return;
                }
                const key = b.toString('latin1').toLowerCase();
                if (!short.includes(key))
                    short.push(key);
                this.shortList.push([key, i]);
            }
        });
        this.shift = new Uint8Array(65536).fill(Math.max(1, width - 1));
        this.heads = new Int32Array(65536).fill(-1);
        this.chain = new Int32Array(this.long.length).fill(-1);
        this.long.forEach((l, i) => {
            for (let q = 1; q < width; q += 1) {
                const k = (l[q - 1] << 8) | l[q];
                this.shift[k] = Math.min(this.shift[k], width - 1 - q);
            }
            const k = (l[width - 2] << 8) | l[width - 1];
            this.chain[i] = this.heads[k];
            this.heads[k] = i;
        });
        if (short.length > 0) {
            this.short = new RegExp(short
                .sort((a, b) => b.length - a.length)
                .map(literal_search_escape)
                .join('|'), ignoreCase ? 'gi' : 'g');
        }
    }
    find(bytes, hit) {
        if (this.long.length > 0) {
            if (this.fold === SAME)
                this.findLong(bytes, hit);
            else
                this.findLongFolded(bytes, hit);
        }
        if (this.shortBytes.length > 0) {
            const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            for (const [l, id] of this.shortBytes)
                for (let at = buf.indexOf(l); at !== -1; at = buf.indexOf(l, at + 1))
                    hit(id, at);
        }
        const short = this.short;
        if (short) {
            const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
            short.lastIndex = 0;
            for (let m = short.exec(view); m !== null; m = short.exec(view)) {
                const at = m.index;
                short.lastIndex = at + 1;
                // Every short literal that starts here (one may be a prefix of another).
                for (const [key, id] of this.shortList) {
                    const there = view.slice(at, at + key.length);
                    if ((this.fold === LOWER ? there.toLowerCase() : there) === key)
                        hit(id, at);
                }
            }
        }
    }
    /** The Wu-Manber loop, bytes compared as they are. */
    findLong(bytes, hit) {
        const { long, width, shift, heads, chain, longIds } = this;
        const len = bytes.length;
        let i = width - 1;
        while (i < len) {
            const k = (bytes[i - 1] << 8) | bytes[i];
            const s = shift[k];
            if (s !== 0) {
                i += s;
                continue;
            }
            const start = i - width + 1;
            for (let c = heads[k]; c !== -1; c = chain[c]) {
                const l = long[c];
                if (start + l.length > len)
                    continue;
                let j = 0;
                while (j < l.length && bytes[start + j] === l[j])
                    j += 1;
                if (j === l.length)
                    hit(longIds[c], start);
            }
            i += 1;
        }
    }
    /** The same loop with ASCII letters folded to lower case. */
    findLongFolded(bytes, hit) {
        const { fold, long, width, shift, heads, chain, longIds } = this;
        const len = bytes.length;
        let i = width - 1;
        while (i < len) {
            const k = (fold[bytes[i - 1]] << 8) | fold[bytes[i]];
            const s = shift[k];
            if (s !== 0) {
                i += s;
                continue;
            }
            const start = i - width + 1;
            for (let c = heads[k]; c !== -1; c = chain[c]) {
                const l = long[c];
                if (start + l.length > len)
                    continue;
                let j = 0;
                while (j < l.length && fold[bytes[start + j]] === l[j])
                    j += 1;
                if (j === l.length)
                    hit(longIds[c], start);
            }
            i += 1;
        }
    }
}
/** Every spelling of a short literal with ASCII letters in either case, when there are at most 8. */
function caseVariants(b) {
    const letters = [...b.keys()].filter((i) => LOWER[b[i]] !== b[i] || isLower(b[i]));
    if (letters.length > 3)
        return undefined;
    const out = [];
    for (let mask = 0; mask < 1 << letters.length; mask += 1) {
        const v = Buffer.from(b);
        letters.forEach((at, bit) => {
            const c = LOWER[v[at]];
            v[at] = mask & (1 << bit) ? c - 32 : c;
        });
        out.push(v);
    }
    return out;
}
function isLower(c) {
    return c >= 0x61 && c <= 0x7a;
}

;// CONCATENATED MODULE: ./src/checks/secrets/public-values.ts
/**
 * Values that look like credentials but are published on purpose, so finding them in a repository reveals
 * nothing (the allowlists gitleaks and secretlint keep serve the same end): providers' documentation
 * examples and keys that are public by design, such as search-only keys shipped to every browser.
 */
const PUBLIC_VALUES = new Set([
    // AWS documentation's example access key pair.
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AKIAI44QH8DHBEXAMPLE',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    // Stripe documentation's test-mode keys.
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'pk_test_TYooMQauvdEDq54NiTphI7jx',
    'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
]);
function isPublicValue(value) {
    return PUBLIC_VALUES.has(value) || isDocumentationJwt(value);
}
/**
 * The example token of jwt.io's debugger, copied into countless tutorials and tests (its claims are
 * `sub: "1234567890"`, `name: "John Doe"`, `iat`; its key is printed beside it): whatever its signature, a
 * JWT carrying those claims and no others is documentation, not a session.
 */
function isDocumentationJwt(value) {
    const parts = value.split('.');
    if (parts.length !== 3 || !value.startsWith('eyJ'))
        return false;
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof claims !== 'object' || claims === null)
            return false;
        const { sub, name } = claims;
        // Only the example's own claims (the debugger also offers `admin`): a token with more is someone's.
        const own = Object.keys(claims).every((k) => ['sub', 'name', 'iat', 'admin'].includes(k));
        return own && sub === '1234567890' && name === 'John Doe';
    }
    catch {
        return false;
    }
}
/**
 * An Algolia search configuration (`appId`, `apiKey`, `indexName` together, as DocSearch and InstantSearch
 * take them): Algolia documents the key such pages carry as a search-only key made to be shipped to
 * every browser, so it reveals nothing. `around` is the text near the assignment (a few lines either side).
 */
function isPublicSearchKey(name, around) {
    return (/(?:^|[^a-z])(?:search_?)?api_?key$/i.test(name) &&
        /\bindex_?name\b/i.test(around) &&
        /\b(?:app_?id|application_?id)\b/i.test(around));
}

// EXTERNAL MODULE: ./src/checks/secrets/rules.ts + 2 modules
var secrets_rules = __webpack_require__(8748);
;// CONCATENATED MODULE: ./src/checks/secrets/detect.ts




/** Names of the groups that hold the secret (a rule with alternatives names one per alternative). */
const SECRET_GROUPS = ['secret', 'secret2', 'secret3', 'secret4'];
/** Comments that keep a line out of the scan: ours, and gitleaks' for repositories that already use it. */
const INLINE_IGNORES = ['preflight:ignore-secret', 'gitleaks:allow'];
/** How far around a generic match the scan looks for the rest of a search configuration. */
const SEARCH_CONFIG_WINDOW = 300;
const detect_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Literals as one alternation factored by common prefixes (`a(?:kia|sia|ws)`): the regular expression
 * engine then rejects most positions on their first character. No literal may be a prefix of another.
 */
function trie(words) {
    const groups = new Map();
    for (const w of words)
        groups.set(w.charAt(0), [...(groups.get(w.charAt(0)) ?? []), w.slice(1)]);
    const alternatives = [...groups].map(([c, rest]) => detect_escape(c) + (rest.includes('') ? '' : trie(rest)));
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}
/**
 * A detector for a rule set. One combined, case-insensitive keyword search runs over the whole text; the
 * keywords found on a line select the rules that run on that line, in the rule set's order.
 */
function createDetector(rules = secrets_rules/* ALL_RULES */.Uj) {
    const byKeyword = new Map();
    rules.forEach((r, i) => {
        for (const k of r.keywords)
            byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
    });
    // The search looks for the shortest keywords only ('key' covers 'key-'); a hit selects the rules of every
    // keyword that starts with it, which may run a rule on a line where its own keyword is absent: harmless.
    const all = [...byKeyword.keys()];
    const searched = all.filter((k) => !all.some((o) => o !== k && k.startsWith(o)));
    const selects = new Map(searched.map((k) => [
        k,
        [...new Set(all.filter((o) => o.startsWith(k)).flatMap((o) => byKeyword.get(o) ?? []))],
    ]));
    const none = () => ({ detections: [], inlineIgnored: 0 });
    if (searched.length === 0)
        return Object.assign(() => none(), { file: () => none() });
    const prefilter = new RegExp(trie(searched), 'gi');
    // The same search on bytes, where it means the same (ASCII keywords, folded as the alternation folds).
    const lower = searched.map((k) => k.toLowerCase());
    const bytesSearch = searchableAsBytes(lower, true, false) ? new LiteralSearch(lower, true) : undefined;
    /** The rules the keyword hits (text offset, lower-case keyword, left to right) select, line by line. */
    const scan = (text, hits) => {
        const out = { detections: [], inlineIgnored: 0 };
        const cursor = lineCursor(text);
        const selected = new Set();
        let start = -1;
        let end = -1;
        let resumeAt = 0;
        const flush = () => {
            if (selected.size === 0)
                return;
            const chosen = [...selected].sort((a, b) => a - b).map((i) => rules[i]);
            selected.clear();
            const lineText = text.slice(start, end).replace(/\r$/, '');
            resumeAt = scanLine(text, lineText, cursor(start), start, chosen, out);
        };
        for (const [index, key] of hits) {
            if (index < resumeAt)
                continue;
            if (index >= end) {
                flush();
                if (index < resumeAt)
                    continue;
                start = text.lastIndexOf('\n', index - 1) + 1;
                end = text.indexOf('\n', index);
                if (end === -1)
                    end = text.length;
            }
            for (const i of selects.get(key) ?? [])
                selected.add(i);
        }
        flush();
        return out;
    };
    function* textHits(text) {
        prefilter.lastIndex = 0;
        for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
            yield [m.index, m[0].toLowerCase()];
        }
    }
    const detect = (text) => scan(text, textHits(text));
    const file = (content) => {
        if (!bytesSearch)
            return detect(content.text);
        const found = [];
        bytesSearch.find(content.bytes, (k, at) => {
            if (at >= content.bom)
                found.push([at, k]);
        });
        if (found.length === 0)
            return none();
        // Leftmost and non-overlapping, as the alternation's matches are (no keyword searched starts
        // another, so at most one starts at any offset).
        found.sort((a, b) => a[0] - b[0]);
        const text = content.text;
        const toText = textOffsets(content, text);
        const hits = [];
        let taken = 0;
        for (const [at, k] of found) {
            if (at < taken)
                continue;
            const key = lower[k];
            taken = at + key.length;
            hits.push([toText(at), key]);
        }
        return scan(text, hits);
    };
    return Object.assign(detect, { file });
}
/**
 * Maps byte offsets of a file (at ASCII bytes, such as a keyword's start) to offsets in its text: the
 * same line, and the UTF-16 length of the line's bytes before it. When every byte gave one character
 * the offsets only shift by the byte order mark.
 */
function textOffsets(content, text) {
    const shift = content.bom;
    if (text.length === content.bytes.length - shift)
        return (at) => at - shift;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (at) => {
        const l = content.lineAt(at);
        return starts[l.line - 1] + content.slice(l.start, at).length;
    };
}
/** Runs the selected rules on one line; returns the offset before which the keyword search skips matches. */
function scanLine(text, lineText, line, start, rules, out) {
    const taken = [];
    const found = [];
    let resumeAt = 0;
    for (const rule of rules) {
        rule.pattern.lastIndex = 0;
        for (let m = rule.pattern.exec(lineText); m !== null; m = rule.pattern.exec(lineText)) {
            if (m[0] === '')
                rule.pattern.lastIndex += 1;
            const group = SECRET_GROUPS.find((n) => m.groups?.[n] !== undefined);
            const span = (group ? m.indices?.groups?.[group] : undefined) ??
                m.indices?.[0] ?? [m.index, m.index + m[0].length];
            if (taken.some(([a, b]) => span[0] < b && a < span[1]))
                continue;
            let detection;
            if (rule === secrets_rules/* PRIVATE_KEY_RULE */.hh) {
                const block = keyBlock(text, start + m.index + m[0].length);
                if (block) {
                    detection = { rule, line, col: m.index + 1, secret: block.body, pieces: block.pieces };
                    resumeAt = Math.max(resumeAt, block.end);
                }
            }
            else {
                let secret = (group ? m.groups?.[group] : undefined) ?? m[0];
                // Credentials in a URL to this machine open nothing anyone else can reach; a URL shown as an
                // example (a placeholder attribute, "e.g. https://user:pass@…") and a name where the password
                // goes (`postgres://app:STRONG_DB_PASSWORD@db`) hold none.
                const host = m.groups?.host;
                if (host !== undefined &&
                    (isLoopbackHost(host) || isShownAsExample(lineText, m.index) || isPlaceholderName(secret)))
                    continue;
                if (rule === secrets_rules/* GENERIC_RULE */.F2) {
                    // A query string's value ends at the next parameter (`?api_key=TOKEN&items&max_id=0`).
                    const next = /&[\w.-]+(?:=|&|$)/.exec(secret);
                    if (next)
                        secret = secret.slice(0, next.index);
                    if (secret.length < 12)
                        continue;
                    const name = assignedName(lineText, m.index, span[0]);
                    if (isNonCredentialName(name))
                        continue;
                    const at = start + m.index;
                    const around = text.slice(Math.max(0, at - SEARCH_CONFIG_WINDOW), at + SEARCH_CONFIG_WINDOW);
                    if (isPublicSearchKey(name, around))
                        continue;
                }
                if (qualifies(rule, secret)) {
                    detection = { rule, line, col: span[0] + 1, secret, pieces: [secret] };
                }
            }
            if (!detection)
                continue;
            taken.push([span[0], span[1]]);
            found.push(detection);
        }
    }
    if (found.length === 0)
        return resumeAt;
    const lower = lineText.toLowerCase();
    if (INLINE_IGNORES.some((c) => lower.includes(c)))
        out.inlineIgnored += found.length;
    else
        out.detections.push(...found.sort((a, b) => a.col - b.col));
    return resumeAt;
}
/** The identifier around a generic match's keyword: from the word's start to the assignment. */
function assignedName(lineText, keywordAt, valueAt) {
    let from = keywordAt;
    while (from > 0 && /[\w.-]/.test(lineText.charAt(from - 1)) && keywordAt - from < 60)
        from -= 1;
    return lineText.slice(from, valueAt).replace(/['"`\s]*(?::=|=>|=|:)[\s'"`]*$/, '');
}
function qualifies(rule, secret) {
    if (isPublicValue(secret))
        return false;
    if (rule.strict)
        return !isDegenerate(secret, rule.prefix) && !isTemplateReference(secret);
    if (isPlaceholder(secret))
        return false;
    if (rule === secrets_rules/* GENERIC_RULE */.F2)
        return genericValueQualifies(secret, rule.minEntropy ?? 3.5);
    return shannonEntropy(secret) >= (rule.minEntropy ?? 0);
}
const BLOCK_WINDOW = 16_384;
/**
 * The key material after a BEGIN line, up to its END line (or a window's end): base64 characters only,
 * with `\n` escapes of JSON strings removed. Placeholders (short or repetitive bodies) give undefined.
 */
function keyBlock(text, from) {
    const window = text.slice(from, from + BLOCK_WINDOW);
    const stop = window.indexOf('-----END');
    const raw = stop === -1 ? window : window.slice(0, stop);
    const pieces = [];
    let headers = 0;
    for (const part of raw.split(/\\n|\\r|[\r\n]/)) {
        const piece = part.replace(/^[\s"',]+|[\s"',]+$/g, '');
        if (/^[A-Za-z0-9+/=]+$/.test(piece))
            pieces.push(piece);
        else if (pieces.length === 0 && headers < 4 && (piece === '' || /^[\w-]+: /.test(piece)))
            headers += 1;
        else
            break;
    }
    const body = pieces.join('');
    if (body.length < 64 || shannonEntropy(body) < 4 || isPlaceholder(body))
        return undefined;
    return { body, pieces, end: from + (stop === -1 ? window.length : stop) };
}
/** Line numbers for increasing offsets, counting line breaks only once over the whole text. */
function lineCursor(text) {
    let line = 1;
    let scanned = 0;
    return (offset) => {
        for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
            line += 1;
            scanned = i + 1;
        }
        if (scanned < offset)
            scanned = offset;
        return line;
    };
}

;// CONCATENATED MODULE: ./src/checks/secrets/pkcs12.ts
/**
 * PKCS#12 key stores (`.p12`, `.pfx`): binary files, so the text rules never see them. The layout is
 * RFC 7292's: `PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData MacData OPTIONAL }`,
 * DER (or BER) encoded, with the authenticated safe's content type `data` (1.2.840.113549.1.7.1) or
 * `signedData` (1.2.840.113549.1.7.2). A key store counts as a secret when it holds a private key: a key bag
 * or a shrouded (password-encrypted) key bag, whose object identifiers stand in the clear in the common
 * layout (OpenSSL, Java's keytool, Windows' certificate export). A store of certificates only (a trust
 * store) holds nothing secret and is not reported. A password does not make a committed key safe: the
 * password is usually beside it, and short ones fall to a dictionary.
 */
/** Larger files are not key stores (a store with a long chain is a few tens of kilobytes). */
const MAX_PKCS12_BYTES = 1024 * 1024;
const VERSION_3 = [0x02, 0x01, 0x03];
/** OBJECT IDENTIFIER 1.2.840.113549.1.7 (pkcs7), then 1 (data) or 2 (signedData). */
const PKCS7 = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];
/** OBJECT IDENTIFIER 1.2.840.113549.1.12.10.1 (pkcs-12 bag types), then 1 (keyBag) or 2 (shrouded). */
const KEY_BAG = [0x06, 0x0b, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x0a, 0x01];
/** A DER/BER length at `at`: its value (undefined for the indefinite form) and where the content starts. */
function readLength(bytes, at) {
    const first = bytes[at];
    if (first === undefined)
        return null;
    if (first < 0x80)
        return { length: first, next: at + 1 };
    if (first === 0x80)
        return { next: at + 1 };
    const n = first & 0x7f;
    if (n > 4 || at + 1 + n > bytes.length)
        return null;
    let length = 0;
    for (let i = 0; i < n; i += 1)
        length = length * 256 + bytes[at + 1 + i];
    return { length, next: at + 1 + n };
}
function startsWith(bytes, at, expected) {
    return expected.every((b, i) => bytes[at + i] === b);
}
function indexOf(bytes, needle, from) {
    const first = needle[0];
    for (let i = bytes.indexOf(first, from); i !== -1; i = bytes.indexOf(first, i + 1)) {
        if (startsWith(bytes, i, needle))
            return i;
    }
    return -1;
}
/** Whether a file's bytes are a whole PKCS#12 key store that holds a private key. */
function isPkcs12WithKey(bytes) {
    if (bytes.length < 32 || bytes.length > MAX_PKCS12_BYTES || bytes[0] !== 0x30)
        return false;
    const outer = readLength(bytes, 1);
    // A definite length must cover exactly the file: a truncated or padded file is not a key store.
    if (!outer || (outer.length !== undefined && outer.next + outer.length !== bytes.length))
        return false;
    if (!startsWith(bytes, outer.next, VERSION_3))
        return false;
    const info = outer.next + VERSION_3.length;
    if (bytes[info] !== 0x30)
        return false;
    const infoLength = readLength(bytes, info + 1);
    if (!infoLength || !startsWith(bytes, infoLength.next, PKCS7))
        return false;
    const type = bytes[infoLength.next + PKCS7.length];
    if (type !== 0x01 && type !== 0x02)
        return false;
    const bag = indexOf(bytes, KEY_BAG, infoLength.next);
    if (bag === -1)
        return false;
    const kind = bytes[bag + KEY_BAG.length];
    return kind === 0x01 || kind === 0x02;
}

// EXTERNAL MODULE: ./node_modules/js-tokens/index.js
var js_tokens = __webpack_require__(8285);
;// CONCATENATED MODULE: ./src/checks/repo/code-text.ts
/**
 * JavaScript and TypeScript with everything that is not code blanked out: comments, and the contents of
 * strings, template text and regular-expression literals become spaces, line breaks kept, so a pattern
 * matched on the result is at the same line and column as in the file and can only match real code (a
 * `console.log(` in a comment or in an example string is not a call). The tokens come from `js-tokens`,
 * which never throws, tells a regular expression from a division by its own rules and reads TypeScript's
 * syntax as plain tokens; an unterminated string or regular expression ends at its line, so one odd
 * construct cannot hide the rest of a file (an unterminated template or comment runs to the end, as in
 * JavaScript itself). `.vue` and `.svelte` files are read whole with the same rules. Pure.
 */

const CODE_FILES = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;
/** Spaces for every character but line breaks, so lines and columns stay where they were. */
function blank(text) {
    return /[\r\n\u2028\u2029]/.test(text)
        ? text.replace(/[^\r\n\u2028\u2029]/g, ' ')
        : ' '.repeat(text.length);
}
/** `text` with its delimiters (the first `open` and last `close` characters) kept and the rest blanked. */
function inner(text, open, close) {
    if (text.length <= open + close)
        return text;
    return text.slice(0, open) + blank(text.slice(open, text.length - close)) + text.slice(text.length - close);
}
function codeOnly(text) {
    // Only what is blanked is rebuilt: code between those tokens is copied as one slice.
    const out = [];
    let at = 0;
    let copied = 0;
    const put = (from, replacement) => {
        out.push(text.slice(copied, from), replacement);
        copied = at + replacement.length;
    };
    for (const t of (0,js_tokens/* default */.A)(text)) {
        const v = t.value;
        switch (t.type) {
            case 'SingleLineComment':
            case 'MultiLineComment':
            case 'HashbangComment':
                put(at, blank(v));
                break;
            case 'StringLiteral':
            case 'NoSubstitutionTemplate':
            case 'TemplateTail':
                put(at, inner(v, 1, t.closed ? 1 : 0));
                break;
            case 'TemplateHead':
            case 'TemplateMiddle':
                put(at, inner(v, 1, 2));
                break;
            case 'RegularExpressionLiteral': {
                // The body between the slashes is blanked; the slashes and flags stay code.
                const end = t.closed ? v.lastIndexOf('/') : v.length;
                put(at, '/' + blank(v.slice(1, end)) + v.slice(end));
                break;
            }
            default:
        }
        at += v.length;
    }
    if (copied === 0)
        return text;
    out.push(text.slice(copied));
    return out.join('');
}
/**
 * Whether a file is minified or generated bundle output rather than source a person wrote: a line of more
 * than a thousand characters (minifiers put a file on a few lines), or long lines throughout.
 */
function looksMinified(text) {
    let longest = 0;
    let lines = 0;
    for (let start = 0;;) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        longest = Math.max(longest, stop - start);
        lines += 1;
        if (end === -1)
            break;
        start = end + 1;
    }
    const average = text.length / Math.max(1, lines);
    return longest > 1000 || (longest > 500 && average > 200);
}

// EXTERNAL MODULE: ./src/checks/container/secret-names.ts
var secret_names = __webpack_require__(5980);
;// CONCATENATED MODULE: ./src/checks/env/env-assignments.ts

const ASSIGNED = /\bprocess\.env\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\?\?=|\|\|=|=(?!=))\s*(['"`])([^'"`\n]*)\2/g;
/**
 * Literal values a file's code assigns to `process.env` (defaults the service gives itself when a variable
 * is unset), with 1-based line and column. A secret written into code is a hardcoded secret (repo.secrets),
 * not a deployment's value: secret-named variables are left out, so their values go nowhere. Pure.
 */
function envAssignments(text) {
    if (!text.includes('process.env.'))
        return [];
    const out = [];
    let line = 1;
    let lineStart = 0;
    let at = 0;
    for (const m of text.matchAll(ASSIGNED)) {
        const name = m[1];
        if ((0,secret_names/* secretName */.G)(name))
            continue;
        for (; at < m.index; at += 1) {
            if (text.charCodeAt(at) === 10) {
                line += 1;
                lineStart = at + 1;
            }
        }
        out.push({ name, value: m[3], line, col: m.index - lineStart + 1 });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/env/js-tokens.ts
/**
 * The tokens of a JavaScript or TypeScript file that env.documented needs, with their line and column:
 * names, punctuators, numbers, strings and template text, comments and whitespace dropped. The lexing is
 * `js-tokens`' (it never throws, and tells a regular expression from a division by its own rules); an
 * unterminated string ends at its line, so one odd construct cannot hide a whole file.
 */

/** The contents of a quoted token: its opening character dropped, and its closing one if it has one. */
const contents = (value, closed) => value.slice(1, closed ? -1 : undefined);
function tokenize(text) {
    const out = [];
    let line = 1;
    let lineStart = 0;
    let at = 0;
    for (const t of (0,js_tokens/* default */.A)(text)) {
        const v = t.value;
        const col = at - lineStart + 1;
        switch (t.type) {
            case 'WhiteSpace':
            case 'SingleLineComment':
            case 'HashbangComment':
                break;
            case 'LineTerminatorSequence':
                line += 1;
                lineStart = at + v.length;
                break;
            case 'IdentifierName':
                out.push({ type: 'name', value: v, line, col });
                break;
            case 'NumericLiteral':
                out.push({ type: 'number', value: v, line, col });
                break;
            case 'Punctuator':
            case 'PrivateIdentifier':
            case 'Invalid':
                out.push({ type: 'punct', value: v, line, col });
                break;
            case 'RegularExpressionLiteral':
                out.push({ type: 'punct', value: '/regex/', line, col });
                break;
            default:
                // Strings (a line continuation), templates and block comments may span lines.
                if (t.type === 'StringLiteral')
                    out.push({ type: 'string', value: contents(v, t.closed), line, col });
                else if (t.type === 'NoSubstitutionTemplate' || t.type === 'TemplateTail')
                    out.push({ type: 'template', value: contents(v, t.closed), line, col });
                else if (t.type === 'TemplateHead' || t.type === 'TemplateMiddle')
                    out.push({ type: 'template', value: '\0', line, col });
                for (let k = v.indexOf('\n'); k !== -1; k = v.indexOf('\n', k + 1)) {
                    line += 1;
                    lineStart = at + k + 1;
                }
        }
        at += v.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/env/env-usage.ts

/**
 * Environment variables a JavaScript or TypeScript file reads: `process.env.X`, `process.env['X']`,
 * `import.meta.env.X` (optional chaining too) and `const { A, B: b } = process.env`. Comments, strings and
 * template text are skipped; computed names (`process.env[name]`) cannot be known and are not reported.
 */
function envReads(text) {
    const tokens = tokenize(text);
    const out = [];
    const is = (k, type, value) => tokens[k]?.type === type && (value === undefined || tokens[k]?.value === value);
    const dot = (k) => is(k, 'punct', '.') || is(k, 'punct', '?.');
    for (let k = 0; k < tokens.length; k += 1) {
        let after;
        if (is(k, 'name', 'process') && !dot(k - 1) && dot(k + 1) && is(k + 2, 'name', 'env'))
            after = k + 3;
        else if (is(k, 'name', 'import') && dot(k + 1) && is(k + 2, 'name', 'meta') && dot(k + 3)) {
            if (is(k + 4, 'name', 'env'))
                after = k + 5;
        }
        if (after === undefined)
            continue;
        const meta = is(k, 'name', 'import');
        const next = tokens[after];
        // The `[` of `env[...]` or `env?.[...]`.
        const bracket = is(after, 'punct', '[')
            ? after
            : is(after, 'punct', '?.') && is(after + 1, 'punct', '[')
                ? after + 1
                : undefined;
        if (dot(after) && is(after + 1, 'name')) {
            const t = tokens[after + 1];
            out.push({ name: t.value, line: t.line, col: t.col, ...(meta ? { meta } : {}) });
        }
        else if (bracket !== undefined && tokens[bracket + 1] !== undefined) {
            const key = tokens[bracket + 1];
            const closes = is(bracket + 2, 'punct', ']');
            const literal = key.type === 'string' || (key.type === 'template' && key.value !== '\0');
            if (literal && closes)
                out.push({ name: key.value, line: key.line, col: key.col, ...(meta ? { meta } : {}) });
        }
        else if (next === undefined || !dot(after)) {
            out.push(...destructured(tokens, k).map((r) => (meta ? { ...r, meta } : r)));
        }
    }
    return out;
}
/** Keys of `{ A, B: b, C = 1 } = <env at k>`, read backwards from the `=` before the env object. */
function destructured(tokens, k) {
    const eq = tokens[k - 1];
    if (eq?.type !== 'punct' || eq.value !== '=' || tokens[k - 2]?.value !== '}')
        return [];
    let depth = 0;
    let open = -1;
    for (let j = k - 2; j >= 0; j -= 1) {
        const t = tokens[j];
        if (t.type !== 'punct')
            continue;
        if (t.value === '}')
            depth += 1;
        else if (t.value === '{') {
            depth -= 1;
            if (depth === 0) {
                open = j;
                break;
            }
        }
    }
    if (open < 0)
        return [];
    const out = [];
    depth = 0;
    for (let j = open + 1; j < k - 2; j += 1) {
        const t = tokens[j];
        if (t.type === 'punct' && ['{', '[', '('].includes(t.value))
            depth += 1;
        else if (t.type === 'punct' && ['}', ']', ')'].includes(t.value))
            depth -= 1;
        const before = tokens[j - 1];
        const startsEntry = j === open + 1 || (before.type === 'punct' && before.value === ',');
        if (depth === 0 && startsEntry && (t.type === 'name' || t.type === 'string')) {
            out.push({ name: t.value, line: t.line, col: t.col });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/env/env-files.ts
var env_files = __webpack_require__(4356);
// EXTERNAL MODULE: ./src/util/pattern.ts + 1 modules
var util_pattern = __webpack_require__(6248);
;// CONCATENATED MODULE: ./src/scan/finder.ts

/**
 * A finder on the linear-time engine (src/util/pattern.ts: RE2, so no pattern can hang the pass);
 * `flags` may carry i, m and s (g and y are ignored).
 */
function compileFinder(source, flags) {
    const pattern = (0,util_pattern/* compilePattern */.Eb)(source, {
        ignoreCase: flags.includes('i'),
        multiline: flags.includes('m'),
        dotAll: flags.includes('s'),
    });
    return {
        next(text, from) {
            const m = pattern.execFrom(text, from);
            return m === null ? undefined : { index: m.index, end: m.end };
        },
    };
}

// EXTERNAL MODULE: ./src/scan/literals.ts
var literals = __webpack_require__(8589);
;// CONCATENATED MODULE: ./src/scan/pattern-bank.ts



const pattern_bank_escape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/**
 * The key of a literal in a case-insensitive group: ASCII letters in lower case, every other character as
 * written (`toLowerCase` may change a literal's meaning: `İ` becomes `i` and a combining dot).
 */
const foldKey = (s) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
/**
 * The finders run on RE2, whose case folding is Unicode's: the Kelvin sign matches k and the long s
 * matches s, whatever the flags. A case-insensitive group's byte search therefore also looks for each
 * literal spelled with them; a literal is first cut before its fifth k or s, so that it has at most 16
 * spellings (every match of the literal still holds the cut one).
 */
const FOLDS_TO_ASCII = { k: '\u212a', s: '\u017f' };
const MAX_FOLD_LETTERS = 4;
const SURROGATE = /[\ud800-\udfff]/;
function unicodeSpellings(literal) {
    let cut = literal;
    let seen = 0;
    for (let i = 0; i < literal.length; i += 1) {
        if (!/[ks]/i.test(literal[i]))
            continue;
        seen += 1;
        if (seen > MAX_FOLD_LETTERS) {
            cut = literal.slice(0, i);
            break;
        }
    }
    let out = [''];
    for (const c of cut) {
        const other = FOLDS_TO_ASCII[c.toLowerCase()];
        out = out.flatMap((o) => (other ? [o + c, o + other] : [o + c]));
    }
    return out;
}
/**
 * Every user pattern of a run, behind combined pre-filters: per flag set, one alternation of the
 * patterns' required literals (no quantifier, so it cannot backtrack) runs once over a file's text, and
 * only the lines (or, for patterns that may span lines, the files) it selects reach a pattern's finder.
 */
class PatternBank {
    patterns = [];
    groups = [];
    ids = new Map();
    /** The id of a pattern, added once however many jobs use it. */
    add(source, flags) {
        const clean = [...new Set(flags.replace(/[gyd]/g, ''))].sort().join('');
        const key = `${clean}/${source}`;
        const known = this.ids.get(key);
        if (known !== undefined)
            return known;
        const id = this.patterns.length;
        this.ids.set(key, id);
        const shape = (0,literals/* patternShape */.Y)(source, clean);
        this.patterns.push({
            finder: compileFinder(source, clean),
            lineLocal: shape.lineLocal,
            filtered: shape.literals !== undefined,
        });
        if (shape.literals)
            this.addLiterals(id, shape.literals, clean.replace(/[ms]/g, ''));
        return id;
    }
    addLiterals(id, literals, flags) {
        let group = this.groups.find((g) => g.flags === flags);
        if (!group) {
            group = { flags, ignoreCase: flags.includes('i'), literals: new Map(), members: [] };
            this.groups.push(group);
        }
        group.members.push(id);
        group.search = undefined;
        group.bytes = undefined;
        for (const l of literals) {
            const k = group.ignoreCase ? foldKey(l) : l;
            group.literals.set(k, [...(group.literals.get(k) ?? []), id]);
        }
    }
    /**
     * Only literals that no other literal starts with are searched; a hit selects the patterns of every
     * literal that starts with it (a superset, which the finder then narrows).
     */
    seal(group) {
        if (group.search && group.selects)
            return { search: group.search, selects: group.selects };
        const all = [...group.literals.keys()];
        const searched = all.filter((k) => !all.some((o) => o !== k && k.startsWith(o)));
        // With `u`, a case-insensitive alternation folds as RE2 does (the Kelvin sign and the long s too).
        // A literal with a surrogate keeps the flags: with `u` a lone one no longer matches half a pair, and
        // a match at a pair would never move on (the search restarts a unit later, which `u` moves back).
        const unicode = group.ignoreCase && !/[uv]/.test(group.flags) && !all.some((k) => SURROGATE.test(k));
        group.search = new RegExp(searched.map(pattern_bank_escape).join('|'), `${group.flags}g${unicode ? 'u' : ''}`);
        group.selects = new Map(searched.map((k) => [
            k,
            [...new Set(all.filter((o) => o.startsWith(k)).flatMap((o) => group.literals.get(o) ?? []))],
        ]));
        return { search: group.search, selects: group.selects };
    }
    /** The byte search of a group, or null where only the text search keeps the meaning. */
    sealBytes(group) {
        if (group.bytes !== undefined)
            return group.bytes;
        const all = [...group.literals.keys()];
        // The ASCII check is made on the literals as written; their spellings with the Kelvin sign and the
        // long s are then searched as bytes too (only ASCII letters fold in the byte search).
        if (!searchableAsBytes(all, group.ignoreCase, false))
            return (group.bytes = null);
        const searched = [];
        const selects = [];
        for (const k of all) {
            for (const spelling of group.ignoreCase ? unicodeSpellings(k) : [k]) {
                searched.push(spelling);
                selects.push(group.literals.get(k) ?? []);
            }
        }
        group.bytes = { search: new LiteralSearch(searched, group.ignoreCase), selects };
        return group.bytes;
    }
    /**
     * Matches the wanted patterns against one file (its bytes, decoded only where needed) or one text.
     * Returns, per wanted pattern id, its matching line count and first hits (lines are counted once, as
     * grep counts them).
     */
    run(source, wanted, maxHits) {
        const file = typeof source === 'string' ? undefined : source;
        const text = () => (typeof source === 'string' ? source : source.text);
        const out = new Map();
        const whole = new Set();
        /** Per pattern: the lines a literal selected, as [line, start, end] in the text's offsets. */
        const lines = new Map();
        /** Per pattern: the byte offsets of its literals' hits, for the byte searches. */
        const offsets = new Map();
        for (const id of wanted)
            if (!this.patterns[id].filtered)
                whole.add(id);
        for (const group of this.groups) {
            if (!group.members.some((m) => wanted.has(m)))
                continue;
            const bytes = file ? this.sealBytes(group) : null;
            if (file && bytes) {
                bytes.search.find(file.bytes, (literal, at) => {
                    if (at < file.bom)
                        return;
                    for (const id of bytes.selects[literal]) {
                        if (!wanted.has(id) || whole.has(id))
                            continue;
                        if (!this.patterns[id].lineLocal) {
                            whole.add(id);
                            continue;
                        }
                        let list = offsets.get(id);
                        if (!list)
                            offsets.set(id, (list = []));
                        list.push(at);
                    }
                });
                continue;
            }
            this.searchText(group, text(), wanted, whole, lines);
        }
        const finderOf = (id) => this.patterns[id].finder;
        for (const [id, list] of lines) {
            if (whole.has(id))
                continue;
            const found = onLines(finderOf(id), list, maxHits, (a, b) => text().slice(a, b));
            if (found.lines > 0)
                out.set(id, found);
        }
        if (file) {
            for (const [id, list] of offsets) {
                if (whole.has(id))
                    continue;
                list.sort((a, b) => a - b);
                const chosen = [];
                let lineEnd = -1;
                for (const at of list) {
                    if (at < lineEnd)
                        continue;
                    const l = file.lineAt(at);
                    chosen.push([l.line, l.start, l.end]);
                    lineEnd = l.end + 1;
                }
                const found = onLines(finderOf(id), chosen, maxHits, (a, b) => file.slice(a, b));
                if (found.lines > 0)
                    out.set(id, found);
            }
        }
        for (const id of whole) {
            const found = collect(text(), finderOf(id), maxHits);
            if (found.lines > 0)
                out.set(id, found);
        }
        return out;
    }
    /** One group's alternation over the text: the lines it selects for each wanted pattern. */
    searchText(group, text, wanted, whole, lines) {
        const { search, selects } = this.seal(group);
        search.lastIndex = 0;
        let line = 1;
        let counted = 0;
        let lineStart = 0;
        let lineEnd = -1;
        for (let m = search.exec(text); m !== null; m = search.exec(text)) {
            const at = m.index;
            search.lastIndex = at + 1;
            if (at >= lineEnd) {
                for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
                    line += 1;
                    lineStart = i + 1;
                }
                counted = at;
                lineEnd = text.indexOf('\n', at);
                if (lineEnd === -1)
                    lineEnd = text.length;
            }
            const key = group.ignoreCase ? foldKey(m[0]) : m[0];
            const chosen = selects.get(key) ?? group.members;
            for (const id of chosen) {
                if (!wanted.has(id) || whole.has(id))
                    continue;
                if (!this.patterns[id].lineLocal) {
                    whole.add(id);
                    continue;
                }
                let list = lines.get(id);
                if (!list)
                    lines.set(id, (list = []));
                if (list.at(-1)?.[0] !== line)
                    list.push([line, lineStart, lineEnd]);
            }
        }
    }
}
/** A line-local pattern's finder on the selected lines ([line, start, end], `slice` gives their text). */
function onLines(finder, list, maxHits, slice) {
    const found = { lines: 0, hits: [] };
    for (const [line, start, end] of list) {
        const lineText = slice(start, end);
        const m = finder.next(lineText, 0);
        if (!m)
            continue;
        if (m.index === lineText.length && lineText.endsWith('\r'))
            continue;
        found.lines += 1;
        if (found.hits.length < maxHits)
            found.hits.push([line, m.index + 1]);
    }
    return found;
}
/**
 * Matches over the whole text, one hit per line a match starts on. A match that starts past the final
 * line break, or between the CR and LF of a CRLF, is not on any line: `^` and `$` see a CR as a line end.
 */
function collect(text, finder, maxHits) {
    const found = { lines: 0, hits: [] };
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    let lastLine = -1;
    let from = 0;
    for (let m = finder.next(text, from); m !== undefined; m = finder.next(text, from)) {
        from = m.end === m.index ? m.end + 1 : m.end;
        const at = m.index;
        if (at === text.length && (at === 0 || text[at - 1] === '\n'))
            break;
        if (text[at] === '\n' && text[at - 1] === '\r')
            continue;
        for (let i = text.indexOf('\n', scanned); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
            line += 1;
            lineStart = i + 1;
        }
        scanned = at;
        if (line === lastLine)
            continue;
        lastLine = line;
        found.lines += 1;
        if (found.hits.length < maxHits)
            found.hits.push([line, at - lineStart + 1]);
        if (from > text.length)
            break;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/scan/analyze.ts









/**
 * Compiles every job of a pass once (in each worker): pattern jobs share one PatternBank per view of the
 * text (as written, or code only), so each file's text is searched once by the combined pre-filters however
 * many items want patterns.
 */
function createAnalyzer(jobs) {
    const banks = { raw: new PatternBank(), code: new PatternBank() };
    const patternIds = new Map();
    let maxHits = 0;
    const found = { raw: new Map(), code: new Map() };
    let minified = false;
    const binaryPer = jobs.map(() => undefined);
    const per = jobs.map((job, index) => {
        switch (job.analyzer) {
            case 'patterns': {
                const view = job.codeOnly ? 'code' : 'raw';
                const bank = banks[view];
                const ids = job.patterns.map((p) => bank.add(p, job.flags));
                patternIds.set(index, { view, ids });
                maxHits = Math.max(maxHits, job.maxHits);
                const max = job.maxHits;
                const skipMinified = job.skipMinified === true;
                return () => {
                    if (skipMinified && minified)
                        return { minified: true, hits: [], lines: [] };
                    const seen = found[view];
                    if (!ids.some((id) => seen.has(id)))
                        return undefined;
                    const result = { hits: [], lines: ids.map(() => 0) };
                    const hits = [];
                    ids.forEach((id, pattern) => {
                        const f = seen.get(id);
                        if (!f)
                            return;
                        result.lines[pattern] = f.lines;
                        for (const [line, col] of f.hits)
                            hits.push({ line, col, pattern });
                    });
                    hits.sort((a, b) => a.line - b.line || a.col - b.col || a.pattern - b.pattern);
                    result.hits = hits.slice(0, max);
                    return result;
                };
            }
            case 'secrets': {
                const disabled = new Set(job.disabledRules);
                const detect = createDetector(secrets_rules/* ALL_RULES */.Uj.filter((r) => !disabled.has(r.id)));
                if (!disabled.has(secrets_rules/* PKCS12_RULE */.cN.id)) {
                    binaryPer[index] = (bytes) => {
                        if (!isPkcs12WithKey(bytes))
                            return undefined;
                        // The secret's identity is the file's digest: nothing of the key itself leaves the worker.
                        const digest = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
                        const result = {
                            inlineIgnored: 0,
                            detections: [{ ruleId: secrets_rules/* PKCS12_RULE */.cN.id, line: 1, col: 1, secret: digest, pieces: [] }],
                        };
                        return result;
                    };
                }
                return (content) => {
                    const found = detect.file(content);
                    if (found.detections.length === 0 && found.inlineIgnored === 0)
                        return undefined;
                    const result = {
                        inlineIgnored: found.inlineIgnored,
                        detections: found.detections.map((d) => ({
                            ruleId: d.rule.id,
                            line: d.line,
                            col: d.col,
                            secret: d.secret,
                            pieces: d.pieces,
                        })),
                    };
                    return result;
                };
            }
            case 'env-reads':
                return (content) => {
                    // Every read names `process.env` or `import.meta.env`: a file without "env" has none.
                    if (!content.includesAscii('env'))
                        return undefined;
                    const reads = envReads(content.text);
                    return reads.length > 0 ? reads : undefined;
                };
            case 'env-assignments':
                return (content) => {
                    // Every assignment names `process.env.` (envAssignments looks for nothing else).
                    if (!content.includesAscii('process.env.'))
                        return undefined;
                    const found = envAssignments(content.text);
                    return found.length > 0 ? found : undefined;
                };
            case 'env-file':
                return (content) => {
                    const keys = (0,env_files/* parseEnvFile */.F)(content.text).map((e) => ({
                        name: e.key,
                        line: e.line,
                        col: e.col,
                    }));
                    return keys.length > 0 ? keys : undefined;
                };
        }
    });
    const analyze = (content, wanted, file) => {
        // One search of each view of the text for the patterns of every pattern job that wants this file; a
        // job that leaves minified files out does not search them (nor, if no other job wants them, does any).
        const ids = { raw: new Set(), code: new Set() };
        let minifiedKnown = false;
        minified = false;
        for (const j of wanted) {
            const p = patternIds.get(j);
            if (!p)
                continue;
            if (jobs[j].skipMinified) {
                if (!minifiedKnown) {
                    minified = mayBeMinified(content) && looksMinified(content.text);
                    minifiedKnown = true;
                }
                if (minified)
                    continue;
            }
            for (const id of p.ids)
                ids[p.view].add(id);
        }
        found.raw = ids.raw.size > 0 ? banks.raw.run(content, ids.raw, maxHits) : new Map();
        found.code = ids.code.size > 0 ? banks.code.run(content, ids.code, maxHits) : new Map();
        // Blanking comments and strings only takes matches away (for patterns that cannot match the spaces it
        // leaves), so the code view is built only for code files where the text as written has a match.
        if (found.code.size > 0 && file !== undefined && CODE_FILES.test(file))
            found.code = banks.code.run(codeOnly(content.text), ids.code, maxHits);
        return wanted.map((j) => per[j](content));
    };
    const binary = (bytes, wanted) => {
        if (!wanted.some((j) => binaryPer[j]))
            return undefined;
        const out = wanted.map((j) => binaryPer[j]?.(bytes));
        return out.some((r) => r !== undefined) ? out : undefined;
    };
    return Object.assign(analyze, { binary });
}
/**
 * Whether a file may look minified (looksMinified's test on its text): its lines measured in bytes, which
 * are never shorter than in UTF-16 units, so a file whose byte lines pass the test is not decoded for it.
 */
function mayBeMinified(content) {
    if (!content.hasLineLongerThan(500))
        return false;
    const { longest, lines } = content.lineLengths();
    const average = (content.bytes.length - content.bom) / lines;
    return longest > 1000 || (longest > 500 && average > 200);
}

// EXTERNAL MODULE: ./src/io/bounded-read.ts
var bounded_read = __webpack_require__(2406);
;// CONCATENATED MODULE: ./src/scan/file-text.ts
/**
 * One file's content as the read pass holds it: the bytes as read, and the text (UTF-8 decoded, a byte
 * order mark dropped) decoded only when a job asks for it. Pre-filters search the bytes, so most files of
 * a pattern-only pass are never decoded. Lines are the same in both: a line feed byte is a line feed
 * character, and never part of a longer UTF-8 sequence.
 */
class FileText {
    bytes;
    decoded;
    breaks;
    /** Bytes of the byte order mark, which the text leaves out (0 or 3). */
    bom;
    constructor(bytes) {
        this.bytes = bytes;
        this.bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    }
    /** The whole text, decoded once. */
    get text() {
        this.decoded ??= this.bytes.toString('utf8', this.bom);
        return this.decoded;
    }
    /** Whether the bytes hold this ASCII string (as `text.includes` would find it). */
    includesAscii(s) {
        return this.bytes.includes(s, this.bom, 'latin1');
    }
    /** The line (1-based) holding byte `offset`, with the bytes it spans (line feed excluded). */
    lineAt(offset) {
        const breaks = this.lineBreaks();
        let lo = 0;
        let hi = breaks.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (breaks[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        const start = lo === 0 ? this.bom : breaks[lo - 1] + 1;
        const end = lo < breaks.length ? breaks[lo] : this.bytes.length;
        return { line: lo + 1, start, end };
    }
    /**
     * Whether a line holds more than `n` bytes: one backward search per `n` bytes, not one search per line
     * (most files have no long line, and this is asked of nearly every file).
     */
    hasLineLongerThan(n) {
        const bytes = this.bytes;
        let pos = this.bom;
        while (bytes.length - pos > n) {
            const lf = bytes.lastIndexOf(10, pos + n);
            if (lf < pos)
                return true;
            pos = lf + 1;
        }
        return false;
    }
    /** The longest line in bytes (line feeds excluded) and the number of lines, counted as the text's. */
    lineLengths() {
        const breaks = this.lineBreaks();
        let longest = 0;
        let start = this.bom;
        for (const b of breaks) {
            if (b - start > longest)
                longest = b - start;
            start = b + 1;
        }
        return { longest: Math.max(longest, this.bytes.length - start), lines: breaks.length + 1 };
    }
    /** The text of bytes [start, end), which lie on one line. */
    slice(start, end) {
        return this.bytes.toString('utf8', start, end);
    }
    lineBreaks() {
        if (this.breaks)
            return this.breaks;
        const out = [];
        for (let i = this.bytes.indexOf(10); i !== -1; i = this.bytes.indexOf(10, i + 1))
            out.push(i);
        this.breaks = out;
        return out;
    }
}

;// CONCATENATED MODULE: ./src/scan/read.ts



const SKIP = {
    link: 'link',
    outside: 'link',
    'not-regular': 'special',
    'too-large': 'too-large',
    missing: 'unreadable',
    aborted: 'unreadable',
    unreadable: 'unreadable',
};
/** The shared buffer: files up to this size are read into it, larger ones get their own. */
const SCRATCH_BYTES = 4 * 1024 * 1024;
let scratch;
function readBatch() {
    scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    return { resolved: new Map(), scratch };
}
function readScanText(repoDir, file, batch) {
    const read = (0,bounded_read/* readBoundedSync */.xY)(repoDir, file, {
        maxBytes: scan_jobs/* MAX_SCAN_BYTES */.r,
        large: 'refuse',
        links: 'refuse',
        ...(batch ? { resolved: batch.resolved, scratch: batch.scratch } : {}),
    });
    if (!read.ok)
        return { skip: SKIP[read.refusal] };
    // A binary file's bytes are looked at before the next read (key stores), never kept.
    if (read.bytes.subarray(0, 8000).includes(0))
        return { skip: 'binary', bytes: read.bytes };
    // Decoded only when a job asks for the text (FileText), with the byte order mark dropped then.
    return { content: new FileText(read.bytes) };
}

;// CONCATENATED MODULE: ./src/scan/work.ts



/** Reads and analyses a run of entries (what a worker does with one shard). */
function workShard(repoDir, analyze, entries, batch = readBatch()) {
    return entries.map((e) => {
        const read = readScanText(repoDir, e.file, batch);
        if (!('skip' in read))
            return analyze(read.content, e.jobs, e.file);
        return (read.bytes && analyze.binary(read.bytes, e.jobs)) || read.skip;
    });
}
/** How long the in-process pass holds the event loop before letting timers and the abort signal run. */
const SLICE_MS = 15;
/** The pass on the main thread, for small trees (or where no worker script is at hand). */
async function workInProcess(repoDir, jobs, entries, signal) {
    const analyze = createAnalyzer(jobs);
    const out = [];
    let sliceStart = performance.now();
    let batch = readBatch();
    for (const e of entries) {
        if (performance.now() - sliceStart > SLICE_MS) {
            await (0,promises_.setImmediate)();
            sliceStart = performance.now();
            // Folders are resolved afresh after each pause.
            batch = readBatch();
        }
        signal?.throwIfAborted();
        out.push(...workShard(repoDir, analyze, [e], batch));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/pass.ts




/**
 * Reads each selected file once and runs every job that wants it: the run's single read pass. Files are
 * the tracked ones (plus present untracked ones for jobs that ask), filtered per job by its globs.
 */
async function runPass(jobs, options) {
    const tracked = await options.git.trackedFiles();
    const wantsUntracked = jobs.some((j) => j.untracked);
    const untracked = wantsUntracked ? new Set(await options.git.untrackedFiles()) : new Set();
    const all = wantsUntracked ? [...tracked, ...untracked].sort() : tracked;
    const filters = jobs.map((j) => (0,globs/* pathFilter */.Y)(j.include, j.exclude));
    const entries = [];
    const selected = jobs.map(() => []);
    for (const file of all) {
        const wanted = [];
        jobs.forEach((job, j) => {
            if ((job.untracked || !untracked.has(file)) && filters[j](file)) {
                wanted.push(j);
                selected[j].push(file);
            }
        });
        if (wanted.length > 0)
            entries.push({ file, jobs: wanted });
    }
    const outcomes = await work(jobs, entries, options);
    const results = jobs.map((_, j) => ({
        selected: selected[j],
        scanned: 0,
        skipped: (0,scan_jobs/* noSkips */.i)(),
        notRead: [],
        files: [],
    }));
    entries.forEach((entry, i) => {
        const outcome = outcomes[i];
        entry.jobs.forEach((j, k) => {
            const r = results[j];
            if (typeof outcome === 'string') {
                r.skipped[outcome] += 1;
                if (outcome !== 'binary')
                    r.notRead.push({ file: entry.file, reason: outcome });
                return;
            }
            r.scanned += 1;
            const found = outcome[k];
            if (found !== undefined)
                r.files.push({ file: entry.file, result: found });
        });
    });
    return results;
}
function work(jobs, entries, options) {
    const size = options.workers ?? (0,pool/* poolSize */.Gb)();
    const script = options.script ?? (0,pool/* workerScript */.wF)();
    const forced = process.env.PREFLIGHT_SCAN_WORKERS !== undefined;
    // Workers already started are used even for a small pass: their start is paid for.
    const spare = script && size > 0 ? options.spare?.take(options.repoDir, jobs) : undefined;
    if (script && size > 0 && (forced || entries.length >= pool/* POOL_MIN_FILES */.oJ || spare?.workers.length)) {
        return (0,pool/* workOnPool */.jo)(script, size, options.repoDir, jobs, entries, options.signal, spare);
    }
    return workInProcess(options.repoDir, jobs, entries, options.signal);
}
/**
 * The run's content scanner. Jobs planned before the run (what each item's kind said it will ask) are
 * served by one shared pass, started by the first item that asks; a job nobody planned gets a pass of
 * its own.
 */
function createContentScanner(planned, options) {
    const keys = new Map();
    const jobs = [];
    for (const job of planned) {
        const key = JSON.stringify(job);
        if (keys.has(key))
            continue;
        keys.set(key, jobs.length);
        jobs.push(job);
    }
    // Workers started ahead compile the shared pass's jobs while its files are listed.
    if (jobs.length > 0)
        options.spare?.prepare(options.repoDir, jobs);
    let shared;
    return (async (job) => {
        const index = keys.get(JSON.stringify(job));
        if (index === undefined)
            return (await runPass([job], options))[0];
        shared ??= runPass(jobs, options);
        return (await shared)[index];
    });
}


/***/ }),

/***/ 3247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ poolSize),
/* harmony export */   H3: () => (/* binding */ startSpareWorkers),
/* harmony export */   jo: () => (/* binding */ workOnPool),
/* harmony export */   oJ: () => (/* binding */ POOL_MIN_FILES),
/* harmony export */   wF: () => (/* binding */ workerScript)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);





/** Below this many files a pass stays on the main thread: starting workers would cost more. */
const POOL_MIN_FILES = 2_000;
/** Files per shard: large enough that messages are rare, small enough that both cores stay busy. */
const SHARD_FILES = 256;
/**
 * Shards a worker holds at once: the next one is already queued when it finishes one, so it never waits
 * for the main thread (which shares the cores with the workers) to answer.
 */
const SHARDS_IN_FLIGHT = 2;
/** Worker threads for a pass: one per core the machine offers (at most 8), or PREFLIGHT_SCAN_WORKERS. */
function poolSize(env = process.env) {
    const asked = env.PREFLIGHT_SCAN_WORKERS;
    if (asked !== undefined && /^\d+$/.test(asked))
        return Math.min(Number(asked), 16);
    return Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), 8);
}
/**
 * The bundled worker script beside the running bundle (dist/scan-worker/index.js, found from dist/ or
 * dist/cli/); undefined when running from the sources, where the pass stays on the main thread.
 */
function workerScript(from = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))) {
    for (const dir of [from, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(from)]) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'scan-worker', 'index.js');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
function startSpareWorkers(script, size) {
    let spare = [];
    let preparedFor;
    for (let i = 0; i < size; i += 1) {
        const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script);
        w.unref();
        // A worker that fails before it is taken is left out: the pass starts one of its own instead.
        const drop = () => {
            spare = spare.filter((s) => s !== w);
        };
        w.on('error', drop);
        w.on('exit', drop);
        spare.push(w);
    }
    return {
        prepare(repoDir, jobs) {
            preparedFor = JSON.stringify([repoDir, jobs]);
            for (const w of spare)
                w.postMessage({ repoDir, jobs });
        },
        take(repoDir, jobs) {
            // threadId is -1 once a worker has stopped, even before its exit event.
            const workers = spare.filter((w) => w.threadId !== -1);
            for (const w of workers)
                w.removeAllListeners();
            spare = [];
            return { workers, prepared: preparedFor === JSON.stringify([repoDir, jobs]) };
        },
        close() {
            const ending = spare.map((w) => w.terminate());
            spare = [];
            return Promise.all(ending);
        },
    };
}
/**
 * Runs the pass on `size` worker threads (spare ones first) over shards of the entries, handed out as
 * workers finish (so a shard of large files does not hold the others back). Aborting terminates the
 * workers at once: a runaway match inside one cannot outlive its item.
 */
function workOnPool(script, size, repoDir, jobs, entries, signal, spare = { workers: [], prepared: false }) {
    const shards = [];
    for (let i = 0; i < entries.length; i += SHARD_FILES)
        shards.push(entries.slice(i, i + SHARD_FILES));
    const outcomes = new Array(shards.length);
    return new Promise((resolve, reject) => {
        const workers = [];
        let next = 0;
        let done = 0;
        let settled = false;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            for (const w of workers)
                void w.terminate();
            if (error !== undefined)
                reject(error);
            else
                resolve(outcomes.flat());
        };
        const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
        if (signal?.aborted) {
            for (const w of spare.workers)
                void w.terminate();
            return onAbort();
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        const feed = (w) => {
            if (next >= shards.length)
                return;
            const id = next++;
            w.postMessage({ id, entries: shards[id] });
        };
        const count = Math.max(1, Math.min(size, shards.length));
        for (const w of spare.workers.slice(count))
            void w.terminate();
        for (let i = 0; i < count; i += 1) {
            const taken = spare.workers[i];
            const w = taken ?? new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script);
            w.ref();
            workers.push(w);
            w.on('message', (m) => {
                outcomes[m.id] = m.outcomes;
                done += 1;
                if (done === shards.length)
                    finish();
                else
                    feed(w);
            });
            w.on('error', (e) => finish(e));
            w.on('exit', (code) => {
                if (!settled && code !== 0)
                    finish(new Error(`a scan worker stopped (exit code ${code})`));
            });
            // The pass's jobs first (each worker compiles them once), then its first shards.
            if (!taken || !spare.prepared)
                w.postMessage({ repoDir, jobs });
            for (let k = 0; k < SHARDS_IN_FLIGHT; k += 1)
                feed(w);
        }
        if (shards.length === 0)
            finish();
    });
}


/***/ })

};
