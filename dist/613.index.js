export const id = 613;
export const ids = [613];
export const modules = {

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeDockerfile: () => (/* binding */ judgeDockerfile)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4184);
/* harmony import */ var _secret_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5980);



const at = (i) => ({
    line: i.getRange().start.line + 1,
    col: i.getRange().start.character + 1,
});
/** Judges one Dockerfile's text; `rules` says which rules apply. */
function judgeDockerfile(text, rules) {
    const doc = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const args = new Map();
    for (const arg of doc.getInitialARGs()) {
        const p = arg.getProperty();
        if (p)
            args.set(p.getName(), p.getValue() ?? undefined);
    }
    const stages = [];
    for (const ins of doc.getInstructions()) {
        const keyword = ins.getKeyword().toUpperCase();
        if (keyword === 'FROM') {
            const image = fromImage(ins);
            const name = /\bAS\s+(\S+)\s*$/i.exec(ins.getArgumentsContent() ?? '')?.[1]?.toLowerCase();
            // `FROM $BASE` may name an earlier stage through an ARG default.
            const ref = ((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .substituteArgs */ .C)(image, args) ?? image).toLowerCase();
            const parent = stages.findIndex((s) => s.name !== undefined && s.name === ref);
            stages.push({ from: ins, image, name, parent: parent >= 0 ? parent : undefined, instructions: [] });
        }
        else
            stages[stages.length - 1]?.instructions.push(ins);
    }
    const shipIndex = shippingStage(stages);
    const problems = [];
    const facts = {
        stages: stages.length,
        finalUser: null,
        healthcheck: false,
        baseImages: [],
        problems,
    };
    if (stages.length === 0) {
        problems.push({
            rule: 'pinned',
            line: 1,
            col: 1,
            message: 'no FROM instruction: this is not a Dockerfile',
        });
        return facts;
    }
    for (const stage of stages) {
        if (stage.parent !== undefined || stage.image.toLowerCase() === 'scratch')
            continue;
        const resolved = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .substituteArgs */ .C)(stage.image, args);
        facts.baseImages.push(resolved ?? stage.image);
        if (resolved === undefined)
            continue;
        problems.push(...pinning(resolved, stage.image, at(stage.from), rules));
    }
    const chain = stageChain(stages, shipIndex);
    const lastOf = (keyword) => {
        for (const s of chain) {
            const found = s.instructions.filter((i) => i.getKeyword().toUpperCase() === keyword).pop();
            if (found)
                return found;
        }
        return undefined;
    };
    const final = stages[shipIndex];
    const user = lastOf('USER');
    facts.finalUser = user ? (user.getArgumentsContent() ?? '').trim() : null;
    if (rules['non-root']) {
        // Distroless and Chainguard images tagged nonroot run as an unprivileged user by themselves.
        const nonrootBase = stageChain(stages, shipIndex).some((s) => /(?:^|[:/@-])nonroot(?:$|[-.])/i.test((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .substituteArgs */ .C)(s.image, args) ?? s.image));
        if (!user && nonrootBase)
            facts.finalUser = '(the base image: nonroot)';
        else if (!user) {
            problems.push({
                rule: 'non-root',
                ...at(final.from),
                message: 'the final stage sets no USER, so it runs as the base image user (root for most images)',
            });
        }
        else if (isRoot(facts.finalUser)) {
            problems.push({
                rule: 'non-root',
                ...at(user),
                message: 'the final stage runs as root: add USER with an unprivileged user',
            });
        }
    }
    const health = lastOf('HEALTHCHECK');
    facts.healthcheck = health !== undefined && !/^\s*NONE\s*$/i.test(health.getArgumentsContent() ?? '');
    if (rules.healthcheck && !facts.healthcheck) {
        problems.push({
            rule: 'healthcheck',
            ...at(health ?? final.from),
            message: health ? 'HEALTHCHECK NONE disables the health check' : 'the final stage has no HEALTHCHECK',
        });
    }
    if (rules['multi-stage'] && stages.length < 2) {
        problems.push({
            rule: 'multi-stage',
            ...at(final.from),
            message: 'single-stage build: build tools ship in the image',
        });
    }
    if (rules['no-secrets']) {
        for (const ins of stages.flatMap((s) => s.instructions).concat(doc.getInitialARGs())) {
            problems.push(...secretsIn(ins));
        }
    }
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    return facts;
}
function fromImage(from) {
    // Flags such as --platform come before the image.
    const args = from.getArguments().map((a) => a.getValue());
    return args.find((a) => !a.startsWith('--')) ?? '';
}
function pinning(image, written, where, rules) {
    const ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(image);
    const shown = image === written ? image : `${written} (${image})`;
    const out = [];
    if (rules.pinned && !ref.digest) {
        if (ref.tag === undefined || ref.tag === '') {
            out.push({
                rule: 'pinned',
                ...where,
                message: `base image ${shown} has no tag, so it means latest: pin a version`,
            });
        }
        else if (ref.tag === 'latest') {
            out.push({
                rule: 'pinned',
                ...where,
                message: `base image ${shown} uses the latest tag: pin a version`,
            });
        }
    }
    if (rules['require-digest'] && !ref.digest) {
        out.push({
            rule: 'require-digest',
            ...where,
            message: `base image ${shown} is not pinned by digest (@sha256:…)`,
        });
    }
    return out;
}
/** Stage names of images that do not ship: CI helpers that upload artifacts, run tests or lint. */
const HELPER_STAGE = /^(?:upload.*|.*artifact.*|test|tests|.*-test\d*|ci|lint|debug|dev|development)$/;
/** Stage names of the image that ships, in a Dockerfile with several targets. */
const RELEASE_STAGE = /^(?:release|production|prod|runtime|runner|final)$/;
/**
 * The stage whose image ships: the last one named like a release (release, production, runtime…), else
 * the last stage unless it is a CI helper (upload-artifact, test), in which case the last stage before it
 * that is not.
 */
function shippingStage(stages) {
    for (let k = stages.length - 1; k >= 0; k -= 1)
        if (RELEASE_STAGE.test(stages[k]?.name ?? ''))
            return k;
    for (let k = stages.length - 1; k >= 0; k -= 1)
        if (!HELPER_STAGE.test(stages[k]?.name ?? ''))
            return k;
    return stages.length - 1;
}
/** The shipping stage and the earlier stages it builds on, nearest first. */
function stageChain(stages, from) {
    const chain = [];
    let cur = stages[from];
    while (cur && !chain.includes(cur)) {
        chain.push(cur);
        cur = cur.parent !== undefined ? stages[cur.parent] : undefined;
    }
    return chain;
}
function isRoot(user) {
    const name = user.split(':')[0]?.trim().toLowerCase();
    return name === 'root' || name === '0';
}
function secretsIn(ins) {
    const keyword = ins.getKeyword().toUpperCase();
    let props;
    if (keyword === 'ENV')
        props = ins.getProperties();
    else if (keyword === 'ARG') {
        const p = ins.getProperty();
        props = p ? [p] : [];
    }
    else
        return [];
    return props.flatMap((p) => {
        const value = p.getValue();
        if (!(0,_secret_names_js__WEBPACK_IMPORTED_MODULE_2__/* .literalSecret */ .M)(p.getName(), value))
            return [];
        const r = p.getNameRange().start;
        return [
            {
                rule: 'no-secrets',
                line: r.line + 1,
                col: r.character + 1,
                message: `${keyword} ${p.getName()} holds a literal value (${Buffer.byteLength(value ?? '')} bytes) that stays in the image: pass it at run time or as a build secret`,
            },
        ];
    });
}


/***/ })

};
