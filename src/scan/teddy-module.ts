import { readFileSync } from 'node:fs';

let cached: WebAssembly.Module | null | undefined;

/**
 * The compiled SIMD literal search (src/scan/teddy.wat, built into teddy.wasm beside this file, or beside
 * the bundle, which carries it), once per thread; null when it cannot be had (not built, or no
 * WebAssembly SIMD here), and the searches of JavaScript serve every set.
 */
export function teddyModule(): WebAssembly.Module | null {
  if (cached === undefined) {
    try {
      cached = new WebAssembly.Module(readFileSync(new URL('./teddy.wasm', import.meta.url)));
    } catch {
      cached = null;
    }
  }
  return cached;
}
