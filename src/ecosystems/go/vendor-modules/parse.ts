/**
 * vendor/modules.txt, as `go mod vendor` writes it (cmd/go/internal/modload/vendor.go):
 *
 *     # <module> <version> [=> <replacement> [<version>]]   a module (version line)
 *     # <module> => <replacement> [<version>]               a wildcard replacement
 *     ## explicit; go 1.21                                  annotations of the module above
 *     <import path>                                         a vendored package of the module above
 *
 * A module with at least one package line is in the build; `## explicit` marks a requirement of the
 * main module's go.mod (a direct dependency). Linear scan, no regular expression.
 */
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import { isLocalPath, isModuleVersion, LIMITS } from '../go-mod/module.js';

export interface VendoredModule {
  path: string;
  /** Undefined for a wildcard replacement line. */
  version?: string;
  /** `=> path version` (module) or `=> ./dir` (local, no version). */
  replacement?: { path: string; version?: string };
  explicit: boolean;
  /** How many package lines follow: > 0 means the module is in the build. */
  packages: number;
  line: number;
}

function fields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    const start = i;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    if (i > start) out.push(line.slice(start, i));
  }
  return out;
}

export function parseModulesTxt(text: string, sink: DiagnosticSink): VendoredModule[] {
  const modules: VendoredModule[] = [];
  let current: VendoredModule | undefined;
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.trim() === '') continue;
    if (line.startsWith('## ')) {
      if (!current) {
        sink.warn('invalid-line', 'an "## " annotation comes before any module line; ignored', lineNo);
        continue;
      }
      for (const entry of line.slice(3).split(';')) if (entry.trim() === 'explicit') current.explicit = true;
      continue;
    }
    if (line.startsWith('# ')) {
      current = undefined;
      const f = fields(line.slice(2));
      if (f.some((x) => x.length > LIMITS.maxTokenLength)) {
        sink.warn('invalid-entry', 'a module line is too long; ignored', lineNo);
        continue;
      }
      const path = f[0] ?? '';
      let rest: string[];
      let version: string | undefined;
      if (f.length >= 2 && isModuleVersion(f[1]!)) {
        version = f[1];
        rest = f.slice(2);
      } else if (f[1] === '=>') {
        rest = f.slice(1);
      } else {
        const why = f.length < 2 ? 'has no version' : `has no valid version (${quote(f[1]!)})`;
        sink.warn('invalid-entry', `module line for ${quote(path)} ${why}; ignored`, lineNo);
        continue;
      }
      const mod: VendoredModule = { path, explicit: false, packages: 0, line: lineNo };
      if (version !== undefined) mod.version = version;
      if (rest[0] === '=>') {
        if (rest.length === 2 && isLocalPath(rest[1]!)) mod.replacement = { path: rest[1]! };
        else if (rest.length === 3 && isModuleVersion(rest[2]!))
          mod.replacement = { path: rest[1]!, version: rest[2]! };
        else {
          sink.warn(
            'invalid-replacement',
            `the replacement of ${quote(path)} (${quote(rest.slice(1).join(' '))}) is neither a local directory nor a module and version; ignored`,
            lineNo,
          );
        }
      } else if (rest.length > 0) {
        sink.warn('invalid-entry', `unexpected text after the module line for ${quote(path)}`, lineNo);
      }
      if (mod.version === undefined && !mod.replacement) continue;
      if (modules.length >= LIMITS.maxModules) {
        sink.warn('too-many-entries', `only the first ${LIMITS.maxModules} modules were read`, lineNo);
        break;
      }
      modules.push(mod);
      current = mod;
      continue;
    }
    if (line.startsWith('#')) {
      sink.warn('invalid-line', `unexpected line ${quote(line)}; ignored`, lineNo);
      continue;
    }
    if (!current) {
      sink.warn(
        'invalid-line',
        `package ${quote(line.trim())} does not follow a valid module line; ignored`,
        lineNo,
      );
      continue;
    }
    current.packages++;
  }
  return modules;
}
