/**
 * Bundler's lockfile format, read line by line (no regular expressions): top-level section headers
 * (`GEM`, `GIT`, `PATH`, `PLUGIN SOURCE`, `DEPENDENCIES`, `PLATFORMS`, `RUBY VERSION`, `BUNDLED WITH`,
 * `CHECKSUMS`), two-space source options (`remote:`, `revision:`), four-space specs
 * `name (version[-platform])` and six-space spec dependencies.
 */

export type SourceType = 'GEM' | 'GIT' | 'PATH' | 'PLUGIN SOURCE';

export interface LockSource {
  type: SourceType;
  remotes: string[];
  revision?: string;
  line: number;
}

export interface LockSpec {
  name: string;
  version: string;
  platform?: string;
  source: LockSource;
  line: number;
  /** Names of the gems this spec depends on. */
  deps: string[];
}

export interface LockDependency {
  name: string;
  /** `!`: sourced from a GIT or PATH section. */
  pinned: boolean;
  line: number;
}

export interface LockProblem {
  line: number;
  message: string;
  /** The raw text, for quoting. */
  value: string;
}

export interface ParsedGemfileLock {
  specs: LockSpec[];
  dependencies: LockDependency[];
  /** Line of the DEPENDENCIES header, when present. */
  dependenciesLine?: number;
  problems: LockProblem[];
  /** Whether any known section header was seen. */
  recognised: boolean;
}

const SOURCE_TYPES: readonly string[] = ['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE'];
const OTHER_SECTIONS: readonly string[] = [
  'DEPENDENCIES',
  'PLATFORMS',
  'RUBY VERSION',
  'BUNDLED WITH',
  'CHECKSUMS',
];

/** Number of leading spaces. */
function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

/** `name (inside)` -> [name, inside]; `name` -> [name, undefined]; a trailing `!` is kept on the name. */
function splitEntry(text: string): { name: string; inside: string | undefined; rest: string } {
  const open = text.indexOf(' (');
  if (open < 0) return { name: text, inside: undefined, rest: '' };
  const close = text.lastIndexOf(')');
  if (close < open) return { name: text.slice(0, open), inside: undefined, rest: '' };
  return { name: text.slice(0, open), inside: text.slice(open + 2, close), rest: text.slice(close + 1) };
}

export function parseGemfileLock(text: string): ParsedGemfileLock {
  const out: ParsedGemfileLock = { specs: [], dependencies: [], problems: [], recognised: false };
  let section = '';
  let source: LockSource | undefined;
  let inSpecs = false;
  let spec: LockSpec | undefined;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') {
      if (end === text.length) break;
      continue;
    }
    const indent = indentOf(line);
    const body = line.slice(indent);
    if (indent === 0) {
      section = body.trimEnd();
      spec = undefined;
      inSpecs = false;
      source = undefined;
      if (SOURCE_TYPES.includes(section)) {
        out.recognised = true;
        source = { type: section as SourceType, remotes: [], line: lineNo };
      } else if (OTHER_SECTIONS.includes(section)) {
        out.recognised = true;
        if (section === 'DEPENDENCIES') out.dependenciesLine = lineNo;
      }
      continue;
    }
    if (source) {
      if (indent === 2) {
        spec = undefined;
        const trimmed = body.trimEnd();
        if (trimmed === 'specs:') {
          inSpecs = true;
          continue;
        }
        inSpecs = false;
        const colon = trimmed.indexOf(': ');
        if (colon < 0) continue;
        const key = trimmed.slice(0, colon);
        const value = trimmed.slice(colon + 2).trim();
        if (key === 'remote') source.remotes.push(value);
        else if (key === 'revision') source.revision = value;
        continue;
      }
      if (!inSpecs) continue;
      if (indent === 4) {
        spec = undefined;
        const { name, inside } = splitEntry(body.trimEnd());
        if (name === '' || inside === undefined || inside.trim() === '') {
          out.problems.push({ line: lineNo, message: 'spec without a version', value: body.trim() });
          continue;
        }
        const dash = inside.indexOf('-');
        spec = {
          name,
          version: dash < 0 ? inside : inside.slice(0, dash),
          source,
          line: lineNo,
          deps: [],
        };
        if (dash >= 0) spec.platform = inside.slice(dash + 1);
        out.specs.push(spec);
        continue;
      }
      if (indent === 6 && spec) {
        const { name } = splitEntry(body.trimEnd());
        if (name !== '') spec.deps.push(name);
      }
      continue;
    }
    if (section === 'DEPENDENCIES' && indent === 2) {
      const entry = splitEntry(body.trimEnd());
      let name = entry.name;
      const pinned = name.endsWith('!') || entry.rest.trim() === '!';
      if (pinned) name = name.slice(0, -1);
      if (name !== '') out.dependencies.push({ name, pinned, line: lineNo });
    }
  }
  return out;
}
