/** What a rule sees of one Markdown task item. */
export interface ItemFacts {
  /** The item's words, lowercased. */
  text: string;
  /** The inline code spans, as written. */
  code: string[];
  /** Headings and parent item above it, lowercased and joined: "docker", "security"… */
  context: string;
}

/** A check an item maps to, and what was guessed (written as a comment beside it). */
export interface Mapping {
  check: { kind: string } & Record<string, unknown>;
  /** Why the mapping is a guess, for the person who reviews the file. */
  note?: string;
  /** What to use instead when the check's kind is not registered (or rejects these parameters). */
  fallback?: Mapping;
}

export type Rule = (item: ItemFacts) => Mapping | undefined;

/** The default target of imported network checks. */
export const APP_TARGET = 'api';
