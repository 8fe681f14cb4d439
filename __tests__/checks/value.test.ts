import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { value } from '../../src/checks/repo/value.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { paramProblems, runKind } from './run-kind.js';

const PACKAGE = {
  name: 'svc',
  version: '1.2.3',
  private: true,
  scripts: { test: 'jest', lint: '' },
  engines: { node: '>=20' },
  files: [],
  config: { 'key.with.dots': 'yes' },
  a: { b: [{ c: 42 }] },
};

const VALUES_YAML = `image:
  tag: "1.2.3"
replicas: 3
env:
  - name: LOG_LEVEL
    value: info
resources: {}
unset: ~
"key.with.dots": dotted
`;

// As `tsc --init` writes it: comments of both kinds, a URL and comment marks inside strings, trailing commas.
const TSCONFIG = `{
  /* Visit https://aka.ms/tsconfig to read more */
  "note": "say \\"hi\\" // still the string",
  "compilerOptions": {
    "target": "es2022", // the output's language level
    "strict": true,
    "outDir": "./dist/*", /* not a comment: */
    "paths": { "@/*": ["src/*"], },
  },
}
`;

let repo: TestRepo;

beforeAll(async () => {
  repo = await makeRepo({
    'package.json': `${JSON.stringify(PACKAGE, null, 2)}\n`,
    'deploy/values.yaml': VALUES_YAML,
    'deploy/values.txt': '{"replicas": 5}\n',
    'bom.json': `\uFEFF${JSON.stringify({ version: '2.0.0' })}\n`,
    'broken.json': '{"a": 1,,}\n',
    'broken.yaml': 'a: [1, 2\n',
    'tsconfig.json': TSCONFIG,
    'tsconfig.build.json': '{ "compilerOptions": { "strict": false, }, }\n',
    'settings.json': '{ "a": 1 } // trailing\n',
    'tsconfig.broken.json': '{\n  // a comment\n  "compilerOptions": { "strict": true\n}\n',
  });
});
afterAll(cleanupRepos);

const run = (params: Record<string, unknown>) => runKind(value, params, repo.context());

