/**
 * The URLs of a `srcset` attribute (HTML's "parse a srcset attribute", without the descriptors): candidates
 * are separated by commas, a URL runs to the next whitespace, and a comma that ends a URL ends its candidate.
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const n = value.length;
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  while (i < n) {
    while (i < n && (space(value[i]) || value[i] === ',')) i += 1;
    if (i >= n) break;
    const start = i;
    while (i < n && !space(value[i])) i += 1;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      if (url !== '') urls.push(url);
      continue;
    }
    urls.push(url);
    // Skip the descriptors up to the comma that ends this candidate (commas inside parentheses do not).
    let depth = 0;
    while (i < n) {
      const c = value[i];
      if (c === '(') depth += 1;
      else if (c === ')' && depth > 0) depth -= 1;
      else if (c === ',' && depth === 0) break;
      i += 1;
    }
  }
  return urls;
}
