/** Text from outside (titles, evidence, file names) made inert in GitHub Markdown. */
export function inlineText(text: string, max = 300): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#!])/g, '\\$1')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/(\w):\/\//g, '$1:\u200b//');
}

/** Content for a fenced block: a fence longer than any backtick run inside it. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\s+$/, '')}\n${fence}`;
}
