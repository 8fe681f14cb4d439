import type { Mapping, Rule } from './types.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOCKERFILES = ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile'];
const DOCKER_RULES = ['non-root', 'healthcheck', 'pinned', 'no-secrets'];
/** docker.policy with one rule on: its other default rules off, so the item checks what it says. */
const dockerOnly = (rule: string) => Object.fromEntries(DOCKER_RULES.map((r) => [r, r === rule]));
const NOT_DOCS = ['**/*.md', '.github/**'];

/** `grep -r "CHANGE_THIS" … returns no results`: the pattern must not occur in tracked files. */
export const grepNothing: Rule = (item) => {
  if (!/(no (results|matches)|nothing|returns? empty)/.test(item.text)) return undefined;
  for (const code of item.code) {
    const m =
      /\bgrep\b[^"']*(["'])([^"']+)\1/.exec(code) ?? /\bgrep\s+(?:-\w+\s+)*()([^\s"'-]\S*)/.exec(code);
    if (!m?.[2]) continue;
    return {
      check: { kind: 'repo.forbidden-pattern', patterns: [escapeRegex(m[2])], exclude: NOT_DOCS },
      note: `from \`${code}\`: searches every tracked file (an untracked .env is not in the repository); documentation is left out`,
    };
  }
  return undefined;
};

export const envNotCommitted: Rule = (item) =>
  /\.env\b.*not (be )?committed|not commit\w* .*\.env\b|\.env\b.*(gitignored|in \.gitignore)/.test(item.text)
    ? {
        check: {
          kind: 'repo.untracked',
          paths: ['**/.env', '**/.env.*'],
          except: ['**/.env.example', '**/.env.sample', '**/.env.template'],
        },
      }
    : undefined;

export const noConsoleLog: Rule = (item) =>
  /no console\.log/.test(item.text)
    ? {
        check: {
          kind: 'repo.forbidden-pattern',
          patterns: ['console\\.log\\(', ...(/debug/.test(item.text) ? ['^\\s*debugger;?\\s*$'] : [])],
          include: ['**/*.js', '**/*.jsx', '**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs'],
          exclude: [
            '**/*.test.*',
            '**/*.spec.*',
            '**/test/**',
            '**/tests/**',
            '**/__tests__/**',
            '**/scripts/**',
          ],
        },
        note: 'guessed: application code only; test files and scripts may log',
      }
    : undefined;

const PRIVATE_KEYS: Mapping = {
  check: {
    kind: 'repo.forbidden-pattern',
    patterns: [
      '-----BEGIN [A-Z ]*PRIVATE KEY-----',
      '\\bAKIA[0-9A-Z]{16}\\b',
      '\\bgh[pousr]_[A-Za-z0-9]{36}\\b',
    ],
  },
  note: 'only well-known secret formats (private keys, AWS and GitHub tokens) are searched for',
};

export const noHardcodedSecrets: Rule = (item) =>
  /no hard-?coded (secrets|credentials|passwords)|secrets? (committed|in (the )?code)/.test(item.text)
    ? { check: { kind: 'repo.secrets' }, fallback: PRIVATE_KEYS }
    : undefined;

const SHELL_COMMAND =
  /^(?:cd\s+([\w./-]+)\s*&&\s*)?((?:npm|npx|pnpm|yarn|make|tsc|go|cargo|pytest)\b[^;&|]*)$/;

/** An item that names a command of the project (`cd backend && npm test`) and says it must succeed. */
export const projectCommand: Rule = (item) => {
  if (!/\b(pass|passes|passing|succeeds?|successful(ly)?|builds?|compiles?)\b/.test(item.text))
    return undefined;
  for (const code of item.code) {
    const m = SHELL_COMMAND.exec(code.trim());
    if (!m?.[2]) continue;
    const cwd = m[1]?.replace(/\/+$/, '');
    return { check: { kind: 'command', run: m[2].trim(), ...(cwd && cwd !== '.' ? { cwd } : {}) } };
  }
  return undefined;
};

export const typescriptCompiles: Rule = (item) =>
  /typescript (compil|build)|tsc (passes|succeeds)|type-?check(s|ing)? pass/.test(item.text)
    ? { check: { kind: 'command', run: 'npx tsc --noEmit' }, note: 'guessed: the root tsconfig.json' }
    : undefined;

export const testsPass: Rule = (item) => {
  const t = item.text;
  if (
    !/\btests? (pass|passes|passing|are green|green)\b/.test(t) ||
    /smoke|functional|integration|load/.test(t)
  )
    return undefined;
  return {
    check: { kind: 'command', run: 'npm test' },
    note: /backend and frontend|frontend and backend/.test(t)
      ? 'guessed: `npm test` at the root; add a cwd per package if they are separate'
      : 'guessed: the test script of package.json',
  };
};

export const lintPasses: Rule = (item) =>
  /\blint(ing|er)? (passes|pass|clean)/.test(item.text)
    ? { check: { kind: 'command', run: 'npm run lint' }, note: 'guessed: the lint script of package.json' }
    : undefined;

export const dockerNonRoot: Rule = (item) =>
  /non-root user|not run as root|runs? as (a )?non-root/.test(item.text)
    ? {
        check: { kind: 'docker.policy', ...dockerOnly('non-root') },
        fallback: {
          check: {
            kind: 'repo.required-pattern',
            files: DOCKERFILES,
            pattern: '^USER\\s+(?!root\\b|0\\b)\\S+',
            in: 'each',
          },
          note: 'each Dockerfile must switch to a user other than root',
        },
      }
    : undefined;

export const dockerHealthcheck: Rule = (item) =>
  /docker|container/.test(item.context) && /health ?checks? (implemented|defined|configured)/.test(item.text)
    ? {
        check: { kind: 'docker.policy', ...dockerOnly('healthcheck'), 'healthcheck-in-compose': true },
        fallback: {
          check: {
            kind: 'repo.required-pattern',
            files: DOCKERFILES,
            pattern: '^HEALTHCHECK\\s',
            'ignore-case': true,
          },
          note: 'guessed: a HEALTHCHECK instruction in a Dockerfile (a Compose healthcheck is not looked at)',
        },
      }
    : undefined;

export const multiStage: Rule = (item) =>
  /multi-stage builds?/.test(item.text)
    ? {
        check: {
          kind: 'repo.required-pattern',
          files: DOCKERFILES,
          pattern: '^FROM\\s+\\S+\\s+AS\\s+\\S+',
          'ignore-case': true,
        },
        note: 'guessed: a named build stage (FROM … AS name) shows a multi-stage build',
      }
    : undefined;

export const envExampleDocumented: Rule = (item) =>
  /\.env\.example\b.*(updated|documented)/.test(item.text)
    ? {
        check: { kind: 'env.documented' },
        fallback: {
          check: { kind: 'repo.files-exist', paths: ['**/.env.example'] },
          note: 'only checks that an .env.example exists, not that it lists every variable',
        },
      }
    : undefined;
