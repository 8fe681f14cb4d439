import { sameLogin } from './login.js';
import type { Revision } from './replay.js';

/**
 * Release notes people write in the checklist comment, between two hidden markers. Only a person's own
 * revision counts (GitHub lets only people with write access edit the comment), read from the edit history
 * with its author and time; Preflight writes them back, inert, on every rewrite. Pure.
 */
export interface ReleaseNotes {
  text: string;
  by: string;
  at: string;
}

export const NOTES_START = '<!-- preflight:notes -->';
export const NOTES_END = '<!-- /preflight:notes -->';
export const NOTES_PLACEHOLDER =
  '_Write the release notes here, between the hidden markers: the release record keeps them._';

export const MAX_NOTES = 2000;

/** The text between the markers, without the placeholder; undefined when the body has no notes place. */
export function readNotes(body: string): string | undefined {
  const start = body.indexOf(NOTES_START);
  if (start < 0) return undefined;
  const end = body.indexOf(NOTES_END, start + NOTES_START.length);
  if (end < 0) return undefined;
  const text = body
    .slice(start + NOTES_START.length, end)
    .split('\n')
    .filter((l) => l.trim() !== NOTES_PLACEHOLDER)
    .join('\n')
    .trim();
  return text.length > MAX_NOTES ? text.slice(0, MAX_NOTES) : text;
}

/**
 * The notes as the last person who changed them wrote them: each revision by someone other than Preflight
 * whose notes differ from the revision before it. Empty notes written by a person clear them.
 */
export function notesFromHistory(revisions: readonly Revision[], botLogin: string): ReleaseNotes | undefined {
  let found: ReleaseNotes | undefined;
  let previous: string | undefined;
  for (const rev of revisions) {
    if (rev.body === null) continue;
    const text = readNotes(rev.body);
    if (!rev.byPreflight && !sameLogin(rev.editor, botLogin) && text !== undefined && text !== previous)
      found = text === '' ? undefined : { text, by: rev.editor, at: rev.at };
    previous = text;
  }
  return found;
}

/**
 * Notes made inert for the comment, in a way that is stable when read back: no HTML (so no marker, comment
 * or tag), no mentions, no fences that could swallow the rest of the comment. Applying it twice changes
 * nothing, so a person's later edit around the notes does not grow escapes.
 */
export function inertNotes(text: string): string {
  return text
    .slice(0, MAX_NOTES)
    .split(/\r?\n/)
    .slice(0, 30)
    .join('\n')
    .replace(/</g, '&lt;')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/(`{3,}|~{3,})/g, (m) => [...m].map((c) => `\\${c}`).join(''));
}
