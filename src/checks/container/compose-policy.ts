import { globList, strictObject } from '../params.js';
import { defineKind, type CheckOutcome, type Finding } from '../types.js';
import { listSome, plural } from '../wording.js';
import { parseCompose, type ComposeService } from './compose-model.js';
import { judgeServices, type ComposeRules } from './compose-rules.js';
import { judgeDockerfile } from './dockerfile-rules.js';
import { COMPOSE_FILES, matchingFiles, textOf } from './files.js';

type Params = Partial<ComposeRules> & {
  files?: string[];
  exclude?: string[];
  'healthcheck-in-dockerfile'?: boolean;
};

const NO_RULES = {
  'non-root': false,
  healthcheck: true,
  'multi-stage': false,
  pinned: false,
  'require-digest': false,
  'no-secrets': false,
};

export const composePolicy = defineKind<Params>({
  kind: 'compose.policy',
  description:
    'Every service of the Docker Compose files has a healthcheck and a restart policy, and no environment variable holds a default password.',
  scope: 'repo',
  params: strictObject({
    files: globList(
      'Compose files (default **/compose.yml, **/compose.yaml, **/docker-compose*.yml and .yaml).',
    ),
    exclude: globList('Files not checked (node_modules never is).'),
    healthcheck: { type: 'boolean', description: 'Every service has a healthcheck (default true).' },
    'healthcheck-in-dockerfile': {
      type: 'boolean',
      description: 'A HEALTHCHECK in the local Dockerfile a service builds from also counts (default false).',
    },
    restart: {
      type: 'boolean',
      description: 'Every service has a restart policy other than "no" (default true).',
    },
    'default-passwords': {
      type: 'boolean',
      description:
        'No secret-named environment entry holds a default or placeholder such as postgres, root, password, example or changeme (default true).',
    },
  }),
  async run(p, ctx): Promise<CheckOutcome> {
    const rules: ComposeRules = {
      healthcheck: p.healthcheck ?? true,
      restart: p.restart ?? true,
      'default-passwords': p['default-passwords'] ?? true,
    };
    const files = await matchingFiles(ctx, p.files ?? COMPOSE_FILES, p.exclude);
    if (files.length === 0) {
      return {
        status: 'fail',
        summary: `no compose file matches ${(p.files ?? COMPOSE_FILES).join(', ')}`,
        evidence: { files: [] },
      };
    }
    const dockerHealth = new Map<string, boolean>();
    const imageHealthcheck = async (s: ComposeService) => {
      if (!p['healthcheck-in-dockerfile'] || !s.dockerfile) return undefined;
      if (!dockerHealth.has(s.dockerfile)) {
        const text = await textOf(ctx, s.dockerfile);
        dockerHealth.set(s.dockerfile, text !== undefined && judgeDockerfile(text, NO_RULES).healthcheck);
      }
      return dockerHealth.get(s.dockerfile);
    };
    const findings: Finding[] = [];
    const perFile: Record<string, unknown> = {};
    const unreadable: string[] = [];
    for (const file of files) {
      ctx.signal.throwIfAborted();
      const text = await textOf(ctx, file);
      const parsed = text === undefined ? undefined : parseCompose(file, text);
      if (!parsed?.ok) {
        unreadable.push(file);
        const where = parsed ? { line: parsed.line, col: parsed.col } : {};
        findings.push({ file, ...where, message: parsed ? parsed.message : 'not a text file' });
        continue;
      }
      const known = new Map<string, boolean | undefined>();
      for (const s of parsed.services) known.set(s.name, await imageHealthcheck(s));
      const problems = judgeServices(parsed.services, rules, (s) => known.get(s.name));
      perFile[file] = {
        services: parsed.services.map((s) => ({
          name: s.name,
          healthcheck: s.healthcheck === 'set' || known.get(s.name) === true,
          restart: s.restart?.value ?? null,
          environment: s.environment.length,
          failed: [...new Set(problems.filter((x) => x.service === s.name).map((x) => x.rule))],
        })),
      };
      findings.push(...problems.map(({ line, col, message }) => ({ file, line, col, message })));
    }
    const evidence = { rules, files: perFile, unreadable };
    if (findings.length === 0) {
      return {
        status: 'pass',
        summary: `${plural(files.length, 'compose file')} pass: ${listSome(files, 3)}`,
        evidence,
      };
    }
    return {
      status: 'fail',
      summary: `${plural(findings.length, 'problem')} in ${listSome([...new Set(findings.map((f) => f.file))], 3)}: ${listSome(
        findings.map((f) => f.message),
        2,
      )}`,
      evidence,
      findings,
    };
  },
});
