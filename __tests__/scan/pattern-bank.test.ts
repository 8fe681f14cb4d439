import { describe, expect, it } from '@jest/globals';
import { FileText } from '../../src/scan/file-text.js';
import { LiteralSearch } from '../../src/scan/literal-search.js';
import { PatternBank } from '../../src/scan/pattern-bank.js';
import { patternShape } from '../../src/scan/literals.js';
import { compilePattern } from '../../src/util/pattern.js';

/** The meaning the pre-filters must keep: one hit per line a whole-text match starts on, as before. */
function reference(text: string, source: string, flags: string): Array<[number, number]> {
  const re = new RegExp(source, `${flags}g`);
  const out: Array<[number, number]> = [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex += 1;
    const at = m.index;
    if (at === text.length && (at === 0 || text[at - 1] === '\n')) break;
    if (text[at] === '\n' && text[at - 1] === '\r') continue;
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] as number) <= at) line += 1;
    if (out.at(-1)?.[0] === line + 1) continue;
    out.push([line + 1, at - (starts[line] as number) + 1]);
  }
  return out;
}

const TEXTS = [
  'const a = 1;\n  console.log(a); console.log(a)\r\n// TODO later\nend console.log',
  'password = "s3cret"\nPASSWORD = "x"\nkey: 1\napi_key = 2\n\n',
  'import x from "../../../y"\nimport z from "./z"\r\n<<<<<<< HEAD\n>>>>>>> other\n',
  'Ünïcödé TODO ſecret SECRET\nfoo\nbar\nfoo\nbaz\n',
  '',
  'no newline at end TODO',
  'KEY: 1 Secret_Key = 2 \u212aey: 3 \u017fecret ëTODO console.log(\u00e9)\r\nPassword = "Ab1"',
  '日本語 console.log(x) TODO\nCHANGE_THIS 𝒳 TODO\n\n\n',
];

const PATTERNS: Array<[string, string]> = [
  ['console\\.log\\(', 'm'],
  ['TODO', 'm'],
  ['password[ ]*=[ ]*"[A-Za-z0-9]+"', 'im'],
  ['(api|secret)_?key[ ]*[:=]', 'm'],
  ['^import .* from "(\\.\\./){3}', 'm'],
  ['^(<<<<<<<|>>>>>>>) ', 'm'],
  ['foo\\nbar', 'm'],
  ['foo[^x]+baz', 'm'],
  ['secret', 'imu'],
  ['$', 'm'],
  ['[0-9]+', 'm'],
  ['(?<=\\n)bar', 'm'],
  ['e$', 'm'],
  ['key', 'imu'],
  ['Password', 'i'],
  ['[a-z]+ = "', 'm'],
];

describe('PatternBank', () => {
  it('finds what a whole-text search finds, pattern by pattern, with all patterns sharing the pre-filter', () => {
    const bank = new PatternBank();
    const ids = PATTERNS.map(([s, f]) => bank.add(s, f));
    for (const text of TEXTS) {
      // The same text as a string (the code view), as the bytes of a file, and with a byte order mark.
      const sources: Array<[string, string | FileText]> = [
        ['text', text],
        ['bytes', new FileText(Buffer.from(text, 'utf8'))],
        ['bom', new FileText(Buffer.from(`\ufeff${text}`, 'utf8'))],
      ];
      for (const [as, source] of sources) {
        const found = bank.run(source, new Set(ids), 100);
        PATTERNS.forEach(([s, f], i) => {
          const want = reference(text, s, f);
          const got = found.get(ids[i] as number);
          expect({ as, pattern: s, text, hits: got?.hits ?? [] }).toEqual({
            as,
            pattern: s,
            text,
            hits: want,
          });
          expect(got?.lines ?? 0).toBe(want.length);
        });
      }
    }
  });

  it('finds what the pattern finds on RE2 over the whole text when the case is ignored (Unicode folding)', () => {
    // RE2 folds the Kelvin sign to k and the long s to s; lower-casing a literal changes `İ`. A check
    // must not pass because a pre-filter folded otherwise than the finder it stands for.
    const texts = [
      'const \u212aEY = 1;\n\u017fecret_token here\nx \u0130stanbul y\n',
      'SE\u017fSIONS_SECRET_KEY=1\nsessions_secret_key=2 \u212aey\r\nsecret_token\n',
      `${'filler line without any of them\n'.repeat(300)}tail \u212aEY and \u017fECRET_TOKEN\n`,
    ];
    // ASCII literals only (the file's bytes are searched), then with one that is not (its text is).
    const ascii = ['key', 'secret_token', 'sessions_secret_key', 'ke', '(api|x)_?key'];
    for (const patterns of [ascii, [...ascii, '\u0130stanbul', '(api|\u017f)_?key']]) {
      const bank = new PatternBank();
      const ids = patterns.map((s) => bank.add(s, 'im'));
      for (const text of texts) {
        for (const source of [text, new FileText(Buffer.from(text, 'utf8'))]) {
          const found = bank.run(source, new Set(ids), 100);
          patterns.forEach((s, i) => {
            const re = compilePattern(s, { ignoreCase: true, multiline: true });
            const want: Array<[number, number]> = [];
            text.split('\n').forEach((line, n) => {
              const m = re.exec(line);
              if (m) want.push([n + 1, m.index + 1]);
            });
            expect({ pattern: s, hits: found.get(ids[i] as number)?.hits ?? [] }).toEqual({
              pattern: s,
              hits: want,
            });
          });
        }
      }
    }
  });

  it('moves on past a case-insensitive literal that holds a surrogate pair', () => {
    const bank = new PatternBank();
    const id = bank.add('\u{1F600}+x', 'im');
    const found = bank.run('a \u{1F600}x b \u{1F600}X\n\u{1F600}x', new Set([id]), 10);
    expect(found.get(id)).toEqual({
      lines: 2,
      hits: [
        [1, 3],
        [2, 1],
      ],
    });
  });

  it('adds a pattern used by several items once', () => {
    const bank = new PatternBank();
    expect(bank.add('TODO', 'm')).toBe(bank.add('TODO', 'mg'));
    expect(bank.add('TODO', 'im')).not.toBe(bank.add('TODO', 'm'));
  });
});

