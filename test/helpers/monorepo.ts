import { ALICE, BOB, TestRepo } from './git.js';

/** The head of an ELF file: a binary by its magic. */
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]);
export const GO_FUZZ = 'package a\n\nimport "testing"\n\nfunc FuzzParse(f *testing.F) {\n}\n';

/** An npm lockfile (v3) of a project with one dependency. */
export function npmLock(name: string, dep: string, version: string): string {
  return JSON.stringify({
    name,
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': { name, version: '1.0.0', dependencies: { [dep]: version } },
      [`node_modules/${dep}`]: { version },
    },
  });
}

/**
 * A monorepo whose tag `v1` and HEAD differ in files and in history.
 *
 * At v1 (Alice, acme.io, 300 to 196 days ago): root LICENSE, SECURITY.md and Dependabot config;
 * `packages/a` with a lockfile, a Go fuzz test, an ELF binary and its own SECURITY.md;
 * `packages/b` with a README only; `packages/old` with a lockfile.
 * After v1 (Bob, globex.com, the last days): six commits to `packages/a`, then one that removes
 * its fuzz test and `packages/old`. `packages/b` is touched by the first commit only.
 */
export function monorepoWithHistory(): TestRepo & { v1: string; head: string } {
  const repo = new TestRepo();
  repo.commit({
    author: ALICE,
    daysAgo: 300,
    message: 'init',
    files: {
      LICENSE: 'MIT License\n',
      'SECURITY.md': '# Security\n\nReport vulnerabilities to https://example.org/security\n',
      '.github/dependabot.yml': 'version: 2\nupdates: []\n',
      'packages/a/package-lock.json': npmLock('a', 'left-pad', '0.9.0'),
      'packages/a/parse_test.go': GO_FUZZ,
      'packages/a/bin/tool': ELF,
      'packages/a/SECURITY.md': '# Security of a\n\nMail security@example.org; we disclose within 90 days.\n',
      'packages/b/README.md': '# b\n',
      'packages/old/package-lock.json': npmLock('old', 'is-odd', '1.0.0'),
    },
  });
  for (let i = 0; i < 5; i++) {
    repo.commit({ author: ALICE, daysAgo: 200 - i, files: { [`packages/a/change${i}.txt`]: String(i) } });
  }
  repo.git({}, 'tag', 'v1');
  const v1 = repo.sha();
  for (let i = 0; i < 6; i++) {
    repo.commit({ author: BOB, daysAgo: 6 - i, files: { [`packages/a/bob${i}.txt`]: String(i) } });
  }
  repo.git({}, 'rm', '-q', '-r', 'packages/old', 'packages/a/parse_test.go');
  repo.commit({ author: BOB, daysAgo: 0, message: 'drop old things', files: {} });
  return Object.assign(repo, { v1, head: repo.sha() });
}
