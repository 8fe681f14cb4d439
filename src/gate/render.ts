import { plural } from '../checks/wording.js';
import { fenced, inlineText } from '../render/escape.js';
import { STATUS_ICON } from '../render/labels.js';
import { describeApprovers } from './approvers.js';
import type { GateDecision } from './decide.js';
import type { DeployDecision } from './deploy-decide.js';
import { deployLines } from './render-deploy.js';
import type { ReleaseNotes } from './notes.js';
import { commentMarker, itemMarker } from './markers.js';
import { encodeRecord, type GateRecord, type RecordedItem, type Tick } from './record.js';

export interface CommentView {
  title: string;
  record: GateRecord;
  /** The trusted state of manual items after this run's own actions. */
  ticks: Readonly<Record<string, Tick>>;
  decision: GateDecision;
  /** The after-deploy phase, shown under its own heading with its own progress. */
  deployDecision?: DeployDecision;
  releaseNotes?: ReleaseNotes;
  resultsCurrent: boolean;
  /** Evidence blocks per automated item; left out when the comment would be too long. */
  details: ReadonlyMap<string, string>;
  /** A run-level warning shown under the headline (definitions read from the head, a read-only token). */
  warning?: string;
  /** Set when details were dropped to fit. */
  shortened?: boolean;
  /** Passing automated items are folded into one line per section when the comment would be too long. */
  foldPassing?: boolean;
  /** The repository's web address on the GitHub server the run is on (GITHUB_SERVER_URL): commits link there. */
  repoUrl?: string;
}

const HEADLINE: Record<GateDecision['state'], string> = {
  success: '✅ Ready to release',
  pending: '⏳ Waiting',
  failure: '❌ Blocked',
  error: '⚠️ Cannot decide',
};

/** The checklist comment: results for automated items, boxes for manual ones, the record at the end. */
export function renderComment(view: CommentView): string {
  const { record, decision } = view;
  const out: string[] = [commentMarker(record.checklistId)];
  out.push(`### 🛫 Preflight: ${inlineText(view.title)}`, '');
  const sha = commitLink(record.headSha, view.repoUrl);
  if (!record.applies.yes) {
    out.push(
      `**${HEADLINE.success}**: this checklist does not apply (${inlineText(record.applies.reason ?? '')}).`,
    );
    return finish(out, record);
  }
  out.push(`**${HEADLINE[decision.state]}** · ${decision.done}/${decision.total} done · head ${sha}`);
  if (decision.failing.length > 0)
    out.push('', `Failing: ${decision.failing.map((id) => `\`${id}\``).join(', ')}`);
  if (view.warning) out.push('', `> [!WARNING]\n> ${inlineText(view.warning, 1200)}`);
  if (!view.resultsCurrent) {
    const other = record.results && record.results.headSha !== record.headSha ? record.results.headSha : '';
    out.push(
      '',
      `> Waiting for the run of ${sha}: automated results come only from the pull request's own run for that commit${other ? ` (the last results were for \`${other.slice(0, 7)}\` and do not count for ${sha})` : ''}.`,
    );
  }
  out.push(
    ...sectionLines(
      record.items.filter((i) => i.phase !== 'after-deploy'),
      view,
      (item) => (item.kind ? automatedLines(item, view) : manualLines(item, view.ticks[item.id])),
    ),
  );
  if (record.signOff) {
    const so = record.signOff;
    out.push('', '#### Sign-off', '');
    out.push(
      `Signed off ${when(so.at)} at ${commitLink(so.headSha, view.repoUrl)}${so.version ? ` for version ${inlineText(so.version, 60)}` : ''}.`,
    );
    if (so.ticks.length > 0) {
      out.push('', '| Item | Ticked by | When |', '| --- | --- | --- |');
      for (const t of so.ticks)
        out.push(`| ${inlineText(t.title, 120)} | ${inlineText(t.by, 60)} | ${when(t.at)} |`);
    }
  }
  out.push(...deployLines(view, sectionLines, manualLines));
  if (record.notes.length > 0) {
    out.push('', '#### Notes', '');
    for (const n of record.notes) out.push(`- ${when(n.at)}: ${inlineText(n.text, 400)}`);
  }
  if (view.shortened)
    out.push(
      '',
      "_Details are left out to keep this comment within GitHub's size limit: see the job summary._",
    );
  out.push(
    '',
    `<sub>Tick the boxes to sign items off; other edits to this comment are undone. Automated results are for ${sha}.</sub>`,
  );
  return finish(out, record);
}

/** Items grouped under their sections' headings; passing automated items folded when asked. */
export function sectionLines(
  items: readonly RecordedItem[],
  view: CommentView,
  line: (item: RecordedItem) => string[],
): string[] {
  const out: string[] = [];
  for (const id of new Set(items.map((i) => i.section))) {
    const inSection = items.filter((i) => i.section === id);
    out.push('', `#### ${inlineText(inSection[0]?.sectionTitle ?? id)}`, '');
    const passing = view.foldPassing ? inSection.filter((i) => i.kind && i.status === 'pass') : [];
    for (const item of inSection) if (!passing.includes(item)) out.push(...line(item));
    if (passing.length > 0) out.push(`- ✅ ${plural(passing.length, 'more automated check')} pass`);
  }
  return out;
}

/** A commit's short SHA, linked to its page on the run's GitHub server when that is known. */
export function commitLink(sha: string, repoUrl: string | undefined): string {
  const short = `\`${sha.slice(0, 7)}\``;
  return repoUrl && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](${repoUrl}/commit/${sha})` : short;
}

function finish(out: string[], record: GateRecord): string {
  out.push('', encodeRecord(record), '');
  return out.join('\n');
}

function automatedLines(item: RecordedItem, view: CommentView): string[] {
  const optional = item.required ? '' : ' _(optional)_';
  if (!view.resultsCurrent)
    return [
      `- ⏳ **${inlineText(item.title)}**${optional} · waiting for the run of \`${view.record.headSha.slice(0, 7)}\``,
    ];
  const lines = [
    `- ${STATUS_ICON[item.status]} **${inlineText(item.title)}**${optional} · ${inlineText(item.summary)}`,
  ];
  const details = view.details.get(item.id);
  if (details && !view.shortened)
    lines.push('', `  <details><summary>Details</summary>\n\n${indent(fenced(details))}\n\n  </details>`, '');
  return lines;
}

export function manualLines(item: RecordedItem, tick: Tick | undefined): string[] {
  if (item.status === 'skipped') return [`- ⏭️ ${inlineText(item.title)} · ${inlineText(item.summary)}`];
  const box = tick?.checked ? '[x]' : '[ ]';
  const optional = item.required ? '' : ' _(optional)_';
  const who =
    tick?.checked && tick.by
      ? `✔ ${inlineText(tick.by, 60)}, ${when(tick.at)}`
      : `may be ticked by ${inlineText(describeApprovers(item.approvers), 200)}`;
  const reset = item.resetOnPush ? ' · unticked on every push' : '';
  return [
    `- ${box} ${inlineText(item.title)}${optional} ${itemMarker(item.id)}<br><sub>${who}${reset}</sub>`,
  ];
}

function indent(text: string): string {
  // fenced() left only LF line endings; any other break would leave a line without its indentation.
  return text
    .split(/\r\n?|\n|[\u0085\u2028\u2029]/)
    .map((l) => `  ${l}`)
    .join('\n');
}

/** A timestamp as people read it: 2026-11-22 10:02 UTC. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
