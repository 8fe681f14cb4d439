import { describe, expect, test } from '@jest/globals';
import { formatDiagnostic } from '../../src/definition/diagnostic.js';
import { defaultRegistry } from '../../src/checks/registry.js';
import { load, messages, ONE_ITEM, type Files } from './harness.js';

/**
 * Malformed definitions: each must produce exactly these diagnostics, formatted as the CLI prints them
 * (`file:line:col: message`), sorted by file and position.
 */
interface Case {
  name: string;
  files: Files | string;
  expected: string[];
  env?: Record<string, string>;
  entry?: string;
}

const ID_HINT = 'an id uses lowercase letters, digits, "-", "_" and "." and starts with a letter or digit';
const DURATION_HINT =
  'a duration is a number of seconds or a string such as "500ms", "30s" or "2m", at most 60m';
const KINDS = [...defaultRegistry.keys()].join(', ');

/** A file with one item whose extra lines are `lines`, indented under the item. */
function oneItem(...lines: string[]): string {
  return `id: app
title: App
sections:
  - title: Release
    items:
      - id: readme
        title: Readme
${lines.map((l) => `        ${l}\n`).join('')}`;
}

const BASE = `id: base
title: Base
${ONE_ITEM}`;

const yamlSyntax: Case[] = [
  {
    name: 'bad indentation inside an item',
    files: `id: app
title: App
sections:
  - title: Release
    items:
      - id: readme
       title: Readme
`,
    expected: ['preflight.yml:7:1: YAML syntax: Sequence item without - indicator'],
  },
  {
    name: 'unclosed double quote points at the opening quote, not at the end of the file',
    files: `id: app
title: "App
${ONE_ITEM}`,
    expected: ['preflight.yml:2:8: YAML syntax: the string opened here has no closing "'],
  },
  {
    name: 'unclosed single quote inside a list',
    files: `id: app
title: App
sections:
  - title: 'Release
    items: []
`,
    expected: [`preflight.yml:4:12: YAML syntax: the string opened here has no closing '`],
  },
  {
    name: 'duplicate key points at the second one',
    files: `id: app
title: App
title: Again
${ONE_ITEM}`,
    expected: ['preflight.yml:3:1: YAML syntax: Map keys must be unique'],
  },
  {
    name: 'tab as indentation',
    files: `id: app\n\ttitle: App\n`,
    expected: ['preflight.yml:2:1: YAML syntax: Tabs are not allowed as indentation'],
  },
  {
    name: 'unclosed flow sequence',
    files: `id: app
title: App
extends: [repo-basics
sections: []
`,
    expected: [
      'preflight.yml:4:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  },
  {
    name: 'a second YAML document',
    files: `id: app
title: App
${ONE_ITEM}---
id: other
`,
    expected: [
      "preflight.yml:8:1: YAML syntax: a second document starts here: a definition file holds one document (remove the '---')",
    ],
  },
  {
    name: 'alias without an anchor',
    files: `id: app
title: *name
${ONE_ITEM}`,
    expected: ["preflight.yml:2:8: YAML: unknown alias '*name' (an anchor '&name' must come before it)"],
  },
  {
    name: 'alias bomb',
    files: `a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
`,
    expected: ['preflight.yml:1:1: YAML: too many aliases: the document expands to an excessive size'],
  },
  {
    name: 'flow nesting deeper than the limit points at the first collection too deep',
    files: `id: app\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    expected: ['preflight.yml:2:107: YAML: the document is nested too deeply (more than 100 levels)'],
  },
  {
    name: 'block nesting deeper than the limit',
    files: `id: app\ntitle: App\nsections:\n${Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n`,
    expected: ['preflight.yml:103:100: YAML: the document is nested too deeply (more than 100 levels)'],
  },
  {
    name: 'syntax errors after the first 20 are counted, not listed',
    files: `id: app\ntitle: App\n${Array.from({ length: 30 }, (_, i) => `k${i}: [\n`).join('')}`,
    expected: [
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `preflight.yml:${i + 4}:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      ),
      'preflight.yml:24:1: YAML syntax: 10 more errors from here on (fix the ones above first)',
    ],
  },
];

const shape: Case[] = [
  {
    name: 'empty file',
    files: '',
    expected: ['preflight.yml:1:1: the file is empty: a checklist needs at least an id'],
  },
  {
    name: 'a file with only comments',
    files: '# a checklist, some day\n\n',
    expected: ['preflight.yml:1:1: the file is empty: a checklist needs at least an id'],
  },
  {
    name: 'top level is a list',
    files: '- id: app\n- title: App\n',
    expected: ['preflight.yml:1:1: the document must be a mapping, not a list'],
  },
  {
    name: 'top level is a string',
    files: 'preflight checklist\n',
    expected: ['preflight.yml:1:1: the document must be a mapping, not a string'],
  },
  {
    name: 'unknown top-level key with a suggestion (and the title it was meant to be is missing)',
    files: `id: app\ntitel: App\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:1:1: the checklist is missing the key 'title' (required unless it extends another checklist)",
      "preflight.yml:2:1: unknown key 'titel' (did you mean 'title'?)",
    ],
  },
  {
    name: 'unknown top-level key without a close match lists the allowed keys',
    files: `id: app\ntitle: App\nowner: platform-team\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:3:1: unknown key 'owner'; allowed: id, title, extends, targets, applies-to, sections, override, disable, rollback",
    ],
  },
  {
    name: 'missing id points at the mapping, after leading comments',
    files: `# Release checklist\n\ntitle: App\n${ONE_ITEM}`,
    expected: ["preflight.yml:3:1: the document is missing the required key 'id'"],
  },
  {
    name: 'a key without a value points at the key',
    files: `id: app\ntitle:\n${ONE_ITEM}`,
    expected: ["preflight.yml:2:1: 'title' must be a string, not null"],
  },
  {
    name: 'invalid checklist id',
    files: `id: App_Release\ntitle: App\n${ONE_ITEM}`,
    expected: [`preflight.yml:1:5: 'id' has an invalid value 'App_Release': ${ID_HINT}`],
  },
  {
    name: 'checklist id too long',
    files: `id: ${'a'.repeat(101)}\ntitle: App\n${ONE_ITEM}`,
    expected: ["preflight.yml:1:5: 'id' is longer than 100 characters"],
  },
  {
    name: 'sections is a mapping',
    files: `id: app\ntitle: App\nsections:\n  title: Release\n`,
    expected: ["preflight.yml:4:3: 'sections' must be a list, not a mapping"],
  },
  {
    name: 'a section without items',
    files: `id: app\ntitle: App\nsections:\n  - title: Release\n`,
    expected: ["preflight.yml:4:5: 'sections[0]' is missing the required key 'items'"],
  },
  {
    name: 'an item that is a string',
    files: `id: app\ntitle: App\nsections:\n  - title: Release\n    items:\n      - readme\n`,
    expected: ["preflight.yml:6:9: 'sections[0].items[0]' must be a mapping, not a string"],
  },
  {
    name: 'applies-to with a misspelt key',
    files: `id: app\ntitle: App\napplies-to:\n  head-branch: [release/*]\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:4:3: unknown key 'head-branch' in 'applies-to' (did you mean 'head-branches'?)",
    ],
  },
  {
    name: 'extends is a number',
    files: `id: app\ntitle: App\nextends: 5\n${ONE_ITEM}`,
    expected: ["preflight.yml:3:10: 'extends' must be a string or a list, not a number"],
  },
];

const items: Case[] = [
  {
    name: 'unknown item key with a suggestion',
    files: oneItem('requird: false'),
    expected: [
      "preflight.yml:8:9: unknown key 'requird' in 'sections[0].items[0]' (did you mean 'required'?)",
    ],
  },
  {
    name: 'required is a string',
    files: oneItem('required: "yes"'),
    expected: ["preflight.yml:8:19: 'sections[0].items[0].required' must be true or false, not a string"],
  },
  {
    name: 'invalid item id',
    files: `id: app\ntitle: App\nsections:\n  - title: Release\n    items:\n      - id: Read Me\n        title: Readme\n`,
    expected: [`preflight.yml:6:13: 'sections[0].items[0].id' has an invalid value 'Read Me': ${ID_HINT}`],
  },
  {
    name: 'item id written without a value',
    files: `id: app\ntitle: App\nsections:\n  - title: Release\n    items:\n      - id:\n        title: Readme\n`,
    expected: ["preflight.yml:6:9: 'sections[0].items[0].id' must be a string, not null"],
  },
  {
    name: 'missing item title',
    files: `id: app\ntitle: App\nsections:\n  - title: Release\n    items:\n      - id: readme\n        description: Explains the service\n`,
    expected: ["preflight.yml:6:9: 'sections[0].items[0]' is missing the required key 'title'"],
  },
  {
    name: 'approvers on an automated item',
    files: oneItem(
      'approvers: { permission: maintain }',
      'check: { kind: repo.files-exist, paths: [README.md] }',
    ),
    expected: [
      "preflight.yml:8:9: 'sections[0].items[0].approvers': only manual items have approvers; this item has a check",
    ],
  },
  {
    name: 'reset-on-push on an automated item',
    files: oneItem('reset-on-push: true', 'check: { kind: repo.files-exist, paths: [README.md] }'),
    expected: [
      "preflight.yml:8:9: 'sections[0].items[0].reset-on-push': only manual items are reset on push; this item has a check",
    ],
  },
  {
    name: 'approvers permission with a suggestion',
    files: oneItem('approvers: { permission: maintainer }'),
    expected: [
      "preflight.yml:8:34: 'sections[0].items[0].approvers.permission' must be one of 'read', 'triage', 'write', 'maintain', 'admin', not 'maintainer' (did you mean 'maintain'?)",
    ],
  },
  {
    name: 'approvers GitHub cannot honour: read or triage access cannot edit the comment',
    files: oneItem('approvers: { permission: triage }'),
    expected: [
      "preflight.yml:8:34: 'sections[0].items[0].approvers.permission': people with triage access can never tick this box: only people with write access (and the comment's author) can edit someone else's comment on GitHub, so use write, maintain or admin",
    ],
  },
  {
    name: 'invalid duration text',
    files: oneItem('timeout: 2 minutes', 'check: { kind: command, run: npm test }'),
    expected: [
      `preflight.yml:8:18: 'sections[0].items[0].timeout' has an invalid value '2 minutes': ${DURATION_HINT}`,
    ],
  },
  {
    name: 'negative duration',
    files: oneItem('timeout: -5', 'check: { kind: command, run: npm test }'),
    expected: [`preflight.yml:8:18: 'sections[0].items[0].timeout' must be > 0: ${DURATION_HINT}`],
  },
  {
    name: 'zero duration written with a unit',
    files: oneItem('timeout: 0s', 'check: { kind: command, run: npm test }'),
    expected: [`preflight.yml:8:18: 'sections[0].items[0].timeout' must be at least 1ms: ${DURATION_HINT}`],
  },
  {
    name: 'invalid when key',
    files: oneItem('when:', '  branches: [main]'),
    expected: [
      "preflight.yml:9:11: unknown key 'branches' in 'sections[0].items[0].when'; allowed: paths, labels, base-branches",
    ],
  },
  {
    name: 'empty when',
    files: oneItem('when: {}'),
    expected: ["preflight.yml:8:15: 'sections[0].items[0].when' must not be empty"],
  },
];

const checks: Case[] = [
  {
    name: 'unknown check kind with a suggestion',
    files: oneItem('check:', '  kind: repo.file-exist', '  paths: [README.md]'),
    expected: ["preflight.yml:9:17: unknown check kind 'repo.file-exist' (did you mean 'repo.files-exist'?)"],
  },
  {
    name: 'unknown check kind without a close match lists the kinds',
    files: oneItem('check: { kind: lighthouse }'),
    expected: [`preflight.yml:8:24: unknown check kind 'lighthouse'; known kinds: ${KINDS}`],
  },
  {
    name: 'check without a kind',
    files: oneItem('check:', '  paths: [README.md]'),
    expected: ["preflight.yml:9:11: 'sections[0].items[0].check' is missing the required key 'kind'"],
  },
  {
    name: 'check written as a string',
    files: oneItem('check: repo.files-exist'),
    expected: ["preflight.yml:8:16: 'sections[0].items[0].check' must be a mapping, not a string"],
  },
  {
    name: 'unknown check parameter with a suggestion',
    files: oneItem('check:', '  kind: repo.files-exist', '  paths: [README.md]', '  path: README.md'),
    expected: [
      "preflight.yml:11:11: repo.files-exist: unknown key 'path' in 'sections[0].items[0].check' (did you mean 'paths'?)",
    ],
  },
  {
    name: 'unknown check parameter without a close match lists the parameters',
    files: oneItem('check:', '  kind: repo.files-exist', '  paths: [README.md]', '  recursive: true'),
    expected: [
      "preflight.yml:11:11: repo.files-exist: unknown key 'recursive' in 'sections[0].items[0].check'; allowed: paths, tracked-only, only-if, target",
    ],
  },
  {
    name: 'check parameter of the wrong type',
    files: oneItem('check:', '  kind: repo.files-exist', '  paths: README.md'),
    expected: [
      "preflight.yml:10:18: repo.files-exist: 'sections[0].items[0].check.paths' must be a list, not a string",
    ],
  },
  {
    name: 'missing required check parameter',
    files: oneItem('check:', '  kind: command'),
    expected: ["preflight.yml:9:11: command: 'sections[0].items[0].check' is missing the required key 'run'"],
  },
  {
    name: 'check parameter out of range',
    files: oneItem('check: { kind: command, run: make test, expect-exit: 256 }'),
    expected: ["preflight.yml:8:62: command: 'sections[0].items[0].check.expect-exit' must be <= 255"],
  },
  {
    name: 'invalid regex points at the exact list entry',
    files: oneItem(
      'check:',
      '  kind: repo.forbidden-pattern',
      '  patterns:',
      "    - 'TODO'",
      "    - 'console\\.log('",
    ),
    expected: [
      "preflight.yml:12:15: repo.forbidden-pattern: 'sections[0].items[0].check.patterns[1]' is not a valid regular expression: Unterminated group",
    ],
  },
  {
    name: 'invalid regex in a flow list',
    files: oneItem("check: { kind: repo.forbidden-pattern, patterns: ['a', '[z-a]'] }"),
    expected: [
      "preflight.yml:8:64: repo.forbidden-pattern: 'sections[0].items[0].check.patterns[1]' is not a valid regular expression: Range out of order in character class",
    ],
  },
];

const extendsCases: Case[] = [
  {
    name: 'an override that turns a manual item with approvers into an automated one',
    files: {
      'base.yml': `id: base
title: Base
sections:
  - title: Release
    items:
      - id: signoff
        title: Signed off
        approvers: { permission: maintain }
`,
      'preflight.yml': `id: app
extends: ./base.yml
override:
  signoff:
    check: { kind: repo.files-exist, paths: [SIGNOFF] }
`,
    },
    expected: [
      "preflight.yml:4:3: override 'signoff': the item now has a check, but only manual items have 'approvers'; disable it and add a new item instead",
    ],
  },
  {
    name: 'an empty extends list',
    files: `id: app
title: App
extends: []
${ONE_ITEM}`,
    expected: ["preflight.yml:3:10: 'extends' must list at least 1 entry"],
  },
  {
    name: 'duplicate item ids within a file',
    files: `id: app
title: App
sections:
  - title: Release
    items:
      - id: readme
        title: Readme
  - title: Docs
    items:
      - id: readme
        title: Readme again
`,
    expected: ["preflight.yml:10:13: duplicate item id 'readme' (first defined at preflight.yml:6:13)"],
  },
  {
    name: 'duplicate item id across extends',
    files: {
      'preflight.yml': `id: app\nextends: ./base.yml\n${ONE_ITEM}`,
      'base.yml': BASE,
    },
    expected: [
      "preflight.yml:6:13: duplicate item id 'readme' (first defined at base.yml:6:13); use 'override:' to change an extended item",
    ],
  },
  {
    name: 'duplicate item id against a built-in',
    files: `id: app
extends: repo-basics
sections:
  - title: Docs
    items:
      - id: changelog
        title: Changes are written down
`,
    expected: [
      "preflight.yml:6:13: duplicate item id 'changelog' (first defined at builtin:repo-basics:10:13); use 'override:' to change an extended item",
    ],
  },
  {
    name: 'the same id in two unrelated parents',
    files: {
      'preflight.yml': 'id: app\nextends: [./a.yml, ./b.yml]\n',
      'a.yml': `id: a\ntitle: A\n${ONE_ITEM}`,
      'b.yml': `id: b\ntitle: B\n${ONE_ITEM}`,
    },
    expected: [
      "b.yml:6:13: duplicate item id 'readme' (first defined at a.yml:6:13); use 'override:' to change an extended item",
    ],
  },
  {
    name: 'extends cycle a → b → a',
    files: {
      'a.yml': `id: a\ntitle: A\nextends: ./b.yml\n${ONE_ITEM}`,
      'b.yml': 'id: b\ntitle: B\nextends: ./a.yml\n',
    },
    entry: 'a.yml',
    expected: ['b.yml:3:10: extends cycle: a.yml → b.yml → a.yml'],
  },
  {
    name: 'a file that extends itself',
    files: `id: app\ntitle: App\nextends: ./preflight.yml\n${ONE_ITEM}`,
    expected: ['preflight.yml:3:10: extends cycle: preflight.yml → preflight.yml'],
  },
  {
    name: 'extends a missing file',
    files: `id: app\ntitle: App\nextends:\n  - repo-basics\n  - ./shared/release.yml\n`,
    expected: ["preflight.yml:5:5: cannot read 'shared/release.yml': no such file"],
  },
  {
    name: 'a parent extends a missing file',
    files: {
      'preflight.yml': 'id: app\nextends: ./base.yml\n',
      'base.yml': `id: base\ntitle: Base\nextends: ../gone.yml\n${ONE_ITEM}`,
    },
    expected: ["base.yml:3:10: cannot read '../gone.yml': no such file"],
  },
  {
    name: 'the entry file cannot be read',
    files: {},
    entry: '.github/preflight.yml',
    expected: ['.github/preflight.yml: cannot read the file: no such file'],
  },
  {
    name: 'unknown built-in with a suggestion',
    files: 'id: app\ntitle: App\nextends: repo-basic\n',
    expected: [
      "preflight.yml:3:10: unknown built-in checklist 'repo-basic' (did you mean 'repo-basics'?); a path needs a '/' or a .yml suffix",
    ],
  },
  {
    name: 'unknown built-in without a close match lists the built-ins',
    files: 'id: app\ntitle: App\nextends: [repo-basics, mobile-app]\n',
    expected: [
      "preflight.yml:3:24: unknown built-in checklist 'mobile-app'; built-ins: repo-basics, web-service; a path needs a '/' or a .yml suffix",
    ],
  },
  {
    name: 'a built-in may not extend by path',
    files: { 'builtin:mine': 'id: mine\ntitle: Mine\nextends: ../secrets.yml\n' },
    entry: 'builtin:mine',
    expected: [
      "builtin:mine:3:10: a built-in checklist extends others by name, not by path ('../secrets.yml')",
    ],
  },
  {
    name: 'override of a non-existent id',
    files: {
      'preflight.yml': 'id: app\nextends: ./base.yml\noverride:\n  reedme:\n    required: false\n',
      'base.yml': BASE,
    },
    expected: [
      "preflight.yml:4:3: override: no item 'reedme' in the extended checklists (did you mean 'readme'?)",
    ],
  },
  {
    name: 'override in a file that extends nothing',
    files: `id: app\ntitle: App\n${ONE_ITEM}override:\n  changelog: { required: false }\n`,
    expected: [
      "preflight.yml:9:3: override: 'changelog' — this file extends nothing, so there is no item to override",
    ],
  },
  {
    name: 'override with a misspelt field and bad check parameters',
    files: {
      'preflight.yml': `id: app
extends: ./base.yml
override:
  readme:
    requird: false
    check: { kind: repo.files-exist, path: [README.md] }
`,
      'base.yml': BASE,
    },
    expected: [
      "preflight.yml:5:5: unknown key 'requird' in 'override.readme' (did you mean 'required'?)",
      "preflight.yml:6:12: repo.files-exist: 'override.readme.check' is missing the required key 'paths'",
      "preflight.yml:6:38: repo.files-exist: unknown key 'path' in 'override.readme.check' (did you mean 'paths'?)",
    ],
  },
  {
    name: 'disable of non-existent ids',
    files: {
      'preflight.yml': 'id: app\nextends: repo-basics\ndisable:\n  - readme\n  - changelg\n  - sbom\n',
    },
    expected: [
      "preflight.yml:5:5: disable: no item 'changelg' in the extended checklists (did you mean 'changelog'?)",
      "preflight.yml:6:5: disable: no item 'sbom' in the extended checklists",
    ],
  },
  {
    name: 'disable in a file that extends nothing',
    files: `id: app\ntitle: App\ndisable: [changelog]\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:3:11: disable: 'changelog' — this file extends nothing, so there is no item to disable",
    ],
  },
];

