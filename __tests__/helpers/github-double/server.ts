/** The HTTP side: routing, authentication, validation, faults, holds, headers and the request log. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Faults, faultReply } from './faults.js';
import { runGraphql } from './graphql.js';
import { HANDLERS } from './handlers/index.js';
import { invalidRequest, notAccessible, notFound } from './handlers/errors.js';
import type { Reply } from './handlers/types.js';
import { loadSpec } from './spec.js';
import type { DoubleState } from './state.js';
import { checkRequest, checkResponse } from './validation.js';

export interface RecordedRequest {
  method: string;
  /** The path with its query string (the token is never in it). */
  path: string;
  /** The OpenAPI path template, 'graphql', or '' for an unknown route. */
  route: string;
  operationId: string;
  /** 0 while the request is still being handled. */
  status: number;
  /** The GraphQL operation name. */
  query?: string;
}

const RATE_LIMIT = 1000; // the GITHUB_TOKEN's hourly limit per repository
const MAX_BODY = 25 * 1024 * 1024;
const REST_DOCS = 'https://docs.github.com/rest';

/** Where REST and GraphQL live when the double is laid out as GitHub Enterprise Server. */
export interface EnterprisePaths {
  rest: string;
  graphql: string;
}

export class Pipeline {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly faults = new Faults();
  private readonly used = { core: 0, graphql: 0 };
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;
  private readonly spec = loadSpec(Object.keys(HANDLERS));

  constructor(
    private readonly s: DoubleState,
    private readonly prefix?: EnterprisePaths,
  ) {}

