/**
 * A piece of a task before merging: each source (posture, vulnerabilities, Baseline) yields parts
 * keyed by the change that does them; parts with the same key (e.g. one SECURITY.md meets a posture
 * check and Baseline requirements) become one task.
 */
import type { Task, TaskGain, TaskLocation, TaskSource } from '../core/model/task.js';
import { compareStrings } from '../core/util/compare.js';
import { round2 } from './value.js';

/** A task's fields, keyed by the task id it belongs to; `value` is on the scale of value.ts, unrounded. */
export interface TaskPart extends Omit<Task, 'id'> {
  key: string;
}

const SOURCE_ORDER: readonly TaskSource[] = ['posture', 'vulnerability', 'baseline'];

function mergeGain(a: TaskGain, b: TaskGain): TaskGain {
  const out: TaskGain = {};
  const points = (a.scorePoints ?? 0) + (b.scorePoints ?? 0);
  if (a.scorePoints !== undefined || b.scorePoints !== undefined) out.scorePoints = round2(points);
  if (a.vulnerabilitiesRemoved || b.vulnerabilitiesRemoved) {
    const v = { ...a.vulnerabilitiesRemoved };
    for (const [k, n] of Object.entries(b.vulnerabilitiesRemoved ?? {}))
      v[k as keyof typeof v] = (v[k as keyof typeof v] ?? 0) + (n ?? 0);
    out.vulnerabilitiesRemoved = v;
  }
  const reqs = [...(a.baselineRequirements ?? []), ...(b.baselineRequirements ?? [])];
  if (reqs.length > 0) out.baselineRequirements = [...new Set(reqs)].sort(compareStrings);
  return out;
}

function uniqueLocations(list: readonly TaskLocation[]): TaskLocation[] {
  const seen = new Map(list.map((l) => [`${l.path}\u0000${l.line ?? ''}`, l]));
  return [...seen.values()].sort((a, b) => compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Merges parts with the same key into tasks. The first part (in source order posture,
 * vulnerability, Baseline) gives title, why, steps and command; steps of the others that are not
 * already there are appended; effort is the largest (one change does them all).
 */
export function mergeParts(parts: readonly TaskPart[]): Task[] {
  const byKey = new Map<string, TaskPart[]>();
  for (const p of parts) (byKey.get(p.key) ?? byKey.set(p.key, []).get(p.key)!).push(p);
  const tasks: Task[] = [];
  for (const [key, group] of byKey) {
    group.sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));
    const first = group[0]!;
    let gain: TaskGain = {};
    let value = 0;
    const steps: string[] = [];
    for (const p of group) {
      gain = mergeGain(gain, p.gain);
      value += p.value;
      for (const s of p.steps) if (!steps.includes(s)) steps.push(s);
    }
    const task: Task = {
      id: key,
      source: first.source,
      title: first.title,
      why: first.why,
      effortMinutes: Math.max(1, Math.round(Math.max(...group.map((p) => p.effortMinutes)))),
      gain,
      value: round2(value),
      steps,
      locations: uniqueLocations(group.flatMap((p) => p.locations)),
      refs: [...new Set(group.flatMap((p) => p.refs))].sort(compareStrings),
    };
    const command = group.find((p) => p.command !== undefined)?.command;
    if (command !== undefined) task.command = command;
    tasks.push(task);
  }
  return tasks.filter((t) => t.value > 0);
}
