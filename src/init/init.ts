import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InitArgs } from '../cli/args.js';
import { formatDiagnostic } from '../definition/diagnostic.js';
import { allItems } from '../definition/model.js';
import { importFile, loadDefinitionText } from '../import/command.js';
import { summaryLine } from '../import/index.js';
import { builtinNames } from '../io/files.js';
import { slugOf } from '../import/slug.js';
import { withActionRepo } from './action-ref.js';
import { starterDefinition } from './starter.js';
import { WORKFLOW, WORKFLOW_PATH } from './workflow.js';

const DEFINITION_PATH = '.github/preflight.yml';
const DEFAULT_BUILTIN = 'production-web-service';

export interface InitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  actionRepo?: () => string | undefined;
  trackedFiles?: (dir: string) => string[] | undefined;
}

/** A Dockerfile or a compose file by its name, as the docker items look for them. */
const CONTAINER_FILE =
  /(?:^|\/)(?:Dockerfile(?:\.[^/]*)?|dockerfile|[^/]*\.[Dd]ockerfile|(?:docker-)?compose(?:\.[^/]*)?\.ya?ml)$/;

/** `preflight init`: writes the definition and the workflow; exit 0 written, 2 refused or bad input. */
export function initCommand(args: Omit<InitArgs, 'command'>, io: InitIo): number {
  const fail = (message: string) => {
    io.stderr(`preflight: ${message}\n`);
    return 2;
  };
  if (args.from && args.extends) return fail('init takes --from FILE.md or --extends NAME, not both');
  const targets = [DEFINITION_PATH, WORKFLOW_PATH].map((f) => path.join(args.repoDir, f));
  const existing = [DEFINITION_PATH, WORKFLOW_PATH].filter((_, i) => existsSync(targets[i] as string));
  if (existing.length > 0 && !args.force)
    return fail(
      `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`,
    );

  let definition: string;
  let note: string;
  let counts: { items: number; automated: number };
  if (args.from) {
    // importFile has loaded the imported definition with the real loader already: its summary has the counts.
    const imported = importFile(args.from, io.cwd);
    if (!imported.ok) return fail(imported.message);
    definition = imported.yaml;
    note = `imported from ${args.from}: ${summaryLine(imported.summary)}`;
    counts = imported.summary;
  } else {
    const names = builtinNames();
    const builtin = args.extends ?? DEFAULT_BUILTIN;
    if (!names.has(builtin))
      return fail(
        `there is no built-in checklist '${builtin}'; the built-ins are ${[...names.keys()].join(', ')}`,
      );
    const id = `${slugOf(path.basename(args.repoDir), 'service')}-release`;
    definition = starterDefinition(builtin, id);
    note = `extends the built-in '${builtin}'`;
    let loaded = loadDefinitionText('preflight.yml', definition);
    if (!loaded.ok)
      return fail(
        `the starter definition does not load:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`,
      );
    // A repository that tracks no Dockerfile and no compose file ships no image (yet): the container
    // items would only fail for want of one, so the starter leaves them out, saying so.
    const tracked = io.trackedFiles?.(args.repoDir);
    const containerItems = allItems(loaded.checklist)
      .filter((i) => i.source.file === 'builtin:docker')
      .map((i) => i.id);
    if (tracked && containerItems.length > 0 && !tracked.some((f) => CONTAINER_FILE.test(f))) {
      definition = starterDefinition(builtin, id, containerItems);
      note += `; no Dockerfile is tracked, so its ${containerItems.length} container items are left out`;
      loaded = loadDefinitionText('preflight.yml', definition);
      if (!loaded.ok)
        return fail(
          `the starter definition does not load:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`,
        );
    }
    const items = allItems(loaded.checklist);
    counts = { items: items.length, automated: items.filter((i) => i.check).length };
  }

  mkdirSync(path.dirname(targets[0] as string), { recursive: true });
  mkdirSync(path.dirname(targets[1] as string), { recursive: true });
  writeFileSync(targets[0] as string, definition);
  const actionRepo = io.actionRepo?.();
  writeFileSync(targets[1] as string, withActionRepo(WORKFLOW, actionRepo));
  io.stdout(
    `wrote ${DEFINITION_PATH} (${note}; ${counts.items} items, ${counts.automated} automated)\n` +
      `wrote ${WORKFLOW_PATH}${actionRepo ? ` (uses: ${actionRepo})` : " (set the action's uses: OWNER/preflight to the repository you install Preflight from)"}\n` +
      `next: run 'preflight check' here (add --target api=URL to probe the service too), set the\n` +
      `repository variable PRODUCTION_API_URL, and make the 'preflight' status a required check of the\n` +
      `release branch.\n`,
  );
  return 0;
}
