/**
 * A stable id from text: lowercase ASCII words joined by "-". Words with other characters (emoji, and
 * emoji that were mis-encoded upstream) are left out rather than transliterated into noise.
 */
export function slugOf(text: string, fallback: string, max = 48): string {
  const words = text
    .toLowerCase()
    .replace(/[`*~[\]()'"]/g, '')
    .split(/[\s/\\:;,!?=<>+&|#@$%^{}]+/)
    .filter((w) => w !== '' && /^[\x20-\x7e]+$/.test(w))
    .map((w) => w.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}-${w}`;
    if (next.length > max) break;
    out = next;
  }
  if (out === '' && words[0]) out = words[0].slice(0, max).replace(/-+$/, '');
  return out === '' ? fallback : out;
}

/** Hands out ids that are unique within one definition: the slug, then slug-2, slug-3, … */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  take(text: string, fallback: string): string {
    const base = slugOf(text, fallback);
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
