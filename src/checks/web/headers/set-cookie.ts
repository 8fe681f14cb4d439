/** Set-Cookie parsing (RFC 6265 section 5.2) for judging attributes. Cookie values are never kept. */

export interface CookieFacts {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  /** lax, strict or none; undefined when absent or not one of those. */
  sameSite?: 'lax' | 'strict' | 'none';
  /** A SameSite attribute was given with no value or an unknown one. */
  sameSiteInvalid: boolean;
  domain?: string;
  path?: string;
}

/** One Set-Cookie field; undefined when browsers would ignore it (no name, no '='). */
export function parseSetCookie(field: string): CookieFacts | undefined {
  const text = field.trim();
  const semi = text.indexOf(';');
  const pair = semi === -1 ? text : text.slice(0, semi);
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const name = pair.slice(0, eq).trim();
  if (name === '' || hasControl(name)) return undefined;
  const facts: CookieFacts = { name, secure: false, httpOnly: false, sameSiteInvalid: false };
  if (semi === -1) return facts;
  for (const av of text.slice(semi + 1).split(';')) {
    const trimmed = av.trim();
    if (trimmed === '') continue;
    const at = trimmed.indexOf('=');
    const key = (at === -1 ? trimmed : trimmed.slice(0, at)).trim().toLowerCase();
    const value = at === -1 ? undefined : trimmed.slice(at + 1).trim();
    if (key === 'secure') facts.secure = true;
    else if (key === 'httponly') facts.httpOnly = true;
    else if (key === 'domain' && value) facts.domain = value;
    else if (key === 'path' && value) facts.path = value;
    else if (key === 'samesite') {
      const v = value?.toLowerCase();
      if (v === 'lax' || v === 'strict' || v === 'none') {
        facts.sameSite = v;
        facts.sameSiteInvalid = false;
      } else {
        facts.sameSite = undefined;
        facts.sameSiteInvalid = true;
      }
    }
  }
  return facts;
}

/** Why browsers refuse a cookie whose name carries a `__Secure-` or `__Host-` prefix, if they do. */
export function prefixViolation(c: CookieFacts): string | undefined {
  if (c.name.startsWith('__Secure-') && !c.secure) return '__Secure- prefix without Secure';
  if (c.name.startsWith('__Host-') && (!c.secure || c.domain !== undefined || c.path !== '/')) {
    return '__Host- prefix needs Secure, Path=/ and no Domain';
  }
  return undefined;
}

/** Control characters other than tab make browsers drop a cookie. */
function hasControl(s: string): boolean {
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}
