import type { Registry } from '../checks/registry.js';
import { MAX_DURATION_MS } from '../definition/interpolate.js';
import type { CheckContext, CheckKind, CheckOutcome } from '../checks/types.js';
import type { ContentJob, ScanContent } from '../scan/jobs.js';
import { allItems, type Checklist, type Item } from '../definition/model.js';
import { mapLimit } from '../util/map-limit.js';
import { itemApplies, type ChangeFacts } from './conditions.js';
import { declaredSecrets } from './declared-secrets.js';
import { recordProxies, withProxyEvidence } from './proxy-evidence.js';
import { redactOutcome, SecretSet, secretsOf } from './redact.js';
import { countResults, decideState, type ItemResult, type Report } from './report.js';
import { errorLine } from '../util/error-line.js';
import { NETWORK_CONCURRENCY, PER_HOST_CONCURRENCY } from './network-limits.js';

export interface EvaluateOptions {
  registry: Registry;
  /** The context every check receives; each gets its own abort signal. */
  context: Omit<CheckContext, 'signal'>;
  /** Whose secret-looking values are cut from every outcome: the whole job's, even when `context.env` withholds some. */
  secretEnv?: Readonly<Record<string, string | undefined>>;
  facts: ChangeFacts;
  /** Local items (files, git, commands: CPU- and disk-bound) run at once. */
  concurrency: number;
  /**
   * Network items (kinds that probe a target) run at once, apart from the local ones: they wait on the
   * network, not the CPU (default NETWORK_CONCURRENCY).
   */
  networkConcurrency?: number;
  /** Network items run at once against one host, so a single target is not flooded (default PER_HOST_CONCURRENCY). */
  perHostConcurrency?: number;
  defaultTimeoutMs: number;
  version: string;
  signal?: AbortSignal;
  /**
   * A local run: `github` items, which need the pull request, are skipped when no pull request is given
   * (default false: they give `error`, as the check kinds say).
   */
  skipGithubWithoutPullRequest?: boolean;
  now?: () => number;
  onItemDone?: (result: ItemResult, done: number, total: number) => void;
  /**
   * Makes the run's content scanner from the jobs the applicable items declared (the entry point's
   * single read pass); without it each item reads for itself.
   */
  scanner?: (jobs: ContentJob[]) => ScanContent;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_CONCURRENCY = 8;
export { NETWORK_CONCURRENCY, PER_HOST_CONCURRENCY };

/** Runs the automated items (bounded, each with a timeout) and returns the report. Never throws for a check. */
export async function evaluate(checklist: Checklist, options: EvaluateOptions): Promise<Report> {
  const now = options.now ?? Date.now;
  const started = now();
  const items = allItems(checklist);
  // The whole job's secret values, even those `context.env` withholds from a checklist the pull request wrote.
  const secretEnv = options.secretEnv ?? options.context.env;
  const declared = declaredSecrets(checklist, secretEnv);
  for (const s of declared) options.context.registerSecret?.(s.value);
  const secrets = new SecretSet([...secretsOf(secretEnv), ...declared]);
  if (options.scanner) {
    const scan = options.scanner(plannedJobs(items, options));
    options = { ...options, context: { ...options.context, scan } };
  }
  const exclusive = new TargetLocks();
  const perHost = new HostLimits(Math.max(1, options.perHostConcurrency ?? PER_HOST_CONCURRENCY));
  let done = 0;
  const one = async (item: Item) => {
    const host = targetHost(item, options);
    const key = trafficKey(item, options, host);
    const result = await perHost.run(host, () =>
      exclusive.run(key, () => evaluateItem(item, checklist, options, now, secrets)),
    );
    done += 1;
    options.onItemDone?.(result, done, items.length);
    return result;
  };
  // Two pools: local items share the CPU-bound limit, network items have their own (bounded per host).
  const network = items.filter((item) => isNetworkItem(item, options));
  const local = items.filter((item) => !isNetworkItem(item, options));
  const [localResults, networkResults] = await Promise.all([
    mapLimit(local, Math.max(1, options.concurrency), one),
    mapLimit(network, Math.max(1, options.networkConcurrency ?? NETWORK_CONCURRENCY), one),
  ]);
  const byItem = new Map<Item, ItemResult>();
  local.forEach((item, i) => byItem.set(item, localResults[i] as ItemResult));
  network.forEach((item, i) => byItem.set(item, networkResults[i] as ItemResult));
  const results = items.map((item) => byItem.get(item) as ItemResult);
  const finished = now();
  const { state, blocking } = decideState(results);
  return {
    schema: 'preflight-report/v1',
    tool: { name: 'preflight', version: options.version },
    checklist: { id: checklist.id, title: checklist.title, files: checklist.files },
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    state,
    counts: countResults(results),
    blocking,
    sections: checklist.sections.map((s) => ({ id: s.id, title: s.title })),
    // Once more at the end: a value a later check declared may sit in an earlier check's output.
    items: results.map((r) => ({
      ...r,
      summary: secrets.scrub(r.summary),
      evidence: secrets.scrubDeep(r.evidence),
      findings: secrets.scrubDeep(r.findings),
    })),
  };
}

/** The content jobs of the items that will run: one read pass serves them all. */
function plannedJobs(items: readonly Item[], options: EvaluateOptions): ContentJob[] {
  const jobs: ContentJob[] = [];
  for (const item of items) {
    if (!item.check || !itemApplies(item.when, options.facts).applies) continue;
    const kind = options.registry.get(item.check.kind);
    if (kind?.content) jobs.push(...kind.content(item.check.params ?? {}));
  }
  return jobs;
}

async function evaluateItem(
  item: Item,
  checklist: Checklist,
  options: EvaluateOptions,
  now: () => number,
  secrets: SecretSet,
): Promise<ItemResult> {
  const base = {
    id: item.id,
    title: item.title,
    section: item.section,
    required: item.required,
    kind: item.check?.kind,
    source: item.source,
    findings: [],
  };
  const applicability = itemApplies(item.when, options.facts);
  if (!applicability.applies) {
    return { ...base, status: 'skipped', summary: `not applicable: ${applicability.reason}`, durationMs: 0 };
  }
  if (!item.check) return { ...base, status: 'manual', summary: 'to be ticked by a person', durationMs: 0 };
  const kind = options.registry.get(item.check.kind);
  const started = now();
  if (!kind)
    return { ...base, status: 'error', summary: `unknown check kind ${item.check.kind}`, durationMs: 0 };
  const notHere = notRunnableHere(kind, item.check.params, checklist, options);
  if (notHere) return { ...base, status: 'skipped', summary: notHere, durationMs: 0 };
  const timeoutMs = item.timeoutMs ?? options.defaultTimeoutMs;
  const proxies = recordProxies(options.context.proxy);
  const outcome = redactOutcome(
    await runWithTimeout(
      (signal) =>
        kind.run(item.check?.params ?? {}, {
          ...options.context,
          signal,
          proxy: proxies.resolver,
          registerSecret: (value) => {
            secrets.add('secret', value);
            options.context.registerSecret?.(value);
          },
          scrub: (text) => secrets.scrub(text),
        }),
      timeoutMs,
      options.signal,
    ),
    secrets,
  );
  return {
    ...base,
    status: outcome.status,
    summary: outcome.summary,
    evidence: withProxyEvidence(outcome.evidence, proxies.used()),
    findings: outcome.findings ?? [],
    durationMs: now() - started,
  };
}

/** An item whose kind probes a target over the network. */
function isNetworkItem(item: Item, options: EvaluateOptions): boolean {
  const kind = item.check ? options.registry.get(item.check.kind) : undefined;
  return kind?.scope === 'target';
}

/**
 * The target a latency or load item sends its traffic to (its host), or undefined for other items; items
 * with the same key run one after the other.
 */
function trafficKey(item: Item, options: EvaluateOptions, host: string | undefined): string | undefined {
  const kind = item.check ? options.registry.get(item.check.kind) : undefined;
  if (!kind?.traffic) return undefined;
  return host;
}

/** The host a network item probes (`host:port` of its URL or target), or undefined for other items. */
function targetHost(item: Item, options: EvaluateOptions): string | undefined {
  if (!item.check || !isNetworkItem(item, options)) return undefined;
  const params = item.check.params;
  const targets = options.context.targets;
  const names = Object.keys(targets);
  const name = typeof params.target === 'string' ? params.target : names.length === 1 ? names[0] : undefined;
  const raw = typeof params.url === 'string' ? params.url : name !== undefined ? targets[name] : undefined;
  if (raw === undefined) return 'the target';
  try {
    return new URL(raw).host;
  } catch {
    return raw;
  }
}

/** At most `limit` runs at once per key; runs without a key start at once. */
class HostLimits {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string | undefined, task: () => Promise<T>): Promise<T> {
    if (key === undefined) return task();
    if ((this.active.get(key) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => {
        this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]);
      });
    } else this.active.set(key, (this.active.get(key) ?? 0) + 1);
    try {
      return await task();
    } finally {
      // Hand the slot to the next waiter, or give it back.
      const next = this.waiting.get(key)?.shift();
      if (next) next();
      else this.active.set(key, (this.active.get(key) ?? 1) - 1);
    }
  }
}

