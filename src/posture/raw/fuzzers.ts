/**
 * How fuzzing shows in a source tree: a line pattern in files with given name endings. Scorecard
 * v5's language table (checks/raw/fuzzing.go; all languages, as its local mode does) plus rows
 * Sterling adds (`scorecard: false`). Add a fuzzer by adding a row. Patterns run on one line at a
 * time and must stay free of nested quantifiers.
 */
export interface FuzzerSpec {
  name: string;
  /** File name endings, compared lower-cased. */
  suffixes: readonly string[];
  pattern: RegExp;
  scorecard: boolean;
}

const FAST_CHECK =
  /(from\s+['"](fast-check|@fast-check\/(ava|jest|vitest))['"]|require\(\s*['"](fast-check|@fast-check\/(ava|jest|vitest))['"]\s*\))/;

export const FUZZERS: readonly FuzzerSpec[] = [
  {
    name: 'GoBuiltInFuzzer',
    suffixes: ['_test.go'],
    pattern: /func\s+Fuzz\w+\s*\(\w+\s+\*testing.F\)/,
    scorecard: true,
  },
  {
    name: 'ErlangPropertyBasedTesting',
    suffixes: ['.erl', '.hrl'],
    pattern: /-include_lib\("(eqc|proper)\/include\/(eqc|proper).hrl"\)\./,
    scorecard: true,
  },
  {
    name: 'HaskellPropertyBasedTesting',
    suffixes: ['.hs', '.lhs'],
    pattern: /import\s+(qualified\s+)?Test\.((Hspec|Tasty)\.)?(QuickCheck|Hedgehog|Validity|SmallCheck)/,
    scorecard: true,
  },
  {
    name: 'ElixirPropertyBasedTesting',
    suffixes: ['.ex', '.exs'],
    pattern: /use\s+(PropCheck|ExUnitProperties)/,
    scorecard: true,
  },
  { name: 'GleamPropertyBasedTesting', suffixes: ['.gleam'], pattern: /import\s+qcheck/, scorecard: true },
  { name: 'JavaScriptPropertyBasedTesting', suffixes: ['.js', '.jsx'], pattern: FAST_CHECK, scorecard: true },
  { name: 'TypeScriptPropertyBasedTesting', suffixes: ['.ts', '.tsx'], pattern: FAST_CHECK, scorecard: true },
  {
    name: 'JavaScriptPropertyBasedTesting',
    suffixes: ['.mjs', '.cjs', '.mts', '.cts'],
    pattern: FAST_CHECK,
    scorecard: false,
  },
  { name: 'PythonAtherisFuzzer', suffixes: ['.py'], pattern: /import atheris/, scorecard: true },
  {
    name: 'PythonHypothesis',
    suffixes: ['.py'],
    pattern: /^\s*(from\s+hypothesis(\.\w+)*\s+import\s|import\s+hypothesis\b)/,
    scorecard: false,
  },
  { name: 'CLibFuzzer', suffixes: ['.c'], pattern: /LLVMFuzzerTestOneInput/, scorecard: true },
  { name: 'CppLibFuzzer', suffixes: ['.cc', '.cpp'], pattern: /LLVMFuzzerTestOneInput/, scorecard: true },
  { name: 'RustCargoFuzzer', suffixes: ['.rs'], pattern: /libfuzzer_sys/, scorecard: true },
  {
    name: 'RustCargoFuzzer',
    suffixes: ['cargo.toml'],
    pattern: /^\s*cargo-fuzz\s*=\s*true\b/,
    scorecard: false,
  },
  {
    name: 'JavaJazzerFuzzer',
    suffixes: ['.java'],
    pattern: /com.code_intelligence.jazzer.api.FuzzedDataProvider;/,
    scorecard: true,
  },
  {
    name: 'JavaJazzerFuzzer',
    suffixes: ['.java', '.kt'],
    pattern: /import\s+com\.code_intelligence\.jazzer\.junit\.FuzzTest\b/,
    scorecard: false,
  },
  { name: 'SwiftLibFuzzer', suffixes: ['.swift'], pattern: /LLVMFuzzerTestOneInput/, scorecard: true },
  {
    name: 'CSharpPropertyBasedTesting',
    suffixes: ['.cs'],
    pattern: /(using\s+(FsCheck|FsCheck\.(NUnit|Xunit)|Expecto\.ExpectoFsCheck));/,
    scorecard: true,
  },
  {
    name: 'FSharpPropertyBasedTesting',
    suffixes: ['.fs'],
    pattern: /(open\s+(FsCheck|FsCheck\.(NUnit|Xunit)|Expecto\.ExpectoFsCheck))/,
    scorecard: true,
  },
];
