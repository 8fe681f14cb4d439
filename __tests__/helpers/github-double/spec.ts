/**
 * GitHub's official OpenAPI description of api.github.com (`@octokit/openapi`, dereferenced), loaded once per
 * module instance. Only the route table (every path template with its methods and operationIds) and the full
 * operations the double implements are kept; the rest of the 70 MB document is left to the garbage collector.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from './packages.js';

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: Record<string, unknown>;
  'x-multi-segment'?: boolean;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
  externalDocs?: { url?: string };
}

interface Route {
  template: string;
  pattern: RegExp;
  /** Path parameter names in order of appearance. */
  names: string[];
  /** Literal segments count: the more, the more specific the template. */
  literals: number;
  /** operationId by lower-case method. */
  methods: Record<string, string>;
}

export type RouteMatch =
  | { kind: 'operation'; template: string; operationId: string; pathParams: Record<string, string> }
  | { kind: 'method-not-found'; template: string; methods: string[] }
  | { kind: 'not-found' };

export interface Spec {
  match(method: string, pathname: string): RouteMatch;
  /** The full operation, for the operationIds passed to loadSpec; undefined for others. */
  operation(operationId: string): OpenApiOperation | undefined;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
let cached: { keep: string; spec: Spec } | undefined;

/** The spec, parsed once per module instance for a given set of kept operations. */
export function loadSpec(keep: Iterable<string>): Spec {
  const key = [...keep].sort().join(',');
  if (cached?.keep === key) return cached.spec;
  const file = packageFile('@octokit/openapi', 'generated/api.github.com.deref.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const wanted = new Set(key.split(','));
  const operations = new Map<string, OpenApiOperation>();
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    const methods: Record<string, string> = {};
    const multi = new Set<string>();
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      methods[method] = op.operationId;
      for (const p of op.parameters ?? []) if (p.in === 'path' && p['x-multi-segment']) multi.add(p.name);
      if (wanted.has(op.operationId)) operations.set(op.operationId, op);
    }
    routes.push(compileRoute(template, methods, multi));
  }
  const spec: Spec = {
    match: (method, pathname) => matchRoute(routes, method, pathname),
    operation: (id) => operations.get(id),
  };
  cached = { keep: key, spec };
  return spec;
}

function compileRoute(template: string, methods: Record<string, string>, multi: Set<string>): Route {
  const names: string[] = [];
  let literals = 0;
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (!param) {
        if (segment !== '') literals += 1;
        return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      }
      const name = param[1] as string;
      names.push(name);
      return multi.has(name) ? '(.+?)' : '([^/]+)';
    })
    .join('/');
  return { template, pattern: new RegExp(`^${source}$`), names, literals, methods };
}

function matchRoute(routes: Route[], method: string, pathname: string): RouteMatch {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const verb = method.toLowerCase();
  let best: { route: Route; values: string[]; score: number } | undefined;
  for (const route of routes) {
    const m = route.pattern.exec(trimmed);
    if (!m) continue;
    // More literal segments win; on a tie, the template that has the method wins.
    const score = route.literals * 2 + (route.methods[verb] ? 1 : 0);
    if (!best || score > best.score) best = { route, values: m.slice(1), score };
  }
  if (!best) return { kind: 'not-found' };
  const { route, values } = best;
  const operationId = route.methods[verb];
  if (!operationId)
    return { kind: 'method-not-found', template: route.template, methods: Object.keys(route.methods) };
  const pathParams: Record<string, string> = {};
  route.names.forEach((name, i) => {
    pathParams[name] = safeDecode(values[i] ?? '');
  });
  return { kind: 'operation', template: route.template, operationId, pathParams };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
