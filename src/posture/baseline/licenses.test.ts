import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isApprovedExpression, recogniseLicenseText } from './licenses.js';

describe('isApprovedExpression', () => {
  const cases: Array<[string, boolean | undefined]> = [
    ['MIT', true],
    ['mit', true],
    ['Apache-2.0 AND MIT', true],
    ['(MIT OR SSPL-1.0)', true],
    ['SSPL-1.0', false],
    ['MIT AND SSPL-1.0', false],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', true],
    ['GPL-2.0+', true],
    ['MIT AND Community Specification License 1.0', undefined],
    ['LicenseRef-acme AND MIT', undefined],
    ['MIT AND', undefined],
    ['AND MIT', undefined],
    ['MIT WITH', undefined],
    ['', undefined],
    ['MIT/Apache-2.0', undefined],
  ];
  for (const [expression, want] of cases) {
    it(`${JSON.stringify(expression)} -> ${want}`, () =>
      assert.equal(isApprovedExpression(expression), want));
  }
});

describe('recogniseLicenseText', () => {
  const cases: Array<[string, string | undefined]> = [
    ['MIT License\n\nPermission is hereby granted, free of charge, to any person', 'MIT'],
    [
      '                                 Apache License\n                           Version 2.0, January 2004',
      'Apache-2.0',
    ],
    ['GNU LESSER GENERAL PUBLIC LICENSE\nVersion 2.1, February 1999', 'LGPL-2.1'],
    ['GNU GENERAL PUBLIC LICENSE\n   Version 3, 29 June 2007', 'GPL-3.0'],
    ['Redistribution and use in source and binary forms ... Neither the name of', 'BSD-3-Clause'],
    ['Specifications here are under the Community Specification License 1.0', undefined],
  ];
  for (const [text, want] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} -> ${want}`, () =>
      assert.equal(recogniseLicenseText(text), want));
  }
});
