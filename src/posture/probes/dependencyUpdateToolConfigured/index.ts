import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const dependencyUpdateToolConfigured: Probe = {
  ...def,
  run(raw) {
    const tools = raw.dependencyUpdateTools().tools;
    if (tools.length === 0) return [finding(def, 'false', 'no dependency update tool configurations found')];
    return tools.map((t) =>
      finding(
        def,
        'true',
        `detected update tool: ${t.name}`,
        { path: t.path },
        {
          tool: t.name,
          scorecard: String(t.scorecard),
        },
      ),
    );
  },
};
