/**
 * swift/podfile-lock: CocoaPods Podfile.lock (YAML). Every pod in `PODS` is a package of ecosystem
 * `CocoaPods` (a label: OSV has no CocoaPods version scheme, so the matcher reports it unsupported),
 * purl `pkg:cocoapods/<name>@<version>`. Subspecs (`Firebase/Core (10.0.0)`) belong to their root pod,
 * which is what advisories name: they merge into one package. `DEPENDENCIES` are the direct pods, the
 * nested lists in `PODS` the dependency edges; `EXTERNAL SOURCES` and `CHECKOUT OPTIONS` turn a pod
 * into a git source (pinned by the checked-out commit) or a local path.
 */
import { InputError } from '../../../core/errors/index.js';
import type { Package, PackageSource } from '../../../core/model/package.js';
import { parseYamlFile } from '../../../core/parse/yaml.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { makePackage } from '../../shared/package.js';
import { podLines } from './lines.js';

export const ECOSYSTEM = 'CocoaPods';
const FILES = ['Podfile.lock'] as const;

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `Name/Sub (1.0)` -> name `Name/Sub`, spec `1.0`; `Name` -> no spec. */
export function splitPod(text: string): { name: string; spec?: string } {
  const t = text.trim();
  const open = t.lastIndexOf(' (');
  if (open > 0 && t.endsWith(')'))
    return { name: t.slice(0, open).trim(), spec: t.slice(open + 2, -1).trim() };
  return { name: t };
}

export function rootOf(name: string): string {
  const slash = name.indexOf('/');
  return slash < 0 ? name : name.slice(0, slash);
}

/** The source of a root pod from EXTERNAL SOURCES and CHECKOUT OPTIONS. */
function sourceOf(root: string, external: Rec, checkout: Rec): PackageSource {
  const ext = isRecord(external[root]) ? (external[root] as Rec) : undefined;
  const co = isRecord(checkout[root]) ? (checkout[root] as Rec) : undefined;
  const get = (r: Rec | undefined, k: string) => (typeof r?.[k] === 'string' ? (r[k] as string) : undefined);
  const git = get(co, ':git') ?? get(ext, ':git');
  if (git) {
    const commit = get(co, ':commit') ?? get(ext, ':commit');
    return { kind: 'git', url: git, ...(commit ? { commit } : {}) };
  }
  const path = get(ext, ':path');
  if (path) return { kind: 'file', url: path };
  const podspec = get(ext, ':podspec');
  if (podspec) return { kind: 'tarball', url: podspec };
  return { kind: 'registry' };
}

export function extractPodfileLock(file: ExtractorFile): ExtractionOutput {
  const doc = parseYamlFile(file.text, file.path);
  if (!isRecord(doc) || !Array.isArray(doc.PODS)) {
    throw new InputError(`${file.path}: not a Podfile.lock (no PODS list)`, {
      path: file.path,
      hint: 'Regenerate it with `pod install`, or exclude it with --exclude.',
    });
  }
  const sink = new DiagnosticSink(file.path);
  const lines = podLines(file.text);
  const external = isRecord(doc['EXTERNAL SOURCES']) ? doc['EXTERNAL SOURCES'] : {};
  const checkout = isRecord(doc['CHECKOUT OPTIONS']) ? doc['CHECKOUT OPTIONS'] : {};
  const direct = new Set<string>();
  if (Array.isArray(doc.DEPENDENCIES)) {
    for (const d of doc.DEPENDENCIES) if (typeof d === 'string') direct.add(rootOf(splitPod(d).name));
  }
  const byRoot = new Map<string, Package>();
  const edges = new Map<string, Set<string>>();
  for (const entry of doc.PODS) {
    let head: unknown = entry;
    let deps: unknown[] = [];
    if (isRecord(entry)) {
      const keys = Object.keys(entry);
      head = keys[0];
      const v = keys[0] === undefined ? undefined : entry[keys[0]];
      if (Array.isArray(v)) deps = v;
    }
    if (typeof head !== 'string') {
      sink.warn('invalid-entry', 'a PODS entry that is not "Name (version)"; skipped');
      continue;
    }
    const { name, spec } = splitPod(head);
    const root = rootOf(name);
    const line = lines.get(head.trim());
    if (!spec || !name) {
      sink.warn('invalid-entry', `PODS entry ${quote(head)} has no version; skipped`, line);
      continue;
    }
    const rootEdges = edges.get(root) ?? new Set<string>();
    edges.set(root, rootEdges);
    for (const d of deps) if (typeof d === 'string') rootEdges.add(rootOf(splitPod(d).name));
    const seen = byRoot.get(root);
    if (seen) {
      if (seen.version !== spec) {
        sink.warn(
          'conflicting-version',
          `${quote(name)} is at ${quote(spec)} but ${quote(root)} at ${quote(seen.version)}`,
          line,
        );
      }
      continue;
    }
    byRoot.set(
      root,
      makePackage({
        ecosystem: ECOSYSTEM,
        name: root,
        version: spec,
        purlType: 'cocoapods',
        source: sourceOf(root, external, checkout),
        location: { path: file.path, ...(line ? { line } : {}) },
        direct: direct.has(root),
      }),
    );
  }
  for (const [root, targets] of edges) {
    const pkg = byRoot.get(root);
    if (!pkg) continue;
    const ids = new Set<string>();
    for (const t of targets) {
      const dep = byRoot.get(t);
      if (dep && t !== root) ids.add(dep.id);
    }
    pkg.dependencies = [...ids].sort();
  }
  return { packages: [...byRoot.values()], projects: [], diagnostics: sink.finish() };
}

export const podfileLockExtractor: Extractor = {
  id: 'swift/podfile-lock',
  description:
    'Reads CocoaPods Podfile.lock: pods (subspecs merged into their root pod) with versions, direct pods from DEPENDENCIES, dependency edges, git and path sources.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractPodfileLock,
};
