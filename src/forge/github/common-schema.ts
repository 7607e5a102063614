/** Zod pieces shared by the GitHub response schemas (unknown keys are dropped, never trusted). */
import { z } from 'zod';

export const Timestamp = z.iso.datetime({ offset: true });

/** A user reference; GitHub sends null for deleted accounts ("ghost"). */
export const UserRef = z.object({ login: z.string() }).nullable();

export const Sha = z.string().min(1).max(64);

export function loginOf(user: z.infer<typeof UserRef>): string | null {
  return user?.login ?? null;
}
