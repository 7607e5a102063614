/**
 * ScanResults for the SBOM renderer tests (CycloneDX and SPDX), built inline with the npm
 * package factory so that ids and purls have their production shape.
 */
import { createHash } from 'node:crypto';
import type { Package, Project } from '../../../../core/model/package.js';
import { SCAN_RESULT_SCHEMA_VERSION, type ScanResult } from '../../../../core/model/scan-result.js';
import { npmPackage } from '../../../../ecosystems/npm/package.js';

/** SRI integrity of `text` for `alg` (base64, as lockfiles write it). */
export function sri(alg: 'sha1' | 'sha256' | 'sha384' | 'sha512', text: string): string {
  return `${alg}-${createHash(alg).update(text).digest('base64')}`;
}

export const HOSTILE_NAME = 'evil\u001b[31mred\u0007\u202e\ud800';
export const GIT_URL = 'git+ssh://git@github.com/acme/gitdep.git';
export const GIT_COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const TARBALL_URL = 'https://example.com/tarpkg-0.1.0.tgz';

export const packages = {
  leftPad: npmPackage({
    name: 'left-pad',
    version: '1.3.0',
    scopes: ['prod'],
    direct: true,
    location: { path: 'package-lock.json', line: 12 },
    source: { kind: 'registry', integrity: sri('sha512', 'left-pad') },
  }),
  util: npmPackage({
    name: '@scope/util',
    version: '2.0.0',
    scopes: ['prod'],
    direct: true,
    source: { kind: 'registry', integrity: `${sri('sha1', 'util')} ${sri('sha512', 'util')} md5-AAAA` },
  }),
  lodash: npmPackage({
    name: 'lodash',
    version: '4.17.21',
    scopes: ['prod'],
    direct: true,
    alias: 'my-lodash',
    source: { kind: 'registry', integrity: sri('sha256', 'lodash') },
  }),
  typescript: npmPackage({ name: 'typescript', version: '5.4.0', scopes: ['dev'], direct: true }),
  devChild: npmPackage({ name: 'dev-only-child', version: '1.0.0', scopes: ['dev'] }),
  fsevents: npmPackage({ name: 'fsevents', version: '2.3.3', scopes: ['optional'], direct: true }),
  react: npmPackage({ name: 'react', version: '18.2.0', scopes: ['peer'], direct: true }),
  gitdep: npmPackage({
    name: 'gitdep',
    version: '1.0.0',
    scopes: ['prod'],
    direct: true,
    source: { kind: 'git', url: GIT_URL, commit: GIT_COMMIT },
  }),
  tarpkg: npmPackage({
    name: 'tarpkg',
    version: '0.1.0',
    scopes: ['prod'],
    direct: true,
    source: { kind: 'tarball', url: TARBALL_URL, integrity: 'sha512-!!!not-base64' },
  }),
  local: npmPackage({
    name: 'localpkg',
    version: '0.0.1',
    scopes: ['prod'],
    direct: true,
    source: { kind: 'file', url: '../local' },
  }),
  hostile: npmPackage({ name: HOSTILE_NAME, version: '1.0.0', scopes: ['prod'] }),
  semver: npmPackage({
    name: 'semver',
    version: '^7.0.0',
    resolution: 'unresolved',
    scopes: ['prod'],
    direct: true,
    location: { path: 'packages/lib/package.json', line: 7 },
  }),
} satisfies Record<string, Package>;

const p = packages;
p.util.dependencies = [p.lodash.id];
p.typescript.dependencies = [p.devChild.id];
p.tarpkg.dependencies = [p.hostile.id, 'npm:missing@9.9.9'];

export const projects = {
  root: {
    id: 'npm:.',
    ecosystem: 'npm',
    name: 'demo-app',
    version: '1.0.0',
    path: '.',
    location: { path: 'package.json', line: 1 },
    dependencies: [
      { id: p.leftPad.id, scope: 'prod' },
      { id: p.util.id, scope: 'prod' },
      { id: p.lodash.id, scope: 'prod' },
      { id: p.gitdep.id, scope: 'prod' },
      { id: p.tarpkg.id, scope: 'prod' },
      { id: p.local.id, scope: 'prod' },
      { id: p.typescript.id, scope: 'dev' },
      { id: p.fsevents.id, scope: 'optional' },
      { id: p.react.id, scope: 'peer' },
    ],
  },
  lib: {
    id: 'npm:packages/lib',
    ecosystem: 'npm',
    name: '@demo/lib',
    version: '0.2.0',
    path: 'packages/lib',
    location: { path: 'packages/lib/package.json', line: 1 },
    dependencies: [{ id: p.semver.id, scope: 'prod' }],
  },
  web: {
    id: 'npm:packages/web',
    ecosystem: 'npm',
    name: 'web',
    path: 'packages/web',
    location: { path: 'packages/web/package.json', line: 1 },
    dependencies: [
      { id: 'npm:packages/lib', scope: 'prod' },
      { id: p.leftPad.id, scope: 'prod' },
      { id: p.typescript.id, scope: 'dev' },
      { id: p.leftPad.id, scope: 'dev' },
    ],
  },
} satisfies Record<string, Project>;

/** A fresh ScanResult (deep copy each call, so tests may mutate it). */
export function sampleResult(): ScanResult {
  const inventoryPackages = Object.values(packages).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inventoryProjects = Object.values(projects).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return structuredClone({
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'sterling', version: '0.1.0' },
    target: { input: '/tmp/demo-app', kind: 'directory', name: 'demo-app' },
    createdAt: '2024-05-06T07:08:09.123Z',
    inventory: {
      packages: inventoryPackages,
      projects: inventoryProjects,
      files: [],
      skipped: [],
      diagnostics: [],
    },
    vulnerabilities: { status: 'not-run', reason: 'not requested' },
    posture: { status: 'not-run', reason: 'not requested' },
    baseline: { status: 'not-run', reason: 'not requested' },
    diagnostics: [],
  });
}

/** `count` registry packages in chains of ten, each chain's head a direct prod dependency of the root. */
export function largeResult(count: number): ScanResult {
  const result = sampleResult();
  const pkgs: Package[] = [];
  for (let i = 0; i < count; i++) {
    const pkg = npmPackage({
      name: i % 3 === 0 ? `@scope${i % 50}/pkg-${i}` : `pkg-${i}`,
      version: `1.${i % 17}.${i}`,
      scopes: i % 4 === 0 ? ['dev'] : ['prod'],
      direct: i % 10 === 0,
      location: { path: 'package-lock.json', line: i + 2 },
      source: { kind: 'registry', integrity: sri('sha512', `pkg-${i}`) },
    });
    pkgs.push(pkg);
  }
  for (let i = 0; i < count; i++) {
    if (i % 10 !== 9 && i + 1 < count) pkgs[i]!.dependencies = [pkgs[i + 1]!.id];
  }
  result.inventory.packages = pkgs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  result.inventory.projects = [
    {
      ...projects.root,
      dependencies: pkgs.filter((x) => x.direct).map((x) => ({ id: x.id, scope: 'prod' as const })),
    },
  ];
  return result;
}

/** The same result with every list of the inventory in reverse order (and scopes reversed). */
export function shuffled(result: ScanResult): ScanResult {
  const out = structuredClone(result);
  out.inventory.packages.reverse();
  out.inventory.projects.reverse();
  for (const pkg of out.inventory.packages) {
    pkg.dependencies.reverse();
    pkg.locations.reverse();
    pkg.scopes.reverse();
    pkg.aliases?.reverse();
  }
  for (const project of out.inventory.projects) project.dependencies.reverse();
  return out;
}
