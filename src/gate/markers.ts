/** The hidden markers Preflight puts in its comment. */

/** First line of the comment: which checklist it belongs to. */
export function commentMarker(checklistId: string): string {
  return `<!-- preflight:comment ${checklistId} -->`;
}

/** Whether a comment body is Preflight's comment for this checklist (the marker must open the body). */
export function isChecklistComment(body: string | null | undefined, checklistId: string): boolean {
  return (body ?? '').startsWith(commentMarker(checklistId));
}

/** The hidden id after a manual item's box. */
export function itemMarker(id: string): string {
  return `<!-- preflight:item ${id} -->`;
}

export const ITEM_MARKER = /^<!-- preflight:item ([a-z0-9][a-z0-9._-]*) -->$/;
