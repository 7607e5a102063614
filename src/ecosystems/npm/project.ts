/** First-party npm projects (the scanned root and its workspace members), as every npm reader builds them. */
import { posix } from 'node:path';
import type { DirectDependency, Location, Project } from '../../core/model/package.js';
import { compareStrings } from '../../core/util/compare.js';
import { NPM } from './package.js';

/** `npm:<folder>`, the folder relative to the scanned root (`.` for the root). */
export function npmProjectId(folder: string): string {
  return `${NPM}:${folder}`;
}

export interface NpmProjectInit {
  /** Folder relative to the scanned root (`.` for the root). */
  folder: string;
  /** Name from the manifest or lockfile; the folder's name when they give none (or an empty one). */
  name?: string;
  version?: string;
  location: Location;
  dependencies?: DirectDependency[];
}

export function npmProject(init: NpmProjectInit): Project {
  const project: Project = {
    id: npmProjectId(init.folder),
    ecosystem: NPM,
    name: init.name || posix.basename(init.folder),
    path: init.folder,
    location: init.location,
    dependencies: init.dependencies ?? [],
  };
  if (init.version) project.version = init.version;
  return project;
}

/**
 * Whether a normalised folder (relative to the scanned root) lies outside it. Later stages (fixes) may
 * write into a project's folder, so a lockfile entry pointing there never becomes a project.
 */
export function isOutsideRoot(folder: string): boolean {
  return folder === '..' || folder.startsWith('../') || posix.isAbsolute(folder);
}

/** Order of a project's direct dependencies: by id, then scope. */
export function compareDirect(a: DirectDependency, b: DirectDependency): number {
  return compareStrings(a.id, b.id) || compareStrings(a.scope, b.scope);
}

/** Order of packages and projects in an extractor's output: by id. */
export function compareById(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}
