/**
 * Every character CommonMark or a browser may take as a line break (CR, LF, CRLF; U+2028, U+2029 and NEL
 * are treated as breaks too, so no renderer or later step can split a line there), and the control
 * characters (NUL, which CommonMark turns into U+FFFD, ESC and the rest).
 */
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text from outside (titles, evidence, file names) made inert in GitHub Markdown, on one line whatever
 * its line endings: no box, no marker, no HTML, no mention, no image, no link.
 */
export function inlineText(text: string, max = 300): string {
  const flat = text.replace(CONTROLS, '\uFFFD').replace(BREAKS, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return (
    cut
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~#!])/g, '\\$1')
      .replace(/@(?=\w)/g, '@\u200b')
      .replace(/(\w):\/\//g, '$1:\u200b//')
      // GitHub links www.example.com by itself (the GFM autolink extension).
      .replace(/\b(www)\./gi, '$1\u200b.')
  );
}

/**
 * Content for a fenced block: a fence longer than any backtick run inside it. Every line ending becomes LF
 * first: a CR alone (or U+2028/9, NEL) would end a line where the caller sees none, so that the rest of
 * the line escaped the block's indentation (and with it the list item and the fence) and a box after it
 * came alive. Control characters become U+FFFD.
 */
export function fenced(text: string, lang = ''): string {
  text = text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROLS, '\uFFFD');
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\s+$/, '')}\n${fence}`;
}
