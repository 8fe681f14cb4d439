/** The sub-tests of http.security-headers, in the order they are reported. */
export const SUB_TESTS = ['hsts', 'csp', 'framing', 'nosniff', 'referrer-policy', 'cookies'] as const;
export type SubTestName = (typeof SUB_TESTS)[number];
