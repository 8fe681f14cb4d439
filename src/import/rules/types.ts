/** What a rule sees of one Markdown task item. */
export interface ItemFacts {
  /** The item's words, lowercased, at most MAX_RULE_TEXT characters. */
  text: string;
  /** The item's words as written (case kept), at most MAX_RULE_TEXT characters. */
  raw: string;
  /** The inline code spans, as written. */
  code: string[];
  /** The outline path above it and its parent item, lowercased and joined: "pre-deployment docker". */
  context: string;
  /** The nearest step of the outline (heading, pseudo-heading, label or parent item), lowercased. */
  near: string;
  /** The words of plain sub-bullets below the item ("Target: 100 concurrent users; Error rate: <1%"), lowercased. */
  details?: string;
  /** The code blocks inside the item below its words, as written ("**Clean Build**" over `dotnet build`). */
  block?: string;
  /** What the whole document says, for items that lean on it. */
  doc: DocumentFacts;
}

export type Stack = 'node' | 'python' | 'go' | 'rust' | 'dotnet' | 'java' | 'flutter';

/** Facts of the whole document: the stack it is written for, and variables named anywhere in it. */
export interface DocumentFacts {
  /** The language the document's project is in, when its words say so ("Flask", "pytest", "cargo"). */
  stack: Stack | undefined;
  /**
   * Every stack the document's words name, when they name several ("React frontend", "pytest"): a part's
   * item ("Backend tests pass") can then take the stack of that part.
   */
  stacks?: Stack[];
  /** Variables that hold a webhook verify token (`META_WEBHOOK_VERIFY_TOKEN`), named in any item. */
  verifyTokens: string[];
  /** Variables that hold the JWT signing secret (`JWT_SECRET`, `Jwt__SigningKey`), named in any item. */
  jwtVariables: string[];
  /**
   * Every variable the document names in any item (`SESSION_SECRET`, `Smtp__Password`), in order: a claim
   * about a secret by its noun ("Session secret is strong") takes the one variable the noun names.
   */
  variables?: string[];
  /** Variables listed under a platform's secret store ("Supabase Secrets"): not the app's environment, anywhere. */
  storeSecrets: string[];
  /**
   * The scripts of the root package.json of the repository the import runs in (none when it has no such
   * file, or one that does not parse): a root command is chosen among them.
   */
  scripts?: string[];
  /**
   * The toolchains the document's words or the repository's root files show beyond its stack (`gradle`,
   * `maven`, `php`, `laravel`, `ruby`, `uv`, `just`, `docker`…): a command rule takes the stack's usual
   * command from them (`./gradlew test`, `php artisan test`).
   */
  tools?: string[];
  /** The one health path the document names (in an item or a code block: `curl …/api/health`), if only one. */
  healthPath?: string;
}

/** A check an item maps to, the rule that chose it and the words of the item that made it choose. */
export interface Mapping {
  check: { kind: string } & Record<string, unknown>;
  /** The rule's name, as `--explain` prints it. */
  rule: string;
  /** The phrases of the item the rule matched, as they read (lowercased). */
  matched: string[];
  /** What was assumed beyond the words, for the person who reviews the file. */
  note?: string;
  /** What to use instead when the check's kind is not registered (or rejects these parameters). */
  fallback?: Mapping;
}

/**
 * What a rule answers when the item makes its kind of claim but the words say a check must not be
 * guessed (a CI secret, a variable set on a developer's machine): why it stays manual, for `--explain`.
 */
export interface Refusal {
  manual: string;
}

/** A rule: the mappings it reads from an item (none when the item says nothing it checks), or a refusal. */
export type Rule = (item: ItemFacts) => Mapping | Mapping[] | Refusal | undefined;

export const refuse = (manual: string): Refusal => ({ manual });

/** The default target of imported network checks. */
export const APP_TARGET = 'api';

/**
 * Rules read at most this much of an item: a task item is a line, and every pattern here is a plain
 * (non-nested) regular expression, so matching stays bounded whatever the file holds.
 */
export const MAX_RULE_TEXT = 400;

/** The first match of `re` in `text`, as matched, or undefined. */
export function phrase(text: string, re: RegExp): string | undefined {
  return re.exec(text)?.[0]?.trim();
}

export const onApp = (path?: string) => (path ? { target: APP_TARGET, path } : { target: APP_TARGET });
