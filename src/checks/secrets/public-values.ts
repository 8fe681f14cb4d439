/**
 * Values that look like credentials but are published on purpose, so finding them in a repository reveals
 * nothing (the allowlists gitleaks and secretlint keep serve the same end): providers' documentation
 * examples and keys that are public by design, such as search-only keys shipped to every browser.
 */
const PUBLIC_VALUES = new Set([
  // AWS documentation's example access key pair.
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // Stripe documentation's test-mode keys.
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
]);

export function isPublicValue(value: string): boolean {
  return PUBLIC_VALUES.has(value) || isDocumentationJwt(value);
}

/**
 * The example token of jwt.io's debugger, copied into countless tutorials and tests (its claims are
 * `sub: "1234567890"`, `name: "John Doe"`, `iat`; its key is printed beside it): whatever its signature, a
 * JWT carrying those claims and no others is documentation, not a session.
 */
function isDocumentationJwt(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3 || !value.startsWith('eyJ')) return false;
  try {
    const claims = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8')) as unknown;
    if (typeof claims !== 'object' || claims === null) return false;
    const { sub, name } = claims as { sub?: unknown; name?: unknown };
    // Only the example's own claims (the debugger also offers `admin`): a token with more is someone's.
    const own = Object.keys(claims).every((k) => ['sub', 'name', 'iat', 'admin'].includes(k));
    return own && sub === '1234567890' && name === 'John Doe';
  } catch {
    return false;
  }
}

/**
 * An Algolia search configuration (`appId`, `apiKey`, `indexName` together, as DocSearch and InstantSearch
 * take them): Algolia documents the key such pages carry as a search-only key made to be shipped to
 * every browser, so it reveals nothing. `around` is the text near the assignment (a few lines either side).
 */
export function isPublicSearchKey(name: string, around: string): boolean {
  return (
    /(?:^|[^a-z])(?:search_?)?api_?key$/i.test(name) &&
    /\bindex_?name\b/i.test(around) &&
    /\b(?:app_?id|application_?id)\b/i.test(around)
  );
}
