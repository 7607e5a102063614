import { UsageError } from '../core/errors/index.js';

/** Longest `--ref` accepted (git's own names are far shorter in practice). */
export const MAX_REF_LENGTH = 256;

const EXAMPLE = 'Give a branch, a tag or a commit, e.g. --ref v1.2.0, --ref main or --ref HEAD~3.';

/** The ref as it is shown in messages: quoted and escaped when it holds anything unusual. */
function shown(ref: string): string {
  return /^[\w./@{}~^+-]+$/.test(ref) ? ref : JSON.stringify(ref);
}

/**
 * Rejects a `--ref` before it reaches git: a leading `-` would be read as an option (argument
 * injection: `--upload-pack=...`, `-c ...`), control characters have no place in a ref and would
 * garble messages, and an overlong value is not a ref.
 */
export function checkRef(ref: string): void {
  if (ref.trim() === '') throw new UsageError('--ref: the ref is empty', EXAMPLE);
  if (ref.length > MAX_REF_LENGTH) {
    throw new UsageError(`--ref: the ref is longer than ${MAX_REF_LENGTH} characters`, EXAMPLE);
  }
  if (ref.startsWith('-')) {
    throw new UsageError(`--ref ${shown(ref)}: a ref cannot start with "-"`, EXAMPLE);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (/[\u0000-\u001f\u007f]/.test(ref)) {
    throw new UsageError(`--ref ${shown(ref)}: a ref cannot contain control characters`, EXAMPLE);
  }
}

const REMOTE_HINT =
  'A git URL target is fetched at a branch, a tag or a full commit sha. For anything else ' +
  '(HEAD~3, a short sha), clone the repository and scan the folder: sterling scan <folder> --ref <ref>.';

/**
 * A ref for a git URL target must be something a server can be asked for: a branch or tag name, or
 * a full commit sha. Revision expressions (`HEAD~3`, `main^`, `v1..v2`, `@{...}`) and refspecs
 * (`a:b`, `+a`) need the history first.
 */
export function checkRemoteRef(ref: string): void {
  checkRef(ref);
  if (/[~^:?*[\\\s]/.test(ref) || ref.includes('@{') || ref.includes('..') || ref.startsWith('+')) {
    throw new UsageError(`--ref ${shown(ref)}: not a branch, tag or full commit sha`, REMOTE_HINT);
  }
}

/** The error for a ref the local repository does not have. */
export function unknownLocalRef(ref: string, target: string): UsageError {
  return new UsageError(
    `--ref ${shown(ref)}: no such branch, tag or commit in ${target}`,
    'List what there is with `git branch -a` and `git tag` (run in that folder), or give a commit sha.',
  );
}

/** The error for a ref the server would not give. */
export function unknownRemoteRef(ref: string, url: string): UsageError {
  return new UsageError(
    `--ref ${shown(ref)}: ${url} has no such branch or tag, or does not serve that commit by its sha`,
    `List its branches and tags with \`git ls-remote --heads --tags ${url}\`. ${REMOTE_HINT}`,
  );
}
