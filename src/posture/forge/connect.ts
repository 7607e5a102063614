/**
 * From forge settings (token, API URL, offline, repository) to a connected forge client for the
 * scanned checkout, or the reason there is none. No request is sent here; offline mode creates no
 * client at all.
 */
import { UsageError } from '../../core/errors/index.js';
import { quote } from '../../core/util/quote.js';
import { normaliseBaseUrl } from '../../forge/http/options.js';
import {
  type BestPracticesClient,
  createBestPracticesClient,
  createGitHubClient,
  type ForgeClient,
  GITHUB_API_URL,
} from '../../forge/index.js';
import { gitRead, isGitRoot } from '../raw/git.js';
import { parseRemote, parseRepoSlug, type RepoRef, webHostOf } from './remote.js';

/** How posture reaches the forge (the CLI fills it from flags and the environment). */
export interface ForgeSettings {
  /** GitHub token; without one, public endpoints still answer (60 requests an hour). */
  token?: string;
  /** GitHub REST base URL (default https://api.github.com; GitHub Enterprise: https://HOST/api/v3). */
  apiUrl?: string;
  /** Send no request at all: forge checks say "needs forge access: offline mode". */
  offline?: boolean;
  /** `owner/name`; default: the checkout's `origin` remote. */
  repo?: string;
  /** bestpractices.dev base URL (tests, mirrors). */
  bestPracticesUrl?: string;
}

export interface ForgeConnection {
  ok: true;
  client: ForgeClient & { readonly requestCount: number };
  badges: BestPracticesClient & { readonly requestCount: number };
  /** `https://github.com/owner/name` (or the GitHub Enterprise host): the badge lookup key. */
  repositoryUrl: string;
}

export type ForgeAccess = ForgeConnection | { ok: false; reason: string };

const PREFIX = 'needs forge access';

/** The `--repo` value, checked; a malformed one is a usage error. */
export function repoFromFlag(text: string): RepoRef {
  const ref = parseRepoSlug(text);
  if (!ref)
    throw new UsageError(`--repo: ${quote(text)} is not owner/name`, 'Write e.g. --repo ossf/scorecard.');
  return ref;
}

async function originOf(root: string, hosts: ReadonlySet<string>): Promise<RepoRef | string> {
  // As for git history: a folder inside someone else's checkout is not that repository.
  if (!(await isGitRoot(root)))
    return `${PREFIX}: the target is not the top folder of a git checkout (name the repository with --repo owner/name)`;
  let url: string;
  try {
    url = (await gitRead(root, ['config', '--get', 'remote.origin.url'], 64 * 1024)).trim();
  } catch {
    return `${PREFIX}: the checkout has no origin remote (name the repository with --repo owner/name)`;
  }
  const remote = parseRemote(url);
  if (remote.ok && hosts.has(remote.host)) return remote.ref;
  const where = remote.host ? ` (origin is on ${quote(remote.host)})` : '';
  return `${PREFIX}: not a GitHub repository${where}; name one with --repo owner/name`;
}

/** Resolves the repository and creates the clients, or says why the forge cannot be used. */
export async function connectForge(settings: ForgeSettings | undefined, root: string): Promise<ForgeAccess> {
  if (!settings) return { ok: false, reason: `${PREFIX}: no forge settings were given` };
  if (settings.offline) return { ok: false, reason: `${PREFIX}: offline mode, no request was made` };
  const token = settings.token?.trim() || undefined;
  const apiUrl = normaliseBaseUrl(settings.apiUrl ?? GITHUB_API_URL, 'GitHub API URL', token !== undefined);
  const webHost = webHostOf(apiUrl);
  let ref: RepoRef;
  if (settings.repo !== undefined) ref = repoFromFlag(settings.repo);
  else {
    const found = await originOf(root, new Set(['github.com', webHost]));
    if (typeof found === 'string') return { ok: false, reason: found };
    ref = found;
  }
  const client = createGitHubClient({ owner: ref.owner, repo: ref.repo, baseUrl: apiUrl, token });
  const badges = createBestPracticesClient(
    settings.bestPracticesUrl ? { baseUrl: settings.bestPracticesUrl } : {},
  );
  return { ok: true, client, badges, repositoryUrl: `https://${webHost}/${ref.owner}/${ref.repo}` };
}
