import { globList, strictObject } from '../params.js';
import { defineKind, type CheckOutcome, type Finding } from '../types.js';
import { listSome, plural } from '../wording.js';
import type { DockerRules } from './dockerfile-rules.js';
import { composeServices, DOCKERFILES, matchingFiles, shippedDockerfiles, textOf } from './files.js';

type Params = Partial<DockerRules> & {
  files?: string[];
  exclude?: string[];
  'healthcheck-in-compose'?: boolean;
  'shipped-only'?: boolean;
  'if-none'?: 'fail' | 'skip';
};

const DEFAULTS: DockerRules = {
  'non-root': true,
  healthcheck: true,
  'multi-stage': false,
  pinned: true,
  'require-digest': false,
  'no-secrets': true,
};

const rule = (description: string) => ({ type: 'boolean', description });

export const dockerPolicy = defineKind<Params>({
  kind: 'docker.policy',
  description:
    'Dockerfiles run as a non-root user, have a HEALTHCHECK, pin their base images and keep secrets out of ENV and ARG; optionally multi-stage and pinned by digest.',
  scope: 'repo',
  params: strictObject({
    files: globList('Dockerfiles to check (default **/Dockerfile, **/Dockerfile.*, **/*.Dockerfile).'),
    exclude: globList('Files not checked (node_modules never is).'),
    'non-root': rule('The final stage sets USER, and not root or 0 (default true).'),
    healthcheck: rule('The final stage (or a stage it builds on) has a HEALTHCHECK (default true).'),
    'healthcheck-in-compose': rule(
      'A healthcheck on the compose service that builds the Dockerfile also counts (default false).',
    ),
    'shipped-only': rule(
      'Judge only the images that ship: the Dockerfiles the CI workflows build, else the root Dockerfile, else those not named or placed as base, builder, development or test images (default false: every Dockerfile).',
    ),
    'if-none': {
      enum: ['fail', 'skip'],
      description:
        "No Dockerfile to judge: 'fail' (default) or 'skip' (for items that apply only to container images).",
    },
    'multi-stage': rule('At least two FROM stages (default false).'),
    pinned: rule('Base images have a tag other than latest, or a digest (default true).'),
    'require-digest': rule('Base images are pinned by digest @sha256:… (default false).'),
    'no-secrets': rule(
      'No ENV or ARG with a secret-like name (*_SECRET, *_TOKEN, *_PASSWORD, *_KEY) holds a literal value (default true).',
    ),
  }),
  async run(p, ctx): Promise<CheckOutcome> {
    const rules: DockerRules = { ...DEFAULTS };
    for (const key of Object.keys(DEFAULTS) as Array<keyof DockerRules>) rules[key] = p[key] ?? DEFAULTS[key];
    const found = p['shipped-only']
      ? await shippedDockerfiles(ctx, p.files ?? DOCKERFILES, p.exclude)
      : undefined;
    const files = found ? found.shipped : await matchingFiles(ctx, p.files ?? DOCKERFILES, p.exclude);
    if (files.length === 0) {
      const none =
        found && found.all.length > 0
          ? `no Dockerfile ships: ${listSome(found.all, 3)} ${found.all.length === 1 ? 'is a' : 'are'} base, builder, development or test image${found.all.length === 1 ? '' : 's'}`
          : `no Dockerfile matches ${(p.files ?? DOCKERFILES).join(', ')}`;
      return {
        status: p['if-none'] === 'skip' ? 'skipped' : 'fail',
        summary: p['if-none'] === 'skip' ? `${none}: nothing to judge` : none,
        evidence: { files: [], ...(found ? { notShipped: found.all } : {}) },
      };
    }
    const composeHealth = new Set<string>();
    if (p['healthcheck-in-compose']) {
      for (const { service } of await composeServices(ctx)) {
        if (service.dockerfile && service.healthcheck === 'set') composeHealth.add(service.dockerfile);
      }
    }
    const findings: Finding[] = [];
    const perFile: Record<string, unknown> = {};
    // The Dockerfile parser is loaded when there is a Dockerfile to judge.
    const { judgeDockerfile } = await import('./dockerfile-rules.js');
    for (const file of files) {
      ctx.signal.throwIfAborted();
      const text = await textOf(ctx, file);
      if (text === undefined) continue;
      const facts = judgeDockerfile(text, rules);
      const problems = facts.problems.filter((x) => !(x.rule === 'healthcheck' && composeHealth.has(file)));
      perFile[file] = {
        stages: facts.stages,
        finalUser: facts.finalUser,
        healthcheck: facts.healthcheck || composeHealth.has(file),
        baseImages: facts.baseImages,
        failed: [...new Set(problems.map((x) => x.rule))],
      };
      findings.push(...problems.map(({ line, col, message }) => ({ file, line, col, message })));
    }
    const evidence = {
      rules,
      files: perFile,
      ...(found ? { shipped: found.how, notShipped: found.all.filter((f) => !files.includes(f)) } : {}),
    };
    if (findings.length === 0) {
      return {
        status: 'pass',
        summary: `${plural(files.length, 'Dockerfile')} pass: ${listSome(files, 3)}`,
        evidence,
      };
    }
    const failing = new Set(findings.map((f) => f.file)).size;
    return {
      status: 'fail',
      summary: `${plural(findings.length, 'problem')} in ${plural(failing, 'Dockerfile')}: ${listSome(
        findings.map((f) => `${f.file}:${f.line} ${f.message}`),
        2,
      )}`,
      evidence,
      findings,
    };
  },
});
