/** The `.github/preflight.yml` that `preflight init --extends NAME` writes: short, with the knobs shown. */
export function starterDefinition(builtin: string, id: string, noContainers: string[] = []): string {
  const disable =
    noContainers.length > 0
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
