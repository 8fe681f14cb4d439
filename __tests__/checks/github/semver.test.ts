import { describe, expect, it } from '@jest/globals';
import { compareSemVer, parseSemVer } from '../../../src/checks/github/semver.js';
import { extractVersion, groupCount } from '../../../src/checks/github/version-source.js';

const cmp = (a: string, b: string) => compareSemVer(parseSemVer(a)!, parseSemVer(b)!);

describe('semantic versions', () => {
  it('parses versions with an optional v and rejects others', () => {
    expect(parseSemVer('v1.2.3-beta.1+build.5')).toMatchObject({
      major: 1,
      minor: 2,
      patch: 3,
      prerelease: ['beta', '1'],
    });
    for (const bad of ['1.2', '01.2.3', '1.2.3-', 'latest', '1.2.3.4', ''])
      expect(parseSemVer(bad)).toBeUndefined();
  });

  it('orders by precedence (semver.org section 11)', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 1; i < ordered.length; i++) {
      expect(cmp(ordered[i - 1]!, ordered[i]!)).toBe(-1);
      expect(cmp(ordered[i]!, ordered[i - 1]!)).toBe(1);
    }
    expect(cmp('1.0.0+a', '1.0.0+b')).toBe(0);
  });
});

describe('finding the version', () => {
  it('counts capture groups', () => {
    expect(groupCount('version = (.+)')).toBe(1);
    expect(groupCount('(?:v)?(\\d+)\\.(\\d+)')).toBe(2);
    expect(groupCount('no groups')).toBe(0);
  });

  it('reads a JSON version or a pattern group', () => {
    expect(extractVersion('\uFEFF{"version":" 1.0.0 "}', 'package.json', undefined)).toEqual({
      version: '1.0.0',
    });
    expect(extractVersion('[]', 'package.json', undefined)).toEqual({
      problem: 'package.json has no "version" string',
    });
    expect(extractVersion('null', 'package.json', undefined)).toEqual({
      problem: 'package.json has no "version" string',
    });
    expect(extractVersion('version: 2.1.0\n', 'Chart.yaml', '^version: (\\S+)')).toEqual({
      version: '2.1.0',
    });
    expect(extractVersion('x', 'f', '(a)?x')).toEqual({
      problem: 'the pattern matched f but its group captured nothing',
    });
  });
});
