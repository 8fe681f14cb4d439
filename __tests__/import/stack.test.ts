import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoStackOf } from '../../src/import/command.js';
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
