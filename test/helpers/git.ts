import { execFileSync } from 'node:child_process';

/** Runs git in `dir` as a fixed test identity (commits need one), output discarded. */
export function gitIn(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

/** A git repository in `dir` with everything in it committed, plus `extra` empty commits. */
export function commitAll(dir: string, message = 'init', extra = 0): void {
  gitIn(dir, 'init', '-q');
  gitIn(dir, 'add', '.');
  gitIn(dir, 'commit', '-qm', message);
  for (let i = 0; i < extra; i++) gitIn(dir, 'commit', '-q', '--allow-empty', '-m', `empty ${i + 1}`);
}
