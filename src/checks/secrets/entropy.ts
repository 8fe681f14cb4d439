/** Shannon entropy of a string in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Hex-only values have at most 4 bits per character: detect-secrets' hex limit is 3.0. */
const HEX_ENTROPY = 3.0;
/** detect-secrets' limit for base64-alphabet values with no keyword context. */
export const BASE64_ENTROPY = 4.5;

/** Words that mark a value as a placeholder, an example or a reference rather than a secret. */
const STOP_WORDS = [
  'example',
  'sample',
  'placeholder',
  'dummy',
  'changeme',
  'change_me',
  'change-me',
  'redacted',
  'your_',
  'your-',
  'yourkey',
  'insert',
  'replace',
  'xxxx',
  '****',
  '....',
  '0000000000',
  '1234567890',
  'abcdefgh',
  'lorem',
  'fake',
  'notreal',
  'not_a_real',
  'not-a-real',
];

/** Values that are known not to be secrets: test-mode and publishable keys, template references. */
const BENIGN = [
  /^(?:sk|rk)_test_/,
  /^pk_(?:test|live)_/,
  /\$\{[^}]*\}?/,
  /\{\{/,
  /\$\(/,
  /^\$[A-Za-z_]/,
  /^%\(?[A-Za-z_]/,
  /^<.*>?$/,
  /^(?:pass(?:word)?|passwd|secret|postgres|root|admin|user|test|guest|mysql|redis|pwd)\d{0,4}$/i,
  /(?:process\.env|os\.environ|getenv|ENV\[|secrets\.|vault:|env\()/i,
];

/** Whether a candidate value is a placeholder, an example, a reference or a known non-secret. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  for (const w of STOP_WORDS) if (lower.includes(w)) return true;
  for (const b of BENIGN) if (b.test(value)) return true;
  return false;
}

/** A dotted name like `config.apiKey` or a file path: the value names something, it is not a secret. */
function looksLikeReference(value: string): boolean {
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
  if (/^(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)+$/.test(value) && /\.[a-z]{1,5}$/.test(value)) return true;
  // Slugs and identifiers: words and numbers joined by separators (`price-token-8931`, `user_id_42`).
  if (/^(?:[a-z]+|[0-9]+)(?:[-_.:](?:[a-z]+|[0-9]+))+$/.test(value)) return true;
  if (/^(?:[A-Z]+|[0-9]+)(?:[-_.:](?:[A-Z]+|[0-9]+))+$/.test(value)) return true;
  return false;
}

/** Letters-only values must be this random to count: CamelCase names stay below it, random keys above. */
const LETTERS_ONLY_ENTROPY = 4.3;

/**
 * The generic rule's bar for a value: random enough for its alphabet, with a letter and a digit (values
 * of letters only need 24+ characters and 4.3 bits, which words and CamelCase names do not reach).
 */
export function genericValueQualifies(value: string, minEntropy: number): boolean {
  if (!/[A-Za-z]/.test(value)) return false;
  if (!/[0-9]/.test(value)) {
    return value.length >= 24 && !looksLikeReference(value) && shannonEntropy(value) >= LETTERS_ONLY_ENTROPY;
  }
  if (looksLikeReference(value)) return false;
  // UUIDs and version strings name things; they are not credentials.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  if (/^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$/.test(value)) return false;
  const bits = shannonEntropy(value);
  if (/^[0-9a-f]+$/i.test(value)) return bits >= HEX_ENTROPY;
  return bits >= minEntropy;
}

/**
 * Names holding a credential keyword that do not hold credentials: `cache_key`, `token_type`, `api_url`,
 * `public_key`, `secret_name`. The generic rule skips assignments to them.
 */
const NOT_CREDENTIAL_NAME = new RegExp(
  [
    '(?:cache|sort|partition|primary|foreign|public|idempotency|dedupe?|lookup|index|hash|row|group|route|' +
      'i18n|translation|map|object|s3|file|icon|sign(?:ing)?_?key_?id)[_.-]?key',
    'key_?(?:id|name|names|path|file|length|size|type|prefix|count|format)\\b',
    'token_?(?:type|url|uri|endpoint|expir\\w*|ttl|lifetime|length|name|count|limit|header)\\b',
    'auth_?(?:url|uri|endpoint|method|type|mode|provider|domain|header|flow|scheme)\\b',
    'api_?(?:url|base|version|host|endpoint|path|root|name|docs?)\\b',
    'access_?(?:level|mode|log|control|type|pattern|policy)\\b',
    'secret_?(?:name|ref|arn|id|path|manager)\\b',
    'passw(?:or)?d_?(?:policy|length|min\\w*|max\\w*|hint|field|reset\\w*|rules?)\\b',
  ].join('|'),
  'i',
);

/** Whether the identifier a generic match was assigned to names something other than a credential. */
export function isNonCredentialName(name: string): boolean {
  return NOT_CREDENTIAL_NAME.test(name);
}