const targets: Case[] = [
  {
    name: 'undefined target referenced by a check, with a suggestion',
    files: `id: app
title: App
targets:
  staging: https://staging.example.com
sections:
  - title: Release
    items:
      - id: readme
        title: Readme
        check:
          kind: repo.files-exist
          paths: [README.md]
          target: stagin
`,
    expected: ["preflight.yml:13:19: undefined target 'stagin' (did you mean 'staging'?)"],
  },
  {
    name: 'undefined target when no target is defined',
    files: oneItem('check: { kind: command, run: ./smoke.sh, target: prod }'),
    expected: ["preflight.yml:8:58: undefined target 'prod'; define it under targets:"],
  },
  {
    name: 'undefined target set by an override',
    files: {
      'preflight.yml': `id: app
extends: web-service
override:
  health:
    check: { kind: command, run: ./smoke.sh, target: production }
`,
    },
    expected: ["preflight.yml:5:54: undefined target 'production'; defined: prod"],
  },
  {
    name: 'unset environment variable in a target',
    files: `id: app\ntitle: App\ntargets:\n  prod: https://\${PROD_HOST}/api\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:4:9: target 'prod': environment variable 'PROD_HOST' is not set (or pass --target prod=URL)",
    ],
  },
  {
    name: 'two unset environment variables',
    files: `id: app\ntitle: App\ntargets:\n  prod: https://\${SUB}.\${DOMAIN}\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:4:9: target 'prod': environment variables 'SUB' and 'DOMAIN' are not set (or pass --target prod=URL)",
    ],
  },
  {
    name: 'an inherited target whose variable is unset',
    env: {},
    files: 'id: app\nextends: web-service\n',
    expected: [
      "builtin:web-service:5:9: target 'prod': environment variable 'HOST' is not set (or pass --target prod=URL)",
    ],
  },
  {
    name: 'a target that is not a URL',
    files: `id: app\ntitle: App\ntargets:\n  prod: example.com/api\n${ONE_ITEM}`,
    expected: ["preflight.yml:4:9: target 'prod' is not an absolute URL: 'example.com/api'"],
  },
  {
    name: 'a target that is not a URL after interpolation',
    files: `id: app\ntitle: App\ntargets:\n  prod: \${HOST}\n${ONE_ITEM}`,
    expected: ["preflight.yml:4:9: target 'prod' is not an absolute URL: '${HOST}'"],
  },
  {
    name: 'a malformed variable reference',
    files: `id: app\ntitle: App\ntargets:\n  prod: https://\${1HOST}\n${ONE_ITEM}`,
    expected: [
      "preflight.yml:4:9: target 'prod': '${1HOST}' is not a variable reference: use ${NAME} or ${NAME:-default} (or pass --target prod=URL)",
    ],
  },
  {
    name: 'an invalid target name points at the name',
    files: `id: app\ntitle: App\ntargets:\n  prod: https://example.com\n  2nd: https://example.org\n${ONE_ITEM}`,
    expected: [
      `preflight.yml:5:3: 'targets' has an invalid key '2nd': a target name starts with a letter and uses letters, digits, "-" and "_"`,
    ],
  },
];

