import { inlineText } from '../../render/escape.js';
import type { Published } from './publish.js';

const WORD = {
  success: '✅ success',
  pending: '⏳ pending',
  failure: '❌ failure',
  error: '⚠️ error',
} as const;

/** The lines the job summary opens with on a gate run. */
export function gateSummary(p: Published, context: string): string {
  const lines = [
    `**Gate \`${inlineText(context, 100)}\`: ${WORD[p.decision.state]}** · ${inlineText(p.decision.description, 200)}`,
  ];
  if (p.commentUrl) lines.push('', `[The checklist comment](${p.commentUrl})`);
  if (p.shortened.length > 0)
    lines.push(
      '',
      `The comment was shortened to fit GitHub's limit (left out: ${p.shortened.join('; ')}); everything is below.`,
    );
  return `${lines.join('\n')}\n\n`;
}
