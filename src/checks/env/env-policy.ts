import path from 'node:path';
import { regexProblems, strictObject } from '../params.js';
import { readText } from '../repo/read.js';
import { defineKind, type CheckOutcome, type Finding, type ParamProblem } from '../types.js';
import { listSome, plural } from '../wording.js';
import { parseEnvFile, type EnvEntry } from './env-files.js';
import { JWT_MIN_BYTES } from './secret-value.js';
import { judgeVariable, type Lookup, type VariableRule } from './variable-rules.js';
import { variableRuleSchema } from './rule-schema.js';

interface Params {
  variables: Record<string, VariableRule>;
  files?: string[];
  'use-env'?: boolean;
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
          "Read the job's environment, which wins over the files (default: true without `files`, false with them).",
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
    const useEnv = p['use-env'] ?? p.files === undefined;
    const lookup: Lookup = (name) => {
      const env = useEnv ? ctx.env[name] : undefined;
      const found =
        env !== undefined
          ? { value: env, source: 'env' }
          : fromFiles.has(name)
            ? {
                value: (fromFiles.get(name) as EnvEntry).value,
                source: (fromFiles.get(name) as { file: string }).file,
              }
            : undefined;
      if (found && found.value !== '') ctx.registerSecret?.(found.value);
      return found;
    };
    const verdicts = Object.entries(p.variables).map(([name, rule]) => judgeVariable(name, rule, lookup));
    const problems = [
      ...missingFiles.map((f) => `${f} does not exist`),
      ...verdicts.flatMap((v) => v.problems),
    ];
    const evidence = {
      sources: [...(useEnv ? ['env'] : []), ...(p.files ?? [])],
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
