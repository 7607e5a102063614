import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import type { GoMod } from './directives.js';

/** `go1.23.6-xyz` / `go1.23.6` / `1.23.6` -> `1.23.6` (a custom toolchain suffix is dropped). */
export function stdlibVersion(text: string): string {
  const bare = text.startsWith('go') ? text.slice(2) : text;
  const dash = bare.indexOf('-');
  const plus = bare.indexOf('+');
  const cut = [dash, plus].filter((i) => i > 0);
  return cut.length > 0 ? bare.slice(0, Math.min(...cut)) : bare;
}

/**
 * The Go standard library the module is built with: the `toolchain` directive when present, else
 * the `go` directive (the minimum toolchain). Reported as an info Diagnostic only: matching the
 * standard library against advisories is off by default (it depends on the toolchain that actually
 * builds the code, which go.mod only bounds).
 */
export function reportStdlib(mod: GoMod, sink: DiagnosticSink): void {
  const from = mod.toolchain ?? mod.go;
  if (!from) return;
  const version = stdlibVersion(from.version);
  const origin = mod.toolchain
    ? `toolchain ${quote(mod.toolchain.version)}${mod.go ? `, go ${quote(mod.go.version)}` : ''}`
    : `go ${quote(from.version)}`;
  sink.info(
    'go-stdlib-version',
    `Go standard library ("stdlib") ${quote(version)} (from ${origin}); the standard library is not matched against advisories (stdlib matching is not enabled)`,
    from.line,
  );
}
