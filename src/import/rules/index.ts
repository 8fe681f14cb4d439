import * as env from './env.js';
import * as github from './github.js';
import * as repo from './repo.js';
import type { ItemFacts, Mapping, Rule } from './types.js';
import * as web from './web.js';

/** In order: the first rule that recognises an item decides its check. */
const RULES: Rule[] = [
  repo.grepNothing,
  repo.envNotCommitted,
  repo.envExampleDocumented,
  repo.noConsoleLog,
  repo.noHardcodedSecrets,
  repo.typescriptCompiles,
  repo.projectCommand,
  repo.lintPasses,
  repo.dockerNonRoot,
  repo.dockerHealthcheck,
  repo.multiStage,
  web.healthCurl,
  web.securityHeaders,
  web.httpsRedirect,
  web.certificate,
  web.mixedContent,
  web.cors,
  web.rateLimit,
  web.latency,
  web.websocket,
  web.dns,
  github.reviewed,
  github.changelog,
  github.versionBump,
  github.checksGreen,
  repo.testsPass,
  env.environment,
];

export function mapItem(item: ItemFacts): Mapping | undefined {
  for (const rule of RULES) {
    const found = rule(item);
    if (found) return found;
  }
  return undefined;
}

export { APP_TARGET, type ItemFacts, type Mapping } from './types.js';
