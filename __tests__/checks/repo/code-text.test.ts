import { describe, expect, it } from '@jest/globals';
import { codeOnly, CODE_FILES } from '../../../src/checks/repo/code-text.js';
import { envReads } from '../../../src/checks/env/env-usage.js';

const lines = (s: string) => s.split('\n').map((l) => l.length);

describe('codeOnly', () => {
  it('blanks comments, string and template text and regular expressions, keeping lines and columns', () => {
    const text = [
      '#!/usr/bin/env node',
      "const a = 'console.log(1)'; // console.log(2)",
      '/* console.log(3)',
      '   */ const t = `console.log(4) ${console.log(5)} console.log(6)`;',
      'if (ok) /console.log(7)/.test(s); console.log(8);',
    ].join('\n');
    const out = codeOnly(text);
    expect(lines(out)).toEqual(lines(text));
    expect([...out.matchAll(/console\.log\((\d)/g)].map((m) => m[1])).toEqual(['5', '8']);
    expect(out.split('\n')[4]).toBe(
      `if (ok) /${' '.repeat('console.log(7)'.length)}/.test(s); console.log(8);`,
    );
  });

  it('ends an unterminated string or regular expression at its line, so the rest of the file is code', () => {
    const text = "const a = 'open\nconsole.log(1);\nconst r = /open\nconsole.log(2);";
    expect([...codeOnly(text).matchAll(/console\.log\((\d)/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('reads TypeScript syntax as code and tells division from a regular expression', () => {
    const text =
      'let m: Map<string, number> = <any>x; const r = a / b / c; type T = `k${string}`; console.log(m);';
    const out = codeOnly(text);
    expect(out).toBe(text.replace('`k${string}`', '` ${string}`'));
  });

  it('never throws and keeps the length on hostile input', () => {
    for (const text of [
      '\\u{',
      '`${',
      '/*',
      '"\\',
      '}}}`',
      '\u0000@#',
      '/[/',
      'a\u2028b"c\u2029d',
      '\r\n"x\r\ny',
    ]) {
      expect(codeOnly(text).length).toBe(text.length);
    }
  });

  it('covers Vue and Svelte files as well as JavaScript and TypeScript', () => {
    expect(['a.vue', 'b.svelte', 'c.mts', 'd.tsx', 'e.cjs'].every((f) => CODE_FILES.test(f))).toBe(true);
    expect(CODE_FILES.test('f.json')).toBe(false);
  });
});

describe('envReads through js-tokens', () => {
  it('finds a read after a regular expression that follows a closing parenthesis', () => {
    expect(envReads('if (x) /a"b/.test(y);\nconst k = process.env.KEY;')).toEqual([
      { name: 'KEY', line: 2, col: 'const k = process.env.'.length + 1 },
    ]);
  });

  it('skips a hashbang line and counts lines across a template', () => {
    const text = '#!/usr/bin/env node\nconst t = `a\n${process.env.A}\nb`;\nprocess.env.B;';
    expect(envReads(text)).toEqual([
      { name: 'A', line: 3, col: 15 },
      { name: 'B', line: 5, col: 13 },
    ]);
  });
});
