import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { repoPathProblems, strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';

interface Params {
  run: string;
  shell?: 'bash' | 'sh';
  cwd?: string;
  'expect-exit'?: number;
  'tail-lines'?: number;
}

const KEEP_BYTES = 64 * 1024;

export const command = defineKind<Params>({
  kind: 'command',
  description:
    'A shell command run in the repository; its exit code decides (for example `npm test` or `tsc --noEmit`).',
  params: strictObject(
    {
      run: { type: 'string', minLength: 1, description: 'The command line.' },
      shell: { enum: ['bash', 'sh'], description: 'Default bash.' },
      cwd: { type: 'string', minLength: 1, description: 'Directory relative to the repository root.' },
      'expect-exit': {
        type: 'integer',
        minimum: 0,
        maximum: 255,
        description: 'Exit code that passes (default 0).',
      },
      'tail-lines': {
        type: 'integer',
        minimum: 1,
        maximum: 200,
        description: 'Output lines kept as evidence (default 20).',
      },
    },
    ['run'],
  ),
  validate(p) {
    return repoPathProblems([{ path: ['cwd'], file: p.cwd }]);
  },
  async run(p, ctx): Promise<CheckOutcome> {
    if (!ctx.allowCommands) {
      return {
        status: 'error',
        summary:
          "refused: command checks never run in a privileged run (an event with a write token or the secrets, where the code could be the pull request's)",
      };
    }
    const cwd = path.join(ctx.repoDir, p.cwd ?? '.');
    if (!(await stat(cwd).catch(() => undefined))?.isDirectory()) {
      return { status: 'error', summary: `cwd ${p.cwd ?? '.'} is not a directory in the repository` };
    }
    // An abort listener added now would never fire: do not start what nobody can stop.
    ctx.signal.throwIfAborted();
    const started = Date.now();
    // A checklist the pull request wrote runs its commands without the variables withheld from it.
    const env = ctx.withheld
      ? Object.fromEntries(Object.entries(process.env).filter(([k]) => !ctx.withheld?.has(k)))
      : undefined;
    const result = await runShell(p.run, p.shell ?? 'bash', cwd, ctx.signal, env);
    // Scrubbed before lines are cut, so no cut can leave part of a secret.
    const scrub = ctx.scrub ?? ((t: string) => t);
    const tail = lastLines(scrub(result.output), p['tail-lines'] ?? 20);
    const errors = errorLines(scrub(result.stderrHead), 10);
    const expected = p['expect-exit'] ?? 0;
    const evidence = {
      command: p.run,
      exitCode: result.code,
      signal: result.signal,
      durationMs: Date.now() - started,
      ...(result.code !== expected && errors.length > 0 ? { errors: errors.join('\n') } : {}),
      tail,
    };
    if (result.spawnError)
      return {
        status: 'error',
        summary: `could not start ${p.shell ?? 'bash'}: ${result.spawnError}`,
        evidence,
      };
    if (result.code === expected)
      return { status: 'pass', summary: `\`${p.run}\` exited ${result.code}`, evidence };
    const how = result.signal ? `was killed by ${result.signal}` : `exited ${result.code}`;
    // The first error line says why; the last line of output is often a runner's closing banner.
    const last =
      errors[0] ??
      tail
        .split('\n')
        .filter((l) => l.trim() !== '')
        .pop();
    return {
      status: 'fail',
      summary: `\`${p.run}\` ${how}${expected === 0 ? '' : ` (expected ${expected})`}${last ? `: ${last.trim().slice(0, 120)}` : ''}`,
      evidence,
    };
  },
});

interface ShellResult {
  code: number | null;
  signal: string | null;
  output: string;
  /** The first bytes the command wrote to stderr, where the first error of a failing tool usually is. */
  stderrHead: string;
  spawnError?: string;
}

function runShell(
  line: string,
  shell: string,
  cwd: string,
  signal: AbortSignal,
  env?: NodeJS.ProcessEnv,
): Promise<ShellResult> {
  return new Promise((resolve) => {
    let output = '';
    let stderrHead = '';
    const keep = (chunk: string) => {
      output += chunk;
      // Only whole lines are kept: a line cut at its start could hold the end of a secret no scrub knows.
      if (output.length > KEEP_BYTES * 2) output = wholeLinesFrom(output.slice(-KEEP_BYTES));
    };
    let headFull = false;
    const keepErr = (chunk: string) => {
      if (!headFull) {
        stderrHead += chunk;
        if (stderrHead.length >= KEEP_BYTES) {
          // Whole lines only, as for the tail.
          const head = stderrHead.slice(0, KEEP_BYTES);
          stderrHead = head.slice(0, head.lastIndexOf('\n') + 1);
          headFull = true;
        }
      }
      keep(chunk);
    };
    const child = spawn(shell, ['-c', line], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    signal.addEventListener('abort', kill, { once: true });
    // Background processes the command left behind would hold the pipes open, and 'close' with them.
    child.on('exit', kill);
    // Decoders keep a character whose bytes arrive in two chunks whole.
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keepErr);
    child.on('error', (e) => {
      signal.removeEventListener('abort', kill);
      resolve({ code: null, signal: null, output, stderrHead, spawnError: e.message });
    });
    child.on('close', (code, sig) => {
      signal.removeEventListener('abort', kill);
      resolve({ code, signal: sig, output, stderrHead });
    });
  });
}

/** The text after its first line break (the first line was cut); empty when there is none. */
function wholeLinesFrom(text: string): string {
  return text.slice(text.indexOf('\n') + 1);
}

function cleanLines(text: string): string[] {
  const lines = text
    .replace(/\r/g, '')
    // eslint-disable-next-line no-control-regex -- terminal colour codes are stripped from the evidence
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l));
}

function lastLines(text: string, n: number): string {
  return cleanLines(text).slice(-n).join('\n');
}

/** Words with which compilers, test runners and package managers start the line that says what failed. */
const ERROR_LINE =
  /\berror\b|\bERR!|\bfail(?:ed|ure|s)?\b|\bcannot\b|\bcan't\b|not found|no such file|\bexception\b|\bpanic\b|✕|✖|×|●/i;

/** Up to `n` lines of stderr that name an error, in the order written. */
export function errorLines(stderr: string, n: number): string[] {
  return cleanLines(stderr)
    .filter((l) => ERROR_LINE.test(l))
    .map((l) => l.trim())
    .slice(0, n);
}
