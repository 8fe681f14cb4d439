export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _checks_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5677);
/* harmony import */ var _definition_diagnostic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9874);
/* harmony import */ var _definition_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4984);
/* harmony import */ var _pipeline_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7024);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);





function validateCommand(args, io) {
    let problems = 0;
    for (const file of args.files) {
        const loaded = (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDefinition */ .yQ)({
            checklist: file,
            cwd: io.cwd,
            env: io.env,
            targets: args.targets,
            lenient: true,
        });
        if (!loaded.ok) {
            for (const d of loaded.diagnostics)
                io.stderr(`${(0,_definition_diagnostic_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d)}\n`);
            problems += loaded.diagnostics.length;
            continue;
        }
        for (const d of loaded.warnings)
            io.stderr(`${(0,_definition_diagnostic_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWarning */ .W3)(d)}\n`);
        const items = (0,_definition_model_js__WEBPACK_IMPORTED_MODULE_4__/* .allItems */ .a)(loaded.checklist);
        const automated = items.filter((i) => i.check).length;
        io.stdout(`${file}: valid — ${items.length} items (${automated} automated, ${items.length - automated} manual)\n`);
    }
    if (problems > 0) {
        io.stderr(`${(0,_checks_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(problems, 'problem')} found\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}


/***/ })

};
