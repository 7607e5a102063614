/** Test helper: a workflow from inline YAML (fails the test when it does not parse). */
import type { Workflow } from '../model.js';
import { parseWorkflow } from '../parse.js';

export const WF_PATH = '.github/workflows/ci.yml';

export function wf(text: string, path = WF_PATH): Workflow {
  const r = parseWorkflow(path, text);
  if (!r.ok) throw new Error(`fixture does not parse: ${r.problem.message}`);
  return r.workflow;
}
