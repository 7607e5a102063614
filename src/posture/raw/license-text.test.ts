import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../../test/helpers/tmp.js';
import { collectLicense } from './license.js';
import { identifyLicenseText, LICENSE_TEXT_MAX_BYTES, readLicenseText } from './license-text.js';

const MIT =
  'MIT License\n\nCopyright (c) 2024 A. Person\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n' +
  'of this software ...\n\nThe above copyright notice and this permission notice shall be included in all\ncopies.';
const BSD = (extra: string) =>
  'Copyright (c) 2020 A. Person. All rights reserved.\n\nRedistribution and use in source and binary forms, with or without\n' +
  `modification, are permitted provided that the following conditions are met:\n${extra}`;
const NOT_ENDORSE =
  '3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote products derived from this software.';

describe('identifyLicenseText', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['MIT', MIT, 'MIT'],
    [
      'MIT in Markdown emphasis and curly quotes',
      `# MIT License\n\n**${MIT.replace('(c)', '\u201cc\u201d')}**`,
      'MIT',
    ],
    [
      'Apache-2.0 header',
      '   Apache License\n   Version 2.0, January 2004\n  http://www.apache.org/licenses/',
      'Apache-2.0',
    ],
    ['BSD-3-Clause', BSD(`1. ...\n2. ...\n${NOT_ENDORSE}`), 'BSD-3-Clause'],
    ['BSD-2-Clause', BSD('1. ...\n2. ...'), 'BSD-2-Clause'],
    [
      'BSD-4-Clause (advertising clause) is none of them',
      BSD('3. All advertising materials mentioning ...'),
      undefined,
    ],
    ['GPL-3.0', 'GNU GENERAL PUBLIC LICENSE\n Version 3, 29 June 2007', 'GPL-3.0'],
    ['LGPL-3.0 is not GPL-3.0', 'GNU LESSER GENERAL PUBLIC LICENSE\n Version 3, 29 June 2007', 'LGPL-3.0'],
    ['AGPL-3.0', 'GNU AFFERO GENERAL PUBLIC LICENSE\n Version 3, 19 November 2007', 'AGPL-3.0'],
    ['GPL-2.0', 'GNU GENERAL PUBLIC LICENSE\n Version 2, June 1991', 'GPL-2.0'],
    ['LGPL-2.1', 'GNU LESSER GENERAL PUBLIC LICENSE\n Version 2.1, February 1999', 'LGPL-2.1'],
    ['MPL-2.0', 'Mozilla Public License Version 2.0\n==================================', 'MPL-2.0'],
    ['Unlicense', 'This is free and unencumbered software released into the public domain.', 'Unlicense'],
    ['a proprietary notice', 'Copyright (c) ACME. All rights reserved. Do not copy.', undefined],
    ['MIT with pages of extra terms', `${MIT}\n${'Additional terms apply. '.repeat(200)}`, undefined],
    ['empty', '', undefined],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.equal(identifyLicenseText(text), want));
  }

  it('gives up on text longer than the read bound', () => {
    assert.equal(identifyLicenseText(MIT + ' '.repeat(LICENSE_TEXT_MAX_BYTES)), undefined);
  });
});

describe('collectLicense with the text', () => {
  const cases: Array<[string, string, { spdxId: string; approved: boolean; name: string }]> = [
    ['LICENSE', MIT, { spdxId: 'MIT', approved: true, name: 'MIT License' }],
    ['LICENSE', 'All rights reserved.', { spdxId: 'NOASSERTION', approved: false, name: 'Other' }],
    // The file name wins over the text, as Scorecard's name pattern does.
    [
      'LICENSE-BSD-3-Clause',
      MIT,
      { spdxId: 'BSD-3-Clause', approved: true, name: 'BSD 3-Clause "New" or "Revised" License' },
    ],
  ];
  for (const [path, text, want] of cases) {
    it(`${path}: ${want.spdxId}`, () => {
      const got = collectLicense([path], () => text).files[0];
      assert.deepEqual(got, { path, ...want });
    });
  }

  it('without a reader, a plain LICENSE stays unidentified (Scorecard local mode)', () => {
    assert.equal(collectLicense(['LICENSE']).files[0]?.approved, false);
  });

  it('reads the file from the tree, bounded', () => {
    const root = tempDir();
    mkdirSync(join(root, 'big'));
    writeFileSync(join(root, 'LICENSE'), MIT);
    writeFileSync(join(root, 'big', 'LICENSE'), 'x'.repeat(LICENSE_TEXT_MAX_BYTES + 1));
    assert.equal(readLicenseText(root, 'LICENSE'), MIT);
    assert.equal(readLicenseText(root, 'big/LICENSE'), undefined);
    assert.equal(readLicenseText(root, 'missing'), undefined);
  });
});
