import type { BaselineInput } from './input.js';

/** Candidate key files read at most. */
const MAX_CANDIDATES = 200;
const KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519']);
const KEY_EXTS = ['.pem', '.key'];
const TEST_SEGMENTS = new Set([
  'test',
  'tests',
  'testdata',
  'fixtures',
  '__fixtures__',
  'examples',
  'example',
  'spec',
]);
const SCANNER_WORDS = ['gitleaks', 'detect-secrets', 'trufflehog', 'ggshield'];

function isTestPath(path: string): boolean {
  return path.split('/').some((s) => TEST_SEGMENTS.has(s.toLowerCase()));
}

/** Committed private keys outside test and example folders (the file says `PRIVATE KEY-----`). */
export function committedPrivateKeys(input: BaselineInput): string[] {
  const candidates = input.raw.files.paths.filter((p) => {
    if (isTestPath(p)) return false;
    const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
    return KEY_NAMES.has(base) || KEY_EXTS.some((e) => base.endsWith(e));
  });
  // The PEM header is on the first line: only the head of each candidate is read.
  return candidates
    .slice(0, MAX_CANDIDATES)
    .filter((p) => input.head(p)?.includes('PRIVATE KEY-----') === true);
}

/** Secret-scanner configuration: its own files, or a pre-commit hook that runs one. */
export function secretScannerFiles(input: BaselineInput): string[] {
  const out = [...input.docs().secretScanning];
  if (input.raw.files.paths.includes('.pre-commit-config.yaml')) {
    const t = input.text('.pre-commit-config.yaml') ?? '';
    if (SCANNER_WORDS.some((w) => t.includes(w))) out.push('.pre-commit-config.yaml');
  }
  return out;
}
