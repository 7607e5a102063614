/**
 * go/vendor-modules: vendor/modules.txt on its own. The workspace walk skips `vendor/` by default, so
 * this runs only with `--no-default-excludes` (or a custom exclude list), and only when the go.mod
 * beside the `vendor/` folder is not scanned: go/go-mod reads modules.txt itself and go.mod is the
 * source of truth, so a module is never counted twice. Modules with vendored packages (or `## explicit`)
 * are packages; `## explicit` marks direct ones; `=> module version` replacements are what gets built;
 * `=> ./dir` replacements are first-party code (a Diagnostic, no package).
 */

import { InputError } from '../../../core/errors/index.js';
import type { Package } from '../../../core/model/package.js';
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { emptyOutput } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import {
  ECOSYSTEM,
  folderOf,
  isModuleVersion,
  LIMITS,
  localFolder,
  makeGoPackage,
} from '../go-mod/module.js';
import { parseModulesTxt } from './parse.js';

function isVendorModulesTxt(path: string): boolean {
  return path === 'vendor/modules.txt' || path.endsWith('/vendor/modules.txt');
}

export function extractVendorModules(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const moduleFolder = folderOf(folderOf(file.path));
  const goMod = moduleFolder === '.' ? 'go.mod' : `${moduleFolder}/go.mod`;
  if (ctx.has(goMod)) return emptyOutput();
  if (file.text.length > LIMITS.maxBytes) {
    throw new InputError(`${quote(file.path)} is too large to read (${file.text.length} characters)`, {
      path: file.path,
    });
  }
  const sink = new DiagnosticSink(file.path);
  const byId = new Map<string, Package>();
  for (const m of parseModulesTxt(file.text, sink)) {
    if (m.packages === 0 && !m.explicit) continue;
    const rep = m.replacement;
    if (rep && rep.version === undefined) {
      const target = localFolder(moduleFolder, rep.path);
      sink.info(
        'go-local-replace',
        `${quote(m.path)}${m.version ? ` ${quote(m.version)}` : ''} is replaced by the local directory ${quote(rep.path)}${target ? '' : ' (outside the scanned folder)'}: first-party code, not a third-party package`,
        m.line,
      );
      continue;
    }
    const path = rep?.path ?? m.path;
    const version = rep?.version ?? m.version;
    if (version === undefined || !isModuleVersion(version)) continue;
    const init = { path, version, locations: [{ path: file.path, line: m.line }], direct: m.explicit };
    const pkg = makeGoPackage(rep ? { ...init, replaces: m.path } : init);
    const seen = byId.get(pkg.id);
    if (!seen) byId.set(pkg.id, pkg);
    else {
      seen.direct ||= pkg.direct;
      seen.locations.push(...pkg.locations);
    }
  }
  const packages = [...byId.values()];
  propagateScopes([], packages);
  markDirect([], packages);
  return { packages, projects: [], diagnostics: sink.finish() };
}

export const vendorModulesExtractor: Extractor = {
  id: 'go/vendor-modules',
  description:
    'Reads vendor/modules.txt (found only with --no-default-excludes) when its go.mod is not scanned: vendored modules, "## explicit" as direct, replacements applied.',
  ecosystem: ECOSYSTEM,
  files: ['vendor/modules.txt'],
  requirements: { network: false },
  matches: isVendorModulesTxt,
  extract: extractVendorModules,
};
