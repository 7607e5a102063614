/**
 * Gradle version declarations -> what they pin. A plain version (`"1.5"`, Gradle's `require`) is
 * taken as the version, as Maven soft requirements are. Rich versions pick the first exact one of
 * `strictly`, `require`, `prefer`. Dynamic versions (`1.+`, `latest.release`, ranges `[1.0,2.0)`)
 * are decided at build time: unresolved, with the declaration as written.
 */
import type { Resolution } from '../../../core/model/package.js';
import { quote } from '../../../core/util/quote.js';
import { isTable } from '../../shared/toml.js';

export interface CatalogVersion {
  version: string;
  resolution: Resolution;
  /** Why unresolved. */
  reason: string;
}

/** True for a version Gradle resolves dynamically. */
export function isDynamic(v: string): boolean {
  if (v === '') return true;
  const first = v.charCodeAt(0);
  if (first === 0x5b || first === 0x28 || first === 0x5d) return true; // [ ( ]
  if (v.endsWith('+')) return true;
  return v.startsWith('latest.');
}

const RICH = ['strictly', 'require', 'prefer'] as const;

/** `version` of a library after `ref`s are looked up in `[versions]`. */
export function resolveVersion(declared: unknown, versions: Record<string, unknown>): CatalogVersion {
  let value = declared;
  if (isTable(value) && typeof value.ref === 'string') {
    const ref = value.ref;
    if (!(ref in versions)) {
      return {
        version: '',
        resolution: 'unresolved',
        reason: `version.ref ${quote(ref)} is not in [versions]`,
      };
    }
    value = versions[ref];
  }
  if (value === undefined) return { version: '', resolution: 'unresolved', reason: 'no version declared' };
  if (typeof value === 'string') {
    const v = value.trim();
    if (v === '') return { version: '', resolution: 'unresolved', reason: 'empty version' };
    return isDynamic(v)
      ? {
          version: v,
          resolution: 'unresolved',
          reason: `dynamic version ${quote(v)}: Gradle picks the version at build time`,
        }
      : { version: v, resolution: 'pinned', reason: '' };
  }
  if (isTable(value)) {
    const parts: string[] = [];
    for (const key of RICH) {
      const v = value[key];
      if (typeof v !== 'string' || v.trim() === '') continue;
      if (!isDynamic(v.trim())) return { version: v.trim(), resolution: 'pinned', reason: '' };
      parts.push(`${key} ${v.trim()}`);
    }
    const written = parts.join(', ');
    return {
      version: written,
      resolution: 'unresolved',
      reason:
        written === ''
          ? 'rich version without strictly, require or prefer'
          : `rich version ${quote(written)} names no exact version`,
    };
  }
  return { version: '', resolution: 'unresolved', reason: 'version is neither a string nor a table' };
}
