import { describe, expect, it } from '@jest/globals';
import { judgeDockerfile, type DockerRules } from '../../../src/checks/container/dockerfile-rules.js';
import { parseImageRef, substituteArgs } from '../../../src/checks/container/image-ref.js';

const ONLY = (rule: keyof DockerRules): DockerRules => ({
  'non-root': false,
  healthcheck: false,
  'multi-stage': false,
  pinned: false,
  'require-digest': false,
  'no-secrets': false,
  [rule]: true,
});
const rulesHit = (lines: string[], rule: keyof DockerRules) =>
  judgeDockerfile(lines.join('\n') + '\n', ONLY(rule)).problems.map((p) => `${p.line}:${p.col} ${p.message}`);

/*
 * Our own fixtures for the cases hadolint documents for DL3002 (last user root), DL3006 (untagged image) and
 * DL3007 (latest). Where this kind is deliberately stricter or looser, the case says so.
 */
describe('non-root (after hadolint DL3002)', () => {
  it.each([
    ['USER root', ['FROM alpine:3.20', 'USER root']],
    ['USER 0', ['FROM alpine:3.20', 'USER 0']],
    ['USER root:root', ['FROM alpine:3.20', 'USER root:root']],
    ['USER 0:0', ['FROM alpine:3.20', 'USER 0:0']],
    [
      'root inherited from an earlier stage',
      ['FROM debian:12 AS base', 'USER root', 'RUN true', 'FROM base', 'RUN x'],
    ],
    ['no USER at all (hadolint lets this pass)', ['FROM node:22-alpine', 'CMD ["node", "server.js"]']],
  ])('fails: %s', (_, lines) => {
    expect(rulesHit(lines, 'non-root')).toHaveLength(1);
  });

  it.each([
    ['an unprivileged user', ['FROM alpine:3.20', 'USER app']],
    ['switching back after root', ['FROM alpine:3.20', 'USER root', 'RUN apk add curl', 'USER app']],
    [
      'a user set in the stage it builds on',
      ['FROM debian:12 AS base', 'USER root', 'USER app', 'FROM base', 'RUN x'],
    ],
    [
      'a root builder stage whose files the final stage copies (hadolint flags this; only the final image ships)',
      [
        'FROM node:22 AS build',
        'USER root',
        'RUN npm ci',
        'FROM gcr.io/distroless/nodejs22:nonroot',
        'USER 65532',
      ],
    ],
  ])('passes: %s', (_, lines) => {
    expect(rulesHit(lines, 'non-root')).toEqual([]);
  });

  it('points at the USER line, or at the final FROM when no USER applies', () => {
    expect(rulesHit(['FROM alpine:3.20', 'RUN x', '  USER root'], 'non-root')).toEqual([
      '3:3 the final stage runs as root: add USER with an unprivileged user',
    ]);
    expect(rulesHit(['FROM a:1 AS x', 'USER app', 'FROM b:2'], 'non-root')).toEqual([
      '3:1 the final stage sets no USER, so it runs as the base image user (root for most images)',
    ]);
  });
});

describe('pinned base images (after hadolint DL3006 and DL3007)', () => {
  it.each([
    ['untagged', ['FROM debian']],
    ['untagged with a stage name', ['FROM debian AS builder']],
    ['explicit latest', ['FROM debian:latest']],
    ['latest with a stage name', ['FROM debian:latest AS builder']],
    [
      'untagged image among stage references',
      ['FROM golang:1.22 AS build', 'FROM node AS test', 'FROM alpine:3.20'],
    ],
    ['an ARG whose default is latest', ['ARG TAG=latest', 'FROM node:${TAG}']],
    ['an ARG whose default has no tag', ['ARG IMAGE=node', 'FROM $IMAGE']],
    ['a registry with a port and no tag', ['FROM localhost:5000/app']],
  ])('fails: %s', (_, lines) => {
    expect(rulesHit(lines, 'pinned')).toHaveLength(1);
  });

  it.each([
    ['a digest without a tag', ['FROM ruby@sha256:f1dbca0f5dbc9']],
    ['a version tag', ['FROM ruby:2']],
    ['a named tag', ['FROM debian:bookworm AS builder']],
    ['a registry host with a digest', ['FROM registry.example.com/debian@sha256:7959ed6f7e35f8b1']],
    ['scratch', ['FROM scratch']],
    [
      'references to earlier stages',
      ['FROM golang:1.22 AS build', 'FROM build AS unit-test', 'FROM alpine:3.20'],
    ],
    ['an ARG with no default (cannot be known, as hadolint)', ['FROM ${VALUE}']],
    ['an ARG with a pinned default', ['ARG NODE=22.11.0', 'FROM node:${NODE}-alpine']],
    ['an ARG naming an earlier stage', ['ARG BASE=deps', 'FROM node:22 AS deps', 'FROM ${BASE}']],
    ['a platform flag', ['FROM --platform=$BUILDPLATFORM golang:1.22 AS build']],
    ['a registry port with a tag', ['FROM localhost:5000/app:1.0']],
  ])('passes: %s', (_, lines) => {
    expect(rulesHit(lines, 'pinned')).toEqual([]);
  });

  it('names the image as written and as resolved', () => {
    expect(rulesHit(['ARG TAG=latest', 'FROM node:${TAG}'], 'pinned')).toEqual([
      '2:1 base image node:${TAG} (node:latest) uses the latest tag: pin a version',
    ]);
  });

  it('can require digests', () => {
    expect(rulesHit(['FROM node:22', 'FROM node@sha256:abc'], 'require-digest')).toEqual([
      '1:1 base image node:22 is not pinned by digest (@sha256:…)',
    ]);
  });
});

