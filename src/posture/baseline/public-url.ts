import { execFile } from 'node:child_process';

/** How long the anonymous `git ls-remote` may take. */
const TIMEOUT_MS = 30_000;

/**
 * Whether an https git repository can be read with no credentials at all: `git ls-remote` with the
 * user's global and system git config ignored (no credential helper, no extra header), prompts
 * off, https only. A clone that succeeded may have used stored credentials; this may not.
 */
export function readableAnonymously(url: string): Promise<boolean> {
  if (!url.startsWith('https://')) return Promise.resolve(false);
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'protocol.allow=never', '-c', 'protocol.https.allow=always', 'ls-remote', '--heads', '--', url],
      {
        timeout: TIMEOUT_MS,
        maxBuffer: 4 * 1024 * 1024,
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_TERMINAL_PROMPT: '0',
          GIT_ASKPASS: 'true',
          SSH_ASKPASS: 'true',
        },
      },
      (err) => resolve(err === null),
    );
  });
}
