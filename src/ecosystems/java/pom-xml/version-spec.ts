/**
 * What a POM's version text pins. Maven reads a plain version (`1.0`) as a soft requirement it uses
 * unless a conflict intervenes: Sterling treats it as the version. `[1.0]` is an exact pin. Ranges
 * (`[1.0,2.0)`, `(,1.0]`, unions) and values with undefined `${...}` are decided at build time:
 * unresolved, with the text as written.
 */
import type { Resolution } from '../../../core/model/package.js';
import { quote } from '../../../core/util/quote.js';
import { firstPlaceholder } from './interpolate.js';

export interface VersionSpec {
  version: string;
  resolution: Resolution;
  /** Why it is unresolved. */
  reason: string;
}

export function classifyVersion(text: string): VersionSpec {
  const v = text.trim();
  if (v === '') return { version: '', resolution: 'unresolved', reason: 'no version declared' };
  const placeholder = firstPlaceholder(v);
  if (placeholder !== undefined) {
    return {
      version: v,
      resolution: 'unresolved',
      reason: `version ${quote(v)} uses property ${quote(placeholder)}, not defined in this POM or its parents in the tree`,
    };
  }
  const first = v.charCodeAt(0);
  if (first === 0x5b || first === 0x28) {
    const last = v.charCodeAt(v.length - 1);
    const inner = v.slice(1, -1).trim();
    if (first === 0x5b && last === 0x5d && inner !== '' && !inner.includes(',') && !inner.includes('[')) {
      return { version: inner, resolution: 'pinned', reason: '' };
    }
    return {
      version: v,
      resolution: 'unresolved',
      reason: `version range ${quote(v)}: Maven picks the version at build time`,
    };
  }
  return { version: v, resolution: 'pinned', reason: '' };
}
