/** Plain-language title and why for each Scorecard check's task (checks not listed use their own text). */
export interface CheckText {
  /** `{path}` is replaced by the file when the task is about one file. */
  readonly title: string;
  readonly why: string;
  /** One task per file (workflow, Dockerfile) instead of one for the whole check. */
  readonly perFile?: true;
}

export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
  'Binary-Artifacts': {
    title: 'Remove binary files from the repository',
    why: 'Nobody can review what a checked-in binary does; build it from source instead.',
  },
  'Branch-Protection': {
    title: 'Protect the default branch',
    why: 'Without protection one stolen account or mistaken push can change released code unreviewed.',
  },
  'CI-Tests': {
    title: 'Run the tests in CI on every pull request',
    why: 'Tests that run on every change catch breakage, including from dependency upgrades.',
  },
  'CII-Best-Practices': {
    title: 'Earn the OpenSSF Best Practices badge',
    why: 'The badge walks you through the basics users look for and shows that you follow them.',
  },
  'Code-Review': {
    title: 'Review changes before they are merged',
    why: 'A second pair of eyes catches mistakes and malicious changes before they ship.',
  },
  'Dangerous-Workflow': {
    title: 'Fix dangerous patterns in {path}',
    why: 'An attacker can run code in your CI, with its secrets, through these patterns.',
    perFile: true,
  },
  Fuzzing: {
    title: 'Set up fuzzing (e.g. OSS-Fuzz or a language fuzzer in CI)',
    why: 'Fuzzing finds crashes and memory bugs on inputs nobody thought to test.',
  },
  License: {
    title: 'Make the license recognisable (an approved license, named by its SPDX id)',
    why: 'Users and their tools must recognise the license to know they may use the code.',
  },
  Maintained: {
    title: 'Show the project is maintained (recent commits, answered issues)',
    why: 'Users avoid projects that look abandoned, and abandoned code does not get security fixes.',
  },
  Packaging: {
    title: 'Publish releases from a CI workflow',
    why: 'Releases built by CI are reproducible and do not depend on one laptop being safe.',
  },
  'Pinned-Dependencies': {
    title: 'Pin the dependencies in {path} to hashes',
    why: 'A tag can be moved to malicious code at any time; a hash cannot.',
    perFile: true,
  },
  SAST: {
    title: 'Run a static analysis tool (e.g. CodeQL) on every change',
    why: 'Static analysis catches common security bugs before they are merged.',
  },
  'Signed-Releases': {
    title: 'Sign releases and publish provenance',
    why: 'Signatures let users check that a release really comes from you.',
  },
  'Token-Permissions': {
    title: 'Restrict the GITHUB_TOKEN permissions in {path}',
    why: 'A compromised step can only do what the token allows; read-only limits the damage.',
    perFile: true,
  },
  Webhooks: {
    title: 'Protect the repository webhooks with a secret',
    why: 'Without a secret anyone can send fake events to the services behind the webhooks.',
  },
};
