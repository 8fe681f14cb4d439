/**
 * Validates requests (path and query parameters, JSON bodies) and the double's own responses against the
 * operation's schemas from GitHub's OpenAPI description. Validators are compiled lazily and cached per module.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenApiOperation, OpenApiParameter } from './spec.js';
import { toJsonSchema } from './openapi-schema.js';

const addFormats = addFormatsModule.default;

function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, coerceTypes });
  addFormats(ajv);
  ajv.addFormat('repo.nwo', true);
  return ajv;
}

const bodies = makeAjv(false);
const parameters = makeAjv(true);
const compiled = new Map<string, ValidateFunction | null>();

function validator(key: string, ajv: Ajv, build: () => unknown): ValidateFunction | null {
  if (!compiled.has(key)) {
    const schema = build();
    compiled.set(key, schema === undefined ? null : ajv.compile(schema as object));
  }
  return compiled.get(key) ?? null;
}

export interface CheckedRequest {
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  /** GitHub-style explanations ("\"state\" wasn't supplied."); empty when the request is valid. */
  errors: string[];
  /** Not errors for GitHub (it ignores them) but mistakes in a client: unknown query parameters. */
  warnings: string[];
}

export function checkRequest(
  op: OpenApiOperation,
  pathParams: Record<string, string>,
  search: URLSearchParams,
  body: unknown,
): CheckedRequest {
  const params = op.parameters ?? [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const path: Record<string, unknown> = { ...pathParams };
  const query: Record<string, unknown> = {};
  const queryParams = params.filter((p) => p.in === 'query');
  for (const [name, value] of search) {
    if (queryParams.some((p) => p.name === name)) query[name] = value;
    else warnings.push(`unknown query parameter "${name}" (GitHub ignores it)`);
  }
  const pathCheck = validator(`${op.operationId}:path`, parameters, () => objectSchema(params, 'path'));
  if (pathCheck && !pathCheck(path)) errors.push(...explain(pathCheck.errors, 'path'));
  const queryCheck = validator(`${op.operationId}:query`, parameters, () => objectSchema(params, 'query'));
  if (queryCheck && !queryCheck(query)) errors.push(...explain(queryCheck.errors, 'query'));
  for (const p of queryParams) {
    const max = /\(max (\d+)\)/.exec(p.description ?? '');
    const value = query[p.name];
    if (max && typeof value === 'number' && value > Number(max[1])) {
      errors.push(`For 'query/${p.name}', ${value} is greater than the maximum of ${max[1]}.`);
    }
  }
  const content = op.requestBody?.content['application/json'];
  if (op.requestBody && content?.schema) {
    if (body === undefined) {
      if (op.requestBody.required) errors.push('A JSON request body is required.');
    } else {
      const bodyCheck = validator(`${op.operationId}:body`, bodies, () => toJsonSchema(content.schema));
      if (bodyCheck && !bodyCheck(body)) errors.push(...explain(bodyCheck.errors, 'properties'));
    }
  }
  return { pathParams: path, query, errors, warnings };
}

/** Problems with a response the double is about to send; empty when it matches GitHub's schema. */
export function checkResponse(op: OpenApiOperation, status: number, body: unknown): string[] {
  const response = op.responses[String(status)];
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) return [];
  const check = validator(`${op.operationId}:response:${status}`, bodies, () => toJsonSchema(schema));
  if (!check || check(body)) return [];
  return explain(check.errors, 'response').slice(0, 10);
}

function objectSchema(params: OpenApiParameter[], where: 'path' | 'query'): unknown {
  const own = params.filter((p) => p.in === where);
  if (own.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [p.name, toJsonSchema(p.schema ?? {})])),
    required: own.filter((p) => p.required).map((p) => p.name),
  };
}

function explain(errors: ErrorObject[] | null | undefined, prefix: string): string[] {
  const out = new Set<string>();
  for (const e of errors ?? []) {
    const where = `${prefix}${e.instancePath}`;
    const value = preview(e.data);
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        out.add(
          `"${e.instancePath ? `${e.instancePath.slice(1)}/` : ''}${String(params.missingProperty)}" wasn't supplied.`,
        );
        break;
      case 'enum':
        out.add(`For '${where}', ${value} is not one of ${JSON.stringify(params.allowedValues)}.`);
        break;
      case 'type':
        out.add(`For '${where}', ${value} is not ${String(params.type)}.`);
        break;
      case 'maxLength':
        out.add(`For '${where}', the value is too long (maximum is ${String(params.limit)} characters).`);
        break;
      case 'if':
      case 'anyOf':
      case 'oneOf':
        // Summaries of the branch errors listed separately.
        if (out.size === 0) out.add(`For '${where}', ${e.message ?? 'no schema matched'}.`);
        break;
      default:
        out.add(`For '${where}', ${e.message ?? e.keyword}.`);
    }
  }
  return [...out];
}

function preview(data: unknown): string {
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
