import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectLicense, licenseFileName } from './license.js';

const DOC_EXTS = [
  '',
  '.adoc',
  '.asc',
  '.docx',
  '.doc',
  '.ext',
  '.html',
  '.markdown',
  '.md',
  '.rst',
  '.txt',
  '.xml',
];

// Scorecard v5's own vectors (checks/raw/license_test.go TestLicenseFileCheck): name + extension.
const LICENSE_NAMES: Array<[string, string[]]> = [
  ['LICENSE', DOC_EXTS],
  ['LICENCE', DOC_EXTS],
  ['COPYING', [...DOC_EXTS, '-MIT']],
  ['MIT-LICENSE-MIT', ['']],
  ['MIT-COPYING', ['']],
  ['LPPL-1.3clicences', ['', '.xml']],
  ['LICENSE_LPPL-1.3c', ['', '.md']],
  ['PATENTS', ['', '.txt']],
  ['license-CC-BY-4.0', DOC_EXTS],
  ...[
    'APACHE_LICENSETEXT.md',
    'COPYRIGHT',
    'COPYRIGHT.txt',
    'GPL-2.0-LICENSE',
    'GPL-LICENSE',
    'GPL2LICENCES',
    'GPLLICENCE',
    'LICENCES',
    'LICENSE-ASL.txt',
    'LICENSE-MPL-2.0',
    'LICENSE-binary',
    'LICENSE-junit.txt',
    'LICENSE.txt',
    'LICENSES.txt',
    'LICENSES/Apache-2.0.txt',
    'LICENSE_RELEASE',
    'Licenses/GPL-3.0.md',
    'MIG_kjahdskhaskjdhk_LICENSE',
    'MIT-License',
    'MIT_.0_LICENSE',
    'MIT_kjahdskhaskjdhk_LICENSE',
    'UNLICENSE.md',
    'license.md',
    'mit-2-0-0-LICENSE',
    'mit-2.0.0-LICENSE',
    'mit.2.0.0.LICENSE',
    'mit_2_0_0_LICENSE',
    'mit_2_0_LICENSE',
    'unlicense',
  ].map((n): [string, string[]] => [n, ['']]),
];

const NOT_LICENSE_NAMES: Array<[string, string[]]> = [
  ['OFL', ['', '.md', '.textile']],
  ['Artistic-1.0-Perl LICENSE', ['', '.md', '.textile']],
  ['GPL', ['v1', '-1.0', 'v2', '-2.0', 'v3', '-3.0']],
  ...[
    '.actions/ASFLicenseHeaderMarkdown.txt',
    '.baseline/copyright/001_apache-2.0.txt',
    '.copyrightignore',
    '.dependency_license',
    '.github/testForLicenseHeaders.sh',
    '.github/workflows/ci_check_license.yml',
    '.github/workflows/license-check.yaml',
    '.github/workflows/license.yml',
    '.idea/copyright/Eclipse.xml',
    '.licenserc.yaml',
    '.yarn/cache/spdx-license-ids-npm-3.0.5-cb028e9441-b1ceea3f87.zip',
    'Docgen/business/features/org.polarsys.kitalpha.doc.gen.business.core.feature/license.html',
    'LICENSE,',
    'VotoSerifGX-OFL/Fonts/VotoSerifGX-VarTTF/OFL.txt',
    'content/dev/apply-license.md',
    'examples-trunk/LICENSE',
    'jetty-artifact-remote-resources/src/main/resources/META-INF/LICENSE',
    'license.yaml',
    'licenserc.yaml',
    'python-phoenixdb/LICENSE',
    'static/fonts/OFL.txt',
  ].map((n): [string, string[]] => [n, ['']]),
];

describe('license file names (Scorecard vectors)', () => {
  for (const [name, exts] of LICENSE_NAMES) {
    for (const ext of exts) {
      it(`${name + ext} is a license file`, () => assert.ok(licenseFileName(name + ext), name + ext));
    }
  }
  for (const [name, exts] of NOT_LICENSE_NAMES) {
    for (const ext of exts) {
      it(`${name + ext} is not`, () => assert.equal(licenseFileName(name + ext), undefined));
    }
  }
});

describe('collectLicense', () => {
  const cases: Array<[string, string[], { path: string; spdxId: string; approved: boolean } | undefined]> = [
    [
      'plain LICENSE: no SPDX id, not approved',
      ['LICENSE', 'README.md'],
      { path: 'LICENSE', spdxId: 'NOASSERTION', approved: false },
    ],
    ['SPDX id after the name', ['LICENSE-MIT'], { path: 'LICENSE-MIT', spdxId: 'MIT', approved: true }],
    [
      'SPDX id before the name',
      ['Apache-2.0-LICENSE.txt'],
      { path: 'Apache-2.0-LICENSE.txt', spdxId: 'Apache-2.0', approved: true },
    ],
    [
      'unlicense maps to Unlicense',
      ['UN-LICENSE'],
      { path: 'UN-LICENSE', spdxId: 'UNLICENSE', approved: true },
    ],
    [
      'the first in walk order wins',
      ['COPYING', 'LICENSE-MIT'],
      { path: 'COPYING', spdxId: 'NOASSERTION', approved: false },
    ],
    ['a license in a subfolder does not count', ['docs/LICENSE', 'src/a.c'], undefined],
  ];
  for (const [name, paths, want] of cases) {
    it(name, () => {
      const got = collectLicense(paths).files[0];
      assert.deepEqual(got && { path: got.path, spdxId: got.spdxId, approved: got.approved }, want);
    });
  }
  it('hostile names are rejected quickly: the pattern only sees short candidates', () => {
    const long = 'a'.repeat(120);
    const paths = [
      ...Array.from({ length: 20_000 }, (_, i) => `${long}--LICENSE${i}`),
      ...Array.from({ length: 20_000 }, (_, i) => `${long} LICENSE/${i}`),
      ...Array.from({ length: 20_000 }, (_, i) => `${'b'.repeat(300)}${i}`),
      'a'.repeat(100_000),
    ];
    assert.deepEqual(collectLicense(paths).files, []);
  });
  it('a LICENSES/ folder counts once its name qualifies', () => {
    assert.equal(collectLicense(['LICENSES/Apache-2.0.txt']).files[0]?.spdxId, 'Apache-2.0');
  });
});
