import { attr, htmlElements, parseHtml, position, type Element } from './document.js';
import { srcsetUrls } from './srcset.js';

/** A URL the page makes the browser load (or submit to), with where it was written. */
export interface Subresource {
  /** For example `img srcset` or `link rel=stylesheet href`. */
  element: string;
  /** As written in the page. */
  raw: string;
  /** Resolved against the document base URL. */
  url: URL;
  line?: number;
  col?: number;
}

/** Attributes that load a subresource, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  object: ['data'],
  embed: ['src'],
  form: ['action'],
  button: ['formaction'],
};

/** link rel values whose href the page loads. */
const LOADING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
]);

/**
 * Every subresource URL of an HTML page: scripts, stylesheets and other loading `<link>`s, images and their
 * srcset candidates, media, frames, plugins and form targets. Relative URLs resolve against the first
 * `<base href>` (itself resolved against `pageUrl`); values that are not URLs are left out.
 */
export function subresources(html: string, pageUrl: URL): Subresource[] {
  const doc = parseHtml(html);
  const elements = [...htmlElements(doc)];
  const base = documentBase(elements, pageUrl);
  const out: Subresource[] = [];
  const add = (el: Element, label: string, raw: string) => {
    const url = resolve(raw, base);
    if (url) out.push({ element: label, raw, url, ...position(el) });
  };
  for (const el of elements) {
    const tag = el.tagName;
    if (tag === 'link') {
      const rels = (attr(el, 'rel') ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((r) => LOADING_RELS.has(r));
      if (rels.length === 0) continue;
      const href = attr(el, 'href');
      if (href !== undefined && href.trim() !== '') add(el, `link rel=${rels.join(' ')} href`, href);
      const set = attr(el, 'imagesrcset');
      if (set !== undefined) for (const u of srcsetUrls(set)) add(el, `link imagesrcset`, u);
      continue;
    }
    if (tag === 'input') {
      const type = (attr(el, 'type') ?? '').trim().toLowerCase();
      const src = attr(el, 'src');
      if (type === 'image' && src !== undefined && src.trim() !== '') add(el, 'input type=image src', src);
      const formaction = attr(el, 'formaction');
      if (formaction !== undefined && formaction.trim() !== '') add(el, 'input formaction', formaction);
      continue;
    }
    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      if (name === 'srcset') {
        for (const u of srcsetUrls(value)) add(el, `${tag} srcset`, u);
      } else if (value.trim() !== '') {
        add(el, `${tag} ${name}`, value);
      }
    }
  }
  return out;
}

/** The document base URL: the first `<base>` with an href, resolved against the page URL. */
function documentBase(elements: Element[], pageUrl: URL): URL {
  const base = elements.find((el) => el.tagName === 'base' && attr(el, 'href') !== undefined);
  const href = base ? attr(base, 'href') : undefined;
  return (href !== undefined && resolve(href, pageUrl)) || pageUrl;
}

function resolve(raw: string, base: URL): URL | undefined {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
}
