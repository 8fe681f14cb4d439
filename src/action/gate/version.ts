import { readFileSync } from 'node:fs';
import path from 'node:path';

const SEMVER = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/;

/** The version being released: from the PR title, else the head branch (release/1.4.0), else package.json. */
export function releaseVersion(title: string, headRef: string, repoDir: string): string | undefined {
  const fromText = SEMVER.exec(title)?.[1] ?? SEMVER.exec(headRef)?.[1];
  if (fromText) return fromText;
  try {
    const pkg = JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}
