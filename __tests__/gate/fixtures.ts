import type { Approvers } from '../../src/definition/model.js';
import type { RecordedItem } from '../../src/gate/record.js';

export function manual(
  id: string,
  approvers?: Partial<Approvers>,
  extra: Partial<RecordedItem> = {},
): RecordedItem {
  return {
    id,
    title: `Manual ${id}`,
    section: 'release',
    sectionTitle: 'Release',
    required: true,
    status: 'manual',
    summary: 'to be ticked by a person',
    approvers: approvers ? { users: [], teams: [], ...approvers } : undefined,
    resetOnPush: false,
    ...extra,
  };
}

export function automated(
  id: string,
  status: RecordedItem['status'],
  extra: Partial<RecordedItem> = {},
): RecordedItem {
  return {
    id,
    title: `Automated ${id}`,
    section: 'checks',
    sectionTitle: 'Checks',
    required: true,
    kind: 'repo.files-exist',
    status,
    summary: `${id} ${status}`,
    resetOnPush: false,
    ...extra,
  };
}