  violation(message: string): void {
    this.violations.push(message);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const outside = this.prefix && !this.unprefix(url);
    const record: RecordedRequest = {
      method,
      path: url.pathname + url.search,
      route: '',
      operationId: '',
      status: 0,
    };
    this.requests.push(record);
    const requestId = randomBytes(14)
      .toString('hex')
      .toUpperCase()
      .replace(/^(.{4})(.{4})(.{6})(.{6})/, '$1:$2:$3:$4:');
    let reply: Reply;
    let resource: 'core' | 'graphql' = 'core';
    try {
      const text = await readBody(req);
      if (outside) {
        this.violation(`${method} ${record.path}: outside ${this.prefix?.rest} and ${this.prefix?.graphql}`);
        reply = notFound(REST_DOCS);
      } else if (url.pathname === '/graphql') {
        resource = 'graphql';
        reply = await this.graphql(req, record, text, requestId);
      } else {
        reply = await this.rest(req, record, url, text, requestId);
      }
    } catch (error) {
      this.violation(`double bug on ${method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
      reply = { status: 500, body: { message: 'Server Error', status: '500' } };
    }
    record.status = reply.status;
    this.used[resource] += 1;
    try {
      this.send(res, reply, requestId, resource);
    } catch (error) {
      this.violation(`could not answer ${method} ${url.pathname}: ${(error as Error).message}`);
      res.destroy();
    }
  }

  /** GHES layout: `/api/v3/x` is the REST route `/x`, `/api/graphql` the GraphQL endpoint. */
  private unprefix(url: URL): boolean {
    const p = this.prefix as EnterprisePaths;
    if (url.pathname === p.graphql) url.pathname = '/graphql';
    else if (url.pathname.startsWith(`${p.rest}/`)) url.pathname = url.pathname.slice(p.rest.length);
    else return false;
    return true;
  }

  private async rest(
    req: IncomingMessage,
    record: RecordedRequest,
    url: URL,
    text: string,
    requestId: string,
  ): Promise<Reply> {
    const where = `${record.method} ${url.pathname}`;
    const match = this.spec.match(record.method, url.pathname);
    if (match.kind === 'not-found') {
      this.violation(`${where}: no such route in GitHub's REST API`);
      return notFound(REST_DOCS);
    }
    record.route = match.template;
    if (match.kind === 'method-not-found') {
      this.violation(
        `${where}: ${match.template} has no ${record.method} (only ${match.methods.join(', ')})`,
      );
      return notFound(REST_DOCS);
    }
    record.operationId = match.operationId;
    const op = this.spec.operation(match.operationId);
    const handler = HANDLERS[match.operationId];
    if (!op || !handler) {
      this.violation(`${where}: ${match.operationId} is a GitHub operation the double does not implement`);
      return notFound(REST_DOCS);
    }
    const docs = op.externalDocs?.url ?? REST_DOCS;
    const label = `${record.method} ${match.template} (${match.operationId})`;
    if (!req.headers.authorization) {
      this.violation(`${label}: no authorization header`);
      return {
        status: 401,
        body: { message: 'Requires authentication', documentation_url: docs, status: '401' },
      };
    }
    let body: unknown;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        this.violation(`${label}: the body is not JSON`);
        return {
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: docs, status: '400' },
        };
      }
    }
    const checked = checkRequest(op, match.pathParams, url.searchParams, body);
    for (const warning of checked.warnings) this.violation(`${label}: ${warning}`);
    if (checked.errors.length > 0) {
      this.violation(`${label}: invalid request: ${checked.errors.join(' ')}`);
      return invalidRequest(docs, checked.errors);
    }
    const { owner, repo } = checked.pathParams;
    if (owner !== undefined && repo !== undefined && !this.s.isThisRepo(owner, repo)) {
      this.violation(
        `${label}: asked for ${String(owner)}/${String(repo)}; the double serves ${this.s.fullName}`,
      );
      return notFound(docs);
    }
    await this.faults.wait(record.method, match.template);
    const fault = this.faults.take(record.method, match.template);
    if (fault) {
      const { body: faultBody, headers } = faultReply(fault, requestId);
      return { status: fault.status, body: faultBody, headers };
    }
    if (record.method !== 'GET' && record.method !== 'HEAD' && this.s.tokenMode === 'read-only') {
      return notAccessible(docs);
    }
    const reply = handler({
      s: this.s,
      params: checked.pathParams,
      query: checked.query,
      body: (body ?? {}) as Record<string, unknown>,
      pathname: url.pathname,
      search: url.searchParams,
      accept: String(req.headers.accept ?? ''),
      actor: this.s.actorFor(String(req.headers.authorization)),
      docs,
      violation: (message) => this.violation(`${label}: ${message}`),
    });
    if (reply.raw === undefined && reply.status !== 204) {
      for (const problem of checkResponse(op, reply.status, reply.body)) {
        this.violation(
          `double bug: ${label} answered ${reply.status} with a body GitHub's schema rejects: ${problem}`,
        );
      }
    }
    return reply;
  }

  private async graphql(req: IncomingMessage, record: RecordedRequest, text: string, requestId: string) {
    record.route = 'graphql';
    record.operationId = 'graphql';
    if (record.method !== 'POST') {
      this.violation(`${record.method} /graphql: GitHub's GraphQL endpoint takes POST`);
      return notFound('https://docs.github.com/graphql');
    }
    if (!req.headers.authorization) {
      this.violation('POST /graphql: no authorization header');
      return {
        status: 401,
        body: {
          message: 'This endpoint requires you to be authenticated.',
          documentation_url:
            'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
        },
      };
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      this.violation('POST /graphql: the body is not JSON');
      return {
        status: 400,
        body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' },
      };
    }
    const name = (payload as { operationName?: unknown } | null)?.operationName;
    if (typeof name === 'string') record.query = name;
    await this.faults.wait('POST', 'graphql');
    const fault = this.faults.take('POST', 'graphql');
    if (fault) {
      const { body, headers } = faultReply(fault, requestId);
      return { status: fault.status, body, headers };
    }
    const outcome = await runGraphql(this.s, payload, (message) => this.violation(message));
    if (outcome.operationName) record.query = outcome.operationName;
    return { status: outcome.status, body: outcome.body };
  }

  private send(res: ServerResponse, reply: Reply, requestId: string, resource: 'core' | 'graphql'): void {
    if (res.destroyed) return;
    const headers: Record<string, string> = {
      'x-github-request-id': requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - this.used[resource])),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used[resource]),
      'x-ratelimit-resource': resource,
      ...reply.headers,
    };
    let data: Buffer | undefined;
    if (reply.raw) {
      headers['content-type'] = reply.raw.contentType;
      data = reply.raw.data;
    } else if (reply.status !== 204 && reply.body !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      data = Buffer.from(JSON.stringify(reply.body));
    }
    if (data) headers['content-length'] = String(data.length);
    res.writeHead(reply.status, headers);
    res.end(data);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error(`request body over ${MAX_BODY} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
