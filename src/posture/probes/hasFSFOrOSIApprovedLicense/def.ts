import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasFSFOrOSIApprovedLicense',
  short: "The project's license is one the FSF or the OSI approves.",
  motivation: 'A recognised license makes legal and security reviews straightforward for users.',
  implementation:
    "Offline, the license is known only from an SPDX id in the license file's name (e.g. LICENSE-MIT, Apache-2.0.txt), as in Scorecard's local mode; a plain LICENSE file is \"NOASSERTION\" and does not count. The approved list is Scorecard's. Not applicable without a license file.",
  remediation: {
    text: 'Use an FSF- or OSI-approved license (e.g. Apache-2.0, MIT, GPL-3.0-or-later) and name the license file after its SPDX id (e.g. LICENSE-APACHE-2.0) or declare it where the forge can detect it.',
    effort: 'low',
    minutes: 10,
  },
  bad: 'false',
};
