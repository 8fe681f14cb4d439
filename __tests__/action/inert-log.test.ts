import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { inertLog } from '../../src/util/inert-log.js';
import { demoRepo } from '../helpers/demo-repo.js';
import { runInProcess } from '../helpers/run-in-process.js';

/**
 * The runner's reading of a job log, as GitHub documents it ("Workflow commands for GitHub Actions"): a
 * line that starts with `::` after leading white space is a command; `::stop-commands::TOKEN` stops that
 * until a line `::TOKEN::`. Returns the commands the runner would act on.
 */
function commandsRead(lines: string[]): string[] {
  const read: string[] = [];
  let stopped: string | undefined;
  for (const raw of lines.flatMap((l) => l.split('\n'))) {
    const line = raw.trimStart();
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopped = stop[1];
    else if (line.startsWith('::')) read.push(line);
  }
  return read;
}

describe('text from outside in the job log cannot act as a workflow command', () => {
  test('text without "::" is written as it is', () => {
    expect(inertLog('plain line\nanother')).toEqual(['plain line\nanother']);
  });

  test('text with commands is fenced by a stop token that it does not contain', () => {
    const tokens = ['abc', 'abc', 'xyz'];
    const out = inertLog('x\n  ::error::forged abc\r::add-mask::y', () => tokens.shift() as string);
    expect(out).toEqual(['::stop-commands::xyz', 'x\n  ::error::forged abc\r::add-mask::y', '::xyz::']);
    expect(commandsRead(out)).toEqual([]);
    expect(commandsRead(['x\n  ::error::forged'])).toEqual(['::error::forged']);
  });

  describe('a finding whose evidence carries a workflow command', () => {
    let repo: ReturnType<typeof demoRepo>;
    beforeAll(() => {
      repo = demoRepo({
        '.github/inert.yml': [
          'id: inert-log',
          'title: Inert log',
          'sections:',
          '  - id: files',
          '    title: Files',
          '    items:',
          '      - id: hostile-name',
          '        title: A file with a hostile name',
          '        check:',
          '          kind: repo.files-exist',
          "          paths: ['::error title=forged::pwned-by-evidence']",
          '',
        ].join('\n'),
      });
    });
    afterAll(() => repo.remove());

    test('reaches the log only inside stopped commands', async () => {
      const run = await runInProcess({
        workspace: repo.dir,
        eventName: 'workflow_dispatch',
        env: {
          GITHUB_SHA: spawnSync('git', ['rev-parse', 'HEAD'], {
            cwd: repo.dir,
            encoding: 'utf8',
          }).stdout.trim(),
        },
        inputs: { checklist: '.github/inert.yml', 'working-directory': '.', 'fail-job': 'false' },
      });
      const lines = run.stdout.split('\n');
      expect(lines.some((l) => l.includes('pwned-by-evidence'))).toBe(true);
      expect(commandsRead(lines).filter((c) => c.includes('pwned-by-evidence'))).toEqual([]);
      expect(lines.filter((l) => l.startsWith('::stop-commands::')).length).toBeGreaterThan(0);
    });
  });
});

describe('every info line of the action is inert, whichever module writes it', () => {
  test('a tag, an id or a path holding a command is fenced by the run core', async () => {
    const { inertCore } = await import('../../src/action/core.js');
    const lines: string[] = [];
    const raw = { info: (l: string) => lines.push(l) } as unknown as Parameters<typeof inertCore>[0];
    const core = inertCore(raw);
    core.info('Tag ::add-mask::pwned does not match release-tags (*): not a release.');
    core.info('maya ticked ##[set-output name=approved;]true.');
    core.info('Preflight 1.0.0');
    const { commandsRead: runnerCommands } = await import('../helpers/runner-log.js');
    expect(runnerCommands(lines.join('\n'))).toEqual([]);
    expect(runnerCommands('maya ticked ##[set-output name=approved;]true.')).toHaveLength(1);
    expect(lines.at(-1)).toBe('Preflight 1.0.0');
    expect(lines.filter((l) => l.startsWith('::stop-commands::'))).toHaveLength(2);
  });
});
