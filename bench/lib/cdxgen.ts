import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ChildRunner, ChildSample } from './child.js';
import { countCycloneDxComponents } from './counts.js';

/** cdxgen is not a dependency of Sterling: it is installed by hand into this prefix, or named by $CDXGEN_BIN. */
export const CDXGEN_PREFIX = join(tmpdir(), 'sterling-cdxgen');
export const CDXGEN_INSTALL_HINT = `npm install --prefix "$(node -p 'require("os").tmpdir()')/sterling-cdxgen" @cyclonedx/cdxgen`;

/**
 * Flags that keep cdxgen to the work Sterling does: JavaScript only, this folder only, no
 * `npm install`, no Babel usage analysis, no schema validation of its own output, CycloneDX 1.6.
 * Each one makes cdxgen faster, so the comparison leans in cdxgen's favour.
 */
export const CDXGEN_FLAGS = [
  '-t',
  'js',
  '--no-install-deps',
  '--no-recurse',
  '--no-babel',
  '--no-validate',
  '--spec-version',
  '1.6',
] as const;

/** Environment for cdxgen runs: no licence look-ups on the registry, no debug tables. */
const CDXGEN_ENV: NodeJS.ProcessEnv = { FETCH_LICENSE: 'false', CDXGEN_DEBUG_MODE: '' };

export interface Cdxgen {
  /** The JavaScript entry point (symlinks resolved), run with the same Node as the benchmark. */
  script: string;
  version: string;
}

export function findCdxgen(): Cdxgen | undefined {
  const candidates = [process.env.CDXGEN_BIN, join(CDXGEN_PREFIX, 'node_modules', '.bin', 'cdxgen')];
  for (const c of candidates) {
    if (!c || !existsSync(c)) continue;
    const script = realpathSync(c);
    const head = readFileSync(script, 'utf8').slice(0, 200);
    if (!/\.[cm]?js$/.test(script) && !head.startsWith('#!/usr/bin/env node')) {
      console.warn(`! ${c} is not a Node script; the benchmark runs cdxgen's JavaScript entry point only`);
      continue;
    }
    const r = spawnSync(process.execPath, [script, '--version'], { encoding: 'utf8', timeout: 60_000 });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes from its banner
    const text = `${r.stdout}${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    const version = /CycloneDX Generator\s+(\S+)/.exec(text)?.[1] ?? 'unknown version';
    return { script, version };
  }
  return undefined;
}

/** A copy of the target in a temporary folder (without .git and node_modules), so cdxgen cannot write into it. */
export function copyTarget(dir: string, tmp: string): string {
  const copy = join(tmp, 'cdxgen-target', basename(dir));
  mkdirSync(copy, { recursive: true });
  cpSync(dir, copy, {
    recursive: true,
    filter: (src) => !['.git', 'node_modules'].includes(basename(src)),
  });
  return copy;
}

export interface CdxgenRun {
  samples: ChildSample[];
  components?: number;
}

export function runCdxgen(runner: ChildRunner, cdxgen: Cdxgen, copy: string, runs: number): CdxgenRun {
  const out = join(runner.tmp, 'cdxgen-bom.json');
  const samples: ChildSample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = runner.run({
      args: [cdxgen.script, ...CDXGEN_FLAGS, '-o', out, copy],
      cwd: copy,
      env: CDXGEN_ENV,
    });
    samples.push(s);
    if (s.status !== 0) break;
  }
  const result: CdxgenRun = { samples };
  if (samples.every((s) => s.status === 0) && existsSync(out)) {
    result.components = countCycloneDxComponents(readFileSync(out, 'utf8'));
  }
  return result;
}
