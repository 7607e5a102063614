/**
 * tools/tool-versions: the runtime and tool versions a project pins for its developers and CI:
 * asdf/mise `.tool-versions` (`nodejs 20.11.0`), `.nvmrc` and `.node-version` (Node.js),
 * `.python-version` (pyenv) and `.ruby-version`.
 *
 * Each becomes a package named after the tool (`nodejs` and `node` are `node`, `golang` is `go`) with
 * ecosystem label `runtime:<tool>` and purl `pkg:generic/<tool>@<version>`. These labels are not OSV
 * ecosystems: the matcher reports them unsupported, and a later matcher for runtime advisories can key
 * on them. A full version (`20.11.0`) is pinned; what a tool resolves at install time (`lts/*`, `20`,
 * `3.12`, `system`, `latest`, `ref:`/`path:` versions) is unresolved, with the reason in a diagnostic.
 */
import type { Package } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { basename, matchesFileName } from '../../npm/file-names.js';
import { makePackage } from '../../shared/package.js';

const FILES = ['.tool-versions', '.nvmrc', '.node-version', '.python-version', '.ruby-version'] as const;
const ALIASES: Record<string, string> = { nodejs: 'node', golang: 'go' };
/** The tool each single-tool file pins. */
const SINGLE: Record<string, string> = {
  '.nvmrc': 'node',
  '.node-version': 'node',
  '.python-version': 'python',
  '.ruby-version': 'ruby',
};

export function runtimeEcosystem(tool: string): string {
  return `runtime:${tool}`;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `20.11.0`, `3.12.1`, `1.22.0-rc1`: at least major.minor.patch, digits first. */
export function isFullVersion(v: string): boolean {
  let parts = 0;
  let digits = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === 46 && digits > 0) {
      parts++;
      digits = 0;
    } else break;
  }
  return parts >= 2 && digits > 0;
}

/** Why a version is not pinned, or undefined when it is. `strict`: partial versions are not pinned. */
export function unpinnedReason(version: string, strict: boolean): string | undefined {
  if (version === 'system') return 'uses whatever version the system has';
  if (version.startsWith('path:')) return 'points at a local installation';
  if (version.startsWith('ref:')) return 'builds from a git ref';
  if (version.startsWith('latest') || version === 'node' || version === 'stable')
    return 'resolves to the newest release when installed';
  if (version.startsWith('lts')) return 'resolves to the newest long-term-support release when installed';
  if (!isDigit(version.charCodeAt(0))) return strict ? 'is an alias or name, not a version' : undefined;
  if (strict && !isFullVersion(version))
    return 'is a partial version that resolves to the newest match when installed';
  return undefined;
}

/** Lines of the file without comments, with their 1-based numbers. */
function contentLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let l = lines[n]!;
    const hash = l.indexOf('#');
    if (hash >= 0) l = l.slice(0, hash);
    l = l.trim();
    if (l !== '') out.push({ line: n + 1, text: l });
  }
  return out;
}

function splitWords(text: string): string[] {
  return text.split(/[ \t]+/).filter((w) => w !== '');
}

export function extractToolVersions(file: ExtractorFile): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const name = basename(file.path);
  const byId = new Map<string, Package>();
  const add = (tool: string, version: string, line: number, strict: boolean) => {
    let v = version;
    if (tool === 'node' && (v.startsWith('v') || v.startsWith('V')) && isDigit(v.charCodeAt(1)))
      v = v.slice(1);
    if (tool === 'ruby' && v.startsWith('ruby-') && isDigit(v.charCodeAt(5))) v = v.slice(5); // rbenv's ruby-3.3.0
    const reason = unpinnedReason(v, strict);
    if (reason) sink.info('unpinned-tool', `${quote(tool)} ${quote(v)} ${reason}`, line);
    const pkg = makePackage({
      ecosystem: runtimeEcosystem(tool),
      name: tool,
      version: v,
      purlType: 'generic',
      resolution: reason ? 'unresolved' : 'pinned',
      location: { path: file.path, line },
      direct: true,
    });
    if (!byId.has(pkg.id)) byId.set(pkg.id, pkg);
  };
  const single = SINGLE[name];
  for (const { line, text } of contentLines(
    file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text,
  )) {
    const words = splitWords(text);
    if (single) {
      // pyenv lists several versions, one per line or space-separated; nvm reads one.
      for (const w of single === 'python' ? words : words.slice(0, 1)) add(single, w, line, true);
      continue;
    }
    const [rawTool, ...versions] = words;
    const tool = ALIASES[rawTool!] ?? rawTool!;
    if (versions.length === 0) {
      sink.warn('invalid-entry', `${quote(rawTool!)} has no version; skipped`, line);
      continue;
    }
    // asdf tries the versions in order: every one of them may be installed and used.
    for (const v of versions) add(tool, v, line, tool === 'node' || tool === 'python');
  }
  return { packages: [...byId.values()], projects: [], diagnostics: sink.finish() };
}

export const toolVersionsExtractor: Extractor = {
  id: 'tools/tool-versions',
  description:
    'Reads runtime version pins (.tool-versions, .nvmrc, .node-version, .python-version, .ruby-version) as runtime:<tool> packages; aliases and partial versions are unresolved.',
  ecosystem: 'runtime',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractToolVersions,
};
