import { describe, expect, it } from '@jest/globals';
import { FileText } from '../../src/scan/file-text.js';

describe('FileText', () => {
  it('finds a line longer than a limit as a line-by-line count does', () => {
    const longest = (s: string) => Math.max(...s.split('\n').map((l) => Buffer.byteLength(l)));
    const lines = [
      '',
      'a',
      'x'.repeat(500),
      'x'.repeat(501),
      `${'a\n'.repeat(300)}${'y'.repeat(501)}`,
      `${'y'.repeat(501)}\n${'a\n'.repeat(300)}`,
      `${'b'.repeat(499)}\n`.repeat(40),
      `${'é'.repeat(251)}\nshort`,
      `\n${'z'.repeat(1000)}\n`,
    ];
    for (const text of lines) {
      for (const bom of ['', '\ufeff']) {
        const file = new FileText(Buffer.from(bom + text, 'utf8'));
        expect({ text: text.slice(0, 20), long: file.hasLineLongerThan(500) }).toEqual({
          text: text.slice(0, 20),
          long: longest(text) > 500,
        });
        expect(file.lineLengths().longest).toBe(longest(text));
        expect(file.text).toBe(text);
      }
    }
  });

  it('maps byte offsets to lines, a byte order mark left out of the first', () => {
    const file = new FileText(Buffer.from('\ufeffab\né\n\nlast', 'utf8'));
    expect(file.lineAt(3)).toEqual({ line: 1, start: 3, end: 5 });
    expect(file.lineAt(6)).toEqual({ line: 2, start: 6, end: 8 });
    expect(file.lineAt(10)).toEqual({ line: 4, start: 10, end: 14 });
    expect(file.slice(6, 8)).toBe('é');
    expect(file.includesAscii('last')).toBe(true);
  });
});
