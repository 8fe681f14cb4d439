/** Page slicing and GitHub's `Link` header (prev, next, last, first; omitted when everything fits one page). */
import type { HandlerContext } from './types.js';

export function paginate<T>(ctx: HandlerContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = clamp(Number(ctx.query.per_page ?? 30), 1, 100, 30);
  const page = clamp(Number(ctx.query.page ?? 1), 1, Number.MAX_SAFE_INTEGER, 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string): string => {
    const search = new URLSearchParams(ctx.search);
    search.set('page', String(n));
    return `<${ctx.s.urls.api}${ctx.pathname}?${search.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return { page: slice, headers: parts.length > 0 ? { link: parts.join(', ') } : {} };
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
