/** What a REST handler receives and returns. Handlers are synchronous: each request changes state atomically. */
import type { DoubleState } from '../state.js';
import type { Account } from '../users.js';

export interface HandlerContext {
  s: DoubleState;
  /** Path parameters, coerced to the schema's types. */
  params: Record<string, unknown>;
  /** Query parameters the operation declares, coerced to the schema's types. */
  query: Record<string, unknown>;
  /** The parsed JSON body (validated against the operation's schema). */
  body: Record<string, unknown>;
  pathname: string;
  search: URLSearchParams;
  accept: string;
  /** Who the request's token acts as (what GitHub attributes a write to). */
  actor: Account;
  /** The operation's documentation URL, for error bodies. */
  docs: string;
  /** Records a contract violation by the client (the request is still answered as GitHub would). */
  violation(message: string): void;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (raw file contents). */
  raw?: { contentType: string; data: Buffer };
}

export type Handler = (ctx: HandlerContext) => Reply;
