import type { Heading, List, ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { inlineOf, type InlineText } from './inline.js';

/** What a Markdown checklist holds, read with a Markdown parser: task items grouped under their headings. */
export interface Outline {
  /** The first level-1 heading, if any. */
  title?: string;
  groups: OutlineGroup[];
  /** Task boxes that were not imported: empty ones, and ones inside code blocks or HTML. */
  skipped: number;
}

export interface OutlineGroup {
  /** The heading (or parent task item) the items sit under, as Markdown. */
  title: string;
  /** Plain text of the title, for ids. */
  plain: string;
  /** The heading path above this group (plain text), for guesses that depend on context. */
  context: string[];
  items: OutlineItem[];
}

export interface OutlineItem {
  text: InlineText;
  checked: boolean;
  /** The parent task item's text when this one is nested under another that holds items of its own. */
  parent?: string;
  line: number;
}

const BOX_IN_RAW = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/gm;

export function readOutline(markdown: string): Outline {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfmTaskListItem()],
    mdastExtensions: [gfmTaskListItemFromMarkdown()],
  });
  const outline: Outline = { groups: [], skipped: 0 };
  const headings: Array<{ depth: number; text: InlineText }> = [];
  let current: OutlineGroup | undefined;
  let pendingTitle: InlineText | undefined;
  const groupFor = (title: InlineText | undefined, fromItem = false): OutlineGroup => {
    if (!title && current) return current;
    const context = headings.map((h) => h.text.plain);
    const group: OutlineGroup = {
      title: (fromItem ? title?.plain : title?.markdown) ?? 'Checklist',
      plain: title?.plain ?? 'Checklist',
      context,
      items: [],
    };
    outline.groups.push(group);
    return group;
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = headingText(node);
      if (node.depth === 1 && outline.title === undefined && text.plain !== '') outline.title = text.markdown;
      while (headings.length > 0 && (headings.at(-1)?.depth ?? 0) >= node.depth) headings.pop();
      headings.push({ depth: node.depth, text });
      current = undefined;
      const enclosing = node.depth >= 4 ? headings.at(-2) : undefined;
      pendingTitle = enclosing
        ? {
            ...text,
            markdown: `${enclosing.text.markdown}: ${text.markdown}`,
            plain: `${enclosing.text.plain} ${text.plain}`,
          }
        : text;
      continue;
    }
    if (node.type === 'list') {
      current ??= groupFor(pendingTitle);
      const home = current;
      readList(node, home, undefined, outline, (title) => {
        const g = groupFor(title, true);
        current = home;
        return g;
      });
      continue;
    }
    countRawBoxes(node, outline);
  }
  outline.groups = outline.groups.filter((g) => g.items.length > 0);
  return outline;
}

function headingText(node: Heading): InlineText {
  return inlineOf(node.children as Nodes[]);
}

/**
 * Task items of a list, in order. A task item whose own children hold task items becomes a group of its own
 * (a release manager's sub-heading); deeper ones are items of that group that remember their nearest parent.
 */
function readList(
  list: List,
  group: OutlineGroup,
  parent: string | undefined,
  outline: Outline,
  newGroup: ((title: InlineText) => OutlineGroup) | undefined,
): void {
  for (const item of list.children) {
    const text = itemText(item);
    const nested = item.children.filter((c): c is List => c.type === 'list');
    for (const c of item.children) if (c.type !== 'list' && c.type !== 'paragraph') countRawBoxes(c, outline);
    const isTask = typeof item.checked === 'boolean';
    const hasTaskChildren = nested.some((l) => l.children.some((li) => hasTask(li)));
    if ((isTask && text.plain === '') || (!isTask && /^\[[ xX]?\]$/.test(text.plain))) outline.skipped += 1;
    if (isTask && hasTaskChildren && newGroup && text.plain !== '') {
      const sub = newGroup(text);
      for (const l of nested) readList(l, sub, undefined, outline, undefined);
      continue;
    }
    if (isTask && text.plain !== '') {
      group.items.push({
        text,
        checked: item.checked === true,
        parent,
        line: item.position?.start.line ?? 0,
      });
    }
    const childParent = isTask && text.plain !== '' ? text.plain : parent;
    for (const l of nested) readList(l, group, childParent, outline, isTask ? undefined : newGroup);
  }
}

function hasTask(item: ListItem): boolean {
  if (typeof item.checked === 'boolean') return true;
  return item.children.some((c) => c.type === 'list' && c.children.some(hasTask));
}

function itemText(item: ListItem): InlineText {
  const first = item.children[0];
  return first?.type === 'paragraph' ? inlineOf(first.children as Nodes[]) : inlineOf([]);
}

/** Boxes inside code blocks and HTML are not items; count them so the summary can say so. */
function countRawBoxes(node: Nodes, outline: Outline): void {
  if (node.type === 'code' || node.type === 'html') {
    outline.skipped += node.value.match(BOX_IN_RAW)?.length ?? 0;
    return;
  }
  if ('children' in node) for (const c of node.children) countRawBoxes(c as Nodes, outline);
}
