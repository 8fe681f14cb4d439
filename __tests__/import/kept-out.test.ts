import { describe, expect, test } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { importMarkdown } from '../../src/import/index.js';
import { compilePattern } from '../../src/util/pattern.js';

/** The checks the first item under `heading` becomes (items after it may name the document's stack). */
function checksOf(item: string, heading = 'Release', after = ''): Array<Record<string, unknown>> {
  const result = importMarkdown(`# Release\n## ${heading}\n- [ ] ${item}\n${after}`, {
    registry: defaultRegistry,
    source: 'release.md',
  });
  if (!result.ok) throw new Error(result.message);
  const [explained] = result.explanations;
  return (explained?.checks ?? []).map((c) => c.check as Record<string, unknown>);
}

/** Whether a written pattern finds something in the text, as the gate runs it (RE2, multiline). */
const finds = (pattern: unknown, text: string, ignoreCase = false) =>
  compilePattern(String(pattern), { multiline: true, ignoreCase }).test(text);

describe('secrets named by any noun, in the code or not', () => {
  test.each([
    'No AWS/GCP/database credentials in code',
    'No OAuth client secrets in code',
    'API keys not in code ✓',
    'Secrets in the vault, not in the repository',
  ])('%s is the secret scan', (item) => {
    expect(checksOf(item).map((c) => c.kind)).toEqual(['repo.secrets']);
  });

  test('the images beside the code are the Dockerfiles’ no-secrets rule too', () => {
    const checks = checksOf('No secrets in code or in images');
    expect(checks.map((c) => c.kind)).toEqual(['repo.secrets', 'docker.policy']);
    expect(checks[1]).toMatchObject({ 'no-secrets': true, 'non-root': false, 'multi-stage': false });
  });

  test.each([
    'Store the API keys in the secrets manager',
    'Add the API key to the code',
    'No translation keys hard-coded in source',
    'No secrets in git history',
  ])('%s stays manual', (item) => {
    expect(checksOf(item)).toEqual([]);
  });
});

describe('paths kept out of git and out of the Docker build', () => {
  test('a file in .gitignore is untracked in any folder; in .dockerignore a line of that file names it', () => {
    expect(checksOf('`serviceAccountKey.json` is in `.gitignore`')).toEqual([
      { kind: 'repo.untracked', paths: ['**/serviceAccountKey.json'] },
    ]);
    const [docker] = checksOf('`serviceAccountKey.json` is in `.dockerignore`');
    expect(docker).toMatchObject({ kind: 'repo.required-pattern', files: ['**/.dockerignore'] });
    expect(finds(docker?.pattern, 'node_modules\nserviceAccountKey.json\n')).toBe(true);
    expect(finds(docker?.pattern, 'node_modules\n**/serviceAccountKey.json\n')).toBe(true);
    expect(finds(docker?.pattern, '# serviceAccountKey.json\n!serviceAccountKey.json\n')).toBe(false);
  });

  test('.env files in both ignore files: untracked, and a .dockerignore line that starts with .env', () => {
    const checks = checksOf('`.env*` files are in `.dockerignore` and `.gitignore`');
    expect(checks.map((c) => c.kind)).toEqual(['repo.untracked', 'repo.required-pattern']);
    expect(finds(checks[1]?.pattern, '.env*\n')).toBe(true);
    expect(finds(checks[1]?.pattern, '**/.env.local\n')).toBe(true);
    expect(finds(checks[1]?.pattern, 'dist\n')).toBe(false);
  });

  test('not staged, and a `git status | grep NAME` names the file', () => {
    expect(checksOf('No `credentials.json` in staged files')).toEqual([
      { kind: 'repo.untracked', paths: ['**/credentials.json'] },
    ]);
    expect(checksOf('No uncommitted service account keys: `git status | grep serviceAccountKey`')).toEqual([
      { kind: 'repo.untracked', paths: ['**/*serviceAccountKey*'] },
    ]);
  });
});

