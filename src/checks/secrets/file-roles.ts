/**
 * What a tracked file is for, as far as judging a credential in it goes. Test code and fixtures are made
 * to hold values shaped like credentials (a scanner's own test inputs, a test server's key, a fake token
 * a validator is tested on), documentation shows how a credential is written, and a CI file that sets a
 * test environment configures the throwaway services its tests run against. gitleaks' users, GitHub's
 * `secret_scanning.yml` (`paths-ignore`) and secretlint's ignore files leave exactly these out by hand;
 * repo.secrets reports what it finds there as notes instead, so nothing is hidden and nothing fails
 * the release for it (`test-files: fail`, `doc-files: fail` judge them like any file).
 */

export type FileRole = 'test' | 'docs' | 'ci';

/** Folders that hold tests, fixtures and mocks. */
const TEST_DIRS = new Set([
  'test',
  'tests',
  '__tests__',
  '__test__',
  'spec',
  'specs',
  '__specs__',
  'fixture',
  'fixtures',
  '__fixtures__',
  'testdata',
  'test-data',
  'test_data',
  'testfixtures',
  '__mocks__',
  'mocks',
  'e2e',
]);

/**
 * Test files by name: `*.test.*`, `*.spec.*`, `*_test.go`, `test_*.py`, `*_test.py`, `*_spec.rb`,
 * `FooTest.java`, `FooTests.cs`, `.env.test`, `.env.testing`.
 */
const TEST_NAME =
  /(?:\.(?:test|spec|e2e-spec|e2e)\.[A-Za-z0-9]+$|_test\.[A-Za-z0-9]+$|^test_[^/]*\.py$|_spec\.rb$|[a-z0-9]Tests?\.(?:java|kt|scala|cs|groovy|swift)$|^\.env\.test(?:ing)?(?:\.[\w-]+)?$)/;

/** Documentation by extension, and the folders that hold it. */
const DOC_NAME = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
const DOC_DIRS = new Set(['docs', 'doc', 'documentation', 'examples', 'example']);

/**
 * Example configuration: `.env.example`, `.env.sample`, `.env.template`, `config.example.json`,
 * `settings.sample.yml`, `example.env`. Its job is to show where a credential goes.
 */
const EXAMPLE_NAME = /(?:^|[._-])(?:example|sample)(?:[._-]|$)|^\.env\.(?:template|dist|defaults?)$/i;

/** CI configuration files. */
const CI_FILE =
  /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/[^/]+\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.woodpecker(?:\.ya?ml|\/[^/]+\.ya?ml)|\.buildkite\/[^/]+\.ya?ml|appveyor\.ya?ml)$/;

/** A CI file that runs its jobs in a test environment (`NODE_ENV: test`, `RAILS_ENV=test`, …). */
const TEST_ENVIRONMENT =
  /\b(?:NODE_ENV|RAILS_ENV|RACK_ENV|APP_ENV|FLASK_ENV|DJANGO_ENV|MIX_ENV|ASPNETCORE_ENVIRONMENT|APP_ENVIRONMENT|ENVIRONMENT)['"]?[ \t]*[:=][ \t]*['"]?(?:test|testing|ci)\b/;

/** The role of a tracked file by its path alone (`ci` needs the text: see ciRunsTests). */
export function fileRole(file: string): FileRole | undefined {
  const parts = file.split('/');
  const name = parts[parts.length - 1] as string;
  const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
  if (dirs.some((d) => TEST_DIRS.has(d)) || TEST_NAME.test(name)) return 'test';
  if (DOC_NAME.test(name) || dirs.some((d) => DOC_DIRS.has(d)) || EXAMPLE_NAME.test(name)) return 'docs';
  if (CI_FILE.test(file)) return 'ci';
  return undefined;
}

/** Whether a CI file's text sets a test environment for what it runs. */
export function ciRunsTests(text: string): boolean {
  return TEST_ENVIRONMENT.test(text);
}
