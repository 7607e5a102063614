/**
 * go.mod -> packages and the module's Project. Each requirement is one package, after `replace`
 * (the replacement is what gets built: its path and version, with the required path as an alias) and
 * `exclude` (an excluded version is not built: reported, not a package). A local replacement
 * (`=> ./dir`) is first-party code: a Diagnostic and an edge to the Project at that folder, no package.
 * vendor/modules.txt beside go.mod adds the modules go.mod does not list (go < 1.17 files list only
 * part of the build) and is checked against go.mod; go.mod stays the source of truth.
 */
import type { DirectDependency, Location, Package, Project } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { makePackage, makeProject } from '../../shared/package.js';
import type { VendoredModule } from '../vendor-modules/parse.js';
import { type GoMod, type Replace, replacementFor } from './directives.js';
import type { SumModule } from './go-sum.js';
import { ECOSYSTEM, isModuleVersion, localFolder, makeGoPackage } from './module.js';

export interface Built {
  packages: Package[];
  projects: Project[];
}

export interface VendorInput {
  path: string;
  modules: VendoredModule[];
}

/** Modules of go.sum that go.mod (go < 1.17) does not list. */
export interface SumInput {
  path: string;
  modules: SumModule[];
}

class Collector {
  readonly byId = new Map<string, Package>();
  readonly direct = new Map<string, DirectDependency>();

  add(pkg: Package): void {
    const seen = this.byId.get(pkg.id);
    if (!seen) this.byId.set(pkg.id, pkg);
    else {
      seen.direct ||= pkg.direct;
      for (const l of pkg.locations) {
        if (!seen.locations.some((x) => x.path === l.path && x.line === l.line)) seen.locations.push(l);
      }
    }
    if (pkg.direct) this.direct.set(pkg.id, { id: pkg.id, scope: 'prod' });
  }
}

function loc(path: string, line: number): Location {
  return { path, line };
}

/** One module requirement (from go.mod or modules.txt) with its replacement applied. */
function addModule(
  c: Collector,
  sink: DiagnosticSink,
  folder: string,
  m: { path: string; version: string; direct: boolean; locations: Location[] },
  rep: { path: string; version?: string; line?: number; file: string; base?: string } | undefined,
): void {
  if (rep && rep.version === undefined) {
    const target = localFolder(rep.base ?? folder, rep.path);
    // A go.work's local replace is reported once, by go/go-work, not by every module it applies to.
    if (rep.base === undefined)
      sink.push({
        level: 'info',
        code: 'go-local-replace',
        message: `${quote(m.path)} ${quote(m.version)} is replaced by the local directory ${quote(rep.path)}: that code is first-party, not a third-party package, so it is not matched against advisories for ${quote(m.path)}`,
        path: rep.file,
        ...(rep.line ? { line: rep.line } : {}),
      });
    if (target !== undefined && m.direct)
      c.direct.set(`${ECOSYSTEM}:${target}`, { id: `${ECOSYSTEM}:${target}`, scope: 'prod' });
    return;
  }
  const path = rep?.path ?? m.path;
  const version = rep?.version ?? m.version;
  const locations = rep?.line ? [...m.locations, loc(rep.file, rep.line)] : m.locations;
  if (!isModuleVersion(version)) {
    sink.warn(
      'unresolved-version',
      `${quote(path)} has version ${quote(version)}, which is not a module version (vX.Y.Z); reported as unresolved`,
      locations[0]?.line,
    );
    const slash = path.lastIndexOf('/');
    const pkg = makePackage({
      ecosystem: ECOSYSTEM,
      name: path,
      version,
      purlType: 'golang',
      ...(slash > 0 ? { purlNamespace: path.slice(0, slash), purlName: path.slice(slash + 1) } : {}),
      resolution: 'unresolved',
      direct: m.direct,
      scopes: ['prod'],
    });
    pkg.locations = locations;
    c.add(pkg);
    return;
  }
  const init = { path, version, locations, direct: m.direct };
  c.add(makeGoPackage(rep ? { ...init, replaces: m.path } : init));
}

