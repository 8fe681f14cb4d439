import { phrase, type Mapping, type Rule } from './types.js';

const DOCKER_RULES = ['non-root', 'healthcheck', 'pinned', 'no-secrets', 'multi-stage'];
/** docker.policy with only the named rules on, so the item checks what it says. */
const dockerOnly = (...rules: string[]) => ({
  kind: 'docker.policy',
  ...Object.fromEntries(DOCKER_RULES.map((r) => [r, rules.includes(r)])),
});
const DOCKER = /\bdocker\w*|\bcontainers?\b|\bimages?\b|\bcompose\b|\bkubernetes|\bk8s\b/;

/**
 * docker.policy as a grammar: each rule of the kind by the words that claim it, in an item about the
 * image (Docker, a container, an image or a Dockerfile in its words or its outline), and none of the
 * words that make it another claim: another component's container (the database's, a proxy's, an
 * upstream image), an orchestrator's setting (Kubernetes, a pod, Helm, ECS, systemd), or an activity
 * around the image (a scan, signing, a look).
 */
const NON_ROOT =
  /\bnon-?root (?:users?|uids?|accounts?|containers?|execution|mode)\b|\b(?:runs?|running|executes?|as) (?:a )?non-?root\b|(?:\bnot|n't|\bnever|\bno longer) (?:be )?(?:run(?:s|ning)? |execut\w* |start\w* )?(?:as |with )(?:the )?root\b|\bruns? as (?:a |an )?(?:unprivileged|dedicated|app|service|low-privilege) user\b|\bunprivileged user\b|\bdrops? root(?: privileges)?\b|\brootless\b|\buser (?:directive|instruction) (?:is )?(?:set|present|added|used)\b|\b(?:container |image |docker )?user (?:is )?not root\b/;
const HEALTH =
  /\bhealth ?-?checks? (?:are |is )?(?:implemented|defined|configured|added|in place|present|set|declared)\b|\bhealth ?-?checks? in (?:the |each |every )?(?:docker )?(?:containers?|dockerfiles?|images?)\b|\bhealthcheck (?:instruction|directive)s?(?: (?:is |are )?(?:present|set|defined|added|in place))?\b|\badd (?:a )?healthcheck\b|\b(?:dockerfiles?|images?|containers?) (?:has|have|includes?|contains?|defines?|declares?|ships? with) (?:a |an )?health ?-?check\b/;
const MULTI_STAGE =
  /\bmulti-?stage (?:docker )?(?:builds?|dockerfiles?|images?)\b|\bbuilt in (?:two|2|several|separate) stages\b|\b(?:separate|dedicated) (?:build|builder) stage\b/;
/** "Dockerfile is multi-stage", "Docker: multi-stage": the word alone, in an item about the image. */
const MULTI_STAGE_ALONE =
  /\bmulti-?stage\b(?! (?:rollout|deploy\w*|release|plan|migration|process|approach))/;
const PINNED =
  /\b(?:specific|pinned|fixed) (?:version )?tags?\b|\bnot :?latest\b|\bno :?latest\b|\b(?:no|without) `?latest`? tags?\b|\bbase images? (?:are |is )?(?:pinned|locked|fixed)\b|\bpin(?:ned)? (?:the )?base images?\b|\bbase images? (?:use|uses|with) (?:a )?(?:fixed|specific|pinned) (?:version|tag)s?\b/;
const NO_SECRETS =
  /\bno (?:secrets|credentials|passwords|api keys|tokens) (?:baked )?(?:in|into|inside) (?:the )?(?:dockerfiles?|images?|layers?|env|arg|build args?)\b|\bsecrets? (?:not )?(?:baked|in the image)\b[^,;]*\bnot\b|\bnot in (?:the )?image\b|\bdockerfiles? (?:has|have|holds?|contains?) no (?:secrets|credentials|passwords)\b|\bsecrets? (?:are )?not baked into\b/;

/** Another component's container or image, or an orchestrator's setting: not the project's Dockerfile. */
const OTHER_IMAGE =
  /\b(?:database|db|postgres\w*|mysql|mariadb|mongo\w*|redis|memcached|nginx|proxy|sidecar|third-party|vendor|upstream|base os) (?:containers?|images?|services?)\b|\b(?:containers?|images?) (?:of|for) (?:the )?(?:database|db|postgres\w*|mysql|mariadb|mongo\w*|redis|memcached|nginx|proxy|sidecar|vendor)\b|\bsecuritycontext\b/;
/** An orchestrator's words: its pods, charts and units run the image, with settings of their own. */
const ORCHESTRATOR = /\bkubernetes|\bk8s\b|\bpods?\b|\bhelm\b|\bsystemd\b|\becs\b|\bnomad\b/;
/** An activity around the image: scanning it, signing it, reading it. */
const IMAGE_ACTIVITY = /\bscan\w*|\bsign(?:ed|ing)\b|\bfor debugging\b|\bas root for\b/;

export const dockerfile: Rule = (item) => {
  const t = item.text;
  // (A HEALTHCHECK or USER instruction is a Dockerfile's own word.)
  const inDocker =
    DOCKER.test(`${t} ${item.context}`) || /\b(?:healthcheck|user) (?:instruction|directive)s?\b/.test(t);
  if (OTHER_IMAGE.test(t) || ORCHESTRATOR.test(t) || IMAGE_ACTIVITY.test(t)) return dockerIgnore(t);
  const found: Array<[string, string]> = [];
  const nonRoot = phrase(t, NON_ROOT);
  if (nonRoot && (inDocker || /user configured|in container/.test(t))) found.push(['non-root', nonRoot]);
  const health = phrase(t, HEALTH);
  if (health && inDocker && !/endpoint|compose|orchestrat|scaling|load balancer|probes?\b/.test(t))
    found.push(['healthcheck', health]);
  const multi = phrase(t, MULTI_STAGE) ?? (inDocker ? phrase(t, MULTI_STAGE_ALONE) : undefined);
  if (multi) found.push(['multi-stage', multi]);
  const pinned = phrase(t, PINNED);
  if (pinned && inDocker) found.push(['pinned', pinned]);
  const secrets = phrase(t, NO_SECRETS);
  if (secrets) found.push(['no-secrets', secrets]);
  const ignore = dockerIgnore(t);
  if (found.length === 0) return ignore;
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
    !ORCHESTRATOR.test(`${t} ${item.context}`);
  if (!/\bcompose\b/.test(`${t} ${item.context}`) && !onServices) return undefined;
  // "Restart policies documented for services": a page about them, not the file's settings.
  // ("Kubernetes restart policy set" under a Compose heading: another orchestrator's setting.)
  if (
    /\b(?:documented|described|written down|discussed|planned)\b/.test(t) ||
    ORCHESTRATOR.test(t) ||
    /\bswarm\b/.test(t)
  )
    return undefined;
  const restart =
    phrase(t, /\brestart polic(?:y|ies)\b(?: (?:are |is )?(?:configured|set|defined|present))?/) ??
    phrase(
      t,
      /\b(?:services?|containers?) (?:\w+ ){0,2}(?:restart|restarts|are restarted|get restarted) (?:automatically|on failure|always|unless[- ]stopped)\b|\brestart: (?:always|unless-stopped|on-failure)\b|\bauto-?restart(?:s|ing)?\b/,
    );
  const health = phrase(
    t,
    /\bhealth ?-?(?:checks?|probes?)\b[^,;]*\b(?:services?|compose)\b|\bservices?\b[^,;]*\bhealth ?-?(?:checks?|probes?)\b/,
  );
  const passwords = phrase(
    t,
    /\bno (?:default|placeholder|example|stock) (?:\w+ )?(?:passwords?|credentials)\b|\b(?:default|placeholder|example) (?:passwords?|credentials) (?:are |were |have been )?(?:removed|replaced|changed|gone)\b|\bpasswords? (?:are |were )?(?:changed|moved) (?:away )?from (?:the )?defaults?\b/,
  );
  const on = { restart: !!restart, healthcheck: !!health, 'default-passwords': !!passwords };
  if (!restart && !health && !passwords) return undefined;
  return {
    check: { kind: 'compose.policy', ...on },
    rule: 'compose.policy',
    matched: [restart, health, passwords].filter((m): m is string => !!m),
  };
};
