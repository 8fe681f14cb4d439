import { describe, expect, test } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { importMarkdown } from '../../src/import/index.js';
import { compilePattern } from '../../src/util/pattern.js';

/** The one check an item under "## Code" becomes. */
function checkOf(item: string): Record<string, unknown> {
  const result = importMarkdown(`# Release\n## Code\n- [ ] ${item}\n`, {
    registry: defaultRegistry,
    source: 'release.md',
  });
  if (!result.ok) throw new Error(result.message);
  const [explained] = result.explanations;
  expect(explained?.checks).toHaveLength(1);
  return explained?.checks[0]?.check as Record<string, unknown>;
}

/** Whether any of a check's patterns finds something in the text, as the gate runs them (RE2, multiline). */
function finds(check: Record<string, unknown>, text: string): boolean {
  return (check.patterns as string[]).some((p) => compilePattern(p, { multiline: true }).test(text));
}

describe('debugging leftovers: the patterns the import writes find what the item names, and only that', () => {
  test('Python breakpoints', () => {
    const check = checkOf('No `from pdb import set_trace()` or breakpoints');
    expect(check.include).toEqual(['**/*.py']);
    expect(finds(check, 'x = 1\nbreakpoint()\n')).toBe(true);
    expect(finds(check, 'import pdb; pdb.set_trace()\n')).toBe(true);
    expect(finds(check, 'from pdb import set_trace\n')).toBe(true);
    expect(finds(check, 'import ipdb\n')).toBe(true);
    expect(finds(check, 'def set_breakpoint_handler(): pass\nsetup_pdbx = 1\n')).toBe(false);
  });

  test('debugger statements in JavaScript', () => {
    const check = checkOf('No debugger statements');
    expect(finds(check, 'function f() {\n  debugger;\n}\n')).toBe(true);
    expect(finds(check, 'const debuggerEnabled = false; // debugger off\n')).toBe(false);
  });

  test('localhost URLs', () => {
    const check = checkOf('No hardcoded localhost references');
    expect(check.exclude).toContain('**/*.config.*');
    expect(finds(check, "fetch('http://localhost:8000/api')\n")).toBe(true);
    expect(finds(check, "const ws = new WebSocket('ws://127.0.0.1:9000')\n")).toBe(true);
    expect(finds(check, "fetch('https://localhostess.example.com')\nconst host = 'localhost'\n")).toBe(false);
  });

  test('database URLs: the named database, or any of them', () => {
    const mongo = checkOf('No MongoDB URL in frontend');
    expect(finds(mongo, "const url = 'mongodb+srv://u:p@cluster0.example.net/db'\n")).toBe(true);
    expect(finds(mongo, "const url = 'postgres://u:p@db/app'\n")).toBe(false);
    const any = checkOf('No database URLs in the code');
    expect(finds(any, "DSN = 'postgresql://u:p@db/app'\n")).toBe(true);
    expect(finds(any, "REDIS = 'rediss://cache:6380'\n")).toBe(true);
    expect(finds(any, 'const url = process.env.DATABASE_URL\n')).toBe(false);
  });

  test('a console item stays the console rule’s, and words about something else stay manual', () => {
    expect(checkOf('No console.log or debugger statements').patterns).toEqual([
      'console\\.log\\(',
      '^\\s*debugger;?\\s*$',
    ]);
    const result = importMarkdown(
      '# Release\n## Code\n- [ ] Health check on localhost returns no errors once\n- [ ] Debugger attached to staging\n',
      { registry: defaultRegistry, source: 'release.md' },
    );
    if (!result.ok) throw new Error(result.message);
    expect(
      result.explanations.flatMap((e) => e.checks.filter((c) => c.check.kind === 'repo.forbidden-pattern')),
    ).toEqual([]);
  });
});
