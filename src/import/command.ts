import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultRegistry, type Registry } from '../checks/registry.js';
import { formatDiagnostic } from '../definition/diagnostic.js';
import { loadChecklist } from '../definition/load.js';
import { builtinNames, readDefinitionFile } from '../io/files.js';
import { explainText } from './explain.js';
import type { Stack } from './rules/index.js';
import { importMarkdown, MAX_IMPORT_BYTES, summaryLine, tooLarge, type ImportResult } from './index.js';

/** Reads a Markdown file for import: the bytes, or a worded reason. */
function readMarkdownFile(file: string): { bytes: Buffer } | { error: string } {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { error: `${file} is a directory, not a Markdown file` };
    // A FIFO or a device (/dev/zero) would block or never end: only a regular file is read.
    if (!stat.isFile()) return { error: `${file} is not a regular file` };
    if (stat.size > MAX_IMPORT_BYTES) return { error: tooLarge(path.basename(file), stat.size) };
    return { bytes: readFileSync(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${file}: no such file` };
    if (code === 'EACCES') return { error: `${file}: permission denied` };
    return { error: `${file}: ${(e as Error).message}` };
  }
}

/** Files that tell a repository's stack apart; a repository with marks of several stacks has none. */
const STACK_MARKS: Array<[Stack, string[]]> = [
  ['node', ['package.json']],
  ['python', ['pyproject.toml', 'requirements.txt', 'setup.py', 'Pipfile']],
  ['go', ['go.mod']],
  ['rust', ['Cargo.toml']],
  ['java', ['pom.xml', 'build.gradle', 'build.gradle.kts']],
  ['flutter', ['pubspec.yaml']],
];

function rootNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The stack of the repository in `dir`, from the files at its root (for the test command of items). */
export function repoStackOf(dir: string): Stack | undefined {
  const found = STACK_MARKS.filter(([, files]) => files.some((f) => existsSync(path.join(dir, f)))).map(
    ([s]) => s,
  );
  // A .NET project is named for itself (Shop.csproj, Shop.sln): any such file at the root.
  if (rootNames(dir).some((f) => /\.(?:csproj|fsproj|sln)$/.test(f))) found.push('dotnet');
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The script names of the package.json at the root of `dir` (`build`, `compile`, `lint`…), so a command the
 * import chooses is one the repository has; undefined when there is no such file or it does not parse.
 */
export function repoScriptsOf(dir: string): string[] | undefined {
  try {
    const read = readMarkdownFile(path.join(dir, 'package.json'));
    if (!('bytes' in read)) return undefined;
    const scripts = (JSON.parse(read.bytes.toString('utf8')) as { scripts?: unknown }).scripts;
    if (scripts === undefined) return [];
    if (!scripts || typeof scripts !== 'object' || Array.isArray(scripts)) return undefined;
    return Object.keys(scripts).slice(0, 1000);
  } catch {
    return undefined;
  }
}

/**
 * Imports a Markdown file and checks the result with the real loader, so what is written always loads.
 * Targets the import adds are given a placeholder URL for that check only.
 */
export function importFile(file: string, cwd: string, registry: Registry = defaultRegistry): ImportResult {
  const full = path.resolve(cwd, file);
  const read = readMarkdownFile(full);
  if ('error' in read) return { ok: false, message: read.error.replace(full, file) };
  const result = importMarkdown(read.bytes, {
    registry,
    source: path.basename(file),
    repoStack: repoStackOf(cwd),
    ...withScripts(repoScriptsOf(cwd)),
    repoFiles: rootNames(cwd).slice(0, 1000),
  });
  if (!result.ok) return result;
  const problems = validateImported(result.yaml, registry);
  if (problems.length > 0)
    return { ok: false, message: `the imported definition does not load:\n${problems.join('\n')}` };
  return result;
}

const withScripts = (scripts: string[] | undefined) => (scripts ? { repoScripts: scripts } : {});

export function validateImported(yaml: string, registry: Registry = defaultRegistry): string[] {
  const loaded = loadDefinitionText('imported.yml', yaml, registry);
  return loaded.ok ? [] : loaded.diagnostics.map(formatDiagnostic);
}

/**
 * Loads definition text written here (an import, a starter) as the loader would load it from a file `name`,
 * with a placeholder URL for the `api` target.
 */
export function loadDefinitionText(name: string, text: string, registry: Registry = defaultRegistry) {
  return loadChecklist(name, {
    readFile: (f) => (f === name ? { text } : readDefinitionFile(f)),
    registry,
    builtins: builtinNames(),
    env: {},
    targetOverrides: { api: 'http://127.0.0.1/' },
  });
}

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  writeFile: (file: string, text: string) => void;
}

/**
 * `preflight import FILE.md [-o OUT.yml] [--force] [--explain] [--explain-format json]`: exit 0 written,
 * 2 bad input. The JSON explanation takes stdout, so the YAML then goes only to OUT.yml.
 */
export function importCommand(
  args: { file: string; out?: string; force: boolean; explain?: 'text' | 'json' },
  io: ImportIo,
): number {
  const result = importFile(args.file, io.cwd);
  if (!result.ok) {
    io.stderr(`preflight: ${result.message}\n`);
    return 2;
  }
  if (args.explain === 'json' && !args.out) {
    io.stdout(
      `${JSON.stringify({ source: args.file, summary: result.summary, items: result.explanations }, null, 2)}\n`,
    );
    io.stderr(`${args.file}: ${summaryLine(result.summary)}\n`);
    return 0;
  }
  if (args.out) {
    const out = path.resolve(io.cwd, args.out);
    if (existsSync(out) && !args.force) {
      io.stderr(`preflight: ${args.out} exists; pass --force to overwrite it\n`);
      return 2;
    }
    mkdirSync(path.dirname(out), { recursive: true });
    io.writeFile(out, result.yaml);
    io.stderr(`${args.file} → ${args.out}: ${summaryLine(result.summary)}\n`);
  } else {
    io.stdout(result.yaml);
    io.stderr(`${args.file}: ${summaryLine(result.summary)}\n`);
  }
  if (args.explain === 'json')
    io.stdout(
      `${JSON.stringify({ source: args.file, summary: result.summary, items: result.explanations }, null, 2)}\n`,
    );
  else if (args.explain) io.stderr(explainText(result.explanations));
  return 0;
}