const schemes: Case[] = [
  {
    name: 'a file:// target',
    files: `id: app\ntitle: App\ntargets:\n  prod: file:///etc/passwd\n${ONE_ITEM}`,
    expected: ["preflight.yml:4:9: target 'prod' must be an http(s) or ws(s) URL, not file"],
  },
  {
    name: 'a gopher target reached through a variable',
    env: { HOST: 'gopher://127.0.0.1:70/_x' },
    files: `id: app\ntitle: App\ntargets:\n  prod: \${HOST}\n${ONE_ITEM}`,
    expected: ["preflight.yml:4:9: target 'prod' must be an http(s) or ws(s) URL, not gopher"],
  },
  {
    name: 'a file:// url in an http.response check',
    files: oneItem("check: { kind: http.response, url: 'file:///etc/passwd' }"),
    expected: ["preflight.yml:8:44: http.response: 'url' must be an http(s) or ws(s) URL, not file"],
  },
  {
    name: 'a gopher url in an http.latency check',
    files: oneItem("check: { kind: http.latency, url: 'gopher://127.0.0.1:70/_GET' }"),
    expected: ["preflight.yml:8:43: http.latency: 'url' must be an http(s) or ws(s) URL, not gopher"],
  },
  {
    name: 'a data: url in a ws.handshake check',
    files: oneItem("check: { kind: ws.handshake, url: 'data:text/plain,hi' }"),
    expected: ["preflight.yml:8:43: ws.handshake: 'url' must be an http(s) or ws(s) URL, not data"],
  },
  {
    name: 'a file scheme written before a variable',
    files: oneItem("check: { kind: webhook.verify, url: 'file://${ROOT}/etc/passwd', token-env: T }"),
    expected: ["preflight.yml:8:45: webhook.verify: 'url' must be an http(s) or ws(s) URL, not file"],
  },
  {
    name: 'a glob that cannot be matched in linear time',
    files: oneItem("when: { paths: ['!(docs)/**'] }"),
    expected: [
      "preflight.yml:8:25: 'sections[0].items[0].when.paths[0]' '!(docs)/**' uses a negated group !(…), which cannot be matched in linear time: list what to leave out under exclude instead",
    ],
  },
  {
    name: 'a url that is not absolute',
    files: oneItem("check: { kind: tls.certificate, url: '/health' }"),
    expected: [
      "preflight.yml:8:46: tls.certificate: 'url' is not an absolute URL (such as https://example.com/health)",
    ],
  },
];

