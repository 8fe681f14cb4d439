import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRegistry } from '../../src/checks/registry.js';
import { importFile, repoScriptsOf, repoStackOf } from '../../src/import/command.js';
import { importMarkdown } from '../../src/import/index.js';
import { documentFacts } from '../../src/import/rules/index.js';

// The stack decides the test command of "All tests passing": from the document's words, else from the
// files at the root of the repository the import runs in.
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function repoWith(...files: string[]): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-stack-'));
  for (const f of files) writeFileSync(path.join(dir, f), '');
  return dir;
}

describe('the stack of a checklist', () => {
  test('a .NET document: NuGet, dotnet, .NET as a word, C#, a .csproj', () => {
    for (const words of [
      'NuGet package published',
      'run dotnet build',
      'targets .NET 8',
      'C# analyzers clean',
      'version in Shop.csproj',
    ])
      expect(documentFacts([words]).stack).toBe('dotnet');
  });

  test('a host name ending in .net is not .NET', () => {
    expect(documentFacts(['DNS for api.example.net resolves']).stack).toBeUndefined();
    expect(documentFacts(['DNS for api.example.net resolves'], 'go').stack).toBe('go');
  });

  test('a repository with a project or solution file at its root is .NET; with package.json too, none', () => {
    expect(repoStackOf(repoWith('Shop.sln', 'README.md'))).toBe('dotnet');
    rmSync(dir as string, { recursive: true, force: true });
    expect(repoStackOf(repoWith('Api.csproj'))).toBe('dotnet');
    rmSync(dir as string, { recursive: true, force: true });
    expect(repoStackOf(repoWith('Api.csproj', 'package.json'))).toBeUndefined();
    rmSync(dir as string, { recursive: true, force: true });
    expect(repoStackOf(repoWith('package.json'))).toBe('node');
  });
});

describe('the stack of a part', () => {
  const checksOf = (lines: string[], repoStack?: 'node' | 'python') => {
    const md = ['# Release', '## Checks', ...lines.map((l) => `- [ ] ${l}`)].join('\n');
    const result = importMarkdown(md, {
      registry: defaultRegistry,
      source: 'x.md',
      ...(repoStack ? { repoStack } : {}),
    });
    if (!result.ok) throw new Error(result.message);
    return result.explanations.map((e) => e.checks.map((c) => c.check));
  };

  test('Java by its build tools or a JDK version, not the word in a list of languages', () => {
    expect(documentFacts(['Runs on Java 21']).stack).toBe('java');
    expect(documentFacts(['mvn verify is green']).stack).toBe('java');
    expect(documentFacts(['Support for more languages (Java, Kotlin)']).stack).toBeUndefined();
    expect(repoStackOf(repoWith('pom.xml'))).toBe('java');
  });

  test('a Maven backend beside a Node frontend at the root: each part takes its own commands', () => {
    const [lint, backend, all] = checksOf(
      ['Frontend lint passes', 'Backend tests pass (Java 21)', 'All tests passing'],
      'node',
    );
    expect(lint).toEqual([{ kind: 'command', run: 'npm run lint', cwd: 'frontend' }]);
    expect(backend).toEqual([{ kind: 'command', run: 'mvn test', cwd: 'backend' }]);
    // With no part named, the document's stack decides, as before.
    expect(all).toEqual([{ kind: 'command', run: 'mvn test' }]);
  });

  test('a Python API and a React frontend: the frontend is Node, the backend Python', () => {
    const [front, back] = checksOf([
      'Frontend build succeeds (React)',
      'Backend tests pass (pytest, FastAPI)',
    ]);
    expect(front).toEqual([{ kind: 'command', run: 'npm run build', cwd: 'frontend' }]);
    expect(back).toEqual([{ kind: 'command', run: 'pytest', cwd: 'backend' }]);
  });
});

describe('the scripts of the repository', () => {
  test('a root command is one of the scripts package.json has, or the item stays manual and says why', () => {
    const repo = repoWith();
    writeFileSync(
      path.join(repo, 'package.json'),
      JSON.stringify({ scripts: { compile: 'tsc -p ./', lint: 'eslint src' } }),
    );
    writeFileSync(
      path.join(repo, 'RELEASE.md'),
      ['# Release', '## Checks', '- [ ] Build succeeds', '- [ ] Lint passes', '- [ ] All tests pass'].join(
        '\n',
      ),
    );
    expect(repoScriptsOf(repo)).toEqual(['compile', 'lint']);
    const result = importFile('RELEASE.md', repo);
    if (!result.ok) throw new Error(result.message);
    const [build, lint, tests] = result.explanations;
    expect(build?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'npm run compile' }]);
    expect(result.yaml).toMatch(/# guessed: package.json has no build script: compile is run in its place/);
    expect(lint?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'npm run lint' }]);
    expect(tests?.checks).toEqual([]);
    expect(tests?.manual).toMatch(/package.json has no "test" script/);
  });

  test('a package.json that does not parse, or without a scripts object, tells nothing or that it has none', () => {
    const repo = repoWith('package.json');
    expect(repoScriptsOf(repo)).toBeUndefined();
    writeFileSync(path.join(repo, 'package.json'), '{"name": "x"}');
    expect(repoScriptsOf(repo)).toEqual([]);
    writeFileSync(path.join(repo, 'package.json'), '{"scripts": ["test"]}');
    expect(repoScriptsOf(repo)).toBeUndefined();
  });
});

describe('a Flutter app', () => {
  test('named by its tool or its manifest: tests run with flutter test, analysis stands for lint', () => {
    expect(documentFacts(['Bump the version in pubspec.yaml']).stack).toBe('flutter');
    expect(documentFacts(['flutter build apk --release works']).stack).toBe('flutter');
    expect(repoStackOf(repoWith('pubspec.yaml'))).toBe('flutter');
    const md = [
      '# App release',
      '## Checks',
      '- [ ] Update version number in `pubspec.yaml`',
      '- [ ] **Unit Tests**: All unit tests pass',
      '- [ ] **Code Quality**: Linting and code analysis pass',
    ].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'x.md' });
    if (!result.ok) throw new Error(result.message);
    const [, tests, lint] = result.explanations.map((e) => e.checks.map((c) => c.check));
    expect(tests).toEqual([{ kind: 'command', run: 'flutter test' }]);
    expect(lint).toEqual([{ kind: 'command', run: 'flutter analyze' }]);
  });
});

describe('a part named by the nearest step', () => {
  test('"Frontend" above the item gives Node\'s commands in a Python repository, with no folder', () => {
    const md = [
      '# Go-live',
      '## Backend',
      '- [ ] All tests pass',
      '## 2. Frontend Configuration',
      '- [ ] Build process working',
    ].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'x.md', repoStack: 'python' });
    if (!result.ok) throw new Error(result.message);
    const [tests, build] = result.explanations.map((e) => e.checks.map((c) => c.check));
    expect(tests).toEqual([{ kind: 'command', run: 'pytest' }]);
    expect(build).toEqual([{ kind: 'command', run: 'npm run build' }]);
  });
});
