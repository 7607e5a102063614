/** A forge answer as a gathered fact: the data, or the reason it could not be read. */
import { describeUnavailable, type ForgeResult } from '../../../forge/index.js';
import type { Gathered } from './types.js';

export function gathered<T>(r: ForgeResult<T>): Gathered<T> {
  return r.ok ? { ok: true, data: r.data } : { ok: false, reason: describeUnavailable(r) };
}
