import type { CheckKind } from './types.js';
import { command } from './repo/command.js';
import { filesAbsent } from './repo/files-absent.js';
import { filesExist } from './repo/files-exist.js';
import { forbiddenPattern } from './repo/forbidden-pattern.js';
import { requiredPattern } from './repo/required-pattern.js';
import { untracked } from './repo/untracked.js';
import { value } from './repo/value.js';
import { netKinds } from './net/index.js';
import { webKinds } from './web/index.js';
import { envKinds } from './env/index.js';
import { secretKinds } from './secrets/index.js';
import { containerKinds } from './container/index.js';
import { githubKinds } from './github/index.js';

/** Every check kind Preflight knows, by name. Add a kind here and nowhere else. */
export type Registry = ReadonlyMap<string, CheckKind>;

export function createRegistry(kinds: CheckKind[]): Registry {
  const map = new Map<string, CheckKind>();
  for (const k of kinds) {
    if (map.has(k.kind)) throw new Error(`check kind registered twice: ${k.kind}`);
    map.set(k.kind, k);
  }
  return map;
}

export const builtinKinds: CheckKind[] = [
  filesExist,
  filesAbsent,
  untracked,
  forbiddenPattern,
  requiredPattern,
  value,
  command,
  ...netKinds,
  ...webKinds,
  ...envKinds,
  ...secretKinds,
  ...containerKinds,
  ...githubKinds,
];

export const defaultRegistry: Registry = createRegistry(builtinKinds);
