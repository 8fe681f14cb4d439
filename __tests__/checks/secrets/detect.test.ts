import { describe, expect, it } from '@jest/globals';
import { createDetector, trie } from '../../../src/checks/secrets/detect.js';
import { genericValueQualifies, isPlaceholder, shannonEntropy } from '../../../src/checks/secrets/entropy.js';
import { fingerprint, preview } from '../../../src/checks/secrets/preview.js';
import { ALL_RULES, PROVIDER_RULES } from '../../../src/checks/secrets/rules.js';
import { tokens } from './tokens.js';

const detect = createDetector();
const t = tokens();
const ids = (text: string) => detect(text).detections.map((d) => d.rule.id);

describe('secret detection', () => {
  it.each([
    ['aws-access-key-id', () => `AWS_ACCESS_KEY_ID=${t.awsKeyId()}`],
    ['aws-secret-access-key', () => `aws_secret_access_key = ${t.awsSecret()}`],
    ['github-pat', () => `token: ${t.github('ghp')}`],
    ['github-oauth', () => `"t": "${t.github('gho')}"`],
    ['github-fine-grained-pat', () => `GH=${t.fineGrained()}`],
    ['slack-bot-token', () => `new WebClient('${t.slackBot()}')`],
    ['slack-webhook-url', () => `hook: ${t.slackWebhook()}`],
    ['stripe-live-key', () => `stripe(${JSON.stringify(t.stripeLive())})`],
    ['stripe-test-key', () => `STRIPE_SECRET_KEY=${t.stripeTest()}`],
    ['google-api-key', () => `const k = '${t.google()}';`],
    ['npm-access-token', () => `//registry.npmjs.org/:_authToken=${t.npm()}`],
    ['sendgrid-api-key', () => `SENDGRID=${t.sendgrid()}`],
    ['openai-api-key', () => `OPENAI=${t.openai()}`],
    ['anthropic-api-key', () => `x = "${t.anthropic()}"`],
    ['telegram-bot-token', () => `bot: "${t.telegram()}"`],
    ['jwt', () => `Authorization: Bearer ${t.jwt()}`],
    ['database-url-password', () => `DATABASE_URL=postgres://app:${t.password()}@db.internal:5432/app`],
    ['generic-secret', () => `const clientSecret = '${t.password()}';`],
    ['private-key', () => `# deploy key\n${t.rsaKey()}\n`],
  ])('finds a %s', (rule, make) => {
    expect(ids(make())).toEqual([rule]);
  });

  it('reports the first character of the secret, 1-based, on the right line', () => {
    const key = t.github();
    const text = `a: 1\r\nb: 2\n  token: ${key}\n`;
    const [d] = detect(text).detections;
    expect(d).toMatchObject({ line: 3, col: 10, secret: key });
  });

  it('reads key material after the header, in PEM lines or in a JSON string with \\n escapes', () => {
    const pem = t.rsaKey();
    const [block] = detect(`x\n${pem}\n`).detections;
    expect(block).toMatchObject({ line: 2, col: 1 });
    expect(block?.pieces.length).toBeGreaterThan(3);
    const json = `{\n  "private_key": ${JSON.stringify(`${pem}\n`)}\n}\n`;
    const [escaped] = detect(json).detections;
    expect(escaped).toMatchObject({ rule: { id: 'private-key' }, line: 2, secret: block?.secret });
  });

  it("leaves placeholders, examples, references, public keys and the providers' published keys alone", () => {
    const decoys = [
      'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
      `accessKeyId: 'AKIAIOSFODNN7${'EXAMPLE'}'`,
      `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`,
      'api_key = "YOUR_API_KEY"',
      'API_KEY=${API_KEY}',
      'password: "{{ vault_db_password }}"',
      'const token = process.env.GITHUB_TOKEN;',
      // The test-mode key Stripe's own documentation prints for everyone.
      `STRIPE_SECRET_KEY=sk_${'test'}_4eC39HqLyjWDarjtT1zdp7dc`,
      `const stripe = Stripe('pk_${'live'}_${t.password()}');`,
      'DATABASE_URL=postgres://user:password@localhost:5432/app',
      `cache_key = "${t.hex(32)}"`,
      'token_type: "bearer"',
      'api_version = "2024-06-20"',
      `"entryToken": "price-token-8931"`,
      `idempotency_key: "3fa85f64-5717-4562-b3fc-2c963f66afa6"`,
      '# The access token expires after one hour, rotate the secret key monthly.',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n...\n-----END RSA PRIVATE KEY-----',
      t.publicKey(),
      `jwt: eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.`,
    ];
    for (const text of decoys) expect({ text, found: ids(text) }).toEqual({ text, found: [] });
  });

  it('honours inline ignore comments, its own and gitleaks', () => {
    const key = t.github();
    const r = detect(`a = "${key}" # preflight:ignore-secret\nb = "${key}" // gitleaks:allow\n`);
    expect(r).toEqual({ detections: [], inlineIgnored: 2 });
  });

  it('reports one finding per secret when rules overlap', () => {
    const r = detect(`GITHUB_API_TOKEN="${t.github()}"`);
    expect(r.detections.map((d) => d.rule.id)).toEqual(['github-pat']);
  });

  it('copes with empty, huge-line and keyword-dense texts', () => {
    expect(detect('').detections).toEqual([]);
    expect(detect('key='.repeat(50_000)).detections).toEqual([]);
    const long = `${'x'.repeat(200_000)} token=${t.password()}`;
    expect(ids(long)).toEqual(['generic-secret']);
    expect(createDetector([])('token=abc').detections).toEqual([]);
  });
});

