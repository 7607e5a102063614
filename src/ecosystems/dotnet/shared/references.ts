/**
 * PackageReference items of an MSBuild file (a project, or Directory.Packages.props) as packages, and
 * the central versions (`PackageVersion`) of Directory.Packages.props files.
 */
import type { Package, Scope } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { classifyVersion, expandProperties, filesAbove, nugetPackage, propertiesOf } from './nuget.js';
import { attr, childText, descendants, parseXmlFile, type XmlElement } from './xml.js';

export const PROPS = 'Directory.Packages.props';

export interface CentralVersion {
  version: string;
  path: string;
  line?: number;
}

/** PackageVersion entries of one parsed props file, by lower-cased name. */
export function centralVersionsOf(root: XmlElement, path: string): Map<string, CentralVersion> {
  const props = propertiesOf(root);
  const out = new Map<string, CentralVersion>();
  for (const el of descendants(root, 'PackageVersion')) {
    const name = (attr(el, 'Include') ?? attr(el, 'Update') ?? '').trim();
    const version = attr(el, 'Version') ?? childText(el, 'Version');
    if (name === '' || version === undefined) continue;
    const v: CentralVersion = { version: expandProperties(version, props), path };
    if (el.line) v.line = el.line;
    out.set(name.toLowerCase(), v);
  }
  return out;
}

/**
 * Central versions for a project in `folder`: the Directory.Packages.props files in it and its
 * parents, the nearest first winning (MSBuild imports only the nearest, which usually imports the
 * next one up). A props file that cannot be read is a warning, not a failure of the project.
 */
export function centralVersionsFor(
  ctx: ExtractorContext,
  folder: string,
  sink: DiagnosticSink,
): Map<string, CentralVersion> {
  const out = new Map<string, CentralVersion>();
  for (const path of filesAbove(ctx, folder, PROPS)) {
    const text = ctx.readText(path);
    if (text === undefined) continue;
    let root: XmlElement;
    try {
      root = parseXmlFile(text, path);
    } catch (err) {
      sink.push({
        level: 'warning',
        code: 'unreadable-manifest',
        message: `${err instanceof Error ? err.message : String(err)}; central package versions from it unknown`,
        path,
      });
      continue;
    }
    for (const [k, v] of centralVersionsOf(root, path)) if (!out.has(k)) out.set(k, v);
  }
  return out;
}

const REFERENCES = ['PackageReference', 'GlobalPackageReference'] as const;

/** The version an item writes: `VersionOverride` or `Version`, as attribute or child element. */
function writtenVersion(el: XmlElement): string | undefined {
  return (
    attr(el, 'VersionOverride') ??
    attr(el, 'Version') ??
    childText(el, 'VersionOverride') ??
    childText(el, 'Version')
  );
}

/**
 * Packages for the PackageReference (and GlobalPackageReference) items of `root`. The version comes
 * from `VersionOverride` / `Version` (attribute or child element), else from `central`; what cannot
 * be pinned is reported `unresolved` with an info diagnostic saying why. `PrivateAssets="all"` marks
 * a development-only dependency (analyzers, build tools): scope `dev`.
 */
export function packageReferences(
  root: XmlElement,
  path: string,
  sink: DiagnosticSink,
  central: ReadonlyMap<string, CentralVersion>,
): { pkg: Package; scope: Scope }[] {
  const props = propertiesOf(root);
  const out: { pkg: Package; scope: Scope }[] = [];
  const elements = REFERENCES.flatMap((r) => descendants(root, r)).sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
  // `Update` items change an item included elsewhere: when the include is in this file, the update's
  // version applies to it; otherwise (an SDK-implicit or imported reference) the update stands alone.
  const included = new Set<string>();
  const updates = new Map<string, string>();
  for (const el of elements) {
    const include = attr(el, 'Include')?.trim();
    if (include) included.add(include.toLowerCase());
  }
  for (const el of elements) {
    const update = attr(el, 'Update')?.trim().toLowerCase();
    const version = writtenVersion(el);
    if (attr(el, 'Include') === undefined && update && version !== undefined && included.has(update)) {
      updates.set(update, version);
    }
  }
  for (const el of elements) {
    const isUpdate = attr(el, 'Include') === undefined && attr(el, 'Update') !== undefined;
    const name = (attr(el, 'Include') ?? attr(el, 'Update') ?? '').trim();
    if (isUpdate && included.has(name.toLowerCase())) continue;
    if (name === '') {
      sink.warn(
        'invalid-entry',
        `<${el.name}> without a package name (Include or Update); entry skipped`,
        el.line,
      );
      continue;
    }
    const written = updates.get(name.toLowerCase()) ?? writtenVersion(el);
    const centralVersion = written === undefined ? central.get(name.toLowerCase()) : undefined;
    const raw = written !== undefined ? expandProperties(written, props) : centralVersion?.version;
    const result = classifyVersion(raw);
    const privateAssets = (attr(el, 'PrivateAssets') ?? childText(el, 'PrivateAssets') ?? '').toLowerCase();
    const scope: Scope = privateAssets.split(';').some((s) => s.trim() === 'all') ? 'dev' : 'prod';
    const location = el.line ? { path, line: el.line } : { path };
    if ('version' in result) {
      out.push({ pkg: nugetPackage({ name, version: result.version, location }), scope });
      continue;
    }
    const reason =
      raw === undefined
        ? `no version (no Version attribute and no PackageVersion in a ${PROPS})`
        : result.reason;
    sink.info('unresolved-version', `${quote(name)}: ${reason}; reported unresolved`, el.line);
    out.push({
      pkg: nugetPackage({ name, version: (raw ?? '').trim(), resolution: 'unresolved', location }),
      scope,
    });
  }
  return out;
}
