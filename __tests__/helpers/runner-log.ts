/**
 * How the Actions runner reads a step's output as workflow commands, modelled on its source
 * (actions/runner: `ActionCommandManager.TryProcessCommand`, `ActionCommand.TryParseV2` and `TryParse`):
 * - output is read line by line as .NET's `StreamReader.ReadLine` splits it (CR, LF or CRLF);
 * - `TryParseV2`: after `TrimStart()` (every `char.IsWhiteSpace` character) the line starts with `::`, and a
 *   second `::` ends the command name and properties;
 * - `TryParse`, tried when V2 fails: `##[` anywhere in the line, the name up to a space or `]`;
 * - only registered names are commands: `stop-commands` and the runner's extensions;
 * - after `stop-commands` with data TOKEN, nothing is a command until a command named TOKEN.
 * Returns the commands the runner would act on, as `name` and `data`.
 */

const REGISTERED = new Set([
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
]);

const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

export interface RunnerCommand {
  name: string;
  data: string;
}

function parse(line: string, registered: Set<string>): RunnerCommand | undefined {
  const trimmed = line.replace(DOTNET_SPACE, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const name = info.split(' ')[0] ?? '';
      if (registered.has(name.toLowerCase())) return { name, data: trimmed.slice(end + 2) };
    }
  }
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const close = line.indexOf(']', at);
  if (close < 0) return undefined;
  const info = line.slice(at + 3, close);
  const name = info.split(' ')[0] ?? '';
  return registered.has(name.toLowerCase()) ? { name, data: line.slice(close + 1) } : undefined;
}

export function commandsRead(output: string): RunnerCommand[] {
  return readLog(output).acted;
}

/**
 * The log as the runner shows it: an `add-mask` command is never echoed with its value (the runner writes
 * `::add-mask::***`, its `OmitEcho`), every other line is shown as written.
 */
export function shownLog(output: string): string {
  return readLog(output).shown.join('\n');
}

function readLog(output: string): { acted: RunnerCommand[]; shown: string[] } {
  const shown: string[] = [];
  const acted: RunnerCommand[] = [];
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parse(line, registered);
    shown.push(
      command && stopToken === undefined && command.name.toLowerCase() === 'add-mask'
        ? '::add-mask::***'
        : line,
    );
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    if (command.name.toLowerCase() === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
      continue;
    }
    acted.push(command);
  }
  return { acted, shown };
}
