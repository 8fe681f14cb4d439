/** Who may do what (collaborator permission, team membership) and file contents at a ref. */
import { blobSha } from '../ids.js';
import { LEGACY_PERMISSION } from '../state.js';
import { restUser } from '../users.js';
import { notFound } from './errors.js';
import type { Handler, HandlerContext } from './types.js';

const permission: Handler = (ctx) => {
  const login = String(ctx.params.username);
  const account = ctx.s.accounts.get(login);
  // A custom repository role reports its own name in `role_name` and its base in `permission` (GitHub's docs:
  // "role_name" is the user's role, which "can be a custom repository role"; `permission` is the legacy base).
  const { role, name } = ctx.s.role(login);
  const legacy = LEGACY_PERMISSION[role];
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
  return {
    status: 200,
    body: {
      permission: legacy,
      role_name: name,
      user: {
        ...restUser(ctx.s.urls, account),
        permissions: {
          admin: rank >= 5,
          maintain: rank >= 4,
          push: rank >= 3,
          triage: rank >= 2,
          pull: rank >= 1,
        },
        role_name: name,
      },
    },
  };
};

/**
 * A workflow's GITHUB_TOKEN cannot read organization membership: GitHub's docs for this endpoint say "the
 * team must be visible to the authenticated user", and for the GITHUB_TOKEN no team is, so every lookup
 * answers 404, members or not. An app token with organization Members read sees the teams
 * (`setOrgMembersReadable(true)`). Public evidence: PostHog/posthog#56869 (the GITHUB_TOKEN "cannot read
 * org-private team memberships. The API returns 404 (not 403)"), srvaroa/labeler#188.
 */
const teamMembership: Handler = (ctx) => {
  if (!ctx.s.orgMembersReadable) return notFound(ctx.docs);
  const [org, slug, username] = [ctx.params.org, ctx.params.team_slug, ctx.params.username].map(String) as [
    string,
    string,
    string,
  ];
  const found = ctx.s.teamMembership(org, slug, username);
  if (!found) return notFound(ctx.docs);
  const owner = ctx.s.accounts.get(org, 'Organization');
  return {
    status: 200,
    body: {
      url: `${ctx.s.urls.api}/organizations/${owner.id}/team/${found.teamId}/memberships/${username}`,
      role: 'member',
      state: 'active',
    },
  };
};

function contentLinks(ctx: HandlerContext, path: string, sha: string, ref: string, type: 'file' | 'dir') {
  const repo = `${ctx.s.urls.api}/repos/${ctx.s.fullName}`;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const self = `${repo}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const git = `${repo}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${ctx.s.urls.web}/${ctx.s.fullName}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encoded}`;
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

const getContent: Handler = (ctx) => {
  const ref = typeof ctx.query.ref === 'string' ? ctx.query.ref : ctx.s.repo.defaultBranch;
  const sha = ctx.s.git.resolve(ref);
  if (!sha)
    return {
      status: 404,
      body: { message: `No commit found for the ref ${ref}`, documentation_url: ctx.docs, status: '404' },
    };
  const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '');
  const file = ctx.s.git.readFile(sha, path);
  if (file) {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
      return { status: 200, raw: { contentType: 'application/vnd.github.raw; charset=utf-8', data: file } };
    }
    const blob = blobSha(file);
    const name = path.split('/').pop() ?? path;
    const download = `https://raw.githubusercontent.com/${ctx.s.fullName}/${ref}/${path}`;
    const base64 = file.toString('base64').replace(/.{60}/g, '$&\n');
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: file.length,
        name,
        path,
        content: base64.endsWith('\n') ? base64 : `${base64}\n`,
        sha: blob,
        ...contentLinks(ctx, path, blob, ref, 'file'),
        download_url: download,
      },
    };
  }
  const entries = ctx.s.git.listDir(sha, path);
  if (entries.length === 0) return notFound(ctx.docs);
  return {
    status: 200,
    body: entries.map((entry) => {
      const content = entry.isDir ? undefined : ctx.s.git.readFile(sha, entry.path);
      const entrySha = content ? blobSha(content) : blobSha(Buffer.from(`tree:${sha}:${entry.path}`));
      return {
        type: entry.isDir ? 'dir' : 'file',
        size: content?.length ?? 0,
        name: entry.name,
        path: entry.path,
        sha: entrySha,
        ...contentLinks(ctx, entry.path, entrySha, ref, entry.isDir ? 'dir' : 'file'),
        download_url: entry.isDir
          ? null
          : `https://raw.githubusercontent.com/${ctx.s.fullName}/${ref}/${entry.path}`,
      };
    }),
  };
};

/** A team by slug: 404 when the token cannot see the organization's teams, as for the GITHUB_TOKEN. */
const teamByName: Handler = (ctx) => {
  const [org, slug] = [ctx.params.org, ctx.params.team_slug].map(String) as [string, string];
  const team = ctx.s.team(org, slug);
  if (!ctx.s.orgMembersReadable || !team) return notFound(ctx.docs);
  const owner = ctx.s.accounts.get(org, 'Organization');
  const orgApi = `${ctx.s.urls.api}/orgs/${owner.login}`;
  const api = `${ctx.s.urls.api}/organizations/${owner.id}/team/${team.id}`;
  const created = ctx.s.repo.createdAt;
  return {
    status: 200,
    body: {
      id: team.id,
      node_id: Buffer.from(`04:Team${team.id}`).toString('base64'),
      url: api,
      html_url: `${ctx.s.urls.web}/orgs/${owner.login}/teams/${slug}`,
      name: slug,
      slug,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${api}/members{/member}`,
      repositories_url: `${api}/repos`,
      parent: null,
      type: 'organization',
      members_count: team.members,
      repos_count: 1,
      created_at: created,
      updated_at: created,
      organization: {
        login: owner.login,
        id: owner.id,
        node_id: owner.nodeId,
        url: orgApi,
        repos_url: `${orgApi}/repos`,
        events_url: `${orgApi}/events`,
        hooks_url: `${orgApi}/hooks`,
        issues_url: `${orgApi}/issues`,
        members_url: `${orgApi}/members{/member}`,
        public_members_url: `${orgApi}/public_members{/member}`,
        avatar_url: `https://avatars.githubusercontent.com/u/${owner.id}?v=4`,
        description: null,
        html_url: `${ctx.s.urls.web}/${owner.login}`,
        has_organization_projects: true,
        has_repository_projects: true,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        type: 'Organization',
        created_at: created,
        updated_at: created,
        archived_at: null,
      },
    },
  };
};

export const accessHandlers: Record<string, Handler> = {
  'repos/get-collaborator-permission-level': permission,
  'teams/get-membership-for-user-in-org': teamMembership,
  'teams/get-by-name': teamByName,
  'repos/get-content': getContent,
};
