import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasLicenseFile',
  short: 'The project has a license file at its root.',
  motivation:
    'A license says how the code may be used; without one, reviews and audits stall and users take a legal risk.',
  implementation:
    "Matches top-level file names (and files in a top-level LICENSE/ folder) against Scorecard's license file pattern: LICENSE, LICENCE, COPYING, COPYRIGHT or PATENTS, optionally with an SPDX id and an extension (.md, .txt, .rst, ...). The first match in walk order is the license. Scorecard asks the forge's license API first; locally it uses the same file rule.",
  remediation: {
    text: "Add a LICENSE file at the root with the full text of the project's license (choosealicense.com helps pick one).",
    effort: 'low',
    minutes: 10,
  },
  bad: 'false',
};
