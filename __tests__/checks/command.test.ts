import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { command } from '../../src/checks/repo/command.js';
import type { CheckOutcome } from '../../src/checks/types.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { paramProblems, runKind } from './run-kind.js';

let repo: TestRepo;

beforeAll(async () => {
  repo = await makeRepo({
    'package.json': '{}\n',
    'packages/app/package.json': '{"name":"app"}\n',
  });
});
afterAll(cleanupRepos);

const run = (params: Record<string, unknown>) => runKind(command, params, repo.context());

/** Processes of a process group that still run (zombies waiting for a reaper do not count). */
function liveInGroup(pgid: number): string[] {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return ['(some process)'];
    } catch {
      return [];
    }
  }
  const live: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') live.push(`${entry} ${comm}`);
  }
  return live;
}

async function until<T>(probe: () => T | Promise<T>, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > end) return v;
    await sleep(25);
  }
}

/** The group's live processes once they are all gone, or after 3 s, whichever comes first. */
function liveAfterDraining(pgid: number): Promise<string[]> {
  return until(
    () => liveInGroup(pgid),
    (live) => live.length === 0,
    3000,
  );
}

async function readPid(file: string): Promise<number> {
  const text = await until(
    () => readFile(file, 'utf8').catch(() => ''),
    (t) => t.endsWith('\n'),
  );
  return Number(text.trim());
}

/** The outcome, and how long it took to settle after `from`; gives up (as a failure) after 15 s. */
async function settle(promise: Promise<CheckOutcome>, from: number) {
  const timer = new AbortController();
  const timeout = sleep(15_000, 'still running' as const, { signal: timer.signal }).catch(
    () => 'cleared' as const,
  );
  try {
    const result = await Promise.race([promise, timeout]);
    return { result, ms: Date.now() - from };
  } finally {
    timer.abort();
  }
}

