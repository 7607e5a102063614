/** Building and describing `ForgeUnavailable` results (see types.ts for the reasons). */
import type { ForgeUnavailable, ForgeUnavailableReason } from './types.js';

type Details = Omit<ForgeUnavailable, 'ok' | 'reason' | 'message'>;

export function unavailable(
  reason: ForgeUnavailableReason,
  message: string,
  details: Details = {},
): ForgeUnavailable {
  const out: ForgeUnavailable = { ok: false, reason, message };
  for (const [k, v] of Object.entries(details) as Array<[keyof Details, unknown]>) {
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

const REASON_TEXT: Record<ForgeUnavailableReason, string> = {
  'bad-response': 'the forge sent an unexpected answer',
  forbidden: 'the token lacks the access this needs',
  network: 'the forge could not be reached',
  'no-token': 'no token was given',
  'not-found': 'not found on the forge',
  offline: 'offline mode',
  'rate-limited': 'the API rate limit is exhausted',
  unauthorized: 'the token was rejected',
};

/** One line for a check's result: `needs forge access: <reason> (<message>)`. */
export function describeUnavailable(u: ForgeUnavailable): string {
  return `needs forge access: ${REASON_TEXT[u.reason]} (${u.message})`;
}
