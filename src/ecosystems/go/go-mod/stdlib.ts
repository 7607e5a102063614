/**
 * The Go standard library and the go command as packages, named as the Go vulnerability database
 * names them: ecosystem `Go`, `stdlib` (compiled into every binary, scope prod) and `toolchain` (the
 * go command itself, a build tool: scope dev). Their source kind is `toolchain`, so the matcher
 * skips them unless asked (`--go-stdlib`): go.mod bounds the toolchain, it does not name the one
 * that builds the code.
 *
 * Version: a `toolchain go1.22.3` line names a release, reported pinned as `1.22.3`. Otherwise the
 * `go` line (`go 1.22`, `go 1.22.3`) is a minimum: reported unresolved as `>=1.22`, which the matcher
 * lists as unchecked instead of guessing the patch release.
 */
import type { DirectDependency, Package, Resolution } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { makePackage } from '../../shared/package.js';
import { isDigit } from '../../shared/version-text.js';
import { goVersionScheme, parseGoVersion } from '../version.js';
import { ECOSYSTEM } from './module.js';

/** The `go` and `toolchain` lines of a go.mod or go.work. */
export interface GoLines {
  go?: { version: string; line: number };
  toolchain?: { version: string; line: number };
}

/** `go1.23.6-xyz` / `go1.23.6` / `1.23.6` -> `1.23.6` (a custom toolchain suffix is dropped). */
export function stdlibVersion(text: string): string {
  const bare = text.startsWith('go') ? text.slice(2) : text;
  const dash = bare.indexOf('-');
  const plus = bare.indexOf('+');
  const cut = [dash, plus].filter((i) => i > 0);
  return cut.length > 0 ? bare.slice(0, Math.min(...cut)) : bare;
}

/** `1.22.3`, `1.21rc2`, `1.19beta1` name one release; `1.22` is a language version (a minimum). */
export function isRelease(version: string): boolean {
  if (parseGoVersion(version) === undefined) return false;
  let dots = 0;
  let i = 0;
  for (; i < version.length && (isDigit(version.charCodeAt(i)) || version[i] === '.'); i++) {
    if (version[i] === '.') dots++;
  }
  return dots === 2 || (i < version.length && (version.startsWith('rc', i) || version.startsWith('beta', i)));
}

interface Chosen {
  version: string;
  resolution: Resolution;
  line: number;
}

/**
 * The toolchain line when it is not older than the go line (pinned when it names a release, a
 * minimum otherwise); else the go line as a minimum. `toolchain default` defers to the go line.
 */
export function chooseStdlib(lines: GoLines, sink: DiagnosticSink): Chosen | undefined {
  const { go, toolchain } = lines;
  const goVersion = go ? stdlibVersion(go.version) : undefined;
  const floor = goVersion === undefined ? undefined : parseGoVersion(goVersion);
  if (toolchain && toolchain.version !== 'default') {
    const v = stdlibVersion(toolchain.version);
    const parsed = toolchain.version.startsWith('go') ? parseGoVersion(v) : undefined;
    if (!parsed) {
      sink.warn(
        'go-toolchain-invalid',
        `toolchain ${quote(toolchain.version)} does not name a Go release (like go1.22.3); ${floor ? 'the go line is used as the minimum version' : 'no standard-library version is reported'}`,
        toolchain.line,
      );
    } else if (floor && goVersionScheme.compare(parsed, floor) < 0) {
      sink.info(
        'go-toolchain-ignored',
        `toolchain ${quote(toolchain.version)} is older than go ${quote(go!.version)}; the go command ignores it, so the go line is used as the minimum version`,
        toolchain.line,
      );
    } else {
      return isRelease(v)
        ? { version: v, resolution: 'pinned', line: toolchain.line }
        : { version: `>=${v}`, resolution: 'unresolved', line: toolchain.line };
    }
  }
  if (!go) return undefined;
  if (!floor) {
    sink.warn(
      'go-version-invalid',
      `go ${quote(go.version)} is not a Go version (like 1.22 or 1.22.3); no standard-library version is reported`,
      go.line,
    );
    return undefined;
  }
  return { version: `>=${goVersion}`, resolution: 'unresolved', line: go.line };
}

/** `stdlib` (prod) and `toolchain` (dev) of the Go release go.mod / go.work names, or none. */
export function goToolchainPackages(lines: GoLines, path: string, sink: DiagnosticSink): Package[] {
  const chosen = chooseStdlib(lines, sink);
  if (!chosen) return [];
  return (
    [
      ['stdlib', 'prod'],
      ['toolchain', 'dev'],
    ] as const
  ).map(([name, scope]) =>
    makePackage({
      ecosystem: ECOSYSTEM,
      name,
      version: chosen.version,
      purlType: 'golang',
      source: { kind: 'toolchain' },
      resolution: chosen.resolution,
      location: { path, line: chosen.line },
      scopes: [scope],
      direct: true,
    }),
  );
}

/** A project's edges to the stdlib / toolchain packages, in their scopes. */
export function toolchainEdges(toolchain: readonly Package[]): DirectDependency[] {
  return toolchain.map((t) => ({ id: t.id, scope: t.scopes[0] ?? 'prod' }));
}
