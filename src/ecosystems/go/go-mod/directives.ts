import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import { quote } from '../../../core/util/quote.js';
import type { DirectiveLine } from './parse.js';

export interface Require {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

export interface Replace {
  path: string;
  /** Only this version is replaced; every version when undefined. */
  version?: string;
  newPath: string;
  /** Undefined: `newPath` is a local directory. */
  newVersion?: string;
  line: number;
  /** A go.work replace applied to a module: the go.work file and the folder its local paths start from. */
  from?: { file: string; folder: string };
}

export interface GoMod {
  module?: { path: string; line: number };
  go?: { version: string; line: number };
  toolchain?: { version: string; line: number };
  requires: Require[];
  replaces: Replace[];
  /** `path@version` of every `exclude`. */
  excludes: Set<string>;
}

function readReplace(d: DirectiveLine, sink: DiagnosticSink): Replace | undefined {
  const arrow = d.args.indexOf('=>');
  const left = arrow < 0 ? [] : d.args.slice(0, arrow);
  const right = arrow < 0 ? [] : d.args.slice(arrow + 1);
  if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
    sink.warn(
      'invalid-entry',
      'replace needs "module [version] => module version" or "=> ./dir"; ignored',
      d.line,
    );
    return undefined;
  }
  const r: Replace = { path: left[0]!, newPath: right[0]!, line: d.line };
  if (left[1] !== undefined) r.version = left[1];
  if (right[1] !== undefined) r.newVersion = right[1];
  return r;
}

/** The directives Sterling uses; `retract`, `godebug`, `tool` and `ignore` are not dependencies. */
export function readDirectives(lines: readonly DirectiveLine[], sink: DiagnosticSink): GoMod {
  const mod: GoMod = { requires: [], replaces: [], excludes: new Set() };
  for (const d of lines) {
    const [first, second] = d.args;
    switch (d.verb) {
      case 'module':
        if (first !== undefined) mod.module = { path: first, line: d.line };
        break;
      case 'go':
        if (first !== undefined) mod.go = { version: first, line: d.line };
        break;
      case 'toolchain':
        if (first !== undefined) mod.toolchain = { version: first, line: d.line };
        break;
      case 'require':
        if (d.args.length !== 2 || first === undefined || second === undefined) {
          sink.warn(
            'invalid-entry',
            `require needs a module path and a version (${quote(d.args.join(' '))}); ignored`,
            d.line,
          );
          break;
        }
        mod.requires.push({ path: first, version: second, indirect: d.indirect, line: d.line });
        break;
      case 'replace': {
        const r = readReplace(d, sink);
        if (r) mod.replaces.push(r);
        break;
      }
      case 'exclude':
        if (d.args.length === 2) mod.excludes.add(`${first}@${second}`);
        else sink.warn('invalid-entry', 'exclude needs a module path and a version; ignored', d.line);
        break;
      default:
        break;
    }
  }
  return mod;
}

/** The replace that applies to `path@version`: a version-specific one wins over a wildcard one. */
export function replacementFor(
  replaces: readonly Replace[],
  path: string,
  version: string,
): Replace | undefined {
  let wildcard: Replace | undefined;
  for (const r of replaces) {
    if (r.path !== path) continue;
    if (r.version === version) return r;
    if (r.version === undefined) wildcard = r;
  }
  return wildcard;
}
