import { readBoundedSync } from '../../io/bounded-read.js';

const SEMVER = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/;

/** The version being released: from the PR title, else the head branch (release/1.4.0), else package.json. */
export function releaseVersion(title: string, headRef: string, repoDir: string): string | undefined {
  const fromText = SEMVER.exec(title)?.[1] ?? SEMVER.exec(headRef)?.[1];
  if (fromText) return fromText;
  // The checkout is the pull request's: its package.json is read like any file from outside (bounded).
  const read = readBoundedSync(repoDir, 'package.json', {
    maxBytes: 1024 * 1024,
    large: 'refuse',
    links: 'inside',
  });
  if (!read.ok) return undefined;
  try {
    const pkg = JSON.parse(read.bytes.toString('utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version.slice(0, 100) : undefined;
  } catch {
    return undefined;
  }
}
