/**
 * GitHub's public GraphQL schema (`@octokit/graphql-schema`), built once per module instance.
 * The published SDL declares two fields of EnterpriseOwnerInfo twice, which graphql-js's SDL validation
 * rejects; the schema is therefore built with `assumeValidSDL` (the later declaration wins; both are identical).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { packageFile } from './packages.js';

let schema: GraphQLSchema | undefined;

export function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(packageFile('@octokit/graphql-schema', 'schema.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });
  return schema;
}
