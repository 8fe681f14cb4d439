import { parseArgs, type ParseArgsConfig } from 'node:util';
import path from 'node:path';
import { isProbeScheme } from '../checks/net/target-url.js';
import { durationFromText } from '../definition/interpolate.js';
import { MAX_NETWORK_CONCURRENCY, NETWORK_CONCURRENCY } from '../engine/network-limits.js';
import { COMMANDS } from './help.js';
import { UsageError } from './io.js';

export type Format = 'text' | 'json' | 'markdown' | 'comment';

export interface CheckArgs {
  command: 'check';
  checklists: string[];
  repoDir: string;
  targets: Record<string, string>;
  format: Format;
  out?: string;
  base?: string;
  labels: string[];
  concurrency: number;
  /** Network items run at once (their own pool, at most 6 per host). */
  networkConcurrency: number;
  timeoutMs: number;
  /** Probe targets through HTTPS_PROXY / HTTP_PROXY (NO_PROXY honoured); false with --no-proxy. */
  proxy: boolean;
  /** Refuse a definition whose targets are unset and run `github` items here (the gate's behaviour). */
  strict: boolean;
  /** Judge env.policy items on this shell's environment, as if it were the deployment's. */
  useEnv: boolean;
}

export interface ValidateArgs {
  command: 'validate';
  files: string[];
  targets: Record<string, string>;
}

export interface ImportArgs {
  command: 'import';
  file: string;
  out?: string;
  force: boolean;
  /** Print why each item became what it became: as text, or as JSON. */
  explain?: 'text' | 'json';
}

export interface InitArgs {
  command: 'init';
  repoDir: string;
  from?: string;
  extends?: string;
  force: boolean;
}

export type Args =
  | CheckArgs
  | ValidateArgs
  | ImportArgs
  | InitArgs
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'schema'; which?: 'release-record' };

export function parseCliArgs(argv: string[], cwd: string): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (COMMANDS.includes(command) && (rest.includes('--help') || rest.includes('-h')))
    return { command: 'help', topic: command };
  if (command === 'check') return parseCheck(rest, cwd);
  if (command === 'validate') return parseValidate(rest);
  if (command === 'import') return parseImport(rest);
  if (command === 'init') return parseInit(rest, cwd);
  if (command === 'schema' && rest.length === 0) return { command: 'schema' };
  if (command === 'schema' && rest.length === 1 && rest[0] === 'release-record')
    return { command: 'schema', which: 'release-record' };
  throw new UsageError(
    `unknown command '${command}'; use 'preflight check', 'validate', 'schema', 'import' or 'init'`,
  );
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

function parseCheck(args: string[], cwd: string): CheckArgs {
  const { values, positionals } = parse(args, {
    checklist: { type: 'string', short: 'c', multiple: true },
    repo: { type: 'string', short: 'C' },
    target: { type: 'string', short: 't', multiple: true },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    base: { type: 'string' },
    label: { type: 'string', multiple: true },
    concurrency: { type: 'string' },
    'network-concurrency': { type: 'string' },
    timeout: { type: 'string' },
    'no-proxy': { type: 'boolean' },
    strict: { type: 'boolean' },
    'use-env': { type: 'boolean' },
  });
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}' (a checklist goes after -c)`);
  const repoDir = path.resolve(cwd, (values.repo as string | undefined) ?? '.');
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'markdown', 'comment'].includes(format))
    throw new UsageError(`--format must be text, json, markdown or comment, not '${format}'`);
  const checklists = (values.checklist as string[] | undefined) ?? [
    path.relative(cwd, path.join(repoDir, '.github/preflight.yml')) || '.github/preflight.yml',
  ];
  return {
    command: 'check',
    checklists,
    repoDir,
    targets: parseTargets((values.target as string[] | undefined) ?? []),
    format: format as Format,
    out: values.out as string | undefined,
    base: values.base as string | undefined,
    labels: (values.label as string[] | undefined) ?? [],
    concurrency: positiveInt('--concurrency', values.concurrency as string | undefined, 8),
    networkConcurrency: positiveInt(
      '--network-concurrency',
      values['network-concurrency'] as string | undefined,
      NETWORK_CONCURRENCY,
      MAX_NETWORK_CONCURRENCY,
    ),
    timeoutMs: duration('--timeout', values.timeout as string | undefined, 60_000),
    proxy: values['no-proxy'] !== true,
    strict: values.strict === true,
    useEnv: values['use-env'] === true,
  };
}

function parseValidate(args: string[]): ValidateArgs {
  const { values, positionals } = parse(args, { target: { type: 'string', short: 't', multiple: true } });
  return {
    command: 'validate',
    // With no file named, the one `check` reads by default.
    files: positionals.length > 0 ? positionals : ['.github/preflight.yml'],
    targets: parseTargets((values.target as string[] | undefined) ?? []),
  };
}

function parseImport(args: string[]): ImportArgs {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    explain: { type: 'boolean' },
    'explain-format': { type: 'string' },
  });
  const format = values['explain-format'] as string | undefined;
  if (format !== undefined && format !== 'text' && format !== 'json')
    throw new UsageError(`--explain-format must be text or json, not '${format}'`);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'import needs a Markdown file' : 'import takes one Markdown file',
    );
  return {
    command: 'import',
    file: positionals[0] as string,
    out: values.out as string | undefined,
    force: values.force === true,
    ...(values.explain === true || format !== undefined
      ? { explain: format === 'json' ? 'json' : 'text' }
      : {}),
  };
}

function parseInit(args: string[], cwd: string): InitArgs {
  const { values, positionals } = parse(args, {
    repo: { type: 'string', short: 'C' },
    from: { type: 'string' },
    extends: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}' (a Markdown file goes after --from)`);
  return {
    command: 'init',
    repoDir: path.resolve(cwd, (values.repo as string | undefined) ?? '.'),
    from: values.from as string | undefined,
    extends: values.extends as string | undefined,
    force: values.force === true,
  };
}

/** `name=url` pairs, as the CLI's --target and the action's `targets` input give them. */
export function parseTargets(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const url = pair.slice(eq + 1).trim();
    if (eq <= 0 || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(name) || url === '') {
      throw new UsageError(`a target is NAME=URL, not '${pair}'`);
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(`target '${name}' is not an absolute URL (such as https://example.com)`);
    }
    if (!isProbeScheme(parsed.protocol)) {
      throw new UsageError(
        `target '${name}' must be an http(s) or ws(s) URL, not ${parsed.protocol.replace(/:$/, '').slice(0, 40)}`,
      );
    }
    if (parsed.hostname === '') throw new UsageError(`target '${name}' has no host`);
    out[name] = url;
  }
  return out;
}

function positiveInt(flag: string, raw: string | undefined, fallback: number, max = 256): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}, not '${raw}'`);
  return n;
}

function duration(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const ms = durationFromText(raw);
  if (ms !== undefined) return ms;
  throw new UsageError(`${flag} must be a duration such as 30s, 2m or 500ms, at most 60m, not '${raw}'`);
}
