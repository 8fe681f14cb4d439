import type * as actionsCore from '@actions/core';
import { infoInert } from '../util/inert-log.js';

/** The part of @actions/core the action uses; entry points pass the real module, tests a fake. */
export type Core = Pick<
  typeof actionsCore,
  | 'getInput'
  | 'setOutput'
  | 'setFailed'
  | 'setSecret'
  | 'info'
  | 'warning'
  | 'error'
  | 'notice'
  | 'startGroup'
  | 'endGroup'
> & { summary: Pick<typeof actionsCore.summary, 'addRaw' | 'write'> };

/**
 * The core the action works with: every `info` line is written so that no text in it can act as a workflow
 * command (see util/inert-log), whoever calls it and whatever it holds (tag names, ids from a comment,
 * paths, API messages). Annotations, warnings and groups are commands of Preflight's own, whose data
 * @actions/core escapes.
 */
export function inertCore(core: Core): Core {
  return { ...core, info: (text: string) => infoInert((line) => core.info(line), text) };
}
