/** The ranked task list: what to do, why, how long it takes, what it gains, and the steps. */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Task, TaskGain } from '../../../core/model/task.js';
import { SEVERITY_LEVELS } from '../../../core/model/vulnerability.js';
import { text } from './escape.js';
import { place, plural, section } from './parts.js';

function gainText(gain: TaskGain): string {
  const parts: string[] = [];
  if (gain.scorePoints !== undefined) parts.push(`+${gain.scorePoints.toFixed(1)} score points`);
  const removed = gain.vulnerabilitiesRemoved ?? {};
  const vulns = SEVERITY_LEVELS.filter((l) => (removed[l] ?? 0) > 0).map((l) => `${removed[l]} ${l}`);
  const total = SEVERITY_LEVELS.reduce((n, l) => n + (removed[l] ?? 0), 0);
  if (total > 0)
    parts.push(`removes ${plural(total, 'vulnerability', 'vulnerabilities')} (${vulns.join(', ')})`);
  if (gain.baselineRequirements?.length) parts.push(`meets Baseline ${gain.baselineRequirements.join(', ')}`);
  return parts.join('; ');
}

function taskItem(task: Task): string {
  const facts = [
    `about ${plural(task.effortMinutes, 'minute')}`,
    gainText(task.gain),
    `from ${task.source}`,
  ].filter(Boolean);
  const out = [
    `<li class="task" data-source="${text(task.source)}">`,
    `<div class="task-title">${text(task.title)}</div>`,
    `<div>${text(task.why)}</div>`,
    `<div class="task-facts">${text(facts.join(' · '))}</div>`,
  ];
  const more: string[] = [];
  if (task.steps.length) more.push(`<ol>${task.steps.map((s) => `<li>${text(s)}</li>`).join('')}</ol>`);
  if (task.command !== undefined) more.push(`<p>Command: <code>${text(task.command)}</code></p>`);
  if (task.locations.length)
    more.push(`<p>Where: ${task.locations.map((l) => place(l.path, l.line)).join(', ')}</p>`);
  if (task.refs.length) more.push(`<p class="note">Based on: ${text(task.refs.join(', '))}</p>`);
  if (more.length) out.push(`<details><summary>How</summary>${more.join('')}</details>`);
  out.push('</li>');
  return out.join('\n');
}

/** The tasks, best gain per minute first; says which stages did not run (their tasks are missing). */
export function tasksSection(result: ScanResult, tasks: readonly Task[]): string {
  const missing = (
    [
      ['vulnerabilities', result.vulnerabilities.status],
      ['posture checks', result.posture.status],
      ['OSPS Baseline', result.baseline.status],
    ] as const
  )
    .filter(([, status]) => status !== 'ok')
    .map(([name]) => name);
  const out: string[] = [];
  if (missing.length)
    out.push(
      `<p class="not-run">Not checked in this scan, so no tasks come from them: ${text(missing.join(', '))}.</p>`,
    );
  if (tasks.length === 0) out.push('<p id="no-tasks">Nothing to act on was found.</p>');
  else {
    out.push(
      `<p class="note">${plural(tasks.length, 'task')}, ranked by what each gains per minute of work.</p>`,
    );
    out.push(`<ol class="tasks" id="task-list">\n${tasks.map(taskItem).join('\n')}\n</ol>`);
  }
  return section('tasks', 'What to do', out.join('\n'));
}
