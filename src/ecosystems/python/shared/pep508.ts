/**
 * PEP 508 dependency specifiers (`name[extra1,extra2] (>=1.0,<2) ; marker` and
 * `name[extra] @ url ; marker`), read with a linear scan: no regular expression over the whole text.
 */

export interface Requirement {
  /** The name as written. */
  name: string;
  extras: string[];
  /** Version specifier as written, without surrounding parentheses or spaces (`>=1.0,<2`); '' for none. */
  specifier: string;
  /** The direct reference of `name @ url`. */
  url?: string;
  /** Environment marker as written, after `;`. */
  marker?: string;
}

function isNameChar(c: string): boolean {
  return (
    (c >= 'a' && c <= 'z') ||
    (c >= 'A' && c <= 'Z') ||
    (c >= '0' && c <= '9') ||
    c === '-' ||
    c === '_' ||
    c === '.'
  );
}

/** Parses one requirement; undefined when it does not start with a valid name. */
export function parseRequirement(text: string): Requirement | undefined {
  const s = text.trim();
  let i = 0;
  while (i < s.length && isNameChar(s[i]!)) i++;
  const name = s.slice(0, i);
  if (name === '' || !/^[A-Za-z0-9]/.test(name) || !/[A-Za-z0-9]$/.test(name)) return undefined;
  while (s[i] === ' ' || s[i] === '\t') i++;
  const extras: string[] = [];
  if (s[i] === '[') {
    const close = s.indexOf(']', i);
    if (close < 0) return undefined;
    for (const e of s.slice(i + 1, close).split(',')) if (e.trim()) extras.push(e.trim());
    i = close + 1;
    while (s[i] === ' ' || s[i] === '\t') i++;
  }
  const rest = s.slice(i);
  if (rest.startsWith('@')) {
    // `name @ url ; marker`: the marker needs whitespace before `;` (URLs may contain `;`).
    const body = rest.slice(1).trim();
    const semi = body.search(/\s;/);
    const url = (semi < 0 ? body : body.slice(0, semi)).trim();
    const marker = semi < 0 ? undefined : body.slice(semi + 2).trim();
    return { name, extras, specifier: '', url, ...(marker ? { marker } : {}) };
  }
  const semi = rest.indexOf(';');
  let spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  const marker = semi < 0 ? undefined : rest.slice(semi + 1).trim();
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim();
  spec = spec.replace(/\s+/g, '');
  // A specifier starts with a comparison operator (`==`, `>=`, `~=`, `!=`, `<`, `>`, `===`).
  if (spec !== '' && !'<>=!~'.includes(spec[0]!)) return undefined;
  return { name, extras, specifier: spec, ...(marker ? { marker } : {}) };
}

/**
 * The exact version a specifier pins (`==1.2.3`, `===1.2.3`, `== 1.2.3`), else undefined. `==1.*`
 * (a prefix match) and any specifier with a second clause are ranges, not pins.
 */
export function pinnedVersion(specifier: string): string | undefined {
  const s = specifier.trim();
  if (s.includes(',')) return undefined;
  let v: string;
  if (s.startsWith('===')) v = s.slice(3).trim();
  else if (s.startsWith('==')) v = s.slice(2).trim();
  else return undefined;
  if (v === '' || v.includes('*')) return undefined;
  return v;
}
