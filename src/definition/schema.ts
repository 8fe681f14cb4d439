import type { JsonSchema } from '../checks/types.js';
import { MAX_DURATION_MS } from './interpolate.js';

/** The definition file format. Check parameters are validated per kind (see the registry). */

const id = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9._-]*$',
  maxLength: 100,
  'x-hint': 'an id uses lowercase letters, digits, "-", "_" and "." and starts with a letter or digit',
  description: 'A stable identifier: ticks and reports refer to it, so keep it when the title changes.',
};

const nonEmptyString = { type: 'string', minLength: 1 };
const stringList = { type: 'array', items: nonEmptyString, minItems: 1 };
/** Globs, matched in linear time (a glob that cannot be is refused: see util/glob). */
const globList = { type: 'array', items: { ...nonEmptyString, 'x-glob': true }, minItems: 1 };

export const durationSchema = {
  type: ['string', 'number'],
  pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m)$',
  exclusiveMinimum: 0,
  maximum: MAX_DURATION_MS / 1000,
  'x-max-ms': MAX_DURATION_MS,
  'x-hint': 'a duration is a number of seconds or a string such as "500ms", "30s" or "2m", at most 60m',
  description: 'Seconds, or a string with a unit: "500ms", "30s", "2m"; at most one hour.',
};

export const MAX_HOLD_MS = 30 * 86_400_000;

const holdSchema = {
  type: 'string',
  pattern: '^[0-9]+(\\.[0-9]+)?(s|m|h|d)$',
  'x-hint': 'a hold is a string such as "30m", "24h" or "7d"',
  description:
    'After-deploy automated items only: the check must keep passing this long after the deployment (at most 30d); scheduled runs re-check it until then.',
};

export const phaseSchema = {
  enum: ['before-merge', 'after-deploy'],
  description:
    'When the item applies: before-merge (the default) gates the merge status; after-deploy never blocks the merge and is checked by the deployment run against the deployed environment.',
};

const condition = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  description: 'The item applies only when every condition given holds.',
  properties: {
    paths: {
      ...globList,
      description: 'Globs; the item applies when the pull request changes a matching file.',
    },
    labels: { ...stringList, description: 'The item applies when the pull request has one of these labels.' },
    'base-branches': { ...globList, description: 'Globs of base branches the item applies to.' },
  },
};

const approvers = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  description: 'Who may tick a manual item: anyone matching one of the rules given.',
  properties: {
    permission: {
      enum: ['read', 'triage', 'write', 'maintain', 'admin'],
      description:
        "Minimum repository permission: write, maintain or admin. Only people with write access (and the comment's author) can edit someone else's comment, so read and triage are refused.",
    },
    users: { ...stringList, description: 'GitHub logins.' },
    teams: { ...stringList, description: 'Teams as "org/team-slug".' },
  },
};

const check = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', description: 'The check kind, such as repo.forbidden-pattern.' } },
  description: 'Makes the item automated: a check kind and its parameters.',
};

const itemFields = {
  title: { ...nonEmptyString, description: 'What must be true, as a person reads it.' },
  description: { type: 'string', description: 'Longer guidance shown with the item.' },
  required: { type: 'boolean', description: 'Whether the item gates the release (default true).' },
  when: condition,
  approvers,
  'reset-on-push': { type: 'boolean', description: 'A manual tick is cleared when new commits are pushed.' },
  timeout: durationSchema,
  phase: phaseSchema,
  'hold-for': holdSchema,
  check,
};

const item = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title'],
  properties: { id, ...itemFields },
};

const section = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'items'],
  properties: {
    id: { ...id, description: 'Sections with the same id merge across extended files.' },
    title: nonEmptyString,
    phase: { ...phaseSchema, description: `${phaseSchema.description} The default of the section's items.` },
    items: { type: 'array', items: item },
  },
};

export const definitionSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Preflight checklist',
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id,
    title: { ...nonEmptyString, description: 'Required unless the file extends another.' },
    extends: {
      type: ['string', 'array'],
      items: nonEmptyString,
      minItems: 1,
      minLength: 1,
      description: 'A built-in checklist by name, or a path relative to this file; or a list of them.',
    },
    targets: {
      type: 'object',
      propertyNames: {
        pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
        'x-hint': 'a target name starts with a letter and uses letters, digits, "-" and "_"',
      },
      additionalProperties: nonEmptyString,
      description: 'Named URLs, with ${VAR} or ${VAR:-default} taken from the environment.',
    },
    'applies-to': {
      type: 'object',
      additionalProperties: false,
      description: 'Which pull requests the checklist gates; others get a success status.',
      properties: {
        'head-branches': globList,
        'base-branches': globList,
        labels: stringList,
      },
    },
    sections: { type: 'array', items: section },
    override: {
      type: 'object',
      description: 'Changes to items of the extended checklists, by item id.',
      additionalProperties: { type: 'object', additionalProperties: false, properties: itemFields },
    },
    disable: { ...stringList, description: 'Item ids of the extended checklists to leave out.' },
    rollback: {
      ...id,
      description:
        'The id of the section that holds the rollback steps: a failed after-deploy item names it (default: a section whose id or title says rollback).',
    },
  },
};
