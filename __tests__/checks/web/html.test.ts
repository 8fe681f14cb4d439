import { describe, expect, it } from '@jest/globals';
import { isInsecure, isLoopbackHost } from '../../../src/checks/web/html/insecure-url.js';
import { metaPolicies } from '../../../src/checks/web/html/meta.js';
import { srcsetUrls } from '../../../src/checks/web/html/srcset.js';
import { subresources } from '../../../src/checks/web/html/subresources.js';
import { findMixedContent } from '../../../src/checks/web/mixed-content-verdict.js';

const page = new URL('https://shop.example.com/products/index.html');

describe('srcset', () => {
  it('reads the URLs of each candidate, with or without descriptors', () => {
    expect(srcsetUrls('a.jpg 1x, http://cdn.example.com/b.jpg 2x')).toEqual([
      'a.jpg',
      'http://cdn.example.com/b.jpg',
    ]);
    expect(srcsetUrls('small.jpg 480w,large.jpg 1080w')).toEqual(['small.jpg', 'large.jpg']);
    // A URL runs to the next whitespace: a comma inside it belongs to it.
    expect(srcsetUrls('one.jpg,two.jpg')).toEqual(['one.jpg,two.jpg']);
    expect(srcsetUrls('one.jpg, two.jpg,')).toEqual(['one.jpg', 'two.jpg']);
    expect(srcsetUrls('  x.jpg  ')).toEqual(['x.jpg']);
    expect(srcsetUrls('a.jpg (foo, bar) 1x, b.jpg')).toEqual(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('subresources', () => {
  it('finds every kind of loading element and resolves relative URLs', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/css/site.css">
      <link rel="icon" href="http://static.example.com/favicon.ico">
      <link rel="canonical" href="http://shop.example.com/">
      <script src="app.js"></script>
    </head><body>
      <img src="//img.example.com/a.png" srcset="b.png 2x, http://img.example.com/c.png 3x">
      <picture><source srcset="http://img.example.com/d.webp" type="image/webp"></picture>
      <video src="movie.mp4" poster="http://img.example.com/poster.jpg"><track src="subs.vtt"></video>
      <audio src="http://media.example.com/a.mp3"></audio>
      <iframe src="http://widgets.example.com/w"></iframe>
      <object data="http://plugins.example.com/p.swf"></object><embed src="e.swf">
      <form action="http://forms.example.com/submit"><input type="image" src="go.png"><button formaction="/b">b</button></form>
      <a href="http://elsewhere.example.com/">a link loads nothing</a>
      <template><script src="http://inert.example.com/t.js"></script></template>
    </body></html>`;
    const found = subresources(html, page).map((s) => `${s.element} ${s.url.href}`);
    expect(found).toEqual([
      'link rel=stylesheet href https://shop.example.com/css/site.css',
      'link rel=icon href http://static.example.com/favicon.ico',
      'script src https://shop.example.com/products/app.js',
      'img src https://img.example.com/a.png',
      'img srcset https://shop.example.com/products/b.png',
      'img srcset http://img.example.com/c.png',
      'source srcset http://img.example.com/d.webp',
      'video src https://shop.example.com/products/movie.mp4',
      'video poster http://img.example.com/poster.jpg',
      'track src https://shop.example.com/products/subs.vtt',
      'audio src http://media.example.com/a.mp3',
      'iframe src http://widgets.example.com/w',
      'object data http://plugins.example.com/p.swf',
      'embed src https://shop.example.com/products/e.swf',
      'form action http://forms.example.com/submit',
      'input type=image src https://shop.example.com/products/go.png',
      'button formaction https://shop.example.com/b',
    ]);
  });

  it('resolves against the first <base href>, which may itself be insecure', () => {
    const html =
      '<base href="http://legacy.example.com/assets/"><base href="https://ignored.example.com/"><img src="x.png">';
    const [img] = subresources(html, page);
    expect(img?.url.href).toBe('http://legacy.example.com/assets/x.png');
    expect(img?.line).toBe(1);
  });

  it('reads broken markup as browsers do, and skips values that are not URLs', () => {
    // The img tag swallows "<script" as an attribute name: browsers load no script here, a regex would see one.
    const swallowed =
      '<p><img src="http://a.example.com/x.png"<script src=http://b.example.com/y.js></script>';
    expect(subresources(swallowed, page).map((s) => `${s.element} ${s.url.href}`)).toEqual([
      'img src http://a.example.com/x.png',
    ]);
    const unclosed =
      '<div><p><script src=http://b.example.com/y.js></script></span><img src="http://[bad"><IMG SRC=z.png>';
    expect(subresources(unclosed, page).map((s) => s.url.href)).toEqual([
      'http://b.example.com/y.js',
      'https://shop.example.com/products/z.png',
    ]);
    // Commented-out markup loads nothing.
    expect(subresources('<!-- <script src="http://c.example.com/z.js"></script> -->', page)).toEqual([]);
  });
});

describe('insecure URLs', () => {
  it('counts http: as insecure, and loopback hosts as secure only when allowed', () => {
    expect(isInsecure(new URL('http://cdn.example.com/a.js'))).toBe(true);
    expect(isInsecure(new URL('https://cdn.example.com/a.js'))).toBe(false);
    expect(isInsecure(new URL('data:text/plain,hi'))).toBe(false);
    expect(isInsecure(new URL('http://localhost:3000/a.js'))).toBe(true);
    expect(isInsecure(new URL('http://localhost:3000/a.js'), { allowLocalhost: true })).toBe(false);
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });
});

describe('mixed content of a page', () => {
  it('lists the insecure subresources and notices upgrade-insecure-requests', () => {
    const html =
      '<meta http-equiv="Content-Security-Policy" content="upgrade-insecure-requests"><img src="http://a.example.com/x.png"><img src="/y.png">';
    const found = findMixedContent(html, page, []);
    expect(found.total).toBe(2);
    expect(found.insecure.map((s) => s.url.href)).toEqual(['http://a.example.com/x.png']);
    expect(found.upgraded).toBe(true);
    expect(findMixedContent('<img src="http://a.example.com/x.png">', page, []).upgraded).toBe(false);
  });
});

describe('<meta> policies', () => {
  it('reads http-equiv CSP and the referrer policy as Observatory does', () => {
    const html = `<html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <meta name="referrer" content="unsafe-url"><meta name="referrer" content="no-referrer">
      <meta http-equiv="refresh" content="5">
    </head><body><meta http-equiv="content-security-policy" content="img-src https:"></body></html>`;
    expect(metaPolicies(html)).toEqual({
      csp: ["default-src 'self'", 'img-src https:'],
      referrer: 'no-referrer',
    });
    expect(metaPolicies('not html at all')).toEqual({ csp: [] });
  });
});
