import { describe, expect, it } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { createAjv } from '../../src/definition/schema-errors.js';
import { definitionSchema } from '../../src/definition/schema.js';

// The definition loader compiles its schemas without checking them against the meta-schema (they are
// Preflight's own, and the check costs a third of the compile on every run): they are checked here.
describe('the schemas the loader compiles', () => {
  const ajv = createAjv();
  const problems = (schema: object) =>
    ajv.validateSchema(schema) ? [] : (ajv.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  it('are valid JSON schemas: the definition and every check kind parameters', () => {
    expect(problems(definitionSchema)).toEqual([]);
    const kinds = [...defaultRegistry.values()];
    expect(kinds.length).toBeGreaterThan(10);
    for (const kind of kinds) expect([kind.kind, problems(kind.params)]).toEqual([kind.kind, []]);
  });

  it('would be told apart from an invalid one', () => {
    expect(problems({ type: 'text', properties: { a: { minLength: -1 } } }).length).toBeGreaterThan(0);
  });
});
