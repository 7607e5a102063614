import type { Finding } from '../../../core/model/posture.js';
import { finding, type Probe } from '../../probe.js';
import { packagingJobs } from '../../raw/workflows/index.js';
import { workflowsOf } from '../workflow-findings.js';
import { def } from './def.js';

export const packagedWithAutomatedWorkflow: Probe = {
  ...def,
  run(raw) {
    const out: Finding[] = [];
    const set = workflowsOf(def, raw);
    for (const wf of set.workflows) {
      const jobs = packagingJobs(wf);
      // Scorecard's verdict for a workflow is its first match of its own table; else Sterling's first addition
      const m = jobs.find((j) => j.scorecard) ?? jobs[0];
      if (!m) continue;
      const values = {
        label: m.label,
        job: m.job,
        scorecard: String(m.scorecard),
        computed: 'workflow-presence',
      };
      const message = `publishing workflow found (${m.label}); whether it ran successfully is kept by the forge`;
      out.push(finding(def, 'true', message, { path: wf.path, line: m.line }, values));
    }
    if (out.length === 0) out.push(finding(def, 'false', 'no GitHub/GitLab publishing workflow detected.'));
    return [...out, ...set.notRead];
  },
};