/** One run at a time per key; runs without a key start at once. */
class TargetLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string | undefined, task: () => Promise<T>): Promise<T> {
    if (key === undefined) return task();
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(task, task);
    this.tails.set(
      key,
      mine.catch(() => undefined),
    );
    return mine;
  }
}

/**
 * Why an item cannot run in this run and is skipped rather than failed: it probes a target whose variable
 * is not set, or it asks GitHub about a pull request on a local run. Undefined when it can run.
 */
function notRunnableHere(
  kind: CheckKind,
  params: Record<string, unknown>,
  checklist: Checklist,
  options: EvaluateOptions,
): string | undefined {
  if (kind.scope === 'github' && !options.context.github && options.skipGithubWithoutPullRequest) {
    return 'runs on the pull request (the action asks GitHub; --strict runs it here)';
  }
  const unset = checklist.unsetTargets;
  if (kind.scope !== 'target' || !unset || params.url !== undefined) return undefined;
  let name = typeof params.target === 'string' ? params.target : undefined;
  if (name === undefined && Object.keys(options.context.targets).length === 0) {
    const names = Object.keys(unset);
    if (names.length === 1) name = names[0];
  }
  const hint = name !== undefined && Object.hasOwn(unset, name) ? unset[name] : undefined;
  return hint === undefined ? undefined : `no target (${hint})`;
}