describe('project file elements and calls left in the code, as the gate runs the patterns', () => {
  test('elements set in the .csproj, with a value, or naming a file', () => {
    const set = checksOf('Ensure `<Authors>` and `<Company>` are set in `.csproj`');
    expect(set.map((c) => c.kind)).toEqual(['repo.required-pattern', 'repo.required-pattern']);
    expect(finds(set[0]?.pattern, '  <Authors>Harbour Team</Authors>\n')).toBe(true);
    expect(finds(set[0]?.pattern, '  <Authors></Authors>\n')).toBe(false);
    const [value] = checksOf(
      '`<GenerateDocumentationFile>true</GenerateDocumentationFile>` is set in `.csproj`',
    );
    expect(finds(value?.pattern, '<GenerateDocumentationFile>True</GenerateDocumentationFile>', true)).toBe(
      true,
    );
    expect(finds(value?.pattern, '<GenerateDocumentationFile>false</GenerateDocumentationFile>', true)).toBe(
      false,
    );
    const [readme] = checksOf('`<PackageReadmeFile>` in the `.csproj` points to `README.md`');
    expect(finds(readme?.pattern, '<PackageReadmeFile>docs/README.md</PackageReadmeFile>')).toBe(true);
    expect(finds(readme?.pattern, '<PackageReadmeFile>NOTES.md</PackageReadmeFile>')).toBe(false);
    expect(checksOf('Update `<PackageReleaseNotes>` in the `.csproj`')).toEqual([]);
  });

  test('a Rust call and macros: in .rs files, the call and not a longer name', () => {
    const [unwrap] = checksOf('No `.unwrap()` in production code', 'Code', '- [ ] `cargo test` passes\n');
    expect(unwrap).toMatchObject({ kind: 'repo.forbidden-pattern', include: ['**/*.rs'] });
    const [pattern] = unwrap?.patterns as string[];
    expect(finds(pattern, 'let v = parse(s).unwrap();\n')).toBe(true);
    expect(finds(pattern, 'let v = parse(s).unwrap_or(0);\n')).toBe(false);
    const [macros] = checksOf('No `todo!()` or `unimplemented!()`');
    const patterns = macros?.patterns as string[];
    expect(patterns.some((p) => finds(p, 'fn f() { todo!() }\n'))).toBe(true);
    expect(patterns.some((p) => finds(p, 'fn f() { unimplemented!("later") }\n'))).toBe(true);
    expect(patterns.some((p) => finds(p, '// TODO: later\nfn mytodo() {}\n'))).toBe(false);
  });
});

describe('variables: a flag turned off, a default secret, a platform’s own, a placeholder', () => {
  test('Disable `DEBUG`: unset or a false value', () => {
    const [check] = checksOf('Disable `DEBUG`');
    const rule = (check?.variables as Record<string, Record<string, unknown>>).DEBUG;
    expect(rule?.required).toBe(false);
    for (const v of ['False', 'false', '0', 'off']) expect(finds(rule?.matches, v)).toBe(true);
    for (const v of ['True', '1', 'false-ish']) expect(finds(rule?.matches, v)).toBe(false);
  });

  test('Change default JWT secret names JWT_SECRET', () => {
    expect(checksOf('Change default JWT secret')).toEqual([
      { kind: 'env.policy', variables: { JWT_SECRET: { 'not-placeholder': true } } },
    ]);
  });

  test.each([
    'Configure Vercel environment variables (IRON_SESSION_PASSWORD, MONGODB_URI)',
    'Add `OPENAI_API_KEY=your_key_here`',
  ])('%s stays manual', (item) => {
    expect(checksOf(item, 'Environment Variables')).toEqual([]);
  });

  test('All required variables documented, under an environment heading only', () => {
    expect(checksOf('All required variables documented', 'Environment Variables')).toEqual([
      { kind: 'env.documented' },
    ]);
    expect(checksOf('All required variables documented', 'Terraform module')).toEqual([]);
  });
});
