import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** A throwaway git repository holding a copy of examples/demo-service, plus optional extra files. */
export function demoRepo(extra: Record<string, string> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-test-'));
  cpSync(path.join(PROJECT_ROOT, 'examples/demo-service'), dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'init'],
  ]) {
    const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
