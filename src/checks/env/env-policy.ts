import path from 'node:path';
import { regexProblems, strictObject } from '../params.js';
import { readText } from '../repo/read.js';
import { defineKind, type CheckOutcome, type Finding, type ParamProblem } from '../types.js';
import { listSome, plural } from '../wording.js';
import { parseEnvFile, type EnvEntry } from './env-files.js';
import { JWT_MIN_BYTES } from './secret-value.js';
import { judgeVariable, type Lookup, type VariableRule } from './variable-rules.js';
import { variableRuleSchema } from './rule-schema.js';
import { CODE_DEFAULTS_JOB, deployValues, type DeployValue } from './deploy-config.js';
import { mentions, variableMentionJob } from '../repo/mentions.js';

interface Params {
  variables: Record<string, VariableRule>;
  files?: string[];
  'use-env'?: boolean;
  'when-used'?: boolean;
  'deploy-config'?: boolean;
}

const NAME = '^[A-Za-z_][A-Za-z0-9_.-]*$';

export const envPolicy = defineKind<Params>({
  kind: 'env.policy',
  description:
    "Environment variables (from the job's environment or env files) are set and satisfy rules: length in bytes, JWT key size, distinct from each other, no placeholders, a value or pattern. Values are never shown.",
  scope: 'environment',
  params: strictObject(
    {
      variables: {
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: NAME },
        additionalProperties: variableRuleSchema,
        description: 'Rules by variable name.',
      },
      files: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 1,
        description:
          'Env files in the repository to read (dotenv syntax); a later file overrides an earlier one.',
      },
      'use-env': {
        type: 'boolean',
        description:
          "Read the job's environment, which wins over the files (default: true without `files`, false with them; a local CLI run never reads the shell it runs in unless given --use-env).",
      },
      'when-used': {
        type: 'boolean',
        description:
          'Judge a variable only when the code or configuration of the repository mentions it (default false).',
      },
      'deploy-config': {
        type: 'boolean',
        description:
          "Also read the values the repository's deploy configuration sets: ENV of the Dockerfiles that ship, production compose files, package.json's start script, Procfile, fly.toml (default false). A variable such a file sets to a fixed value must have it there; secrets it leaves to the platform are judged where the job's environment holds them.",
      },
    },
    ['variables'],
  ),
  validate(p) {
    const problems: ParamProblem[] = regexProblems(
      Object.entries(p.variables).map(([name, r]) => ({
        path: ['variables', name, 'matches'],
        source: r.matches,
      })),
    );
    for (const file of p.files ?? []) {
      if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
        problems.push({ path: ['files'], message: `${file} must stay inside the repository` });
      }
    }
    for (const [name, r] of Object.entries(p.variables)) {
      const min = Math.max(r['min-bytes'] ?? 0, r['jwt-alg'] ? JWT_MIN_BYTES[r['jwt-alg']] : 0);
      if (r['exact-bytes'] !== undefined && r['exact-bytes'] < min) {
        problems.push({ path: ['variables', name, 'exact-bytes'], message: 'is below the minimum length' });
      }
      if ([r['distinct-from'] ?? []].flat().includes(name)) {
        problems.push({ path: ['variables', name, 'distinct-from'], message: 'names the variable itself' });
      }
    }
    return problems;
  },
  content: (p) => [
    ...(p['when-used'] ? [variableMentionJob(Object.keys(p.variables))] : []),
    ...(p['deploy-config'] ? [CODE_DEFAULTS_JOB] : []),
  ],
  async run(p, ctx): Promise<CheckOutcome> {
    const fromFiles = new Map<string, EnvEntry & { file: string }>();
    const missingFiles: string[] = [];
    for (const file of p.files ?? []) {
      let text: string | undefined;
      try {
        text = await readText(ctx.repoDir, file);
      } catch {
        missingFiles.push(file);
        continue;
      }
      if (text === undefined) return { status: 'error', summary: `${file} is not a text file` };
      for (const entry of parseEnvFile(text)) fromFiles.set(entry.key, { ...entry, file });
    }
    const local = ctx.envIsLocalShell === true;
    const useEnv = p['use-env'] ?? (p.files === undefined && !local);
    const names = Object.keys(p.variables);
    // A variable the gate job's environment gives is in use too: the workflow hands it to the release.
    const used = p['when-used']
      ? new Set([
          ...(await mentions(ctx, variableMentionJob(names), names)),
          ...(useEnv ? names.filter((n) => (ctx.env[n] ?? '') !== '') : []),
        ])
      : new Set(names);
    const shipping = p['deploy-config'] ? await deployValues(ctx) : undefined;
    const deploy = shipping?.values ?? new Map<string, DeployValue>();
    // A fixed value (NODE_ENV=production) belongs in the image that ships, when one does.
    const imageMustSet = (n: string) =>
      (shipping?.dockerfiles.length ?? 0) > 0 && p.variables[n]?.equals !== undefined;
    const lookup: Lookup = (name) => {
      const env = useEnv ? ctx.env[name] : undefined;
      const file = fromFiles.get(name);
      const configured = deploy.get(name);
      const found =
        env !== undefined
          ? { value: env, source: 'env' }
          : file
            ? { value: file.value, source: file.file }
            : configured
              ? { value: configured.value, source: configured.file }
              : undefined;
      if (found && found.value !== '') ctx.registerSecret?.(found.value);
      return found;
    };
    const notUsed = names.filter((n) => !used.has(n));
    /** Set outside the repository, and this run cannot see where: a local run, or no deploy file sets it. */
    const elsewhere = names.filter(
      (n) =>
        used.has(n) &&
        lookup(n) === undefined &&
        !useEnv &&
        !(p.files && p.files.length > 0) &&
        !imageMustSet(n),
    );
    const judged = Object.entries(p.variables).filter(([n]) => used.has(n) && !elsewhere.includes(n));
    if (judged.length === 0) {
      const why = [
        ...(notUsed.length > 0 ? [`not used by the code or configuration: ${listSome(notUsed)}`] : []),
        ...(elsewhere.length > 0
          ? [
              `set outside the repository (no Dockerfile, compose file or deploy config sets it): ${listSome(elsewhere)}; the gate judges the job's environment${local ? ', or pass --use-env' : ''}`,
            ]
          : []),
      ];
      return {
        status: 'skipped',
        summary: why.join('; '),
        evidence: { notUsed, setElsewhere: elsewhere },
      };
    }
    const verdicts = judged.map(([name, rule]) => {
      const v = judgeVariable(name, rule, lookup);
      const configured = deploy.get(name);
      // A password equal to its service's user or database name is the first guess of anyone.
      if (rule['not-placeholder'] && configured?.sameAs && v.source === configured.file) {
        return {
          ...v,
          problems: [
            ...v.problems,
            `${name} (${configured.file}) is the same as ${configured.sameAs}: a default anyone would guess`,
          ],
        };
      }
      return v;
    });
    const problems = [
      ...missingFiles.map((f) => `${f} does not exist`),
      ...verdicts.flatMap((v) => v.problems),
    ];
    const evidence = {
      sources: [
        ...(useEnv ? ['env'] : []),
        ...(p.files ?? []),
        ...(p['deploy-config'] ? ['deploy-config'] : []),
      ],
      ...(notUsed.length > 0 ? { notUsed } : {}),
      ...(elsewhere.length > 0 ? { setElsewhere: elsewhere } : {}),
      missingFiles,
      variables: Object.fromEntries(verdicts.map(({ name, problems: _, ...rest }) => [name, rest])),
    };
    const findings: Finding[] = verdicts.flatMap((v) => {
      const entry = fromFiles.get(v.name);
      if (!entry || v.source !== entry.file) return [];
      return v.problems.map((message) => ({ file: entry.file, line: entry.line, col: entry.col, message }));
    });
    if (problems.length === 0) {
      return {
        status: 'pass',
        summary: `${plural(verdicts.length, 'variable')} meet their rules: ${listSome(verdicts.map((v) => v.name))}`,
        evidence,
      };
    }
    return {
      status: 'fail',
      summary: `${plural(problems.length, 'problem')}: ${listSome(problems, 3)}`,
      evidence,
      findings,
    };
  },
});
