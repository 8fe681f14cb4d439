import { describe, expect, test } from '@jest/globals';
import { readOutline } from '../../src/import/outline.js';
import { IdAllocator, slugOf } from '../../src/import/slug.js';

const titles = (md: string) =>
  readOutline(md).groups.map((g) => [g.title, g.items.map((i) => i.text.markdown)]);

describe('reading a Markdown checklist', () => {
  test('headings become sections; -, * and numbered task items of any depth become items', () => {
    const md = [
      '# Release',
      '## Security',
      '- [ ] one',
      '* [x] two',
      '## Deploy',
      '1. [ ] three',
      '2. [X] four',
      '   - [ ] four point one',
      '      - [ ] four point two',
    ].join('\n');
    expect(titles(md)).toEqual([
      ['Security', ['one', 'two']],
      ['Deploy', ['three', 'four']],
      ['Deploy › four', ['four point one']],
      ['Deploy › four › four point one', ['four point two']],
    ]);
    const outline = readOutline(md);
    expect(outline.title).toBe('Release');
    expect(outline.groups[0]?.items.map((i) => i.checked)).toEqual([false, true]);
    expect(outline.groups[1]?.items[1]?.parentOfTasks).toBe(true);
    expect(outline.groups[3]?.items[0]?.parent).toBe('four point one');
    expect(outline.groups[3]?.path).toEqual(['Deploy', 'four', 'four point one']);
  });

  test('a parent box keeps its own item; its boxes go to a section named by it; plain sub-lists are not items', () => {
    const md = [
      '### Docker',
      '- [ ] **Service Deployment**',
      '  - [ ] Stop services: `docker-compose down`',
      '- [ ] loose item',
      '- Not a task',
      '  - Also not a task',
    ].join('\n');
    expect(titles(md)).toEqual([
      ['Docker', ['**Service Deployment**', 'loose item']],
      ['Docker › **Service Deployment**', ['Stop services: `docker-compose down`']],
    ]);
  });

  test('every heading level is kept: two sections called "Database" under different parents stay apart', () => {
    const md = [
      '# Runbook',
      '## Staging',
      '### Database',
      '- [ ] migrations run',
      '## Production',
      '### Database',
      '- [ ] migrations run',
      '#### Replicas',
      '- [ ] lag under a second',
      '###### Deep',
      '- [ ] six levels down',
    ].join('\n');
    expect(titles(md)).toEqual([
      ['Staging › Database', ['migrations run']],
      ['Production › Database', ['migrations run']],
      ['Production › Database › Replicas', ['lag under a second']],
      ['Production › Database › Replicas › Deep', ['six levels down']],
    ]);
  });

  test('bold pseudo-headings and plain labels above a list become a level of the outline', () => {
    const md = [
      '## Launch Day',
      '### Six Hours Before',
      '**Pre-Production:**',
      '- [ ] team assembled',
      '',
      '**Final Checks**',
      '- [ ] backup done',
      '### LAUNCH',
      'Security/Privacy',
      '- [ ] rate limits set',
      '',
      '1. Environment Variables:',
      '   - [ ] secrets moved',
      '- **Hosting**',
      '  - [ ] region chosen',
    ].join('\n');
    expect(titles(md)).toEqual([
      ['Launch Day › Six Hours Before › Pre-Production', ['team assembled']],
      ['Launch Day › Six Hours Before › Final Checks', ['backup done']],
      ['Launch Day › LAUNCH › Security/Privacy', ['rate limits set']],
      ['Launch Day › LAUNCH › Security/Privacy › Environment Variables', ['secrets moved']],
      ['Launch Day › LAUNCH › Security/Privacy › Hosting', ['region chosen']],
    ]);
  });

  test('a plain label below a pseudo-heading is a step below it; the next pseudo-heading replaces both', () => {
    const md = [
      '## Endpoints',
      '**Critical: handlers without authentication**',
      '',
      'Secure these in `routes.py`:',
      '- [ ] export handler',
      '',
      'And these in `admin.py`:',
      '- [ ] purge handler',
      '',
      '**Later**',
      '- [ ] audit log',
    ].join('\n');
    expect(titles(md)).toEqual([
      [
        'Endpoints › Critical: handlers without authentication › Secure these in `routes.py`',
        ['export handler'],
      ],
      ['Endpoints › Critical: handlers without authentication › And these in `admin.py`', ['purge handler']],
      ['Endpoints › Later', ['audit log']],
    ]);
  });

  test('a sentence above a list, or a bold phrase inside one, is not a heading', () => {
    const md = [
      '## Notes',
      'Run these before the release window opens.',
      '- [ ] **CRITICAL**: rotate keys',
      '',
      'A paragraph that goes on',
      'over two lines',
      '- [ ] second',
    ].join('\n');
    expect(titles(md)).toEqual([['Notes', ['**CRITICAL**: rotate keys', 'second']]]);
  });

  test('bold lead-ins and inline code stay in titles; links keep their text', () => {
    const [group] = readOutline(
      '- [ ] **CRITICAL**: Set `JWT_SECRET` (see [the guide](docs/x.md)) and *more*',
    ).groups;
    const item = group?.items[0];
    expect(item?.text.markdown).toBe('**CRITICAL**: Set `JWT_SECRET` (see the guide) and *more*');
    expect(item?.text.plain).toBe('CRITICAL: Set JWT_SECRET (see the guide) and more');
    expect(item?.text.code).toEqual(['JWT_SECRET']);
  });

  test('boxes in code fences and HTML comments are not items but are counted as skipped', () => {
    const md = [
      '- [ ] real',
      '',
      '```md',
      '- [ ] in a fence',
      '- [x] also in a fence',
      '```',
      '',
      '<!--',
      '- [ ] in a comment',
      '-->',
      '',
      '- [ ] ',
    ].join('\n');
    const outline = readOutline(md);
    expect(outline.groups.flatMap((g) => g.items.map((i) => i.text.plain))).toEqual(['real']);
    expect(outline.skipped).toBe(4);
  });

  test('a fence of empty lines as large as a document is read in one pass, and its boxes still counted', () => {
    // Each line's start once ran over every empty line below it: 300 000 of them never finished.
    const md = [
      '- [ ] real',
      '',
      '```',
      '- [ ] before the blanks',
      ...Array<string>(300_000).fill(''),
      'echo done',
      '```',
    ].join('\n');
    const outline = readOutline(md);
    expect(outline.groups.flatMap((g) => g.items.map((i) => i.text.plain))).toEqual(['real']);
    expect(outline.skipped).toBe(1);
  });

  test('a box in a fence counts only when its marker and brackets share a line', () => {
    const outline = readOutline(
      ['- [ ] real', '', '```', '  -', '  [ ] split', '   1.  [x] kept', '```'].join('\n'),
    );
    expect(outline.skipped).toBe(1);
  });

  test('deeper headings carry every parent heading below the document title', () => {
    expect(titles('# Doc\n## Env\n### Variables\n#### Backend\n- [ ] `PORT` set')).toEqual([
      ['Env › Variables › Backend', ['`PORT` set']],
    ]);
  });

  test('mis-encoded emoji pass through unchanged', () => {
    const md = '## \u00fc\u00ec\u00e5 Security\n- [ ] \u00e2\u0153\u2026 HSTS header configured';
    const [group] = readOutline(md).groups;
    expect(group?.title).toBe('\u00fc\u00ec\u00e5 Security');
    expect(group?.items[0]?.text.markdown).toBe('\u00e2\u0153\u2026 HSTS header configured');
  });
});

describe('ids', () => {
  test('come from the words, leave out non-ASCII words and stay within the pattern', () => {
    expect(slugOf('**CRITICAL**: Change `POSTGRES_PASSWORD` from default', 'x')).toBe(
      'critical-change-postgres-password-from-default',
    );
    expect(slugOf('`.env` files not committed to Git', 'x')).toBe('env-files-not-committed-to-git');
    expect(slugOf('\u00fc\u00f6\u00c4 Pre-Deployment Phase', 'x')).toBe('pre-deployment-phase');
    expect(slugOf('\u00fc\u00f6\u00c4', 'fallback')).toBe('fallback');
    expect(slugOf('a '.repeat(100), 'x').length).toBeLessThanOrEqual(48);
    expect(slugOf('console.log removed', 'x')).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
  });

  test('repeat texts get numbered suffixes, and the same text always gives the same id', () => {
    const ids = new IdAllocator();
    expect(
      ['Monitor error rates', 'Monitor error rates', 'Monitor error rates'].map((t) => ids.take(t, 'i')),
    ).toEqual(['monitor-error-rates', 'monitor-error-rates-2', 'monitor-error-rates-3']);
  });
});
