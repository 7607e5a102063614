/**
 * sbom/cyclonedx: a CycloneDX JSON BOM (1.4-1.6) -> packages, Sterling's first-party projects and the
 * dependency graph. Components are read recursively (nested `components`, up to a depth cap), each
 * with the line its object starts on. Sterling's own properties (`sterling:*`) are read back so that
 * a BOM Sterling wrote scans to the same inventory.
 */
import type { Package, Project, Scope } from '../../../core/model/package.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { entryPackage, type SbomEntry } from '../entry.js';
import { arr, folderOf, isObject, joinFolder, parseScopes, str } from '../fields.js';
import { applyEdges, makeProject, type SbomNodes } from '../graph.js';
import { elementPath, objectLines } from '../json-lines.js';
import { extractSpdx } from '../spdx/index.js';

/** Deepest nesting of `components` read; deeper ones are reported and left out. */
export const MAX_COMPONENT_DEPTH = 32;
/** Most components read from one BOM. */
export const MAX_COMPONENTS = 500_000;

const CDX_SCOPE: Record<string, Scope[]> = { required: ['prod'], optional: ['optional'], excluded: ['dev'] };
/** Component types that describe no installable package; without a purl they are skipped quietly. */
const NOT_PACKAGES = new Set([
  'file',
  'data',
  'device',
  'firmware',
  'machine-learning-model',
  'cryptographic-asset',
  'platform',
  'device-driver',
  'operating-system',
]);

type Props = Map<string, string>;

function properties(c: Record<string, unknown>): Props {
  const out: Props = new Map();
  for (const p of arr(c, 'properties')) {
    if (!isObject(p)) continue;
    const name = str(p, 'name');
    const value = p.value;
    if (name?.startsWith('sterling:') && typeof value === 'string' && !out.has(name)) out.set(name, value);
  }
  return out;
}

function entryOf(c: Record<string, unknown>, props: Props, line: number | undefined): SbomEntry {
  const e: SbomEntry = {};
  if (line) e.line = line;
  const set = <K extends keyof SbomEntry>(k: K, v: SbomEntry[K] | undefined): void => {
    if (v !== undefined) e[k] = v;
  };
  set('purl', str(c, 'purl'));
  set('name', str(c, 'name'));
  set('group', str(c, 'group'));
  set('version', str(c, 'version'));
  set('ecosystemHint', props.get('sterling:ecosystem') || undefined);
  if (props.get('sterling:resolution') === 'unresolved') e.range = props.get('sterling:version-range') ?? '';
  set('sourceKind', props.get('sterling:source'));
  set('sourceUrl', props.get('sterling:source-url'));
  const scope = str(c, 'scope');
  set(
    'scopes',
    parseScopes(props.get('sterling:scopes')) ??
      (scope && Object.hasOwn(CDX_SCOPE, scope) ? CDX_SCOPE[scope] : undefined),
  );
  const direct = props.get('sterling:direct');
  if (direct === 'true' || direct === 'false') e.direct = direct === 'true';
  return e;
}

function projectOf(
  c: Record<string, unknown>,
  props: Props,
  path: string,
  line: number | undefined,
): Project | undefined {
  if (props.get('sterling:first-party') !== 'true') return undefined;
  const name = str(c, 'name');
  const group = str(c, 'group');
  const ecosystem = props.get('sterling:ecosystem') || 'unknown';
  return makeProject({
    ecosystem,
    folder: joinFolder(folderOf(path), props.get('sterling:path')),
    name: name ? (group && ecosystem === 'npm' ? `${group}/${name}` : name) : undefined,
    version: str(c, 'version'),
    location: line ? { path, line } : { path },
  });
}

