import { Document, isMap, isSeq, YAMLMap, type Node } from 'yaml';
import type { Registry } from '../checks/registry.js';
import { approversFor } from './approvers.js';
import { CheckChooser } from './checks.js';
import type { Outline } from './outline.js';
import { APP_TARGET, mapItem, type Mapping } from './rules/index.js';
import { IdAllocator, slugOf } from './slug.js';

export interface ImportSummary {
  items: number;
  automated: number;
  manual: number;
  skipped: number;
  /** Automated items whose mapping is a guess (a comment in the file says what was guessed). */
  guessed: number;
  /** Kinds an item would use that are not available, so the item stayed manual or used a simpler check. */
  unavailable: string[];
}

interface ImportedItem {
  id: string;
  title: string;
  description?: string;
  check?: Mapping['check'];
  approvers?: { permission: string };
  note?: string;
}

/** Builds the definition a Markdown outline becomes, as a YAML document with comments where it guessed. */
export function outlineToYaml(
  outline: Outline,
  options: { registry: Registry; source: string },
): { yaml: string; summary: ImportSummary } {
  const chooser = new CheckChooser(options.registry);
  const ids = new IdAllocator();
  const sectionIds = new IdAllocator();
  const summary: ImportSummary = {
    items: 0,
    automated: 0,
    manual: 0,
    skipped: outline.skipped,
    guessed: 0,
    unavailable: [],
  };
  const sections = outline.groups.map((group) => {
    const items: ImportedItem[] = group.items.map((it) => {
      const context = [...group.context, group.plain, it.parent ?? ''].join(' ').toLowerCase();
      const facts = { text: it.text.plain.toLowerCase(), code: it.text.code, context };
      const proposed = mapItem(facts);
      const { mapping, unavailable } = chooser.choose(proposed);
      if (unavailable && !summary.unavailable.includes(unavailable)) summary.unavailable.push(unavailable);
      summary.items += 1;
      const base: ImportedItem = {
        id: ids.take(it.text.plain, 'item'),
        title: it.text.markdown,
        ...(it.parent ? { description: `Part of: ${it.parent}` } : {}),
      };
      if (mapping) {
        summary.automated += 1;
        const fellBack = unavailable ? `${unavailable} is not available here` : undefined;
        const note = [mapping.note, fellBack].filter(Boolean).join('; ') || undefined;
        if (note) summary.guessed += 1;
        return { ...base, check: mapping.check, note };
      }
      summary.manual += 1;
      return {
        ...base,
        approvers: approversFor(facts.text, context),
        ...(unavailable ? { note: `${unavailable} would check this; it is not available here` } : {}),
      };
    });
    return { id: sectionIds.take(group.plain, 'section'), title: group.title, items };
  });
  const usesApp = sections.some((s) => s.items.some((i) => i.check?.target === APP_TARGET));
  return { yaml: render(outline, sections, usesApp, options.source), summary };
}

function render(
  outline: Outline,
  sections: Array<{ id: string; title: string; items: ImportedItem[] }>,
  usesApp: boolean,
  source: string,
): string {
  const title = outline.title ?? source.replace(/\.[^.]*$/, '');
  const doc = new Document(
    {
      id: slugOf(title, 'imported'),
      title,
      ...(usesApp ? { targets: { [APP_TARGET]: '${API_URL}' } } : {}),
      sections: sections.map((s) => ({
        id: s.id,
        title: s.title,
        items: s.items.map(({ note: _note, ...rest }) => rest),
      })),
    },
    { aliasDuplicateObjects: false },
  );
  doc.commentBefore = [
    ` Imported from ${source} by \`preflight import\`.`,
    ' Items with a check run automatically; people tick the others in the pull request comment.',
    ' Comments starting with "guessed" mark mappings to review.',
  ].join('\n');
  const root = doc.contents as YAMLMap;
  if (usesApp) {
    const targets = root.get('targets', true) as Node;
    targets.commentBefore =
      " The service under test: set API_URL in the job, pass the action's `targets` input, or write the URL here.";
  }
  const sectionNodes = root.get('sections', true);
  if (isSeq(sectionNodes)) {
    sectionNodes.items.forEach((sectionNode, si) => {
      const itemsNode = isMap(sectionNode) ? sectionNode.get('items', true) : undefined;
      if (!isSeq(itemsNode)) return;
      itemsNode.items.forEach((itemNode, ii) => {
        if (!isMap(itemNode)) return;
        const check = itemNode.get('check', true) as Node | undefined;
        if (check && isMap(check)) flowShortLists(check);
        const approvers = itemNode.get('approvers', true);
        if (isMap(approvers)) approvers.flow = true;
        const note = sections[si]?.items[ii]?.note;
        const at = check ?? (approvers as Node | undefined);
        if (note && at)
          at.commentBefore = ` ${check && !note.startsWith('guessed') ? 'guessed: ' : ''}${note}`;
      });
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** Lists of strings in a check print on one line: `paths: [a, b]`. */
function flowShortLists(map: YAMLMap): void {
  for (const pair of map.items) if (isSeq(pair.value)) pair.value.flow = true;
}
