import { randomBytes } from 'node:crypto';

/**
 * Text from outside (evidence, file names, response bodies, API messages) written to a job's log.
 *
 * The runner (actions/runner, `ActionCommandManager.TryProcessCommand`) reads every line of a step's
 * output, split as .NET's `ReadLine` splits it (CR, LF or CRLF), as a workflow command in two forms:
 * `::name props::data` when the line starts with `::` after `TrimStart()` (any Unicode white space), and the
 * older `##[name props]data` anywhere in the line. GitHub's documented way to print untrusted text is to
 * stop command processing with a token the text cannot guess and resume with the same token afterwards
 * ("Stopping and starting workflow commands", docs.github.com/actions/reference/
 * workflow-commands-for-github-actions). Text that cannot act as a command is written as it is.
 */
export function inertLog(text: string, token: () => string = randomToken): string[] {
  if (!text.includes('::') && !text.includes('##[')) return [text];
  const stop = freshToken(text, token);
  return [`::stop-commands::${stop}`, text, `::${stop}::`];
}

function randomToken(): string {
  return randomBytes(16).toString('hex');
}

/** A stop token that `text` does not contain (so the text cannot resume commands itself). */
function freshToken(text: string, token: () => string): string {
  let stop = token();
  while (text.includes(stop)) stop = token();
  return stop;
}

/** Writes `text` through `info` so that no line of it can act as a workflow command. */
export function infoInert(info: (line: string) => void, text: string): void {
  for (const line of inertLog(text)) info(line);
}

/** The characters .NET's `String.TrimStart()` removes (`char.IsWhiteSpace`), and a byte order mark. */
const LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/;

/** Whether some line of `text`, read as the runner reads a log, is a workflow command (in either form). */
export function actsAsCommand(text: string): boolean {
  if (text.includes('##[')) return true;
  return text.split(/\r\n|\r|\n/).some((line) => line.replace(LEADING_SPACE, '').startsWith('::'));
}

/**
 * A writer for a stream the runner reads as a job log (a CLI run inside a workflow step): each write that
 * could act as a workflow command, alone or joined to the unfinished line before it, is fenced by
 * `::stop-commands::` with a fresh token, on lines of its own; anything else is written as it is (so JSON
 * output, which never has such a line, is never touched).
 */
export function jobLogWriter(
  write: (text: string) => void,
  token: () => string = randomToken,
): (text: string) => void {
  let partial = '';
  return (text: string) => {
    if (text === '') return;
    if (!actsAsCommand(partial + text)) {
      write(text);
      const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      partial = lastBreak === -1 ? (partial + text).slice(-4096) : text.slice(lastBreak + 1);
      return;
    }
    const stop = freshToken(partial + text, token);
    const lead = partial === '' ? '' : '\n';
    const end = /[\r\n]$/.test(text) ? '' : '\n';
    write(`${lead}::stop-commands::${stop}\n${text}${end}::${stop}::\n`);
    partial = '';
  };
}

/**
 * JSON text whose `##[` (only ever inside strings) is written `##\u005b`: the same JSON value, and no line
 * of it can act as a workflow command when it is printed to a job log.
 */
export function inertJson(json: string): string {
  return json.replaceAll('##[', '##\\u005b');
}
