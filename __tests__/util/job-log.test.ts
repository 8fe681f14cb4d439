import { describe, expect, test } from '@jest/globals';
import { actsAsCommand, inertJson, inertLog, jobLogWriter } from '../../src/util/inert-log.js';
import { commandsRead } from '../helpers/runner-log.js';

/** Everything written through a job-log writer, as the runner would read it. */
function through(writes: string[], token?: () => string): { text: string; acted: string[] } {
  let text = '';
  const write = jobLogWriter((t) => (text += t), token);
  for (const w of writes) write(w);
  return { text, acted: commandsRead(text).map((c) => `${c.name}:${c.data}`) };
}

/** Text from outside that the runner would act on if it were written as it is. */
const HOSTILE = [
  '::add-mask::visible-now',
  '   ::set-output name=approved::true',
  '\u3000::save-state name=x::y',
  'ok line\r::error title=forged::pwned',
  'ok line\r\n\t::warning::pwned',
  'a file named ##[add-mask]pwned in the middle of a line',
  '##[set-output name=approved;]true',
  '\u2028::notice::pwned',
  '\u0085::debug::pwned',
];

describe('the runner model reads commands as the runner does', () => {
  test.each(HOSTILE)('%j acts when written as it is', (line) => {
    expect(commandsRead(`${line}\n`).length).toBe(1);
    expect(actsAsCommand(line)).toBe(true);
  });

  test('text without a command line does not act', () => {
    for (const text of ['a :: b', 'http://[::1]:8080/', '# [x] done', '{"a": "::add-mask::x"}'])
      expect({ text, acted: commandsRead(text), flagged: actsAsCommand(text) }).toEqual({
        text,
        acted: [],
        flagged: false,
      });
  });
});

describe('a job-log writer', () => {
  test.each(HOSTILE)('fences %j so that nothing in it acts', (line) => {
    const out = through([`report:\n${line}\n`]);
    expect(out.acted).toEqual([]);
    expect(out.text).toContain(line);
    expect(out.text).toMatch(/^::stop-commands::[0-9a-f]{32}\n/);
  });

  test('a command split over two writes is fenced as the runner would join it', () => {
    expect(commandsRead(':' + ':add-mask::x\n').length).toBe(1);
    const out = through([':', ':add-mask::x\n']);
    expect(out.acted).toEqual([]);
    const spaced = through(['  ', '::add-mask::y\n']);
    expect(spaced.acted).toEqual([]);
    const legacy = through(['before #', '#[add-mask]z\n']);
    expect(legacy.acted).toEqual([]);
  });

  test('the stop token is one the text does not hold', () => {
    const tokens = ['deadbeef', 'cafe'];
    const out = through(['::deadbeef::\n::add-mask::x\n'], () => tokens.shift() as string);
    expect(out.text.startsWith('::stop-commands::cafe\n')).toBe(true);
    expect(out.acted).toEqual([]);
  });

  test('ordinary text and JSON pass untouched', () => {
    const json = inertJson(JSON.stringify({ note: '##[add-mask]x', ip: '::1', cmd: '::error::y' }, null, 2));
    const out = through(['plain report\n', `${json}\n`]);
    expect(out.text).toBe(`plain report\n${json}\n`);
    expect(JSON.parse(json)).toEqual({ note: '##[add-mask]x', ip: '::1', cmd: '::error::y' });
    expect(out.acted).toEqual([]);
  });

  test('the action log fences the legacy form too', () => {
    const lines = inertLog('see ##[add-mask]pwned');
    expect(lines).toHaveLength(3);
    expect(commandsRead(lines.join('\n'))).toEqual([]);
  });
});
