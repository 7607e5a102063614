/** One pom.xml read into the parts the extractor uses, each dependency with the line of its element. */
import { InputError } from '../../../core/errors/index.js';
import { asArray, objectOf, parseXml, textOf } from '../xml.js';

export interface PomDependency {
  groupId: string;
  artifactId: string;
  version: string;
  type: string;
  classifier: string;
  scope: string;
  optional: boolean;
  line: number;
  /** Id of the profile that declares it; undefined for the project's own dependencies. */
  profile?: string;
  /** Whether that profile is active by default. */
  activeByDefault?: boolean;
}

export interface PomParent {
  groupId: string;
  artifactId: string;
  version: string;
  /** As written; undefined when absent (Maven's default `../pom.xml`), '' for `<relativePath/>`. */
  relativePath: string | undefined;
  line: number;
}

export interface Pom {
  path: string;
  groupId: string;
  artifactId: string;
  version: string;
  projectLine: number;
  parent?: PomParent;
  properties: Map<string, string>;
  dependencies: PomDependency[];
  managed: PomDependency[];
  modules: string[];
}

const RECORD = new Set(['project', 'parent', 'dependency']);
const DEPS = 'project/dependencies/dependency';
const MANAGED = 'project/dependencyManagement/dependencies/dependency';
const PROFILE_DEPS = 'project/profiles/profile/dependencies/dependency';
const PROFILE_MANAGED = 'project/profiles/profile/dependencyManagement/dependencies/dependency';

function readDependency(value: unknown, line: number): PomDependency {
  const o = objectOf(value);
  return {
    groupId: textOf(o.groupId),
    artifactId: textOf(o.artifactId),
    version: textOf(o.version),
    type: textOf(o.type),
    classifier: textOf(o.classifier),
    scope: textOf(o.scope),
    optional: textOf(o.optional) === 'true',
    line,
  };
}

function linesOf(starts: { path: string; line: number }[], path: string): number[] {
  const out: number[] = [];
  for (const s of starts) if (s.path === path) out.push(s.line);
  return out;
}

function readDependencies(container: unknown, lines: number[], from: number): PomDependency[] {
  return asArray(objectOf(container).dependency).map((d, i) => readDependency(d, lines[from + i] ?? 0));
}

function readProperties(value: unknown, into: Map<string, string>): void {
  for (const [k, v] of Object.entries(objectOf(value))) {
    if (!k.startsWith('@_') && k !== '#text') into.set(k, textOf(Array.isArray(v) ? v.at(-1) : v));
  }
}

export function readPom(text: string, path: string): Pom {
  const { doc, starts } = parseXml(text, path, RECORD);
  if (!('project' in doc)) {
    throw new InputError(`${path}: not a Maven POM (no <project> root element)`, { path });
  }
  const project = objectOf(doc.project);
  const properties = new Map<string, string>();
  readProperties(project.properties, properties);
  const pom: Pom = {
    path,
    groupId: textOf(project.groupId),
    artifactId: textOf(project.artifactId),
    version: textOf(project.version),
    projectLine: linesOf(starts, 'project')[0] ?? 1,
    properties,
    dependencies: readDependencies(project.dependencies, linesOf(starts, DEPS), 0),
    managed: readDependencies(
      objectOf(project.dependencyManagement).dependencies,
      linesOf(starts, MANAGED),
      0,
    ),
    modules: asArray(objectOf(project.modules).module)
      .map(textOf)
      .filter((m) => m !== ''),
  };
  if (project.parent !== undefined) {
    const p = objectOf(project.parent);
    pom.parent = {
      groupId: textOf(p.groupId),
      artifactId: textOf(p.artifactId),
      version: textOf(p.version),
      relativePath: p.relativePath === undefined ? undefined : textOf(p.relativePath),
      line: linesOf(starts, 'project/parent')[0] ?? 0,
    };
  }
  const profileLines = linesOf(starts, PROFILE_DEPS);
  const profileManagedLines = linesOf(starts, PROFILE_MANAGED);
  let next = 0;
  let nextManaged = 0;
  for (const profile of asArray(objectOf(project.profiles).profile)) {
    const o = objectOf(profile);
    const id = textOf(o.id);
    const active = textOf(objectOf(o.activation).activeByDefault) === 'true';
    const deps = readDependencies(o.dependencies, profileLines, next);
    next += deps.length;
    for (const d of deps) pom.dependencies.push({ ...d, profile: id, activeByDefault: active });
    const managed = readDependencies(
      objectOf(o.dependencyManagement).dependencies,
      profileManagedLines,
      nextManaged,
    );
    nextManaged += managed.length;
    // An active-by-default profile's properties and managed versions apply as the project's own (profile wins).
    if (active) {
      readProperties(o.properties, properties);
      pom.managed.unshift(...managed);
    }
  }
  return pom;
}
