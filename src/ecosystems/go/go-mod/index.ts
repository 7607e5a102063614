/**
 * go/go-mod: go.mod. Requirements (direct, or transitive when marked `// indirect`) after `replace`
 * and `exclude`; the `module` as a first-party Project; the `go` / `toolchain` version of the
 * standard library as an info Diagnostic (stdlib matching is off). When `vendor/modules.txt` sits
 * beside go.mod it is read too (even though the walk skips `vendor/`): modules it lists that go.mod
 * does not are added as transitive packages, and version mismatches are reported. go.mod is the
 * source of truth; go/vendor-modules stays silent for a modules.txt whose go.mod is scanned.
 */
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { parseModulesTxt } from '../vendor-modules/parse.js';
import { buildGoMod, type VendorInput } from './build.js';
import { readDirectives } from './directives.js';
import { ECOSYSTEM, folderOf } from './module.js';
import { parseGoMod } from './parse.js';
import { reportStdlib } from './stdlib.js';

function readVendor(ctx: ExtractorContext, folder: string, sink: DiagnosticSink): VendorInput | undefined {
  const path = folder === '.' ? 'vendor/modules.txt' : `${folder}/vendor/modules.txt`;
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  const vendorSink = new DiagnosticSink(path);
  const modules = parseModulesTxt(text, vendorSink);
  for (const d of vendorSink.finish()) sink.push(d);
  return { path, modules };
}

export function extractGoMod(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const sink = new DiagnosticSink(file.path);
  const mod = readDirectives(parseGoMod(text, file.path, sink), sink);
  const folder = folderOf(file.path);
  reportStdlib(mod, sink);
  const { packages, projects } = buildGoMod(mod, file.path, folder, readVendor(ctx, folder, sink), sink);
  propagateScopes(projects, packages);
  markDirect(projects, packages);
  return { packages, projects, diagnostics: sink.finish() };
}

export const goModExtractor: Extractor = {
  id: 'go/go-mod',
  description:
    'Reads go.mod: requirements (indirect = transitive) after replace and exclude, the module as a project, vendor/modules.txt beside it; the go/toolchain standard-library version as an info diagnostic (stdlib matching off).',
  ecosystem: ECOSYSTEM,
  files: ['go.mod'],
  requirements: { network: false },
  matches: (path) => path === 'go.mod' || path.endsWith('/go.mod'),
  extract: extractGoMod,
};
