import { APPROVED_LICENSES } from '../raw/approved-licenses.js';

const APPROVED = new Set(Object.keys(APPROVED_LICENSES).map((k) => k.toUpperCase()));
const MAX_EXPRESSION = 1000;
/** Characters of a license file read to recognise it. */
const HEAD_CHARS = 4000;

export function isApprovedId(id: string): boolean {
  return APPROVED.has(id.toUpperCase()) || (id.endsWith('+') && APPROVED.has(id.slice(0, -1).toUpperCase()));
}

/**
 * Whether an SPDX expression is OSI/FSF approved: with OR, one approved choice is enough; otherwise
 * every license in it must be approved (an exception after WITH is not a license). Undefined when
 * it names no license.
 */
export function isApprovedExpression(expression: string): boolean | undefined {
  if (expression.length > MAX_EXPRESSION) return undefined;
  const tokens = expression.replaceAll('(', ' ').replaceAll(')', ' ').split(/\s+/).filter(Boolean);
  const ids: string[] = [];
  let hasOr = false;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    const upper = t.toUpperCase();
    if (upper === 'OR') hasOr = true;
    else if (upper === 'WITH') n++;
    else if (upper !== 'AND') ids.push(t);
  }
  if (ids.length === 0) return undefined;
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
