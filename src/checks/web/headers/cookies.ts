import { parseSetCookie, prefixViolation, type CookieFacts } from './set-cookie.js';
import { fail, pass, type SubTest } from './subtest.js';

/**
 * Cookie attributes with Mozilla HTTP Observatory's rules: every cookie Secure (HSTS does not excuse it),
 * session cookies (a name containing "sess" or "login") HttpOnly, anti-CSRF cookies (a name containing
 * "csrf") SameSite, and no SameSite attribute without a valid value (lax, strict, none). No cookies passes.
 * Stricter options require HttpOnly or SameSite on every cookie. Names are reported, values never.
 */
export interface CookieOptions {
  requireHttpOnly?: boolean;
  requireSameSite?: boolean;
}

/** Cookies Observatory leaves out (a load balancer's affinity cookie it cannot blame the site for). */
const IGNORED = ['heroku-session-affinity'];

export interface CookieVerdict extends SubTest {
  cookies: Array<{
    name: string;
    secure: boolean;
    httpOnly: boolean;
    sameSite: string | null;
    problems: string[];
  }>;
}

export function judgeCookies(setCookie: string[], options: CookieOptions = {}): CookieVerdict {
  const cookies: CookieVerdict['cookies'] = [];
  for (const field of setCookie) {
    const c = parseSetCookie(field);
    if (!c || IGNORED.includes(c.name) || prefixViolation(c)) continue;
    cookies.push({
      name: c.name,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite ?? null,
      problems: cookieProblems(c, options),
    });
  }
  const names = cookies.map((c) => c.name);
  if (cookies.length === 0) return { ...pass('no cookies set'), cookies };
  const bad = cookies.filter((c) => c.problems.length > 0);
  const verdict =
    bad.length === 0
      ? pass(`${cookies.length} ${cookies.length === 1 ? 'cookie' : 'cookies'} with safe attributes`)
      : fail(bad.map((c) => `${c.name}: ${c.problems.join(', ')}`).join('; '));
  return { ...verdict, value: names.join(', '), cookies };
}

function cookieProblems(c: CookieFacts, options: CookieOptions = {}): string[] {
  const lower = c.name.toLowerCase();
  const session = lower.includes('sess') || lower.includes('login');
  const csrf = lower.includes('csrf');
  const out: string[] = [];
  if (c.sameSiteInvalid) out.push('invalid SameSite value');
  if (!c.secure) out.push(c.sameSite === 'none' ? 'SameSite=None without Secure' : 'not Secure');
  if (!c.httpOnly && (session || options.requireHttpOnly)) {
    out.push(session ? 'session cookie not HttpOnly' : 'not HttpOnly');
  }
  if (c.sameSite === undefined && !c.sameSiteInvalid && (csrf || options.requireSameSite)) {
    out.push(csrf ? 'anti-CSRF cookie without SameSite' : 'no SameSite');
  }
  return out;
}
