/**
 * The tokens of a JavaScript or TypeScript file that env.documented needs, with their line and column:
 * names, punctuators, numbers, strings and template text, comments and whitespace dropped. The lexing is
 * `js-tokens`' (it never throws, and tells a regular expression from a division by its own rules); an
 * unterminated string ends at its line, so one odd construct cannot hide a whole file.
 */
import jsTokens from 'js-tokens';

export interface Token {
  type: 'name' | 'punct' | 'string' | 'template' | 'number';
  /**
   * A name or punctuator as written; a string's (or a plain template's, or a template's last part's)
   * contents; `\0` for template text that a `${` follows; `/regex/` for any regular expression.
   */
  value: string;
  line: number;
  col: number;
}

/** The contents of a quoted token: its opening character dropped, and its closing one if it has one. */
const contents = (value: string, closed: boolean) => value.slice(1, closed ? -1 : undefined);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const t of jsTokens(text)) {
    const v = t.value;
    const col = at - lineStart + 1;
    switch (t.type) {
      case 'WhiteSpace':
      case 'SingleLineComment':
      case 'HashbangComment':
        break;
      case 'LineTerminatorSequence':
        line += 1;
        lineStart = at + v.length;
        break;
      case 'IdentifierName':
        out.push({ type: 'name', value: v, line, col });
        break;
      case 'NumericLiteral':
        out.push({ type: 'number', value: v, line, col });
        break;
      case 'Punctuator':
      case 'PrivateIdentifier':
      case 'Invalid':
        out.push({ type: 'punct', value: v, line, col });
        break;
      case 'RegularExpressionLiteral':
        out.push({ type: 'punct', value: '/regex/', line, col });
        break;
      default:
        // Strings (a line continuation), templates and block comments may span lines.
        if (t.type === 'StringLiteral') out.push({ type: 'string', value: contents(v, t.closed), line, col });
        else if (t.type === 'NoSubstitutionTemplate' || t.type === 'TemplateTail')
          out.push({ type: 'template', value: contents(v, t.closed), line, col });
        else if (t.type === 'TemplateHead' || t.type === 'TemplateMiddle')
          out.push({ type: 'template', value: '\0', line, col });
        for (let k = v.indexOf('\n'); k !== -1; k = v.indexOf('\n', k + 1)) {
          line += 1;
          lineStart = at + k + 1;
        }
    }
    at += v.length;
  }
  return out;
}
