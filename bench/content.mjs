// Source-like file contents: lines of JavaScript, TypeScript, Python, Markdown, JSON and YAML built from
// a fixed vocabulary that none of the patterns can match, plus planted lines that do.

import { PLANTED } from './patterns.mjs';

// Lower-case words only; none ends in "eval", none is "api", "secret" or "key".
const WORDS = (
  'account address amount batch buffer cache cart channel client config count cursor customer data ' +
  'date delta device draft entry event field file filter flag format frame group handler header index ' +
  'input item job label layer limit line list loader local lookup manager message meta metric mode model ' +
  'module name node offset option order owner packet page parser path payload peer plan policy pool port ' +
  'price profile queue range rate reader record region report request result role route rule schema ' +
  'scope score section session shard signal size slot source stage state status store stream style ' +
  'target task tenant text theme ticket timer token total trace track tree user value vendor version ' +
  'view volume window worker writer zone'
).split(' ');
const VERBS = (
  'add apply build check clear close collect compute create decode delete emit encode fetch find flush ' +
  'format get handle init load lookup map merge normalize open parse patch push read refresh render ' +
  'reset resolve save select send set sort split start stop sync update validate write'
).split(' ');

const cap = (w) => w[0].toUpperCase() + w.slice(1);

function vocabulary(r) {
  const word = () => r.pick(WORDS);
  return {
    word,
    ident: () => word() + cap(word()),
    fn: () => r.pick(VERBS) + cap(word()),
    type: () => cap(word()) + cap(word()),
    constant: () => `${word().toUpperCase()}_${word().toUpperCase()}`,
    num: () => r.int(10000),
    sentence: (n) => {
      let s = cap(word());
      for (let i = 1; i < n; i += 1) s += ` ${r.chance(0.3) ? r.pick(VERBS) : word()}`;
      return `${s}.`;
    },
  };
}

const indent = (r, unit) => unit.repeat(r.int(4));

const JS = (r, v) => [
  () => `import { ${v.ident()}, ${v.fn()} } from "./${v.word()}/${v.word()}.js";`,
  () => `export function ${v.fn()}(${v.ident()}, ${v.ident()}) {`,
  () => `${indent(r, '  ')}const ${v.ident()} = ${v.ident()}.${v.fn()}(${v.ident()}, ${v.num()});`,
  () => `${indent(r, '  ')}if (${v.ident()}.length > ${v.num()}) return ${v.fn()}(${v.ident()});`,
  () =>
    `${indent(r, '  ')}for (const ${v.word()} of ${v.ident()}) ${v.ident()}.push(${v.word()}.${v.word()});`,
  () => `${indent(r, '  ')}// ${v.sentence(r.range(4, 12))}`,
  () => `${indent(r, '  ')}return { ${v.word()}: ${v.ident()}, ${v.word()}: "${v.word()}-${v.num()}" };`,
  () => `${indent(r, '  ')}await ${v.ident()}.${v.fn()}({ ${v.word()}: ${v.num()}, ${v.word()}: true });`,
  () => `const ${v.constant()} = ${v.num()};`,
  () => '}',
  () => '',
];

const TS = (r, v) => [
  ...JS(r, v),
  () => `export interface ${v.type()} {`,
  () => `  ${v.ident()}: ${r.pick(['string', 'number', 'boolean', v.type(), `${v.type()}[]`])};`,
  () => `export type ${v.type()} = ${v.type()} | ${v.type()} | undefined;`,
  () => `${indent(r, '  ')}private readonly ${v.ident()}: Map<string, ${v.type()}> = new Map();`,
];

