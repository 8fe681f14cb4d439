import { defaultRegistry } from '../../checks/registry.js';
import type { Checklist } from '../../definition/model.js';

/** The checklist's items that look outside the repository: targets and the environment. */
export function liveOnly(checklist: Checklist): Checklist {
  const live = (kind: string | undefined) => {
    const scope = kind ? (defaultRegistry.get(kind)?.scope ?? 'repo') : 'repo';
    return scope === 'target' || scope === 'environment';
  };
  return {
    ...checklist,
    sections: checklist.sections
      .map((s) => ({ ...s, items: s.items.filter((i) => live(i.check?.kind)) }))
      .filter((s) => s.items.length > 0),
  };
}
