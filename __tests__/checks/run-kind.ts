import type { ValidateFunction } from 'ajv';
import { createAjv, validateWith } from '../../src/definition/schema-errors.js';
import type { CheckContext, CheckKind, CheckOutcome } from '../../src/checks/types.js';

const ajv = createAjv();
const compiled = new WeakMap<object, ValidateFunction>();

/** What the definition loader would say about these parameters: schema problems, then validate()'s. */
export function paramProblems(kind: CheckKind, params: Record<string, unknown>): string[] {
  let validate = compiled.get(kind.params);
  if (!validate) {
    validate = ajv.compile(kind.params);
    compiled.set(kind.params, validate);
  }
  const schema = validateWith(validate, params).map((p) => p.message);
  if (schema.length > 0) return schema;
  return (kind.validate?.(params) ?? []).map((p) => `${p.path.join('.')}: ${p.message}`);
}

/** Runs a kind as the engine would, after checking that the test's parameters are ones a checklist could hold. */
export async function runKind(
  kind: CheckKind,
  params: Record<string, unknown>,
  ctx: CheckContext,
): Promise<CheckOutcome> {
  const problems = paramProblems(kind, params);
  if (problems.length > 0) throw new Error(`invalid ${kind.kind} parameters: ${problems.join('; ')}`);
  return kind.run(params, ctx);
}
