// What the planted-secret corpus is made of (scripts/secret-corpus.mjs assembles it): generators of
// credentials in their providers' formats, where each kind sits in which kind of file, ordinary filler
// lines, and look-alike decoys. All values are random; none is a real credential.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const BASE62 = DIGITS + UPPER + LOWER;
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64 = UPPER + LOWER + DIGITS + '+/';
const BASE64URL = UPPER + LOWER + DIGITS + '-_';
const BASE32 = UPPER + '234567';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(text) {
  let c = 0xffffffff;
  for (const ch of Buffer.from(text)) c = CRC_TABLE[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n, width) {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, '0');
}

const b64url = (value) => Buffer.from(value).toString('base64url');

/** Generators of secrets by kind: each returns the lines to plant and which of them holds the secret. */
export function secretMakers(r) {
  const github = (prefix) => {
    const body = r.chars(BASE62, 30);
    return `${prefix}_${body}${base62(crc32(body), 6)}`;
  };
  // Key material with the real structure's first bytes (ASN.1 SEQUENCE, OpenSSH magic, a PGP secret-key
  // packet), then random bytes: it looks like a key to a scanner that checks, and is none.
  const MAGIC = {
    rsa: [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
    ec: [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20],
    openssh: [...Buffer.from('openssh-key-v1\0')],
    pgp: [0x95, 0x03, 0xc6, 0x04],
    pkcs8: [
      0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
      0x01, 0x01, 0x01, 0x05, 0x00,
    ],
  };
  const keyBody = (magic, bytes) => {
    const raw = [...MAGIC[magic], ...Array.from({ length: bytes }, () => r.int(256))];
    return Buffer.from(raw)
      .toString('base64')
      .match(/.{1,64}/g);
  };
  const pem = (label, magic, bytes) => [
    `-----BEGIN ${label}-----`,
    ...keyBody(magic, bytes),
    `-----END ${label}-----`,
  ];
  const ident = () => r.pick(['app', 'svc', 'deploy', 'billing', 'worker', 'api']);
  return {
    'aws-access-key-id': () => `AKIA${r.chars(BASE32, 16)}`,
    'aws-secret-access-key': () => r.chars(BASE64.replace('+', ''), 40),
    'github-pat': () => github('ghp'),
    'github-oauth': () => github('gho'),
    'github-fine-grained-pat': () => `github_pat_${r.chars(ALNUM, 22)}_${r.chars(ALNUM, 59)}`,
    'gitlab-pat': () => `glpat-${r.chars(ALNUM, 20)}`,
    'slack-bot-token': () => `xoxb-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 13)}-${r.chars(ALNUM, 24)}`,
    'slack-user-token': () =>
      `xoxp-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 13)}-${r.chars(HEX, 32)}`,
    'slack-webhook-url': () =>
      `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
    'stripe-live-key': () => `${r.pick(['sk', 'rk'])}_live_${r.chars(ALNUM, r.pick([24, 99]))}`,
    'stripe-test-key': () => `${r.pick(['sk', 'rk'])}_test_${r.chars(ALNUM, r.pick([24, 99]))}`,
    'google-api-key': () => `AIza${r.chars(ALNUM + '-_', 35)}`,
    'npm-access-token': () => `npm_${r.chars(ALNUM, 36)}`,
    'sendgrid-api-key': () => `SG.${r.chars(BASE64URL, 22)}.${r.chars(BASE64URL, 43)}`,
    'twilio-api-key': () => `SK${r.chars(HEX, 32)}`,
    'mailgun-api-key': () => `key-${r.chars(HEX, 32)}`,
    'shopify-token': () => `shpat_${r.chars(HEX, 32)}`,
    // Project keys: 74 characters either side of the marker; the older form: 20 alphanumerics either side.
    'openai-api-key': () =>
      r.chance(0.7)
        ? `sk-proj-${r.chars(BASE64URL, 74)}T3BlbkFJ${r.chars(BASE64URL, 74)}`
        : `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`,
    'anthropic-api-key': () => `sk-ant-api03-${r.chars(BASE64URL, 93)}AA`,
    'discord-bot-token': () =>
      `${r.pick(['M', 'N'])}${r.chars(ALNUM, 23)}.${r.chars(BASE64URL, 6)}.${r.chars(BASE64URL, 27)}`,
    'telegram-bot-token': () =>
      `${r.chars(DIGITS.slice(1), 1)}${r.chars(DIGITS, 9)}:AA${r.chars(BASE64URL, 33)}`,
    'azure-storage-key': () => `${r.chars(BASE64, 86)}==`,
    jwt: () => {
      const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const payload = b64url(
        JSON.stringify({ sub: String(r.range(1000, 99999)), role: ident(), iat: 1763800000 + r.int(1e6) }),
      );
      return `${header}.${payload}.${r.chars(BASE64URL, 43)}`;
    },
    'database-url-password': () => r.chars(ALNUM, r.range(14, 24)),
    'generic-secret': () => r.chars(ALNUM, r.range(24, 40)),
    'private-key-rsa': () => pem('RSA PRIVATE KEY', 'rsa', 1180),
    'private-key-ec': () => pem('EC PRIVATE KEY', 'ec', 112),
    'private-key-openssh': () => pem('OPENSSH PRIVATE KEY', 'openssh', 380),
    'private-key-pgp': () => [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
      '',
      ...keyBody('pgp', 900),
      `=${r.chars(BASE64, 4)}`,
      '-----END PGP PRIVATE KEY BLOCK-----',
    ],
    'gcp-service-account': () => keyBody('pkcs8', 1190).join(''),
  };
}

/** How each kind of secret sits in each kind of file: a line template with the secret in `S`. */
export const PLACEMENTS = {
  'aws-access-key-id': {
    env: 'AWS_ACCESS_KEY_ID=S',
    js: "  accessKeyId: 'S',",
    py: 'AWS_ACCESS_KEY_ID = "S"',
    yaml: '  aws_access_key_id: S',
  },
  'aws-secret-access-key': {
    env: 'AWS_SECRET_ACCESS_KEY=S',
    py: 'AWS_SECRET_ACCESS_KEY = "S"',
    yaml: '  aws_secret_access_key: S',
  },
  'github-pat': {
    env: 'GITHUB_TOKEN=S',
    yaml: '  token: S',
    js: "const octokit = new Octokit({ auth: 'S' });",
  },
  'github-oauth': { json: '  "oauth_token": "S",', py: 'GH_OAUTH = "S"' },
  'github-fine-grained-pat': { env: 'GH_PAT=S', docker: 'ENV GH_PAT=S' },
  'gitlab-pat': { env: 'GITLAB_TOKEN=S', yaml: '    private-token: S' },
  'slack-bot-token': { env: 'SLACK_BOT_TOKEN=S', js: "const slack = new WebClient('S');" },
  'slack-user-token': { py: 'SLACK_USER_TOKEN = "S"', json: '  "slackToken": "S",' },
  'slack-webhook-url': { yaml: '  webhook: S', js: "const hook = 'S';" },
  'stripe-live-key': {
    env: 'STRIPE_SECRET_KEY=S',
    py: 'stripe.api_key = "S"',
    js: "const stripe = new Stripe('S');",
  },
  'stripe-test-key': { env: 'STRIPE_TEST_SECRET_KEY=S', js: "const stripeTest = new Stripe('S');" },
  'google-api-key': { js: "const mapsKey = 'S';", json: '  "apiKey": "S",', yaml: '  maps_api_key: S' },
  'npm-access-token': { npmrc: '//registry.npmjs.org/:_authToken=S', env: 'NPM_TOKEN=S' },
  'sendgrid-api-key': { env: 'SENDGRID_API_KEY=S', py: 'SENDGRID_API_KEY = "S"' },
  'twilio-api-key': { env: 'TWILIO_API_KEY=S', js: "const twilioKey = 'S';" },
  'mailgun-api-key': { py: 'MAILGUN_API_KEY = "S"', yaml: '  mailgun_key: S' },
  'shopify-token': { env: 'SHOPIFY_ACCESS_TOKEN=S', json: '  "shopifyToken": "S",' },
  'openai-api-key': { env: 'OPENAI_API_KEY=S', py: 'client = OpenAI(api_key="S")' },
  'anthropic-api-key': {
    env: 'ANTHROPIC_API_KEY=S',
    js: "const anthropic = new Anthropic({ apiKey: 'S' });",
  },
  'discord-bot-token': { env: 'DISCORD_BOT_TOKEN=S', py: 'discord_client.run("S")' },
  'telegram-bot-token': { env: 'TELEGRAM_BOT_TOKEN=S', yaml: '  telegram_token: "S"' },
  'azure-storage-key': {
    env: 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=shopdata;AccountKey=S;EndpointSuffix=core.windows.net',
  },
  jwt: { js: "const serviceJwt = 'S';", yaml: '  bearer: S' },
  'database-url-password': {
    env: 'DATABASE_URL=postgres://shop:S@db.internal.acme.io:5432/shop',
    yaml: '  url: mysql://orders:S@mysql.prod.acme.io:3306/orders',
    py: "MONGO_URI = 'mongodb+srv://reporting:S@cluster0.acme.mongodb.net/reports'",
  },
  'generic-secret': {
    env: 'PAYMENT_API_KEY=S',
    py: 'SECRET_KEY = "S"',
    js: "const clientSecret = 'S';",
    yaml: '  encryption_key: S',
    json: '  "webhookSecret": "S",',
    docker: 'ENV SESSION_SECRET=S',
  },
};

export const FILE_KINDS = {
  env: {
    name: (i) =>
      i % 2 ? `services/svc-${i}/.env` : `envs/${i}/.env.${['production', 'staging', 'prod', 'live'][i % 4]}`,
  },
  js: { name: (i) => `src/config/config-${i}.js` },
  py: { name: (i) => `app/settings_${i}.py` },
  yaml: { name: (i) => `deploy/values-${i}.yaml` },
  json: { name: (i) => `config/app-${i}.json` },
  docker: { name: (i) => `docker/Dockerfile.${i}` },
  npmrc: { name: (i) => `packages/pkg-${i}/.npmrc` },
};

/** Ordinary lines around the planted ones, per file kind. */
export const FILLER = {
  env: ['NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'FEATURE_FLAGS=checkout,search', 'TZ=UTC'],
  js: [
    "import path from 'node:path';",
    'export const retries = 3;',
    "const region = 'eu-west-1';",
    'module.exports.timeoutMs = 5000;',
    '// keep in sync with the deploy values',
  ],
  py: [
    'import os',
    'DEBUG = False',
    "ALLOWED_HOSTS = ['shop.acme.io']",
    'CACHE_TIMEOUT = 300',
    '# settings for the worker',
  ],
  yaml: ['replicas: 3', 'image:', '  tag: "1.4.0"', 'resources:', '  limits:', '    memory: 512Mi'],
  json: ['  "name": "shop",', '  "version": "1.4.0",', '  "retries": 3,', '  "region": "eu-west-1",'],
  docker: [
    'FROM node:24-alpine',
    'WORKDIR /app',
    'COPY package*.json ./',
    'RUN npm ci --omit=dev',
    'CMD ["node", "server.js"]',
  ],
  npmrc: ['registry=https://registry.npmjs.org/', 'fund=false', 'audit=false'],
};

/** Look-alikes that are not secrets: (random) => line. Grouped by what they imitate. */
export function decoyMakers(r) {
  const hex = (n) => r.chars(HEX, n);
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' ');
  const sentence = () => Array.from({ length: 8 }, () => r.pick(words)).join(' ');
  return {
    'placeholder-aws': () =>
      r.pick([
        'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
        "accessKeyId: 'AKIAIOSFODNN7EXAMPLE',",
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      ]),
    'placeholder-token': () =>
      r.pick([
        'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'SLACK_BOT_TOKEN=xoxb-your-bot-token-here',
        'api_key = "YOUR_API_KEY"',
        'OPENAI_API_KEY=sk-...',
        'password: changeme',
        'token: <your-token-here>',
        'SECRET_KEY = "replace-me-with-a-long-random-string"',
        "stripe.api_key = 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX'",
        'DATABASE_URL=postgres://user:password@localhost:5432/app',
      ]),
    'stripe-publishable-key': () =>
      r.pick([
        'STRIPE_PUBLISHABLE_KEY=pk_test_',
        "publishableKey: 'pk_live_",
        'NEXT_PUBLIC_STRIPE=pk_live_',
      ]) +
      r.chars(ALNUM, 24) +
      r.pick(['', "',"]),
    'env-reference': () =>
      r.pick([
        'API_KEY=${API_KEY}',
        'password: "{{ vault_db_password }}"',
        'const token = process.env.GITHUB_TOKEN;',
        'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
        'ENV NPM_TOKEN=${NPM_TOKEN}',
        '  api_key: ${{ secrets.PAYMENT_API_KEY }}',
        "auth_token = config.get('auth.token')",
      ]),
    'hash-or-id': () =>
      r.pick([
        `const digest = '${hex(64)}';`,
        `  "commit": "${hex(40)}",`,
        `requestId: '${uuid()}',`,
        `  "integrity": "sha512-${r.chars(BASE64, 86)}==",`,
        `etag = "W/\\"${hex(32)}\\""`,
        `cache_key = "${hex(32)}"`,
        `idempotency_key: "${uuid()}"`,
        `tenant_id = "${uuid()}"`,
      ]),
    'base64-data': () =>
      r.pick([
        `const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk${r.chars(BASE64, 12)}';`,
        `greeting = "${Buffer.from(sentence()).toString('base64')}"`,
        `-----BEGIN PUBLIC KEY-----`,
      ]),
    'keyword-prose': () =>
      r.pick([
        `# The access token expires after one hour; ${sentence()}.`,
        `// Rotate the secret key monthly: ${sentence()}`,
        `token_type: "bearer"`,
        `auth_method = 'oauth2-client-credentials'`,
        `key_length: 2048`,
        `api_version = "2024-06-20"`,
        `password_min_length = 12`,
        `token_url: https://auth.acme.io/oauth/token`,
      ]),
    'doc-example': () =>
      r.pick([
        '    curl -H "Authorization: Bearer <token>" https://api.acme.io/v1/orders',
        '-----BEGIN RSA PRIVATE KEY-----',
        'export AWS_SECRET_ACCESS_KEY=<your secret access key>',
        'Set `SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy` in your shell.',
        '    jwt: eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.',
      ]),
  };
}
