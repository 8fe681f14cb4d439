import { execFileSync } from 'node:child_process';

/**
 * The files git tracks in `dir` (what `init` looks at to fit the starter checklist to the repository), or
 * undefined when `dir` is not in a git work tree or git cannot say. Hooks and fsmonitor are off: listing
 * never runs the repository's code.
 */
export function trackedFilesSync(dir: string): string[] | undefined {
  try {
    const out = execFileSync(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-C', dir, 'ls-files', '-z'],
      {
        encoding: 'utf8',
        timeout: 10_000,
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return out.split('\0').filter((f) => f !== '');
  } catch {
    return undefined;
  }
}
