import type { Registry } from '../checks/registry.js';
import { parseFileDef } from '../definition/file-def.js';
import type { Mapping } from './rules/index.js';

/**
 * The check an item gets: the mapping when its kind is registered and accepts the parameters, else its
 * fallback, else none (the item stays manual). Answers are remembered, so many alike items cost one parse.
 */
export class CheckChooser {
  private readonly seen = new Map<string, boolean>();

  constructor(private readonly registry: Registry) {}

  choose(mapping: Mapping | undefined): { mapping?: Mapping; unavailable?: string } {
    let unavailable: string | undefined;
    for (let m = mapping; m; m = m.fallback) {
      if (this.accepts(m.check)) return { mapping: m, unavailable };
      unavailable ??= m.check.kind;
    }
    return { unavailable };
  }

  private accepts(check: Mapping['check']): boolean {
    if (!this.registry.has(check.kind)) return false;
    const key = JSON.stringify(check);
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const text = [
      'id: probe',
      'title: probe',
      'targets: { app: "http://127.0.0.1" }',
      'sections:',
      '  - title: probe',
      '    items:',
      '      - id: probe',
      '        title: probe',
      `        check: ${key}`,
    ].join('\n');
    const ok = parseFileDef('import-probe.yml', text, this.registry).diagnostics.length === 0;
    this.seen.set(key, ok);
    return ok;
  }
}
