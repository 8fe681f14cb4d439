import { describe, expect, it } from '@jest/globals';
import { parseCsp } from '../../../src/checks/web/headers/csp-parse.js';
import { judgeCsp, upgradesInsecureRequests } from '../../../src/checks/web/headers/csp.js';

const judge = (header: string[], extra: Partial<Parameters<typeof judgeCsp>[0]> = {}) =>
  judgeCsp({ header, https: true, ...extra });

// A shortened copy of the policy github.com sends.
const GITHUB =
  "default-src 'none'; base-uri 'self'; connect-src 'self' uploads.github.com api.github.com; " +
  "font-src github.githubassets.com; form-action 'self' github.com; frame-ancestors 'none'; " +
  "img-src 'self' data: github.githubassets.com; manifest-src 'self'; media-src github.com; " +
  "script-src github.githubassets.com; style-src 'unsafe-inline' github.githubassets.com; " +
  'upgrade-insecure-requests; worker-src github.com/assets-cdn/worker/';
// The nonce-based "strict CSP" that web.dev recommends, with fallbacks for old browsers.
const STRICT =
  "script-src 'nonce-r4nd0m' 'strict-dynamic' 'unsafe-inline' https: http:; object-src 'none'; base-uri 'none'";

describe('CSP (Content-Security-Policy)', () => {
  it('passes restrictive real-world policies', () => {
    expect(judge([GITHUB])).toMatchObject({ pass: true, reason: 'scripts are restricted' });
    expect(judge([STRICT]).pass).toBe(true);
    expect(judge(["default-src 'self'"]).pass).toBe(true);
    // Hashes make browsers ignore 'unsafe-inline', as nonces do.
    expect(judge(["default-src 'self'; script-src 'self' 'unsafe-inline' 'sha256-abc='"]).pass).toBe(true);
  });

  it("fails 'unsafe-inline' and 'unsafe-eval' for scripts, through the default-src fallback too", () => {
    const wp = judge(["default-src 'self' https: data: 'unsafe-inline' 'unsafe-eval'"]);
    expect(wp.pass).toBe(false);
    expect(wp.reason).toContain("'unsafe-inline'");
    expect(wp.reason).toContain("'unsafe-eval'");
    expect(judge(["default-src 'self'; script-src 'self' 'unsafe-inline'"]).reason).toBe(
      "scripts allow 'unsafe-inline'",
    );
    expect(judge(["default-src 'self'; script-src 'self' 'unsafe-eval'"]).reason).toBe(
      "allows 'unsafe-eval'",
    );
    // unsafe-eval in style-src counts too, as in Observatory.
    expect(judge(["default-src 'self'; style-src 'self' 'unsafe-eval'"]).pass).toBe(false);
  });

  it('lets options tolerate unsafe-inline and unsafe-eval', () => {
    const policy = ["default-src 'self' 'unsafe-inline' 'unsafe-eval'"];
    expect(judgeCsp({ header: policy, https: true }, { allowUnsafeInline: true }).reason).toBe(
      "allows 'unsafe-eval'",
    );
    expect(
      judgeCsp({ header: policy, https: true }, { allowUnsafeInline: true, allowUnsafeEval: true }).pass,
    ).toBe(true);
  });

  it('fails policies that do not restrict scripts or plugins', () => {
    expect(judge(["frame-ancestors 'none'"]).reason).toContain('no script-src or default-src');
    expect(judge(["script-src 'self'"]).reason).toContain('no object-src or default-src');
    expect(judge(["default-src 'self'; script-src https:"]).reason).toContain('any host (https:)');
    expect(judge(["default-src 'self'; object-src *"]).reason).toContain('object-src allows any host');
    expect(judge(["default-src 'self'; script-src 'self' data:"]).reason).toBe('scripts allow data: URLs');
  });

  it("needs a nonce or hash beside 'strict-dynamic'", () => {
    expect(judge(["default-src 'self'; script-src 'strict-dynamic'"])).toMatchObject({
      pass: false,
      reason: expect.stringContaining("'strict-dynamic' without a nonce or hash"),
    });
  });

  it('fails insecure http: sources on an HTTPS page except for images and media', () => {
    expect(judge(["default-src 'self'; connect-src http://api.example.com"]).reason).toContain(
      'insecure sources',
    );
    expect(judge(["default-src 'self'; img-src http://img.example.com; media-src http:"]).pass).toBe(true);
    expect(judge(["default-src 'self'; connect-src http://api.example.com"], { https: false }).pass).toBe(
      true,
    );
  });

  it('fails a missing policy, a Report-Only one, and invalid ones', () => {
    expect(judge([])).toEqual({ pass: false, reason: 'missing' });
    expect(judge([], { reportOnly: ["default-src 'self'"] }).reason).toContain('Report-Only');
    expect(judge(["default-src 'self'; default-src *"]).reason).toContain('appears twice');
    expect(judge(['abc']).reason).toContain('too short');
    // Repeated reporting directives are tolerated.
    expect(judge(["default-src 'self'; report-uri /a; report-uri /b"]).pass).toBe(true);
  });

  it('enforces every policy: something is allowed only if all policies allow it', () => {
    expect(judge(["default-src 'self'", "script-src 'unsafe-inline'"]).pass).toBe(true);
    expect(judge(["default-src 'self', script-src 'unsafe-inline'"]).pass).toBe(true);
    expect(judge(["default-src * 'unsafe-inline'", "frame-ancestors 'none'"]).pass).toBe(false);
  });

  it('reads <meta http-equiv> policies, without the directives meta may not carry', () => {
    expect(judge([], { meta: ["default-src 'self'"] })).toMatchObject({
      pass: true,
      value: "<meta> default-src 'self'",
    });
    expect(judge([], { meta: ["frame-ancestors 'none'"] }).reason).toBe('missing');
    const parsed = parseCsp([], ["default-src 'self'; sandbox; report-uri /r"]);
    expect(parsed.ok && [...parsed.policies[0]!.keys()]).toEqual(['default-src']);
  });

  it('parses directive names case-insensitively and an empty source list as none', () => {
    const parsed = parseCsp(["Default-Src 'SELF'; script-src; img-src *"]);
    expect(parsed).toEqual({
      ok: true,
      policies: [
        new Map([
          ['default-src', ["'self'"]],
          ['script-src', ["'none'"]],
          ['img-src', ['*']],
        ]),
      ],
    });
    expect(upgradesInsecureRequests([GITHUB])).toBe(true);
    expect(upgradesInsecureRequests([], ['default-src https:; upgrade-insecure-requests'])).toBe(true);
    expect(upgradesInsecureRequests(["default-src 'self'"])).toBe(false);
  });
});
