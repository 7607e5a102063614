/**
 * Reading a GitHub Actions workflow file into the model (model.ts). Never throws on file content: a
 * file that cannot be read becomes `{ ok: false, problem }` naming file:line, a bad job or step a
 * problem beside the rest of the workflow.
 */
import type { ParsedWorkflow, Trigger, Workflow, WorkflowProblem } from './model.js';
import { readJob, readPermissions } from './parse-job.js';
import { entry, readYamlTree, scalar, scalarList, scalarMap, type YNode } from './yaml-tree.js';

/** Scorecard's IsWorkflowFile: `.yml`/`.yaml` directly in `.github/workflows/` (any case). */
export function isScorecardWorkflowPath(path: string): boolean {
  const lower = path.toLowerCase();
  if (!lower.endsWith('.yml') && !lower.endsWith('.yaml')) return false;
  const slash = lower.lastIndexOf('/');
  return slash >= 0 && lower.slice(0, slash) === '.github/workflows';
}

/** Scorecard's test: some line is neither blank nor a comment (only such files count as workflows). */
export function hasCommands(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) <= 32) i++;
    if (i < end && text.charCodeAt(i) !== 35) return true; // '#'
    start = end + 1;
  }
  return false;
}

function readTriggers(node: YNode | undefined): Trigger[] {
  if (!node) return [];
  if (node.kind !== 'map') {
    return scalarList(node).map((s) => ({ event: s.value, line: s.line, filters: {} }));
  }
  return node.entries.map((e) => {
    const filters: Record<string, string[]> = {};
    if (e.value.kind === 'map') {
      for (const f of e.value.entries) {
        // defineProperty: a key from the file (even `__proto__`) is an own property, never the prototype
        const value = scalarList(f.value).map((s) => s.value);
        Object.defineProperty(filters, f.key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return { event: e.key, line: e.keyLine, filters };
  });
}

export function parseWorkflow(path: string, text: string): ParsedWorkflow {
  const commands = hasCommands(text);
  const tree = readYamlTree(text);
  if (!tree.ok) {
    const problem: WorkflowProblem = { path, code: tree.code, message: tree.message };
    if (tree.line !== undefined) problem.line = tree.line;
    return { ok: false, hasCommands: commands, problem };
  }
  const root = tree.root;
  if (root.kind !== 'map') {
    const message =
      root.kind === 'scalar' && root.value === '' ? 'empty file' : 'not a mapping of workflow keys';
    return {
      ok: false,
      hasCommands: commands,
      problem: { path, line: root.line, code: 'not-a-workflow', message },
    };
  }
  // GitHub rejects repeated keys; Scorecard (actionlint) still reads the file: so do we, first value wins
  const problems: WorkflowProblem[] = tree.duplicates.map((d) => ({
    path,
    line: d.line,
    code: 'invalid-entry',
    message: `key ${JSON.stringify(d.key)} repeated; the first value is used`,
  }));
  const workflow: Workflow = {
    path,
    triggers: readTriggers(entry(root, 'on')?.value),
    permissions: readPermissions(entry(root, 'permissions')),
    env: scalarMap(entry(root, 'env')?.value),
    jobs: [],
  };
  const name = scalar(entry(root, 'name')?.value);
  if (name && name.value !== '') workflow.name = name;
  const jobs = entry(root, 'jobs');
  if (jobs?.value.kind === 'map') {
    for (const e of jobs.value.entries) {
      const job = readJob(e, path, problems);
      if (job) workflow.jobs.push(job);
    }
  } else {
    problems.push({
      path,
      line: jobs?.keyLine ?? root.line,
      code: 'invalid-entry',
      message: 'no jobs mapping',
    });
  }
  return { ok: true, workflow, hasCommands: commands, problems };
}
