/** The hidden markers Preflight puts in its comment. */

/** First line of the comment: which checklist it belongs to. */
export function commentMarker(checklistId: string): string {
  return `<!-- preflight:comment ${checklistId} -->`;
}

/** Whether a comment body is Preflight's comment for this checklist (the marker must open the body). */
export function isChecklistComment(body: string | null | undefined, checklistId: string): boolean {
  return (body ?? '').startsWith(commentMarker(checklistId));
}

const COMMENT_MARKER = /^<!-- preflight:comment ([a-z0-9][a-z0-9._-]*) -->/;

/** The checklist id in the marker that opens a body, if it opens with one. */
export function markedChecklistId(body: string): string | undefined {
  return COMMENT_MARKER.exec(body)?.[1];
}

/** The hidden id after a manual item's box. */
export function itemMarker(id: string): string {
  return `<!-- preflight:item ${id} -->`;
}

export const ITEM_MARKER = /^<!-- preflight:item ([a-z0-9][a-z0-9._-]*) -->$/;
