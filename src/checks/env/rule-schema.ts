import type { JsonSchema } from '../types.js';

const bytes = (description: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  maximum: 65536,
  description,
});

/** The schema of one variable's rules in env.policy. */
export const variableRuleSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    required: { type: 'boolean', description: 'Must be set and not empty (default true).' },
    secret: {
      type: 'boolean',
      description:
        'The value is a secret: scrubbed from every output of the run (comment, summary, log, report), whichever check prints it, even when the name does not look secret (always so for secret-like names and length or JWT rules).',
    },
    'min-bytes': bytes('At least this many bytes (after decoding, see `encoding`).'),
    'max-bytes': bytes('At most this many bytes.'),
    'exact-bytes': bytes('Exactly this many bytes (for example 32 for an AES-256 key).'),
    'jwt-alg': {
      enum: ['HS256', 'HS384', 'HS512'],
      description: 'An HMAC key for this JWT algorithm: at least 32, 48 or 64 bytes (RFC 7518 3.2).',
    },
    encoding: {
      enum: ['raw', 'base64', 'hex'],
      description: 'Decode the value before counting bytes (default raw: the UTF-8 bytes as written).',
    },
    'distinct-from': {
      type: ['string', 'array'],
      minLength: 1,
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      description: 'Other variables whose value must differ.',
    },
    'not-placeholder': {
      type: 'boolean',
      description:
        'Reject placeholders such as changeme, your-…, example, xxx, 12345 or the variable name (default true for secret-like names and length rules).',
    },
    equals: { type: 'string', description: 'The exact value (for example production).' },
    'one-of': { type: 'array', items: { type: 'string' }, minItems: 1 },
    matches: { type: 'string', minLength: 1, description: 'A JavaScript regular expression.' },
    'url-host': {
      type: 'string',
      minLength: 1,
      description: 'A URL on this host; `*.example.com` accepts any host below example.com.',
    },
  },
};
