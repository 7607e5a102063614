// Records, from the package managers' own output, the expectation committed beside each fixture.
// How the fixtures were made (Node 20, npm registry reachable), in a temp folder outside the repository:
//   v1-app, v1-monorepo:        npx -y yarn@1 install --ignore-scripts            (yarn 1.22.22)
//   berry-app, berry-monorepo:  YARN_ENABLE_IMMUTABLE_INSTALLS=0 npx -y @yarnpkg/cli-dist@4 install --mode=update-lockfile  (4.18.1)
//   tools/: npm install @yarnpkg/lockfile@1 (yarn 1's own lockfile parser, used for the v1 edges)
// then `node generate.mjs` writes <fixture>/expected.json. Only package.json files, yarn.lock and
// expected.json are committed; node_modules and .yarn are not.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lockfile = require('./tools/node_modules/@yarnpkg/lockfile');
const env = { ...process.env, YARN_ENABLE_TELEMETRY: '0' };
const sortObj = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, [...new Set(o[k])].sort()]));

function v1(dir) {
  const out = execFileSync('npx', ['-y', 'yarn@1', 'list', '--json', '--no-progress'], { cwd: dir, env, encoding: 'utf8' });
  const tree = JSON.parse(out.split('\n').find((l) => l.includes('"type":"tree"')));
  const listed = new Set();
  const walk = (nodes) => { for (const n of nodes ?? []) { if (!n.shadow) listed.add(n.name); walk(n.children); } };
  walk(tree.data.trees);
  // yarn's own lockfile parser for the edges: entry key -> resolved entry of each dependency.
  const parsed = lockfile.parse(readFileSync(`${dir}/yarn.lock`, 'utf8')).object;
  const realName = (key, alias) => {
    const at = key.indexOf('@', 1);
    const range = key.slice(at + 1);
    if (range.startsWith('npm:')) { const r = range.slice(4); return r.slice(0, r.indexOf('@', 1)); }
    return key.slice(0, at);
  };
  const edges = {};
  for (const [key, e] of Object.entries(parsed)) {
    const id = `${realName(key)}@${e.version}`;
    edges[id] ??= [];
    for (const [n, r] of Object.entries({ ...e.dependencies, ...e.optionalDependencies })) {
      const t = parsed[`${n}@${r}`];
      if (t) edges[id].push(`${realName(`${n}@${r}`)}@${t.version}`);
    }
  }
  return { tool: 'yarn 1.22.22: `yarn list --json` (installed set) + @yarnpkg/lockfile (edges)', yarnList: [...listed].sort(), packages: Object.keys(edges).sort(), edges: sortObj(edges) };
}

function berry(dir) {
  const out = execFileSync('npx', ['-y', '@yarnpkg/cli-dist@4', 'info', '--all', '--recursive', '--json'], { cwd: dir, env, encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => JSON.parse(l));
  const nameOf = (loc) => loc.slice(0, loc.indexOf('@', 1));
  const verOf = (row) => row.children.Version;
  const byLocator = new Map(rows.map((r) => [r.value, r]));
  const key = (loc) => {
    // virtual:<hash>#npm:1.2.3 -> the underlying locator
    const ref = loc.slice(loc.indexOf('@', 1) + 1);
    const m = ref.startsWith('virtual:') ? `${nameOf(loc)}@${ref.slice(ref.indexOf('#') + 1)}` : loc;
    const r = byLocator.get(m);
    return r ? `${nameOf(m)}@${verOf(r)}` : undefined;
  };
  const edges = {};
  const projects = {};
  for (const r of rows) {
    const ref = r.value.slice(r.value.indexOf('@', 1) + 1);
    const deps = (r.children.Dependencies ?? []).map((d) => d.locator).filter((l) => !l.includes('@workspace:')).map(key).filter(Boolean);
    if (ref.startsWith('workspace:')) { projects[ref.slice('workspace:'.length)] = deps; continue; }
    const id = key(r.value);
    edges[id] = [...(edges[id] ?? []), ...deps];
  }
  return { tool: '@yarnpkg/cli-dist 4.18.1: `yarn info --all --recursive --json`', packages: Object.keys(edges).sort(), edges: sortObj(edges), projects: sortObj(projects) };
}

for (const [dir, fn] of [['v1-app', v1], ['v1-monorepo', v1], ['berry-app', berry], ['berry-monorepo', berry]]) {
  const exp = fn(dir);
  exp.count = exp.packages.length;
  writeFileSync(`${dir}/expected.json`, `${JSON.stringify(exp, null, 1)}\n`);
  console.log(dir, exp.count, exp.yarnList?.length, Object.keys(exp.projects ?? {}));
}
