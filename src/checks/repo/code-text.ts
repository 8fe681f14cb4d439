/**
 * JavaScript and TypeScript with everything that is not code blanked out: comments, and the contents of
 * strings, template text and regular-expression literals become spaces, line breaks kept, so a pattern
 * matched on the result is at the same line and column as in the file and can only match real code (a
 * `console.log(` in a comment or in an example string is not a call). The tokens come from `js-tokens`,
 * which never throws, tells a regular expression from a division by its own rules and reads TypeScript's
 * syntax as plain tokens; an unterminated string or regular expression ends at its line, so one odd
 * construct cannot hide the rest of a file (an unterminated template or comment runs to the end, as in
 * JavaScript itself). `.vue` and `.svelte` files are read whole with the same rules. Pure.
 */
import jsTokens from 'js-tokens';

export const CODE_FILES = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;

/** Spaces for every character but line breaks, so lines and columns stay where they were. */
function blank(text: string): string {
  return /[\r\n\u2028\u2029]/.test(text)
    ? text.replace(/[^\r\n\u2028\u2029]/g, ' ')
    : ' '.repeat(text.length);
}

/** `text` with its delimiters (the first `open` and last `close` characters) kept and the rest blanked. */
function inner(text: string, open: number, close: number): string {
  if (text.length <= open + close) return text;
  return text.slice(0, open) + blank(text.slice(open, text.length - close)) + text.slice(text.length - close);
}

export function codeOnly(text: string): string {
  // Only what is blanked is rebuilt: code between those tokens is copied as one slice.
  const out: string[] = [];
  let at = 0;
  let copied = 0;
  const put = (from: number, replacement: string) => {
    out.push(text.slice(copied, from), replacement);
    copied = at + replacement.length;
  };
  for (const t of jsTokens(text)) {
    const v = t.value;
    switch (t.type) {
      case 'SingleLineComment':
      case 'MultiLineComment':
      case 'HashbangComment':
        put(at, blank(v));
        break;
      case 'StringLiteral':
      case 'NoSubstitutionTemplate':
      case 'TemplateTail':
        put(at, inner(v, 1, t.closed ? 1 : 0));
        break;
      case 'TemplateHead':
      case 'TemplateMiddle':
        put(at, inner(v, 1, 2));
        break;
      case 'RegularExpressionLiteral': {
        // The body between the slashes is blanked; the slashes and flags stay code.
        const end = t.closed ? v.lastIndexOf('/') : v.length;
        put(at, '/' + blank(v.slice(1, end)) + v.slice(end));
        break;
      }
      default:
    }
    at += v.length;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Whether a file is minified or generated bundle output rather than source a person wrote: a line of more
 * than a thousand characters (minifiers put a file on a few lines), or long lines throughout.
 */
export function looksMinified(text: string): boolean {
  let longest = 0;
  let lines = 0;
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    longest = Math.max(longest, stop - start);
    lines += 1;
    if (end === -1) break;
    start = end + 1;
  }
  const average = text.length / Math.max(1, lines);
  return longest > 1000 || (longest > 500 && average > 200);
}