const whole: Case[] = [
  {
    name: 'a checklist with no sections',
    files: 'id: app\ntitle: App\n',
    expected: [
      'preflight.yml:1:1: the checklist has no items: add sections with items, or extend a checklist',
    ],
  },
  {
    name: 'a checklist whose sections are empty',
    files: 'id: app\ntitle: App\nsections:\n  - title: Release\n    items: []\n',
    expected: [
      'preflight.yml:1:1: the checklist has no items: add sections with items, or extend a checklist',
    ],
  },
  {
    name: 'values with line breaks and control characters stay on one line',
    files: `id: "app\\nrelease"\ntitle: App\n${ONE_ITEM}`,
    expected: [`preflight.yml:1:5: 'id' has an invalid value 'app\\nrelease': ${ID_HINT}`],
  },
  {
    name: 'a check kind message about a value with a line break stays on one line',
    files: oneItem('check: { kind: repo.forbidden-pattern, patterns: ["a(\\nb"] }'),
    expected: [
      "preflight.yml:8:59: repo.forbidden-pattern: 'sections[0].items[0].check.patterns[0]' is not a valid regular expression: Unterminated group",
    ],
  },
  {
    name: 'a very long value is cut',
    files: `id: app\ntitle: App\n${ONE_ITEM}        timeout: ${'x'.repeat(500)}\n`,
    expected: [
      `preflight.yml:8:18: 'sections[0].items[0].timeout' has an invalid value '${'x'.repeat(79)}…': ${DURATION_HINT}`,
    ],
  },
  {
    name: 'a very long key is cut in the path',
    files: {
      'preflight.yml': `id: app\nextends: repo-basics\noverride:\n  ${'k'.repeat(100)}: false\n`,
    },
    expected: [`preflight.yml:4:105: 'override.${'k'.repeat(39)}…' must be a mapping, not a boolean`],
  },
  {
    name: 'multiple problems in one file are all reported, in order',
    files: `id: App
titel: App
sections:
  - title: Release
    items:
      - id: readme
        title: Readme
        required: "yes"
      - id: readme
        title: Again
        check: { kind: repo.files-exist, paths: [], trackd: true }
      - title: no id
        when: { labels: [release], branch: main }
`,
    expected: [
      "preflight.yml:1:1: the checklist is missing the key 'title' (required unless it extends another checklist)",
      `preflight.yml:1:5: 'id' has an invalid value 'App': ${ID_HINT}`,
      "preflight.yml:2:1: unknown key 'titel' (did you mean 'title'?)",
      "preflight.yml:8:19: 'sections[0].items[0].required' must be true or false, not a string",
      "preflight.yml:9:13: duplicate item id 'readme' (first defined at preflight.yml:6:13)",
      "preflight.yml:11:49: repo.files-exist: 'sections[0].items[1].check.paths' must list at least 1 entry",
      "preflight.yml:11:53: repo.files-exist: unknown key 'trackd' in 'sections[0].items[1].check'; allowed: paths, tracked-only, only-if, target",
      "preflight.yml:12:9: 'sections[0].items[2]' is missing the required key 'id'",
      "preflight.yml:13:36: unknown key 'branch' in 'sections[0].items[2].when'; allowed: paths, labels, base-branches",
    ],
  },
  {
    name: 'problems in several files are reported together, sorted by file',
    files: {
      'preflight.yml': `id: app\nextends: [./base.yml, ./other.yml]\ntitle: App\n${ONE_ITEM}        requird: true\n`,
      'base.yml': `id: base\ntitle: 5\n`,
      'other.yml': `id: Other\ntitle: Other\n`,
    },
    expected: [
      `other.yml:1:5: 'id' has an invalid value 'Other': ${ID_HINT}`,
      "base.yml:2:8: 'title' must be a string, not a number",
      "preflight.yml:9:9: unknown key 'requird' in 'sections[0].items[0]' (did you mean 'required'?)",
    ].sort(),
  },
];

