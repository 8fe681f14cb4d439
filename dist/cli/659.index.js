export const id = 659;
export const ids = [659];
export const modules = {

/***/ 3659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishedSchema: () => (/* binding */ publishedSchema)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);

/**
 * The definition schema with every check kind's parameters spelled out, for editors
 * (`# yaml-language-server: $schema=…`). Preflight itself validates kinds one by one for sharper messages.
 */
function publishedSchema(registry) {
    const kinds = [...registry.values()];
    const check = {
        type: 'object',
        required: ['kind'],
        description: 'Makes the item automated: a check kind and its parameters.',
        properties: { kind: { enum: kinds.map((k) => k.kind), description: 'The check kind.' } },
        allOf: kinds.map((k) => ({
            if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
            then: {
                description: k.description,
                additionalProperties: false,
                required: k.params.required ?? [],
                properties: { kind: { const: k.kind }, ...k.params.properties },
            },
        })),
    };
    return replaceCheck(structuredClone(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .definitionSchema */ .$k), check);
}
function replaceCheck(node, check) {
    const walk = (n) => {
        if (Array.isArray(n))
            n.forEach(walk);
        else if (n && typeof n === 'object') {
            const o = n;
            const props = o.properties;
            if (props && typeof props.check === 'object' && props.check.required)
                props.check = check;
            Object.values(o).forEach(walk);
        }
    };
    walk(node);
    return node;
}


/***/ })

};
