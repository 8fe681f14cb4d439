import type { ValidateFunction } from 'ajv';
import { writtenUrlProblem } from '../checks/net/target-url.js';
import type { Registry } from '../checks/registry.js';
import { quote, type Diagnostic } from './diagnostic.js';
import { parseDuration, parseLongDuration } from './interpolate.js';
import type {
  AppliesTo,
  Approvers,
  CheckSpec,
  Condition,
  Item,
  Permission,
  Phase,
  SourcePosition,
} from './model.js';
import { createAjv, displayPath, validateWith, type PathProblem } from './schema-errors.js';
import { definitionSchema, durationSchema, MAX_HOLD_MS } from './schema.js';
import { didYouMean } from './suggest.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

/** One definition file, validated on its own, before `extends` are resolved. */
export interface FileDef {
  file: string;
  id?: string;
  title?: string;
  /** Whether the file writes a `title` key at all (a bad value is reported by the schema). */
  titleGiven: boolean;
  extends: Array<{ ref: string; at: SourcePosition }>;
  targets: Array<{ name: string; raw: string; at: SourcePosition }>;
  appliesTo?: AppliesTo;
  sections: Array<{ id: string; title: string; items: Item[] }>;
  overrides: Array<{ id: string; fields: Partial<Item>; at: SourcePosition }>;
  disable: Array<{ id: string; at: SourcePosition }>;
  /** The section named as the rollback steps. */
  rollback?: { id: string; at: SourcePosition };
  /** Where each item's `check.target` is written, to report undefined targets. */
  targetRefs: Array<{ itemId: string; name: string; at: SourcePosition }>;
  /** Where each item is written, for duplicate-id reports. */
  itemAt: Map<Item, SourcePosition>;
}

export const MAX_DEFINITION_BYTES = 1024 * 1024;

const DURATION_HINT = durationSchema['x-hint'];

type Raw = Record<string, unknown>;

/** Schemas are compiled on first use, so loading the module costs nothing. */
let ajv: ReturnType<typeof createAjv> | undefined;
let definitionValidator: ValidateFunction | undefined;
const kindValidators = new WeakMap<object, ValidateFunction>();

function validateDefinition(): ValidateFunction {
  ajv ??= createAjv();
  return (definitionValidator ??= ajv.compile(definitionSchema));
}

function kindValidator(schema: object): ValidateFunction {
  ajv ??= createAjv();
  let v = kindValidators.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    kindValidators.set(schema, v);
  }
  return v;
}

export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s === '' ? 'section' : s;
}

