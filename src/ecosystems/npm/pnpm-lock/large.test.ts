/**
 * Large lockfiles: 3,000 packages (v9 and v6, every tenth with two peer variants) are all read, with
 * their edges. Timing lives in `npm run bench`, not here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { pnpmLockExtractor } from './index.js';

const N = 3000;

function deps(i: number): number[] {
  return [(i + 1) % N, (i + 7) % N, (i + 13) % N];
}

/** A v9 lockfile of N packages, every tenth with two peer variants in snapshots. */
function v9(): string {
  const out: string[] = ["lockfileVersion: '9.0'", '', 'importers:', '', '  .:', '    dependencies:'];
  for (let i = 0; i < 50; i++)
    out.push(`      pkg-${i * 60}:`, '        specifier: ^1.0.0', `        version: 1.0.${i * 60}`);
  out.push('', 'packages:', '');
  for (let i = 0; i < N; i++)
    out.push(`  pkg-${i}@1.0.${i}:`, `    resolution: {integrity: sha512-${i}}`, '');
  out.push('snapshots:', '');
  for (let i = 0; i < N; i++) {
    const variants = i % 10 === 0 ? [`(peer@1.0.${i})`, `(peer@2.0.${i})`] : [''];
    for (const v of variants) {
      out.push(`  pkg-${i}@1.0.${i}${v}:`, '    dependencies:');
      for (const d of deps(i)) out.push(`      pkg-${d}: 1.0.${d}`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** The same graph as a v6 lockfile. */
function v6(): string {
  const out: string[] = ["lockfileVersion: '6.0'", '', 'dependencies:'];
  for (let i = 0; i < 50; i++)
    out.push(`  pkg-${i * 60}:`, '    specifier: ^1.0.0', `    version: 1.0.${i * 60}`);
  out.push('', 'packages:', '');
  for (let i = 0; i < N; i++) {
    const variants = i % 10 === 0 ? [`(peer@1.0.${i})`, `(peer@2.0.${i})`] : [''];
    for (const v of variants) {
      out.push(`  /pkg-${i}@1.0.${i}${v}:`, `    resolution: {integrity: sha512-${i}}`, '    dependencies:');
      for (const d of deps(i)) out.push(`      pkg-${d}: 1.0.${d}`);
      out.push('    dev: false', '');
    }
  }
  return out.join('\n');
}

describe('npm/pnpm-lock large lockfiles', () => {
  for (const [name, text] of [
    ['v9', v9()],
    ['v6', v6()],
  ] as const) {
    it(`${name}: ${N} packages with peer variants and edges are all read`, () => {
      const out = extractMemory(pnpmLockExtractor, 'pnpm-lock.yaml', { 'pnpm-lock.yaml': text });
      assert.equal(out.diagnostics.length, 0);
      assert.equal(out.packages.length, N);
      assert.equal(out.packages.find((p) => p.id === 'npm:pkg-0@1.0.0')?.dependencies.length, 3);
      assert.ok(out.packages.every((p) => p.dependencies.length >= 1));
      assert.equal(out.packages.filter((p) => p.direct).length, 50);
    });
  }
});