/**
 * Why a check's signal fires once the check has ended (whatever it left running stops): one value for
 * every check, so no exception and its stack are made per check, as `abort()` without a reason does.
 */
const CHECK_ENDED = new Error('the check has ended');

/** The check's outcome; `error` if it throws, returns nothing usable, or outlives its timeout. */
export async function runWithTimeout(
  run: (signal: AbortSignal) => Promise<CheckOutcome>,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<CheckOutcome> {
  if (outer?.aborted) return { status: 'error', summary: 'cancelled' };
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([controller.signal, outer]) : controller.signal;
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<CheckOutcome>((resolve) => {
    const stop = (summary: string) => resolve({ status: 'error', summary });
    // Clamped: a timer past 2^31 ms would fire at once; definitions are limited to an hour anyway.
    timer = setTimeout(
      () => {
        controller.abort();
        stop(`timed out after ${formatMs(timeoutMs)}`);
      },
      Math.min(Math.max(1, timeoutMs), MAX_DURATION_MS),
    );
    outer?.addEventListener('abort', () => stop('cancelled'), { once: true });
  });
  try {
    const outcome = await Promise.race([Promise.resolve().then(() => run(signal)), expiry]);
    return isOutcome(outcome) ? outcome : { status: 'error', summary: 'the check returned no result' };
  } catch (e) {
    if (controller.signal.aborted)
      return { status: 'error', summary: `timed out after ${formatMs(timeoutMs)}` };
    return { status: 'error', summary: `the check failed: ${errorLine(e)}` };
  } finally {
    clearTimeout(timer);
    controller.abort(CHECK_ENDED);
  }
}

function isOutcome(v: unknown): v is CheckOutcome {
  const o = v as CheckOutcome | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    ['pass', 'fail', 'error', 'skipped'].includes(o.status) &&
    typeof o.summary === 'string'
  );
}

export { errorLine };

export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  return `${Number((ms / 60_000).toFixed(1))}m`;
}
