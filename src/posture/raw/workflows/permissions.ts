/**
 * Token-Permissions facts, one per declaration, as Scorecard's checks/raw/permissions.go records
 * them (its `checker.TokenPermission`): top-level permissions (undeclared, `read-all`, `write-all`, or
 * scope by scope), then each job's. A `write` on a scope Scorecard considers dangerous is `write`;
 * other writes, and writes Scorecard allows for the workflow's kind, are `unknown`:
 * `packages` in a packaging job, `contents` in a releasing or GitHub Pages job, `security-events`
 * where a SARIF-uploading action runs — at job level only.
 */
import { matchJobs } from './job-matcher.js';
import type { Permissions, Workflow } from './model.js';
import { PACKAGING_MATCHERS, PAGES_MATCHERS, RELEASING_MATCHERS } from './packaging.js';
import { actionName } from './uses.js';

export type PermissionLocation = 'topLevel' | 'jobLevel';
export type PermissionLevel = 'undeclared' | 'write' | 'read' | 'none' | 'unknown';

export interface TokenPermission {
  path: string;
  /** Absent where Scorecard gives no line (an undeclared top level, a workflow-wide note). */
  line?: number;
  /** Absent on notes about the whole workflow (which exemptions apply). */
  location?: PermissionLocation;
  level: PermissionLevel;
  /** The scope (`contents`), absent for `read-all`/`write-all`/undeclared. */
  scope?: string;
  /** As written: `write`, `read-all`, ... (`none` for an empty `permissions: {}`). */
  value?: string;
  job?: string;
  /** Scorecard's text for notes and undeclared job permissions. */
  message?: string;
}

/** Scopes whose `write` Scorecard scores. */
export const SCOPES_OF_INTEREST = [
  'statuses',
  'checks',
  'security-events',
  'deployments',
  'contents',
  'packages',
  'actions',
] as const;

/** Actions that upload SARIF results, for which Scorecard allows `security-events: write`. */
export const SARIF_ACTIONS = [
  'github/codeql-action/analyze',
  'github/codeql-action/upload-sarif',
  'ossf/scorecard-action',
  'haskell-actions/hlint-scan',
  'zizmorcore/zizmor-action',
] as const;

function levelOf(value: string): PermissionLevel {
  if (value === 'read' || value === 'read-all') return 'read';
  if (value === 'none') return 'none';
  return 'unknown';
}

function declared(
  p: Exclude<Permissions, { kind: 'absent' }>,
  base: Pick<TokenPermission, 'path' | 'location' | 'job'>,
  exempt: ReadonlySet<string>,
  out: TokenPermission[],
): void {
  if (p.kind === 'all') {
    const write = p.value.toLowerCase() !== 'read-all';
    out.push({ ...base, line: p.line, level: write ? 'write' : levelOf(p.value), value: p.value });
    return;
  }
  if (p.scopes.length === 0) {
    out.push({ ...base, line: p.line, level: 'none', value: 'none' });
    return;
  }
  for (const s of p.scopes) {
    let level = levelOf(s.level);
    if (s.level.toLowerCase() === 'write') {
      const scope = s.scope.toLowerCase();
      const ofInterest = (SCOPES_OF_INTEREST as readonly string[]).includes(scope) && !exempt.has(scope);
      level = ofInterest ? 'write' : 'unknown';
    }
    out.push({ ...base, line: s.line, level, scope: s.scope, value: s.level });
  }
}

/** Scopes Scorecard lets jobs write in this workflow, with the note it records for each test. */
function exemptions(wf: Workflow, out: TokenPermission[]): Set<string> {
  const exempt = new Set<string>();
  const note = (message: string) => out.push({ path: wf.path, level: 'unknown', message });
  const packaging = matchJobs(wf, PACKAGING_MATCHERS).find((m) => m.scorecard);
  note(packaging ? `candidate ${packaging.label}: ${wf.path}` : `not a publishing workflow: ${wf.path}`);
  if (packaging) exempt.add('packages');
  const releasing = matchJobs(wf, RELEASING_MATCHERS)[0];
  note(releasing ? `candidate ${releasing.label}: ${wf.path}` : `not a releasing workflow: ${wf.path}`);
  const pages = releasing ? undefined : matchJobs(wf, PAGES_MATCHERS)[0];
  if (!releasing)
    note(
      pages ? `candidate ${pages.label}: ${wf.path}` : `not a GitHub Pages deployment workflow: ${wf.path}`,
    );
  if (releasing || pages) exempt.add('contents');
  const sarif = wf.jobs
    .flatMap((j) => j.steps)
    .find((s) => s.uses && (SARIF_ACTIONS as readonly string[]).includes(actionName(s.uses.value)));
  if (sarif?.uses) {
    out.push({
      path: wf.path,
      line: sarif.uses.line,
      level: 'unknown',
      message: 'allowed SARIF workflow detected',
    });
    exempt.add('security-events');
  } else note('not a SARIF workflow, or not an allowed one');
  return exempt;
}

export function tokenPermissions(wf: Workflow): TokenPermission[] {
  const out: TokenPermission[] = [];
  const top = { path: wf.path, location: 'topLevel' as const };
  if (wf.permissions.kind === 'absent') out.push({ ...top, level: 'undeclared' });
  else declared(wf.permissions, top, new Set(), out);
  const exempt = exemptions(wf, out);
  for (const job of wf.jobs) {
    const base = { path: wf.path, location: 'jobLevel' as const, job: job.id };
    if (job.permissions.kind === 'absent') {
      out.push({ ...base, line: job.line, level: 'undeclared', message: 'no jobLevel permission defined' });
    } else declared(job.permissions, base, exempt, out);
  }
  return out;
}