function fromReplace(r: Replace | undefined, goMod: string) {
  if (!r) return undefined;
  const file = r.from?.file ?? goMod;
  return r.newVersion === undefined
    ? { path: r.newPath, line: r.line, file, ...(r.from ? { base: r.from.folder } : {}) }
    : { path: r.newPath, version: r.newVersion, line: r.line, file };
}

export function buildGoMod(
  mod: GoMod,
  file: string,
  folder: string,
  vendor: VendorInput | undefined,
  sum: SumInput | undefined,
  sink: DiagnosticSink,
): Built {
  const c = new Collector();
  const required = new Map<string, string>();
  for (const r of mod.requires) {
    required.set(r.path, r.version);
    if (mod.excludes.has(`${r.path}@${r.version}`)) {
      sink.warn(
        'go-excluded-requirement',
        `${quote(r.path)} ${quote(r.version)} is required but also excluded; the go command then uses the next higher version, which go.mod does not name, so no package is reported for it`,
        r.line,
      );
      continue;
    }
    const rep = fromReplace(replacementFor(mod.replaces, r.path, r.version), file);
    addModule(
      c,
      sink,
      folder,
      { path: r.path, version: r.version, direct: !r.indirect, locations: [loc(file, r.line)] },
      rep,
    );
  }
  if (vendor) addVendored(c, sink, mod, folder, required, vendor);
  else if (sum) addSummed(c, sink, mod, folder, required, sum);
  const packages = [...c.byId.values()];
  const projects: Project[] = [];
  if (mod.module) {
    projects.push(
      makeProject({
        ecosystem: ECOSYSTEM,
        folder,
        name: mod.module.path,
        location: loc(file, mod.module.line),
        dependencies: [...c.direct.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      }),
    );
  }
  return { packages, projects };
}

function addVendored(
  c: Collector,
  sink: DiagnosticSink,
  mod: GoMod,
  folder: string,
  required: Map<string, string>,
  vendor: VendorInput,
): void {
  for (const vm of vendor.modules) {
    if (vm.version === undefined || (vm.packages === 0 && !vm.explicit)) continue;
    const want = required.get(vm.path);
    if (want !== undefined) {
      if (want !== vm.version) {
        sink.push({
          level: 'warning',
          code: 'go-vendor-inconsistent',
          message: `vendor/modules.txt has ${quote(vm.path)} ${quote(vm.version)} but go.mod requires ${quote(want)}; run "go mod vendor". go.mod is reported`,
          path: vendor.path,
          line: vm.line,
        });
      }
      continue;
    }
    const goModRep = replacementFor(mod.replaces, vm.path, vm.version);
    const rep = goModRep
      ? fromReplace(goModRep, sink.path)
      : vm.replacement
        ? { ...vm.replacement, line: vm.line, file: vendor.path }
        : undefined;
    addModule(
      c,
      sink,
      folder,
      { path: vm.path, version: vm.version, direct: false, locations: [loc(vendor.path, vm.line)] },
      rep,
    );
  }
}

function addSummed(
  c: Collector,
  sink: DiagnosticSink,
  mod: GoMod,
  folder: string,
  required: Map<string, string>,
  sum: SumInput,
): void {
  const extra = sum.modules.filter((m) => !required.has(m.path) && m.path !== mod.module?.path);
  if (extra.length === 0) return;
  sink.info(
    'go-sum-transitive',
    `go.mod predates Go 1.17 and lists only part of the build: ${extra.length} transitive ${extra.length === 1 ? 'module is' : 'modules are'} taken from go.sum (the highest version with a code hash per module; go.sum can also hold test-only dependencies of dependencies)`,
    mod.go?.line,
  );
  for (const m of extra) {
    const rep = fromReplace(replacementFor(mod.replaces, m.path, m.version), sink.path);
    addModule(
      c,
      sink,
      folder,
      { path: m.path, version: m.version, direct: false, locations: [m.location] },
      rep,
    );
  }
}
