import type { Colors } from 'picocolors/types.js';
import type { TargetInfo } from '../../../core/model/scan-result.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';

/**
 * The line under the title that says what exactly was read: the commit (with the `--ref` that
 * named it) and the `--subpath` the scan was scoped to. Undefined when there is nothing to say.
 */
export function scopeLine(target: TargetInfo, c: Colors, commit = target.commit): string | undefined {
  const parts: string[] = [];
  if (commit) parts.push(`commit ${s(commit)}${target.ref ? ` (--ref ${s(target.ref)})` : ''}`);
  if (target.subpath)
    parts.push(`subpath ${s(target.subpath)} (repository-level configuration from the root)`);
  return parts.length > 0 ? c.dim(parts.join(' · ')) : undefined;
}
