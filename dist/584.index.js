export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_API_URL: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** GitHub.com's REST root, for a run without GITHUB_API_URL (every Actions runner sets it, GHES ones too). */
const DEFAULT_API_URL = 'https://api.github.com';
/**
 * The runner's Octokit (`@actions/github`): its fetch goes through `HTTPS_PROXY` / `HTTP_PROXY` unless
 * `NO_PROXY` (or a loopback host) says otherwise, with bounded retries (server errors) and throttling
 * (primary and secondary rate limits) added.
 */
function createGitHub(options) {
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    const gh = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl,
        userAgent: 'preflight-action',
        // Server errors and timeouts are retried (4xx answers are not: they will not change).
        retry: { retries: 3 },
        log: { debug: () => { }, info: () => { }, warn: options.log, error: options.log },
        throttle: {
            onRateLimit: (after, req, _o, count) => {
                options.log(`GitHub rate limit on ${req.method} ${req.url}: waiting ${after}s (retry ${count + 1} of 2)`);
                return count < 2 && after <= 120;
            },
            onSecondaryRateLimit: (after, req, _o, count) => {
                options.log(`GitHub secondary rate limit on ${req.method} ${req.url}: waiting ${after}s`);
                return count < 1 && after <= 120;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
    const graphqlUrl = options.graphqlUrl?.trim();
    if (graphqlUrl)
        gh.graphql = gh.graphql.defaults(graphqlEndpoint(graphqlUrl));
    return gh;
}
/**
 * Octokit rewrites the GraphQL URL of a `/api/v3` base to `/api/graphql` itself; an absolute `url` with a
 * base that has no path keeps the runner's GITHUB_GRAPHQL_URL exactly as given.
 */
function graphqlEndpoint(url) {
    return { baseUrl: new URL(url).origin, url };
}


/***/ })

};
