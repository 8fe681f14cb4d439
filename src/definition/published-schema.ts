import type { Registry } from '../checks/registry.js';
import type { JsonSchema } from '../checks/types.js';
import { definitionSchema } from './schema.js';

/**
 * The definition schema with every check kind's parameters spelled out, for editors
 * (`# yaml-language-server: $schema=…`). Preflight itself validates kinds one by one for sharper messages.
 */
export function publishedSchema(registry: Registry): JsonSchema {
  const kinds = [...registry.values()];
  const check = {
    type: 'object',
    required: ['kind'],
    description: 'Makes the item automated: a check kind and its parameters.',
    properties: { kind: { enum: kinds.map((k) => k.kind), description: 'The check kind.' } },
    allOf: kinds.map((k) => ({
      if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
      then: {
        description: k.description,
        additionalProperties: false,
        required: k.params.required ?? [],
        properties: { kind: { const: k.kind }, ...(k.params.properties as JsonSchema) },
      },
    })),
  };
  return replaceCheck(structuredClone(definitionSchema), check);
}

function replaceCheck(node: unknown, check: JsonSchema): JsonSchema {
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as JsonSchema;
      const props = o.properties as JsonSchema | undefined;
      if (props && typeof props.check === 'object' && (props.check as JsonSchema).required)
        props.check = check;
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  return node as JsonSchema;
}
