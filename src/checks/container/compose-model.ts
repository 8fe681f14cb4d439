import path from 'node:path';
import { parseYaml, type YamlSource } from '../../definition/yaml-source.js';

type Where = { line: number; col: number };

/** What compose.policy and docker.policy need to know about one service. */
export interface ComposeService {
  name: string;
  at: Where;
  healthcheck: 'set' | 'disabled' | 'absent';
  /** `restart`, or `deploy.restart_policy.condition`; undefined when neither is set. */
  restart?: { value: string; at: Where };
  environment: Array<{ key: string; value: string | undefined; at: Where }>;
  /** The Dockerfile the service builds from, relative to the repository root. */
  dockerfile?: string;
  /** `image:`, as written (a service that builds may name its image too). */
  image?: { value: string; at: Where };
}

export type ParsedCompose =
  { ok: true; services: ComposeService[] } | { ok: false; line: number; col: number; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Parses a compose file (`file` is its path in the repository, for Dockerfile paths). */
export function parseCompose(file: string, text: string): ParsedCompose {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) {
    const d = parsed.diagnostics[0] ?? { line: 1, col: 1, message: 'YAML: unreadable' };
    return { ok: false, line: d.line, col: d.col, message: d.message };
  }
  const src = parsed.source;
  const root = src.value;
  if (!isObj(root) || !isObj(root.services)) {
    return { ok: false, line: 1, col: 1, message: 'no `services` map: this is not a compose file' };
  }
  return {
    ok: true,
    services: Object.entries(root.services).map(([name, raw]) => service(file, src, name, withMerges(raw))),
  };
}

/** Applies `<<:` merge keys (YAML 1.1, which compose files use for shared blocks); own keys win. */
function withMerges(raw: unknown): Obj {
  if (!isObj(raw)) return {};
  const { '<<': merged, ...own } = raw;
  const bases = [merged ?? []].flat().filter(isObj).map(withMerges);
  return Object.assign({}, ...bases.reverse(), own) as Obj;
}

function service(file: string, src: YamlSource, name: string, s: Obj): ComposeService {
  const base = ['services', name];
  const out: ComposeService = {
    name,
    at: src.locate(base, true),
    healthcheck: healthcheckState(s.healthcheck),
    environment: [],
  };
  const restartPolicy =
    isObj(s.deploy) && isObj(s.deploy.restart_policy) ? s.deploy.restart_policy : undefined;
  if (s.restart !== undefined && s.restart !== null) {
    out.restart = { value: String(s.restart), at: src.locate([...base, 'restart']) };
  } else if (restartPolicy) {
    const value = restartPolicy.condition === undefined ? 'any' : String(restartPolicy.condition);
    out.restart = {
      value: value === 'none' ? 'no' : value,
      at: src.locate([...base, 'deploy', 'restart_policy']),
    };
  }
  const env = s.environment;
  if (Array.isArray(env)) {
    env.forEach((entry, i) => {
      if (typeof entry !== 'string') return;
      const eq = entry.indexOf('=');
      out.environment.push({
        key: eq >= 0 ? entry.slice(0, eq) : entry,
        value: eq >= 0 ? entry.slice(eq + 1) : undefined,
        at: src.locate([...base, 'environment', i]),
      });
    });
  } else if (isObj(env)) {
    for (const [key, value] of Object.entries(env)) {
      out.environment.push({
        key,
        value: value === null || value === undefined ? undefined : String(value),
        at: src.locate([...base, 'environment', key], true),
      });
    }
  }
  const dockerfile = buildDockerfile(file, s.build);
  if (dockerfile) out.dockerfile = dockerfile;
  if (typeof s.image === 'string' && s.image.trim() !== '') {
    out.image = { value: s.image.trim(), at: src.locate([...base, 'image'], true) };
  }
  return out;
}

function healthcheckState(h: unknown): ComposeService['healthcheck'] {
  if (!isObj(h)) return 'absent';
  if (h.disable === true) return 'disabled';
  const test = h.test;
  if (Array.isArray(test) && String(test[0]).toUpperCase() === 'NONE') return 'disabled';
  return 'set';
}

/** The Dockerfile a `build:` entry uses, relative to the repository root; undefined for remote contexts. */
export function buildDockerfile(composeFile: string, build: unknown): string | undefined {
  if (build === undefined || build === null) return undefined;
  const context = typeof build === 'string' ? build : isObj(build) ? String(build.context ?? '.') : undefined;
  if (context === undefined || /^[a-z]+:\/\/|^git@|\.git(#|$)/i.test(context)) return undefined;
  const dockerfile = isObj(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
  const full = path.posix.normalize(path.posix.join(path.posix.dirname(composeFile), context, dockerfile));
  return full.startsWith('../') || path.posix.isAbsolute(full) ? undefined : full;
}
