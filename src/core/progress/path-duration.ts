// A path's stated length ("1 week", "2–3 weeks", "10 days", "1 month") read as days, and the pace it implies,
// so the time-left estimate can say why it differs from the stated length (pure; no clock).
// Invariant: an unreadable duration gives null (the estimate then says nothing about it), never a guess.

export interface StatedLength {
  /** The longest end of the stated range, in days ("2–3 weeks" -> 21). */
  maxDays: number;
  /** New questions a day needed to study every unstudied question within maxDays. */
  newPerDay: number;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };

/** "2–3 weeks" -> 21, "1 week" -> 7, "10 days" -> 10, "1 month" -> 30; null when not of that form. */
export function parseDurationDays(duration: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)(?:\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?))?\s*(day|week|month)s?\s*$/i.exec(duration);
  if (!m) return null;
  const days = Number(m[2] ?? m[1]) * UNIT_DAYS[m[3]!.toLowerCase()]!;
  return days > 0 ? Math.round(days) : null;
}

export function statedLength(duration: string | undefined, unstudied: number): StatedLength | null {
  const maxDays = duration ? parseDurationDays(duration) : null;
  if (maxDays === null) return null;
  return { maxDays, newPerDay: Math.ceil(unstudied / maxDays) };
}
