import { describe, expect, it } from '@jest/globals';
import { compilePattern, patternProblem, type PatternOptions } from '../../src/util/pattern.js';

/** Every match as `index:text`, by JavaScript's RegExp (the syntax users write) and by the linear engine. */
function jsMatches(source: string, o: PatternOptions, text: string): string[] {
  const flags = `g${o.ignoreCase ? 'i' : ''}${o.multiline ? 'm' : ''}${o.dotAll ? 's' : ''}`;
  return [...text.matchAll(new RegExp(source, flags))].map((m) => `${m.index}:${m[0]}`);
}
function linearMatches(source: string, o: PatternOptions, text: string): string[] {
  return [...compilePattern(source, o).matchAll(text)].map((m) => `${m.index}:${text.slice(m.index, m.end)}`);
}

describe('linear-time patterns', () => {
  const cases: Array<[string, PatternOptions, string]> = [
    ['console\\.log\\(', { multiline: true }, 'a\nconsole.log(1)\n console.log(2)'],
    ['\\bTODO\\b', { ignoreCase: true }, 'todo: x; TODOS; (Todo)'],
    ['^\\s*debugger;?\\s*$', { multiline: true }, 'a\n  debugger;\nb debugger\n'],
    ['CHANGE_THIS|changeme', {}, 'x=changeme y=CHANGE_THIS'],
    ['(?<major>\\d+)\\.(\\d+)', {}, 'v12.34 and 5.6'],
    ['a.c', {}, 'abc a\nc a\rc a\u2028c'],
    ['a.c', { dotAll: true }, 'a\nc a\rc'],
    ['^b', { multiline: true }, 'a\rb\nb\u2028b'],
    ['x\\u0041\\x42\\cJ', {}, 'xAB\n'],
    ['\\/api\\/', {}, 'GET /api/x'],
    ['[^]', {}, 'ab'],
    ['[\\]a]+', {}, 'x]a]y'],
    ['(?<=\\$)\\d+', {}, 'cost $42 or 7'],
    ['\\p{L}', {}, 'p{L} and é'],
    ['é', { ignoreCase: true }, 'É é'],
  ];
  it.each(cases)('%s %j finds what RegExp finds', (source, o, text) => {
    expect(linearMatches(source, o, text)).toEqual(jsMatches(source, o, text));
  });

  it('sees a CRLF line end as a line end, the CR then being part of the match', () => {
    const p = compilePattern('BAD$', { multiline: true });
    expect([...p.matchAll('BAD\r\nx BAD\r\nBAD')].map((m) => m.index)).toEqual([0, 7, 12]);
  });

  it('runs the classic catastrophic patterns in linear time', () => {
    const evil = `${'a'.repeat(50_000)}!`;
    for (const source of ['(a+)+$', '(a|a)+$', '(a|aa)+$', '^(a+)+b', '(x+x+)+y', '(.*a){12}b']) {
      const p = compilePattern(source, { multiline: true });
      expect(p.test(evil)).toBe(false);
    }
  });

  it('gives groups as the text matched', () => {
    const m = compilePattern('"version":\\s*"([^"]+)"').exec('{"version": "1.2.3"}');
    expect(m?.groups).toEqual(['"version": "1.2.3"', '1.2.3']);
    expect(compilePattern('(a)|(b)').exec('b')?.groups).toEqual(['b', undefined, 'b']);
  });

  it('refuses what it cannot run in linear time, and what is not a pattern, saying why', () => {
    expect(patternProblem('(a)\\1')).toMatch(/cannot run in linear time \(backreference \\1\)/);
    expect(patternProblem('(?<n>a)\\k<n>')).toMatch(/named backreference/);
    expect(patternProblem('a(?=b)')).toMatch(/cannot run in linear time/);
    expect(patternProblem('a(?!b)')).toMatch(/cannot run in linear time/);
    expect(patternProblem('(a{100}){100}')).toMatch(/cannot run in linear time \(invalid repeat count/);
    expect(patternProblem('(unclosed')).toMatch(/^is not a valid regular expression: Unterminated group/);
    expect(patternProblem('a'.repeat(5000))).toMatch(/longer than 4096/);
    expect(patternProblem('console\\.log')).toBeUndefined();
  });

  it('stops a long match loop once its signal is aborted', () => {
    const controller = new AbortController();
    controller.abort();
    const n = [...compilePattern('a').matchAll('a'.repeat(100_000), controller.signal)].length;
    expect(n).toBeLessThan(1100);
  });
});
