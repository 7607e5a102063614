/**
 * Maven's version order: a port of `org.apache.maven.artifact.versioning.ComparableVersion` as shipped
 * in Maven 3.9 (maven-artifact 3.9.0 to 3.9.x, unchanged across them). Hand-written, linear, no regex.
 *
 * The text is lower-cased and split into items on `.`, `-` and digit/non-digit transitions; a `-`, a
 * transition and a qualifier after a `.` each open a sub-list. Numbers compare numerically, qualifiers
 * by the order alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp, then
 * unknown qualifiers lexically; `a`, `b`, `m` directly followed by a digit mean alpha, beta, milestone.
 * Trailing null items (0, "", empty lists) are trimmed from every list, so `1` = `1.0` = `1-0` = `1.ga`.
 *
 * Maven is lenient: every text parses. `undefined` only for the empty text and text over 256 characters.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareDigits, compareStrings, MAX_VERSION_LENGTH } from '../shared/version-text.js';

/**
 * One item of a parsed version. A number keeps Maven's size class, because Maven orders int-, long- and
 * BigInteger-sized items by class before value (decided by the digit count after stripping ASCII `0`s:
 * up to 9, up to 18, more). Class and value agree except for runs of 10+ zeros, which Maven keeps as a
 * long 0 that sorts after every int: `1.0000000000.1` > `1.5`, as in Maven.
 */
export type MavenItem =
  | { readonly kind: 'number'; readonly size: 0 | 1 | 2; readonly digits: string }
  | { readonly kind: 'qualifier'; readonly key: string }
  | { readonly kind: 'list'; readonly items: readonly MavenItem[] };

export type MavenVersion = Extract<MavenItem, { kind: 'list' }>;

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Readonly<Record<string, string>> = { ga: '', final: '', release: '', cr: 'rc' };
/** `comparableQualifier("")`: the key of a release; qualifiers below it are pre-releases. */
const RELEASE_KEY = String(QUALIFIERS.indexOf(''));
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Java's `Character.isDigit(char)`: any Unicode decimal digit, one UTF-16 unit. */
function isJavaDigit(code: number): boolean {
  if (code < 0x80) return code >= 48 && code <= 57;
  return DECIMAL_DIGIT.test(String.fromCharCode(code));
}

/** The value 0-9 of a Java digit. Unicode decimal digits come in runs of ten starting at zero. */
function digitValue(code: number): number {
  if (code < 0x80) return code - 48;
  let start = code;
  while (start > 0 && isJavaDigit(start - 1)) start--;
  return (code - start) % 10;
}

/** `ComparableVersion.comparableQualifier`: known qualifiers by rank, then the others lexically. */
function qualifierKey(value: string, followedByDigit: boolean): MavenItem {
  let v = value;
  if (followedByDigit && v.length === 1) {
    if (v === 'a') v = 'alpha';
    else if (v === 'b') v = 'beta';
    else if (v === 'm') v = 'milestone';
  }
  v = ALIASES[v] ?? v;
  const rank = QUALIFIERS.indexOf(v);
  return { kind: 'qualifier', key: rank === -1 ? `${QUALIFIERS.length}-${v}` : String(rank) };
}

/** `ComparableVersion.parseItem` for digits: size class by length after stripping ASCII zeros. */
function numberItem(text: string): MavenItem {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 48) start++;
  // Maven strips nothing from an all-zero run, so its length decides the class.
  const significant = start === text.length ? text.length : text.length - start;
  const size = significant <= 9 ? 0 : significant <= 18 ? 1 : 2;
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (digits === '' && d === 0) continue;
    digits += String(d);
  }
  return { kind: 'number', size, digits: digits === '' ? '0' : digits };
}

function parseItem(isDigit: boolean, text: string): MavenItem {
  return isDigit ? numberItem(text) : qualifierKey(text, false);
}

function isNull(item: MavenItem): boolean {
  if (item.kind === 'number') return item.digits === '0';
  if (item.kind === 'qualifier') return item.key === RELEASE_KEY;
  return item.items.length === 0;
}

/** `ListItem.normalize`: drops trailing null items, looking past non-null sub-lists. */
function normalize(items: MavenItem[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (isNull(item)) items.splice(i, 1);
    else if (item.kind !== 'list') break;
  }
}

/** Parses a Maven version. Every text up to 256 characters parses, as Maven's own parser accepts any. */
export function parseMavenVersion(text: string): MavenVersion | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  const version = text.toLowerCase();
  const root: MavenItem[] = [];
  const lists: MavenItem[][] = [root];
  let list = root;
  const open = (): void => {
    const sub: MavenItem[] = [];
    list.push({ kind: 'list', items: sub });
    lists.push(sub);
    list = sub;
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < version.length; i++) {
    const c = version.charCodeAt(i);
    if (c === 46 || c === 45) {
      // '.' or '-'
      list.push(i === start ? numberItem('0') : parseItem(isDigit, version.slice(start, i)));
      start = i + 1;
      if (c === 45) open();
    } else if (isJavaDigit(c)) {
      if (!isDigit && i > start) {
        // 1.0.0.X1 < 1.0.0-X2: a qualifier after '.' opens a sub-list, as after '-'.
        if (list.length > 0) open();
        list.push(qualifierKey(version.slice(start, i), true));
        start = i;
        open();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.push(parseItem(true, version.slice(start, i)));
        start = i;
        open();
      }
      isDigit = false;
    }
  }
  if (version.length > start) {
    if (!isDigit && list.length > 0) open();
    list.push(parseItem(isDigit, version.slice(start)));
  }
  for (let i = lists.length - 1; i >= 0; i--) normalize(lists[i]!);
  return { kind: 'list', items: root };
}

/** `Item.compareTo(null)`: how an item compares with padding (a missing item). */
function compareWithNothing(item: MavenItem): number {
  if (item.kind === 'number') return item.digits === '0' ? 0 : 1;
  if (item.kind === 'qualifier') return compareStrings(item.key, RELEASE_KEY);
  for (const sub of item.items) {
    const d = compareWithNothing(sub);
    if (d !== 0) return d;
  }
  return 0;
}

/** `Item.compareTo(Item)` of ComparableVersion, case by case. */
export function compareMavenItems(a: MavenItem, b: MavenItem | undefined): number {
  if (b === undefined) return compareWithNothing(a);
  if (a.kind === 'number') {
    if (b.kind !== 'number') return 1; // 1.1 > 1-sp, 1.1 > 1-1
    return a.size !== b.size ? a.size - b.size : compareDigits(a.digits, b.digits);
  }
  if (a.kind === 'qualifier') {
    if (b.kind !== 'qualifier') return -1; // 1.any < 1.1, 1.any < 1-1
    return compareStrings(a.key, b.key);
  }
  if (b.kind === 'number') return -1; // 1-1 < 1.0.x
  if (b.kind === 'qualifier') return 1; // 1-1 > 1-sp
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const l = a.items[i];
    const r = b.items[i];
    const d =
      l === undefined ? (r === undefined ? 0 : -compareMavenItems(r, undefined)) : compareMavenItems(l, r);
    if (d !== 0) return d;
  }
  return 0;
}

/** Maven: maven-artifact 3.9's ComparableVersion order. */
export const mavenVersionScheme: VersionScheme<MavenVersion> = {
  id: 'java/maven',
  description: 'Maven versions: ComparableVersion order of Maven 3.9 (items, qualifiers, null trimming).',
  requirements: { network: false },
  ecosystems: ['Maven'],
  parse: parseMavenVersion,
  compare: compareMavenItems,
};
