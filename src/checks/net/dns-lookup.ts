import dns from 'node:dns';

/** Name resolution with a deadline: the system resolver (`lookup`) and DNS queries (`resolve4`/`resolve6`). */

export type Answer = { ok: true; addresses: string[] } | { ok: false; code: string; notFound: boolean };

/** Codes that mean the name has no address (as opposed to: the resolver could not be asked). */
const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA', 'NXDOMAIN']);

function failure(e: unknown): Answer {
  const code = String((e as NodeJS.ErrnoException)?.code ?? 'ERROR');
  return { ok: false, code, notFound: NOT_FOUND.has(code) };
}

function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  signal: AbortSignal,
  onGiveUp: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = (code: string) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', aborted);
      onGiveUp();
      reject(Object.assign(new Error(code), { code }));
    };
    const aborted = () => stop('ECANCELLED');
    const timer = setTimeout(() => stop('ETIMEOUT'), Math.max(1, ms));
    if (signal.aborted) return aborted();
    signal.addEventListener('abort', aborted, { once: true });
    work.then(
      (v) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', aborted);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', aborted);
        reject(e);
      },
    );
  });
}

/** What the operating system's resolver answers (hosts file included), as the service's clients here see it. */
export async function systemLookup(host: string, timeoutMs: number, signal: AbortSignal): Promise<Answer> {
  try {
    const found = await withDeadline(
      dns.promises.lookup(host, { all: true, verbatim: true }),
      timeoutMs,
      signal,
      () => undefined,
    );
    return { ok: true, addresses: [...new Set(found.map((a) => a.address))] };
  } catch (e) {
    return failure(e);
  }
}

/** A and AAAA records from the configured DNS servers; a family without records is an empty list. */
export async function dnsRecords(
  host: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ v4: Answer; v6: Answer }> {
  const resolver = new dns.promises.Resolver({ timeout: Math.max(1, Math.min(timeoutMs, 5000)), tries: 2 });
  const ask = async (family: 4 | 6): Promise<Answer> => {
    try {
      const work = family === 4 ? resolver.resolve4(host) : resolver.resolve6(host);
      return { ok: true, addresses: await withDeadline(work, timeoutMs, signal, () => resolver.cancel()) };
    } catch (e) {
      const answer = failure(e);
      // The name exists but has no record of this family.
      if (!answer.ok && answer.code === 'ENODATA') return { ok: true, addresses: [] };
      return answer;
    }
  };
  const [v4, v6] = await Promise.all([ask(4), ask(6)]);
  return { v4, v6 };
}
