import { fenced, inlineText } from '../render/escape.js';
import { STATUS_ICON } from '../render/labels.js';
import { afterDeployItems, holdUntil } from './deploy-decide.js';
import { inertNotes, NOTES_END, NOTES_PLACEHOLDER, NOTES_START } from './notes.js';
import type { RecordedItem, Tick } from './record.js';
import type { CommentView } from './render.js';
import { commitLink, when } from './render.js';

type Sections = (
  items: readonly RecordedItem[],
  view: CommentView,
  line: (item: RecordedItem) => string[],
) => string[];
type Manual = (item: RecordedItem, tick: Tick | undefined) => string[];

const HEADLINE = {
  waiting: '⏳ Waiting for the deployment',
  pending: '⏳ Verifying the deployment',
  success: '✅ Deployment verified',
  failure: '❌ Deployment failed verification',
  error: '⚠️ Cannot decide',
} as const;

/** The after-deploy phase: its own heading and progress, its items, the release sign-off and the notes place. */
export function deployLines(view: CommentView, sections: Sections, manual: Manual): string[] {
  const items = afterDeployItems(view.record.items);
  const d = view.deployDecision;
  if (!d || (items.length === 0 && !view.record.deploy)) return [];
  const deploy = view.record.deploy;
  const out: string[] = ['', '### 🚀 After deploy', ''];
  const headline = deploy ? HEADLINE[d.state] : HEADLINE.waiting;
  const where = deploy
    ? ` · ${commitLink(deploy.sha, view.repoUrl)} on ${inlineText(deploy.environment, 60)}${deploy.url ? ` (${inlineText(deploy.url, 200)})` : ''}`
    : '';
  out.push(`**${headline}** · ${d.done}/${d.total} done after deploy${where}`);
  if (!deploy)
    out.push(
      '',
      '> These items never block the merge. The deployment run checks them against the deployed environment and sets their own status.',
    );
  if (deploy?.deploymentFailed)
    out.push('', `The deployment itself failed: ${inlineText(deploy.deploymentFailed, 200)}.`);
  if (d.failing.length > 0) out.push('', `Failing: ${d.failing.map((id) => `\`${id}\``).join(', ')}`);
  if (d.outcome === 'FAILED') out.push('', rollbackLine(view));
  out.push(
    ...sections(items, view, (item) =>
      item.kind ? afterDeployLine(item, view) : manual(item, view.ticks[item.id]),
    ),
  );
  if (deploy?.closed) out.push(...signOffLines(view));
  out.push('', '#### Release notes', '', NOTES_START);
  out.push(view.releaseNotes ? inertNotes(view.releaseNotes.text) : NOTES_PLACEHOLDER, NOTES_END);
  if (view.releaseNotes)
    out.push(
      '',
      `<sub>Notes by ${inlineText(view.releaseNotes.by, 60)}, ${when(view.releaseNotes.at)}</sub>`,
    );
  return out;
}

function rollbackLine(view: CommentView): string {
  const id = view.record.rollback;
  const section = id ? view.record.items.find((i) => i.section === id) : undefined;
  if (!section) return '**Roll back:** this checklist names no rollback section.';
  return `**Roll back:** follow “${inlineText(section.sectionTitle, 100)}” (section \`${id}\`) of this checklist.`;
}

function afterDeployLine(item: RecordedItem, view: CommentView): string[] {
  const optional = item.required ? '' : ' _(optional)_';
  const deploy = view.record.deploy;
  const title = `**${inlineText(item.title)}**${optional}`;
  if (!deploy) return [`- ⏳ ${title} · runs after the deployment`];
  const until = item.holdForMs && holdUntil(deploy.at, item.holdForMs);
  const watching =
    item.status === 'pass' && until && view.deployDecision?.watching.some((w) => w.id === item.id);
  const icon = watching ? '⏳' : STATUS_ICON[item.status];
  const hold = until ? ` · ${watching ? 'watching' : 'held'} until ${when(until)}` : '';
  const lines = [`- ${icon} ${title} · ${inlineText(item.summary)}${hold}`];
  const details = view.details.get(item.id);
  if (details && !view.shortened)
    lines.push(
      '',
      `  <details><summary>Details</summary>\n\n${fenced(details)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}\n\n  </details>`,
      '',
    );
  return lines;
}

function signOffLines(view: CommentView): string[] {
  const deploy = view.record.deploy;
  if (!deploy?.closed) return [];
  const notes = deploy.notes ?? view.releaseNotes?.text;
  const rows: Array<[string, string]> = [
    ['Status', `**${deploy.closed.outcome}**`],
    ['Deployment date', when(deploy.at)],
    ['Deployed by', inlineText(deploy.by || 'unknown', 60)],
    [
      'Reviewed by',
      deploy.reviewedBy.length > 0
        ? deploy.reviewedBy.map((l) => inlineText(l, 60)).join(', ')
        : 'nobody approved',
    ],
    [
      view.record.deploy?.environment === 'production' ? 'Production URL' : 'Environment URL',
      deploy.url ? inlineText(deploy.url, 200) : 'not given',
    ],
    ['Version', inlineText(deploy.version ?? view.record.version ?? 'unknown', 60)],
    ['Commit', commitLink(deploy.sha, view.repoUrl)],
    ['Closed', when(deploy.closed.at)],
  ];
  if (notes) rows.push(['Notes', inlineText(notes, 400)]);
  return [
    '',
    '#### Deployment sign-off',
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ];
}