export function extractCycloneDx(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  const sink = new DiagnosticSink(file.path);
  if (isObject(doc) && typeof doc.spdxVersion === 'string') return extractSpdx(file, ctx);
  if (!isObject(doc) || doc.bomFormat !== 'CycloneDX') {
    sink.info('not-an-sbom', 'not a CycloneDX document (no "bomFormat": "CycloneDX"); skipped');
    return { packages: [], projects: [], diagnostics: sink.finish() };
  }
  const spec = str(doc, 'specVersion');
  if (spec && !/^1\.[2-6]$/.test(spec)) {
    sink.warn(
      'unsupported-version',
      `CycloneDX specVersion ${quote(spec)} is not one Sterling knows (1.4-1.6); read as 1.6`,
    );
  }
  const lines = objectLines(file.text);
  const nodes: SbomNodes = { packages: new Map(), projects: new Map(), roots: new Set() };
  const packages: Package[] = [];
  const projects: Project[] = [];
  const explicitDirect = new Set<Package>();

  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  const subject = isObject(metadata.component) ? metadata.component : undefined;
  if (subject) {
    const ref = str(subject, 'bom-ref');
    const project = projectOf(subject, properties(subject), file.path, undefined);
    if (project) {
      projects.push(project);
      if (ref) nodes.projects.set(ref, project);
    } else if (ref) nodes.roots.add(ref);
  }

  const stack: { c: unknown; path: string; depth: number }[] = [];
  const pushAll = (list: unknown[], parent: string, depth: number): void => {
    for (let i = list.length - 1; i >= 0; i--)
      stack.push({ c: list[i], path: elementPath(parent, i), depth });
  };
  pushAll(arr(doc, 'components'), elementPath('', 'components'), 1);
  let count = 0;
  let tooDeep = 0;
  while (stack.length > 0) {
    const { c, path, depth } = stack.pop()!;
    const line = lines.get(path);
    if (!isObject(c)) {
      sink.warn('invalid-entry', 'a component is not a JSON object; skipped', line);
      continue;
    }
    if (++count > MAX_COMPONENTS) {
      sink.add(
        'error',
        'too-many-components',
        `more than ${MAX_COMPONENTS} components; the rest are not read`,
        line,
      );
      break;
    }
    const nested = arr(c, 'components');
    if (nested.length > 0) {
      if (depth >= MAX_COMPONENT_DEPTH) tooDeep++;
      else pushAll(nested, elementPath(path, 'components'), depth + 1);
    }
    const props = properties(c);
    const ref = str(c, 'bom-ref');
    const project = projectOf(c, props, file.path, line);
    if (project) {
      projects.push(project);
      if (ref && !nodes.projects.has(ref) && !nodes.packages.has(ref)) nodes.projects.set(ref, project);
      continue;
    }
    const type = str(c, 'type') ?? '';
    if (!str(c, 'purl') && NOT_PACKAGES.has(type)) {
      sink.info(
        'not-a-package',
        `component ${quote(str(c, 'name') ?? '(no name)')} of type ${quote(type)} has no purl; not scanned`,
        line,
      );
      continue;
    }
    const entry = entryOf(c, props, line);
    const pkg = entryPackage(entry, file.path, sink);
    if (!pkg) continue;
    packages.push(pkg);
    if (entry.direct !== undefined) explicitDirect.add(pkg);
    if (!ref) continue;
    if (nodes.packages.has(ref) || nodes.projects.has(ref)) {
      sink.warn(
        'duplicate-bom-ref',
        `bom-ref ${quote(ref)} is used by more than one component; the first one keeps it`,
        line,
      );
    } else nodes.packages.set(ref, pkg);
  }
  if (tooDeep > 0) {
    sink.warn(
      'too-deep',
      `${tooDeep} component(s) nest components deeper than ${MAX_COMPONENT_DEPTH} levels; those are not read`,
    );
  }
  const edges: { from: string; to: string }[] = [];
  for (const d of arr(doc, 'dependencies')) {
    if (!isObject(d)) continue;
    const from = str(d, 'ref');
    if (!from) continue;
    for (const to of arr(d, 'dependsOn')) if (typeof to === 'string') edges.push({ from, to });
  }
  applyEdges(nodes, edges, explicitDirect);
  return { packages, projects, diagnostics: sink.finish() };
}

/** CycloneDX's recommended names: `bom.json` and `*.cdx.json` (CycloneDX specification, "Recognized file patterns"). */
const FILES = ['bom.json', '*.cdx.json'] as const;

export function isCycloneDxName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base === 'bom.json' || (base.endsWith('.cdx.json') && base.length > '.cdx.json'.length);
}

export const cyclonedxExtractor: Extractor = {
  id: 'sbom/cyclonedx',
  description:
    "Reads a CycloneDX JSON SBOM (1.4-1.6, nested components): ecosystems from purls (name + hints otherwise, with a warning), dependency graph, scopes; Sterling's first-party components become projects.",
  ecosystem: 'any (from purls)',
  files: FILES,
  requirements: { network: false },
  matches: isCycloneDxName,
  extract: extractCycloneDx,
};
