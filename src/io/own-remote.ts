import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { githubRepoOf } from '../init/action-ref.js';
import { builtinDir } from './files.js';

/**
 * The GitHub repository this copy of Preflight came from: the `repository` of its package.json (a published
 * package), else the `origin` remote of the clone it runs from. Undefined when neither names one.
 */
export function ownActionRepo(root: string | undefined = ownRoot()): string | undefined {
  if (!root) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      repository?: string | { url?: string };
    };
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const repo = url ? githubRepoOf(url) : undefined;
    if (repo) return repo;
  } catch {
    /* no readable package.json: try git */
  }
  try {
    const url = execFileSync('git', ['-C', root, 'config', '--get', 'remote.origin.url'], {
      encoding: 'utf8',
      timeout: 5000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return githubRepoOf(url);
  } catch {
    return undefined;
  }
}

function ownRoot(): string | undefined {
  const dir = builtinDir();
  return dir ? path.dirname(dir) : undefined;
}