describe('command', () => {
  it('passes on exit 0', async () => {
    const out = await run({ run: 'echo hello' });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('`echo hello` exited 0');
    expect(out.evidence).toEqual({
      command: 'echo hello',
      exitCode: 0,
      signal: null,
      durationMs: expect.any(Number),
      tail: 'hello',
    });
  });

  it('fails on a non-zero exit with the last lines of output, stderr included', async () => {
    const out = await run({ run: 'seq 1 30; echo "  something broke  " >&2; echo >&2; exit 3' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      '`seq 1 30; echo "  something broke  " >&2; echo >&2; exit 3` exited 3: something broke',
    );
    const tail = [...Array.from({ length: 19 }, (_, i) => String(i + 12)), '  something broke  '].join('\n');
    expect(out.evidence).toMatchObject({ exitCode: 3, signal: null, tail });
  });

  it('keeps tail-lines lines, without colour codes or carriage returns', async () => {
    const out = await run({
      run: "printf 'one\\r\\ntwo\\n\\033[31mthree\\033[0m\\n'; exit 1",
      'tail-lines': 2,
    });
    expect(out.evidence).toMatchObject({ tail: 'two\nthree' });
    expect(out.summary).toMatch(/ exited 1: three$/);
  });

  it('fails without a colon when there is no output', async () => {
    const out = await run({ run: 'exit 2' });
    expect(out.summary).toBe('`exit 2` exited 2');
  });

  it('keeps characters whole when their bytes arrive in two chunks', async () => {
    // One write larger than a pipe's buffer: the reader gets it in pieces, split inside an 'é'.
    const script = "process.stdout.write('a'.repeat(65534) + '\\n' + 'é'.repeat(10) + '\\n')";
    const out = await run({ run: `"${process.execPath}" -e "${script}"; exit 1` });
    expect(out.summary).toMatch(/exited 1: é{10}$/);
    expect(String(out.evidence?.tail)).not.toContain('\uFFFD');
  });

  it('expect-exit sets the passing exit code', async () => {
    const out = await run({ run: 'exit 3', 'expect-exit': 3 });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('`exit 3` exited 3');
    const zero = await run({ run: 'echo fine', 'expect-exit': 1 });
    expect(zero.status).toBe('fail');
    expect(zero.summary).toBe('`echo fine` exited 0 (expected 1): fine');
  });

  it('runs in the repository root, or in cwd inside it', async () => {
    const root = await run({ run: 'pwd -P; test -f package.json' });
    expect(root.status).toBe('pass');
    expect(root.evidence?.tail).toBe(await realpath(repo.dir));
    const app = await run({ run: 'pwd -P; grep -q app package.json', cwd: 'packages/app' });
    expect(app.status).toBe('pass');
    expect(app.evidence?.tail).toBe(await realpath(path.join(repo.dir, 'packages/app')));
  });

  it('is an error when cwd does not exist', async () => {
    const out = await run({ run: 'true', cwd: 'packages/nope' });
    expect(out).toEqual({
      status: 'error',
      summary: 'cwd packages/nope is not a directory in the repository',
    });
  });

  it('runs sh when asked', async () => {
    const out = await run({ run: 'echo "$0"', shell: 'sh' });
    expect(out.status).toBe('pass');
    expect(out.evidence?.tail).toBe('sh');
  });

  it('is refused when commands are not allowed, and runs nothing', async () => {
    const out = await runKind(command, { run: 'touch ran' }, repo.context({ allowCommands: false }));
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/^refused: /);
    expect(existsSync(path.join(repo.dir, 'ran'))).toBe(false);
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runKind(command, { run: 'touch started' }, repo.context({ signal: controller.signal })),
    ).rejects.toThrow();
    await sleep(200);
    expect(existsSync(path.join(repo.dir, 'started'))).toBe(false);
  });

  it('abort kills the command and its children promptly', async () => {
    const controller = new AbortController();
    const pending = runKind(
      command,
      { run: "echo $$ > shell.pid; bash -c 'sleep 30 & wait'" },
      repo.context({ signal: controller.signal }),
    );
    const pgid = await readPid(path.join(repo.dir, 'shell.pid'));
    expect(pgid).toBeGreaterThan(1);
    const running = await until(
      () => liveInGroup(pgid),
      (live) => live.some((p) => p.endsWith(' sleep')),
    );
    expect(running.some((p) => p.endsWith(' sleep'))).toBe(true);

    const aborted = Date.now();
    controller.abort();
    const { result, ms } = await settle(pending, aborted);
    expect(result).not.toBe('still running');
    expect(ms).toBeLessThan(5000);
    const out = result as CheckOutcome;
    expect(out.status).toBe('fail');
    expect(out.summary).toBe("`echo $$ > shell.pid; bash -c 'sleep 30 & wait'` was killed by SIGKILL");
    expect(out.evidence).toMatchObject({ exitCode: null, signal: 'SIGKILL' });
    expect(await liveAfterDraining(pgid)).toEqual([]);
  });

  it('a plain long sleep is killed too', async () => {
    const controller = new AbortController();
    const pending = runKind(command, { run: 'sleep 30' }, repo.context({ signal: controller.signal }));
    await sleep(200);
    const aborted = Date.now();
    controller.abort();
    const { result, ms } = await settle(pending, aborted);
    expect(result).toMatchObject({ status: 'fail', summary: '`sleep 30` was killed by SIGKILL' });
    expect(ms).toBeLessThan(5000);
  });

  it('does not wait for background processes the command leaves behind, and stops them', async () => {
    const started = Date.now();
    const { result, ms } = await settle(run({ run: 'sleep 30 & echo $$ > bg.pid; echo started' }), started);
    expect(result).toMatchObject({
      status: 'pass',
      summary: '`sleep 30 & echo $$ > bg.pid; echo started` exited 0',
    });
    expect(ms).toBeLessThan(5000);
    const pgid = await readPid(path.join(repo.dir, 'bg.pid'));
    expect(await liveAfterDraining(pgid)).toEqual([]);
  });
});

describe('command parameters', () => {
  const cwdProblem = 'cwd: must stay inside the repository (a relative path without "..")';

  it('accepts a relative cwd inside the repository', () => {
    for (const cwd of ['packages/app', '.', './packages', 'a..b']) {
      expect(paramProblems(command, { run: 'true', cwd })).toEqual([]);
    }
  });

  it('validate() rejects ".." and absolute paths in cwd', () => {
    for (const cwd of ['..', '../other', 'packages/../..', 'packages\\..\\..', '/tmp', '/']) {
      expect(paramProblems(command, { run: 'true', cwd })).toEqual([cwdProblem]);
    }
  });

  it('the schema rejects bad values', () => {
    expect(paramProblems(command, { run: '' })).toEqual(["'run' must not be empty"]);
    expect(paramProblems(command, { run: 'x', 'expect-exit': 256 })).toEqual([
      "'expect-exit' must be <= 255",
    ]);
    expect(paramProblems(command, { run: 'x', shell: 'zsh' })).toEqual([
      "'shell' must be one of 'bash', 'sh', not 'zsh' (did you mean 'sh'?)",
    ]);
  });
});
