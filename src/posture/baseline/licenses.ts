import { APPROVED_LICENSES } from '../raw/approved-licenses.js';

const APPROVED = new Set(Object.keys(APPROVED_LICENSES).map((k) => k.toUpperCase()));
const MAX_EXPRESSION = 1000;
/** Characters of a license file read to recognise it. */
const HEAD_CHARS = 4000;

export function isApprovedId(id: string): boolean {
  return APPROVED.has(id.toUpperCase()) || (id.endsWith('+') && APPROVED.has(id.slice(0, -1).toUpperCase()));
}

/** Characters of an SPDX license id (and of LicenseRef- ids). */
function isIdShaped(token: string): boolean {
  for (const c of token) {
    const ok =
      (c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9') ||
      c === '.' ||
      c === '-' ||
      c === '+';
    if (!ok) return false;
  }
  return token.length > 0;
}

/**
 * Whether an SPDX expression is OSI/FSF approved: with OR, one approved choice is enough; otherwise
 * every license in it must be approved (an exception after WITH is not a license). Undefined when it
 * is not a well-formed expression (ids and operators must alternate: `MIT AND Some License 1.0` is
 * not SPDX) or names a LicenseRef, which Sterling cannot judge.
 */
export function isApprovedExpression(expression: string): boolean | undefined {
  if (expression.length > MAX_EXPRESSION) return undefined;
  let spaced = expression;
  for (const c of ['(', ')', '\t', '\n', '\r']) spaced = spaced.replaceAll(c, ' ');
  const tokens = spaced.split(' ').filter(Boolean);
  const ids: string[] = [];
  let hasOr = false;
  let wantId = true;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    const upper = t.toUpperCase();
    const operator = upper === 'AND' || upper === 'OR' || upper === 'WITH';
    if (operator === wantId || (!operator && !isIdShaped(t))) return undefined;
    if (upper === 'OR') hasOr = true;
    if (upper === 'WITH') {
      // The exception that follows is not a license.
      n++;
      if (!isIdShaped(tokens[n] ?? '')) return undefined;
    } else if (!operator) ids.push(t);
    wantId = operator && upper !== 'WITH';
  }
  if (wantId || ids.length === 0) return undefined;
  if (ids.some((id) => id.startsWith('LicenseRef-') || id.startsWith('DocumentRef-'))) return undefined;
  return hasOr ? ids.some(isApprovedId) : ids.every(isApprovedId);
}

/** [SPDX id, phrases that must all appear], most specific first. */
const TEXTS: ReadonlyArray<[string, string[]]> = [
  ['AGPL-3.0', ['gnu affero general public license', 'version 3']],
  ['LGPL-3.0', ['gnu lesser general public license', 'version 3']],
  ['LGPL-2.1', ['gnu lesser general public license', 'version 2.1']],
  ['GPL-3.0', ['gnu general public license', 'version 3']],
  ['GPL-2.0', ['gnu general public license', 'version 2']],
  ['Apache-2.0', ['apache license', 'version 2.0']],
  ['MPL-2.0', ['mozilla public license', '2.0']],
  ['EPL-2.0', ['eclipse public license', '2.0']],
  ['BSL-1.0', ['boost software license', 'version 1.0']],
  ['Unlicense', ['free and unencumbered software released into the public domain']],
  ['ISC', ['permission to use, copy, modify, and/or distribute this software for any purpose']],
  ['MIT', ['permission is hereby granted, free of charge']],
  ['BSD-3-Clause', ['redistribution and use in source and binary forms', 'neither the name']],
  ['BSD-2-Clause', ['redistribution and use in source and binary forms']],
];

/** The SPDX id of a common license recognised from the start of its text, or undefined. */
export function recogniseLicenseText(text: string): string | undefined {
  const head = text.slice(0, HEAD_CHARS).toLowerCase().split(/\s+/).join(' ');
  return TEXTS.find(([, phrases]) => phrases.every((p) => head.includes(p)))?.[0];
}
