import type { Nodes } from 'mdast';

/** Inline Markdown of a paragraph, kept as a person wrote it: bold, emphasis and code survive, links become their text. */
export interface InlineText {
  /** Markdown source of the text: `**bold**`, `*emphasis*` and `` `code` `` kept. */
  markdown: string;
  /** The words only, for matching and ids. */
  plain: string;
  /** The contents of inline code spans, in order. */
  code: string[];
  /** Link destinations, in order. */
  links: string[];
}

export function inlineOf(nodes: readonly Nodes[]): InlineText {
  const out: InlineText = { markdown: '', plain: '', code: [], links: [] };
  for (const n of nodes) add(n, out);
  out.markdown = squash(out.markdown);
  out.plain = squash(out.plain);
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function add(node: Nodes, out: InlineText): void {
  switch (node.type) {
    case 'text':
      out.markdown += node.value;
      out.plain += node.value;
      return;
    case 'inlineCode': {
      const fence = node.value.includes('`') ? '`` ' : '`';
      out.markdown += `${fence}${node.value}${fence.split('').reverse().join('')}`;
      out.plain += node.value;
      out.code.push(node.value);
      return;
    }
    case 'strong':
    case 'emphasis':
    case 'delete': {
      const mark = node.type === 'strong' ? '**' : node.type === 'emphasis' ? '*' : '~~';
      out.markdown += mark;
      for (const c of node.children) add(c, out);
      out.markdown += mark;
      return;
    }
    case 'link':
      out.links.push(node.url);
      for (const c of node.children) add(c, out);
      return;
    case 'break':
      out.markdown += ' ';
      out.plain += ' ';
      return;
    case 'html':
      // An inline comment or tag is not part of what the item says.
      return;
    default:
      if ('children' in node) for (const c of node.children) add(c as Nodes, out);
      else if ('value' in node && typeof node.value === 'string') {
        out.markdown += node.value;
        out.plain += node.value;
      }
  }
}
