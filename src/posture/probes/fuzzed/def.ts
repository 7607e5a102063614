import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'fuzzed',
  short: 'The project is fuzzed (fuzz targets, property-based tests or a continuous fuzzing integration).',
  motivation:
    'Fuzzing feeds unexpected input to the code to find crashes and memory bugs before attackers, who fuzz too, do.',
  implementation:
    "ClusterFuzzLite (.clusterfuzzlite/Dockerfile with a command), an OSS-Fuzz project folder kept in the tree (project.yaml + build.sh + Dockerfile), and per-language line patterns from a table (src/posture/raw/fuzzers.ts): Go `func FuzzXxx(f *testing.F)`, libFuzzer entry points (C, C++, Swift), cargo-fuzz, atheris, Hypothesis, Jazzer, fast-check, QuickCheck-style libraries (Haskell, Erlang, Elixir, Gleam, C#, F#). Scorecard looks OSS-Fuzz up in google/oss-fuzz (needs the network); the in-tree OSS-Fuzz folder, Hypothesis, cargo-fuzz manifests, Jazzer's @FuzzTest and fast-check in .mjs/.cjs/.mts/.cts files are Sterling additions (scorecard=false). Test data folders are skipped.",
  remediation: {
    text: 'Add fuzz tests for code that parses untrusted input (e.g. Go native fuzzing, cargo-fuzz, atheris, Jazzer or fast-check) and run them continuously (ClusterFuzzLite in CI, or OSS-Fuzz).',
    effort: 'high',
    minutes: 240,
  },
  bad: 'false',
};
