/**
 * r/renv-lock: renv.lock (JSON). `Source: Repository` packages from CRAN (or a CRAN mirror such as
 * Posit Package Manager) are ecosystem `CRAN`; `Source: Bioconductor` (or a Bioconductor repository)
 * ecosystem `Bioconductor`. Both get `pkg:cran/<name>@<version>` (the purl spec has no Bioconductor
 * type; its packages carry `repository_url=https://bioconductor.org`). Packages installed from
 * GitHub, GitLab, Bitbucket or git are git sources pinned by `RemoteSha`; `Local` and `URL` sources
 * are file and tarball sources. `Requirements` become dependency edges. A package with no `Source`
 * cannot be placed in an ecosystem: it becomes a warning, not a package.
 */
import { InputError } from '../../../core/errors/index.js';
import type { Package, PackageSource } from '../../../core/model/package.js';
import { parseJsonFile } from '../../../core/parse/json.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { matchesFileName } from '../../npm/file-names.js';
import { TextCursor } from '../../shared/line-index.js';
import { makePackage } from '../../shared/package.js';

const FILES = ['renv.lock'] as const;
const CRAN_REPOS = new Set(['CRAN', 'RSPM', 'PPM', 'P3M', 'MRAN']);
const BIOC = 'https://bioconductor.org';
const GIT_HOSTS: Record<string, string> = {
  GitHub: 'github.com',
  GitLab: 'gitlab.com',
  Bitbucket: 'bitbucket.org',
};

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Repository names the lockfile maps to a Bioconductor URL (`BioCsoft`, ...). */
function biocRepositories(doc: Rec): Set<string> {
  const out = new Set<string>();
  const repos = isRecord(doc.R) && Array.isArray(doc.R.Repositories) ? doc.R.Repositories : [];
  for (const r of repos) {
    if (isRecord(r) && str(r.Name) && str(r.URL)?.includes('bioconductor.org')) out.add(r.Name as string);
  }
  return out;
}

interface Placed {
  ecosystem: 'CRAN' | 'Bioconductor';
  source: PackageSource;
  note?: string;
}

/** Where a package comes from, or why that is unknown. */
function place(p: Rec, bioc: ReadonlySet<string>): Placed | { reason: string } {
  // Older lockfiles name only the Repository.
  const source = str(p.Source) ?? (str(p.Repository) ? 'Repository' : undefined);
  if (!source) return { reason: 'has neither Source nor Repository, so its ecosystem is unknown' };
  if (source === 'Bioconductor')
    return { ecosystem: 'Bioconductor', source: { kind: 'registry', url: BIOC } };
  if (source === 'Repository') {
    const repo = str(p.Repository) ?? '';
    if (bioc.has(repo) || repo.startsWith('BioC')) {
      return { ecosystem: 'Bioconductor', source: { kind: 'registry', url: BIOC } };
    }
    const placed: Placed = { ecosystem: 'CRAN', source: { kind: 'registry' } };
    if (!CRAN_REPOS.has(repo))
      placed.note = `comes from the repository ${quote(repo)}, taken as a CRAN mirror`;
    return placed;
  }
  const remoteType = str(p.RemoteType);
  const host = GIT_HOSTS[source];
  if (host || source === 'git' || remoteType === 'git') {
    const user = str(p.RemoteUsername);
    const repo = str(p.RemoteRepo);
    const url = str(p.RemoteUrl) ?? (host && user && repo ? `https://${host}/${user}/${repo}` : undefined);
    const commit = str(p.RemoteSha);
    if (!url && !commit)
      return { reason: `is installed from ${quote(source)} without RemoteUrl or RemoteSha` };
    return {
      ecosystem: 'CRAN',
      source: { kind: 'git', ...(url ? { url } : {}), ...(commit ? { commit } : {}) },
    };
  }
  if (source === 'Local') {
    const url = str(p.RemoteUrl);
    return { ecosystem: 'CRAN', source: { kind: 'file', ...(url ? { url } : {}) } };
  }
  if (source === 'URL') {
    const url = str(p.RemoteUrl);
    return { ecosystem: 'CRAN', source: { kind: 'tarball', ...(url ? { url } : {}) } };
  }
  return { reason: `has the source ${quote(source)}, which Sterling does not read` };
}

export function extractRenvLock(file: ExtractorFile): ExtractionOutput {
  const doc = parseJsonFile(file.text, file.path);
  if (!isRecord(doc))
    throw new InputError(`${file.path}: not a renv.lock (expected a JSON object)`, { path: file.path });
  const packages = doc.Packages ?? {};
  if (!isRecord(packages))
    throw new InputError(`${file.path}: "Packages" is not an object`, { path: file.path });
  const sink = new DiagnosticSink(file.path);
  const cursor = new TextCursor(file.text);
  cursor.find('"Packages"');
  const bioc = biocRepositories(doc);
  const byName = new Map<string, Package>();
  const requirements = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(packages)) {
    const k = JSON.stringify(key);
    const line = cursor.find(`${k}:`) ?? cursor.find(`${k} :`);
    if (!isRecord(raw)) {
      sink.warn('invalid-entry', `${quote(key)} is not an object; skipped`, line);
      continue;
    }
    const name = str(raw.Package) ?? key;
    const version = str(raw.Version);
    if (!version) {
      sink.warn('invalid-entry', `${quote(name)} has no Version; skipped`, line);
      continue;
    }
    const placed = place(raw, bioc);
    if ('reason' in placed) {
      sink.warn('unknown-source', `${quote(name)} ${placed.reason}; skipped`, line);
      continue;
    }
    if (placed.note) sink.info('other-repository', `${quote(name)} ${placed.note}`, line);
    const pkg = makePackage({
      ecosystem: placed.ecosystem,
      name,
      version,
      purlType: 'cran',
      ...(placed.ecosystem === 'Bioconductor' ? { qualifiers: { repository_url: BIOC } } : {}),
      source: placed.source,
      location: { path: file.path, ...(line ? { line } : {}) },
    });
    byName.set(key, pkg);
    if (Array.isArray(raw.Requirements)) {
      requirements.set(
        key,
        raw.Requirements.filter((r): r is string => typeof r === 'string'),
      );
    }
  }
  for (const [key, reqs] of requirements) {
    const ids = new Set<string>();
    for (const r of reqs) {
      const dep = byName.get(r);
      if (dep) ids.add(dep.id);
    }
    byName.get(key)!.dependencies = [...ids].sort();
  }
  return { packages: [...byName.values()], projects: [], diagnostics: sink.finish() };
}

export const renvLockExtractor: Extractor = {
  id: 'r/renv-lock',
  description:
    'Reads R renv.lock: CRAN and Bioconductor packages, git-installed packages pinned by commit, Requirements as dependency edges.',
  ecosystem: 'CRAN',
  files: FILES,
  requirements: { network: false },
  matches: matchesFileName(FILES),
  extract: extractRenvLock,
};
