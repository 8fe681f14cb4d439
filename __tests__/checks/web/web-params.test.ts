import { describe, expect, it } from '@jest/globals';
import { defaultRegistry } from '../../../src/checks/registry.js';
import { webKinds } from '../../../src/checks/web/index.js';
import { paramProblems } from '../run-kind.js';

describe('the web kinds', () => {
  it('are registered once each, as target kinds', () => {
    expect(webKinds.map((k) => k.kind)).toEqual([
      'http.security-headers',
      'http.cors',
      'http.mixed-content',
      'ws.handshake',
    ]);
    for (const kind of webKinds) {
      expect(defaultRegistry.get(kind.kind)).toBe(kind);
      expect(kind.scope).toBe('target');
      expect(kind.description.length).toBeGreaterThan(40);
    }
  });

  it.each(webKinds.map((k) => [k.kind, k] as const))(
    '%s needs no parameter, takes a target or a url, and names an unknown key',
    (_name, kind) => {
      expect(paramProblems(kind, {})).toEqual([]);
      expect(paramProblems(kind, { target: 'production', path: '/x' })).toEqual([]);
      expect(paramProblems(kind, { url: 'https://example.com', timeout: '5s' })).toEqual([]);
      expect(paramProblems(kind, { bogus: true })[0]).toMatch(/^unknown key 'bogus'/);
      expect(paramProblems(kind, { timeout: 'soon' }).join(' ')).toContain('duration');
    },
  );

  it('describe every parameter', () => {
    for (const kind of webKinds) {
      const properties = kind.params.properties as Record<string, { description?: string }>;
      const undocumented = Object.entries(properties)
        .filter(([name, schema]) => name !== 'target' && !schema.description)
        .map(([name]) => `${kind.kind} ${name}`);
      expect(undocumented).toEqual([]);
    }
  });
});
