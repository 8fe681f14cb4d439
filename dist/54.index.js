export const id = 54;
export const ids = [54];
export const modules = {

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateOnly: () => (/* binding */ evaluateOnly)
/* harmony export */ });
/* harmony import */ var _changed_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23);
/* harmony import */ var _io_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7500);
/* harmony import */ var _pipeline_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4994);
/* harmony import */ var _target_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8024);
/* harmony import */ var _privilege_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5141);
/* harmony import */ var _publish_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3594);
/* harmony import */ var _trusted_definitions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2119);







/**
 * No token or no pull request: evaluate and report in the job, without comment or status. In a privileged
 * run the checklist is read with git at the trusted commit (never from the checkout) and nothing is executed.
 */
async function evaluateOnly(core, env, inputs, event, privilege, summaryLead = '') {
    const run = (0,_io_git_js__WEBPACK_IMPORTED_MODULE_1__.gitRunner)(inputs.workingDirectory);
    const git = (0,_io_git_js__WEBPACK_IMPORTED_MODULE_1__.createGitClient)(run);
    if (event.baseSha)
        event.facts.changedPaths = await (0,_changed_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .changedPaths */ .v)(git, event.baseSha, core);
    const request = {
        checklist: inputs.checklist,
        repoDir: inputs.workingDirectory,
        env,
        targets: inputs.targets,
        facts: event.facts,
        concurrency: inputs.concurrency,
        networkConcurrency: inputs.networkConcurrency,
        timeoutMs: inputs.timeoutMs,
        allowCommands: privilege.commands,
        proxy: (0,_target_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .targetProxy */ .M)(inputs),
        registerSecret: (value) => core.setSecret(value),
        git,
    };
    let result;
    // The pull request's own run honours definitions-from like the gate; a privileged run reads only the trusted commit.
    const sha = privilege.privileged
        ? (0,_privilege_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedSha */ .kw)(privilege, event)
        : inputs.definitionsFrom === 'base'
            ? event.baseSha
            : undefined;
    if (privilege.privileged || sha) {
        if (!sha) {
            core.setFailed(`Preflight cannot tell which commit's checklist to trust in this ${privilege.eventName || 'unnamed'} run (no ${privilege.trustedCommit === 'base' ? 'base commit in the event' : 'GITHUB_SHA'}); nothing was run.`);
            return;
        }
        core.info(privilege.privileged
            ? `A privileged run (${privilege.reason}): the checklist is read at ${sha.slice(0, 7)}.`
            : `The checklist is read at the base commit ${sha.slice(0, 7)}.`);
        const trusted = await (0,_trusted_definitions_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTrustedDefinition */ .R)({ via: { git: run }, git: run, sha }, inputs.workingDirectory, (0,_trusted_definitions_js__WEBPACK_IMPORTED_MODULE_6__/* .entryPath */ .s)(inputs.workingDirectory, inputs.checklist), env, inputs.targets);
        if (!trusted.ok && privilege.privileged) {
            core.setFailed(`Could not read the checklist at the trusted commit: ${trusted.absent}; nothing was run.`);
            return;
        }
        if (!trusted.ok) {
            // The pull request's own run: its checkout's checklist, treated as the pull request's (variables withheld).
            core.warning(`The checklist could not be read at the base commit (${trusted.absent}): the checkout's is used, as the pull request wrote it, without the job's variables.`);
            result = await (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k_)({ ...request, withheld: (0,_privilege_js__WEBPACK_IMPORTED_MODULE_4__/* .publicEnvironment */ .Fo)(env).withheld });
        }
        else
            result = trusted.loaded.ok
                ? {
                    ok: true,
                    checklist: trusted.loaded.checklist,
                    report: await (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateChecklist */ .Wd)(trusted.loaded.checklist, request),
                    warnings: trusted.loaded.warnings,
                }
                : trusted.loaded;
    }
    else if (inputs.definitionsFrom === 'head') {
        const open = (0,_privilege_js__WEBPACK_IMPORTED_MODULE_4__/* .publicEnvironment */ .Fo)(env);
        result = await (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k_)({ ...request, withheld: open.withheld });
    }
    else {
        result = await (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k_)(request);
    }
    if (!result.ok) {
        await (0,_publish_report_js__WEBPACK_IMPORTED_MODULE_5__/* .reportDefinitionErrors */ .F)(core, env, result.diagnostics);
        return;
    }
    await (0,_publish_report_js__WEBPACK_IMPORTED_MODULE_5__/* .publishReport */ .S)(core, env, inputs, result.report, summaryLead);
}


/***/ })

};
