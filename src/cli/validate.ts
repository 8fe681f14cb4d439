import { plural } from '../checks/wording.js';
import { formatDiagnostic, formatWarning } from '../definition/diagnostic.js';
import { allItems } from '../definition/model.js';
import { loadDefinition } from '../pipeline/check.js';
import type { ValidateArgs } from './args.js';
import { EXIT, type CliIo } from './io.js';

export function validateCommand(args: ValidateArgs, io: CliIo): number {
  let problems = 0;
  for (const file of args.files) {
    const loaded = loadDefinition({
      checklist: file,
      cwd: io.cwd,
      env: io.env,
      targets: args.targets,
      lenient: true,
    });
    if (!loaded.ok) {
      for (const d of loaded.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      problems += loaded.diagnostics.length;
      continue;
    }
    for (const d of loaded.warnings) io.stderr(`${formatWarning(d)}\n`);
    const items = allItems(loaded.checklist);
    const automated = items.filter((i) => i.check).length;
    io.stdout(
      `${file}: valid — ${items.length} items (${automated} automated, ${items.length - automated} manual)\n`,
    );
  }
  if (problems > 0) {
    io.stderr(`${plural(problems, 'problem')} found\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
