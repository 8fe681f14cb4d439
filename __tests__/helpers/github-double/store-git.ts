/** Commits (with parents), branches and the files tests store per commit; a commit sees its ancestors' files. */
import { isFullSha } from './ids.js';

export class GitStore {
  private readonly parents = new Map<string, string | undefined>();
  private readonly branches = new Map<string, string>();
  private readonly files = new Map<string, Map<string, Buffer>>();

  addCommit(sha: string, parent?: string): void {
    if (!isFullSha(sha)) throw new Error(`not a 40-character lower-case hex SHA: ${JSON.stringify(sha)}`);
    if (!this.parents.has(sha) || (parent && this.parents.get(sha) === undefined && parent !== sha)) {
      this.parents.set(sha, parent);
    }
  }

  hasCommit(sha: string): boolean {
    return this.parents.has(sha);
  }

  setBranch(name: string, sha: string): void {
    this.addCommit(sha);
    this.branches.set(name.replace(/^refs\/heads\//, ''), sha);
  }

  branch(name: string): string | undefined {
    return this.branches.get(name);
  }

  /** A SHA (full or at least 7 characters of a known commit), a branch, `heads/x` or `refs/heads/x`. */
  resolve(ref: string): string | undefined {
    if (this.parents.has(ref)) return ref;
    const branch = this.branches.get(ref.replace(/^(refs\/)?heads\//, ''));
    if (branch) return branch;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const found = [...this.parents.keys()].filter((sha) => sha.startsWith(ref));
      if (found.length === 1) return found[0];
    }
    return undefined;
  }

  /** Whether `sha` is `tip` or one of its first-parent ancestors. */
  isAncestor(sha: string, tip: string): boolean {
    for (const at of this.ancestry(tip)) if (at === sha) return true;
    return false;
  }

  putFile(sha: string, path: string, content: string | Buffer): void {
    let tree = this.files.get(sha);
    if (!tree) this.files.set(sha, (tree = new Map()));
    tree.set(path.replace(/^\/+/, ''), Buffer.isBuffer(content) ? content : Buffer.from(content));
  }

  /** The file at `path` as of commit `sha`: stored on it or, failing that, on its nearest ancestor. */
  readFile(sha: string, path: string): Buffer | undefined {
    for (const commit of this.ancestry(sha)) {
      const found = this.files.get(commit)?.get(path);
      if (found) return found;
    }
    return undefined;
  }

  /** Paths directly under `dir` as of commit `sha`, with whether each is a directory. */
  listDir(sha: string, dir: string): Array<{ name: string; path: string; isDir: boolean }> {
    const prefix = dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
    const entries = new Map<string, boolean>();
    for (const commit of this.ancestry(sha)) {
      for (const path of this.files.get(commit)?.keys() ?? []) {
        if (!path.startsWith(prefix)) continue;
        const [name = '', ...rest] = path.slice(prefix.length).split('/');
        if (!entries.has(name)) entries.set(name, rest.length > 0);
      }
    }
    return [...entries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, isDir]) => ({ name, path: `${prefix}${name}`, isDir }));
  }

  private *ancestry(sha: string): Generator<string> {
    const seen = new Set<string>();
    for (let at: string | undefined = sha; at && !seen.has(at); at = this.parents.get(at)) {
      seen.add(at);
      yield at;
    }
  }
}
