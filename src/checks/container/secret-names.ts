/** Variable names that hold secrets (*_SECRET, *_TOKEN, *_PASSWORD, *_KEY and the like). */
export function secretName(name: string): boolean {
  return /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|(?:^|_)KEY$/i.test(name);
}

/** A secret-looking name with a literal value: not empty, and not only a `$VAR` reference. */
export function literalSecret(name: string, value: string | null | undefined): boolean {
  if (!secretName(name) || value === null || value === undefined) return false;
  const v = value.trim().replace(/^(['"])(.*)\1$/, '$2');
  if (v === '') return false;
  return !/^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?::?[-?][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(v);
}
