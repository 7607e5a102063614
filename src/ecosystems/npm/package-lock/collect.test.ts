import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../../../core/model/__fixtures__/random-inventory.js';
import type { Location, PackageSource, Scope } from '../../../core/model/package.js';
import { mergePackages } from '../../../core/pipeline/merge.js';
import { npmPackage, npmPackageId } from '../package.js';
import { createCollector, type Occurrence } from './collect.js';

const SCOPE_SETS: ReadonlyArray<readonly Scope[]> = [
  ['prod'],
  ['dev'],
  ['optional'],
  ['dev', 'optional'],
  ['peer'],
];

describe('createCollector', () => {
  it('lists what mergePackages makes of one package per occurrence', () => {
    const r = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const names = ['a', 'b', '@s/c', 'D'].slice(0, 1 + r.int(4));
      const versions = ['1.0.0', '2.0.0'];
      const idOf = (): string => npmPackageId(r.pick(names), r.pick(versions));
      const occurrences: Occurrence[] = [];
      const n = 1 + r.int(30);
      for (let i = 0; i < n; i++) {
        const name = r.pick(names);
        const source: PackageSource =
          r.int(4) === 0 ? { kind: 'registry', integrity: `sha512-${r.int(3)}` } : { kind: 'registry' };
        // Lines out of order, repeated, or unknown; a second path now and then.
        const line = r.int(5) === 0 ? undefined : 1 + r.int(12);
        const location: Location = { path: r.int(6) === 0 ? 'b/package-lock.json' : 'package-lock.json' };
        if (line !== undefined) location.line = line;
        const dependencies = Array.from({ length: r.int(20) }, idOf);
        const o: Occurrence = {
          name,
          version: r.pick(versions),
          source,
          scopes: r.pick(SCOPE_SETS),
          location,
          dependencies,
        };
        if (r.int(4) === 0) o.alias = r.pick(['x', 'y', name]);
        occurrences.push(o);
      }
      const expected = mergePackages(
        occurrences.map((o) =>
          npmPackage({
            ...o,
            scopes: [...o.scopes],
            dependencies: [...o.dependencies],
            location: { ...o.location },
          }),
        ),
      );
      const collector = createCollector();
      for (const o of occurrences) collector.add(o);
      assert.deepEqual(collector.list(), expected, `round ${round}`);
    }
  });
});
