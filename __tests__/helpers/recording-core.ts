/**
 * A recording stand-in for `@actions/core`, for running the action in-process: inputs come from a map, and
 * everything the action tells the runner (log lines, workflow commands for annotations, outputs, the job
 * summary, a failed step, masked values) is kept for the test to read. Workflow commands are written in the
 * runner's own syntax and escaping (`::error title=…,file=…,line=…::message`), so a test reads the same lines
 * from an in-process run as from the bundled action's stdout.
 */
import type { AnnotationProperties } from '@actions/core';
import type { Core } from '../../src/action/core.js';

export interface Recorded {
  /** Every line the run printed, workflow commands included, in order. */
  lines: string[];
  outputs: Record<string, string>;
  summary: string;
  /** The message of each `setFailed`, in order. */
  failures: string[];
  secrets: string[];
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(level: string, message: string, props: AnnotationProperties = {}): string {
  const names: Array<[keyof AnnotationProperties, string]> = [
    ['title', 'title'],
    ['file', 'file'],
    ['startLine', 'line'],
    ['endLine', 'endLine'],
    ['startColumn', 'col'],
    ['endColumn', 'endColumn'],
  ];
  const list = names
    .filter(([key]) => props[key] !== undefined && props[key] !== '')
    .map(([key, name]) => `${name}=${escapeProperty(String(props[key]))}`);
  return `::${level}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

export function recordingCore(inputs: Record<string, string>): { core: Core; recorded: Recorded } {
  const recorded: Recorded = { lines: [], outputs: {}, summary: '', failures: [], secrets: [] };
  let pending = '';
  const text = (m: string | Error) => (m instanceof Error ? m.message : m);
  const core: Core = {
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    setOutput: (name: string, value: unknown) => {
      recorded.outputs[name] = typeof value === 'string' ? value : JSON.stringify(value);
    },
    setFailed: (message: string | Error) => {
      recorded.failures.push(text(message));
      recorded.lines.push(command('error', text(message)));
    },
    setSecret: (value: string) => void recorded.secrets.push(value),
    info: (message: string) => void recorded.lines.push(message),
    warning: (message: string | Error, props?: AnnotationProperties) =>
      void recorded.lines.push(command('warning', text(message), props)),
    error: (message: string | Error, props?: AnnotationProperties) =>
      void recorded.lines.push(command('error', text(message), props)),
    notice: (message: string | Error, props?: AnnotationProperties) =>
      void recorded.lines.push(command('notice', text(message), props)),
    startGroup: (name: string) => void recorded.lines.push(`::group::${name}`),
    endGroup: () => void recorded.lines.push('::endgroup::'),
    summary: {
      addRaw(raw: string) {
        pending += raw;
        return this as never;
      },
      async write() {
        recorded.summary += pending;
        pending = '';
        return this as never;
      },
    },
  };
  return { core, recorded };
}
