/**
 * The hardened workflow the README shows under "A hardened setup" (a test keeps the two identical, and
 * runs this text step by step against the GitHub API double). Preflight writes as its own GitHub App, with
 * a token from actions/create-github-app-token whose key, like the record key, is a secret of an
 * environment only the default branch may use; the workflow's own GITHUB_TOKEN can only read.
 * GitHub's docs: "Events that trigger workflows" (pull_request_target runs the base branch's workflow),
 * "Managing environments for deployment" (deployment branches), "Automatic token authentication"
 * (permissions), actions/checkout's README (ref, persist-credentials), actions/create-github-app-token's
 * action.yml (app-id, private-key, permission-*, outputs token and app-slug).
 */
export const HARDENED_WORKFLOW = `# .github/workflows/preflight.yml — the hardened setup (see "A hardened setup" for the settings it needs)
name: Preflight
on:
  pull_request_target: # the base branch's workflow and checklist; the head is only read, never run
    types: [opened, synchronize, reopened, edited, labeled, unlabeled, ready_for_review]
  issue_comment:
    types: [edited] # a box ticked or unticked in the checklist comment
  schedule:
    - cron: '0 5 * * *' # re-check the URLs of open release PRs every night (optional)
  workflow_dispatch:
permissions: {} # the workflow's GITHUB_TOKEN gets nothing by default
jobs:
  checklist:
    name: Preflight checklist run
    # Only edits of the comment Preflight's app wrote start a job (PREFLIGHT_APP_SLUG: a repository variable).
    if: >-
      github.event_name != 'issue_comment' || (github.event.issue.pull_request &&
      github.event.comment.user.login == format('{0}[bot]', vars.PREFLIGHT_APP_SLUG) &&
      startsWith(github.event.comment.body, '<!-- preflight:comment '))
    concurrency:
      group: preflight-\${{ github.event_name == 'issue_comment' && 'ticks' || 'runs' }}-\${{ github.event.pull_request.number || github.event.issue.number || github.ref }}
      cancel-in-progress: false
    # Holds PREFLIGHT_APP_PRIVATE_KEY and PREFLIGHT_RECORD_KEY; only the default branch may deploy to it.
    environment: preflight
    permissions:
      contents: read # actions/checkout only; Preflight writes with the app's token
    runs-on: ubuntu-latest
    steps:
      - id: app
        uses: actions/create-github-app-token@v2
        with:
          app-id: \${{ vars.PREFLIGHT_APP_ID }}
          private-key: \${{ secrets.PREFLIGHT_APP_PRIVATE_KEY }}
          permission-contents: read # the checklist at the base commit
          permission-pull-requests: write # the checklist comment
          permission-statuses: write # the \`preflight\` commit status
          permission-checks: read # only for \`github.checks-green\` items
      # The pull request's head, read-only: no credentials left in .git/config, nothing of it is executed.
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
          fetch-depth: 0 # the base commit, for \`when: paths\`
      - id: preflight
        uses: OWNER/preflight@v0
        with:
          token: \${{ steps.app.outputs.token }}
          bot-login: \${{ steps.app.outputs.app-slug }}[bot]
          record-key: \${{ secrets.PREFLIGHT_RECORD_KEY }}
          checklist: .github/preflight.yml
          targets: |
            api=\${{ vars.PRODUCTION_API_URL }}
          recheck-label: release # scheduled runs re-check PRs with this label
        env:
          JWT_SECRET: \${{ secrets.JWT_SECRET }}
`;
