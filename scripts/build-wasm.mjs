// Builds src/scan/teddy.wasm (the SIMD literal search) from its source, src/scan/teddy.wat, with wabt
// (the WebAssembly project's own text-format tools, a devDependency). `npm run bundle` runs it before ncc,
// which carries the module into each bundle beside its index.js; jest runs it before the tests
// (jest.config.js), so the sources find it too. The module is not committed outside dist/.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const SOURCE = fileURLToPath(new URL('../src/scan/teddy.wat', import.meta.url));
const TARGET = fileURLToPath(new URL('../src/scan/teddy.wasm', import.meta.url));

/** The module's bytes, built from the text. */
export async function teddyBytes() {
  const wabt = await wabtInit();
  const module = wabt.parseWat('teddy.wat', readFileSync(SOURCE, 'utf8'), { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** Writes the module where the sources read it (only when it changed). */
export default async function buildWasm() {
  const bytes = Buffer.from(await teddyBytes());
  let old;
  try {
    old = readFileSync(TARGET);
  } catch {
    old = undefined;
  }
  if (!old || !old.equals(bytes)) writeFileSync(TARGET, bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWasm();
