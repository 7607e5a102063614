/**
 * Seeded random inventories for golden tests: the same seed gives the same packages and projects on
 * every machine. They are deliberately messy (duplicate ids, unsorted and repeated scopes,
 * locations and aliases, dangling and self edges, odd purls and integrity strings, unresolved
 * packages), so that fast paths and their fallbacks in merge, scopes and the SBOM renderers are all
 * exercised. A change of this file changes the recorded hashes of the tests that use it.
 */
import { Buffer } from 'node:buffer';
import type { Location, Package, Project, Scope, SourceKind } from '../package.js';
import { SCAN_RESULT_SCHEMA_VERSION, type ScanResult, type TargetInfo } from '../scan-result.js';

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
  /** An integer in [0, below). */
  int(below: number): number;
}

/** A linear congruential generator: tiny, and identical on every platform. */
export function seededRandom(seed: number): Random {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)]! };
}

const SCOPE_VALUES: readonly Scope[] = ['prod', 'dev', 'optional', 'peer'];
const KINDS: readonly SourceKind[] = ['registry', 'registry', 'git', 'tarball', 'file', 'link', 'workspace'];
const NAMES = [
  'a',
  'b',
  'lodash',
  '@s/c',
  '@scope/pkg',
  '@s/',
  '@/x',
  'A',
  'a.b',
  'a-b',
  'a_b',
  'a+b',
  'x y',
  'é',
  'evil\u202e',
  'lone\ud800',
];
const VERSIONS = ['1.0.0', '1.0.0', '2.1.3-beta.1', '^1.0.0', '', '1.0.0 || 2', 'latest'];
const URLS = [
  'https://example.com/x/-/x-1.0.0.tgz',
  'github:acme/repo',
  'git+ssh://git@github.com/acme/repo.git#abc123',
  'git://host/path',
  'ftp://example.com/x',
  '../local',
  'x y',
];
const PATHS = ['package-lock.json', 'package-lock.json', 'a/package.json', 'a-b/yarn.lock', 'a/b.lock'];

function base64(r: Random, bytes: number): string {
  return Buffer.from(Array.from({ length: bytes }, () => r.int(256))).toString('base64');
}

function integrity(r: Random): string | undefined {
  const sha1 = (): string => `sha1-${base64(r, 20)}`;
  const sha512 = (): string => `sha512-${base64(r, 64)}`;
  const forms: Array<() => string | undefined> = [
    () => undefined,
    () => '',
    sha512,
    sha512,
    sha1,
    () => `SHA256-${base64(r, 32)}`,
    () => `sha384-${base64(r, 48)}?opt`,
    () => `${sha512()} ${sha1()}`,
    () => `  ${sha512()}\t\n${sha512()}  `,
    () => `${sha1()}\u00a0${sha1()}`,
    () => {
      const one = sha1();
      return `${one} ${one}`;
    },
    () => `sha512-${base64(r, 63)}`,
    () => `sha512-${base64(r, 64).replace(/=+$/, '')}`,
    () => `sha1-${base64(r, 20).replace('=', '')}==`,
    () => `sha256-${base64(r, 32)}=`,
    () => `sha256-=${base64(r, 32)}`,
    () => `sha512-${base64(r, 64).toUpperCase()}`,
    () => `sha256-${base64(r, 32).replace(/[+/]/g, '-')}`,
    () => `${sha1()}?a?b`,
    () => `sha1-?${base64(r, 20)}`,
    () => `md5-AAAA ${sha1()}`,
    () => 'sha512-!!!',
    () => '-abc',
    () => 'sha512',
  ];
  return r.pick(forms)();
}

function purl(r: Random, name: string, version: string): string | undefined {
  const clean = name.replace(/[\ud800-\udfff]/g, 'u');
  return r.pick([
    undefined,
    `pkg:npm/${encodeURIComponent(clean)}@${encodeURIComponent(version)}`,
    `pkg:npm/${encodeURIComponent(clean)}@${encodeURIComponent(version)}`,
    `pkg:npm/${clean}@${version}`,
    'pkg:npm/%40s/c@1.0.0?vcs_url=git%2Bhttps://x#sub/path',
    'pkg:npm/%40s/c@%5E1.0.0?b=2&a=1',
    'pkg:npm/a',
    'pkg:NPM/%40S/C@1',
    'pkg:',
    'not a purl',
    'pkg:npm/a@1 2',
  ]);
}

