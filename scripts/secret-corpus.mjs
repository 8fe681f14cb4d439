// The planted-secret corpus: a seeded, deterministic git repository of realistic files (.env, config.js,
// settings.py, YAML, JSON, Dockerfiles, key files, docs) with generated credentials of many kinds and
// look-alike decoys, plus a manifest of the ground truth (file, line, kind, secret or decoy) kept outside
// the repository so that no scanner reads it. Every token is generated here, in its provider's format
// (GitHub's CRC32 checksum included); none is a real credential.
//
//   node scripts/secret-corpus.mjs [dir]      (default .bench/secret-corpus; manifest at <dir>.json)
//
// Decisions the manifest encodes: Stripe publishable keys (pk_) are decoys, as are public keys, template
// references and documentation examples; Stripe test-mode secret keys (sk_test_/rk_test_) are secrets.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../bench/random.mjs';
import {
  ALNUM,
  decoyMakers,
  FILE_KINDS,
  FILLER,
  HEX,
  PLACEMENTS,
  secretMakers,
} from '../bench/secrets-corpus-kinds.mjs';

export const CORPUS_PARAMS = { generator: 3, seed: 20261122, files: 120 };

/** Builds the files: returns { files: {path: text}, manifest: [{file, line, kind, secret}] }. */
export function buildCorpus(params = CORPUS_PARAMS) {
  const r = createRandom(params.seed);
  const makers = secretMakers(r);
  const decoys = decoyMakers(r);
  const files = {};
  const manifest = [];
  const counters = {};
  const plant = (file, lines, entry) => {
    manifest.push({ file, line: lines.length + 1, ...entry });
  };

  // Key files: one PEM a file, the BEGIN line is where the secret is reported.
  const keyKinds = ['private-key-rsa', 'private-key-ec', 'private-key-openssh', 'private-key-pgp'];
  keyKinds.forEach((kind, k) => {
    for (let i = 0; i < 4; i += 1) {
      const file = `keys/${kind.replace('private-key-', '')}-${i}.${k === 3 ? 'asc' : 'pem'}`;
      const lines = [];
      plant(file, lines, { kind, secret: true });
      lines.push(...makers[kind]());
      files[file] = `${lines.join('\n')}\n`;
    }
  });
  // GCP service-account files: the private key sits on one JSON line with \n escapes.
  for (let i = 0; i < 6; i += 1) {
    const file = `credentials/gcp-sa-${i}.json`;
    const body = makers['gcp-service-account']()
      .match(/.{1,64}/g)
      .join('\\n');
    const lines = [
      '{',
      '  "type": "service_account",',
      `  "project_id": "shop-${i}",`,
      `  "private_key_id": "${r.chars(HEX, 40)}",`,
    ];
    plant(file, lines, { kind: 'gcp-service-account', secret: true });
    lines.push(`  "private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n",`);
    lines.push(`  "client_email": "deploy@shop-${i}.iam.gserviceaccount.com"`, '}');
    files[file] = `${lines.join('\n')}\n`;
  }
  // Public keys and placeholder key blocks: decoys.
  for (let i = 0; i < 8; i += 1) {
    const file = `keys/public-${i}.pem`;
    const lines = [];
    plant(file, lines, { kind: 'public-key', secret: false });
    lines.push(
      '-----BEGIN PUBLIC KEY-----',
      ...Buffer.from(r.chars(ALNUM, 294))
        .toString('base64')
        .match(/.{1,64}/g),
      '-----END PUBLIC KEY-----',
    );
    files[file] = `${lines.join('\n')}\n`;
  }
  for (let i = 0; i < 4; i += 1) {
    const file = `docs/keys-${i}.md`;
    const lines = ['# Deploy keys', '', 'Put the key in the vault, shaped like this:', '', '```'];
    plant(file, lines, { kind: 'placeholder-key-block', secret: false });
    lines.push(
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEpAIBAAKCAQEA...',
      '...',
      '-----END RSA PRIVATE KEY-----',
      '```',
    );
    files[file] = `${lines.join('\n')}\n`;
  }

  // Config files: filler, then a mix of secrets and decoys.
  const secretKinds = Object.keys(PLACEMENTS);
  const decoyKinds = Object.keys(decoys);
  for (let i = 0; i < params.files; i += 1) {
    const fileKind = Object.keys(FILE_KINDS)[i % Object.keys(FILE_KINDS).length];
    const file = FILE_KINDS[fileKind].name(i);
    const lines = fileKind === 'json' ? ['{'] : [];
    const planted = r.range(3, 6);
    for (let n = 0; n < planted; n += 1) {
      for (let f = r.range(1, 3); f > 0; f -= 1) lines.push(r.pick(FILLER[fileKind]));
      const usable = secretKinds.filter((k) => PLACEMENTS[k][fileKind]);
      if (r.chance(0.5) && usable.length > 0) {
        // Spread the kinds evenly: the least planted kind that fits this file goes next.
        const kind = usable.sort((a, b) => (counters[a] ?? 0) - (counters[b] ?? 0) || a.localeCompare(b))[0];
        counters[kind] = (counters[kind] ?? 0) + 1;
        plant(file, lines, { kind, secret: true });
        const secret = makers[kind]();
        lines.push(PLACEMENTS[kind][fileKind].replace(/(?<![A-Za-z_])S(?![A-Za-z_])/, () => secret));
      } else {
        const kind = decoyKinds[(manifest.length + n) % decoyKinds.length];
        plant(file, lines, { kind, secret: false });
        lines.push(decoys[kind]());
      }
    }
    if (fileKind === 'json') lines.push('  "end": true', '}');
    files[file] = `${lines.join('\n')}\n`;
  }
  // Inline-ignored test fixture: a secret a comment accepts is not counted either way.
  return { files, manifest };
}

/** Writes the corpus into `root` (a fresh git repository) and the manifest to `<root>.json`. */
export function writeCorpus(root, params = CORPUS_PARAMS) {
  const { files, manifest } = buildCorpus(params);
  rmSync(root, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const git = (...args) => {
    const r = spawnSync(
      'git',
      [
        '-C',
        root,
        '-c',
        'user.name=Preflight Bench',
        '-c',
        'user.email=bench@example.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'corpus');
  const summary = {
    params,
    files: Object.keys(files).length,
    secrets: manifest.filter((m) => m.secret).length,
    decoys: manifest.filter((m) => !m.secret).length,
    secretKinds: [...new Set(manifest.filter((m) => m.secret).map((m) => m.kind))].length,
  };
  writeFileSync(`${root}.json`, `${JSON.stringify({ ...summary, manifest }, null, 1)}\n`);
  return { ...summary, manifest };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(
    process.argv[2] ?? path.join(fileURLToPath(new URL('..', import.meta.url)), '.bench/secret-corpus'),
  );
  const s = writeCorpus(root);
  process.stdout.write(
    `${root}: ${s.files} files, ${s.secrets} secrets of ${s.secretKinds} kinds, ${s.decoys} decoys\n`,
  );
}
