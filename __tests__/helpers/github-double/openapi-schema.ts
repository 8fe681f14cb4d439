/**
 * OpenAPI 3.0 schema objects → JSON Schema that ajv understands: `nullable: true` becomes a `null` type (and a
 * `null` enum member), and documentation-only keywords are dropped. Results are memoised per source object.
 */
type Json = Record<string, unknown>;

const DROPPED = new Set([
  'nullable',
  'example',
  'examples',
  'description',
  'readOnly',
  'writeOnly',
  'deprecated',
]);
const memo = new WeakMap<object, unknown>();

export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const known = memo.get(schema);
  if (known !== undefined) return known;
  const source = schema as Json;
  let out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Json).map(([name, sub]) => [name, toJsonSchema(sub)]),
      );
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (source.nullable === true) out = allowNull(out);
  memo.set(schema, out);
  return out;
}

function allowNull(out: Json): Json {
  if (typeof out.type === 'string') {
    const enumValues = Array.isArray(out.enum) && !out.enum.includes(null) ? [...out.enum, null] : out.enum;
    return { ...out, type: [out.type, 'null'], ...(enumValues ? { enum: enumValues } : {}) };
  }
  if (out.allOf || out.anyOf || out.oneOf) return { anyOf: [out, { type: 'null' }] };
  return out;
}
