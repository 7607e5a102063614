/**
 * swift/package-resolved: SwiftPM's Package.resolved, v1 (`object.pins[].repositoryURL`) and v2/v3
 * (`pins[].identity/location/state`). Ecosystem `SwiftURL`, named by the repository URL as OSV does
 * (`github.com/apple/swift-nio`), purl `pkg:swift/github.com/apple/swift-nio@<version>`; the pinned
 * revision is kept as `source.commit`. A pin with only a branch and revision becomes a git source
 * with that commit and no version, with a diagnostic. Package.resolved does not say which packages
 * are direct (Package.swift does), so none is marked direct.
 */
import { InputError } from '../../../core/errors/index.js';
import type { Package } from '../../../core/model/package.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { TextCursor } from '../../shared/line-index.js';
import { makePackage } from '../../shared/package.js';
import { swiftName } from './url.js';

export const ECOSYSTEM = 'SwiftURL';
const FILES = ['Package.resolved'] as const;

interface Pin {
  /** identity (v2+) or package (v1): the first field, for the line. */
  label: string;
  url: string;
  kind: string;
  version?: string;
  revision?: string;
  branch?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function readPins(doc: Record<string, unknown>, path: string): unknown[] {
  const pins = isRecord(doc.object) ? doc.object.pins : doc.pins;
  if (pins === undefined) return [];
  if (!Array.isArray(pins)) throw new InputError(`${path}: "pins" is not a list`, { path });
  return pins;
}

function toPin(raw: unknown): Pin | undefined {
  if (!isRecord(raw)) return undefined;
  const state = isRecord(raw.state) ? raw.state : {};
  const label = text(raw.identity) ?? text(raw.package) ?? '';
  const url = text(raw.location) ?? text(raw.repositoryURL) ?? '';
  const pin: Pin = { label, url, kind: text(raw.kind) ?? 'remoteSourceControl' };
  const version = text(state.version);
  const revision = text(state.revision);
  const branch = text(state.branch);
  if (version) pin.version = version;
  if (revision) pin.revision = revision;
  if (branch) pin.branch = branch;
  return pin;
}

export function extractPackageResolved(file: ExtractorFile): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  if (!isRecord(doc)) {
    throw new InputError(`${file.path}: not a Package.resolved (expected a JSON object)`, {
      path: file.path,
    });
  }
  const sink = new DiagnosticSink(file.path);
  const cursor = new TextCursor(file.text);
  const byId = new Map<string, Package>();
  for (const raw of readPins(doc, file.path)) {
    const pin = toPin(raw);
    const line = pin?.label ? cursor.find(JSON.stringify(pin.label)) : undefined;
    if (!pin || (!pin.url && !pin.label)) {
      sink.warn('invalid-entry', 'a pin without identity or location; skipped', line);
      continue;
    }
    const location = { path: file.path, ...(line ? { line } : {}) };
    if (pin.kind === 'registry') {
      // Registry pins (`scope.name`) have no repository URL, which SwiftURL names packages by.
      sink.info(
        'registry-pin',
        `${quote(pin.label)} comes from a Swift package registry; SwiftURL advisories name repositories, so it cannot be matched`,
        line,
      );
    }
    const sn = swiftName(pin.url);
    if (!sn && pin.kind !== 'registry') {
      sink.warn(
        'invalid-entry',
        `${quote(pin.label)} has no repository URL Sterling can read (${quote(pin.url)}); skipped`,
        line,
      );
      continue;
    }
    if (pin.kind === 'localSourceControl') {
      sink.info('local-pin', `${quote(pin.label)} is a local repository (${quote(pin.url)})`, line);
    }
    const name = sn?.name ?? pin.label;
    const purlParts = sn ? { purlNamespace: sn.namespace, purlName: sn.last } : {};
    let pkg: Package;
    if (pin.version) {
      pkg = makePackage({
        ecosystem: ECOSYSTEM,
        name,
        version: pin.version,
        purlType: 'swift',
        ...purlParts,
        source: {
          kind: 'registry',
          ...(pin.url ? { url: pin.url } : {}),
          ...(pin.revision ? { commit: pin.revision } : {}),
        },
        location,
      });
    } else if (pin.revision) {
      sink.info(
        'no-version',
        `${quote(name)} is pinned to ${pin.branch ? `branch ${quote(pin.branch)} at ` : ''}commit ${quote(pin.revision)}, not a version; advisories cannot be matched to it`,
        line,
      );
      pkg = makePackage({
        ecosystem: ECOSYSTEM,
        name,
        version: '',
        purlType: 'swift',
        ...purlParts,
        source: { kind: 'git', url: pin.url, commit: pin.revision },
        location,
      });
    } else {
      sink.warn('invalid-entry', `${quote(name)} has neither a version nor a revision; skipped`, line);
      continue;
    }
    const seen = byId.get(pkg.id);
    if (seen) seen.locations.push(...pkg.locations);
    else byId.set(pkg.id, pkg);
  }
  return { packages: [...byId.values()], projects: [], diagnostics: sink.finish() };
}

export const packageResolvedExtractor: Extractor = {
  id: 'swift/package-resolved',
  description:
    'Reads SwiftPM Package.resolved (v1, v2, v3): pinned packages named by repository URL, with revisions; branch-only pins as git sources without a version.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPackageResolved,
};
