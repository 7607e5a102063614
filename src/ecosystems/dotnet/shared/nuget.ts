/** NuGet packages and versions as .NET project files write them. */
import { posix } from 'node:path';
import type { Package } from '../../../core/model/package.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { makePackage, type PackageInit } from '../../shared/package.js';
import { descendants, is, type XmlElement } from './xml.js';

export const ECOSYSTEM = 'NuGet';

export function nugetPackage(init: Omit<PackageInit, 'ecosystem' | 'purlType'>): Package {
  return makePackage({ ecosystem: ECOSYSTEM, purlType: 'nuget', ...init });
}

export type VersionResult = { version: string } | { reason: string };

/**
 * A version from a project file: `1.2.3` (NuGet's "at least", which restore resolves to exactly that
 * version when it exists) and `[1.2.3]` are pinned; floating versions (`1.*`), ranges (`[1,2)`) and
 * unexpanded MSBuild properties (`$(X)`) are not, and say why.
 */
export function classifyVersion(raw: string | undefined): VersionResult {
  const v = (raw ?? '').trim();
  if (v === '') return { reason: 'no version' };
  if (v.includes('$('))
    return {
      reason: `the version ${v.length > 80 ? 'uses' : `"${v}" uses`} an MSBuild property Sterling cannot expand`,
    };
  if (v.includes('*')) return { reason: 'a floating version' };
  if (v.startsWith('[') && v.endsWith(']') && !v.includes(',')) {
    const exact = v.slice(1, -1).trim();
    return exact === '' ? { reason: 'an empty version range' } : { version: exact };
  }
  if (v.startsWith('[') || v.startsWith('(') || v.includes(',')) return { reason: 'a version range' };
  return { version: v };
}

/** `<PropertyGroup>` values of a project file, by lower-cased name (the last definition wins). */
export function propertiesOf(root: XmlElement, into = new Map<string, string>()): Map<string, string> {
  for (const group of descendants(root, 'PropertyGroup')) {
    for (const p of group.children) into.set(p.name.toLowerCase(), p.text);
  }
  return into;
}

/** `$(Name)` references replaced by defined properties; undefined ones are kept as written. */
export function expandProperties(value: string, props: ReadonlyMap<string, string>): string {
  if (!value.includes('$(')) return value;
  let out = '';
  let from = 0;
  for (let i = value.indexOf('$('); i >= 0; i = value.indexOf('$(', i + 2)) {
    const close = value.indexOf(')', i);
    if (close < 0) break;
    const name = value
      .slice(i + 2, close)
      .trim()
      .toLowerCase();
    const v = props.get(name);
    if (v === undefined || v.includes('$(')) continue;
    out += value.slice(from, i) + v;
    from = close + 1;
    i = close - 1;
  }
  return out + value.slice(from);
}

/** Folder of a relative POSIX path ('.' for the root). */
export function folderOf(path: string): string {
  return posix.dirname(path);
}

/** `folder/name`, or `name` at the root. */
export function join(folder: string, name: string): string {
  return folder === '.' ? name : `${folder}/${name}`;
}

/** The nearest files named `name` in `folder` and its parents, nearest first. */
export function filesAbove(ctx: ExtractorContext, folder: string, name: string): string[] {
  const out: string[] = [];
  let dir = folder;
  for (let depth = 0; depth < 64; depth++) {
    const candidate = join(dir, name);
    if (ctx.has(candidate)) out.push(candidate);
    if (dir === '.' || dir === '/' || dir === '') break;
    dir = posix.dirname(dir);
  }
  return out;
}

/** True when an element is one of the given names (case-insensitive). */
export function isOneOf(el: XmlElement, names: readonly string[]): boolean {
  return names.some((n) => is(el, n));
}
