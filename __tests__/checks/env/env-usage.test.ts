import { describe, expect, it } from '@jest/globals';
import { envReads } from '../../../src/checks/env/env-usage.js';

const names = (text: string) => envReads(text).map((r) => r.name);

describe('envReads', () => {
  it('finds member, bracket, optional and import.meta reads with their positions', () => {
    const text = [
      "const port = process.env.PORT ?? '3000';",
      "const url = process.env['DATABASE_URL'];",
      'const key = process?.env?.API_KEY;',
      'const mode = import.meta.env.VITE_MODE;',
      'const t = process.env[`TEMPLATE_NAME`];',
    ].join('\n');
    expect(envReads(text)).toEqual([
      { name: 'PORT', line: 1, col: 26 },
      { name: 'DATABASE_URL', line: 2, col: 25 },
      { name: 'API_KEY', line: 3, col: 27 },
      { name: 'VITE_MODE', line: 4, col: 30, meta: true },
      { name: 'TEMPLATE_NAME', line: 5, col: 23 },
    ]);
  });

  it('finds destructured names, renamed, defaulted, quoted, and skips the rest element', () => {
    const text =
      "const { A, B: b, C = 'x', 'D': d, E: { F }, ...rest } = process.env;\nlet { G } =\n  import.meta.env;";
    expect(names(text)).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
  });

  it('skips comments, strings, template text and regular expressions', () => {
    const text = [
      '// process.env.IN_LINE_COMMENT',
      '/* process.env.IN_BLOCK',
      '   process.env.STILL_IN_BLOCK */',
      'const s = \'process.env.IN_SINGLE\' + "process.env.IN_DOUBLE";',
      'const t = `process.env.IN_TEMPLATE ${process.env.IN_SUBSTITUTION} process.env.AFTER`;',
      'const r = /process.env.IN_REGEX/g.test(x) ? a / b : process.env.AFTER_DIVISION;',
      'const nested = `${`${process.env.DEEP}`}`;',
      'const obj = { a: 1 }; const u = `x${obj}y` + process.env.LAST;',
    ].join('\n');
    expect(names(text)).toEqual(['IN_SUBSTITUTION', 'AFTER_DIVISION', 'DEEP', 'LAST']);
  });

  it('ignores computed names and lookalikes', () => {
    const text =
      'process.env[name]; myprocess.env.X; foo.process.env.Y; const e = process.env; process.environment;';
    expect(names(text)).toEqual([]);
  });

  it('reads TypeScript and keeps going after an unterminated string', () => {
    const text = [
      'const n: number = Number(process.env.TIMEOUT_MS as string);',
      "const bad = 'unterminated",
      'function f<T>(x: T): T { return process.env.AFTER_BAD as unknown as T; }',
      '@Injectable() class S { url = process.env.DECORATED!; }',
    ].join('\n');
    expect(names(text)).toEqual(['TIMEOUT_MS', 'AFTER_BAD', 'DECORATED']);
  });
});
