/**
 * Branch-Protection's raw facts, as Scorecard v5's checks/raw/branch_protection.go gathers them:
 * the default branch plus the branches recent releases were made from (a commit SHA is skipped, a
 * branch that no longer exists too), each with its rulesets (readable without admin access) and its
 * classic protection (admin only; hidden is "could not see", never "unprotected").
 */
import { describeUnavailable, type ForgeClient, type Release } from '../../../forge/index.js';
import { applyRulesets, fromClassic } from './protection-rule.js';
import type { BranchFacts, Gathered, ProtectionRule } from './types.js';

/** Release branches looked up at most (one request each). */
const MAX_RELEASE_BRANCHES = 10;

function isSha(text: string): boolean {
  if (text.length !== 40) return false;
  for (const ch of text) if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
  return true;
}

async function branchFacts(client: ForgeClient, name: string): Promise<Gathered<BranchFacts | null>> {
  const summary = await client.getBranch(name);
  if (!summary.ok) {
    if (summary.reason === 'not-found') return { ok: true, data: null };
    return { ok: false, reason: describeUnavailable(summary) };
  }
  const rules = await client.getBranchRules(name);
  if (!rules.ok) return { ok: false, reason: describeUnavailable(rules) };
  const classic = await client.getBranchProtection(name);
  let base: ProtectionRule = { contexts: [] };
  let classicUnavailable: string | undefined;
  let classicProtected = false;
  if (classic.ok) {
    if (classic.data.protected) {
      base = fromClassic(classic.data);
      classicProtected = true;
    }
  } else classicUnavailable = describeUnavailable(classic);
  const isProtected = summary.data.protected || rules.data.length > 0 || classicProtected;
  const rule = rules.data.length > 0 ? applyRulesets(base, rules.data) : base;
  const visibility = classic.ok
    ? 'full'
    : rules.data.length > 0
      ? 'rulesets'
      : isProtected
        ? 'hidden'
        : 'full';
  const facts: BranchFacts = { name, protected: isProtected, rule, visibility };
  if (classicUnavailable) facts.classicUnavailable = classicUnavailable;
  return { ok: true, data: facts };
}

export async function collectBranches(
  client: ForgeClient,
  defaultBranch: string,
  releases: Gathered<Release[]>,
): Promise<Gathered<BranchFacts[]>> {
  if (!releases.ok) return releases;
  const names = [defaultBranch];
  for (const r of releases.data) {
    const target = r.targetCommitish;
    // A name the forge could not have (empty, too long for a ref) is not looked up.
    if (!target || target.length > 255 || isSha(target) || names.includes(target)) continue;
    if (names.length > MAX_RELEASE_BRANCHES) break;
    names.push(target);
  }
  const out: BranchFacts[] = [];
  for (const name of names) {
    const b = await branchFacts(client, name);
    if (!b.ok) return b;
    if (b.data) out.push(b.data);
    else if (name === defaultBranch)
      return {
        ok: false,
        reason: `needs forge access: the default branch ${JSON.stringify(name)} was not found`,
      };
  }
  return { ok: true, data: out };
}
