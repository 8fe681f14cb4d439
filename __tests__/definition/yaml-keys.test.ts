import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../../src/definition/yaml-source.js';

const problems = (text: string) => {
  const parsed = parseYaml('f.yml', text);
  return parsed.ok ? [] : parsed.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);
};

describe('duplicate keys, checked once per key', () => {
  test('the second occurrence is named, at any depth, after thousands of keys', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `  k${i}: ${i}`).join('\n');
    expect(problems(`a:\n${many}\n  k17: again\n`)).toEqual(['5002:3: YAML syntax: Map keys must be unique']);
    expect(problems('a:\n  - b: 1\n    c: 2\n    b: 3\n')).toEqual([
      '4:5: YAML syntax: Map keys must be unique',
    ]);
    expect(problems('{ x: 1, y: 2, x: 3 }\n')).toEqual(['1:15: YAML syntax: Map keys must be unique']);
  });

  test('keys that only look alike are distinct: a number and a string, different case', () => {
    expect(problems("1: a\n'1': b\nA: c\na: d\n")).toEqual([]);
  });

  test('every unknown key of a large file is located where it is written', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `u${i}: ${i}`).join('\n');
    const parsed = parseYaml('f.yml', `${keys}\n`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.source.locate(['u19999'], true)).toEqual({ line: 20000, col: 1 });
    expect(parsed.source.locate(['u0'], true)).toEqual({ line: 1, col: 1 });
    expect(parsed.source.locate(['u123'])).toEqual({ line: 124, col: 7 });
  });
});