export function parseFileDef(
  file: string,
  text: string,
  registry: Registry,
): { def?: FileDef; diagnostics: Diagnostic[] } {
  if (Buffer.byteLength(text) > MAX_DEFINITION_BYTES) {
    return {
      diagnostics: [
        { file, line: 1, col: 1, message: `the file is larger than ${MAX_DEFINITION_BYTES} bytes` },
      ],
    };
  }
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const src = parsed.source;
  if (src.value === null || src.value === undefined) {
    return {
      diagnostics: [
        { file, line: 1, col: 1, message: 'the file is empty: a checklist needs at least an id' },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const report = (p: PathProblem) => diagnostics.push(at(src, p.path, p.atKey, p.message));
  validateWith(validateDefinition(), src.value).forEach(report);
  if (!isRecord(src.value)) return { diagnostics };

  const root = src.value;
  const def: FileDef = {
    file,
    id: str(root.id),
    title: str(root.title),
    titleGiven: 'title' in root,
    extends: [],
    targets: [],
    sections: [],
    overrides: [],
    disable: [],
    targetRefs: [],
    itemAt: new Map(),
  };
  const ext = root.extends;
  if (typeof ext === 'string') def.extends.push({ ref: ext, at: pos(src, ['extends']) });
  else if (Array.isArray(ext))
    ext.forEach(
      (r, i) => typeof r === 'string' && def.extends.push({ ref: r, at: pos(src, ['extends', i]) }),
    );

  if (isRecord(root.targets)) {
    for (const [name, raw] of Object.entries(root.targets)) {
      if (typeof raw === 'string') def.targets.push({ name, raw, at: pos(src, ['targets', name]) });
    }
  }
  if (isRecord(root['applies-to'])) {
    const a = root['applies-to'];
    def.appliesTo = {
      headBranches: strList(a['head-branches']),
      baseBranches: strList(a['base-branches']),
      labels: strList(a.labels),
    };
  }

  if (typeof root.rollback === 'string') def.rollback = { id: root.rollback, at: pos(src, ['rollback']) };
  const sections = Array.isArray(root.sections) ? root.sections : [];
  sections.forEach((rawSection, si) => {
    if (!isRecord(rawSection)) return;
    const sectionPhase = phaseOf(rawSection.phase);
    const title = str(rawSection.title) ?? `Section ${si + 1}`;
    const sectionId = str(rawSection.id) ?? slug(title);
    const items: Item[] = [];
    const rawItems = Array.isArray(rawSection.items) ? rawSection.items : [];
    rawItems.forEach((rawItem, ii) => {
      const path = ['sections', si, 'items', ii];
      if (!isRecord(rawItem) || typeof rawItem.id !== 'string' || typeof rawItem.title !== 'string') return;
      const item: Item = {
        id: rawItem.id,
        title: rawItem.title,
        section: sectionId,
        required: true,
        resetOnPush: false,
        source: pos(src, path),
        ...itemFields(rawItem),
      };
      // An item's own phase wins over its section's; before-merge is the default and is left unwritten.
      const phase = phaseOf(rawItem.phase) ?? sectionPhase;
      if (phase === 'after-deploy') item.phase = phase;
      else delete item.phase;
      checkItem(src, path, rawItem, item, registry, def, diagnostics);
      def.itemAt.set(item, pos(src, [...path, 'id']));
      items.push(item);
    });
    def.sections.push({ id: sectionId, title, items });
  });

  if (isRecord(root.override)) {
    for (const [id, fields] of Object.entries(root.override)) {
      if (!isRecord(fields)) continue;
      const path = ['override', id];
      const partial = itemFields(fields);
      const probe = { id, ...partial } as Item;
      checkItem(src, path, fields, probe, registry, def, diagnostics);
      def.overrides.push({ id, fields: partial, at: pos(src, path, true) });
    }
  }
  if (Array.isArray(root.disable)) {
    root.disable.forEach(
      (id, i) => typeof id === 'string' && def.disable.push({ id, at: pos(src, ['disable', i]) }),
    );
  }
  return { def, diagnostics };
}

/** The item fields present in a raw mapping, in model form. Keys that are absent stay absent. */
function itemFields(raw: Raw): Partial<Item> {
  const out: Partial<Item> = {};
  if (typeof raw.title === 'string') out.title = raw.title;
  if (typeof raw.description === 'string') out.description = raw.description;
  if (typeof raw.required === 'boolean') out.required = raw.required;
  if (typeof raw['reset-on-push'] === 'boolean') out.resetOnPush = raw['reset-on-push'];
  const when = condition(raw.when);
  if (when) out.when = when;
  const approvers = approversOf(raw.approvers);
  if (approvers) out.approvers = approvers;
  if ((typeof raw.timeout === 'number' && raw.timeout > 0) || typeof raw.timeout === 'string') {
    try {
      out.timeoutMs = parseDuration(raw.timeout);
    } catch {
      /* reported by the schema */
    }
  }
  const phase = phaseOf(raw.phase);
  if (phase) out.phase = phase;
  if (typeof raw['hold-for'] === 'string') {
    try {
      out.holdForMs = parseLongDuration(raw['hold-for']);
    } catch {
      /* reported by the schema */
    }
  }
  if (isRecord(raw.check) && typeof raw.check.kind === 'string') {
    const { kind, ...params } = raw.check;
    out.check = { kind, params } as CheckSpec;
  }
  return out;
}

function checkItem(
  src: YamlSource,
  path: Array<string | number>,
  raw: Raw,
  item: Item,
  registry: Registry,
  def: FileDef,
  diagnostics: Diagnostic[],
): void {
  const permission = item.approvers?.permission;
  if (permission === 'read' || permission === 'triage') {
    diagnostics.push(
      at(
        src,
        [...path, 'approvers', 'permission'],
        false,
        `'${displayPath([...path, 'approvers', 'permission'])}': people with ${permission} access can never tick this box: only people with write access (and the comment's author) can edit someone else's comment on GitHub, so use write, maintain or admin`,
      ),
    );
  }
  if (item.approvers && item.check) {
    diagnostics.push(
      at(
        src,
        [...path, 'approvers'],
        true,
        `'${displayPath([...path, 'approvers'])}': only manual items have approvers; this item has a check`,
      ),
    );
  }
  if (item.resetOnPush && item.check) {
    diagnostics.push(
      at(
        src,
        [...path, 'reset-on-push'],
        true,
        `'${displayPath([...path, 'reset-on-push'])}': only manual items are reset on push; this item has a check`,
      ),
    );
  }
  if (item.holdForMs !== undefined) {
    const holdPath = [...path, 'hold-for'];
    const where = `'${displayPath(holdPath)}'`;
    const problem = !item.check
      ? `${where}: only automated items are held; a person ticks a manual item once the time has passed`
      : path[0] !== 'override' && item.phase !== 'after-deploy'
        ? `${where}: only after-deploy items are held (add 'phase: after-deploy' to the item or its section)`
        : item.holdForMs <= 0 || item.holdForMs > MAX_HOLD_MS
          ? `${where} must be more than 0 and at most 30d`
          : undefined;
    if (problem) diagnostics.push(at(src, holdPath, false, problem));
  }
  if (item.timeoutMs === 0) {
    const timeoutPath = [...path, 'timeout'];
    diagnostics.push(
      at(src, timeoutPath, false, `'${displayPath(timeoutPath)}' must be at least 1ms: ${DURATION_HINT}`),
    );
  }
  if (!isRecord(raw.check) || typeof raw.check.kind !== 'string' || !item.check) return;
  const checkPath = [...path, 'check'];
  const kind = registry.get(item.check.kind);
  if (!kind) {
    diagnostics.push(
      at(
        src,
        [...checkPath, 'kind'],
        false,
        `unknown check kind ${quote(item.check.kind)}${didYouMean(item.check.kind, registry.keys()) || `; known kinds: ${[...registry.keys()].join(', ')}`}`,
      ),
    );
    return;
  }
  const problems = validateWith(kindValidator(kind.params), item.check.params, checkPath).map((p) => ({
    ...p,
    message: `${kind.kind}: ${p.message}`,
  }));
  if (problems.length === 0 && kind.validate) {
    for (const p of kind.validate(item.check.params)) {
      const full = [...checkPath, ...p.path];
      problems.push({
        path: full,
        atKey: false,
        message: `${kind.kind}: '${displayPath(full)}' ${p.message}`,
      });
    }
  }
  const url = item.check.params.url;
  if (problems.length === 0 && kind.scope === 'target' && typeof url === 'string') {
    const problem = writtenUrlProblem(url);
    if (problem)
      problems.push({ path: [...checkPath, 'url'], atKey: false, message: `${kind.kind}: 'url' ${problem}` });
  }
  problems.forEach((p) => diagnostics.push(at(src, p.path, p.atKey, p.message)));
  const target = item.check.params.target;
  if (typeof target === 'string')
    def.targetRefs.push({ itemId: item.id, name: target, at: pos(src, [...checkPath, 'target']) });
}

function phaseOf(raw: unknown): Phase | undefined {
  return raw === 'before-merge' || raw === 'after-deploy' ? raw : undefined;
}

function condition(raw: unknown): Condition | undefined {
  if (!isRecord(raw)) return undefined;
  const c: Condition = {};
  const paths = strList(raw.paths);
  const labels = strList(raw.labels);
  const bases = strList(raw['base-branches']);
  if (paths) c.paths = paths;
  if (labels) c.labels = labels;
  if (bases) c.baseBranches = bases;
  return Object.keys(c).length > 0 ? c : undefined;
}

function approversOf(raw: unknown): Approvers | undefined {
  if (!isRecord(raw)) return undefined;
  const a: Approvers = { users: strList(raw.users) ?? [], teams: strList(raw.teams) ?? [] };
  if (typeof raw.permission === 'string') a.permission = raw.permission as Permission;
  return a;
}

function pos(src: YamlSource, path: Array<string | number>, key = false): SourcePosition {
  return { file: src.file, ...src.locate(path, key) };
}

function at(src: YamlSource, path: Array<string | number>, key: boolean, message: string): Diagnostic {
  return { ...pos(src, path, key), message };
}

export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function strList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}
