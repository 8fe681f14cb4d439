import { parseEnvFile } from './env-files.js';

/**
 * Keys an example env file documents: every assignment dotenv reads, and assignments commented out
 * (`# OPTIONAL_KEY=`), which is how example files usually mark optional variables.
 */
export function documentedKeys(text: string): Set<string> {
  const keys = new Set(parseEnvFile(text).map((e) => e.key));
  for (const m of text.matchAll(/^\s*#+\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/gm))
    keys.add(m[1] as string);
  return keys;
}
