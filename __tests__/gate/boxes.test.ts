import { describe, expect, test } from '@jest/globals';
import { readBoxes } from '../../src/gate/boxes.js';
import { itemMarker } from '../../src/gate/markers.js';

const box = (checked: string, id: string, bullet = '-') => `${bullet} [${checked}] Title ${itemMarker(id)}`;

describe('readBoxes', () => {
  test('reads ticked and unticked boxes by their hidden id, with every bullet style', () => {
    const body = [box(' ', 'a'), box('x', 'b'), box('X', 'c', '*'), `1. [x] One ${itemMarker('d')}`].join(
      '\n',
    );
    expect(Object.fromEntries(readBoxes(body))).toEqual({ a: false, b: true, c: true, d: true });
  });

  test('nested boxes count; boxes in code fences, HTML comments and quotes do not', () => {
    const body = [
      box(' ', 'a'),
      `  ${box('x', 'nested')}`,
      '```',
      box('x', 'fenced'),
      '```',
      '<!--',
      box('x', 'hidden'),
      '-->',
      `> ${box('x', 'quoted')}`,
    ].join('\n');
    expect(Object.fromEntries(readBoxes(body))).toEqual({ a: false, nested: true });
  });

  test('a box without a marker, or with a marker in its text rather than its paragraph, is ignored', () => {
    const body = ['- [x] no marker', '- [x] `<!-- preflight:item sneaky -->`', box(' ', 'real')].join('\n');
    expect(Object.fromEntries(readBoxes(body))).toEqual({ real: false });
  });

  test('the first box with an id wins over a later copy', () => {
    expect(readBoxes([box(' ', 'a'), box('x', 'a')].join('\n')).get('a')).toBe(false);
  });
});
