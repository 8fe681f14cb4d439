/**
 * The workflow `preflight init` writes: the one README.md shows under "Use it in a workflow" (a test keeps
 * the two identical). Events, permissions and concurrency matter; see the README for why each is there.
 * Concurrency follows GitHub's docs ("Control the concurrency of workflows and jobs"): at most one running
 * and one pending job per group, and a new pending one cancels the older pending one.
 */
export const WORKFLOW_PATH = '.github/workflows/preflight.yml';

export const WORKFLOW = `# .github/workflows/preflight.yml  (do not add a \`paths:\` filter: a skipped required check stays "expected")
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
