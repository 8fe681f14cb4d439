/** Every REST operation the double implements, by GitHub's operationId. */
import { accessHandlers } from './access.js';
import { checkHandlers } from './checks.js';
import { commentHandlers } from './comments.js';
import { pullHandlers } from './pulls.js';
import { statusHandlers } from './statuses.js';
import type { Handler } from './types.js';

export const HANDLERS: Record<string, Handler> = {
  ...commentHandlers,
  ...statusHandlers,
  ...checkHandlers,
  ...pullHandlers,
  ...accessHandlers,
};
