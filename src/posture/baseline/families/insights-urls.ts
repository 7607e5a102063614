import type { SecurityInsights } from '../../raw/security-insights/schema.js';

export interface DeclaredUrl {
  path: Array<string | number>;
  value: string;
}

/** Every URL security-insights.yml declares for the project's channels (not the schema's own header.url). */
export function insightsUrls(si: SecurityInsights): DeclaredUrl[] {
  const out: DeclaredUrl[] = [];
  const add = (path: Array<string | number>, value: string | undefined) => {
    if (value !== undefined) out.push({ path, value });
  };
  const p = si.project;
  if (p) {
    add(['project', 'homepage'], p.homepage);
    add(['project', 'roadmap'], p.roadmap);
    add(['project', 'funding'], p.funding);
    for (const [n, repo] of p.repositories.entries()) add(['project', 'repositories', n, 'url'], repo.url);
    const v = p['vulnerability-reporting'];
    add(['project', 'vulnerability-reporting', 'security-policy'], v['security-policy']);
    add(['project', 'vulnerability-reporting', 'bug-bounty-program'], v['bug-bounty-program']);
    for (const [k, u] of Object.entries(p.documentation ?? {})) add(['project', 'documentation', k], u);
  }
  const r = si.repository;
  if (r) {
    add(['repository', 'url'], r.url);
    for (const [k, u] of Object.entries(r.documentation ?? {})) add(['repository', 'documentation', k], u);
    add(['repository', 'release', 'changelog'], r.release?.changelog);
  }
  return out;
}
