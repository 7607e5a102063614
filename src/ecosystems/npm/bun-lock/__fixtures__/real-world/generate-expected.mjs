#!/usr/bin/env node
// Computes the expected inventory of a bun project from what `bun install` actually put on disk,
// independently of bun.lock: walks node_modules, reads each installed package.json, and resolves
// every declared dependency with Node's own lookup (nearest node_modules up the folder tree).
// Usage: node generate-expected.mjs <installed-project-dir> > expected.json
// Generated once at fixture creation (node 20); the test only reads the JSON.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const root = resolve(process.argv[2]);
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const rootManifest = read(join(root, 'package.json'));

// Workspace folders (only the `dir/*` glob form is needed for the fixtures).
const wsDirs = [];
for (const g of rootManifest.workspaces ?? []) {
  if (!g.endsWith('/*')) throw new Error(`unsupported glob ${g}`);
  const base = join(root, g.slice(0, -2));
  for (const n of readdirSync(base)) if (existsSync(join(base, n, 'package.json'))) wsDirs.push(join(base, n));
}
const projects = [root, ...wsDirs];
const projectReal = new Set(projects.map((p) => realpathSync(p)));

// Every installed package folder (real folders only; symlinks are workspace links).
const installed = new Map(); // abs dir -> manifest
function walk(nm) {
  if (!existsSync(nm)) return;
  for (const n of readdirSync(nm)) {
    if (n.startsWith('.')) continue;
    const p = join(nm, n);
    if (n.startsWith('@')) { walk(p); continue; }
    if (lstatSync(p).isSymbolicLink()) continue;
    if (!existsSync(join(p, 'package.json'))) continue;
    installed.set(p, read(join(p, 'package.json')));
    walk(join(p, 'node_modules'));
  }
}
for (const p of projects) walk(join(p, 'node_modules'));

function resolveDep(fromDir, name) {
  let dir = fromDir;
  for (;;) {
    const cand = join(dir, 'node_modules', name);
    if (existsSync(join(cand, 'package.json'))) {
      const real = realpathSync(cand);
      if (projectReal.has(real)) return { workspace: relative(root, real) || '.' };
      return { dir: cand };
    }
    if (dir === root) return undefined;
    dir = dirname(dir);
  }
}

const SECTIONS = [['dependencies', 'prod'], ['devDependencies', 'dev'], ['optionalDependencies', 'optional'], ['peerDependencies', 'peer']];
function kindOf(spec) {
  if (spec.startsWith('file:')) return 'file';
  if (spec.startsWith('link:')) return 'link';
  if (spec.startsWith('workspace:')) return 'workspace';
  if (/^https?:/.test(spec)) return 'tarball';
  return 'registry';
}
const sourceOf = new Map(); // dir -> kind (from the spec that led to it)
const keyOf = (dir) => `${installed.get(dir).name}@${installed.get(dir).version}|${sourceOf.get(dir) ?? 'registry'}`;
const unresolved = [];

function depsOf(fromDir, manifest, includeDev) {
  const out = [];
  // npm and bun both read a name listed only in peerDependenciesMeta as an optional peer on "*".
  const peers = { ...Object.fromEntries(Object.keys(manifest.peerDependenciesMeta ?? {}).map((n) => [n, '*'])), ...manifest.peerDependencies };
  for (const [section, scope] of SECTIONS) {
    if (section === 'devDependencies' && !includeDev) continue;
    const declared = section === 'peerDependencies' ? peers : (manifest[section] ?? {});
    for (const [name, spec] of Object.entries(declared)) {
      const r = resolveDep(fromDir, name);
      if (!r) {
        // An optional peer that nobody installed is not missing.
        const optionalPeer = section === 'peerDependencies' && manifest.peerDependenciesMeta?.[name]?.optional;
        if (!optionalPeer) unresolved.push({ from: relative(root, fromDir) || '.', name, section });
        continue;
      }
      out.push({ ...r, name, spec, scope });
      if (r.dir && !sourceOf.has(r.dir)) sourceOf.set(r.dir, kindOf(spec));
    }
  }
  return out;
}

const projectOut = [];
for (const p of projects) {
  const m = read(join(p, 'package.json'));
  const deps = depsOf(p, m, true);
  projectOut.push({ path: relative(root, p) || '.', name: m.name, deps });
}
const edges = new Map();
for (const [dir, m] of installed) edges.set(dir, depsOf(dir, m, false));

// Scopes: reachable from each project's direct deps of that scope (peer deps of projects count as peer).
const scopes = new Map();
for (const scope of ['prod', 'dev', 'optional', 'peer']) {
  const stack = projectOut.flatMap((p) => p.deps.filter((d) => d.dir && d.scope === scope).map((d) => d.dir));
  const seen = new Set();
  while (stack.length) {
    const d = stack.pop();
    if (seen.has(d)) continue;
    seen.add(d);
    if (!scopes.has(keyOf(d))) scopes.set(keyOf(d), new Set());
    scopes.get(keyOf(d)).add(scope);
    for (const e of edges.get(d) ?? []) if (e.dir) stack.push(e.dir);
  }
}

const packages = new Map();
for (const [dir, m] of installed) {
  const k = keyOf(dir);
  const entry = packages.get(k) ?? { name: m.name, version: m.version, source: sourceOf.get(dir) ?? 'registry', installedAt: [], dependencies: new Set(), scopes: [...(scopes.get(k) ?? [])].sort() };
  entry.installedAt.push(relative(root, dir));
  for (const e of edges.get(dir)) if (e.dir) entry.dependencies.add(keyOf(e.dir));
  packages.set(k, entry);
}
const out = {
  generatedBy: 'generate-expected.mjs from the node_modules tree `bun install --frozen-lockfile --ignore-scripts` created',
  projects: projectOut.map((p) => ({ path: p.path, name: p.name, dependencies: p.deps.map((d) => ({ name: d.name, scope: d.scope, target: d.dir ? keyOf(d.dir) : `workspace:${d.workspace}` })).sort((a, b) => (a.name + a.scope).localeCompare(b.name + b.scope)) })),
  packages: [...packages.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, e]) => ({ key, ...e, installedAt: e.installedAt.sort(), dependencies: [...e.dependencies].sort() })),
  notInstalled: unresolved,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
