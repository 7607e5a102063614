/**
 * haskell/cabal-freeze: cabal.project.freeze, the `constraints:` that `cabal freeze` writes
 * (`any.aeson ==2.1.2.1`, `aeson -ordered-keymap`, `any.base installed`). An `==` constraint is a
 * pinned package of ecosystem `Hackage`, `pkg:hackage/<name>@<version>`; a range is an unresolved
 * package; flag settings are not packages; `installed` (a GHC boot package) has no version in the
 * file and becomes an info diagnostic. Constraints qualified for setup scripts or build tools
 * (`setup.`, `pkg:setup.`, `pkg:exe.`) are `dev`, the rest `prod`.
 */
import type { Package, Scope } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makePackage } from '../../shared/package.js';
import { scanConstraints } from './constraints.js';

export const ECOSYSTEM = 'Hackage';
const FILES = ['cabal.project.freeze'] as const;

export type Constraint =
  | { kind: 'version'; name: string; version: string; exact: boolean; scope: Scope }
  | { kind: 'flags'; name: string }
  | { kind: 'installed'; name: string }
  | { kind: 'source'; name: string }
  | { kind: 'invalid' };

/** `any.name`, `setup.name`, `pkg:setup.name`, `name` -> the name and whether it is build-time only. */
function qualified(text: string): { name: string; scope: Scope } {
  let t = text;
  let scope: Scope = 'prod';
  const colon = t.indexOf(':');
  if (colon >= 0) {
    t = t.slice(colon + 1);
    scope = 'dev'; // pkg:setup.x, pkg:exe.x
  }
  if (t.startsWith('any.')) return { name: t.slice(4), scope };
  if (t.startsWith('setup.')) return { name: t.slice(6), scope: 'dev' };
  if (t.startsWith('exe.')) return { name: t.slice(4), scope: 'dev' };
  return { name: t, scope };
}

function validName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
    if (!ok) return false;
  }
  return true;
}

export function parseConstraint(text: string): Constraint {
  const t = text.trim();
  // The name ends at white space or an operator; names themselves may contain '-'.
  let i = 0;
  while (i < t.length && !' \t=<>^'.includes(t.charAt(i))) i++;
  const head = t.slice(0, i);
  const rest = t.slice(i).trim();
  const { name, scope } = qualified(head);
  if (!validName(name)) return { kind: 'invalid' };
  if (rest === 'installed') return { kind: 'installed', name };
  if (rest === 'source') return { kind: 'source', name };
  if (rest.startsWith('+') || rest.startsWith('-')) return { kind: 'flags', name };
  if (rest === '') return { kind: 'invalid' };
  if (rest.startsWith('==')) {
    const version = rest.slice(2).trim();
    if (version !== '' && !version.includes(' '))
      return { kind: 'version', name, version, exact: true, scope };
  }
  return { kind: 'version', name, version: rest, exact: false, scope };
}

export function extractCabalFreeze(file: ExtractorFile): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const { items, stray } = scanConstraints(file.text);
  for (const line of stray)
    sink.warn('invalid-line', 'a line that is not a field (name: value); skipped', line);
  const byId = new Map<string, Package>();
  for (const item of items) {
    const c = parseConstraint(item.text);
    if (c.kind === 'invalid') {
      sink.warn(
        'invalid-entry',
        `constraint ${quote(item.text)} is not "name ==version"; skipped`,
        item.line,
      );
      continue;
    }
    if (c.kind === 'flags' || c.kind === 'source') continue;
    if (c.kind === 'installed') {
      sink.info(
        'installed',
        `${quote(c.name)} uses the version installed with GHC, which the file does not name`,
        item.line,
      );
      continue;
    }
    if (!c.exact) {
      sink.info(
        'unpinned',
        `${quote(c.name)} is constrained to ${quote(c.version)}, not one version`,
        item.line,
      );
    }
    const pkg = makePackage({
      ecosystem: ECOSYSTEM,
      name: c.name,
      version: c.version,
      purlType: 'hackage',
      resolution: c.exact ? 'pinned' : 'unresolved',
      location: { path: file.path, line: item.line },
      scopes: [c.scope],
    });
    const seen = byId.get(pkg.id);
    if (!seen) byId.set(pkg.id, pkg);
    else if (!seen.scopes.includes(c.scope)) seen.scopes = [...seen.scopes, c.scope].sort();
  }
  return { packages: [...byId.values()], projects: [], diagnostics: sink.finish() };
}

export const cabalFreezeExtractor: Extractor = {
  id: 'haskell/cabal-freeze',
  description:
    'Reads cabal.project.freeze: the frozen constraints as Hackage packages (== pins; ranges unresolved; flags skipped; GHC-installed packages reported).',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractCabalFreeze,
};
