/**
 * Pinned-Dependencies findings carry the kind of dependency (values.dependencyType); the probe's
 * remediation covers every kind at once. A task about one file says what to do for the kinds it has.
 */
import type { Finding } from '../core/model/posture.js';

const ADVICE: Readonly<Record<string, string>> = {
  GitHubAction:
    'Pin each action to the full commit SHA of its release, keeping the tag in a comment: `uses: actions/checkout@<40-hex sha> # v4`.',
  containerImage:
    'Pin each image to its digest: `FROM image:tag@sha256:<digest>` (`docker buildx imagetools inspect image:tag` prints it).',
  downloadThenRun:
    'Do not pipe downloads into a shell: download a fixed version, check its SHA-256, then run it.',
  pipCommand:
    'Install Python packages from a requirements file with hashes: `pip install --require-hashes -r requirements.txt`.',
  npmCommand: 'Install npm packages from the lockfile: `npm ci` instead of `npm install`.',
  goCommand: 'Install Go tools at a full version: `go install example.com/tool@v1.2.3`, not `@latest`.',
  chocoCommand:
    'Install Chocolatey packages at a fixed version with its checksum (`--version` and `--checksum`).',
  nugetCommand:
    'Restore NuGet packages in locked mode: `dotnet restore --locked-mode` with a packages.lock.json.',
};

/** Advice per dependency kind found in `findings`, in a fixed order; empty when none is known. */
export function pinAdvice(findings: readonly Finding[]): string[] {
  const kinds = new Set(findings.map((f) => f.values?.dependencyType ?? ''));
  return Object.keys(ADVICE)
    .filter((k) => kinds.has(k))
    .map((k) => ADVICE[k]!);
}
