import { execFile } from 'node:child_process';

/** What the checks ask of git. The real client runs the git binary; answers are cached for one run. */
export interface GitClient {
  /** Files in the index, relative to the repository root, '/'-separated. */
  trackedFiles(): Promise<string[]>;
  /** Files present but neither tracked nor ignored: `git add .` would commit them. */
  untrackedFiles(): Promise<string[]>;
  /** Which of these paths .gitignore (and the other exclude sources) would ignore. */
  ignored(paths: string[]): Promise<Set<string>>;
  /** Files changed between `base` and HEAD (three-dot, as a pull request shows them). */
  changedFiles(base: string): Promise<string[]>;
}

export type RunGit = (
  args: string[],
  input?: string,
) => Promise<{ code: number; stdout: string; stderr: string }>;

export function gitRunner(cwd: string, gitBinary = 'git'): RunGit {
  return (args, input) =>
    new Promise((resolve, reject) => {
      const child = execFile(
        gitBinary,
        // Configuration that could make git run a program (fsmonitor, hooks) is switched off: the
        // checkout may be a pull request's, read in a privileged run.
        ['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args],
        {
          cwd,
          maxBuffer: 512 * 1024 * 1024,
          encoding: 'utf8',
          env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
        },
        (err, stdout, stderr) => {
          if (err && typeof (err as { code?: unknown }).code !== 'number') {
            reject(new Error(`git could not run: ${err.message}`));
            return;
          }
          resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
}

export function createGitClient(run: RunGit): GitClient {
  const once = <T>(f: () => Promise<T>): (() => Promise<T>) => {
    let p: Promise<T> | undefined;
    return () => (p ??= f());
  };
  const list = async (args: string[]): Promise<string[]> => {
    const r = await run(args);
    if (r.code !== 0) throw new Error(gitError(r.stderr));
    return r.stdout.split('\0').filter((s) => s !== '');
  };
  return {
    // A file with a merge conflict is in the index once per stage: list it once.
    trackedFiles: once(async () => [...new Set(await list(['ls-files', '-z', '--cached']))]),
    untrackedFiles: once(() => list(['ls-files', '-z', '--others', '--exclude-standard'])),
    async ignored(paths) {
      if (paths.length === 0) return new Set();
      const r = await run(['check-ignore', '--no-index', '-z', '--stdin'], paths.join('\0') + '\0');
      if (r.code > 1) throw new Error(gitError(r.stderr));
      return new Set(r.stdout.split('\0').filter((s) => s !== ''));
    },
    changedFiles: (base) => list(['diff', '-z', '--name-only', `${base}...HEAD`]),
  };
}

function gitError(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.trim() !== '') ?? 'git failed';
  return /not a git repository/i.test(line)
    ? 'the directory is not a git repository'
    : line.replace(/^fatal: /, 'git: ');
}