describe('other rules', () => {
  it('wants a HEALTHCHECK in the final stage or the stage it builds on, and not NONE', () => {
    expect(
      rulesHit(['FROM a:1', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1'], 'healthcheck'),
    ).toEqual([]);
    expect(rulesHit(['FROM a:1 AS base', 'HEALTHCHECK CMD true', 'FROM base'], 'healthcheck')).toEqual([]);
    expect(rulesHit(['FROM a:1 AS build', 'HEALTHCHECK CMD true', 'FROM b:1'], 'healthcheck')).toEqual([
      '3:1 the final stage has no HEALTHCHECK',
    ]);
    expect(rulesHit(['FROM a:1', 'HEALTHCHECK NONE'], 'healthcheck')).toEqual([
      '2:1 HEALTHCHECK NONE disables the health check',
    ]);
  });

  it('can require a multi-stage build', () => {
    expect(rulesHit(['FROM a:1'], 'multi-stage')).toHaveLength(1);
    expect(rulesHit(['FROM a:1 AS b', 'FROM c:1'], 'multi-stage')).toEqual([]);
  });

  it('finds literal secrets in ENV and ARG without showing them', () => {
    const problems = rulesHit(
      [
        'ARG NPM_TOKEN=npm_s3cr3tvalue',
        'FROM node:22',
        'ARG GITHUB_TOKEN',
        'ENV NODE_ENV=production JWT_SECRET=hunter2hunter2 \\',
        '    DB_PASSWORD=${DB_PASSWORD} API_KEY="k-123"',
        'ENV SESSION_SECRET supersecretvalue',
      ],
      'no-secrets',
    );
    expect(problems).toEqual([
      '1:5 ARG NPM_TOKEN holds a literal value (15 bytes) that stays in the image: pass it at run time or as a build secret',
      '4:25 ENV JWT_SECRET holds a literal value (14 bytes) that stays in the image: pass it at run time or as a build secret',
      '5:32 ENV API_KEY holds a literal value (5 bytes) that stays in the image: pass it at run time or as a build secret',
      '6:5 ENV SESSION_SECRET holds a literal value (16 bytes) that stays in the image: pass it at run time or as a build secret',
    ]);
    expect(problems.join()).not.toMatch(/s3cr3t|hunter2|k-123|supersecretvalue/);
  });

  it('says a file without FROM is not a Dockerfile', () => {
    expect(judgeDockerfile('# nothing\n', ONLY('pinned')).problems[0]?.message).toBe(
      'no FROM instruction: this is not a Dockerfile',
    );
  });
});

describe('image references', () => {
  it('splits name, tag and digest', () => {
    expect(parseImageRef('node:22-alpine')).toEqual({ name: 'node', tag: '22-alpine' });
    expect(parseImageRef('localhost:5000/app')).toEqual({ name: 'localhost:5000/app' });
    expect(parseImageRef('ghcr.io/o/app:1.2@sha256:ab')).toEqual({
      name: 'ghcr.io/o/app',
      tag: '1.2',
      digest: 'sha256:ab',
    });
  });

  it('substitutes ARG values and defaults', () => {
    const args = new Map([
      ['A', 'x'],
      ['EMPTY', ''],
    ]);
    expect(substituteArgs('$A:${A}-${EMPTY:-d}-${MISSING-e}', args)).toBe('x:x-d-e');
    expect(substituteArgs('${A:+set}${EMPTY:+no}', args)).toBe('set');
    expect(substituteArgs('node:${MISSING}', args)).toBeUndefined();
  });
});
