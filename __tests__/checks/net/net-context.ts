import { createGitClient, gitRunner } from '../../../src/io/git.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos, makeTempDir, writeTree } from '../../helpers/git-repo.js';
import {
  cleanupCertificates,
  localhostCertificate,
  startHttpServer,
  startHttpsServer,
  type Handler,
  type RunningServer,
} from '../../helpers/servers.js';

/**
 * A CheckContext for the network kinds: a scratch directory as the repository (no git history needed),
 * the given targets and environment, a live abort signal. `files` are written into the directory (a CA
 * file for `ca-file`, say; parent directories are made). Remove the directories with cleanupRepos().
 */
export async function netContext(
  overrides: Partial<CheckContext> = {},
  files: Record<string, string> = {},
): Promise<CheckContext> {
  const dir = await makeTempDir('preflight-net-');
  await writeTree(dir, files);
  return {
    repoDir: dir,
    env: {},
    targets: {},
    git: createGitClient(gitRunner(dir)),
    signal: new AbortController().signal,
    allowCommands: false,
    ...overrides,
  };
}

export interface TestSite {
  /** The handler over HTTPS, with a certificate for localhost and 127.0.0.1. */
  secure: RunningServer;
  /** The same handler over plain HTTP. */
  plain: RunningServer;
  /** A netContext whose directory holds the certificate's authority at the `caFile` given. */
  context(overrides?: Partial<CheckContext>): CheckContext;
  /** Stops both servers, then removes every scratch directory and certificate (cleanupRepos, cleanupCertificates). */
  close(): Promise<void>;
}

/** One handler served over HTTPS and over plain HTTP on loopback, for the kinds that judge a page. */
export async function serveSite(handler: Handler, caFile: string): Promise<TestSite> {
  const { ca, leaf } = await localhostCertificate();
  const secure = await startHttpsServer(handler, leaf);
  const plain = await startHttpServer(handler);
  const base = await netContext({}, { [caFile]: ca.cert });
  return {
    secure,
    plain,
    context: (overrides = {}) => ({ ...base, signal: new AbortController().signal, ...overrides }),
    async close() {
      await secure.close();
      await plain.close();
      await cleanupRepos();
      await cleanupCertificates();
    },
  };
}
