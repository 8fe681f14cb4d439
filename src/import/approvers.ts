/**
 * Who signs off a manual item, as a release manager would assign it: maintainers for security, data and
 * rollback matters, and for sign-offs; anyone with write access otherwise.
 */
export function approversFor(text: string, context: string): { permission: 'maintain' | 'write' } {
  const all = `${context} ${text}`;
  if (
    /secur|secret|credential|password|ssl|tls|certificat|firewall|ssh|root|vulnerab|backup|restore|rollback|sign-?off|stakeholder|escalat|access|permission|consent|iam/.test(
      all,
    )
  )
    return { permission: 'maintain' };
  return { permission: 'write' };
}
