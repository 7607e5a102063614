/**
 * The environment for git on a repository Sterling reads: no GIT_* variables from the caller
 * (GIT_DIR and friends would point git at another repository), no system config, no prompts, no
 * optional locks (a read must not write the index). `extra` adds to it.
 */
export function readOnlyGitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', ...extra };
}