function location(r: Random): Location {
  const path = r.pick(PATHS);
  return r.next() < 0.7 ? { path, line: r.int(12) } : { path };
}

function list<T>(r: Random, max: number, item: () => T): T[] {
  return Array.from({ length: r.int(max + 1) }, item);
}

function randomPackage(r: Random, id: string, ids: readonly string[]): Package {
  const name = r.pick(NAMES);
  const version = r.pick(VERSIONS);
  const source: Package['source'] = { kind: r.pick(KINDS) };
  if (r.next() < 0.5) source.url = r.pick(URLS);
  if (r.next() < 0.3) source.commit = r.pick(['abc123', '0123456789abcdef', 'not a commit']);
  const sri = integrity(r);
  if (sri !== undefined) source.integrity = sri;
  const pkg: Package = {
    id,
    ecosystem: r.pick(['npm', 'npm', 'npm', 'PyPI']),
    name,
    version,
    resolution: r.next() < 0.75 ? 'pinned' : 'unresolved',
    source,
    direct: r.next() < 0.3,
    scopes: list(r, 3, () => r.pick(SCOPE_VALUES)),
    locations: list(r, 3, () => location(r)),
    dependencies: list(r, 4, () => r.pick([...ids, 'missing', 'npm:.'])),
  };
  const p = purl(r, name, version);
  if (p !== undefined) pkg.purl = p;
  if (r.next() < 0.3) pkg.aliases = list(r, 3, () => r.pick(['x', 'y', '@a/b', 'x']));
  return pkg;
}

function randomProject(r: Random, ids: readonly string[], projectIds: readonly string[]): Project {
  const project: Project = {
    id: r.pick(projectIds),
    ecosystem: 'npm',
    name: r.pick(['', ...NAMES]),
    path: r.pick(['.', '.', '', './', 'packages/a', 'b']),
    location: location(r),
    dependencies: list(r, 5, () => ({
      id: r.pick([...ids, ...projectIds, 'missing']),
      scope: r.pick(SCOPE_VALUES),
    })),
  };
  if (r.next() < 0.5) project.version = r.pick(['', '1.0.0']);
  return project;
}

export interface RandomInventory {
  packages: Package[];
  projects: Project[];
}

/** Up to `maxPackages` packages (ids repeat) and up to three projects, in no particular order. */
export function randomInventory(r: Random, maxPackages = 30): RandomInventory {
  const count = 1 + r.int(maxPackages);
  const ids = Array.from({ length: count }, (_, i) =>
    r.pick([
      `npm:${r.pick(NAMES)}@${i % 5}`,
      `npm:${r.pick(NAMES)}@${i % 5}`,
      `id${i % 7}`,
      r.pick(NAMES),
      'project:x',
      'package:y',
      'root',
      '',
    ]),
  );
  const projectIds = ['npm:.', 'npm:.', 'p0', 'npm:packages/a', ...ids.slice(0, 2)];
  return {
    packages: ids.map((id) => randomPackage(r, id, ids)),
    projects: list(r, 3, () => randomProject(r, ids, projectIds)),
  };
}

/** A ScanResult around an inventory (taken as is: not merged, not sorted). */
export function randomResult(r: Random, inventory: RandomInventory): ScanResult {
  const target: TargetInfo = r.pick<TargetInfo>([
    { input: '/src/app', kind: 'directory', name: r.pick(NAMES) },
    { input: 'https://user:secret@github.com/acme/app.git', kind: 'git', name: 'app', commit: 'abc123' },
    { input: 'git@github.com:acme/app.git', kind: 'git', name: '' },
  ]);
  return {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'sterling', version: '0.1.0' },
    target,
    createdAt: r.pick(['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.123+02:00', 'not a date']),
    inventory: { ...inventory, files: [], skipped: [], diagnostics: [] },
    vulnerabilities: { status: 'not-run', reason: 'not requested' },
    posture: { status: 'not-run', reason: 'not requested' },
    baseline: { status: 'not-run', reason: 'not requested' },
    diagnostics: [],
  };
}
