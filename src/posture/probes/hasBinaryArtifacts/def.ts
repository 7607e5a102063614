import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasBinaryArtifacts',
  short: 'The source tree contains binary files (executables, libraries, JARs, bytecode).',
  motivation:
    'Binaries cannot be reviewed: nobody can see what they do, and they may not match the source they claim to come from.',
  implementation:
    'Reads the first 1024 bytes of every file (test data folders aside: testdata/, src/test/): a binary magic number (ELF, Mach-O, PE/MZ, WebAssembly, DEX, deb, rpm, crx) counts, and so does a binary extension (.jar, .class, .so, .dll, .pyc, .whl, ...) whose head is not text. Counts every binary, verified or not.',
  remediation: {
    text: 'Remove generated binaries from the repository and build them from source in CI; fetch third-party binaries at build time with a pinned checksum.',
    effort: 'medium',
    minutes: 60,
  },
  bad: 'true',
};
