import type { Finding } from '../../../core/model/posture.js';
import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const fuzzed: Probe = {
  ...def,
  run(raw) {
    const { fuzzers, unreadable } = raw.fuzzing();
    if (fuzzers.length === 0) {
      const note = unreadable.length > 0 ? ` (${unreadable.length} candidate file(s) could not be read)` : '';
      return [finding(def, 'false', `no fuzzer integrations found${note}`)];
    }
    const out: Finding[] = [];
    for (const fz of fuzzers) {
      const values = { tool: fz.name, scorecard: String(fz.scorecard) };
      const message = `${fz.name} integration found`;
      if (fz.locations.length === 0) out.push(finding(def, 'true', message, undefined, values));
      for (const l of fz.locations) {
        out.push(
          finding(def, 'true', message, l.line ? { path: l.path, line: l.line } : { path: l.path }, values),
        );
      }
    }
    return out;
  },
};
