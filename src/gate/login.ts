/**
 * GitHub spells one account two ways: REST adds `[bot]` to apps' logins (`github-actions[bot]`), GraphQL
 * leaves it off (`github-actions`), and logins are case-insensitive. Every comparison of logins goes here.
 */
export function normalLogin(login: string): string {
  return login
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');
}

export function sameLogin(a: string, b: string): boolean {
  return normalLogin(a) === normalLogin(b);
}
