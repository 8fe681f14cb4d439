import type { List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { inlineOf, type InlineText } from './inline.js';

/** What a Markdown checklist holds, read with a Markdown parser: task items grouped under their outline. */
export interface Outline {
  /** The first level-1 heading, if any. */
  title?: string;
  groups: OutlineGroup[];
  /** Task boxes that were not imported: empty ones, and ones inside code blocks or HTML. */
  skipped: number;
  /** The contents of the document's code blocks (at most MAX_BLOCKS, each cut at MAX_BLOCK_CHARS). */
  blocks: string[];
}

export interface OutlineGroup {
  /** The section title: the outline path below the document title, joined with " › ", as Markdown. */
  title: string;
  /** Plain text of the title, for ids. */
  plain: string;
  /**
   * The outline path, outermost first, as plain text: headings of every level below the document title,
   * bold pseudo-headings (`**Pre-Production:**`), plain list labels and parent task items.
   */
  path: string[];
  /** Kept for rules that look at the surroundings: the same as `path`. */
  context: string[];
  items: OutlineItem[];
}

export interface OutlineItem {
  text: InlineText;
  checked: boolean;
  /** The parent task item's text, when this one is nested under another task item. */
  parent?: string;
  /** The 1-based line of the box in the Markdown file. */
  line: number;
  /** It holds task items of its own (a parent box): they carry the checks. */
  parentOfTasks?: boolean;
  /** The words of the plain list items (no box) nested below it, joined with "; ". */
  details?: string;
  /** The code blocks inside the item, below its words (a command or a request it stands for), joined by lines. */
  block?: string;
}

/** One step of the outline: its Markdown and plain text, and how deep it sits (headings 1-6, deeper: labels). */
interface Step {
  depth: number;
  markdown: string;
  plain: string;
}

// Blanks within the line only: `\s*` at each line's start would run over every empty line below it.
const BOX_IN_RAW = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/gm;
const SEPARATOR = ' › ';
/** A pseudo-heading sits below the heading it follows and above any list label. */
const PSEUDO_DEPTH = 7;
/** A plain label right above a list sits below the pseudo-heading it follows. */
const LABEL_DEPTH = 8;
const MAX_LABEL_CHARS = 120;
const MAX_BLOCKS = 200;
const MAX_BLOCK_CHARS = 4000;
const MAX_DETAILS_CHARS = 400;

export function readOutline(markdown: string): Outline {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfmTaskListItem()],
    mdastExtensions: [gfmTaskListItemFromMarkdown()],
  });
  const outline: Outline = { groups: [], skipped: 0, blocks: [] };
  const reader = new OutlineReader(outline);
  tree.children.forEach((node, index) => {
    if (node.type === 'heading') {
      const text = inlineOf(node.children as Nodes[]);
      if (node.depth === 1 && outline.title === undefined && text.plain !== '') {
        outline.title = text.markdown;
        reader.setPath([]);
        return;
      }
      if (text.plain !== '') reader.enter({ depth: node.depth, markdown: text.markdown, plain: text.plain });
      return;
    }
    if (node.type === 'paragraph') {
      const pseudo = pseudoHeading(node);
      if (pseudo) {
        reader.enter({ depth: PSEUDO_DEPTH, ...pseudo });
        return;
      }
      // "**Critical: endpoints to secure**" then "Review these in `views.py`:": the label is a step below it.
      const label = plainLabel(node, tree.children[index + 1]?.type === 'list');
      if (label) {
        reader.enter({ depth: LABEL_DEPTH, ...label });
        return;
      }
    }
    if (node.type === 'list') {
      reader.readList(node, reader.path, undefined);
      return;
    }
    countRawBoxes(node, outline);
  });
  outline.groups = outline.groups.filter((g) => g.items.length > 0);
  return outline;
}

class OutlineReader {
  /** The current outline path (headings and pseudo-headings). */
  path: Step[] = [];
  private readonly byKey = new Map<string, OutlineGroup>();

  constructor(private readonly outline: Outline) {}

  /**
   * A heading or pseudo-heading: it replaces every step at its depth or deeper. Sections before it are
   * closed: a later heading with the same path starts a section of its own.
   */
  enter(step: Step): void {
    const kept = this.path.filter((s) => s.depth < step.depth);
    this.path = [...kept, step];
    this.byKey.clear();
  }

  setPath(path: Step[]): void {
    this.path = path;
    this.byKey.clear();
  }

  group(path: Step[]): OutlineGroup {
    const key = path.map((s) => s.plain).join('\u0000');
    const known = this.byKey.get(key);
    if (known) return known;
    const plainPath = path.map((s) => s.plain);
    const group: OutlineGroup = {
      title: path.length > 0 ? path.map((s) => s.markdown).join(SEPARATOR) : 'Checklist',
      plain: path.length > 0 ? plainPath.join(' ') : 'Checklist',
      path: plainPath,
      context: plainPath,
      items: [],
    };
    this.byKey.set(key, group);
    this.outline.groups.push(group);
    return group;
  }

