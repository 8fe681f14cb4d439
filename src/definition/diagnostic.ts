import { terminalLine } from '../util/terminal.js';

/** A problem found in a definition, pointing at the place a person must fix. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  // File names and messages quote the definition: no control sequence of theirs reaches a terminal or a log.
  const file = terminalLine(d.file);
  const message = terminalLine(d.message);
  return d.line > 0 ? `${file}:${d.line}:${d.col}: ${message}` : `${file}: ${message}`;
}

/** A warning: the definition loads, but something in it will not run as written. */
export function formatWarning(d: Diagnostic): string {
  return formatDiagnostic({ ...d, message: `warning: ${d.message}` });
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

/** A value from the definition, quoted for a message: one line, control characters escaped, long text cut. */
export function quote(value: unknown): string {
  return `'${cut(String(value), 80)}'`;
}

/** Text for a message: on one line, and at most `max` characters (the last one an ellipsis when cut). */
export function cut(text: string, max: number): string {
  const chars = [...oneLine(text)];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** Escapes line breaks and other control characters, so a message stays on one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
