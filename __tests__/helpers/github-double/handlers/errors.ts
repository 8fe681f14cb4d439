/** GitHub's error bodies. */
import type { HandlerContext, Reply } from './types.js';

export function notFound(docs: string): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
}

export function unprocessable(docs: string, message: string): Reply {
  return { status: 422, body: { message, documentation_url: docs, status: '422' } };
}

/** The "Invalid request" answer to a request that does not match the operation's schema. */
export function invalidRequest(docs: string, details: string[]): Reply {
  return unprocessable(docs, `Invalid request.\n\n${details.join('\n')}`);
}

/** The "Validation Failed" answer to a well-formed request that breaks one of GitHub's rules. */
export function validationFailed(
  docs: string,
  error: { resource: string; field: string; code: string; message?: string },
): Reply {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: [error], documentation_url: docs, status: '422' },
  };
}

/** GitHub's answer to a text field over its limit (counted in characters); undefined when it fits. */
export function tooLong(
  ctx: HandlerContext,
  what: string,
  error: { resource: string; field: string },
  text: string,
  max: number,
): Reply | undefined {
  const length = [...text].length;
  if (length <= max) return undefined;
  ctx.violation(`${what} has ${length} characters; GitHub accepts at most ${max}`);
  return validationFailed(ctx.docs, {
    resource: error.resource,
    code: 'custom',
    field: error.field,
    message: `${error.field} is too long (maximum is ${max} characters)`,
  });
}

/** What a read-only GITHUB_TOKEN (a fork's pull request) gets for any write. */
export function notAccessible(docs: string): Reply {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
  };
}

export function noCommit(docs: string, ref: string): Reply {
  return unprocessable(docs, `No commit found for SHA: ${ref}`);
}
