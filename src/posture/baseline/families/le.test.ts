import { describe } from 'node:test';
import { gitWith, runCases } from '../__fixtures__/input.js';
import { RELEASE, siWithRepository } from '../__fixtures__/insights.js';

const SI = 'security-insights.yml';
const MIT =
  'MIT License\n\nCopyright (c) 2026 Ada\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n';
const APACHE =
  '\n                                 Apache License\n                           Version 2.0, January 2004\n';
const SSPL = 'Server Side Public License\nVERSION 1, OCTOBER 16, 2018\n';
const SIGNED = ['Signed-off-by: Ada <ada@example.com>'];

describe('OSPS-LE', () => {
  runCases([
    {
      name: 'every commit signed off',
      id: 'OSPS-LE-01.01',
      files: {},
      extra: { git: gitWith([SIGNED, SIGNED]) },
      status: 'pass',
      evidence: '2 of the last 2 non-merge commits carry Signed-off-by',
    },
    {
      name: 'one commit without sign-off',
      id: 'OSPS-LE-01.01',
      files: {},
      extra: { git: gitWith([SIGNED, []]) },
      status: 'needs-review',
      reason: '1 of the last 2 commits',
    },
    {
      name: 'forge says a CLA check is required',
      id: 'OSPS-LE-01.01',
      files: {},
      extra: {
        git: gitWith([[]]),
        forge: { contributorAssertionRequired: { value: true, ref: 'GET /repos/a/b/rules/branches/main' } },
      },
      status: 'pass',
    },
    {
      name: 'MIT by its text',
      id: 'OSPS-LE-02.01',
      files: { LICENSE: MIT },
      status: 'pass',
      reason: 'MIT (recognised by its text)',
    },
    {
      name: 'Apache-2.0 by its text',
      id: 'OSPS-LE-02.01',
      files: { 'LICENSE.txt': APACHE },
      status: 'pass',
      reason: 'Apache-2.0',
    },
    {
      name: 'a license named in the file name',
      id: 'OSPS-LE-02.01',
      files: { 'LICENSE-MIT': 'see the web site' },
      status: 'pass',
      reason: 'by its file name',
    },
    {
      name: 'an unknown license text',
      id: 'OSPS-LE-02.01',
      files: { LICENSE: SSPL },
      status: 'needs-review',
      reason: 'not recognised',
    },
    {
      name: 'a declared approved expression',
      id: 'OSPS-LE-02.01',
      files: { [SI]: siWithRepository('') },
      status: 'pass',
      reason: 'MIT',
      evidence: `${SI}:28`,
    },
    {
      name: 'a declared non-approved expression',
      id: 'OSPS-LE-02.01',
      files: { [SI]: siWithRepository('').replace('expression: MIT', 'expression: SSPL-1.0') },
      status: 'fail',
    },
    {
      name: 'a dual license with one approved choice',
      id: 'OSPS-LE-02.01',
      files: {
        [SI]: siWithRepository('').replace('expression: MIT', "expression: 'SSPL-1.0 OR Apache-2.0'"),
      },
      status: 'pass',
    },
    {
      name: 'the file wins over the declaration',
      id: 'OSPS-LE-02.01',
      files: { LICENSE: MIT, [SI]: siWithRepository('').replace('expression: MIT', 'expression: SSPL-1.0') },
      status: 'pass',
      evidence: 'LICENSE',
    },
    { name: 'no license anywhere', id: 'OSPS-LE-02.01', files: {}, status: 'needs-review' },
    {
      name: 'a declared expression that is not SPDX',
      id: 'OSPS-LE-02.01',
      files: {
        [SI]: siWithRepository('').replace('expression: MIT', 'expression: MIT AND Some Spec License 1.0'),
      },
      status: 'needs-review',
      reason: 'not a well-formed SPDX expression',
    },
    {
      name: 'declared release license',
      id: 'OSPS-LE-02.02',
      files: { [SI]: siWithRepository(RELEASE) },
      status: 'pass',
      reason: 'Apache-2.0',
    },
    {
      name: 'release falls back to the source license',
      id: 'OSPS-LE-02.02',
      files: { LICENSE: MIT },
      status: 'pass',
      reason: 'the source license applies',
    },
    { name: 'LICENSE at the root', id: 'OSPS-LE-03.01', files: { LICENSE: MIT }, status: 'pass' },
    {
      name: 'COPYING at the root',
      id: 'OSPS-LE-03.01',
      files: { COPYING: 'GNU GENERAL PUBLIC LICENSE\nVersion 3\n' },
      status: 'pass',
    },
    { name: 'a LICENSES/ folder', id: 'OSPS-LE-03.01', files: { 'LICENSES/MIT.txt': MIT }, status: 'pass' },
    {
      name: 'a license only in a subfolder',
      id: 'OSPS-LE-03.01',
      files: { 'vendor/x/LICENSE': MIT },
      status: 'fail',
    },
    {
      name: 'no license file',
      id: 'OSPS-LE-03.01',
      files: { 'README.md': '# W\n' },
      status: 'fail',
      reason: 'no LICENSE or COPYING',
    },
    {
      name: 'released source carries the license',
      id: 'OSPS-LE-03.02',
      files: { LICENSE: MIT },
      status: 'pass',
    },
    { name: 'no license in the source', id: 'OSPS-LE-03.02', files: {}, status: 'needs-review' },
  ]);
});