const PY = (r, v) => [
  () => `from ${v.word()}.${v.word()} import ${v.type()}, ${v.word()}_${v.word()}`,
  () => `def ${r.pick(VERBS)}_${v.word()}(${v.word()}, ${v.word()}=None):`,
  () => `class ${v.type()}(${v.type()}):`,
  () =>
    `${indent(r, '    ')}${v.word()}_${v.word()} = self.${v.word()}.${r.pick(VERBS)}(${v.word()}, ${v.num()})`,
  () => `${indent(r, '    ')}if ${v.word()} is None or len(${v.word()}) > ${v.num()}:`,
  () => `${indent(r, '    ')}return [${v.word()} for ${v.word()} in ${v.word()}s if ${v.word()}.${v.word()}]`,
  () => `${indent(r, '    ')}# ${v.sentence(r.range(4, 12))}`,
  () => `${indent(r, '    ')}"""${v.sentence(r.range(3, 9))}"""`,
  () => '',
];

const MD = (r, v) => [
  () => `${'#'.repeat(r.range(1, 3))} ${cap(v.word())} ${v.word()}`,
  () => `${v.sentence(r.range(8, 20))} ${v.sentence(r.range(6, 16))} ${v.sentence(r.range(4, 12))}`,
  () => `${v.sentence(r.range(6, 14))} See [${v.word()}](https://docs.example.com/${v.word()}/${v.word()}).`,
  () => `- \`${v.fn()}\`: ${v.sentence(r.range(4, 10))}`,
  () => `| ${v.word()} | ${v.num()} | ${v.word()} ${v.word()} |`,
  () => '',
];

const JSON_LINES = (r, v) => [
  () => `  "${v.ident()}": "${v.word()}-${v.word()}-${v.num()}",`,
  () => `  "${v.ident()}": ${v.num()},`,
  () => `  "${v.ident()}": ${r.chance(0.5)},`,
  () => `  "${v.ident()}": ["${v.word()}", "${v.word()}", "${v.word()}"],`,
  () => `  "${v.ident()}": { "${v.word()}": ${v.num()}, "${v.word()}": "${v.word()}" },`,
];

const YAML = (r, v) => [
  () => `${v.word()}:`,
  () => `${indent(r, '  ')}${v.word()}_${v.word()}: ${v.word()}-${v.num()}`,
  () => `${indent(r, '  ')}${v.word()}: ${v.num()}`,
  () => `${indent(r, '  ')}- ${v.word()}/${v.word()}:${r.range(1, 9)}.${r.int(20)}`,
  () => `${indent(r, '  ')}# ${v.sentence(r.range(3, 10))}`,
];

/** File extensions and how often they occur among text files. */
export const TEXT_KINDS = [
  { ext: 'js', weight: 25, lines: JS },
  { ext: 'ts', weight: 25, lines: TS },
  { ext: 'py', weight: 15, lines: PY },
  { ext: 'md', weight: 10, lines: MD },
  { ext: 'json', weight: 12, lines: JSON_LINES },
  { ext: 'yaml', weight: 13, lines: YAML },
];

export const BINARY_EXTS = ['png', 'woff2', 'bin', 'jar'];

/** Returns `text(kind, size, planted)`: about `size` bytes of lines, with `planted` matching lines among them. */
export function textMaker(r) {
  const v = vocabulary(r);
  const generators = new Map(TEXT_KINDS.map((k) => [k.ext, k.lines(r, v)]));
  return (ext, size, planted) => {
    const lines = generators.get(ext);
    const plantAt = new Set(Array.from({ length: planted }, () => r.int(Math.max(1, Math.floor(size / 40)))));
    let text = ext === 'json' ? '{\n' : '';
    for (let n = 0; text.length < size; n += 1) {
      text += `${plantAt.has(n) ? r.pick(PLANTED)(r) : r.pick(lines)()}\n`;
    }
    return ext === 'json' ? `${text}  "end": true\n}\n` : text;
  };
}

/** `size` bytes that git and Preflight both take for binary: a NUL early on, and some planted text. */
export function binaryContent(r, size) {
  const buf = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) buf.writeUInt32LE((r.next() * 4294967296) >>> 0, i);
  const planted = Buffer.from(`\n${r.pick(PLANTED)(r)}\n`);
  if (size > planted.length * 2) planted.copy(buf, r.int(size - planted.length));
  buf[r.int(Math.min(size, 512))] = 0;
  return buf;
}
