/**
 * A forge client that stops asking once the forge is clearly out of reach for this run: after a
 * `network` (no answer, timeout, 5xx), `rate-limited` or `unauthorized` answer, every further call
 * returns that same answer without a request. Without it, an unreachable API would cost one
 * timeout per fact (and per pull request for CI-Tests).
 */
import type { ForgeClient, ForgeUnavailable, ForgeUnavailableReason } from '../../../forge/index.js';

const FATAL: ReadonlySet<ForgeUnavailableReason> = new Set(['network', 'rate-limited', 'unauthorized']);

export function stopAfterFatal<C extends ForgeClient>(client: C): C {
  let fatal: ForgeUnavailable | undefined;
  return new Proxy(client, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (fatal) return fatal;
        const r = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        const u = r as ForgeUnavailable;
        if (u && u.ok === false && FATAL.has(u.reason)) fatal = u;
        return r;
      };
    },
  });
}