const groups: Array<[string, Case[]]> = [
  ['YAML syntax', yamlSyntax],
  ['document shape', shape],
  ['items', items],
  ['checks', checks],
  ['extends, override and disable', extendsCases],
  ['targets', targets],
  ['URL schemes', schemes],
  ['whole checklist', whole],
];

describe.each(groups)('%s', (_group, cases) => {
  test.each(cases)('$name', ({ files, expected, env, entry }) => {
    const result = load(files, { entry, ...(env ? { env } : {}) });
    const got = messages(result);
    expect(got).toEqual(expected);
    if (!result.ok) {
      for (const d of result.diagnostics) {
        expect(d.message).not.toMatch(/[\n\r]/);
        expect(d.message).not.toMatch(/\bat \S+ \(|Error:/);
        expect(formatDiagnostic(d)).toBe(expected[result.diagnostics.indexOf(d)]);
      }
    }
  });
});

test('there are at least 20 malformed cases', () => {
  expect(groups.reduce((n, [, cases]) => n + cases.length, 0)).toBeGreaterThanOrEqual(20);
});

test('a target override suppresses the missing-variable error, but not other problems', () => {
  const text = `id: app\ntitle: App\ntargets:\n  prod: https://\${PROD_HOST}\n${ONE_ITEM}        requird: true\n`;
  expect(messages(load(text, { targetOverrides: { prod: 'https://override.example' } }))).toEqual([
    "preflight.yml:10:9: unknown key 'requird' in 'sections[0].items[0]' (did you mean 'required'?)",
  ]);
});

test('a file over the size limit is refused before it is parsed', () => {
  const text = `id: app\ntitle: App\n${ONE_ITEM}        description: "${'x'.repeat(1024 * 1024)}"\n`;
  expect(messages(load(text))).toEqual(['preflight.yml:1:1: the file is larger than 1048576 bytes']);
});
