/**
 * What a pyproject.toml declares: the project's name and version, and its dependencies with the scope
 * each is declared in. Understands PEP 621 `[project]` (dependencies: prod; optional-dependencies:
 * optional, or dev for extras named like dev/test/lint/docs), PEP 735 `[dependency-groups]` (dev),
 * Poetry `[tool.poetry.dependencies]` (prod, `optional = true`: optional),
 * `[tool.poetry.dev-dependencies]` and `[tool.poetry.group.<g>.dependencies]` (dev, `main`: prod),
 * `[tool.pdm.dev-dependencies]` and uv's `[tool.uv] dev-dependencies` (dev).
 */
import type { Scope } from '../../../core/model/package.js';
import { arrayAt, isTable, stringAt, stringsAt, type TomlTable, tableAt } from '../../shared/toml.js';
import { parseRequirement, type Requirement } from './pep508.js';
import { scopeOfName } from './scopes.js';

export interface DeclaredDependency {
  /** Name as written. */
  name: string;
  /** Specifier (PEP 508 or Poetry constraint) as written; '' for none. */
  specifier: string;
  scope: Scope;
  /** PEP 508 direct reference or Poetry git/url/path source. */
  url?: string;
  git?: { url: string; rev?: string };
  /** Local path dependency (first-party or vendored). */
  path?: string;
  /** The text to look for when finding the line (the PEP 508 string or the Poetry key). */
  needle: string;
  /** Section the dependency is declared in, for messages. */
  section: string;
}

export interface Pyproject {
  name?: string;
  version?: string;
  dependencies: DeclaredDependency[];
  /** Dependency strings that are not PEP 508, with their section. */
  invalid: { text: string; section: string }[];
  /** `[project] dynamic` lists dependencies: they are computed by the build backend. */
  dynamicDependencies: boolean;
  hasProjectTable: boolean;
}

function fromPep508(out: Pyproject, list: unknown[], scope: Scope, section: string): void {
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const r: Requirement | undefined = parseRequirement(item);
    if (!r) {
      out.invalid.push({ text: item, section });
      continue;
    }
    out.dependencies.push({
      name: r.name,
      specifier: r.specifier,
      scope,
      ...(r.url !== undefined ? { url: r.url } : {}),
      needle: item,
      section,
    });
  }
}

function fromPoetryTable(out: Pyproject, table: TomlTable | undefined, scope: Scope, section: string): void {
  if (!table) return;
  for (const [name, value] of Object.entries(table)) {
    if (name.toLowerCase() === 'python') continue;
    // A list means several constraints for different markers; the first stands for all.
    const spec = Array.isArray(value) ? value[0] : value;
    const dep: DeclaredDependency = { name, specifier: '', scope, needle: name, section };
    if (typeof spec === 'string') dep.specifier = spec;
    else if (isTable(spec)) {
      dep.specifier = stringAt(spec, 'version') ?? '';
      if (spec.optional === true && scope === 'prod') dep.scope = 'optional';
      const git = stringAt(spec, 'git');
      const url = stringAt(spec, 'url');
      const path = stringAt(spec, 'path');
      const rev = stringAt(spec, 'rev') ?? stringAt(spec, 'tag') ?? stringAt(spec, 'branch');
      if (git) dep.git = { url: git, ...(rev ? { rev } : {}) };
      else if (url) dep.url = url;
      else if (path) dep.path = path;
    }
    out.dependencies.push(dep);
  }
}

export function readPyproject(doc: TomlTable): Pyproject {
  const out: Pyproject = {
    dependencies: [],
    invalid: [],
    dynamicDependencies: false,
    hasProjectTable: false,
  };
  const project = tableAt(doc, 'project');
  const poetry = tableAt(tableAt(doc, 'tool'), 'poetry');
  if (project) {
    out.hasProjectTable = true;
    const name = stringAt(project, 'name');
    const version = stringAt(project, 'version');
    if (name) out.name = name;
    if (version) out.version = version;
    out.dynamicDependencies = stringsAt(project, 'dynamic').includes('dependencies');
    fromPep508(out, arrayAt(project, 'dependencies'), 'prod', 'project.dependencies');
    const extras = tableAt(project, 'optional-dependencies');
    for (const [extra, list] of Object.entries(extras ?? {})) {
      if (Array.isArray(list)) {
        fromPep508(out, list, scopeOfName(extra, 'optional'), `project.optional-dependencies.${extra}`);
      }
    }
  }
  if (poetry) {
    if (!out.name && stringAt(poetry, 'name')) out.name = stringAt(poetry, 'name');
    if (!out.version && stringAt(poetry, 'version')) out.version = stringAt(poetry, 'version');
    fromPoetryTable(out, tableAt(poetry, 'dependencies'), 'prod', 'tool.poetry.dependencies');
    fromPoetryTable(out, tableAt(poetry, 'dev-dependencies'), 'dev', 'tool.poetry.dev-dependencies');
    for (const [group, body] of Object.entries(tableAt(poetry, 'group') ?? {})) {
      const scope: Scope = group === 'main' ? 'prod' : 'dev';
      fromPoetryTable(out, tableAt(body, 'dependencies'), scope, `tool.poetry.group.${group}.dependencies`);
    }
  }
  const groups = tableAt(doc, 'dependency-groups');
  for (const [group, list] of Object.entries(groups ?? {})) {
    if (Array.isArray(list)) fromPep508(out, list, 'dev', `dependency-groups.${group}`);
  }
  const tool = tableAt(doc, 'tool');
  for (const [group, list] of Object.entries(tableAt(tableAt(tool, 'pdm'), 'dev-dependencies') ?? {})) {
    if (Array.isArray(list)) fromPep508(out, list, 'dev', `tool.pdm.dev-dependencies.${group}`);
  }
  fromPep508(out, arrayAt(tableAt(tool, 'uv'), 'dev-dependencies'), 'dev', 'tool.uv.dev-dependencies');
  return out;
}

/**
 * 1-based line of each dependency's declaration: the first line at or after the previous find that
 * contains the needle (quoted for PEP 508 strings, as a key for Poetry tables). One pass per
 * dependency over a small file; pyproject.toml files are short.
 */
export function dependencyLines(text: string, deps: readonly DeclaredDependency[]): (number | undefined)[] {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return deps.map((d) => {
    for (const candidate of [
      JSON.stringify(d.needle),
      `'${d.needle}'`,
      `\n${d.needle} `,
      `\n${d.needle}=`,
      `\n"${d.needle}"`,
    ]) {
      const at = text.indexOf(candidate);
      if (at >= 0) return lineOf(candidate.startsWith('\n') ? at + 1 : at);
    }
    return undefined;
  });
}
