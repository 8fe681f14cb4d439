import { randomBytes } from 'node:crypto';

/**
 * Text from outside (evidence, file names, response bodies, API messages) written to the job's log.
 *
 * The runner reads any log line that starts, after leading white space, with `::` as a workflow command
 * (an annotation, `add-mask`, `save-state`, `stop-commands` …). GitHub's documented way to print untrusted
 * text is to stop command processing with a token that the text cannot guess and resume with the same
 * token afterwards ("Stopping and starting workflow commands", docs.github.com/actions/reference/
 * workflow-commands-for-github-actions). Text without `::` is written as it is.
 */
export function inertLog(
  text: string,
  token: () => string = () => randomBytes(16).toString('hex'),
): string[] {
  if (!text.includes('::')) return [text];
  let stop = token();
  while (text.includes(stop)) stop = token();
  return [`::stop-commands::${stop}`, text, `::${stop}::`];
}

/** Writes `text` through `info` so that no line of it can act as a workflow command. */
export function infoInert(info: (line: string) => void, text: string): void {
  for (const line of inertLog(text)) info(line);
}
