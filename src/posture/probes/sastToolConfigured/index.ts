import type { Finding } from '../../../core/model/posture.js';
import { finding, type Probe } from '../../probe.js';
import { sastUses } from '../../raw/workflows/index.js';
import { workflowsOf } from '../workflow-findings.js';
import { def } from './def.js';

export const sastToolConfigured: Probe = {
  ...def,
  run(raw) {
    const out: Finding[] = [];
    const set = workflowsOf(def, raw);
    for (const wf of set.workflows) {
      for (const u of sastUses(wf)) {
        const values = {
          tool: u.tool,
          scorecard: String(u.scorecard),
          job: u.job,
          triggers: u.triggers.join(','),
        };
        out.push(
          finding(
            def,
            'true',
            `SAST configuration detected: ${u.tool}`,
            { path: u.path, line: u.line },
            values,
          ),
        );
      }
    }
    const sonar = raw.sonar();
    for (const c of sonar.configs) {
      const values = { tool: 'Sonar', scorecard: 'true' };
      out.push(
        finding(def, 'true', 'SAST configuration detected: Sonar', { path: c.path, line: c.line }, values),
      );
    }
    if (out.length === 0) out.push(finding(def, 'false', 'no SAST configuration files detected'));
    for (const u of sonar.unread)
      out.push(finding(def, 'not-available', `file not read: ${u.reason}`, { path: u.path }));
    return [...out, ...set.notRead];
  },
};
