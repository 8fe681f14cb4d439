import { renderComment, type CommentView } from './render.js';

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT = 65_536;

export interface Fitted {
  body: string;
  /** What was given up to fit, for the job summary. */
  shortened: string[];
}

/**
 * The comment, degraded step by step until it fits: evidence details go first (they stay in the job
 * summary), then passing automated items fold into a count, then summaries and notes are cut.
 * Boxes, ticks and failing results are never dropped.
 */
export function fitComment(view: CommentView, max = MAX_COMMENT): Fitted {
  const steps: Array<[string, (v: CommentView) => CommentView]> = [
    ['evidence details', (v) => ({ ...v, shortened: true })],
    ['passing automated items, folded into a count', (v) => ({ ...v, foldPassing: true })],
    [
      'long summaries and older notes',
      (v) => ({
        ...v,
        record: {
          ...v.record,
          notes: v.record.notes.slice(-3),
          items: v.record.items.map((i) => ({ ...i, summary: i.summary.slice(0, 80) })),
        },
      }),
    ],
  ];
  let current = view;
  let body = renderComment(current);
  const shortened: string[] = [];
  for (const [what, step] of steps) {
    if (body.length <= max) break;
    current = step(current);
    body = renderComment(current);
    shortened.push(what);
  }
  if (body.length > max)
    throw new Error(`the checklist is too large for one comment (${body.length} characters)`);
  return { body, shortened };
}
