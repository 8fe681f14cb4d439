import { fail, pass, type SubTest } from './subtest.js';

/** `X-Content-Type-Options: nosniff`, exactly once (a repeated field reads "nosniff, nosniff": invalid). */
export function judgeNosniff(values: string[]): SubTest {
  if (values.length === 0) return fail('missing');
  if (values.length > 1) return fail(`invalid: sent ${values.length} times`, values);
  return (values[0] as string).trim().toLowerCase() === 'nosniff'
    ? pass('nosniff', values)
    : fail("invalid: the only valid value is 'nosniff'", values);
}
