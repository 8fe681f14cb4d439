/** Accounts (users, bots, organizations) and their REST and GraphQL representations. */
import { legacyNodeId } from './ids.js';

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface Account {
  login: string;
  id: number;
  type: AccountType;
  nodeId: string;
}

/** The identity of the GITHUB_TOKEN: REST login `github-actions[bot]`, GraphQL login `github-actions`. */
export const ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  nodeId: legacyNodeId('Bot', 41898282),
};

/** Where the double's objects point: API URLs at the double (as on GitHub Enterprise Server), pages at github.com. */
export interface Urls {
  api: string;
  web: string;
}

export class Accounts {
  private readonly byLogin = new Map<string, Account>([[ACTIONS_BOT.login.toLowerCase(), ACTIONS_BOT]]);
  private nextId = 81_000_001;

  get(login: string, type?: AccountType): Account {
    const key = login.toLowerCase();
    let account = this.byLogin.get(key);
    if (!account) {
      const kind: AccountType = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
      const id = this.nextId++;
      account = { login, id, type: kind, nodeId: legacyNodeId(kind, id) };
      this.byLogin.set(key, account);
    }
    return account;
  }
}

/** REST `simple-user`. */
export function restUser(urls: Urls, account: Account): Record<string, unknown> {
  const api = `${urls.api}/users/${encodeURIComponent(account.login)}`;
  const html =
    account.type === 'Bot'
      ? `${urls.web}/apps/${account.login.replace(/\[bot\]$/, '')}`
      : `${urls.web}/${account.login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url:
      account.type === 'Bot'
        ? `https://avatars.githubusercontent.com/in/${account === ACTIONS_BOT ? 15368 : account.id}?v=4`
        : `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: html,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GraphQL `Actor`: bots have no `[bot]` suffix there. */
export function graphqlActor(account: Account): { __typename: AccountType; login: string } {
  return { __typename: account.type, login: account.login.replace(/\[bot\]$/, '') };
}
