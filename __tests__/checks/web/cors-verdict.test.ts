import { describe, expect, it } from '@jest/globals';
import { originProblem } from '../../../src/checks/web/cors.js';
import {
  accepts,
  disallowedProblems,
  grantOf,
  type CorsAnswer,
} from '../../../src/checks/web/cors-verdict.js';

const probe = 'https://preflight-probe-abc.invalid';
const answer = (acao: string[], acac: string[] = [], extra: Partial<CorsAnswer> = {}): CorsAnswer => ({
  origin: probe,
  request: 'preflight',
  status: 204,
  acao,
  acac,
  ...extra,
});

describe('CORS answers', () => {
  it('classifies what Access-Control-Allow-Origin grants', () => {
    expect(grantOf(answer([]))).toBe('none');
    expect(grantOf(answer(['*']))).toBe('wildcard');
    expect(grantOf(answer([probe]))).toBe('echo');
    expect(grantOf(answer(['null']))).toBe('null');
    expect(grantOf(answer(['https://app.example.com']))).toBe('other');
    expect(grantOf(answer(['https://a.example.com', 'https://b.example.com']))).toBe('invalid');
    expect(grantOf(answer(['https://a.example.com, https://b.example.com']))).toBe('invalid');
  });

  it('fails an echoed foreign origin, with or without credentials', () => {
    expect(disallowedProblems([answer([probe], ['true'])])).toEqual([
      `the preflight echoes the arbitrary origin ${probe} with credentials allowed`,
    ]);
    expect(disallowedProblems([answer([probe], [], { request: 'get' })])).toEqual([
      `a GET echoes the arbitrary origin ${probe}`,
    ]);
  });

  it("fails '*' unless allowed, and always together with credentials", () => {
    expect(disallowedProblems([answer(['*'])])[0]).toContain('allow-wildcard');
    expect(disallowedProblems([answer(['*'])], { allowWildcard: true })).toEqual([]);
    expect(disallowedProblems([answer(['*'], ['true'])], { allowWildcard: true })[0]).toContain(
      'Credentials: true',
    );
  });

  it("fails the 'null' origin and passes a fixed other origin or none", () => {
    expect(disallowedProblems([answer(['null'])])[0]).toContain("'null' origin");
    expect(disallowedProblems([answer(['https://app.example.com'], ['true']), answer([])])).toEqual([]);
  });

  it('accepts an allowed origin only on a 2xx preflight with its origin or *', () => {
    const mine = 'https://app.example.com';
    expect(accepts(answer([mine], [], { origin: mine }))).toBe(true);
    expect(accepts(answer(['*'], [], { origin: mine }))).toBe(true);
    expect(accepts(answer([mine], [], { origin: mine, status: 403 }))).toBe(false);
    expect(accepts(answer(['https://other.example.com'], [], { origin: mine }))).toBe(false);
  });

  it('validates origins as written in parameters', () => {
    expect(originProblem('https://app.example.com')).toBeUndefined();
    expect(originProblem('http://localhost:3000')).toBeUndefined();
    expect(originProblem('https://app.example.com/')).toContain("use 'https://app.example.com'");
    expect(originProblem('https://APP.example.com')).toContain('use');
    expect(originProblem('not a url')).toContain('not an origin');
  });
});
