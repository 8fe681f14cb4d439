import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBounded, readBoundedSync, staysInside } from '../../src/io/bounded-read.js';

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pf-read-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'pf-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'outside secret');
  mkdirSync(path.join(root, 'sub'));
  writeFileSync(path.join(root, 'sub', 'a.txt'), 'hello');
  writeFileSync(path.join(root, 'big.txt'), Buffer.alloc(300_000, 'x'));
  symlinkSync('/dev/zero', path.join(root, 'zero'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out-link'));
  symlinkSync('sub/a.txt', path.join(root, 'in-link'));
  symlinkSync(outside, path.join(root, 'out-dir'));
  execFileSync('mkfifo', [path.join(root, 'fifo')]);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const limits = { maxBytes: 1000 };

describe('bounded reads', () => {
  it('reads a regular file inside the root', async () => {
    const r = await readBounded(root, 'sub/a.txt', limits);
    expect(r).toEqual({ ok: true, bytes: Buffer.from('hello'), truncated: false });
    expect(readBoundedSync(root, 'sub/a.txt', limits)).toEqual(r);
  });

  it('refuses links (scans) and follows only links that stay inside (definitions)', async () => {
    for (const rel of ['zero', 'out-link', 'in-link']) {
      expect(await readBounded(root, rel, limits)).toMatchObject({ ok: false, refusal: 'link' });
      expect(readBoundedSync(root, rel, limits)).toMatchObject({ ok: false, refusal: 'link' });
    }
    const inside = { ...limits, links: 'inside' as const };
    expect(await readBounded(root, 'in-link', inside)).toMatchObject({
      ok: true,
      bytes: Buffer.from('hello'),
    });
    expect(readBoundedSync(root, 'in-link', inside)).toMatchObject({ ok: true });
    for (const rel of ['out-link', 'out-dir/secret.txt']) {
      expect(await readBounded(root, rel, inside)).toMatchObject({ ok: false, refusal: 'outside' });
      expect(readBoundedSync(root, rel, inside)).toMatchObject({ ok: false, refusal: 'outside' });
    }
    expect(await readBounded(root, 'zero', inside)).toMatchObject({ ok: false, refusal: 'outside' });
    expect(await readBounded(root, 'out-dir/secret.txt', limits)).toMatchObject({
      ok: false,
      refusal: 'link',
    });
  });

  it('refuses a FIFO, a directory and a device without blocking', async () => {
    expect(await readBounded(root, 'fifo', limits)).toMatchObject({ ok: false, refusal: 'not-regular' });
    expect(readBoundedSync(root, 'fifo', limits)).toMatchObject({
      message: 'it is a named pipe, not a regular file',
    });
    expect(await readBounded(root, 'sub', limits)).toMatchObject({
      refusal: 'not-regular',
      message: /directory/,
    });
    expect(await readBounded('/dev', 'null', limits)).toMatchObject({
      refusal: 'not-regular',
      message: /device/,
    });
  });

  it('never reads past the cap: truncated, or refused', async () => {
    const cut = await readBounded(root, 'big.txt', limits);
    expect(cut).toMatchObject({ ok: true, truncated: true });
    expect(cut.ok && cut.bytes.length).toBe(1000);
    expect(await readBounded(root, 'big.txt', { ...limits, large: 'refuse' })).toMatchObject({
      refusal: 'too-large',
    });
    // /proc files say they are empty, then give more: the cap holds all the same.
    const proc = readBoundedSync('/proc/self', 'status', { maxBytes: 10, large: 'refuse' });
    expect(proc).toMatchObject({ ok: false, refusal: 'too-large' });
  });

  it('reads into a shared buffer and resolves folders once per batch, with the same refusals', () => {
    const batch = { maxBytes: 400_000, resolved: new Map<string, string>(), scratch: Buffer.alloc(1024) };
    const small = readBoundedSync(root, 'sub/a.txt', batch);
    expect(small).toEqual({ ok: true, bytes: Buffer.from('hello'), truncated: false });
    // The bytes are a view of the shared buffer; a file larger than it gets its own.
    expect(small.ok && small.bytes.buffer).toBe(batch.scratch.buffer);
    const big = readBoundedSync(root, 'big.txt', batch);
    expect(big.ok && big.bytes.length).toBe(300_000);
    expect(big.ok && big.bytes.buffer).not.toBe(batch.scratch.buffer);
    for (const rel of ['zero', 'out-link', 'in-link', 'out-dir/secret.txt'])
      expect(readBoundedSync(root, rel, batch)).toMatchObject({ ok: false, refusal: 'link' });
    expect(readBoundedSync(root, 'fifo', batch)).toMatchObject({ ok: false, refusal: 'not-regular' });
    expect(readBoundedSync(root, 'big.txt', { ...batch, maxBytes: 1000, large: 'refuse' })).toMatchObject({
      ok: false,
      refusal: 'too-large',
    });
    expect(batch.resolved.size).toBeGreaterThan(0);
  });

  it('looks at every folder on the way: a link, a loop, a file or a missing folder is refused as before', () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'pf-folders-'));
    try {
      mkdirSync(path.join(tree, 'deep', 'a', 'b'), { recursive: true });
      writeFileSync(path.join(tree, 'deep', 'a', 'b', 'c.txt'), 'deep text');
      writeFileSync(path.join(tree, 'plain-file'), 'a file, not a folder');
      symlinkSync('deep', path.join(tree, 'in-dir'));
      symlinkSync('../..', path.join(tree, 'deep', 'a', 'up'));
      symlinkSync(path.join(tree, 'nowhere'), path.join(tree, 'dangling'));
      symlinkSync('loop', path.join(tree, 'loop'));
      symlinkSync('plain-file', path.join(tree, 'to-file'));
      symlinkSync('/dev', path.join(tree, 'devices'));
      symlinkSync(outside, path.join(tree, 'deep', 'a', 'out'));
      const cases: Array<[string, object]> = [
        ['deep/a/b/c.txt', { ok: true, bytes: Buffer.from('deep text') }],
        ['in-dir/a/b/c.txt', { ok: false, refusal: 'link' }],
        ['deep/a/up/deep/a/b/c.txt', { ok: false, refusal: 'link' }],
        ['deep/a/out/secret.txt', { ok: false, refusal: 'link' }],
        ['devices/zero', { ok: false, refusal: 'link' }],
        ['dangling/x.txt', { ok: false, refusal: 'missing' }],
        ['loop/x.txt', { ok: false, refusal: 'link' }],
        ['plain-file/x.txt', { ok: false, refusal: 'missing' }],
        ['to-file/x.txt', { ok: false, refusal: 'link' }],
        ['deep/none/x.txt', { ok: false, refusal: 'missing' }],
        ['deep/a/b', { ok: false, refusal: 'not-regular', message: /directory/ }],
      ];
      const batch = () => ({ ...limits, resolved: new Map<string, string>(), scratch: Buffer.alloc(64) });
      const shared = batch();
      for (const [rel, want] of cases) {
        // The general route (a root written with `./`) resolves real paths; the plain one looks at folders.
        const general = readBoundedSync(`${tree}/./`, rel, limits);
        expect(general).toMatchObject(want);
        expect(readBoundedSync(tree, rel, limits)).toEqual(general);
        expect(readBoundedSync(tree, rel, batch())).toEqual(general);
        expect(readBoundedSync(tree, rel, shared)).toEqual(general);
      }
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  it('sees a folder swapped for a link in the next batch', () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'pf-swap-'));
    try {
      mkdirSync(path.join(tree, 'src', 'lib'), { recursive: true });
      writeFileSync(path.join(tree, 'src', 'lib', 'secret.txt'), 'inside');
      const batch = () => ({ ...limits, resolved: new Map<string, string>(), scratch: Buffer.alloc(64) });
      expect(readBoundedSync(tree, 'src/lib/secret.txt', batch())).toMatchObject({ ok: true });
      rmSync(path.join(tree, 'src', 'lib'), { recursive: true });
      symlinkSync(outside, path.join(tree, 'src', 'lib'));
      expect(readBoundedSync(tree, 'src/lib/secret.txt', batch())).toMatchObject({
        ok: false,
        refusal: 'link',
      });
      // A file swapped for a FIFO, or for a link to a device, in the same place.
      rmSync(path.join(tree, 'src', 'lib'));
      mkdirSync(path.join(tree, 'src', 'lib'));
      execFileSync('mkfifo', [path.join(tree, 'src', 'lib', 'secret.txt')]);
      expect(readBoundedSync(tree, 'src/lib/secret.txt', batch())).toMatchObject({ refusal: 'not-regular' });
      rmSync(path.join(tree, 'src', 'lib', 'secret.txt'));
      symlinkSync('/dev/zero', path.join(tree, 'src', 'lib', 'secret.txt'));
      expect(readBoundedSync(tree, 'src/lib/secret.txt', batch())).toMatchObject({ refusal: 'link' });
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  it('reads a file that gives more than its size said into the shared buffer, within the cap', () => {
    // /proc files say they are empty: the one read of the claimed size and a byte more fills, so it reads on.
    const batch = { maxBytes: 1 << 20, resolved: new Map<string, string>(), scratch: Buffer.alloc(64) };
    const status = readBoundedSync('/proc/self', 'status', batch);
    expect(status.ok && status.bytes.toString('latin1')).toMatch(/^Name:.*\n[\s\S]*\n$/);
    expect(status.ok && status.bytes.length).toBeGreaterThan(64);
    expect(
      readBoundedSync('/proc/self', 'status', { ...batch, maxBytes: 10, large: 'refuse' }),
    ).toMatchObject({
      ok: false,
      refusal: 'too-large',
    });
  });

  it('decides the same for plain paths however the root is written (joined by hand or by path functions)', () => {
    const relativeRoot = path.relative(process.cwd(), root);
    const rels = [
      'sub/a.txt',
      'out-dir/secret.txt',
      'sub//a.txt',
      './sub/a.txt',
      'sub/../../x',
      'missing/a.txt',
      'big.txt',
    ];
    const want = rels.map((rel) => readBoundedSync(`${root}/./`, rel, limits));
    expect(want[0]).toEqual({ ok: true, bytes: Buffer.from('hello'), truncated: false });
    expect(want[1]).toMatchObject({ ok: false, refusal: 'link' });
    expect(want[4]).toMatchObject({ ok: false, refusal: 'outside' });
    expect(want[5]).toMatchObject({ ok: false, refusal: 'missing' });
    for (const base of [root, `${root}/`, relativeRoot])
      expect(rels.map((rel) => readBoundedSync(base, rel, limits))).toEqual(want);
  });

  it('refuses paths that leave the root by their words', async () => {
    for (const rel of ['../x', 'a/../../x', '/etc/passwd', 'a\0b', '']) {
      expect(staysInside(rel)).toBe(false);
      expect(await readBounded(root, rel, limits)).toMatchObject({ refusal: 'outside' });
      expect(readBoundedSync(root, rel, limits)).toMatchObject({ refusal: 'outside' });
    }
  });

  it('reads a name that starts like a drive where paths have no drives', async () => {
    // `c:config.js` is an ordinary name on POSIX; refused as "outside", it was never scanned.
    if (path.sep !== '/') return;
    writeFileSync(path.join(root, 'c:config.js'), 'drive-like');
    mkdirSync(path.join(root, 'd:'), { recursive: true });
    writeFileSync(path.join(root, 'd:', 'e:f'), 'nested');
    for (const [rel, text] of [
      ['c:config.js', 'drive-like'],
      ['d:/e:f', 'nested'],
    ] as const) {
      expect(staysInside(rel)).toBe(true);
      const want = { ok: true, bytes: Buffer.from(text), truncated: false };
      expect(readBoundedSync(root, rel, limits)).toEqual(want);
      expect(await readBounded(root, rel, limits)).toEqual(want);
    }
  });

  it('stops when its signal is aborted', async () => {
    const c = new AbortController();
    c.abort();
    expect(await readBounded(root, 'big.txt', { maxBytes: 1e6, signal: c.signal })).toMatchObject({
      refusal: 'aborted',
    });
  });
});
