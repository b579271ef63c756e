/**
 * The performance goals (issue 16), by the bench row they apply to: a limit on the ratio
 * Lectern / baseline, or on Lectern's own figure. Printed by the bench and in the README's table.
 */
export interface Goal {
  kind: 'ratio' | 'absolute';
  limit: number;
  text: string;
}

const GOALS: Array<{ metric: RegExp; goal: Goal }> = [
  { metric: /^first slide painted, median$/, goal: { kind: 'ratio', limit: 1.2, text: '≤ 1.2×' } },
  { metric: /^audience JS payload, gzip$/, goal: { kind: 'ratio', limit: 1.25, text: '≤ 1.25×' } },
  { metric: /^JS heap, presenter \+ audience$/, goal: { kind: 'ratio', limit: 1.5, text: '≤ 1.5×' } },
  { metric: /^sync latency p95$/, goal: { kind: 'ratio', limit: 0.8, text: '≤ 0.8×' } },
  { metric: /^sync latency p95, keys 0\.2 s apart$/, goal: { kind: 'ratio', limit: 0.8, text: '≤ 0.8×' } },
  { metric: /^JS heap growth, /, goal: { kind: 'absolute', limit: 10, text: '≤ 10 %' } },
  { metric: /^navigation p95, .*-slide deck$/, goal: { kind: 'ratio', limit: 1.5, text: '≤ 1.5×' } },
  { metric: /^presenter first paint, /, goal: { kind: 'absolute', limit: 2000, text: '≤ 2000 ms' } },
  { metric: /^overview scroll, longest task, /, goal: { kind: 'absolute', limit: 50, text: '≤ 50 ms' } },
];

export function goalOf(metric: string): Goal | undefined {
  return GOALS.find((g) => g.metric.test(metric.trim()))?.goal;
}

/** Whether a row meets its goal; undefined when it has none or was not measured. */
export function meetsGoal(metric: string, ours: number, baseline: number): boolean | undefined {
  const goal = goalOf(metric);
  if (!goal) return undefined;
  const value = goal.kind === 'ratio' ? ours / baseline : ours;
  return Number.isNaN(value) ? undefined : value <= goal.limit;
}
