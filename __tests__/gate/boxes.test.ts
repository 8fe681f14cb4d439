import { describe, expect, test } from '@jest/globals';
import { nextBoxState, readBoxes } from '../../src/gate/boxes.js';
import { itemMarker } from '../../src/gate/markers.js';

const box = (checked: string, id: string, bullet = '-') => `${bullet} [${checked}] Title ${itemMarker(id)}`;

describe('readBoxes', () => {
  test('reads ticked and unticked boxes by their hidden id, with every bullet style', () => {
    const body = [box(' ', 'a'), box('x', 'b'), box('X', 'c', '*'), `1. [x] One ${itemMarker('d')}`].join(
      '\n',
    );
    expect(Object.fromEntries(readBoxes(body))).toEqual({ a: [false], b: [true], c: [true], d: [true] });
  });

  test('only top-level boxes count: none nested in an item (where details are), in code fences, HTML comments or quotes', () => {
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
    expect(Object.fromEntries(readBoxes(body))).toEqual({ a: [false] });
  });

  test('a box without a marker, or with a marker in its text rather than its paragraph, is ignored', () => {
    const body = ['- [x] no marker', '- [x] `<!-- preflight:item sneaky -->`', box(' ', 'real')].join('\n');
    expect(Object.fromEntries(readBoxes(body))).toEqual({ real: [false] });
  });

  test('every box of an id is read, in order, so that a copy cannot hide the real one', () => {
    expect(readBoxes([box(' ', 'a'), box('x', 'a')].join('\n')).get('a')).toEqual([false, true]);
  });
});

describe('nextBoxState', () => {
  test('whichever box of an id a person changes, the change counts', () => {
    // The copy is first and unchanged; the real box (second) is ticked.
    expect(nextBoxState([false, false], [false, true], false)).toBe(true);
    // The copy is ticked, the real box untouched.
    expect(nextBoxState([false, false], [true, false], false)).toBe(true);
    // Nothing changed, though the boxes disagree: no change.
    expect(nextBoxState([true, false], [true, false], false)).toBe(false);
    expect(nextBoxState([true, false], [true, false], true)).toBe(true);
    // A copy added in the other state is a change; a copy added in the same state is not.
    expect(nextBoxState([false], [true, false], false)).toBe(true);
    expect(nextBoxState([false], [false, false], false)).toBe(false);
    // An untick of the real box beside a ticked copy counts.
    expect(nextBoxState([true, true], [true, false], true)).toBe(false);
  });
});
