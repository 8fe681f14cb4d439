import { fstatSync, writeFileSync } from 'node:fs';
import { ownActionRepo } from '../io/own-remote.js';
import { errorLine } from '../util/error-line.js';
import { trackedFilesSync } from '../io/tracked-sync.js';
import { jobLogWriter } from '../util/inert-log.js';
import { VERSION } from '../version.js';
import { parseCliArgs } from './args.js';
import { helpFor } from './help.js';
import { runtimeProblem } from './runtime.js';
import { EXIT, UsageError, type CliIo } from './io.js';

// Each command loads its own machinery when it runs (the check engine and its kinds, the Markdown
// importer, the schemas): `preflight check` does not compile the importer, and `--version` compiles
// neither.

async function publishedDefinitionSchema(): Promise<unknown> {
  const [{ defaultRegistry }, { publishedSchema }] = await Promise.all([
    import('../checks/registry.js'),
    import('../definition/published-schema.js'),
  ]);
  return publishedSchema(defaultRegistry);
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.cwd);
    // A warning, not a refusal: an older runtime still runs the bundle, but it is not what is tested.
    const runtime = io.nodeVersion === undefined ? undefined : runtimeProblem(io.nodeVersion);
    if (runtime && args.command !== 'help' && args.command !== 'version')
      io.stderr(`preflight: warning: ${runtime} (unsupported; results may differ)\n`);
    switch (args.command) {
      case 'help':
        io.stdout(helpFor(args.topic));
        return EXIT.ok;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case 'schema': {
        const schema =
          args.which === 'release-record'
            ? (await import('../gate/release-schema.js')).releaseRecordSchema
            : await publishedDefinitionSchema();
        io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
        return EXIT.ok;
      }
      case 'validate':
        return (await import('./validate.js')).validateCommand(args, io);
      case 'check':
        return await (await import('./check.js')).checkCommand(args, io);
      case 'import':
        return (await import('../import/command.js')).importCommand(args, io);
      case 'init':
        return (await import('../init/init.js')).initCommand(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`preflight: ${e.message}\nRun 'preflight --help' for usage.\n`);
      return EXIT.usage;
    }
    io.stderr(`preflight: unexpected error: ${errorLine(e)}\n`);
    return EXIT.usage;
  }
}

/**
 * Ends the process with `code` once stdout and stderr have taken what was written to them, without waiting
 * for the engine to wind down first (scan workers still stopping, the heap torn down): on a large scan
 * that wait was a fixed tenth of a second. Nothing runs after a command returns: every file it writes is
 * written synchronously.
 */
export function exitWith(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const flushed = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

export function processIo(): CliIo {
  return {
    stdout: outputTo(process.stdout, 1),
    stderr: outputTo(process.stderr, 2),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    writeFile: (file, text) => writeFileSync(file, text),
    actionRepo: () => ownActionRepo(),
    trackedFiles: (dir) => trackedFilesSync(dir),
    nodeVersion: process.versions.node,
  };
}

/**
 * Inside a workflow step (GITHUB_ACTIONS=true) the runner reads stdout and stderr as the job's log, where
 * a line of text from outside could act as a workflow command: such writes are fenced (see util/inert-log).
 * Output redirected to a file is not a log and is written as it is.
 */
function outputTo(stream: NodeJS.WriteStream, fd: number): (text: string) => void {
  const write = (t: string) => void stream.write(t);
  if (process.env.GITHUB_ACTIONS !== 'true' || isFile(fd)) return write;
  return jobLogWriter(write);
}

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
