/** Everything the double remembers about its one repository, behind one object that handlers share. */
import { Clock, IdSource, fakeSha, legacyNodeId } from './ids.js';
import type { Role } from './records.js';
import type { RepoInfo } from './shapes-repo.js';
import { CheckStore } from './store-checks.js';
import { CommentStore } from './store-comments.js';
import { GitStore } from './store-git.js';
import { IssueStore } from './store-issues.js';
import { Accounts, ACTIONS_BOT, type Account, type Urls } from './users.js';

export interface DoubleOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Default public: people who are not collaborators may read (permission `read`). */
  visibility?: 'public' | 'private';
  /**
   * Lay the double out as GitHub Enterprise Server does: REST under `/api/v3`, GraphQL at `/api/graphql`,
   * pages under the server's root ("REST API endpoints for GitHub Enterprise Server are at
   * http(s)://HOSTNAME/api/v3", GraphQL at "http(s)://HOSTNAME/api/graphql": docs.github.com/enterprise-server,
   * "Getting started with the REST API" and "Forming calls with GraphQL"). `host` is the name the server
   * calls itself in the URLs it returns, with the port it listens on (default 127.0.0.1), for a double
   * reached through a proxy under a name; `webUrl` is GITHUB_SERVER_URL (default: `http://host:port`).
   */
  enterprise?: { host?: string; webUrl?: string };
}

const ID_STARTS = {
  repo: 712_345_678,
  issue: 2_600_000_001,
  pull: 2_100_000_001,
  comment: 3_100_000_001,
  edit: 1,
  status: 35_000_000_001,
  'check-run': 41_000_000_001,
  'check-suite': 30_000_000_001,
  review: 2_800_000_001,
  team: 11_000_001,
};

/** Legacy `permission` for each role, as GitHub maps them (maintain → write, triage → read). */
export const LEGACY_PERMISSION: Record<Role, 'admin' | 'write' | 'read' | 'none'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export class DoubleState {
  readonly clock = new Clock();
  readonly ids = new IdSource(ID_STARTS);
  readonly accounts = new Accounts();
  readonly repo: RepoInfo;
  readonly git = new GitStore();
  readonly issues: IssueStore;
  readonly comments: CommentStore;
  readonly checks: CheckStore;
  readonly defaultBranchSha: string;
  tokenMode: 'write' | 'read-only' = 'write';
  /** Whether the token can read organization membership (the GITHUB_TOKEN cannot; an app token can). */
  orgMembersReadable = false;
  /** Tokens that act as someone other than the GITHUB_TOKEN's github-actions[bot] (an app's installation token). */
  private readonly tokenIdentities = new Map<string, Account>();
  private readonly roles = new Map<string, { role: Role; name: string }>();
  private readonly teams = new Map<string, { id: number; members: Set<string> }>();

  constructor(
    readonly urls: Urls,
    options: DoubleOptions,
  ) {
    const owner = this.accounts.get(options.owner ?? 'acme', 'Organization');
    const id = this.ids.take('repo');
    this.repo = {
      owner,
      name: options.repo ?? 'shop',
      id,
      nodeId: legacyNodeId('Repository', id),
      defaultBranch: options.defaultBranch ?? 'main',
      private: options.visibility === 'private',
      fork: false,
      createdAt: this.clock.tick(),
    };
    this.issues = new IssueStore(this.clock, this.ids, id);
    this.comments = new CommentStore(this.clock, this.ids, id);
    this.checks = new CheckStore(this.clock, this.ids, id);
    this.defaultBranchSha = fakeSha(`${owner.login}/${this.repo.name}@${this.repo.defaultBranch}`);
    this.git.setBranch(this.repo.defaultBranch, this.defaultBranchSha);
  }

  get fullName(): string {
    return `${this.repo.owner.login}/${this.repo.name}`;
  }

  isThisRepo(owner: unknown, repo: unknown): boolean {
    return (
      String(owner).toLowerCase() === this.repo.owner.login.toLowerCase() &&
      String(repo).toLowerCase() === this.repo.name.toLowerCase()
    );
  }

  /**
   * GitHub attributes what a token writes to its owner: a workflow's GITHUB_TOKEN to github-actions[bot]
   * (every workflow of the repository alike), a GitHub App installation token to the app's bot account
   * `<slug>[bot]` ("Authenticating as a GitHub App installation": activity "attributed to the app").
   */
  setTokenIdentity(token: string, login: string): void {
    this.tokenIdentities.set(token, this.accounts.get(login, login.endsWith('[bot]') ? 'Bot' : 'User'));
  }

  actorFor(authorization: string): Account {
    const token = authorization.replace(/^(token|bearer)\s+/i, '');
    return this.tokenIdentities.get(token) ?? ACTIONS_BOT;
  }

  /** `name` differs from `role` for a custom repository role, whose base is `role`. */
  setRole(login: string, role: Role, name: string = role): void {
    this.roles.set(login.toLowerCase(), { role, name });
  }

  /**
   * The explicit role (for a custom role: its base, and its name), else the owner is admin, else `read` on a
   * public repository and `none` on a private one.
   */
  role(login: string): { role: Role; name: string; explicit: boolean } {
    const explicit = this.roles.get(login.toLowerCase());
    if (explicit) return { ...explicit, explicit: true };
    if (login.toLowerCase() === this.repo.owner.login.toLowerCase())
      return { role: 'admin', name: 'admin', explicit: true };
    const role = this.repo.private ? 'none' : 'read';
    return { role, name: role, explicit: false };
  }

  /** GitHub's author_association of an account in this repository. */
  association(account: Account): string {
    if (account.login.toLowerCase() === this.repo.owner.login.toLowerCase()) return 'OWNER';
    const { role, explicit } = this.role(account.login);
    if (!explicit || role === 'none') return 'NONE';
    return this.repo.owner.type === 'Organization' && this.inAnyTeam(account.login)
      ? 'MEMBER'
      : 'COLLABORATOR';
  }

  addTeamMember(org: string, slug: string, login: string): void {
    const key = `${org}/${slug}`.toLowerCase();
    let team = this.teams.get(key);
    if (!team) this.teams.set(key, (team = { id: this.ids.take('team'), members: new Set() }));
    team.members.add(login.toLowerCase());
  }

  team(org: string, slug: string): { id: number; members: number } | undefined {
    const team = this.teams.get(`${org}/${slug}`.toLowerCase());
    return team && { id: team.id, members: team.members.size };
  }

  teamMembership(org: string, slug: string, login: string): { teamId: number } | undefined {
    const team = this.teams.get(`${org}/${slug}`.toLowerCase());
    return team?.members.has(login.toLowerCase()) ? { teamId: team.id } : undefined;
  }

  private inAnyTeam(login: string): boolean {
    for (const team of this.teams.values()) if (team.members.has(login.toLowerCase())) return true;
    return false;
  }
}
