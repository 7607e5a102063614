/**
 * The GitHub Actions workflow model the posture layer reads: what `.github/workflows/*.yml` declares,
 * each value with the 1-based line it is on, so every fact derived from it can name file:line.
 * Values are strings as written (YAML failsafe schema: `1.10` stays "1.10", `true` stays "true").
 */

/** A string from the file and the line it is on. */
export interface Located {
  value: string;
  line: number;
}

/** A `uses:` value split the way the runner resolves it. */
export type ActionRef =
  /** `owner/repo[/path]@ref`: an action or a reusable workflow in another repository. */
  | { kind: 'action'; owner: string; repo: string; path: string; ref: string }
  /** `./path`: an action or reusable workflow in this repository. */
  | { kind: 'local'; path: string }
  /** `docker://image[:tag][@digest]`. */
  | { kind: 'docker'; image: string; tag?: string; digest?: string }
  | { kind: 'invalid'; reason: string };

export interface Uses extends Located {
  ref: ActionRef;
}

/** An event that starts the workflow (`on:`), with its filters when it has any (`types`, `branches`...). */
export interface Trigger {
  event: string;
  line: number;
  /** Filter lists by key, e.g. `types: [opened]` -> `{ types: ['opened'] }`. */
  filters: Record<string, string[]>;
}

/** One `scope: level` entry of a permissions map. */
export interface PermissionScope {
  scope: string;
  level: string;
  line: number;
}

/**
 * `permissions:` at the top level or in a job. `absent`: not written; `all`: one string for every scope
 * (`read-all`, `write-all`, or anything else as written); `map`: scope by scope (`{}` has no scope).
 */
export type Permissions =
  | { kind: 'absent' }
  | { kind: 'all'; value: string; line: number }
  | { kind: 'map'; line: number; scopes: PermissionScope[] };

export interface Step {
  /** 0-based position in the job's `steps`. */
  index: number;
  /** Line of the step's first key. */
  line: number;
  id?: Located;
  name?: Located;
  if?: Located;
  uses?: Uses;
  run?: Text;
  shell?: Located;
  /** `with:` inputs; a `script:` of actions/github-script is a Text like `run:`. */
  with: Map<string, Text>;
  env: Map<string, Located>;
}

/**
 * A possibly multi-line value (a `run:` script, a `with:` input). `line` is the `run:` value's line; `contentLine` is where the script's first line
 * is in the file (the line after `|` for a block scalar), so line N of the script is at
 * `contentLine + N - 1` (exact for literal `|` blocks and one-line values).
 */
export interface Text extends Located {
  contentLine: number;
}

export interface Job {
  id: string;
  line: number;
  name?: Located;
  if?: Located;
  /** `runs-on` labels; an expression (`${{ matrix.os }}`) is one label. */
  runsOn: Located[];
  /** Values of `strategy.matrix.os` and of `os` in `strategy.matrix.include`. */
  matrixOs: Located[];
  container?: Located;
  services: { id: string; image: Located }[];
  permissions: Permissions;
  /** `defaults.run.shell`. */
  defaultShell?: Located;
  /** A reusable workflow call (`jobs.<id>.uses`). */
  uses?: Uses;
  with: Map<string, Text>;
  env: Map<string, Located>;
  steps: Step[];
}

export interface Workflow {
  path: string;
  name?: Located;
  triggers: Trigger[];
  permissions: Permissions;
  env: Map<string, Located>;
  jobs: Job[];
}

/** A problem reading a workflow: the whole file (`parse` failed) or one part of it (then skipped). */
export interface WorkflowProblem {
  path: string;
  line?: number;
  code:
    | 'too-large'
    | 'too-many-aliases'
    | 'too-many-nodes'
    | 'too-deep'
    | 'invalid-yaml'
    | 'not-a-workflow'
    | 'invalid-entry';
  message: string;
}

/**
 * Result of reading one workflow file. `hasCommands` mirrors Scorecard's test for a file with more than
 * comments and blank lines (Scorecard counts only those as workflows).
 */
export type ParsedWorkflow =
  | { ok: true; workflow: Workflow; hasCommands: boolean; problems: WorkflowProblem[] }
  | { ok: false; hasCommands: boolean; problem: WorkflowProblem };
