import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { createRegistry } from '../../src/checks/registry.js';
import { defineKind, type CheckContext, type CheckOutcome } from '../../src/checks/types.js';
import type { Checklist, Item } from '../../src/definition/model.js';
import { evaluate, runWithTimeout, type EvaluateOptions } from '../../src/engine/evaluate.js';
import type { GitClient } from '../../src/io/git.js';
import { urlSecrets } from '../../src/engine/declared-secrets.js';

/** Kinds whose behaviour each test controls: the engine is what is under test here. */
function kinds(behaviour: Record<string, (ctx: CheckContext) => Promise<CheckOutcome>>) {
  return createRegistry(
    Object.entries(behaviour).map(([kind, run]) =>
      defineKind({ kind, description: kind, params: { type: 'object' }, run: (_p, ctx) => run(ctx) }),
    ),
  );
}

const noGit: GitClient = {
  trackedFiles: async () => [],
  untrackedFiles: async () => [],
  ignored: async () => new Set(),
  changedFiles: async () => [],
};

function item(id: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    title: `Item ${id}`,
    section: 's',
    required: true,
    resetOnPush: false,
    source: { file: 'f.yml', line: 1, col: 1 },
    ...extra,
  };
}

function checklist(items: Item[]): Checklist {
  return { id: 'c', title: 'C', files: ['f.yml'], targets: {}, sections: [{ id: 's', title: 'S', items }] };
}

function options(registry: ReturnType<typeof kinds>, extra: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return {
    registry,
    context: { repoDir: '.', env: {}, targets: {}, git: noGit, allowCommands: true },
    facts: {},
    concurrency: 4,
    defaultTimeoutMs: 5_000,
    version: 'test',
    ...extra,
  };
}

const pass = async (): Promise<CheckOutcome> => ({ status: 'pass', summary: 'fine' });
const fail = async (): Promise<CheckOutcome> => ({ status: 'fail', summary: 'broken' });

