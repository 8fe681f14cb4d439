import { advance, type AdvanceInput, type Advanced } from './advance.js';
import { fitComment, MAX_COMMENT } from './fit.js';
import { SIGNATURE_ROOM } from './signature.js';
import type { Replayed } from './replay.js';
import type { ReleaseNotes } from './notes.js';

/** What a gate run knows: the checklist, its results, and what to show with them. */
export type GateView = Omit<AdvanceInput, 'replayed' | 'now'> & {
  /** Evidence blocks per automated item, for the comment's details. */
  details: ReadonlyMap<string, string>;
  warning?: string;
  /** Where commits link to (the repository on the run's GitHub server); no links when absent. */
  repoUrl?: string;
  /** Release notes people wrote in the comment's marked place (read from its trusted history). */
  releaseNotes?: ReleaseNotes;
};

export interface Composed extends Advanced {
  /** The comment, fitted under GitHub's limit. */
  body: string;
  /** What was left out to fit. */
  shortened: string[];
}

/** The next record and the comment that shows it: trusted ticks merged into the results. Pure. */
export function composeGate(view: GateView, replayed: Replayed, now: string): Composed {
  const adv = advance({ ...view, replayed, now });
  const fitted = fitComment(
    {
      title: view.title,
      record: adv.record,
      ticks: adv.ticks,
      decision: adv.decision,
      deployDecision: adv.deployDecision,
      releaseNotes: view.releaseNotes,
      resultsCurrent: adv.resultsCurrent,
      details: view.details,
      warning: view.warning,
      repoUrl: view.repoUrl,
    },
    MAX_COMMENT - SIGNATURE_ROOM,
  );
  return { ...adv, body: fitted.body, shortened: fitted.shortened };
}
