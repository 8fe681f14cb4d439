import type { Html, ListItem, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { ITEM_MARKER } from './markers.js';

/**
 * The state of each marked task box in a comment body, read with a Markdown parser: boxes inside code
 * fences, HTML comments or quotes are not boxes. The first box carrying an id wins.
 */
export function readBoxes(body: string): Map<string, boolean> {
  const tree = fromMarkdown(body, {
    extensions: [gfmTaskListItem()],
    mdastExtensions: [gfmTaskListItemFromMarkdown()],
  });
  const out = new Map<string, boolean>();
  visitListItems(tree, (item) => {
    if (typeof item.checked !== 'boolean') return;
    const id = markerIn(item);
    if (id !== undefined && !out.has(id)) out.set(id, item.checked);
  });
  return out;
}

function visitListItems(node: Nodes, visit: (item: ListItem) => void): void {
  if (node.type === 'blockquote') return;
  if (node.type === 'listItem') visit(node);
  if ('children' in node) for (const child of node.children) visitListItems(child as Nodes, visit);
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
