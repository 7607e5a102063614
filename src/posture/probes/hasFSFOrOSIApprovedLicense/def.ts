import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasFSFOrOSIApprovedLicense',
  short: "The project's license is one the FSF or the OSI approves.",
  motivation: 'A recognised license makes legal and security reviews straightforward for users.',
  implementation:
    "The license is the SPDX id in the license file's name (e.g. LICENSE-MIT, Apache-2.0.txt), as in Scorecard's local mode; a file whose name names none is identified from its text, as Scorecard's forge license API does: Apache-2.0, MIT, BSD-2/3-Clause, GPL-2.0/3.0, LGPL-2.1/3.0, AGPL-3.0, MPL-2.0, EPL-2.0, ISC, Unlicense and BSL-1.0 by sentences only their text holds, a file much longer than the license (extra terms) left \"NOASSERTION\", as the forge leaves it. The approved list is Scorecard's. Not applicable without a license file.",
  remediation: {
    text: 'Use an FSF- or OSI-approved license (e.g. Apache-2.0, MIT, GPL-3.0-or-later) and name the license file after its SPDX id (e.g. LICENSE-APACHE-2.0) or declare it where the forge can detect it.',
    effort: 'low',
    minutes: 10,
  },
  bad: 'false',
};
