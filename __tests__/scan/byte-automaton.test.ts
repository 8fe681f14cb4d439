import { describe, expect, it } from '@jest/globals';
import { ByteAutomaton, MAX_TABLE_ENTRIES, tableEntries } from '../../src/scan/byte-automaton.js';
import { LiteralSearch } from '../../src/scan/literal-search.js';
import { found, random } from '../helpers/literal-hits.js';

/** Every occurrence of every literal by plain comparison at every offset: the answer to check against. */
function naive(literals: readonly string[], bytes: Buffer, ignoreCase: boolean): string[] {
  const fold = (b: number) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
  const out: string[] = [];
  literals.forEach((l, id) => {
    const lit = Buffer.from(l, 'utf8');
    for (let at = 0; at + lit.length <= bytes.length; at += 1) {
      let j = 0;
      while (j < lit.length && fold(bytes[at + j] as number) === fold(lit[j] as number)) j += 1;
      if (j === lit.length) out.push(`${id}@${at}`);
    }
  });
  return out.sort();
}

describe('byte automaton', () => {
  it('finds every occurrence, overlapping and nested ones too', () => {
    const literals = ['he', 'she', 'his', 'hers', 'e'];
    const bytes = Buffer.from('ushers ahishe');
    const a = new ByteAutomaton(
      literals.map((l) => Buffer.from(l)),
      false,
    );
    expect(found(a, bytes)).toEqual(naive(literals, bytes, false));
    expect(found(a, bytes)).toContain('3@2'); // hers
    expect(found(a, bytes)).toContain('1@1'); // she
  });

  it('folds ASCII letters only, in literals and text alike', () => {
    const literals = ['Key', 'pwd', 'é'];
    const bytes = Buffer.from('KEY key kEy PWD É é api_KEY');
    const a = new ByteAutomaton(
      literals.map((l) => Buffer.from(l)),
      true,
    );
    expect(found(a, bytes)).toEqual(naive(literals, bytes, true));
    // é (C3 A9) and É (C3 89) differ: only the first is found.
    expect(found(a, bytes).filter((h) => h.startsWith('2@'))).toHaveLength(1);
  });

  it('agrees with plain comparison on random texts long enough to be searched in quarters', () => {
    const next = random(20261203);
    const alphabet = 'abcdeK_-.:/ \n\x00\xff';
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 40; round += 1) {
      const literals = Array.from({ length: 1 + Math.floor(next() * 30) }, () =>
        pick(1 + Math.floor(next() * 6)),
      );
      const ignoreCase = round % 2 === 0;
      // Lengths around the one-pass limit and quarter edges that fall inside literals.
      const length = [100, 4095, 4096, 4097, 9003, 20000][round % 6] as number;
      const bytes = Buffer.from(pick(length), 'latin1');
      // A literal planted across each quarter boundary.
      const quarter = length >> 2;
      for (const edge of [quarter, 2 * quarter, 3 * quarter]) {
        const lit = Buffer.from(literals[0] as string, 'latin1');
        if (edge > 2 && edge + lit.length < length) lit.copy(bytes, edge - 1);
      }
      const lits = literals.map((l) => Buffer.from(l, 'latin1'));
      const a = new ByteAutomaton(lits, ignoreCase);
      // The literals are compared as the bytes they are (Latin-1 here, one byte per character).
      const wantBytes: string[] = [];
      lits.forEach((lit, id) => {
        const fold = (b: number) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
        for (let at = 0; at + lit.length <= bytes.length; at += 1) {
          let j = 0;
          while (j < lit.length && fold(bytes[at + j] as number) === fold(lit[j] as number)) j += 1;
          if (j === lit.length) wantBytes.push(`${id}@${at}`);
        }
      });
      expect({ round, hits: found(a, bytes) }).toEqual({ round, hits: wantBytes.sort() });
    }
  });

  it('serves LiteralSearch for sets of short literals, with the same hits as plain comparison', () => {
    const literals = ['key', 'pwd', 'api', 'b_', 'q~', 'ghp_', 'secret', 'xoxb-'];
    const text = Buffer.from(`${'const API_KEY = x; // pwd b_ q~ GHP_ Secret xoxb-\n'.repeat(300)}tail key`);
    const search = new LiteralSearch(literals, true);
    expect(found(search, text)).toEqual(naive(literals, text, true));
    expect(found(search, text).length).toBeGreaterThan(2000);
  });

  it('is never built larger than its bound: a huge set of literals from users keeps the shift table', () => {
    // 2,000 literals, most of 400 bytes from 90 values: far over the bound, with short ones that would ask for it.
    const next = random(7);
    const huge = Array.from({ length: 2000 }, (_, i) =>
      i < 8
        ? `${i}x`
        : Array.from({ length: 400 }, () => String.fromCharCode(33 + Math.floor(next() * 90))).join(''),
    );
    const bytes = huge.map((l) => Buffer.from(l));
    expect(tableEntries(bytes, false)).toBeGreaterThan(MAX_TABLE_ENTRIES);
    expect(() => new ByteAutomaton(bytes, false)).toThrow(RangeError);
    const search = new LiteralSearch(huge, false);
    const text = Buffer.from(`a 3x b ${huge[100]} c`);
    expect(found(search, text)).toEqual(naive(huge, text, false));
    expect(found(search, text)).toContain('100@7');
  });
});
