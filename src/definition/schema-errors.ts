import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from '../checks/types.js';
import { cut, quote } from './diagnostic.js';
import { didYouMean } from './suggest.js';
import { globProblem } from '../util/glob.js';

/** A schema violation at a path inside a document, worded for a person. */
export interface PathProblem {
  path: Array<string | number>;
  /** Point at the key rather than its value (unknown keys). */
  atKey: boolean;
  message: string;
}

/**
 * The validator of definitions. Every schema it compiles is one of Preflight's own (the definition's and
 * the check kinds' parameters), so ajv does not check each against the meta-schema on every run (a third
 * of its compile time); __tests__/definition/schema-valid.test.ts checks them all once.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false });
  ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-max-ms', schemaType: 'number', validate: withinMs });
  ajv.addKeyword({ keyword: 'x-max-bytes', schemaType: 'number', validate: withinBytes });
  ajv.addKeyword({ keyword: 'x-glob', schemaType: 'boolean', validate: linearGlob });
  return ajv;
}

/** `x-max-ms`: a duration (seconds, or "500ms" / "30s" / "2m") no longer than the limit. */
function withinMs(limit: number, data: unknown): boolean {
  if (typeof data === 'number') return data * 1000 <= limit;
  const m = typeof data === 'string' ? /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)$/.exec(data) : null;
  if (!m) return true;
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000) <= limit;
}

/** `x-glob`: a glob that can be matched in linear time (see util/glob). */
function linearGlob(on: boolean, data: unknown): boolean {
  return !on || typeof data !== 'string' || data === '' || globProblem(data) === undefined;
}

/** `x-max-bytes`: a size (bytes, or "64KB" / "2MB" / "1MiB") no larger than the limit. */
function withinBytes(limit: number, data: unknown): boolean {
  if (typeof data === 'number') return data <= limit;
  const m = typeof data === 'string' ? /^([0-9]+)(B|KB|MB|KiB|MiB)?$/.exec(data) : null;
  if (!m) return true;
  const unit = { B: 1, KB: 1000, MB: 1_000_000, KiB: 1024, MiB: 1024 * 1024 }[m[2] ?? 'B'] ?? 1;
  return Number(m[1]) * unit <= limit;
}

/** Validates `data`, which stands at `prefix` in the document (so messages and paths name the full path). */
export function validateWith(
  validate: ValidateFunction,
  data: unknown,
  prefix: ReadonlyArray<string | number> = [],
): PathProblem[] {
  if (validate(data)) return [];
  return dedupe((validate.errors ?? []).filter(keep).map((e) => toProblem(e, prefix)));
}

/** ajv reports the failed `if`, and a failed `propertyNames` once more after the error that explains it. */
function keep(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'propertyNames';
}

export function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** A path as a person reads it: `sections[0].items[2].check`. Keys are the user's, so kept short. */
export function displayPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? cut(seg, 40) : `.${cut(seg, 40)}`;
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function toProblem(e: ErrorObject, prefix: ReadonlyArray<string | number>): PathProblem {
  const path = [...prefix, ...pointerToPath(e.instancePath)];
  const where = displayPath(path);
  const subject = where === '' ? 'the document' : `'${where}'`;
  const parent = (e.parentSchema ?? {}) as JsonSchema;
  const hint = typeof parent['x-hint'] === 'string' ? `: ${parent['x-hint']}` : '';
  if (e.propertyName !== undefined) {
    // A key that breaks `propertyNames`: point at the key, and name it rather than the mapping's value.
    return {
      path: [...path, e.propertyName],
      atKey: true,
      message: `${subject} has an invalid key ${quote(e.propertyName)}${hint}`,
    };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((parent.properties as JsonSchema | undefined) ?? {});
      const inWhere = where === '' ? '' : ` in '${where}'`;
      const allowed = known.length > 0 ? `; allowed: ${known.join(', ')}` : '';
      const suggestion = didYouMean(key, known);
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown key ${quote(key)}${inWhere}${suggestion || allowed}`,
      };
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return { path, atKey: false, message: `${subject} is missing the required key '${key}'` };
    }
    case 'type': {
      const types = ([] as string[]).concat((e.params as { type: string | string[] }).type);
      const wanted = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      return { path, atKey: false, message: `${subject} must be ${wanted}, not ${describeType(e.data)}` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const got = String(e.data);
      const suggestion = didYouMean(got, allowed.map(String));
      return {
        path,
        atKey: false,
        message: `${subject} must be one of ${allowed.map((a) => `'${String(a)}'`).join(', ')}, not ${quote(got)}${suggestion}`,
      };
    }
    case 'const':
      return {
        path,
        atKey: false,
        message: `${subject} must be '${String((e.params as { allowedValue: unknown }).allowedValue)}'`,
      };
    case 'pattern':
      return { path, atKey: false, message: `${subject} has an invalid value ${quote(e.data)}${hint}` };
    case 'minLength':
      return { path, atKey: false, message: `${subject} must not be empty` };
    case 'maxLength':
      return {
        path,
        atKey: false,
        message: `${subject} is longer than ${String((e.params as { limit: number }).limit)} characters`,
      };
    case 'minItems':
      return {
        path,
        atKey: false,
        message: `${subject} must list at least ${String((e.params as { limit: number }).limit)} entry`,
      };
    case 'minProperties':
      return { path, atKey: false, message: `${subject} must not be empty` };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const p = e.params as { comparison: string; limit: number };
      return { path, atKey: false, message: `${subject} must be ${p.comparison} ${p.limit}${hint}` };
    }
    case 'x-max-ms':
      return {
        path,
        atKey: false,
        message: `${subject} is ${quote(e.data)}, longer than the limit of ${(e.schema as number) / 60_000}m`,
      };
    case 'x-glob':
      return {
        path,
        atKey: false,
        message: `${subject} ${quote(e.data)} ${globProblem(String(e.data)) ?? 'is not a glob'}`,
      };
    case 'x-max-bytes':
      return {
        path,
        atKey: false,
        message: `${subject} is ${quote(e.data)}, larger than the limit of ${(e.schema as number) / 1024 / 1024}MiB`,
      };
    default:
      return { path, atKey: false, message: `${subject} ${e.message ?? 'is invalid'}` };
  }
}

function dedupe(list: PathProblem[]): PathProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = `${p.path.join('/')}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
