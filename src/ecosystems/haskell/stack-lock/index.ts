/**
 * haskell/stack-lock: stack.yaml.lock, the extra-deps Stack resolved beyond its snapshot.
 * `completed.hackage: name-1.2.3@sha256:<hash>,<size>` is a pinned package of ecosystem `Hackage`,
 * `pkg:hackage/<name>@<version>`, with the hash as integrity; a git or archive dependency
 * (`completed.git` + `commit`, `completed.url`) is a git or tarball source with the name and version
 * Stack recorded. The snapshot itself (`snapshots`) pins many more packages, but only by URL: its
 * contents are not in the file, so it becomes an info diagnostic naming it.
 */
import { InputError } from '../../../core/errors/index.js';
import type { Package, PackageSource } from '../../../core/model/package.js';
import { parseYamlFile } from '../../../core/parse/yaml.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { TextCursor } from '../../shared/line-index.js';
import { makePackage } from '../../shared/package.js';

export const ECOSYSTEM = 'Hackage';
const FILES = ['stack.yaml.lock'] as const;

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `name-1.2.3@sha256:abc,123` -> name, version, hash; undefined when there is no `-<digit>` split. */
export function parseHackageId(text: string): { name: string; version: string; hash?: string } | undefined {
  const at = text.indexOf('@');
  const nv = (at >= 0 ? text.slice(0, at) : text).trim();
  let hash: string | undefined;
  if (at >= 0) {
    const rest = text.slice(at + 1);
    const comma = rest.indexOf(',');
    hash = comma >= 0 ? rest.slice(0, comma) : rest;
  }
  const dash = nv.lastIndexOf('-');
  if (dash <= 0) return undefined;
  const version = nv.slice(dash + 1);
  const c = version.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return undefined;
  return { name: nv.slice(0, dash), version, ...(hash ? { hash } : {}) };
}

export function extractStackLock(file: ExtractorFile): ExtractionOutput {
  const doc = parseYamlFile(file.text, file.path);
  if (doc !== undefined && doc !== null && !isRecord(doc)) {
    throw new InputError(`${file.path}: not a stack.yaml.lock (expected a mapping)`, { path: file.path });
  }
  const sink = new DiagnosticSink(file.path);
  const cursor = new TextCursor(file.text);
  const packages = isRecord(doc) && Array.isArray(doc.packages) ? doc.packages : [];
  const byId = new Map<string, Package>();
  for (const entry of packages) {
    const completed = isRecord(entry) && isRecord(entry.completed) ? entry.completed : undefined;
    const hackage = str(completed?.hackage);
    const git = str(completed?.git);
    const url = str(completed?.url) ?? str(completed?.archive);
    const anchor = hackage ?? git ?? url;
    const line = anchor ? cursor.find(anchor) : undefined;
    let name: string | undefined;
    let version: string | undefined;
    let source: PackageSource = { kind: 'registry' };
    if (hackage) {
      const id = parseHackageId(hackage);
      if (id) {
        ({ name, version } = id);
        if (id.hash) source = { kind: 'registry', integrity: id.hash };
      }
    } else if (completed && (git || url)) {
      name = str(completed.name);
      version = str(completed.version);
      const commit = str(completed.commit);
      source = git
        ? { kind: 'git', url: git, ...(commit ? { commit } : {}) }
        : { kind: 'tarball', url: url as string };
    }
    if (!name || !version) {
      sink.warn(
        'invalid-entry',
        `a package entry without a readable name and version (${quote(anchor ?? '')}); skipped`,
        line,
      );
      continue;
    }
    const pkg = makePackage({
      ecosystem: ECOSYSTEM,
      name,
      version,
      purlType: 'hackage',
      source,
      location: { path: file.path, ...(line ? { line } : {}) },
      direct: true,
    });
    if (!byId.has(pkg.id)) byId.set(pkg.id, pkg);
  }
  const snapshots = isRecord(doc) && Array.isArray(doc.snapshots) ? doc.snapshots : [];
  for (const s of snapshots) {
    const original = isRecord(s) ? s.original : undefined;
    const label = str(original) ?? (isRecord(original) ? str(original.url) : undefined);
    if (!label) continue;
    sink.info(
      'snapshot',
      `the snapshot ${quote(label)} pins the other packages; its contents are not in this file, so they are not listed`,
      cursor.find(label),
    );
  }
  return { packages: [...byId.values()], projects: [], diagnostics: sink.finish() };
}

export const stackLockExtractor: Extractor = {
  id: 'haskell/stack-lock',
  description:
    'Reads Stack stack.yaml.lock: extra-deps from Hackage (with their hashes), git and archive dependencies; names the snapshot it does not expand.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractStackLock,
};
