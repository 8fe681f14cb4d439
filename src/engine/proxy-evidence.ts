import type { ProxyResolver } from '../checks/net/proxy.js';

/**
 * One item's view of the context's proxy resolver: the same decisions, remembered, so the result can say
 * which proxies its probes went through (origins only: no user name or password).
 */
export function recordProxies(resolver: ProxyResolver | undefined): {
  resolver?: ProxyResolver;
  used: () => string[];
} {
  if (!resolver) return { used: () => [] };
  const used = new Set<string>();
  return {
    resolver: (target) => {
      const proxy = resolver(target);
      if (proxy) used.add(proxy.origin);
      return proxy;
    },
    used: () => [...used],
  };
}

/** The evidence with `proxy` added when a probe went through one (one origin, or the list). */
export function withProxyEvidence(
  evidence: Record<string, unknown> | undefined,
  used: string[],
): Record<string, unknown> | undefined {
  if (used.length === 0) return evidence;
  return { ...evidence, proxy: used.length === 1 ? used[0] : used };
}
