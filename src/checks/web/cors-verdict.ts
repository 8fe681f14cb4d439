/**
 * How a server's CORS answers are judged. Pure. Mozilla HTTP Observatory fails only an arbitrary origin
 * echoed together with credentials, and passes `*` as public access; a gate for an authenticated API is
 * stricter: any echo of an origin that should not be allowed fails, `*` fails unless `allowWildcard`, and
 * `Access-Control-Allow-Origin: null` fails (sandboxed frames and data: documents have that origin).
 */

export interface CorsAnswer {
  origin: string;
  /** `preflight` (OPTIONS with Access-Control-Request-Method) or `get` (a plain GET with Origin). */
  request: 'preflight' | 'get';
  status: number;
  /** Every Access-Control-Allow-Origin field. */
  acao: string[];
  /** Every Access-Control-Allow-Credentials field. */
  acac: string[];
}

export type Grant = 'echo' | 'wildcard' | 'null' | 'other' | 'none' | 'invalid';

/** What the answer grants the origin it was asked for. */
export function grantOf(a: CorsAnswer): Grant {
  if (a.acao.length === 0) return 'none';
  if (a.acao.length > 1 || (a.acao[0] as string).includes(',')) return 'invalid';
  const value = (a.acao[0] as string).trim();
  if (value === '*') return 'wildcard';
  if (value === a.origin) return 'echo';
  if (value.toLowerCase() === 'null') return 'null';
  return 'other';
}

function withCredentials(a: CorsAnswer): boolean {
  return a.acac.length === 1 && (a.acac[0] as string).trim().toLowerCase() === 'true';
}

/** Problems with the answers to an origin that must not be allowed. */
export function disallowedProblems(
  answers: CorsAnswer[],
  options: { allowWildcard?: boolean } = {},
): string[] {
  const out: string[] = [];
  for (const a of answers) {
    const grant = grantOf(a);
    const creds = withCredentials(a);
    const on = a.request === 'preflight' ? 'the preflight' : 'a GET';
    if (grant === 'echo') {
      out.push(`${on} echoes the arbitrary origin ${a.origin}${creds ? ' with credentials allowed' : ''}`);
    } else if (grant === 'wildcard' && creds) {
      out.push(`${on} answers '*' together with Access-Control-Allow-Credentials: true`);
    } else if (grant === 'wildcard' && !options.allowWildcard) {
      out.push(`${on} allows any origin ('*'; set allow-wildcard for a public API)`);
    } else if (grant === 'null') {
      out.push(`${on} allows the 'null' origin (sandboxed frames, data: documents)`);
    }
  }
  return out;
}

/** Whether a preflight for an origin that should be allowed succeeds: a 2xx status and its origin or `*`. */
export function accepts(a: CorsAnswer): boolean {
  const grant = grantOf(a);
  return a.status >= 200 && a.status < 300 && (grant === 'echo' || grant === 'wildcard');
}

/** How an answer reads in evidence. */
export function describeAnswer(a: CorsAnswer): Record<string, unknown> {
  return {
    request: a.request,
    status: a.status,
    'access-control-allow-origin': a.acao.length === 0 ? null : a.acao.join(', '),
    'access-control-allow-credentials': a.acac.length === 0 ? null : a.acac.join(', '),
    grant: grantOf(a),
  };
}
