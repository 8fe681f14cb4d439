/** What the CLI touches of its process: handed in by the entry file, faked in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  writeFile: (file: string, text: string) => void;
  /** OWNER/NAME of the repository this Preflight came from, for the workflow `init` writes. */
  actionRepo?: () => string | undefined;
  /** The files git tracks in a folder (undefined outside a work tree), for the starter `init` writes. */
  trackedFiles?: (dir: string) => string[] | undefined;
  /** The running Node.js version (`process.versions.node`); commands warn on one older than Node 22. */
  nodeVersion?: string;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function useColour(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
