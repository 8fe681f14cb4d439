import { phrase, type Mapping, type Rule } from './types.js';

const DOCKER_RULES = ['non-root', 'healthcheck', 'pinned', 'no-secrets', 'multi-stage'];
/** docker.policy with only the named rules on, so the item checks what it says. */
const dockerOnly = (...rules: string[]) => ({
  kind: 'docker.policy',
  ...Object.fromEntries(DOCKER_RULES.map((r) => [r, rules.includes(r)])),
});
const DOCKER = /\bdocker\w*|\bcontainers?\b|\bimages?\b|\bcompose\b|\bkubernetes|\bk8s\b/;

export const dockerfile: Rule = (item) => {
  const t = item.text;
  const inDocker = DOCKER.test(`${t} ${item.context}`);
  const found: Array<[string, string]> = [];
  const nonRoot = phrase(
    t,
    /\bnon-?root user\b|\bnot (?:run )?as root\b|\bruns? as (?:a )?non-?root\b|\bnon-?root (?:containers?|execution)\b/,
  );
  if (nonRoot && (inDocker || /user configured|in container/.test(t))) found.push(['non-root', nonRoot]);
  const health = phrase(
    t,
    /\bhealth ?-?checks? (?:are |is )?(?:implemented|defined|configured|added|in place|present)\b|\bhealth ?-?checks? in (?:the )?(?:containers?|dockerfiles?|images?)\b|\bhealthcheck instruction\b|\badd healthcheck\b|\bdockerfiles? (?:has|have|includes?|contains?|defines?) (?:a )?healthcheck\b/,
  );
  if (
    health &&
    inDocker &&
    !/endpoint|compose|orchestrat|scaling|load balancer|kubernetes|k8s|probes?\b/.test(t)
  )
    found.push(['healthcheck', health]);
  const multi = phrase(t, /\bmulti-?stage (?:docker )?(?:builds?|dockerfiles?)\b/);
  if (multi) found.push(['multi-stage', multi]);
  const pinned = phrase(
    t,
    /\b(?:specific|pinned) (?:version )?tags?\b|\bnot :?latest\b|\bno :?latest\b|\bbase images? pinned\b|\bpin(?:ned)? base images?\b/,
  );
  if (pinned && inDocker) found.push(['pinned', pinned]);
  const secrets = phrase(
    t,
    /\bno secrets in (?:the )?(?:dockerfiles?|images?|env|arg)\b|\bsecrets? (?:not )?(?:baked|in the image)\b[^,;]*\bnot\b|\bnot in image\b/,
  );
  if (secrets) found.push(['no-secrets', secrets]);
  const ignore = dockerIgnore(t);
  if (found.length === 0) return ignore;
  if (
    /\bread-only|minimal base|signing|scann?ed|slim|distroless|tested locally|verified\b/.test(t) &&
    found.length === 0
  )
    return undefined;
  const rules = found.map(([r]) => r);
  const policy: Mapping = {
    check: {
      ...dockerOnly(...rules),
      ...(rules.includes('healthcheck') ? { 'healthcheck-in-compose': true } : {}),
    },
    rule: 'docker.policy',
    matched: found.map(([, m]) => m),
    note:
      rules.includes('multi-stage') && /optimi[sz]ed/.test(t)
        ? 'checks that builds are multi-stage, not how well they are optimised'
        : undefined,
  };
  return ignore ? [policy, ignore] : policy;
};

/**
 * "Dockerized (multi-stage builds, .dockerignore)", "`.dockerignore` in place": the ignore file is one of
 * the things the Docker setup has. ("`key.json` is in `.dockerignore`" is about what the file holds.)
 */
function dockerIgnore(t: string): Mapping | undefined {
  if (!/\.dockerignore\b/.test(t) || /\b(?:in|to|into|from|inside) (?:the )?`?\.dockerignore\b/.test(t))
    return undefined;
  const listed =
    /\b(?:docker|contain)\w*\b[^;]{0,60}\.dockerignore\b/.test(t) ||
    /\.dockerignore`?(?: file)? (?:is |are )?(?:present|exists?|in place|added|created|configured|set up)\b/.test(
      t,
    );
  if (!listed) return undefined;
  return {
    check: { kind: 'repo.files-exist', paths: ['**/.dockerignore'] },
    rule: 'docker.policy',
    matched: ['.dockerignore'],
    note: 'a .dockerignore anywhere in the repository (beside each Dockerfile)',
  };
}

export const compose: Rule = (item) => {
  const t = item.text;
  // "Health probes + graceful shutdown + restart policies present on services": restart policies on the
  // services are the Compose file's, though the item does not say Compose (unless it names Kubernetes).
  const onServices =
    /\brestart polic(?:y|ies)\b[^,;]*\bservices?\b|\bservices?\b[^,;]*\brestart polic(?:y|ies)\b/.test(t) &&
    !/\bkubernetes|\bk8s\b|\bpods?\b|\bhelm\b|\bsystemd\b|\becs\b|\bnomad\b/.test(`${t} ${item.context}`);
  if (!/\bcompose\b/.test(`${t} ${item.context}`) && !onServices) return undefined;
  // "Restart policies documented for services": a page about them, not the file's settings.
  if (/\b(?:documented|described|written down|discussed|planned)\b/.test(t)) return undefined;
  const restart = phrase(
    t,
    /\brestart polic(?:y|ies)\b(?: (?:are |is )?(?:configured|set|defined|present))?/,
  );
  const health = phrase(
    t,
    /\bhealth ?-?(?:checks?|probes?)\b[^,;]*\b(?:services?|compose)\b|\bservices?\b[^,;]*\bhealth ?-?(?:checks?|probes?)\b/,
  );
  const passwords = phrase(t, /\bno default passwords?\b/);
  const on = { restart: !!restart, healthcheck: !!health, 'default-passwords': !!passwords };
  if (!restart && !health && !passwords) return undefined;
  return {
    check: { kind: 'compose.policy', ...on },
    rule: 'compose.policy',
    matched: [restart, health, passwords].filter((m): m is string => !!m),
  };
};
