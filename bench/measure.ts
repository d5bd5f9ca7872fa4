// Timing helpers for the benchmarks: wall-clock runs, percentiles and the "figure (ratio × baseline)" line
// every benchmark prints. Benchmarks never assert: they report.

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): number[] {
  const out: number[] = [];
  for (const item of items) {
    const t = performance.now();
    fn(item);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export const fmtMs = (ms: number) => (ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`);

/** `label  value  (ratio× baseline-label baseline-value)  goal` */
export function report(label: string, value: number, baseline: { label: string; value: number }, goal: string, unit = fmtMs): void {
  const ratio = value / baseline.value;
  console.log(
    `${label.padEnd(34)} ${unit(value).padStart(10)}   ${ratio.toFixed(1).padStart(6)}× ${baseline.label} (${unit(baseline.value)})   ${goal}`,
  );
}

/** The review queue's seeded PRNG, so generated collections and query sets repeat every run. */
export { seededRandom } from '../src/core/schedule/queue.js';