describe('values real trees hold that are not credentials', () => {
  // Each class stands for findings other scanners made (or we made) on public source trees; the texts are
  // our own.
  const clean = (text: string) => expect({ text, found: ids(text) }).toEqual({ text, found: [] });

  it('identifier-shaped values: compiler temporaries, camelCase names, constant names', () => {
    clean('      key: _computedKey4,');
    clean('const credentialIdBase64 = credentialIdBase64;');
    clean('password: STRONG_DB_PASSWORD,');
    clean('      secretKey: _objectWithPrimitive2');
  });

  it('syntax-tree dumps: a token kind with its source range', () => {
    clean(`    value_token: STRING_LITERAL@112..131 "\\"utf-8\\"" [] [],`);
    clean('    l_paren_token: L_PAREN@7..8 "(" [] [],');
    clean('    r_curly_token: R_DOUBLE_CURLY@40..42 "}}" [] [],');
  });

  it('slugs with version numbers, member paths and ids laid out like a UUID', () => {
    clean("const storageKey = 'release-v3-banner-dismissed';");
    clean("sharedKey: 'bundle-es2022-worker-marker',");
    clean('let parent_tokens = &parent.resolved.0;');
    clean('const runtimeKey = "@scope/plugin-feature-flags/runtimeKey";');
    clean("const sample = { aVeryLongKeyForTheTest: 'aVeryLongValueToForceALineBreak' };");
    clean('[chat](https://chat.example.org/join?invite_token=7kq2m9xz-4ab1-4c2d-9e8f-0z1y2x3w4v5u)');
  });

  it('search-only keys of a search configuration (appId, apiKey, indexName together)', () => {
    const key = t.hex(32);
    clean(`docSearch({
  appId: 'QWERTY1234',
  apiKey: '${key}',
  indexName: 'docs',
});`);
    clean(`const search = { app_id: "ASDF", search_api_key: "${key}", index_name: "site" };`);
    // The same value alone, or beside other settings, is still a credential.
    expect(
      ids(`const config = {
  apiKey: '${key}',
  region: 'eu',
};`),
    ).toEqual(['generic-secret']);
  });

  it("the documentation JWT of jwt.io's debugger, whatever its signature", () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const header = part({ alg: 'HS256', typ: 'JWT' });
    const sig = t.chars('abcdefghijklmnopqrstuvwxyz0123456789_-', 43);
    clean(`token=${header}.${part({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${sig}`);
    const more = part({ sub: '1234567890', name: 'John Doe', role: 'owner', tenant: 'acme' });
    expect(ids(`token=${header}.${more}.${sig}`)).toEqual(['jwt']);
    expect(ids(`token=${header}.${part({ sub: 'u-829', name: 'Ops', iat: 1716239022 })}.${sig}`)).toEqual([
      'jwt',
    ]);
  });

  it('the word "password" as translated documentation writes placeholders', () => {
    clean('`csvsql --db "mysql://benutzer:passwort@host/datenbank"`');
    clean('psql postgres://usuario:contraseña@servidor/base');
    clean('mongo mongodb://utilisateur:mot_de_passe@hote/base');
    // A real-looking password in the same place is found.
    expect(ids(`psql postgres://usuario:${t.password()}@servidor/base`)).toEqual(['database-url-password']);
  });
});

describe('secret rule parts', () => {
  it('computes Shannon entropy in bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
  });

  it('applies the generic limits: a letter and a digit, 3.5 bits, hex 3.0', () => {
    expect(genericValueQualifies('abcdefghijklmnop', 3.5)).toBe(false);
    expect(genericValueQualifies('aaaaaaaaaaaaaaa1', 3.5)).toBe(false);
    expect(genericValueQualifies('d41d8cd98f00b204e9800998ecf8427e', 3.5)).toBe(true);
    expect(genericValueQualifies('config.apiKey2', 3.5)).toBe(false);
    // Letters only: long random values count, names and words do not.
    expect(
      genericValueQualifies(t.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32), 3.5),
    ).toBe(true);
    expect(genericValueQualifies('SessionCookieSigningSecretValue', 3.5)).toBe(false);
    expect(isPlaceholder('changeme123')).toBe(true);
    expect(isPlaceholder('${TOKEN}')).toBe(true);
  });

  it('previews without the secret, and fingerprints are stable per rule and value', () => {
    const rule = PROVIDER_RULES.find((r) => r.id === 'aws-access-key-id')!;
    const key = t.awsKeyId();
    expect(preview(rule, key)).toBe('AKIA…(20 chars)');
    expect(fingerprint(rule.id, key)).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint(rule.id, key)).toBe(fingerprint(rule.id, key));
    expect(fingerprint('other', key)).not.toBe(fingerprint(rule.id, key));
  });

  it('factors keywords into a prefix tree that matches exactly them', () => {
    const re = new RegExp(`^${trie(['akia', 'asia', 'aws', 'key'])}$`);
    for (const w of ['akia', 'asia', 'aws', 'key']) expect(re.test(w)).toBe(true);
    for (const w of ['ak', 'awsx', 'ke', 'a']) expect(re.test(w)).toBe(false);
  });

  it('has unique rule ids and lower-case keywords', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) for (const k of r.keywords) expect(k).toBe(k.toLowerCase());
  });
});
