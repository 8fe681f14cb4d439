/**
 * The objects GraphQL resolves against: exactly the fields the double implements. Any other field of GitHub's
 * schema is missing here on purpose, and the executor reports it as a violation.
 */
import { GraphQLError } from 'graphql';
import { decodeNodeId } from './ids.js';
import type { CommentRecord, EditRecord, PullRecord } from './records.js';
import type { DoubleState } from './state.js';
import { graphqlActor } from './users.js';

type Args = Record<string, unknown>;
type Model = Record<string, unknown>;

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });
}

/** An error GitHub answers to a query that breaks its rules: reported as a violation too. */
function mistake(message: string, type: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type, clientMistake: true } });
}

/** GitHub's rules for `first`/`last` on a connection. */
function pageSize(args: Args, connection: string): { first?: number; last?: number } {
  const { first, last } = args as { first?: number | null; last?: number | null };
  if (first == null && last == null) {
    throw mistake(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`,
      'MISSING_PAGINATION_BOUNDARIES',
    );
  }
  for (const [name, value] of [['first', first] as const, ['last', last] as const]) {
    if (value != null && (value < 0 || value > 100)) {
      throw mistake(
        `Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of 100 records.`,
        'EXCESSIVE_PAGINATION',
      );
    }
  }
  return { first: first ?? undefined, last: last ?? undefined };
}

const cursorOf = (edit: EditRecord): string => Buffer.from(`cursor:v2:${edit.id}`).toString('base64');

function pullModel(s: DoubleState, pull: PullRecord): Model {
  return {
    __typename: 'PullRequest',
    number: pull.number,
    title: pull.title,
    state: pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
    isDraft: pull.draft,
    merged: pull.merged,
    headRefOid: pull.headSha,
    headRefName: pull.headRef,
    baseRefOid: pull.baseSha,
    baseRefName: pull.baseRef,
    isCrossRepository: pull.fork,
    author: graphqlActor(pull.author),
    labels: (args: Args) => {
      const { first, last } = pageSize(args, 'labels');
      if (args.after != null || args.before != null) {
        throw mistake('labels cursors are not implemented by the GitHub double', 'NOT_IMPLEMENTED');
      }
      const names =
        first !== undefined
          ? pull.labels.slice(0, first)
          : pull.labels.slice(Math.max(0, pull.labels.length - (last ?? 0)));
      return { __typename: 'LabelConnection', nodes: names.map((name) => ({ __typename: 'Label', name })) };
    },
    commits: (args: Args) => {
      const { first, last } = pageSize(args, 'commits');
      if (args.after != null || args.before != null || first !== undefined || last !== 1) {
        throw mistake(
          'only commits(last: 1), the head commit, is implemented by the GitHub double',
          'NOT_IMPLEMENTED',
        );
      }
      const node = { __typename: 'PullRequestCommit', commit: commitModel(s, pull.headSha) };
      return { __typename: 'PullRequestCommitConnection', nodes: [node] };
    },
  };
}

/**
 * A commit with its statuses. `Commit.status` is null when the commit has none; `Status.context(name:)` is
 * the latest status of that context (GraphQL reference: "Looks up an individual status context on this
 * commit by name"), its `state` the StatusState enum (upper case) and `creator` the actor that set it.
 */
function commitModel(s: DoubleState, sha: string): Model {
  const statuses = s.checks.statuses(sha);
  const contextModel = (status: (typeof statuses)[number]): Model => ({
    __typename: 'StatusContext',
    context: status.context,
    state: status.state.toUpperCase(),
    description: status.description,
    createdAt: status.createdAt,
    creator: graphqlActor(status.creator),
  });
  return {
    __typename: 'Commit',
    oid: sha,
    status:
      statuses.length === 0
        ? null
        : {
            __typename: 'Status',
            context: ({ name }: Args) => {
              const wanted = String(name).toLowerCase();
              const latest = statuses.filter((st) => st.context.toLowerCase() === wanted).at(-1);
              return latest ? contextModel(latest) : null;
            },
          },
  };
}

function editsConnection(comment: CommentRecord, args: Args): Model {
  const { first, last } = pageSize(args, 'userContentEdits');
  // Newest first, as GitHub returns them (public code that reads this list, such as git-bug's GitHub
  // importer, walks it from the newest end): `first`/`after` read from the newest end, `last` from the oldest.
  const all = [...comment.edits].reverse();
  const position = (cursor: unknown, name: string): number => {
    const index = all.findIndex((edit) => cursorOf(edit) === cursor);
    if (index < 0)
      throw mistake(`\`${name}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
    return index;
  };
  let start = 0;
  let end = all.length;
  if (args.after != null) start = position(args.after, 'after') + 1;
  if (args.before != null) end = position(args.before, 'before');
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  const page = all.slice(start, Math.max(start, end));
  return {
    __typename: 'UserContentEditConnection',
    totalCount: all.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasPreviousPage: start > 0,
      hasNextPage: end < all.length,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: page.at(-1) ? cursorOf(page.at(-1) as EditRecord) : null,
    },
    nodes: page.map((edit) => ({
      __typename: 'UserContentEdit',
      editedAt: edit.editedAt,
      deletedAt: edit.deletedAt,
      deletedBy: edit.deletedBy ? graphqlActor(edit.deletedBy) : null,
      diff: edit.diff,
      editor: graphqlActor(edit.editor),
    })),
  };
}

const MAX_INT = 2 ** 31 - 1;

function commentModel(comment: CommentRecord, violation: (message: string) => void): Model {
  return {
    __typename: 'IssueComment',
    // GraphQL Int is 32-bit and real comment ids are past 2^31 - 1: GitHub's schema adds fullDatabaseId (BigInt).
    databaseId: () => {
      if (comment.id > MAX_INT) {
        violation(
          `IssueComment.databaseId cannot represent comment id ${comment.id} (over 2^31-1): query fullDatabaseId`,
        );
      }
      return comment.id;
    },
    fullDatabaseId: String(comment.id),
    body: comment.body,
    author: graphqlActor(comment.author),
    // GitHub lists the creation as an edit once the comment has been edited (docs: "Check if this comment
    // was edited and includes an edit with the creation data").
    includesCreatedEdit: comment.edits.length > 0,
    userContentEdits: (args: Args) => editsConnection(comment, args),
  };
}

/** The root object of a query; `violation` records a request for another repository. */
export function queryRoot(s: DoubleState, violation: (message: string) => void): Model {
  return {
    repository: (args: Args) => {
      const { owner, name } = args as { owner: string; name: string };
      if (!s.isThisRepo(owner, name)) {
        violation(`GraphQL asked for repository ${owner}/${name}; the double serves ${s.fullName}`);
        throw notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return {
        __typename: 'Repository',
        pullRequest: ({ number }: Args) => {
          const pull = s.issues.pull(Number(number));
          if (!pull)
            throw notFound(`Could not resolve to a PullRequest with the number of ${String(number)}.`);
          return pullModel(s, pull);
        },
      };
    },
    node: ({ id }: Args) => {
      const comment = s.comments.byNodeId(String(id));
      const known = decodeNodeId(String(id));
      if (!comment && known && known.prefix !== 'IC') {
        violation(`GraphQL node(id) for a ${known.prefix}_ id: only IssueComment nodes are implemented`);
      }
      if (!comment) throw notFound(`Could not resolve to a node with the global id of '${String(id)}'`);
      return commentModel(comment, violation);
    },
  };
}
