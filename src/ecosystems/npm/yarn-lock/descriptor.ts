/**
 * yarn descriptors (`name@range`) and locators (`name@reference`). A scoped name starts with `@`, so
 * the separator is the first `@` after position 0. Plain string scanning, no regular expressions.
 */
export interface NameAndRange {
  name: string;
  /** Everything after the separating `@`; empty when the descriptor has no range (`balanced-match:`). */
  range: string;
}

/** Splits `name@range`. Returns undefined when no name can be read (empty, or `@` alone). */
export function splitDescriptor(descriptor: string): NameAndRange | undefined {
  const d = descriptor.trim();
  if (d === '') return undefined;
  const at = d.indexOf('@', 1);
  if (at < 0) return d === '@' ? undefined : { name: d, range: '' };
  return { name: d.slice(0, at), range: d.slice(at + 1) };
}

/**
 * The target of an npm alias range (`npm:real@^1` -> `{name: real, range: ^1}`), or undefined when the
 * range is not an alias. `npm:^1.2.0` (berry's plain registry range) is not an alias.
 */
export function aliasTarget(range: string): NameAndRange | undefined {
  if (!range.startsWith('npm:')) return undefined;
  const rest = range.slice(4);
  const at = rest.indexOf('@', 1);
  if (at <= 0) return undefined;
  return { name: rest.slice(0, at), range: rest.slice(at + 1) };
}

/** Lookup key of a dependency `name` at `range` in the descriptor map. */
export function descriptorKey(name: string, range: string): string {
  return range === '' ? name : `${name}@${range}`;
}

/** True when a berry range carries a protocol (`npm:`, `workspace:`, `patch:`, `https:` ...). */
export function hasProtocol(range: string): boolean {
  for (let i = 0; i < range.length; i++) {
    const c = range.charCodeAt(i);
    if (c === 58) return i > 0; // ':'
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || c === 45; // a-z A-Z + -
    if (!letter) return false;
  }
  return false;
}

/** Splits a comma-separated berry key (`a@npm:^1, a@npm:^1.2`) into descriptors. */
export function splitKeyList(key: string): string[] {
  const out: string[] = [];
  for (const part of key.split(',')) {
    const d = part.trim();
    if (d !== '') out.push(d);
  }
  return out;
}
