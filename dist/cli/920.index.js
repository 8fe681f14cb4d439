export const id = 920;
export const ids = [920];
export const modules = {

/***/ 7920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/definition/diagnostic.ts
var diagnostic = __webpack_require__(9874);
// EXTERNAL MODULE: ./src/definition/model.ts
var model = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/import/command.ts + 1 modules
var command = __webpack_require__(1268);
// EXTERNAL MODULE: ./src/import/index.ts + 21 modules
var src_import = __webpack_require__(4472);
// EXTERNAL MODULE: ./src/io/files.ts
var files = __webpack_require__(3839);
// EXTERNAL MODULE: ./src/import/slug.ts
var slug = __webpack_require__(2450);
// EXTERNAL MODULE: ./src/init/action-ref.ts
var action_ref = __webpack_require__(1374);
;// CONCATENATED MODULE: ./src/init/starter.ts
/** The `.github/preflight.yml` that `preflight init --extends NAME` writes: short, with the knobs shown. */
function starterDefinition(builtin, id, noContainers = []) {
    const disable = noContainers.length > 0
        ? `# No Dockerfile or compose file is tracked here, so the container items are left out; delete this
# line when the service ships as an image:
disable: [${noContainers.join(', ')}]
`
        : `# Leave extended items out:
# disable: [multi-stage-builds]
`;
    return `# The checklist Preflight gates release pull requests on. It extends the built-in '${builtin}'
# checklist: run \`preflight check\` to see its items, and change them here item by item.
id: ${id}
title: Release
extends: ${builtin}
# Network checks probe the 'api' target: the workflow passes its URL (targets: api=…), or set API_URL.
# targets:
#   api: \${API_URL}
# Only gate pull requests from release branches (others get a green status and no comment):
# applies-to:
#   head-branches: ['release/*']
# Change an extended item by id, for example make it optional or give it other approvers:
# override:
#   load-testing: { required: false }
${disable}sections:
  - id: release
    title: Release
    items:
      - id: release-notes-reviewed
        title: Release notes reviewed
        approvers: { permission: maintain }
        reset-on-push: true
`;
}

;// CONCATENATED MODULE: ./src/init/workflow.ts
/**
 * The workflow `preflight init` writes: the one README.md shows under "Use it in a workflow" (a test keeps
 * the two identical). Events, permissions and concurrency matter; see the README for why each is there.
 * Concurrency follows GitHub's docs ("Control the concurrency of workflows and jobs"): at most one running
 * and one pending job per group, and a new pending one cancels the older pending one.
 */
const WORKFLOW_PATH = '.github/workflows/preflight.yml';
const WORKFLOW = `# .github/workflows/preflight.yml  (do not add a \`paths:\` filter: a skipped required check stays "expected")
name: Preflight
on:
  pull_request:
    types: [opened, synchronize, reopened, edited, labeled, unlabeled, ready_for_review]
  issue_comment:
    types: [edited] # a box ticked or unticked in the checklist comment
  merge_group: # if the repository uses a merge queue
  schedule:
    - cron: '0 5 * * *' # re-check the URLs of open release PRs every night (optional)
  workflow_dispatch:
permissions:
  contents: read # read the checklist at the base commit
  pull-requests: write # the checklist comment
  statuses: write # the \`preflight\` commit status
  checks: read # only for \`github.checks-green\` items
jobs:
  # The job's check run is green by design: its id and name must never be the status's name (\`preflight\`),
  # or a green job would satisfy the required check whenever the status is not written.
  checklist:
    name: Preflight checklist run
    # Only edits of Preflight's own comment on a pull request are gate work: other comment edits start no job.
    if: >-
      github.event_name != 'issue_comment' || (github.event.issue.pull_request &&
      github.event.comment.user.login == 'github-actions[bot]' &&
      startsWith(github.event.comment.body, '<!-- preflight:comment '))
    # Job-level, so a skipped comment edit never joins a group; ticks and pushes have separate groups, so a
    # tick can never cancel the pending run of a new head (the comment's history keeps every tick).
    concurrency:
      group: preflight-\${{ github.event_name == 'issue_comment' && 'ticks' || 'runs' }}-\${{ github.event.pull_request.number || github.event.issue.number || github.ref }}
      cancel-in-progress: false
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the base commit (for the checklist) and \`when: paths\`
      - id: preflight
        uses: OWNER/preflight@v0
        with:
          checklist: .github/preflight.yml
          targets: |
            api=\${{ vars.PRODUCTION_API_URL }}
          recheck-label: release # scheduled runs re-check PRs with this label
        env:
          JWT_SECRET: \${{ secrets.JWT_SECRET }}
`;

;// CONCATENATED MODULE: ./src/init/init.ts











const DEFINITION_PATH = '.github/preflight.yml';
const DEFAULT_BUILTIN = 'production-web-service';
/** A Dockerfile or a compose file by its name, as the docker items look for them. */
const CONTAINER_FILE = /(?:^|\/)(?:Dockerfile(?:\.[^/]*)?|dockerfile|[^/]*\.[Dd]ockerfile|(?:docker-)?compose(?:\.[^/]*)?\.ya?ml)$/;
/** `preflight init`: writes the definition and the workflow; exit 0 written, 2 refused or bad input. */
function initCommand(args, io) {
    const fail = (message) => {
        io.stderr(`preflight: ${message}\n`);
        return 2;
    };
    if (args.from && args.extends)
        return fail('init takes --from FILE.md or --extends NAME, not both');
    const targets = [DEFINITION_PATH, WORKFLOW_PATH].map((f) => external_node_path_default().join(args.repoDir, f));
    const existing = [DEFINITION_PATH, WORKFLOW_PATH].filter((_, i) => (0,external_node_fs_.existsSync)(targets[i]));
    if (existing.length > 0 && !args.force)
        return fail(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`);
    let definition;
    let note;
    let counts;
    if (args.from) {
        // importFile has loaded the imported definition with the real loader already: its summary has the counts.
        const imported = (0,command.importFile)(args.from, io.cwd);
        if (!imported.ok)
            return fail(imported.message);
        definition = imported.yaml;
        note = `imported from ${args.from}: ${(0,src_import/* summaryLine */.dC)(imported.summary)}`;
        counts = imported.summary;
    }
    else {
        const names = (0,files/* builtinNames */.AP)();
        const builtin = args.extends ?? DEFAULT_BUILTIN;
        if (!names.has(builtin))
            return fail(`there is no built-in checklist '${builtin}'; the built-ins are ${[...names.keys()].join(', ')}`);
        const id = `${(0,slug/* slugOf */.t)(external_node_path_default().basename(args.repoDir), 'service')}-release`;
        definition = starterDefinition(builtin, id);
        note = `extends the built-in '${builtin}'`;
        let loaded = (0,command.loadDefinitionText)('preflight.yml', definition);
        if (!loaded.ok)
            return fail(`the starter definition does not load:\n${loaded.diagnostics.map(diagnostic/* formatDiagnostic */.xy).join('\n')}`);
        // A repository that tracks no Dockerfile and no compose file ships no image (yet): the container
        // items would only fail for want of one, so the starter leaves them out, saying so.
        const tracked = io.trackedFiles?.(args.repoDir);
        const containerItems = (0,model/* allItems */.a)(loaded.checklist)
            .filter((i) => i.source.file === 'builtin:docker')
            .map((i) => i.id);
        if (tracked && containerItems.length > 0 && !tracked.some((f) => CONTAINER_FILE.test(f))) {
            definition = starterDefinition(builtin, id, containerItems);
            note += `; no Dockerfile is tracked, so its ${containerItems.length} container items are left out`;
            loaded = (0,command.loadDefinitionText)('preflight.yml', definition);
            if (!loaded.ok)
                return fail(`the starter definition does not load:\n${loaded.diagnostics.map(diagnostic/* formatDiagnostic */.xy).join('\n')}`);
        }
        const items = (0,model/* allItems */.a)(loaded.checklist);
        counts = { items: items.length, automated: items.filter((i) => i.check).length };
    }
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(targets[0]), { recursive: true });
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(targets[1]), { recursive: true });
    (0,external_node_fs_.writeFileSync)(targets[0], definition);
    const actionRepo = io.actionRepo?.();
    (0,external_node_fs_.writeFileSync)(targets[1], (0,action_ref/* withActionRepo */.f)(WORKFLOW, actionRepo));
    io.stdout(`wrote ${DEFINITION_PATH} (${note}; ${counts.items} items, ${counts.automated} automated)\n` +
        `wrote ${WORKFLOW_PATH}${actionRepo ? ` (uses: ${actionRepo})` : " (set the action's uses: OWNER/preflight to the repository you install Preflight from)"}\n` +
        `next: run 'preflight check' here (add --target api=URL to probe the service too), set the\n` +
        `repository variable PRODUCTION_API_URL, and make the 'preflight' status a required check of the\n` +
        `release branch.\n`);
    return 0;
}


/***/ })

};
