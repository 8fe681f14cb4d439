/**
 * POST /graphql: parse, validate against GitHub's schema, execute against the double's state. Errors come back
 * the way GitHub shapes them (HTTP 200, `errors` with `type` for NOT_FOUND and the like).
 */
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  Kind,
  execute,
  parse,
  validate,
} from 'graphql';
import { githubSchema } from './graphql-schema.js';
import { queryRoot } from './graphql-model.js';
import type { DoubleState } from './state.js';

export interface GraphqlOutcome {
  status: number;
  body: unknown;
  /** The operation's name, for the request log. */
  operationName?: string;
}

function shapeError(error: GraphQLError): Record<string, unknown> {
  const type = error.extensions?.type;
  return {
    ...(typeof type === 'string' ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}

function operationNameOf(document: DocumentNode, requested: unknown): string | undefined {
  if (typeof requested === 'string') return requested;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

export async function runGraphql(
  s: DoubleState,
  payload: unknown,
  violation: (message: string) => void,
): Promise<GraphqlOutcome> {
  const { query, variables, operationName } = (payload ?? {}) as Record<string, unknown>;
  if (typeof query !== 'string') {
    violation('GraphQL request without a "query" string');
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    violation(`GraphQL query does not parse: ${(error as Error).message}`);
    return { status: 200, body: { errors: [shapeError(error as GraphQLError)] } };
  }
  const name = operationNameOf(document, operationName);
  const invalid = validate(githubSchema(), document);
  if (invalid.length > 0) {
    violation(
      `GraphQL ${name ?? 'query'} is invalid for GitHub's schema: ${invalid.map((e) => e.message).join('; ')}`,
    );
    return { status: 200, body: { errors: invalid.map(shapeError) }, operationName: name };
  }
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
    const value = (source as Record<string, unknown> | null)?.[info.fieldName];
    if (value === undefined) {
      const field = `${info.parentType.name}.${info.fieldName}`;
      violation(`GraphQL field ${field} is not implemented by the GitHub double`);
      throw new Error(`${field} is not implemented by the GitHub double`);
    }
    return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
  };
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: queryRoot(s, violation),
    variableValues: (variables ?? {}) as Record<string, unknown>,
    operationName: typeof operationName === 'string' ? operationName : undefined,
    fieldResolver,
  });
  if (result.data === undefined && result.errors?.length) {
    // Request errors (variables that do not fit their types): GitHub refuses the whole query too.
    violation(`GraphQL ${name ?? 'query'} was refused: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  for (const error of result.errors ?? []) {
    if (error.extensions?.clientMistake) violation(`GraphQL ${name ?? 'query'}: ${error.message}`);
  }
  const body: Record<string, unknown> = {};
  if (result.data !== undefined) body.data = result.data;
  if (result.errors?.length) body.errors = result.errors.map(shapeError);
  return { status: 200, body, operationName: name };
}
