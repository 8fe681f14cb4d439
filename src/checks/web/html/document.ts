import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** An HTML document parsed as browsers parse it (the WHATWG algorithm, by parse5), with source positions. */

export type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export function parseHtml(text: string): DefaultTreeAdapterTypes.Document {
  return parse(text, { sourceCodeLocationInfo: true });
}

/**
 * Every HTML element in document order. Template contents are inert (never loaded) and are skipped, as are
 * SVG and MathML elements.
 */
export function* htmlElements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.namespaceURI === HTML_NS) yield child;
    if (child.tagName === 'template' && child.namespaceURI === HTML_NS) continue;
    yield* htmlElements(child);
  }
}

/** An attribute's value (names are lower case after parsing); undefined when absent. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name && a.namespace === undefined)?.value;
}

/** Where an element starts in the source, 1-based. */
export function position(el: Element): { line?: number; col?: number } {
  const loc = el.sourceCodeLocation;
  return loc ? { line: loc.startLine, col: loc.startCol } : {};
}

export { isHtmlType } from './html-type.js';