  /**
   * Task items of a list, in order. A task item keeps its own place; task items nested below it go to a
   * section whose path ends with it. A plain list item (no box) that holds task items is a label: its
   * task items go to a section named by it.
   */
  readList(list: List, path: Step[], parent: string | undefined): void {
    for (const item of list.children) {
      const text = itemText(item);
      const nested = item.children.filter((c): c is List => c.type === 'list');
      for (const c of item.children)
        if (c.type !== 'list' && c.type !== 'paragraph') countRawBoxes(c, this.outline);
      const isTask = typeof item.checked === 'boolean';
      const label = labelText(text);
      if ((isTask && text.plain === '') || (!isTask && /^\[[ xX]?\]$/.test(text.plain)))
        this.outline.skipped += 1;
      const hasTasks = nested.some((l) => l.children.some(hasTask));
      if (isTask && text.plain !== '') {
        // "**Load testing** completed" with its targets in plain sub-bullets below it.
        const details = nested
          .flatMap((l) => l.children.filter((c) => typeof c.checked !== 'boolean'))
          .map((c) => itemText(c).plain)
          .filter((d) => d !== '')
          .join('; ')
          .slice(0, MAX_DETAILS_CHARS);
        const block = blockOf(item);
        this.group(path).items.push({
          text,
          checked: item.checked === true,
          ...(parent ? { parent } : {}),
          line: item.position?.start.line ?? 0,
          ...(hasTasks ? { parentOfTasks: true } : {}),
          ...(details ? { details } : {}),
          ...(block ? { block } : {}),
        });
      }
      if (!hasTasks) {
        for (const l of nested) this.readList(l, path, parent);
        continue;
      }
      if (isTask && text.plain !== '') {
        const step = {
          depth: 100 + path.length,
          markdown: text.markdown.replace(/\s*:\s*$/, ''),
          plain: text.plain.replace(/\s*:\s*$/, ''),
        };
        for (const l of nested) this.readList(l, [...path, step], text.plain);
      } else if (!isTask && label) {
        const step = { depth: 100 + path.length, ...label };
        for (const l of nested) this.readList(l, [...path, step], parent);
      } else {
        for (const l of nested) this.readList(l, path, parent);
      }
    }
  }
}

/** `**Pre-Production:**`, `**Final Checks**`, `*Backend*:` alone in a paragraph: a heading in all but name. */
function pseudoHeading(node: Paragraph): { markdown: string; plain: string } | undefined {
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const strong = kids[0];
  if (!strong || (strong.type !== 'strong' && strong.type !== 'emphasis')) return undefined;
  const rest = kids.slice(1);
  if (rest.length > 1) return undefined;
  const tail = rest[0];
  if (tail && !(tail.type === 'text' && /^\s*:?\s*$/.test(tail.value))) return undefined;
  const text = inlineOf(strong.children as Nodes[]);
  const plain = text.plain.replace(/\s*:\s*$/, '');
  if (plain === '' || plain.length > MAX_LABEL_CHARS) return undefined;
  return { markdown: text.markdown.replace(/\s*:\s*$/, ''), plain };
}

/**
 * A short line of plain text right before a list ("Security/Privacy", "Before you start:"): a label of the
 * list below it, unless it reads as a sentence.
 */
function plainLabel(node: Paragraph, beforeList: boolean): { markdown: string; plain: string } | undefined {
  if (!beforeList) return undefined;
  if (!node.children.every((c) => c.type === 'text' || c.type === 'inlineCode')) return undefined;
  if ((node.position?.start.line ?? 0) !== (node.position?.end.line ?? 0)) return undefined;
  const text = inlineOf(node.children as Nodes[]);
  if (text.plain.length > 60 || /[.!?]$/.test(text.plain)) return undefined;
  return labelText(text);
}

/** A plain list item's text as a label ("Security:", "**Hosting**"), when it is short enough to be one. */
function labelText(text: InlineText): { markdown: string; plain: string } | undefined {
  const plain = text.plain.replace(/\s*:\s*$/, '');
  if (plain === '' || plain.length > MAX_LABEL_CHARS) return undefined;
  const markdown = text.markdown.replace(/\s*:\s*$/, '').replace(/^\*\*(.*)\*\*$/, '$1');
  return { markdown, plain: plain.replace(/\s*:\s*$/, '') };
}

/**
 * The code blocks that are children of a list item ("- [ ] **Clean Build**" with a fenced block below it),
 * and the plain sub-bullets that are only a code span ("- [ ] **Build**" › "- `npm run build`"), one a line.
 */
function blockOf(item: ListItem): string | undefined {
  const lines: string[] = [];
  for (const c of item.children) {
    if (c.type === 'code') lines.push(c.value);
    if (c.type !== 'list') continue;
    for (const sub of c.children) {
      if (typeof sub.checked === 'boolean') continue;
      const first = sub.children[0];
      const kids =
        first?.type === 'paragraph'
          ? first.children.filter((k) => !(k.type === 'text' && k.value.trim() === ''))
          : [];
      if (kids.length === 1 && kids[0]?.type === 'inlineCode') lines.push(kids[0].value);
    }
  }
  const text = lines.join('\n').slice(0, MAX_BLOCK_CHARS);
  return text.trim() === '' ? undefined : text;
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
    if (node.type === 'code' && outline.blocks.length < MAX_BLOCKS)
      outline.blocks.push(node.value.slice(0, MAX_BLOCK_CHARS));
    return;
  }
  if ('children' in node) for (const c of node.children) countRawBoxes(c as Nodes, outline);
}
