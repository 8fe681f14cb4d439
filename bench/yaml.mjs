// Large definitions: `preflight validate` (bundled CLI) on files of many unknown keys and many anchors,
// against the yaml library alone parsing the same file in a process of its own, without its unique-key
// check (quadratic in a map's size; Preflight checks keys itself): the floor any validation built on it can
// reach. And validation at half and full size (linear: about 2x).

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { interleave, median, timeProcess } from './measure.mjs';

/** A definition padded with `count` unknown top-level keys to about `bytes` bytes. */
function unknownKeys(bytes) {
  const lines = ['id: app', 'title: App'];
  let size = 20;
  for (let i = 0; size < bytes; i += 1) {
    const line = `unknown_key_${i}: value ${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push('sections: []', '');
  return lines.join('\n');
}

/** A valid definition of `count` manual items, each with an anchor. */
function anchors(count) {
  const lines = ['id: app', 'title: App', 'sections:', '  - id: s', '    title: S', '    items:'];
  for (let i = 0; i < count; i += 1) lines.push(`      - &a${i} { id: i${i}, title: T${i} }`);
  lines.push('');
  return lines.join('\n');
}

export async function yamlBenchmark({ projectDir, benchDir, rounds, log }) {
  const cli = path.join(projectDir, 'dist/cli/index.js');
  const yamlLib = path.join(projectDir, 'node_modules/yaml/dist/index.js');
  const files = {
    full: [path.join(benchDir, 'yaml-unknown-942k.yml'), unknownKeys(942_000)],
    half: [path.join(benchDir, 'yaml-unknown-471k.yml'), unknownKeys(471_000)],
    anchors: [path.join(benchDir, 'yaml-anchors-20k.yml'), anchors(20_000)],
  };
  for (const [file, text] of Object.values(files)) writeFileSync(file, text);
  const validate = (file) => async () => {
    const r = await timeProcess(process.execPath, [cli, 'validate', file], { capture: true });
    if (r.code !== 0 && r.code !== 2)
      throw new Error(`validate ${file} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
    return r.ms;
  };
  const parseOnly = (file) => async () => {
    const script = `import { parseDocument } from ${JSON.stringify(yamlLib)}; import { readFileSync } from 'node:fs';
      parseDocument(readFileSync(${JSON.stringify(file)}, 'utf8'), { uniqueKeys: false }).toJS({ maxAliasCount: 100 });`;
    const r = await timeProcess(process.execPath, ['--input-type=module', '-e', script]);
    if (r.code !== 0) throw new Error(`yaml parse of ${file} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
    return r.ms;
  };
  log(
    `yaml: ${rounds} rounds of validate and yaml-only parse on 942 KB / 471 KB unknown keys and 20k anchors`,
  );
  const [full, half, fullRef, anchorsMs, anchorsRef] = await interleave(rounds, [
    validate(files.full[0]),
    validate(files.half[0]),
    parseOnly(files.full[0]),
    validate(files.anchors[0]),
    parseOnly(files.anchors[0]),
  ]);
  return {
    fullMs: median(full),
    halfMs: median(half),
    fullRefMs: median(fullRef),
    anchorsMs: median(anchorsMs),
    anchorsRefMs: median(anchorsRef),
    bytes: { full: files.full[1].length, half: files.half[1].length, anchors: files.anchors[1].length },
  };
}
