export const id = 815;
export const ids = [815];
export const modules = {

/***/ 3815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probeWebSocket: () => (/* binding */ probeWebSocket)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ws__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2977);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7201);
/* harmony import */ var _net_request_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(474);
/* harmony import */ var _net_tls_info_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5249);
/* harmony import */ var _ws_expect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8551);








const MAX_PAYLOAD = 1024 * 1024;
/**
 * Opens a WebSocket, optionally sends one message and waits for one that meets `expect`, then closes.
 * Never throws and never outlives `timeoutMs` (or the signal): the socket is terminated when it settles.
 */
function probeWebSocket(url, opts) {
    return new Promise((resolve) => {
        const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
        const state = { ok: false, stage: 'connect', messages: 0 };
        let settled = false;
        let ws;
        let sentAt;
        let openedAt = started;
        const finish = (patch) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            opts.signal.removeEventListener('abort', onAbort);
            Object.assign(state, patch);
            if (ws) {
                ws.removeAllListeners();
                ws.on('error', () => undefined);
                if (state.ok && ws.readyState === ws__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .Ay.OPEN)
                    ws.close(1000);
                ws.terminate();
            }
            resolve(state);
        };
        const onAbort = () => finish({ problem: 'the check was cancelled', code: 'aborted' });
        const timer = setTimeout(() => {
            const waiting = state.stage === 'message'
                ? 'no expected message'
                : state.stage === 'handshake'
                    ? 'no handshake answer'
                    : 'no connection';
            finish({ problem: `${waiting} within ${opts.timeoutMs} ms`, code: 'timeout' });
        }, Math.max(1, opts.timeoutMs));
        if (opts.signal.aborted)
            return onAbort();
        opts.signal.addEventListener('abort', onAbort, { once: true });
        const headers = {};
        for (const [name, value] of opts.headers)
            headers[name] = value;
        // Once the connection is up (and TLS agreed), the server owes a handshake answer.
        const connected = () => {
            if (state.stage === 'connect')
                state.stage = 'handshake';
        };
        const secure = url.protocol === 'wss:';
        const createConnection = (options) => {
            if (!secure)
                return node_net__WEBPACK_IMPORTED_MODULE_0___default().connect(options).once('connect', connected);
            const host = options.host ?? '';
            const servername = options.servername || (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(host) ? undefined : host);
            return node_tls__WEBPACK_IMPORTED_MODULE_2___default().connect({ ...options, path: undefined, servername }).once('secureConnect', connected);
        };
        // Through a proxy the tunnel's answer says whether the connection is up; a refusal is the proxy's.
        let refusal;
        const agent = opts.via ? (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyAgent */ .QT)(url, opts.via) : undefined;
        agent?.on('proxyConnect', (answer) => {
            if (answer.statusCode === 200)
                connected();
            else
                refusal = answer.statusCode ?? 0;
        });
        try {
            ws = new ws__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .Ay(url, opts.subprotocols ?? [], {
                headers,
                maxPayload: MAX_PAYLOAD,
                perMessageDeflate: false,
                followRedirects: false,
                ...(agent
                    ? { agent }
                    : { createConnection: createConnection }),
                ...(opts.ca && opts.ca.length > 0 ? { ca: (0,_net_tls_info_js__WEBPACK_IMPORTED_MODULE_6__/* .caBundle */ .R0)(opts.ca) } : {}),
            });
        }
        catch (e) {
            return finish({ problem: (0,_net_request_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyError */ .f)(e).message, code: 'other' });
        }
        const socket = ws;
        socket.on('unexpected-response', (_req, res) => {
            const status = res.statusCode ?? 0;
            res.resume();
            if (refusal !== undefined)
                return finish({
                    stage: 'connect',
                    code: 'proxy',
                    problem: `the proxy ${(0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .shownProxy */ .qb)(opts.via)} refused the tunnel to ${url.host} (HTTP ${refusal})`,
                });
            finish({
                stage: 'handshake',
                status,
                code: 'rejected',
                problem: `the server answered HTTP ${status} instead of switching protocols`,
            });
        });
        socket.on('upgrade', (res) => {
            state.status = res.statusCode ?? 101;
        });
        socket.on('error', (e) => {
            const c = (0,_net_request_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyError */ .f)(e);
            const protocolProblem = /subprotocol/i.test(String(e.message));
            finish({
                problem: protocolProblem
                    ? String(e.message)
                    : `${c.message}${opts.via ? ` through the proxy ${(0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .shownProxy */ .qb)(opts.via)}` : ''}`,
                code: protocolProblem ? 'other' : c.code,
                stage: protocolProblem ? 'handshake' : state.stage,
            });
        });
        socket.on('open', () => {
            state.stage = 'message';
            openedAt = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
            state.handshakeMs = round(openedAt - started);
            state.protocol = socket.protocol === '' ? null : socket.protocol;
            state.extensions = socket.extensions === '' ? null : socket.extensions;
            if (opts.send === undefined && opts.expect === undefined)
                return finish({ ok: true, stage: 'handshake' });
            if (opts.send !== undefined) {
                sentAt = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
                socket.send(opts.send);
            }
        });
        socket.on('message', (data, isBinary) => {
            const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
            state.messages += 1;
            state.lastMessage = (0,_ws_expect_js__WEBPACK_IMPORTED_MODULE_7__/* .receivedMessage */ .ZK)(buf, isBinary);
            const text = isBinary ? '' : buf.toString('utf8');
            if (opts.expect === undefined || (!isBinary && (0,_ws_expect_js__WEBPACK_IMPORTED_MODULE_7__/* .matches */ .cK)(text, opts.expect))) {
                finish({ ok: true, roundTripMs: round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() - (sentAt ?? openedAt)) });
            }
        });
        socket.on('close', (code, reason) => {
            finish({
                close: { code, reason: reason.toString('utf8').slice(0, 200) },
                code: 'closed',
                problem: `the server closed the connection (code ${code}) before ${opts.expect ? 'an expected message' : 'answering'}`,
            });
        });
    });
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}


/***/ })

};
