import type * as actionsCore from '@actions/core';

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
