/** What every header analysis returns: a verdict, the reason a person reads, and the value that was seen. */
export interface SubTest {
  pass: boolean;
  /** One short phrase: why it passed or failed. */
  reason: string;
  /** The header value(s) seen, shortened; absent when the header was not sent. */
  value?: string;
}

const MAX_SHOWN = 300;

/** A header value fit for evidence: one line, at most `max` characters. */
export function shorten(value: string, max = MAX_SHOWN): string {
  const line = value.replace(/[\r\n]+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}

/** Several values of one header as they would be shown joined. */
export function shown(values: string[]): string | undefined {
  return values.length === 0 ? undefined : shorten(values.join(', '));
}

export const pass = (reason: string, values: string[] = []): SubTest =>
  withValue({ pass: true, reason }, values);
export const fail = (reason: string, values: string[] = []): SubTest =>
  withValue({ pass: false, reason }, values);

function withValue(t: SubTest, values: string[]): SubTest {
  const v = shown(values);
  return v === undefined ? t : { ...t, value: v };
}
