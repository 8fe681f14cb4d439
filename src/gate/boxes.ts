import type { Html, ListItem, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { ITEM_MARKER } from './markers.js';

/**
 * The state of every marked task box in a comment body, by id, in the order they appear, read with a
 * Markdown parser. Only the boxes of top-level lists count, as Preflight renders them: a box nested in
 * another item (where an item's details are), inside a code fence, an HTML comment or block, or a quote is
 * not a box. An id may carry more than one box when someone copied a line: see `nextBoxState`.
 */
export function readBoxes(body: string): Map<string, boolean[]> {
  const tree: Root = fromMarkdown(body, {
    extensions: [gfmTaskListItem()],
    mdastExtensions: [gfmTaskListItemFromMarkdown()],
  });
  const out = new Map<string, boolean[]>();
  for (const node of tree.children) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      if (typeof item.checked !== 'boolean') continue;
      const id = markerIn(item);
      if (id === undefined) continue;
      const list = out.get(id);
      if (list) list.push(item.checked);
      else out.set(id, [item.checked]);
    }
  }
  return out;
}

/** The state of each id in a body Preflight wrote (one box per id; should there be more, the first). */
export function boxStates(boxes: ReadonlyMap<string, readonly boolean[]>): Map<string, boolean> {
  return new Map([...boxes].map(([id, list]) => [id, list[0] ?? false]));
}

/**
 * An id's state after a person's edit, from its boxes before (`prev`) and after (`now`) and the state
 * it had (`known`). A copy of a box never shadows the real one: whichever box of the id the person
 * changed, the change counts (the person is still held to the item's approvers). With as many boxes as
 * before, a box that flipped to the other state is the change; with a box added or removed, a box in the
 * other state is.
 */
export function nextBoxState(
  prev: readonly boolean[] | undefined,
  now: readonly boolean[],
  known: boolean,
): boolean {
  if (prev && prev.length === now.length)
    return now.some((v, i) => v !== prev[i] && v !== known) ? !known : known;
  return now.some((v) => v !== known) ? !known : known;
}

/** The id in the marker that ends the item's first paragraph. */
function markerIn(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const html = first.children.filter((c): c is Html => c.type === 'html');
  for (const h of html) {
    const m = ITEM_MARKER.exec(h.value.trim());
    if (m) return m[1];
  }
  return undefined;
}
