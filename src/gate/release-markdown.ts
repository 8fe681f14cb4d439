import { inlineText } from '../render/escape.js';
import type { ReleaseRecord } from './release-record.js';

const RESULT = {
  pass: '✅ pass',
  fail: '❌ FAIL',
  error: '⚠️ ERROR',
  skipped: '⏭️ skipped',
  ticked: '☑ ticked',
  unticked: '☐ not ticked',
} as const;

/** The release record as Markdown: the seeds' sign-off block, then every item. Text from outside is inert. */
export function releaseMarkdown(r: ReleaseRecord): string {
  const t = (s: string, max = 300) => inlineText(s, max);
  const out = [
    `# Release record: ${t(r.checklist.title)}`,
    '',
    '## Deployment sign-off',
    '',
    `- **Status:** ${r.status}`,
    `- **Deployment date:** ${r.deployment.date}`,
    `- **Deployed by:** ${t(r.deployedBy || 'unknown', 60)}`,
    `- **Reviewed by:** ${r.reviewedBy.length > 0 ? r.reviewedBy.map((l) => t(l, 60)).join(', ') : 'nobody approved'}`,
    `- **Production URL:** ${r.deployment.url ? t(r.deployment.url, 200) : 'not given'}`,
    `- **Version deployed:** ${t(r.version ?? 'unknown', 60)}`,
    `- **Environment:** ${t(r.deployment.environment, 60)}`,
    `- **Commit:** \`${r.deployment.commit}\`${r.deployment.ref ? ` (${t(r.deployment.ref, 100)})` : ''}`,
    `- **Pull request:** #${r.pullRequest.number}${r.pullRequest.url ? ` (${t(r.pullRequest.url, 300)})` : ''}`,
  ];
  if (r.closedAt) out.push(`- **Closed:** ${r.closedAt}`);
  if (r.deployment.failed) out.push(`- **The deployment failed:** ${t(r.deployment.failed, 200)}`);
  out.push(
    `- **Notes:** ${r.notes ? t(r.notes.text, 2000) : 'none'}${r.notes?.by ? ` (by ${t(r.notes.by, 60)})` : ''}`,
  );
  if (r.failing.length > 0) out.push('', `**Failing:** ${r.failing.map((id) => `\`${id}\``).join(', ')}`);
  if (r.rollback)
    out.push(
      '',
      `## Roll back: ${t(r.rollback.title, 100)}`,
      '',
      ...r.rollback.items.map((i) => `- ${t(i.title)}`),
    );
  for (const phase of ['before-merge', 'after-deploy'] as const) {
    const items = r.items.filter((i) => i.phase === phase);
    if (items.length === 0) continue;
    out.push('', `## ${phase === 'before-merge' ? 'Before the merge' : 'After the deployment'}`, '');
    out.push('| Item | Result | Detail |', '| --- | --- | --- |');
    for (const i of items) {
      const detail = i.by ? `${t(i.by, 60)}, ${i.at ?? ''}` : t(i.summary ?? '', 200);
      out.push(`| ${t(i.title, 200)}${i.required ? '' : ' (optional)'} | ${RESULT[i.result]} | ${detail} |`);
    }
  }
  if (r.mergeSignOff)
    out.push('', `Merge gate signed off ${r.mergeSignOff.at} at \`${r.mergeSignOff.headSha.slice(0, 7)}\`.`);
  out.push('', `_Written by Preflight (${r.schema}); keep it with the release for audit._`, '');
  return out.join('\n');
}