describe('patternShape', () => {
  it('finds the literals every match contains', () => {
    expect(patternShape('console\\.log\\(', '').literals).toEqual(['console.log(']);
    // A group of exact alternatives, or an optional part, continues the run: each spelling is longer.
    expect(patternShape('(describe|it|test)\\.only\\(', '').literals).toEqual([
      'describe.only(',
      'it.only(',
      'test.only(',
    ]);
    expect(patternShape('-----BEGIN (RSA |EC )?PRIVATE KEY-----', '').literals).toEqual([
      '-----BEGIN PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----',
      '-----BEGIN EC PRIVATE KEY-----',
    ]);
    expect(patternShape('(api|secret)_?key[ ]*[:=]', '').literals).toEqual([
      'apikey',
      'api_key',
      'secretkey',
      'secret_key',
    ]);
    expect(patternShape('x(ab){2}y', '').literals).toEqual(['xababy']);
    // More spellings than a run holds (16): the run starts again where it would overflow.
    expect(patternShape('(a|b|c|d|e)(f|g|h|i)(j|k)zzzz', '').literals).toEqual(
      ['f', 'g', 'h', 'i'].flatMap((x) => [`${x}jzzzz`, `${x}kzzzz`]),
    );
    expect(patternShape('xox[baprs]-[0-9A-Za-z-]+', '').literals).toEqual([
      'xoxb-',
      'xoxa-',
      'xoxp-',
      'xoxr-',
      'xoxs-',
    ]);
    expect(patternShape('(foo|barbaz)qux', '').literals).toEqual(['fooqux', 'barbazqux']);
    expect(patternShape('(foo|barbaz)+qux', '').literals).toEqual(['qux']);
    expect(patternShape('(foo|bar)[0-9]', '').literals).toEqual(['foo', 'bar']);
  });

  it('gives no literal set where none is selective, and sends such patterns every text', () => {
    expect(patternShape('[0-9]+', '').literals).toBeUndefined();
    expect(patternShape('a|[bc]d', '').literals).toBeUndefined();
    expect(patternShape('x?y', '').literals).toBeUndefined();
  });

  it('knows which patterns can match a line feed', () => {
    expect(patternShape('a.b', '').lineLocal).toBe(true);
    expect(patternShape('a.b', 's').lineLocal).toBe(false);
    expect(patternShape('a[^"\\n]*b', '').lineLocal).toBe(true);
    expect(patternShape('a[^"]*b', '').lineLocal).toBe(false);
    expect(patternShape('a\\sb', '').lineLocal).toBe(false);
    expect(patternShape('a\\Sb\\W', '').lineLocal).toBe(false);
    expect(patternShape('(', '').lineLocal).toBe(false);
  });
});

describe('LiteralSearch', () => {
  /** Every occurrence of every literal, overlapping ones too, by a plain search of the Latin-1 view. */
  function naive(bytes: Buffer, literals: string[], ignoreCase: boolean): string[] {
    const fold = (x: string) => (ignoreCase ? x.replace(/[A-Z]/g, (c) => c.toLowerCase()) : x);
    const view = fold(bytes.toString('latin1'));
    const out: string[] = [];
    literals.forEach((l, i) => {
      const key = fold(Buffer.from(l, 'utf8').toString('latin1'));
      for (let at = view.indexOf(key); at !== -1; at = view.indexOf(key, at + 1)) out.push(`${i}@${at}`);
    });
    return out.sort();
  }

  it('finds every occurrence of long and short literals, overlapping and at the edges, in bytes', () => {
    const sets: string[][] = [
      ['TODO', 'FIXME', 'XXX', 'console.log(', 'key', 'ab', 'abc', 'aaaa'],
      ['é', 'Ünï', '日本', 'xox', 'x'],
      ['abcdef', 'bcdefg', 'cdefgh'],
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = ['a', 'b', 'c', 'A', 'B', 'x', 'o', 'X', 'é', '日', '本', '\n', ' ', 'TODO', 'key', 'K'];
    for (const literals of sets) {
      for (const ignoreCase of [false, true]) {
        const search = new LiteralSearch(
          ignoreCase ? literals.map((l) => l.toLowerCase()) : literals,
          ignoreCase,
        );
        for (let round = 0; round < 50; round += 1) {
          let text = literals[round % literals.length] as string;
          for (let i = 0; i < 200; i += 1) text += alphabet[Math.floor(random() * alphabet.length)];
          text += literals[(round + 1) % literals.length] as string;
          const bytes = Buffer.from(text, 'utf8');
          const got: string[] = [];
          search.find(bytes, (l, at) => {
            got.push(`${l}@${at}`);
          });
          const want = naive(bytes, ignoreCase ? literals.map((l) => l.toLowerCase()) : literals, ignoreCase);
          expect({ literals, ignoreCase, text, got: got.sort() }).toEqual({
            literals,
            ignoreCase,
            text,
            got: want,
          });
        }
      }
    }
  });
});
