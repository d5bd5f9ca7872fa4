// Geometry for the dashboard's charts, as pure functions so that it can be unit-tested without a DOM.
//
// Why hand-written SVG and no chart library: the dashboard needs three simple shapes (a bar series, a
// calendar heatmap and a meter). A library would be larger than the whole app bundle (Chart.js alone is
// ~200 kB and draws on a canvas, which has no text alternative and cannot read our CSS theme variables),
// and most need inline styles, which the strict CSP (style-src 'self') forbids. SVG with classes picks up
// the light/dark tokens from CSS for free, stays in the accessibility tree, and these helpers are ~100 lines
// with tests. Isomorphic: no DOM.

export interface DayCount {
  /** Day number since 1970-01-01 (local days, as the dashboard counts them). */
  day: number;
  count: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest 1, 2 or 5 × 10^k at or above `max` (at least 1): a round top for the value axis. */
export function niceMax(max: number): number {
  if (!(max > 1)) return 1;
  const pow = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * pow >= max) return m * pow;
  return 10 * pow;
}

/**
 * Vertical bars filling `width` × `height`, bottom-aligned, scaled to `top` (default niceMax of the values).
 * A non-zero value is at least 1 px tall so that a single review still shows.
 */
export function layoutBars(
  values: readonly number[],
  width: number,
  height: number,
  gap = 2,
  top = niceMax(Math.max(0, ...values)),
): Bar[] {
  const n = values.length;
  if (n === 0) return [];
  const slot = width / n;
  const barWidth = Math.max(1, slot - gap);
  return values.map((v, i) => {
    const h = v > 0 ? Math.max(1, (v / top) * height) : 0;
    return { x: i * slot + (slot - barWidth) / 2, y: height - h, width: barWidth, height: h };
  });
}

export interface HeatCell extends DayCount {
  /** Week column, 0 = the week of the first day. */
  col: number;
  /** Weekday row, 0 = Monday. */
  row: number;
  /** Shade 0 (no reviews) to 4 (the busiest days). */
  level: number;
}

/** Monday = 0 … Sunday = 6. Day 0 (1970-01-01) was a Thursday. */
export const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** 0 for none, else 1–4 by the share of the busiest day (quartiles). */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

/** Days laid out as a calendar: one column per week (Monday first), one row per weekday. */
export function layoutHeatmap(days: readonly DayCount[]): { cells: HeatCell[]; weeks: number } {
  if (days.length === 0) return { cells: [], weeks: 0 };
  const first = days[0]!.day;
  const start = first - weekdayOf(first);
  const max = Math.max(0, ...days.map((d) => d.count));
  const cells = days.map((d) => ({ ...d, col: Math.floor((d.day - start) / 7), row: weekdayOf(d.day), level: heatLevel(d.count, max) }));
  return { cells, weeks: cells[cells.length - 1]!.col + 1 };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Tue 3 Mar": a day number as a short date, the same in every time zone and locale. */
export function formatDay(day: number, weekday = true): string {
  const d = new Date(day * 86_400_000);
  const date = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return weekday ? `${WEEKDAYS[weekdayOf(day)]} ${date}` : date;
}

/** A share in [0, 1] as a whole percentage ("73%"); NaN and out-of-range values are clamped. */
export function percent(share: number): string {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return `${Math.round(s * 100)}%`;
}