describe('repo.value paths', () => {
  it('reads a dotted path from JSON: scripts.test', async () => {
    const out = await run({ file: 'package.json', path: 'scripts.test' });
    expect(out).toEqual({
      status: 'pass',
      summary: 'package.json scripts.test is "jest"',
      evidence: { file: 'package.json', path: 'scripts.test', present: true, value: '"jest"' },
    });
  });

  it('reads list entries: a.b[0].c', async () => {
    const out = await run({ file: 'package.json', path: 'a.b[0].c', equals: 42 });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('package.json a.b[0].c is 42');
    const beyond = await run({ file: 'package.json', path: 'a.b[1].c' });
    expect(beyond.status).toBe('fail');
    expect(beyond.summary).toBe('package.json a.b[1].c is missing');
  });

  it('reads keys that contain dots: ["key.with.dots"]', async () => {
    const nested = await run({ file: 'package.json', path: 'config["key.with.dots"]', equals: 'yes' });
    expect(nested.status).toBe('pass');
    const top = await run({ file: 'deploy/values.yaml', path: '["key.with.dots"]', equals: 'dotted' });
    expect(top.status).toBe('pass');
    expect(top.summary).toBe('deploy/values.yaml ["key.with.dots"] is "dotted"');
  });

  it('takes a path as a list of keys and indices', async () => {
    const out = await run({ file: 'package.json', path: ['a', 'b', 0, 'c'], equals: 42 });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('package.json a.b.0.c is 42');
    const dotted = await run({ file: 'package.json', path: ['config', 'key.with.dots'], equals: 'yes' });
    expect(dotted.status).toBe('pass');
  });

  it('does not read from the end of a list with a negative index', async () => {
    const out = await run({ file: 'package.json', path: ['a', 'b', -1] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('package.json a.b.-1 is missing');
  });

  it('reads YAML, by file name or by format', async () => {
    const yaml = await run({ file: 'deploy/values.yaml', path: 'env[0].value', equals: 'info' });
    expect(yaml.status).toBe('pass');
    const forced = await run({ file: 'deploy/values.txt', path: 'replicas', format: 'json', equals: 5 });
    expect(forced.status).toBe('pass');
  });

  it('reads tsconfig.json as JSON with comments, and plain .json strictly', async () => {
    const strict = await run({ file: 'tsconfig.json', path: 'compilerOptions.strict', equals: true });
    expect(strict.status).toBe('pass');
    const out = await run({ file: 'tsconfig.json', path: 'compilerOptions.outDir', equals: './dist/*' });
    expect(out.status).toBe('pass');
    const paths = await run({ file: 'tsconfig.json', path: ['compilerOptions', 'paths', '@/*', 0] });
    expect(paths.summary).toBe('tsconfig.json compilerOptions.paths.@/*.0 is "src/*"');
    const note = await run({ file: 'tsconfig.json', path: 'note', equals: 'say "hi" // still the string' });
    expect(note.status).toBe('pass');
    const build = await run({ file: 'tsconfig.build.json', path: 'compilerOptions.strict', equals: true });
    expect(build.status).toBe('fail');
    expect(build.summary).toBe('tsconfig.build.json compilerOptions.strict is false, expected true');
    const plain = await run({ file: 'settings.json', path: 'a' });
    expect(plain.status).toBe('error');
    const forced = await run({ file: 'settings.json', path: 'a', format: 'jsonc', equals: 1 });
    expect(forced.status).toBe('pass');
  });

  it('refuses JSON with comments that does not parse, naming the line and column, not a half-read value', async () => {
    // jsonc-parser returns what it could read of a broken file; the check must not judge that.
    const out = await run({ file: 'tsconfig.broken.json', path: 'compilerOptions.strict', equals: true });
    expect(out).toEqual({
      status: 'error',
      summary:
        'tsconfig.broken.json is not valid JSON (with comments): CloseBraceExpected at line 5, column 1',
    });
  });

  it('reads JSON that starts with a byte order mark', async () => {
    const out = await run({ file: 'bom.json', path: 'version', equals: '2.0.0' });
    expect(out.status).toBe('pass');
  });
});

describe('repo.value assertions', () => {
  it('fails with a finding on the file when the value is missing', async () => {
    const out = await run({ file: 'package.json', path: 'scripts.build' });
    expect(out).toEqual({
      status: 'fail',
      summary: 'package.json scripts.build is missing',
      evidence: { file: 'package.json', path: 'scripts.build', present: false },
      findings: [{ file: 'package.json', message: 'package.json scripts.build is missing' }],
    });
  });

  it('exists: true and exists: false', async () => {
    expect((await run({ file: 'package.json', path: 'scripts.test', exists: true })).status).toBe('pass');
    const missing = await run({ file: 'package.json', path: 'scripts.build', exists: true });
    expect(missing.status).toBe('fail');
    expect(missing.summary).toBe('package.json scripts.build is missing');

    const absent = await run({ file: 'package.json', path: 'scripts.build', exists: false });
    expect(absent).toEqual({
      status: 'pass',
      summary: 'package.json scripts.build is absent',
      evidence: { file: 'package.json', path: 'scripts.build', present: false },
    });
    const present = await run({ file: 'package.json', path: 'scripts.test', exists: false });
    expect(present.status).toBe('fail');
    expect(present.summary).toBe('package.json scripts.test is present but must not be');
    // A null value is present.
    expect((await run({ file: 'deploy/values.yaml', path: 'unset', exists: true })).summary).toBe(
      'deploy/values.yaml unset is null',
    );
  });

  it('equals compares deeply', async () => {
    const same = await run({ file: 'package.json', path: 'engines', equals: { node: '>=20' } });
    expect(same.status).toBe('pass');
    expect(same.summary).toBe('package.json engines is {"node":">=20"}');
    const other = await run({ file: 'package.json', path: 'engines', equals: { node: '>=18' } });
    expect(other.status).toBe('fail');
    expect(other.summary).toBe('package.json engines is {"node":">=20"}, expected {"node":">=18"}');
    const list = await run({
      file: 'deploy/values.yaml',
      path: 'env',
      equals: [{ name: 'LOG_LEVEL', value: 'info' }],
    });
    expect(list.status).toBe('pass');
    // No type coercion: the string "3" is not the number 3.
    const typed = await run({ file: 'deploy/values.yaml', path: 'replicas', equals: '3' });
    expect(typed.status).toBe('fail');
    expect(typed.summary).toBe('deploy/values.yaml replicas is 3, expected "3"');
    const missing = await run({ file: 'package.json', path: 'nope', equals: 1 });
    expect(missing.summary).toBe('package.json nope is missing');
  });

  it('one-of', async () => {
    expect((await run({ file: 'deploy/values.yaml', path: 'replicas', 'one-of': [2, 3] })).status).toBe(
      'pass',
    );
    const out = await run({ file: 'deploy/values.yaml', path: 'replicas', 'one-of': [1, 2] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('deploy/values.yaml replicas is 3, expected one of 1, 2');
    expect(out.findings).toEqual([{ file: 'deploy/values.yaml', message: out.summary }]);
  });

  it('matches tests the value as text', async () => {
    const semver = await run({ file: 'package.json', path: 'version', matches: '^\\d+\\.\\d+\\.\\d+$' });
    expect(semver.status).toBe('pass');
    const number = await run({ file: 'deploy/values.yaml', path: 'replicas', matches: '^3$' });
    expect(number.status).toBe('pass');
    const out = await run({ file: 'deploy/values.yaml', path: 'image.tag', matches: '^v' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('deploy/values.yaml image.tag is "1.2.3", which does not match /^v/');
  });

  it('not-empty', async () => {
    expect((await run({ file: 'package.json', path: 'scripts.test', 'not-empty': true })).status).toBe(
      'pass',
    );
    expect((await run({ file: 'deploy/values.yaml', path: 'replicas', 'not-empty': true })).status).toBe(
      'pass',
    );
    for (const [file, where] of [
      ['package.json', 'scripts.lint'],
      ['package.json', 'files'],
      ['deploy/values.yaml', 'resources'],
      ['deploy/values.yaml', 'unset'],
    ] as const) {
      const out = await run({ file, path: where, 'not-empty': true });
      expect(out.status).toBe('fail');
      expect(out.summary).toBe(`${file} ${where} is empty`);
    }
  });

  it('a missing file fails, unless the value must not exist', async () => {
    const out = await run({ file: 'nope.json', path: 'a' });
    expect(out).toEqual({
      status: 'fail',
      summary: 'nope.json does not exist',
      evidence: { file: 'nope.json' },
    });
    const absent = await run({ file: 'nope.json', path: 'a', exists: false });
    expect(absent).toEqual({ status: 'pass', summary: 'nope.json does not exist, so a is absent' });
  });

  it('an unparsable file is an error, not a failure', async () => {
    const json = await run({ file: 'broken.json', path: 'a' });
    expect(json.status).toBe('error');
    expect(json.summary).toMatch(/^broken\.json is not valid JSON: \S/);
    expect(json.summary).not.toContain('\n');
    const yaml = await run({ file: 'broken.yaml', path: 'a' });
    expect(yaml.status).toBe('error');
    expect(yaml.summary).toMatch(/^broken\.yaml is not valid YAML: \S/);
  });
});

describe('repo.value parameters', () => {
  it('accepts the path forms it reads', () => {
    for (const path of ['scripts.test', 'a.b[0].c', '["key.with.dots"]', 'config["a.b"].c', '[0]']) {
      expect(paramProblems(value, { file: 'x.json', path })).toEqual([]);
    }
    expect(paramProblems(value, { file: 'x.json', path: ['a', 0] })).toEqual([]);
  });

  it('validate() rejects a bad path string', () => {
    const message = `path: is not a valid path: use keys separated by '.', and [n] for list entries`;
    for (const path of ['a..b', '.a', 'a.', 'a[x]', 'a["b]', '[-1]']) {
      expect(paramProblems(value, { file: 'x.json', path })).toEqual([message]);
    }
  });

  it('validate() rejects a bad regular expression', () => {
    expect(paramProblems(value, { file: 'x.json', path: 'a', matches: '(unclosed' })).toEqual([
      'matches: is not a valid regular expression: Unterminated group',
    ]);
  });

  it('validate() keeps the file inside the repository', () => {
    for (const file of ['../secrets.json', '/etc/passwd', 'a/../../b.json']) {
      expect(paramProblems(value, { file, path: 'a' })).toEqual([
        'file: must stay inside the repository (a relative path without "..")',
      ]);
    }
  });
});
