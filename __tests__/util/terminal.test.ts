import { describe, expect, test } from '@jest/globals';
import type { Report } from '../../src/engine/report.js';
import { colours, plain, renderText } from '../../src/render/text.js';
import { formatDiagnostic } from '../../src/definition/diagnostic.js';
import { terminalLine, terminalText } from '../../src/util/terminal.js';

/** What a hostile target or file name may hold: colours, a screen clear, a title, a hyperlink, a bell, C1 CSI. */
const HOSTILE = [
  '\x1b[31mred\x1b[0m',
  '\x1b[2J\x1b[H',
  '\x1b]0;owned\x07',
  '\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\',
  '\x07bell',
  '\x9b31mcsi',
  'back\bspace',
  'lone\x1b',
  'nul\x00',
  'del\x7f',
  'cr\roverwrite',
].join(' ');

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminal output', () => {
  test('strips escape sequences and shows other control characters as U+FFFD', () => {
    const line = terminalLine(HOSTILE);
    expect(line).not.toMatch(CONTROL);
    expect(line).not.toContain('\n');
    expect(line).toContain('red');
    expect(line).toContain('link');
    expect(line).not.toContain('owned');
    expect(terminalText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  test('the text report keeps its own colours and none from outside', () => {
    const report = {
      schema: 'preflight-report/v1',
      tool: { name: 'preflight', version: '0' },
      checklist: { id: 'c', title: `T ${HOSTILE}`, files: [] },
      startedAt: '',
      finishedAt: '',
      durationMs: 0,
      state: 'fail',
      counts: { pass: 0, fail: 1, error: 0, skipped: 0, manual: 0 },
      blocking: [],
      sections: [{ id: 's', title: `S ${HOSTILE}` }],
      items: [
        {
          id: 'a',
          title: `I ${HOSTILE}`,
          section: 's',
          required: true,
          kind: 'http.response',
          status: 'fail',
          summary: `got ${HOSTILE}`,
          findings: [{ file: `f${HOSTILE}`, line: 1, col: 2, message: HOSTILE }],
          durationMs: 0,
        },
      ],
    } as unknown as Report;
    const text = renderText(report, plain);
    expect(text).not.toMatch(CONTROL);
    // Each item keeps its lines: the title, the summary, one finding.
    expect(text.split('\n').filter((l) => l.startsWith('  ✗'))).toHaveLength(1);
    // With colour, the only escape sequences are Preflight's own SGR codes.
    const coloured = renderText(report, colours);
    // eslint-disable-next-line no-control-regex -- escape sequences are what is looked for
    const escapes = coloured.match(/\x1b[^m]*m/g) ?? [];
    // eslint-disable-next-line no-control-regex -- escape sequences are what is looked for
    for (const e of escapes) expect(e).toMatch(/^\x1b\[(0|1|2|31|32|33|36)m$/);
    // eslint-disable-next-line no-control-regex -- escape sequences are what is removed
    expect(coloured.replace(/\x1b\[(0|1|2|31|32|33|36)m/g, '')).not.toMatch(CONTROL);
  });

  test('diagnostics quote the definition without its control sequences', () => {
    const d = formatDiagnostic({
      file: `x\x1b[2J.yml`,
      line: 3,
      col: 4,
      message: `bad \x1b]0;t\x07 key\nnext`,
    });
    expect(d).toBe('x.yml:3:4: bad  key next');
  });
});
