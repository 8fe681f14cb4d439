/**
 * Credential-shaped test values, generated at run time from a seed so that no token-shaped literal sits in
 * the sources (push protection and other scanners would rightly flag one). None is a real credential.
 */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '-_';

export function tokens(seed = 7) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chars = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const key = (label: string, first: string) =>
    [
      `-----BEGIN ${label}-----`,
      ...(first + chars(ALNUM + '+/', 380)).match(/.{1,64}/g)!,
      `-----END ${label}-----`,
    ].join('\n');
  return {
    chars,
    awsKeyId: () => ['AK', 'IA', chars(UPPER + '234567', 16)].join(''),
    awsSecret: () => chars(ALNUM + '/', 40),
    github: (prefix = 'ghp') => `${prefix}_${chars(ALNUM, 36)}`,
    fineGrained: () => `github_${'pat'}_${chars(ALNUM, 22)}_${chars(ALNUM, 59)}`,
    slackBot: () => `xo${'xb'}-${chars(DIGITS, 12)}-${chars(DIGITS, 13)}-${chars(ALNUM, 24)}`,
    slackWebhook: () =>
      `https://hooks.${'slack'}.com/services/T${chars(UPPER, 10)}/B${chars(UPPER, 10)}/${chars(ALNUM, 24)}`,
    stripeLive: () => `sk_${'live'}_${chars(ALNUM, 24)}`,
    stripeTest: () => `sk_${'test'}_${chars(ALNUM, 24)}`,
    google: () => `AI${'za'}${chars(ALNUM + '-_', 35)}`,
    npm: () => `np${'m_'}${chars(ALNUM, 36)}`,
    sendgrid: () => `S${'G.'}${chars(B64URL, 22)}.${chars(B64URL, 43)}`,
    openai: () => `sk-proj-${chars(B64URL, 40)}T3Blbk${'FJ'}${chars(B64URL, 40)}`,
    anthropic: () => `sk-${'ant'}-api03-${chars(B64URL, 93)}AA`,
    telegram: () => `${chars('123456789', 1)}${chars(DIGITS, 9)}:A${'A'}${chars(B64URL, 33)}`,
    jwt: () =>
      [
        Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
        Buffer.from(`{"sub":"${chars(DIGITS, 6)}","role":"admin"}`).toString('base64url'),
        chars(B64URL, 43),
      ].join('.'),
    password: () => chars(ALNUM, 20),
    hex: (n: number) => chars(HEX, n),
    rsaKey: () => key(`RSA ${'PRIVATE'} KEY`, 'MIIEpAIBAAKCAQEA'),
    publicKey: () => key('PUBLIC KEY', 'MIIBIjANBgkqhkiG'),
  };
}
