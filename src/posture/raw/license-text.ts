/**
 * Which common license a license file's text is, offline. Scorecard learns a repository's license
 * from the forge (GitHub's license API, which matches the file's text against license templates)
 * and falls back to the file name in local mode; this gives Sterling the forge's answer for the
 * licenses most projects use, from the text itself. Each rule is a few sentences that only that
 * license's text holds, plus a length bound: a file much longer than the license (extra terms, a
 * second license) is left unidentified, as the forge leaves it ("other").
 */

import { readHead } from './head.js';

interface LicenseRule {
  spdxId: string;
  /** Every phrase must occur in the normalised text. */
  all: readonly string[];
  /** No phrase may occur. */
  none?: readonly string[];
  /** Longest normalised text accepted (the license's own length plus room for notices). */
  maxChars: number;
}

const BSD_REDISTRIBUTION =
  'redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met';
const BSD_NOT_ENDORSE = 'may be used to endorse or promote products derived from this software';

/** Most specific first: the first rule that matches names the license. */
const RULES: readonly LicenseRule[] = [
  { spdxId: 'Apache-2.0', all: ['apache license', 'version 2.0, january 2004'], maxChars: 13_500 },
  {
    spdxId: 'MIT',
    all: [
      'permission is hereby granted, free of charge, to any person obtaining a copy',
      'the above copyright notice and this permission notice shall be included',
    ],
    maxChars: 2_000,
  },
  {
    spdxId: 'BSD-3-Clause',
    all: [BSD_REDISTRIBUTION, BSD_NOT_ENDORSE],
    none: ['all advertising materials'],
    maxChars: 2_400,
  },
  {
    spdxId: 'BSD-2-Clause',
    all: [BSD_REDISTRIBUTION],
    none: ['all advertising materials', 'endorse or promote'],
    maxChars: 2_000,
  },
  {
    spdxId: 'AGPL-3.0',
    all: ['gnu affero general public license version 3, 19 november 2007'],
    maxChars: 40_000,
  },
  { spdxId: 'LGPL-3.0', all: ['gnu lesser general public license version 3, 29 june 2007'], maxChars: 9_500 },
  { spdxId: 'GPL-3.0', all: ['gnu general public license version 3, 29 june 2007'], maxChars: 40_000 },
  {
    spdxId: 'LGPL-2.1',
    all: ['gnu lesser general public license version 2.1, february 1999'],
    maxChars: 30_000,
  },
  { spdxId: 'GPL-2.0', all: ['gnu general public license version 2, june 1991'], maxChars: 21_000 },
  { spdxId: 'MPL-2.0', all: ['mozilla public license version 2.0'], maxChars: 19_000 },
  { spdxId: 'EPL-2.0', all: ['eclipse public license - v 2.0'], maxChars: 16_000 },
  {
    spdxId: 'ISC',
    all: [
      'permission to use, copy, modify, and/or distribute this software for any purpose with or without fee',
    ],
    maxChars: 1_400,
  },
  {
    spdxId: 'Unlicense',
    all: ['this is free and unencumbered software released into the public domain'],
    maxChars: 1_800,
  },
  { spdxId: 'BSL-1.0', all: ['boost software license - version 1.0'], maxChars: 2_000 },
];

/** Bytes of a license file read at most: longer files are no single standard license. */
export const LICENSE_TEXT_MAX_BYTES = 64 * 1024;

/** Lower case, Markdown emphasis and comment leaders dropped, every run of white space one space. */
export function normaliseLicenseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_#>`]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The SPDX id of the license the text is, or undefined when it is none of the known ones. */
export function identifyLicenseText(text: string): string | undefined {
  if (text.length > LICENSE_TEXT_MAX_BYTES) return undefined;
  const norm = normaliseLicenseText(text);
  for (const rule of RULES) {
    if (norm.length > rule.maxChars) continue;
    if (!rule.all.every((p) => norm.includes(p))) continue;
    if (rule.none?.some((p) => norm.includes(p))) continue;
    return rule.spdxId;
  }
  return undefined;
}

/** A license file's text for identifyLicenseText, or undefined when unreadable or too long. */
export function readLicenseText(root: string, path: string): string | undefined {
  const head = readHead(root, path, LICENSE_TEXT_MAX_BYTES + 1);
  if (head === undefined || head.length > LICENSE_TEXT_MAX_BYTES) return undefined;
  return head.toString('utf8');
}
