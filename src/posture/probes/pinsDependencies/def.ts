import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'pinsDependencies',
  short: 'Dependencies fetched by workflows, Dockerfiles and shell scripts are pinned to a hash.',
  motivation:
    'A tag or a version range can be moved to different code at any time; a hash cannot. Pinning keeps builds reproducible and a compromised release from entering the build unnoticed.',
  implementation:
    'One finding per dependency the workflow layer finds (src/posture/raw/workflows/): GitHub actions and reusable workflows (pinned: a full 40-hex commit SHA; local ./ actions skipped), container images in Dockerfile FROM (sha256 digest), download-then-run in sh/bash/mksh scripts of workflows, Dockerfile RUNs and shell scripts (curl | sh, a downloaded file run later), and pip, npm, go, choco and nuget installs (pinned the way Scorecard counts them, e.g. pip with --require-hashes, npm ci, go install at a full version). Values carry dependencyType and the snippet. Shell scripts are files with a sh/bash/mksh extension or shebang (the first 256 bytes are read to find it). A script step whose shell cannot be known, an unreadable script or an unreadable file is a not-available finding ("possibly incomplete results"), where Scorecard reports an error finding or stops the check. Not done: NuGet\'s csproj/central package management post-processing.',
  remediation: {
    text: 'Pin each action to a full commit SHA (keep the tag in a comment: `uses: actions/checkout@<sha> # v4`), each image to its digest (`FROM image:tag@sha256:...`), and install packages from lockfiles with hashes; tools like Dependabot or Renovate keep the pins up to date.',
    effort: 'medium',
    minutes: 30,
  },
  bad: 'false',
};
