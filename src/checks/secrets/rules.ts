import { PROVIDER_RULES } from './provider-rules.js';
import { TOKEN_RULES } from './token-rules.js';

export { PROVIDER_RULES };

/**
 * The credential rules of `repo.secrets`: provider formats re-expressed from gitleaks' documented default
 * rules (and the providers' own token format notes), for the most common providers. A rule runs only on
 * lines holding one of its `keywords` (lower case), which is what keeps the scan fast.
 */
export interface SecretRule {
  id: string;
  /** What was found, for people: "GitHub personal access token". */
  description: string;
  /** Lower-case literals; a line must hold one of them before `pattern` runs on it. */
  keywords: string[];
  /** Global regular expression; the group named `secret` (or the whole match) is the secret. */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret; placeholders fall below it. */
  minEntropy?: number;
  /** The fixed, non-secret start of the token shown in previews (`AKIA`, `ghp_`). */
  prefix?: string;
  /**
   * The format itself is the evidence (a provider prefix, or a provider's name on the assignment):
   * placeholder-sounding words do not clear a match, only a degenerate body or a template reference.
   */
  strict?: boolean;
  /** Found in a binary file's structure, not in text: the finding names the file, never any content. */
  binary?: boolean;
}

const g = (source: string, flags = '') => new RegExp(source, `gd${flags}`);

/**
 * A private key block: the header line starts it; the secret is the key material after it (on the next
 * lines, or after `\n` escapes in a JSON string such as a GCP service-account file).
 */
export const PRIVATE_KEY_RULE: SecretRule = {
  id: 'private-key',
  description: 'private key',
  keywords: ['private key'],
  pattern: g(`-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----`),
  prefix: '-----BEGIN',
};

/**
 * A PKCS#12 key store holding a private key (pkcs12.ts reads the structure). It has no keywords and no
 * text pattern: the scan calls it on binary files only.
 */
export const PKCS12_RULE: SecretRule = {
  id: 'pkcs12-key-store',
  description: 'PKCS#12 key store holding a private key',
  keywords: [],
  pattern: /(?!)/dg,
  binary: true,
};

/** Words that make an assignment's value a credential when it is long and random enough. */
const GENERIC_KEYWORDS = [
  'key',
  'secret',
  'token',
  'passw',
  'pwd',
  'api',
  'auth',
  'credential',
  'creds',
  'access',
];

/**
 * gitleaks' generic-api-key idea: an identifier holding a keyword, an assignment (`=`, `:`, `=>`, `:=`),
 * an optional quote, then the value.
 */
export const GENERIC_RULE: SecretRule = {
  id: 'generic-secret',
  description: 'high-entropy value assigned to a credential-like name',
  keywords: GENERIC_KEYWORDS,
  pattern: g(
    `(?:key|secret|token|passw(?:or)?d|pwd|api|auth|credentials?|creds|access)[\\w.-]{0,20}['"]?[ \\t]{0,3}(?::=|=>|=|:)[ \\t]{0,3}['"\`]?(?<secret>[A-Za-z0-9_+/=.~!@#$%^&*-]{12,200})(?=['"\`\\s,;)]|\\\\n|$)`,
    'i',
  ),
  minEntropy: 3.5,
};

/**
 * Rules that find a credential by its shape and its name rather than by a provider's format (GitHub
 * documents these as its "non-provider patterns", off by default because they are hard to detect
 * reliably): in documentation, examples and CI test settings their findings are notes, not failures.
 */
export const PATTERN_RULE_IDS: ReadonlySet<string> = new Set([
  'generic-secret',
  'url-credentials',
  'database-url-password',
  'curl-credentials',
  'jwt',
]);

/** Every rule, in reporting priority. */
// Provider rules first: their ids are the older ones, and a finding's fingerprint (what an allowlist holds)
// is bound to its rule id, so a broader token rule must not take over a value they already report.
export const ALL_RULES: SecretRule[] = [
  PRIVATE_KEY_RULE,
  ...PROVIDER_RULES,
  ...TOKEN_RULES,
  GENERIC_RULE,
  PKCS12_RULE,
];
