/** Reading one job of a workflow (`jobs.<id>`) and its steps into the model. */
import type { Job, Located, Permissions, Step, Text, WorkflowProblem } from './model.js';
import { parseActionRef } from './uses.js';
import { entry, scalar, scalarList, scalarMap, type YEntry, type YNode } from './yaml-tree.js';

/** `permissions:` as written; absent when the key is not there. */
export function readPermissions(e: YEntry | undefined): Permissions {
  if (!e) return { kind: 'absent' };
  const v = e.value;
  if (v.kind === 'scalar' && v.value !== '') return { kind: 'all', value: v.value, line: v.line };
  if (v.kind !== 'map') return { kind: 'map', line: e.keyLine, scopes: [] };
  const scopes = [];
  for (const s of v.entries) {
    if (s.value.kind === 'scalar') scopes.push({ scope: s.key, level: s.value.value, line: s.value.line });
  }
  return { kind: 'map', line: e.keyLine, scopes };
}

function opt(node: YNode | undefined): Located | undefined {
  const s = scalar(node);
  return s && s.value !== '' ? s : undefined;
}

function readScript(node: YNode | undefined): Text | undefined {
  if (node?.kind !== 'scalar') return undefined;
  return { value: node.value, line: node.line, contentLine: node.contentLine };
}

/** The keys jobs and steps share: `name`, `if`, `uses`, `with`, `env`. */
function shared(node: YNode): Pick<Step, 'name' | 'if' | 'uses' | 'with' | 'env'> {
  const out: Pick<Step, 'name' | 'if' | 'uses' | 'with' | 'env'> = {
    with: scalarMap(entry(node, 'with')?.value),
    env: scalarMap(entry(node, 'env')?.value),
  };
  const name = opt(entry(node, 'name')?.value);
  if (name) out.name = name;
  const cond = opt(entry(node, 'if')?.value);
  if (cond) out.if = cond;
  const uses = opt(entry(node, 'uses')?.value);
  if (uses) out.uses = { ...uses, ref: parseActionRef(uses.value) };
  return out;
}

function readStep(node: YNode, index: number, path: string, problems: WorkflowProblem[]): Step | undefined {
  if (node.kind !== 'map') {
    problems.push({
      path,
      line: node.line,
      code: 'invalid-entry',
      message: `step ${index + 1} is not a mapping; skipped`,
    });
    return undefined;
  }
  const step: Step = { index, line: node.entries[0]?.keyLine ?? node.line, ...shared(node) };
  const id = opt(entry(node, 'id')?.value);
  if (id) step.id = id;
  const run = readScript(entry(node, 'run')?.value);
  if (run) step.run = run;
  const shell = opt(entry(node, 'shell')?.value);
  if (shell) step.shell = shell;
  return step;
}

/** `os` values of `strategy.matrix` (a list) and of its `include` entries. */
function matrixOs(job: YNode): Located[] {
  const matrix = entry(entry(job, 'strategy')?.value, 'matrix')?.value;
  const out = scalarList(entry(matrix, 'os')?.value);
  const include = entry(matrix, 'include')?.value;
  if (include?.kind === 'seq') {
    for (const item of include.items) {
      const os = scalar(entry(item, 'os')?.value);
      if (os) out.push(os);
    }
  }
  return out;
}

function runsOn(node: YNode | undefined): Located[] {
  if (node?.kind === 'map') return scalarList(entry(node, 'labels')?.value);
  return scalarList(node);
}

function image(node: YNode | undefined): Located | undefined {
  return node?.kind === 'map' ? opt(entry(node, 'image')?.value) : opt(node);
}

export function readJob(e: YEntry, path: string, problems: WorkflowProblem[]): Job | undefined {
  const node = e.value;
  if (node.kind !== 'map') {
    problems.push({
      path,
      line: e.keyLine,
      code: 'invalid-entry',
      message: `job ${JSON.stringify(e.key)} is not a mapping; skipped`,
    });
    return undefined;
  }
  const job: Job = {
    id: e.key,
    line: e.keyLine,
    runsOn: runsOn(entry(node, 'runs-on')?.value),
    matrixOs: matrixOs(node),
    services: [],
    permissions: readPermissions(entry(node, 'permissions')),
    steps: [],
    ...shared(node),
  };
  const container = image(entry(node, 'container')?.value);
  if (container) job.container = container;
  const services = entry(node, 'services')?.value;
  if (services?.kind === 'map') {
    for (const s of services.entries) {
      const img = image(s.value);
      if (img) job.services.push({ id: s.key, image: img });
    }
  }
  const shell = opt(entry(entry(entry(node, 'defaults')?.value, 'run')?.value, 'shell')?.value);
  if (shell) job.defaultShell = shell;
  const steps = entry(node, 'steps')?.value;
  if (steps?.kind === 'seq') {
    steps.items.forEach((item, i) => {
      const step = readStep(item, i, path, problems);
      if (step) job.steps.push(step);
    });
  }
  return job;
}
