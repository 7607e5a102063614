import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { InputError } from '../core/errors/index.js';
import { loadProjectConfig, MAX_CONFIG_BYTES } from './load.js';
import { defaultProjectConfig } from './schema.js';

const CONFIG = 'version: 1\nignore:\n  - id: CVE-2021-23337\n    reason: build-time only\n';

describe('loadProjectConfig: finding the file', () => {
  it('returns the defaults when the root has no config file', () => {
    const root = tempDir();
    assert.deepEqual(loadProjectConfig(root), {
      config: defaultProjectConfig(),
      path: undefined,
      displayPath: undefined,
      ignores: [],
      attestations: [],
      suppressions: [],
    });
  });

  it('returns the defaults when the target is a file, not a folder', () => {
    const root = tempDir();
    writeTree(root, { 'bom.json': '{}' });
    assert.equal(loadProjectConfig(join(root, 'bom.json')).path, undefined);
  });

  for (const name of ['sterling.yaml', '.sterling.yaml', 'sterling.yml']) {
    it(`reads ${name} at the root, with the ignores' source and line`, () => {
      const root = tempDir();
      writeTree(root, { [name]: CONFIG });
      const loaded = loadProjectConfig(root);
      assert.equal(loaded.path, join(root, name));
      assert.equal(loaded.displayPath, name);
      assert.deepEqual(loaded.ignores, [
        { id: 'CVE-2021-23337', reason: 'build-time only', source: name, line: 3 },
      ]);
    });
  }

  it('refuses two config files at the root', () => {
    const root = tempDir();
    writeTree(root, { 'sterling.yaml': CONFIG, '.sterling.yaml': CONFIG });
    assert.throws(() => loadProjectConfig(root), /sterling\.yaml and \.sterling\.yaml both exist/);
  });

  it('does not look in sub-folders', () => {
    const root = tempDir();
    writeTree(root, { 'packages/app/sterling.yaml': 'version: 7\n' });
    assert.equal(loadProjectConfig(root).path, undefined);
  });

  it('reads an explicit --config file instead of the one at the root', () => {
    const root = tempDir();
    const elsewhere = tempDir();
    writeTree(root, { 'sterling.yaml': 'version: 9\n' });
    writeTree(elsewhere, { 'ci.yaml': 'version: 1\nvulnerabilities:\n  failOn: critical\n' });
    const loaded = loadProjectConfig(root, join(elsewhere, 'ci.yaml'));
    assert.equal(loaded.config.vulnerabilities.failOn, 'critical');
    assert.equal(loaded.config.vulnerabilities.maxAgeHours, 24);
    assert.equal(loaded.displayPath, join(elsewhere, 'ci.yaml'));
  });

  it('shows an explicit file inside the root relative to it', () => {
    const root = tempDir();
    writeTree(root, { 'config/sterling.yaml': CONFIG });
    assert.equal(
      loadProjectConfig(root, join(root, 'config/sterling.yaml')).ignores[0]?.source,
      'config/sterling.yaml',
    );
  });
});

describe('loadProjectConfig: unusable files', () => {
  /** [name, set up the root and return the explicit path (or undefined), expected message] */
  const CASES: Array<[string, (root: string) => string | undefined, RegExp]> = [
    [
      'explicit file missing',
      (root) => join(root, 'nope.yaml'),
      /nope\.yaml: cannot read the config file \(ENOENT\)/,
    ],
    [
      'a folder named sterling.yaml',
      (root) => {
        mkdirSync(join(root, 'sterling.yaml'));
        return undefined;
      },
      /^sterling\.yaml: not a regular file$/,
    ],
    [
      'a file over the size limit',
      (root) => {
        writeFileSync(join(root, 'sterling.yaml'), `version: 1\n#${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
        return undefined;
      },
      /^sterling\.yaml: config file is \d+ bytes \(limit 1048576\)$/,
    ],
    [
      'a symlink out of the scanned folder',
      (root) => {
        const outside = tempDir();
        writeTree(outside, { 'x.yaml': CONFIG });
        symlinkSync(join(outside, 'x.yaml'), join(root, 'sterling.yaml'));
        return undefined;
      },
      /^sterling\.yaml: is a symlink to a file outside the scanned folder/,
    ],
    [
      'a dangling symlink',
      (root) => {
        symlinkSync(join(root, 'gone.yaml'), join(root, 'sterling.yaml'));
        return undefined;
      },
      /^sterling\.yaml: cannot read the config file \(ENOENT\)/,
    ],
    [
      'an invalid file names the line',
      (root) => {
        writeTree(root, {
          'sterling.yml': 'version: 1\nignore:\n  - id: CVE-1\n    reason: r\n    untill: 2026-01-01\n',
        });
        return undefined;
      },
      /^sterling\.yml:5: unknown key "untill" in ignore\[0\]; did you mean "until"\?$/,
    ],
  ];
  for (const [name, setUp, message] of CASES) {
    it(name, () => {
      const root = tempDir();
      const explicit = setUp(root);
      assert.throws(
        () => loadProjectConfig(root, explicit),
        (e: unknown) => e instanceof InputError && message.test(e.message),
      );
    });
  }

  it('reads a symlink that stays inside the scanned folder', () => {
    const root = tempDir();
    writeTree(root, { 'config/real.yaml': CONFIG });
    symlinkSync(join(root, 'config/real.yaml'), join(root, 'sterling.yaml'));
    assert.equal(loadProjectConfig(root).ignores.length, 1);
  });
});
