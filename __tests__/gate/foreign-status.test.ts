import { describe, expect, test } from '@jest/globals';
import { foreignStatusWarning } from '../../src/gate/foreign-status.js';

const own = { botLogin: 'preflight-release[bot]', context: 'preflight', sha: 'abcdef0123456789' };

describe('a preflight status set by another identity', () => {
  test("Preflight's own status, however GitHub spells the login, gives no warning", () => {
    expect(foreignStatusWarning({ state: 'PENDING', creator: 'preflight-release' }, own)).toBeUndefined();
    expect(
      foreignStatusWarning({ state: 'SUCCESS', creator: 'Preflight-Release[bot]' }, own),
    ).toBeUndefined();
    expect(foreignStatusWarning(undefined, own)).toBeUndefined();
  });

  test('another workflow, a person or a deleted account is named, with the state and the remedy', () => {
    expect(foreignStatusWarning({ state: 'SUCCESS', creator: 'github-actions' }, own)).toBe(
      "The preflight status on abcdef0 was last set by github-actions (success), not by Preflight (preflight-release[bot]): branch protection or a ruleset that requires preflight without pinning its source counts that status. Require preflight from Preflight's own GitHub App (see the README's hardened setup).",
    );
    expect(foreignStatusWarning({ state: 'SUCCESS', creator: 'mallory' }, own)).toContain('set by mallory');
    expect(foreignStatusWarning({ state: 'FAILURE', creator: '' }, own)).toContain(
      'set by an account GitHub no longer shows (failure)',
    );
  });

  test('under the default setup the Actions bot is Preflight itself: no warning is possible', () => {
    const plain = { ...own, botLogin: 'github-actions[bot]' };
    expect(foreignStatusWarning({ state: 'SUCCESS', creator: 'github-actions' }, plain)).toBeUndefined();
  });
});
