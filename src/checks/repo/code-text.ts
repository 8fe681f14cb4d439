/**
 * JavaScript and TypeScript with everything that is not code blanked out: comments, and the contents of
 * strings, template text and regular-expression literals become spaces, line breaks kept, so a pattern
 * matched on the result is at the same line and column as in the file and can only match real code (a
 * `console.log(` in a comment or in an example string is not a call). Pure; never throws: an unterminated
 * string ends at its line, as in env-usage's tokenizer.
 */

/** Names after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER =
  /(?:^|[^\w$])(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/;

export const CODE_FILES = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;

export function codeOnly(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k += 1) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  /** For each open `${`, the brace depth at which its template resumes. */
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  /** The last significant character of code, to tell a regular expression from a division. */
  let last = '';
  let lastWordEnd = -1;
  const template = () => {
    // i is just after a backtick or the `}` closing a substitution.
    const start = i;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        blank(start, i);
        i += 1;
        last = '`';
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        blank(start, i);
        templates.push(depth);
        depth += 1;
        i += 2;
        last = '{';
        return;
      } else i += 1;
    }
    blank(start, i);
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = i + 1;
      i += 1;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      blank(start, Math.min(i, text.length));
      if (text[i] === c) i += 1;
      last = c;
    } else if (c === '`') {
      i += 1;
      template();
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth -= 1;
      i += 1;
      template();
    } else if (c === '/' && regexAllowed(last, text, lastWordEnd)) {
      const start = i + 1;
      i += 1;
      let inClass = false;
      while (i < text.length && text[i] !== '\n') {
        const r = text[i];
        if (r === '\\') i += 1;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i += 1;
      }
      blank(start, i);
      i += 1;
      last = 'a';
    } else {
      if (c === '{') depth += 1;
      else if (c === '}') depth = Math.max(0, depth - 1);
      if (!/\s/.test(c)) {
        last = c;
        if (/[\w$]/.test(c)) lastWordEnd = i + 1;
      }
      i += 1;
    }
  }
  return out.join('');
}

function regexAllowed(last: string, text: string, lastWordEnd: number): boolean {
  if (last === '') return true;
  if (/[\w$]/.test(last)) return REGEX_AFTER.test(text.slice(Math.max(0, lastWordEnd - 12), lastWordEnd));
  return !/[)\]}"'`]/.test(last);
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
