export const id = 264;
export const ids = [264];
export const modules = {

/***/ 8264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseRecordSchema: () => (/* binding */ releaseRecordSchema)
/* harmony export */ });
/** The JSON Schema of the release record file (published as schema/release-record.schema.json). */
const text = { type: 'string' };
const time = { type: 'string', format: 'date-time' };
const sha = { type: 'string', pattern: '^[0-9a-f]{40}$' };
const signOff = {
    type: 'object',
    additionalProperties: false,
    required: ['at', 'headSha', 'ticks'],
    properties: {
        at: time,
        headSha: sha,
        version: text,
        ticks: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'title', 'by', 'at'],
                properties: { id: text, title: text, by: text, at: text },
            },
        },
    },
};
const releaseRecordSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://preflight.invalid/schema/release-record.schema.json',
    title: 'Preflight release record',
    description: "The audit copy of a release: the checklist's deployment sign-off (date, deployed by, reviewed by, URL, version, status, notes) and every item's result.",
    type: 'object',
    additionalProperties: false,
    required: [
        'schema',
        'status',
        'repository',
        'pullRequest',
        'checklist',
        'deployment',
        'deployedBy',
        'reviewedBy',
        'items',
        'failing',
    ],
    properties: {
        schema: { const: 'preflight-release/v1' },
        status: { enum: ['PENDING', 'SUCCESSFUL', 'FAILED'] },
        repository: { type: 'string', pattern: '^[^/]+/[^/]+$' },
        pullRequest: {
            type: 'object',
            additionalProperties: false,
            required: ['number'],
            properties: { number: { type: 'integer', minimum: 1 }, url: { type: 'string', format: 'uri' } },
        },
        checklist: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'title'],
            properties: { id: text, title: text },
        },
        deployment: {
            type: 'object',
            additionalProperties: false,
            required: ['date', 'environment', 'commit', 'trigger'],
            properties: {
                date: time,
                environment: text,
                url: { type: 'string', format: 'uri' },
                commit: sha,
                ref: text,
                trigger: { enum: ['deployment_status', 'push', 'workflow_dispatch'] },
                id: { type: 'integer' },
                failed: text,
            },
        },
        deployedBy: {
            type: 'string',
            description: "The deployment's creator (or who pushed the tag or dispatched).",
        },
        reviewedBy: {
            type: 'array',
            items: text,
            description: 'Logins whose standing review approved the pull request.',
        },
        version: text,
        closedAt: time,
        notes: {
            type: 'object',
            additionalProperties: false,
            required: ['text'],
            properties: { text: { type: 'string', maxLength: 2000 }, by: text, at: text },
        },
        items: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'title', 'section', 'phase', 'required', 'result'],
                properties: {
                    id: text,
                    title: text,
                    section: text,
                    phase: { enum: ['before-merge', 'after-deploy'] },
                    required: { type: 'boolean' },
                    kind: text,
                    result: { enum: ['pass', 'fail', 'error', 'skipped', 'ticked', 'unticked'] },
                    summary: text,
                    by: text,
                    at: text,
                },
            },
        },
        failing: { type: 'array', items: text },
        rollback: {
            type: 'object',
            additionalProperties: false,
            required: ['section', 'title', 'items'],
            properties: {
                section: text,
                title: text,
                items: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id', 'title'],
                        properties: { id: text, title: text },
                    },
                },
            },
        },
        mergeSignOff: signOff,
    },
};


/***/ })

};
