import { composeServices, shippedDockerfiles, textOf, notShipped } from '../container/files.js';
import { scanContent } from '../repo/content.js';
import type { EnvAssignmentsJob } from '../../scan/jobs.js';
import type { CheckContext } from '../types.js';
import { secretName } from '../container/secret-names.js';
import { parseEnvFile, type EnvEntry } from './env-files.js';

/** Keys that name who or what a service is: a password equal to one of them is guessed at once. */
const IDENTITY = /(?:USER|USERNAME|LOGIN|DB|DATABASE|NAME)$/i;

/** A value the deploy configuration of the repository gives a variable, and the file that gives it. */
export interface DeployValue {
  value: string;
  file: string;
  line: number;
  /** A secret-named value equal to its service's user or database name (`POSTGRES_PASSWORD: umami`). */
  sameAs?: string;
}

/**
 * Values the repository's own deploy configuration sets: ENV in the Dockerfiles that ship, `environment:`
 * of the compose files for production, `NAME=value` before the command of package.json's start script
 * (cross-env too), Procfile, and fly.toml's [env]. The first file to set a name wins, in that order.
 */
export async function deployValues(
  ctx: CheckContext,
): Promise<{ values: Map<string, DeployValue>; dockerfiles: string[] }> {
  const out = new Map<string, DeployValue>();
  const set = (name: string, value: string, file: string, line: number, sameAs?: string) => {
    // `${DB_PASSWORD}` is filled in at deploy time: the file does not say what the value is.
    if (/\$\{?[A-Za-z_]/.test(value)) return;
    if (!out.has(name)) out.set(name, { value, file, line, ...(sameAs ? { sameAs } : {}) });
  };
  const { shipped } = await shippedDockerfiles(ctx);
  // The Dockerfile parser is loaded when the deploy configuration is read, not with the check kinds.
  const { DockerfileParser, PropertyInstruction } = await import('dockerfile-ast');
  for (const file of shipped) {
    const text = await textOf(ctx, file);
    if (text === undefined) continue;
    for (const ins of DockerfileParser.parse(text).getInstructions()) {
      if (ins.getKeyword().toUpperCase() !== 'ENV' || !(ins instanceof PropertyInstruction)) continue;
      const line = ins.getRange().start.line + 1;
      for (const prop of ins.getProperties()) {
        const value = prop.getValue();
        if (value !== null) set(prop.getName(), unquote(value), file, line);
      }
    }
  }
  const dotenvs = new Map<string, Map<string, EnvEntry>>();
  for (const { file, service } of await composeServices(ctx)) {
    if (notShipped(file)) continue;
    // Compose fills `${NAME}` from the .env file beside the compose file (its project directory).
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    if (!dotenvs.has(dir)) {
      const text = await textOf(ctx, `${dir}.env`);
      dotenvs.set(dir, new Map((text ? parseEnvFile(text) : []).map((e) => [e.key, e])));
    }
    const dotenv = dotenvs.get(dir) as Map<string, EnvEntry>;
    const resolved = service.environment.flatMap((e) => {
      if (e.value === undefined) return [];
      const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}$/.exec(e.value.trim());
      const from = ref ? dotenv.get(ref[1] as string) : undefined;
      return from
        ? [{ key: e.key, value: from.value, file: `${dir}.env`, line: from.line }]
        : [{ key: e.key, value: e.value, file, line: e.at.line }];
    });
    for (const e of resolved) {
      const same = secretName(e.key)
        ? resolved.find((o) => o !== e && !secretName(o.key) && IDENTITY.test(o.key) && o.value === e.value)
        : undefined;
      set(e.key, e.value, e.file, e.line, same?.key);
    }
  }
  const pkg = await textOf(ctx, 'package.json');
  if (pkg) {
    try {
      const start = (JSON.parse(pkg) as { scripts?: Record<string, unknown> }).scripts?.start;
      if (typeof start === 'string') for (const [k, v] of assignments(start)) set(k, v, 'package.json', 1);
    } catch {
      /* not JSON: nothing set there */
    }
  }
  const procfile = await textOf(ctx, 'Procfile');
  if (procfile) {
    procfile.split('\n').forEach((l, i) => {
      const m = /^\s*web\s*:\s*(.*)$/.exec(l);
      if (m) for (const [k, v] of assignments(m[1] as string)) set(k, v, 'Procfile', i + 1);
    });
  }
  const fly = await textOf(ctx, 'fly.toml');
  if (fly) {
    let inEnv = false;
    fly.split('\n').forEach((l, i) => {
      if (/^\s*\[/.test(l)) inEnv = /^\s*\[env\]\s*$/.test(l);
      const m = inEnv ? /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$/.exec(l) : null;
      if (m) set(m[1] as string, unquote(m[2] as string), 'fly.toml', i + 1);
    });
  }
  // Last: a default the service's own code sets (`process.env.NODE_ENV ||= 'production'`).
  for (const [name, found] of await codeDefaults(ctx)) set(name, found.value, found.file, found.line);
  return { values: out, dockerfiles: shipped };
}

/** Code of the service itself: not tests, scripts, tooling, build output, configs or vendored files. */
export const CODE_DEFAULTS_JOB: EnvAssignmentsJob = {
  analyzer: 'env-assignments',
  include: ['**/*.{js,cjs,mjs,ts,cts,mts}'],
  exclude: [
    '**/{node_modules,test,tests,__tests__,e2e,scripts,tools,extra,dist,build,.yarn}/**',
    '**/*.test.*',
    '**/*.spec.*',
    '**/*.config.*',
  ],
};

/** Literal values the service's code assigns to process.env itself (defaults when the variable is unset). */
async function codeDefaults(ctx: CheckContext): Promise<Map<string, DeployValue>> {
  const out = new Map<string, DeployValue>();
  for (const { file, result } of (await scanContent(ctx, CODE_DEFAULTS_JOB)).files) {
    for (const a of result) if (!out.has(a.name)) out.set(a.name, { value: a.value, file, line: a.line });
  }
  return out;
}

/** `NODE_ENV=production PORT=3000 node server.js` and `cross-env NODE_ENV=production …`. */
function assignments(command: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const words = command.trim().split(/\s+/);
  let k = words[0] === 'cross-env' || words[0] === 'env' ? 1 : 0;
  for (; k < words.length; k += 1) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(words[k] as string);
    if (!m) break;
    out.push([m[1] as string, unquote(m[2] as string)]);
  }
  return out;
}

function unquote(v: string): string {
  return v.trim().replace(/^(['"])(.*)\1$/, '$2');
}