describe('evaluate', () => {
  test('a check that throws yields error with its message, and the run goes on', async () => {
    const registry = kinds({
      boom: async () => {
        throw new Error('disk on fire\n    at somewhere (file.js:1:1)');
      },
      ok: pass,
    });
    const report = await evaluate(
      checklist([
        item('a', { check: { kind: 'boom', params: {} } }),
        item('b', { check: { kind: 'ok', params: {} } }),
      ]),
      options(registry),
    );
    expect(report.items.map((i) => [i.id, i.status, i.summary])).toEqual([
      ['a', 'error', 'the check failed: disk on fire'],
      ['b', 'pass', 'fine'],
    ]);
    expect(report.state).toBe('fail');
    expect(report.blocking).toEqual(['a']);
  });

  test('a check that outlives its timeout yields error, and its signal is aborted', async () => {
    let aborted = false;
    const registry = kinds({
      hang: (ctx) =>
        new Promise(() => {
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
          });
        }),
    });
    const report = await evaluate(
      checklist([item('slow', { timeoutMs: 50, check: { kind: 'hang', params: {} } })]),
      options(registry),
    );
    expect(report.items[0]).toMatchObject({ status: 'error', summary: 'timed out after 50ms' });
    expect(aborted).toBe(true);
  });

  test('the default timeout applies to items without their own', async () => {
    const registry = kinds({ hang: () => new Promise(() => undefined) });
    const report = await evaluate(
      checklist([item('slow', { check: { kind: 'hang', params: {} } })]),
      options(registry, { defaultTimeoutMs: 1500 }),
    );
    expect(report.items[0]?.summary).toBe('timed out after 1.5s');
  });

  test('a check that returns something that is not an outcome yields error', async () => {
    const registry = kinds({ odd: async () => ({ status: 'great' }) as unknown as CheckOutcome });
    const report = await evaluate(
      checklist([item('x', { check: { kind: 'odd', params: {} } })]),
      options(registry),
    );
    expect(report.items[0]).toMatchObject({ status: 'error', summary: 'the check returned no result' });
  });

  test('automated items run concurrently, never more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const registry = kinds({
      work: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 20));
        running -= 1;
        return { status: 'pass', summary: 'done' };
      },
    });
    const items = Array.from({ length: 12 }, (_, i) =>
      item(`i${i}`, { check: { kind: 'work', params: {} } }),
    );
    const report = await evaluate(checklist(items), options(registry, { concurrency: 3 }));
    expect(peak).toBe(3);
    expect(report.counts.pass).toBe(12);
    expect(report.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  test('items whose condition does not hold are skipped; unknown facts never exclude', async () => {
    const registry = kinds({ ok: pass });
    const items = [
      item('labelled', { when: { labels: ['release'] }, check: { kind: 'ok', params: {} } }),
      item('paths', { when: { paths: ['docs/**'] }, check: { kind: 'ok', params: {} } }),
      item('base', { when: { baseBranches: ['main'] }, check: { kind: 'ok', params: {} } }),
    ];
    const known = await evaluate(
      checklist(items),
      options(registry, { facts: { labels: ['hotfix'], changedPaths: ['src/a.ts'], baseBranch: 'develop' } }),
    );
    expect(known.items.map((i) => [i.status, i.summary])).toEqual([
      ['skipped', 'not applicable: no label release'],
      ['skipped', 'not applicable: no changed file matches docs/**'],
      ['skipped', 'not applicable: base branch develop is not main'],
    ]);
    const unknown = await evaluate(checklist(items), options(registry));
    expect(unknown.items.map((i) => i.status)).toEqual(['pass', 'pass', 'pass']);
  });

  test('state: an optional failure does not block; manual items leave it pending', async () => {
    const registry = kinds({ ok: pass, bad: fail });
    const optionalFail = await evaluate(
      checklist([
        item('a', { check: { kind: 'ok', params: {} } }),
        item('b', { required: false, check: { kind: 'bad', params: {} } }),
      ]),
      options(registry),
    );
    expect([optionalFail.state, optionalFail.blocking]).toEqual(['pass', []]);
    const pending = await evaluate(
      checklist([item('a', { check: { kind: 'ok', params: {} } }), item('m')]),
      options(registry),
    );
    expect(pending.state).toBe('pending');
    expect(pending.items[1]).toMatchObject({ status: 'manual' });
    const failing = await evaluate(
      checklist([item('m'), item('b', { check: { kind: 'bad', params: {} } })]),
      options(registry),
    );
    expect(failing.state).toBe('fail');
    expect(failing.counts).toEqual({ total: 2, pass: 0, fail: 1, error: 0, skipped: 0, manual: 1 });
  });

  test('the report is plain data that matches the published report schema', async () => {
    const registry = kinds({
      ok: pass,
      bad: async () => ({
        status: 'fail',
        summary: 'x',
        findings: [{ file: 'a.js', line: 3, col: 2, message: 'm' }],
        evidence: { n: 1 },
      }),
    });
    const report = await evaluate(
      checklist([
        item('a', { check: { kind: 'ok', params: {} } }),
        item('b', { check: { kind: 'bad', params: {} } }),
        item('m'),
      ]),
      options(registry),
    );
    const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);
    const data = JSON.parse(JSON.stringify(report));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data).toEqual(report);
  });

  test('progress is reported once per item', async () => {
    const registry = kinds({ ok: pass });
    const seen: string[] = [];
    await evaluate(
      checklist([item('a', { check: { kind: 'ok', params: {} } }), item('m')]),
      options(registry, {
        onItemDone: (r, done, total) => seen.push(`${r.id} ${done}/${total}`),
      }),
    );
    expect(seen.map((s) => s.split(' ')[0]).sort()).toEqual(['a', 'm']);
    expect(seen.map((s) => s.split(' ')[1])).toEqual(['1/2', '2/2']);
  });
});

