import { describe, expect, test } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { validateImported } from '../../src/import/command.js';
import { importMarkdown, type ImportOptions } from '../../src/import/index.js';
import { toolsOf } from '../../src/import/rules/commands.js';

/** The command each box became (undefined: manual), imported as in a repository with these root files. */
function commands(boxes: string[], repo: Partial<ImportOptions> = {}): Array<string[] | undefined> {
  const md = ['# Release', '## Code quality', ...boxes.map((b) => `- [ ] ${b}`)].join('\n');
  const result = importMarkdown(md, { registry: defaultRegistry, source: 'release.md', ...repo });
  if (!result.ok) throw new Error(result.message);
  expect(validateImported(result.yaml)).toEqual([]);
  return result.explanations.map((e) => {
    const runs = e.checks.filter((c) => c.kind === 'command').map((c) => String(c.check.run));
    return runs.length > 0 ? runs : undefined;
  });
}

describe('the claim grammar of project checks', () => {
  test('a Go project: a checker by its name, the race detector, an audit with no tool named', () => {
    expect(
      commands(
        [
          'golangci-lint: 0 issues',
          'All tests passing with race detection',
          'No security vulnerabilities',
          'gofmt clean',
          'Security vulnerabilities triaged with the team',
        ],
        { repoStack: 'go', repoFiles: ['go.mod', 'Makefile'] },
      ),
    ).toEqual([
      ['golangci-lint run'],
      ['go test -race ./...'],
      ['govulncheck ./...'],
      ['test -z "$(gofmt -l .)"'],
      undefined,
    ]);
  });

  test('a Gradle project: its wrapper runs the tests, the compile and the named linter', () => {
    expect(
      commands(
        [
          'Unit tests pass',
          'Code compiles with no errors or warnings',
          'All lint and static analysis issues resolved ./gradlew ktlintFormat',
        ],
        { repoStack: 'java', repoFiles: ['build.gradle.kts', 'settings.gradle.kts', 'gradlew'] },
      ),
    ).toEqual([['./gradlew test'], ['./gradlew assemble'], ['./gradlew ktlintCheck']]);
  });

  test('a PHP package: checkers named with "with", tests by PHPUnit, no `artisan` without the file', () => {
    expect(
      commands(
        [
          'Code formatting with Laravel Pint',
          'Static analysis with PHPStan',
          'All unit tests passing (33 tests with 70 assertions)',
          'No known security vulnerabilities in dependencies',
        ],
        { repoFiles: ['composer.json', 'phpunit.xml.dist'] },
      ),
    ).toEqual([
      ['vendor/bin/pint --test'],
      ['vendor/bin/phpstan analyse'],
      ['vendor/bin/phpunit'],
      ['composer audit'],
    ]);
  });

  test('a Python project: the audit is pip-audit; a severity keeps the claim', () => {
    expect(
      commands(
        [
          'No critical security vulnerabilities in dependencies',
          'Dependency vulnerabilities scanned (`pip-audit`)',
          'No XSS vulnerabilities (web)',
        ],
        { repoStack: 'python', repoFiles: ['pyproject.toml'] },
      ),
    ).toEqual([['pip-audit'], ['pip-audit'], undefined]);
  });

  test('a Flutter app: a web build under its platform, `dart format` applied; an iOS build stays manual', () => {
    const md = [
      '# Release',
      '## Web',
      '- [ ] Builds without errors',
      '## iOS',
      '- [ ] Builds without errors',
      '## Analysis',
      '- [ ] `dart format .` applied',
    ].join('\n');
    const result = importMarkdown(md, {
      registry: defaultRegistry,
      source: 'release.md',
      repoStack: 'flutter',
      repoFiles: ['pubspec.yaml'],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.explanations.map((e) => e.checks.map((c) => c.check.run))).toEqual([
      ['flutter build web'],
      [],
      ['dart format --output=none --set-exit-if-changed .'],
    ]);
  });

  test('steps that are no pass or fail stay manual: a platform setting, a look at the output, a condition', () => {
    expect(
      commands([
        'Build command configured: `mvn clean package -DskipTests`',
        '`cargo package` - check which files are being included in the build',
        'All tests passing (if tests exist)',
        'ESLint passes (if configured)',
        'Run test video post in dry-run mode',
        'Abuse tests passed',
      ]),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  test('the toolchains come from root files and from the words', () => {
    expect(toolsOf([], ['gradlew', 'composer.json', 'uv.lock', 'justfile'])).toEqual([
      'gradle',
      'just',
      'php',
      'uv',
    ]);
    expect(toolsOf(['Run `php artisan test`', 'Maven build'], [])).toEqual(['laravel', 'maven', 'php']);
  });
});
