import { formatDiagnostic, formatWarning } from '../definition/diagnostic.js';
import type { ChangeFacts } from '../engine/conditions.js';
import { plural } from '../checks/wording.js';
import { createGitClient, gitRunner, type GitClient } from '../io/git.js';
import { runCheck } from '../pipeline/check.js';
import { colours, plain } from '../render/text.js';
import type { CheckArgs } from './args.js';
import { formatReports, type Evaluated } from './format.js';
import { EXIT, useColour, type CliIo } from './io.js';
import { environmentProxy } from '../checks/net/proxy.js';
import { progressLine } from './progress.js';
import { startWorkersAhead } from '../scan/ahead.js';
import type { SpareWorkers } from '../scan/pool.js';

export async function checkCommand(args: CheckArgs, io: CliIo): Promise<number> {
  const git = createGitClient(gitRunner(args.repoDir));
  // A large repository's scan workers start loading now, and its files are listed meanwhile (see ahead.ts).
  const spareWorkers = startWorkersAhead(args.repoDir, io.env);
  if (spareWorkers) void git.trackedFiles().catch(() => undefined);
  try {
    return await checkWith(args, io, git, spareWorkers);
  } finally {
    void spareWorkers?.close();
  }
}

async function checkWith(
  args: CheckArgs,
  io: CliIo,
  git: GitClient,
  spareWorkers: SpareWorkers | undefined,
): Promise<number> {
  const paint = useColour(io) ? colours : plain;
  const facts: ChangeFacts = { labels: args.labels.length > 0 ? args.labels : undefined };
  if (args.base) {
    try {
      facts.changedPaths = await git.changedFiles(args.base);
    } catch (e) {
      io.stderr(`preflight: --base ${args.base}: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
  }
  const evaluated: Evaluated[] = [];
  let problems = 0;
  for (const checklist of args.checklists) {
    const progress = progressLine(io.stderr, io.stderrIsTTY, paint);
    const result = await runCheck({
      checklist,
      cwd: io.cwd,
      repoDir: args.repoDir,
      env: io.env,
      targets: args.targets,
      facts,
      concurrency: args.concurrency,
      networkConcurrency: args.networkConcurrency,
      timeoutMs: args.timeoutMs,
      proxy: args.proxy ? environmentProxy() : undefined,
      git,
      spareWorkers,
      lenient: !args.strict,
      envIsLocalShell: !args.useEnv,
      onItemDone: progress.update,
    });
    progress.clear();
    if (!result.ok) {
      for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      problems += result.diagnostics.length;
      continue;
    }
    for (const d of result.warnings) io.stderr(`${formatWarning(d)}\n`);
    evaluated.push(result);
  }
  if (problems > 0) {
    io.stderr(`preflight: ${plural(problems, 'problem')} in the definition; nothing was run\n`);
    return EXIT.usage;
  }
  const shown = formatReports(evaluated, args.format, paint);
  io.stdout(shown);
  if (args.out) {
    // A file gets no colour: text shown in colour is rendered again without it.
    io.writeFile(
      args.out,
      args.format === 'text' && paint !== plain ? formatReports(evaluated, 'text', plain) : shown,
    );
  }
  return evaluated.some((e) => e.report.state === 'fail') ? EXIT.failed : EXIT.ok;
}
