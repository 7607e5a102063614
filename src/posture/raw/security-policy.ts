import type { Workspace } from '../../workspace/workspace.js';

export type PolicyHitKind = 'link' | 'email' | 'text';

export interface PolicyHit {
  kind: PolicyHitKind;
  match: string;
  line: number;
}

export interface SecurityPolicyFile {
  path: string;
  /** Content size in bytes; undefined when the content could not be read. */
  size?: number;
  hits: PolicyHit[];
  /** Why the content could not be read (too large, unreadable). */
  unreadable?: string;
}

export interface SecurityPolicyFacts {
  /** The first policy file found (Scorecard stops at the first), or none. */
  files: SecurityPolicyFile[];
}

/** Where GitHub and Scorecard look for a security policy (compared case-insensitively). */
export const SECURITY_POLICY_PATHS: readonly string[] = [
  'security.md',
  '.github/security.md',
  'docs/security.md',
  'security.markdown',
  '.github/security.markdown',
  'docs/security.markdown',
  'security.adoc',
  '.github/security.adoc',
  'docs/security.adoc',
  'security.rst',
  '.github/security.rst',
  'doc/security.rst',
  'docs/security.rst',
];

const POLICY_PATHS = new Set(SECURITY_POLICY_PATHS);

/**
 * The first policy file among `paths`. `paths` may be relative to a folder below the root
 * (`--subpath`): `prefix` is that folder (`packages/a/`), prepended to read and report the file.
 */
export function collectSecurityPolicy(
  ws: Workspace,
  paths: readonly string[],
  prefix = '',
): SecurityPolicyFacts {
  const found = paths.find((p) => POLICY_PATHS.has(p.toLowerCase()));
  if (found === undefined) return { files: [] };
  const path = prefix + found;
  const read = ws.read(path);
  if (!read.ok) return { files: [{ path, hits: [], unreadable: read.skip.detail ?? read.skip.reason }] };
  return { files: [{ path, size: Buffer.byteLength(read.text), hits: policyHits(read.text) }] };
}

// Scorecard's patterns. The URL and text patterns are linear; the e-mail pattern can backtrack,
// so it only ever sees short runs of the characters an address can contain (see emailHits).
const URL_RE = /(http|https):\/\/[a-zA-Z0-9./?=_%:-]*/g;
const EMAIL_RE = /\b[A-Za-z0-9._%+-]+(@|\\?\[at\\?\])[A-Za-z0-9.-]+\.[A-Za-z]{2,6}\b/g;
const TEXT_RE = /[0-9]{1,4}\b|Disclos|Vuln/gi;
/** Maximal runs of characters an e-mail match can contain; longer runs are not addresses. */
const EMAIL_RUN_RE = /[A-Za-z0-9._%+@[\]\\-]+/g;
const MAX_EMAIL_RUN = 320;

/** Links, e-mail addresses and disclosure words / numbers, line by line (Scorecard's collectPolicyHits). */
export function policyHits(content: string): PolicyHit[] {
  const hits: PolicyHit[] = [];
  const lines = content.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length === 0) return;
    for (const m of line.matchAll(URL_RE)) hits.push({ kind: 'link', match: m[0], line: i + 1 });
    for (const match of emailHits(line)) hits.push({ kind: 'email', match, line: i + 1 });
    for (const m of line.matchAll(TEXT_RE)) hits.push({ kind: 'text', match: m[0], line: i + 1 });
  });
  return hits;
}

function emailHits(line: string): string[] {
  if (!line.includes('@') && !line.includes('[')) return [];
  const out: string[] = [];
  for (const run of line.matchAll(EMAIL_RUN_RE)) {
    if (run[0].length > MAX_EMAIL_RUN) continue;
    for (const m of run[0].matchAll(EMAIL_RE)) out.push(m[0]);
  }
  return out;
}
