/**
 * The forge client layer: what only the forge knows (branch rules and protection, reviews, CI results,
 * releases, repository settings) and the OpenSSF Best Practices badge, as typed facts or a typed
 * "unavailable" reason. Consumed by the posture checks; see DEVELOPERS.md "Forge client".
 */
export {
  BEST_PRACTICES_URL,
  type BestPracticesClientOptions,
  createBestPracticesClient,
} from './best-practices/client.js';
export {
  createGitHubClient,
  GITHUB_API_URL,
  GITHUB_API_VERSION,
  GITHUB_TOKEN_HINT,
  type GitHubClient,
  type GitHubClientOptions,
} from './github/client.js';
export type * from './types.js';
export { describeUnavailable, unavailable } from './unavailable.js';
