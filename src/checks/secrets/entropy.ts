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
  'abc123',
  '123abc',
  'def456',
  'notreal',
  'not_a_real',
  'not-a-real',
  'mock',
  'p@ss',
];

/** Capitals and underscores holding a credential word: a name written where the value goes. */
const PLACEHOLDER_NAME =
  /^(?=[A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Values that are known not to be secrets: publishable keys (public by design), template references. */
const BENIGN = [
  /^pk_(?:test|live)_/,
  /\$\{[^}]*\}?/,
  /\{\{/,
  /\$\(/,
  /^\$[A-Za-z_]/,
  /^%\(?[A-Za-z_]/,
  /^<.*>?$/,
  /^(?:pass(?:word)?|passwd|secret|postgres|root|admin|user|test|guest|mysql|redis|pwd)\d{0,4}$/i,
  // The word "password" in other languages, as translated documentation writes its placeholders.
  /^(?:passwort|kennwort|contrase(?:n|ñ)a|senha|mot_?de_?passe|wachtwoord|parola|has(?:l|ł)o|l(?:o|ö)senord|adgangskode|passord|salasana|jelsz(?:o|ó)|heslo|şifre|sifre|kata_?sandi|sandi|mat_?khau|пароль|密码|密碼|パスワード|비밀번호)$/iu,
  /(?:process\.env|os\.environ|getenv|ENV\[|secrets\.|vault:|env\()/i,
  // A value cut short on purpose, as examples print one (`0123456789abcdef...`).
  /(?:\.\.\.|…)$/,
  // A name written where the value goes (`STRONG_DB_PASSWORD`, `YOUR_API_KEY`, `DB_PASS`).
  PLACEHOLDER_NAME,
];

/** A reference to a value kept elsewhere: `${VAR}`, `{{ var }}`, `$(cmd)`, `$VAR`, `%(name)s`, `<name>`. */
export function isTemplateReference(value: string): boolean {
  return /\$\{|\{\{|\$\(|\$[A-Za-z_0-9]|^%\(?[A-Za-z_]|^<.*>?$|\[[A-Za-z_ -]+\]|<[A-Za-z_ -]+>/.test(value);
}

/**
 * A body of one or two distinct characters after the provider prefix (`ghp_xxxx…`, `sk_live_0000…`): a
 * mask or a placeholder, whatever the format says.
 */
export function isDegenerate(value: string, prefix = ''): boolean {
  const body = (prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value).replace(
    /[-_.~]/g,
    '',
  );
  if (new Set(body).size <= 2) return true;
  // `user:user`, as in `curl -u test:test`.
  if (/^([^:]+):\1$/.test(body)) return true;
  // Masks: mostly x, #, * or 0 (`glpat-XXXXXXXXXXX-XXXXXXXX`, `sha256~XXXX_PUT_YOUR_TOKEN_HERE_XXXX`).
  const masked = body.replace(/[^xX#*0]/g, '').length;
  return masked * 2 >= body.length || /your_?token|put_?your|here$|^your[-_]?[a-z]/i.test(body);
}

/**
 * A host no one else reaches: loopback (`localhost`, `127.0.0.1`, `*.localhost`, RFC 6761). Credentials
 * for a service on the developer's own machine are development defaults, not a way into anything.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return (
    h === 'localhost' ||
    h === '0.0.0.0' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    h.endsWith('.localhost')
  );
}

/**
 * A URL shown as an example where it stands: in an HTML `placeholder` attribute, or in a list of examples
 * after "e.g.", "for example", "for instance" or "such as" on its line
 * (`hint: … (e.g. http://localhost:9200, https://user:pass@es1.example.com:9200)`).
 */
export function isShownAsExample(lineText: string, urlAt: number): boolean {
  const before = lineText.slice(Math.max(0, urlAt - 100), urlAt).toLowerCase();
  if (/placeholder\s*=\s*["']?$/.test(before)) return true;
  // The example's wording, then only more examples of the same list (no sentence end, `;` or `)`).
  return /(?:\be\.\s?g\.?|\beg\.|\bfor example|\bfor instance|\bsuch as|\bexample:)(?:(?!\.\s|;|\)).)*$/.test(
    before,
  );
}

/** A name written where a value goes: capitals and underscores holding a credential word (`STRONG_DB_PASSWORD`). */
export function isPlaceholderName(value: string): boolean {
  return PLACEHOLDER_NAME.test(value);
}

/**
 * A value shaped like a program identifier: words in camelCase, PascalCase or snake_case with at most a
 * short number at the end (`_computedKey4`, `credentialIdBase64`, `STRONG_DB_PASSWORD`,
 * `ultraPictureBox1`). Random keys mix digits and case inside; identifiers do not.
 */
export function isIdentifierShaped(value: string): boolean {
  return (
    /^[_$]*(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Z](?=[_$-]))(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Z](?=[A-Z][a-z])|[_$-][A-Za-z][a-z]*|[_$-][A-Z]+)*[0-9]{0,3}$/.test(
      value,
    ) && wordsReadAsWords(value)
  );
}

/**
 * Random letters also split into "camelCase words" (`XkFpGbnlThzt`), but those words lack vowels (an
 * identifier's words of three letters or more nearly all have one; acronyms in capitals are let be), and
 * many of them are one or two letters long.
 */
/** A run of letters whose pieces read as words of a language: each of three letters or more has a vowel. */
function readsAsWords(part: string): boolean {
  return /[aeiouy]/i.test(part) && wordsReadAsWords(part);
}

function wordsReadAsWords(value: string): boolean {
  const words = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]/g) ?? [];
  const spelled = words.filter((w) => w.length >= 3 && /[a-z]/.test(w));
  const vowelless = spelled.filter((w) => !/[aeiouy]/i.test(w)).length;
  // Nor do identifiers cut into many one- and two-letter pieces (`fvXOXhBAKt`).
  const short = words.filter((w) => w.length <= 2).length;
  return (
    vowelless <= 1 && vowelless * 4 <= spelled.length && (words.length < 4 || short * 5 <= words.length * 2)
  );
}

/** Whether a candidate value is a placeholder, an example, a reference or a known non-secret. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  for (const w of STOP_WORDS) if (lower.includes(w)) return true;
  for (const b of BENIGN) if (b.test(value)) return true;
  return false;
}

/** A dotted name like `config.apiKey` or a file path: the value names something, it is not a secret. */
function looksLikeReference(value: string): boolean {
  // Module specifiers and key paths: segments that are each a name (`@scope/plugin-name/runtimeKey`).
  if (
    value.includes('/') &&
    value
      .replace(/^@/, '')
      .split('/')
      .every((part) => part !== '' && (isIdentifierShaped(part) || isSlug(part)))
  )
    return true;
  // Member paths, also borrowed or dereferenced and with tuple fields (`&parent.resolved.0`).
  if (/^[&*]?[A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\d+))+$/.test(value)) return true;
  if (/^(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)+$/.test(value) && /\.[a-z]{1,5}$/.test(value)) return true;
  // Slugs and identifiers: words and numbers joined by separators (`price-token-8931`, `user_id_42`), a
  // word may end in a short number (`worker-v2-marker`, `es2015-preset`).
  return isSlug(value);
}

function isSlug(value: string): boolean {
  return (
    /^(?:[a-z]+[0-9]{0,4}|[0-9]+)(?:[-_.:](?:[a-z]+[0-9]{0,4}|[0-9]+))+$/.test(value) ||
    /^(?:[A-Z]+[0-9]{0,4}|[0-9]+)(?:[-_.:](?:[A-Z]+[0-9]{0,4}|[0-9]+))+$/.test(value)
  );
}

/** Letters-only values must be this random to count: CamelCase names stay below it, random keys above. */
const LETTERS_ONLY_ENTROPY = 4.0;

/**
 * The generic rule's bar for a value: random enough for its alphabet, with a letter and a digit (values
 * of letters only need 24+ characters and 4.0 bits, which words and CamelCase names do not reach).
 */
export function genericValueQualifies(value: string, minEntropy: number): boolean {
  // TypeScript's non-null assertion and a statement's end are not part of a value (`env.SECRET!,`).
  value = value.replace(/[!;,]+$/, '');
  if (!/[A-Za-z]/.test(value)) return false;
  // Words joined by hyphens or spaces, as translations and prose write them
  // (`OAuth-applikationshemmelighed`): every part reads as words.
  if (/^[A-Za-z]+(?:[- ][A-Za-z]+)+$/.test(value) && value.split(/[- ]/).every(readsAsWords)) return false;
  if (isIdentifierShaped(value)) return false;
  // A name with a source position or range after it, as syntax-tree dumps and stack traces print them
  // (`IDENT@106..129`, `L_CURLY@29..30`, `parseKey:12:5`).
  if (/^[A-Za-z_$][\w$]*@\d+\.\.\d+$/.test(value)) return false;
  const positioned = /^(.+?)(?::\d+){1,2}$/.exec(value);
  if (positioned && isIdentifierShaped(positioned[1] as string)) return false;
  if (!/[0-9]/.test(value)) {
    return value.length >= 24 && !looksLikeReference(value) && shannonEntropy(value) >= LETTERS_ONLY_ENTROPY;
  }
  if (looksLikeReference(value)) return false;
  // UUIDs (and ids laid out like one, in any alphabet) and version strings name things; they are not
  // credentials. Providers whose keys are UUIDs have rules of their own that need the provider's name.
  if (/^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i.test(value)) return false;
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
    '(?:cache|sort|partition|primary|foreign|public|idempotency|dedupe?|lookup|index|hash|row|group|route|unique|' +
      'i18n|translation|map|object|s3|file|icon|sign(?:ing)?_?key_?id)[_.-]?key',
    'key_?(?:id|name|names|path|file|length|size|type|prefix|count|format)\\b',
    'token_?(?:type|url|uri|endpoint|expir\\w*|ttl|lifetime|length|name|count|limit|header)\\b',
    'auth_?(?:url|uri|endpoint|method|type|mode|provider|domain|header|flow|scheme)\\b',
    'api_?(?:url|base|version|host|endpoint|path|root|name|docs?)\\b',
    'access_?(?:level|mode|log|control|type|pattern|policy)\\b',
    'accessor|accessib\\w*|keyboard|keyframe|keyword|monkey|turkey|donkey|hockey|author\\w*|api_?version',
    'secret_?(?:name|ref|arn|id|path|manager)\\b',
    'passw(?:or)?d_?(?:policy|length|min\\w*|max\\w*|hint|field|reset\\w*|rules?)\\b',
  ].join('|'),
  'i',
);

/** Whether the identifier a generic match was assigned to names something other than a credential. */
export function isNonCredentialName(name: string): boolean {
  return NOT_CREDENTIAL_NAME.test(name);
}