describe('runWithTimeout', () => {
  test('a synchronous throw inside the check is caught', async () => {
    const outcome = await runWithTimeout(() => {
      throw new TypeError('bad input');
    }, 1000);
    expect(outcome).toEqual({ status: 'error', summary: 'the check failed: bad input' });
  });

  test('once a check has returned, its signal fires (what it left running stops), with one reason for every check', async () => {
    const signals: AbortSignal[] = [];
    for (const name of ['a', 'b']) {
      const outcome = await runWithTimeout(async (signal) => {
        signals.push(signal);
        expect(signal.aborted).toBe(false);
        return { status: 'pass', summary: name };
      }, 1000);
      expect(outcome).toEqual({ status: 'pass', summary: name });
    }
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
    expect(signals[0]?.reason).toBeInstanceOf(Error);
    expect((signals[0]?.reason as Error).message).toBe('the check has ended');
    expect(signals[1]?.reason).toBe(signals[0]?.reason);
  });

  test('an outer cancellation ends a hanging check', async () => {
    const outer = new AbortController();
    const pending = runWithTimeout(() => new Promise(() => undefined), 60_000, outer.signal);
    outer.abort();
    await expect(pending).resolves.toEqual({ status: 'error', summary: 'cancelled' });
  });
});

describe('secrets', () => {
  test('secret-looking environment values never reach the report, whatever a check returns', async () => {
    const secret = 'sk_live_canary_0123456789abcdef';
    const registry = kinds({
      leaky: async (ctx) => ({
        status: 'fail',
        summary: `got ${ctx.env.JWT_SECRET}`,
        evidence: { tail: `JWT_SECRET=${ctx.env.JWT_SECRET}\n`, nested: [{ v: ctx.env.JWT_SECRET }] },
        findings: [{ file: 'a', message: `value ${ctx.env.JWT_SECRET}` }],
      }),
    });
    const report = await evaluate(
      checklist([item('l', { check: { kind: 'leaky', params: {} } })]),
      options(registry, {
        context: {
          repoDir: '.',
          env: { JWT_SECRET: secret, HOME: '/home/x' },
          targets: {},
          git: noGit,
          allowCommands: true,
        },
      }),
    );
    const text = JSON.stringify(report);
    expect(text).not.toContain(secret);
    expect(report.items[0]?.summary).toBe('got [redacted JWT_SECRET]');
  });
});

describe('declared secrets', () => {
  test('an env.policy variable marked secret is scrubbed from what any check prints, whatever its name', async () => {
    const value = 'addr-7Qm2Vx9Kp4Lr8Wz3';
    const registry = kinds({
      echo: async (ctx) => ({ status: 'fail', summary: `printed ${ctx.env.UPSTREAM_ADDRESS}` }),
      'env.policy': pass,
    });
    const run = (rule: Record<string, unknown>) =>
      evaluate(
        checklist([
          item('p', { check: { kind: 'env.policy', params: { variables: { UPSTREAM_ADDRESS: rule } } } }),
          item('e', { check: { kind: 'echo', params: {} } }),
        ]),
        options(registry, {
          context: {
            repoDir: '.',
            env: { UPSTREAM_ADDRESS: value },
            targets: {},
            git: noGit,
            allowCommands: true,
          },
        }),
      );
    const marked = await run({ secret: true });
    expect(JSON.stringify(marked)).not.toContain(value);
    expect(marked.items[1]?.summary).toBe('printed [redacted UPSTREAM_ADDRESS]');
    // Without the mark, a name that does not look secret is not a declared secret (the check owns its output).
    const plain = await run({ required: true });
    expect(plain.items[1]?.summary).toBe(`printed ${value}`);
  });

  test("a URL's credentials are secrets, and so are its token-like query values; a URL without a query has none of those", () => {
    expect(urlSecrets('https://deploy:hunter2-long@api.example.test/health')).toEqual([
      { name: 'URL password', value: 'hunter2-long' },
      { name: 'URL user', value: 'deploy' },
    ]);
    expect(
      urlSecrets('https://api.example.test/health?page=2&api_key=k1&sig=abcdefghijklmnopqrstuvwxyz'),
    ).toEqual([
      { name: 'query api_key', value: 'k1' },
      { name: 'query sig', value: 'abcdefghijklmnopqrstuvwxyz' },
    ]);
    expect(urlSecrets('https://api.example.test/health')).toEqual([]);
    expect(urlSecrets('https://api.example.test/health?')).toEqual([]);
    expect(urlSecrets('not a url')).toEqual([]);
  });
});
