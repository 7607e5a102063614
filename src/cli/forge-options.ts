/**
 * Flags and environment that tell posture how to reach the forge (GitHub or GitHub Enterprise).
 * Kept free of the forge client itself so that `sterling --version` stays fast.
 */
import { Option } from 'commander';
import { UsageError } from '../core/errors/index.js';
import { normaliseBaseUrl } from '../forge/http/options.js';
import type { ForgeSettings } from '../posture/forge/connect.js';
import { parseRepoSlug } from '../posture/forge/remote.js';

export interface ForgeFlags {
  repo?: string;
  githubApiUrl?: string;
  offline?: boolean;
}

export function forgeOptions(): Option[] {
  return [
    new Option(
      '--repo <owner/name>',
      "GitHub repository for the forge checks (default: the checkout's origin remote)",
    ),
    new Option(
      '--github-api-url <url>',
      'GitHub REST API URL, e.g. https://HOST/api/v3 for GitHub Enterprise (default: STERLING_GITHUB_API_URL or https://api.github.com)',
    ),
  ];
}

/** `--offline` for the commands that reach only the forge (posture, baseline, badge). */
export function forgeOfflineOption(): Option {
  return new Option('--offline', 'make no network connection (no forge requests); also STERLING_OFFLINE=1');
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/** Token from STERLING_GITHUB_TOKEN or GITHUB_TOKEN; offline from --offline or STERLING_OFFLINE. */
export function forgeSettingsFrom(flags: ForgeFlags, env: NodeJS.ProcessEnv): ForgeSettings {
  const settings: ForgeSettings = { offline: flags.offline === true || truthy(env.STERLING_OFFLINE) };
  const token = (env.STERLING_GITHUB_TOKEN || env.GITHUB_TOKEN || '').trim();
  if (token) settings.token = token;
  const apiUrl = flags.githubApiUrl ?? (env.STERLING_GITHUB_API_URL || undefined);
  if (apiUrl) settings.apiUrl = normaliseBaseUrl(apiUrl, 'GitHub API URL', token !== '');
  if (flags.repo !== undefined) {
    if (!parseRepoSlug(flags.repo))
      throw new UsageError(
        `--repo: ${JSON.stringify(flags.repo.slice(0, 100))} is not owner/name`,
        'Write e.g. --repo ossf/scorecard.',
      );
    settings.repo = flags.repo;
  }
  if (env.STERLING_BESTPRACTICES_URL) settings.bestPracticesUrl = env.STERLING_BESTPRACTICES_URL;
  return settings;
}
