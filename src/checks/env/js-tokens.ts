/**
 * A small JavaScript/TypeScript tokenizer: enough to tell code from comments, strings, template text and
 * regular expressions, which is all env.documented needs. It never throws: unknown characters become
 * punctuation, and an unterminated string ends at its line, so one odd construct cannot hide a whole file.
 */
export interface Token {
  type: 'name' | 'punct' | 'string' | 'template' | 'number';
  /** A name or punctuator as written; a string's (or a plain template's) contents. */
  value: string;
  line: number;
  col: number;
}

/** Names after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);
const PUNCT = ['...', '?.', '=>', '===', '!==', '==', '!=', '&&', '||', '??'];

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  /** For each open `${`, the brace depth at which the template resumes. */
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const newlines = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) {
      if (text[k] === '\n') {
        line += 1;
        lineStart = k + 1;
      }
    }
  };
  const push = (type: Token['type'], value: string, at: number, atLine: number, atStart: number) =>
    out.push({ type, value, line: atLine, col: at - atStart + 1 });
  const regexAllowed = () => {
    const prev = out[out.length - 1];
    if (!prev) return true;
    if (prev.type === 'name') return REGEX_AFTER.has(prev.value);
    if (prev.type !== 'punct') return false;
    return ![')', ']', '}'].includes(prev.value);
  };
  /** Reads template text from `i` (just after a backtick or a closing `}`) to the next `${` or backtick. */
  const templateText = (startLine: number, startCol: number, start: number) => {
    let value = '';
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '\\') {
        value += text.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i += 1;
        break;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        templates.push(depth);
        depth += 1;
        newlines(start, i);
        out.push({ type: 'template', value: '\0', line: startLine, col: startCol });
        return;
      } else {
        value += c;
        i += 1;
      }
    }
    newlines(start, i);
    out.push({ type: 'template', value, line: startLine, col: startCol });
  };

  while (i < text.length) {
    const c = text[i] as string;
    const start = i;
    const startLine = line;
    const startCol = i - lineStart + 1;
    if (c === '\n') {
      line += 1;
      lineStart = i + 1;
      i += 1;
    } else if (/\s/.test(c)) {
      i += 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      newlines(start, i);
    } else if (c === '"' || c === "'") {
      let value = '';
      i += 1;
      while (i < text.length && text[i] !== c && text[i] !== '\n') {
        if (text[i] === '\\') {
          value += text.slice(i, i + 2);
          i += 2;
        } else {
          value += text[i];
          i += 1;
        }
      }
      if (text[i] === c) i += 1;
      newlines(start, i);
      push('string', value, start, startLine, start - startCol + 1);
    } else if (c === '`') {
      i += 1;
      templateText(startLine, startCol, start);
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth -= 1;
      i += 1;
      templateText(startLine, startCol, start);
    } else if (c === '/' && regexAllowed()) {
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
      i += 1;
      while (i < text.length && /[a-z]/i.test(text[i] as string)) i += 1;
      push('punct', '/regex/', start, startLine, start - startCol + 1);
    } else if (/[A-Za-z_$\u0080-\uffff]/.test(c)) {
      while (i < text.length && /[\w$\u0080-\uffff]/.test(text[i] as string)) i += 1;
      push('name', text.slice(start, i), start, startLine, start - startCol + 1);
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(text[i + 1] ?? ''))) {
      while (i < text.length && /[\w.]/.test(text[i] as string)) i += 1;
      push('number', text.slice(start, i), start, startLine, start - startCol + 1);
    } else {
      const p = PUNCT.find((q) => text.startsWith(q, i) && !(q === '?.' && /\d/.test(text[i + 2] ?? '')));
      const value = p ?? c;
      if (value === '{') depth += 1;
      else if (value === '}') depth = Math.max(0, depth - 1);
      i += value.length;
      push('punct', value, start, startLine, start - startCol + 1);
    }
  }
  return out;
}
