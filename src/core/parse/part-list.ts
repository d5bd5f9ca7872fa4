// Part lists (`parts: 1-3,6` in study.yaml, `?parts=` in a study scope). Apart from parse-plan.ts so that the
// study scope code does not load the YAML parser.

/**
 * A part list such as "1-3,6": comma-separated numbers or ranges.
 *   ^\s*(\d+)\s*       a start number
 *   (?:-\s*(\d+)\s*)?$ an optional `-end`
 */
const RANGE = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/;

export function parsePartList(text: string): number[] | null {
  const out: number[] = [];
  for (const chunk of text.split(',')) {
    const m = RANGE.exec(chunk);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) return null;
    for (let n = from; n <= to; n++) out.push(n);
  }
  return [...new Set(out)];
}
