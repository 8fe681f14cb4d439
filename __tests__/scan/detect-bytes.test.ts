import { describe, expect, it } from '@jest/globals';
import { createDetector } from '../../src/checks/secrets/detect.js';
import { FileText } from '../../src/scan/file-text.js';
// @ts-expect-error: a plain JavaScript module without types.
import { buildCorpus } from '../../scripts/secret-corpus.mjs';

const detect = createDetector();

/** The verdicts as plain data (the rule by its id). */
const plain = (r: ReturnType<typeof detect>) => ({
  inlineIgnored: r.inlineIgnored,
  detections: r.detections.map((d) => ({ ...d, rule: d.rule.id })),
});

describe('secret detection on bytes', () => {
  it('gives the verdicts of the text search on every file of the generated corpus, however encoded', () => {
    const { files } = buildCorpus() as { files: Record<string, string> };
    let detections = 0;
    const variants = (text: string): string[] => [
      text,
      // Characters of several UTF-8 lengths before the secrets move byte offsets away from text offsets.
      text.replace(/^/gm, 'é 日 𝒳 '),
      text.replace(/\n/g, '\r\n'),
    ];
    for (const [name, original] of Object.entries(files)) {
      for (const text of variants(original)) {
        const want = plain(detect(text));
        detections += want.detections.length;
        expect({ name, ...plain(detect.file(new FileText(Buffer.from(text, 'utf8')))) }).toEqual({
          name,
          ...want,
        });
        // A byte order mark is not part of the text.
        expect({ name, ...plain(detect.file(new FileText(Buffer.from(`\ufeff${text}`, 'utf8')))) }).toEqual({
          name,
          ...want,
        });
      }
    }
    expect(detections).toBeGreaterThan(300);
  });

  it('skips a file without any keyword, and finds keywords in any case', () => {
    expect(detect.file(new FileText(Buffer.from('nothing to see here\n'))).detections).toEqual([]);
    const token = `ghp_${'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'}`;
    const upper = `GITHUB_TOKEN = "${token}"\n`;
    expect(plain(detect.file(new FileText(Buffer.from(upper))))).toEqual(plain(detect(upper)));
  });
});
