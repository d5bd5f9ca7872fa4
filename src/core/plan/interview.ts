// An interview plan as the user states it (date, scope, minutes a day, target share) and its validation, plus
// the date arithmetic in the user's local days. Errors name the field, so the API can answer 400 with it.
// The scope itself is checked by the caller with resolveScope (it needs the catalog). Isomorphic.

import { DAY_MS } from './recall.js';

export interface InterviewPlan {
  id: string;
  /** Local calendar date, YYYY-MM-DD. */
  interviewDate: string;
  /** A review scope (see progress/scope.ts). */
  scope: string;
  minutesPerDay: number;
  /** The share of the scope to have recalled on the day (0.5–0.99). */
  target: number;
  createdAt: number;
}

export const DEFAULT_TARGET = 0.9;
export const MAX_MINUTES_PER_DAY = 1440;
/** Recall is predicted for this local time on the interview date. */
export const INTERVIEW_HOUR = 9;

export class PlanInputError extends Error {
  override name = 'PlanInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

// YYYY-MM-DD: four-digit year, two-digit month and day; calendar validity is checked after.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local day number (days since the epoch, local midnight) of a YYYY-MM-DD date, or null if not a date. */
export function dayNumberOf(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== date) return null;
  return t / DAY_MS;
}

export const localDayNumber = (now: number, tzOffsetMs: number) => Math.floor((now + tzOffsetMs) / DAY_MS);

/** The interview moment: INTERVIEW_HOUR local time on its date (epoch ms). */
export const interviewMoment = (date: string, tzOffsetMs: number) => dayNumberOf(date)! * DAY_MS + INTERVIEW_HOUR * 3_600_000 - tzOffsetMs;

export const daysLeftUntil = (date: string, now: number, tzOffsetMs: number) => dayNumberOf(date)! - localDayNumber(now, tzOffsetMs);

/** Checks the user-supplied fields; returns them typed, or throws PlanInputError naming the first bad one. */
export function checkPlanFields(
  body: unknown,
  now: number,
  tzOffsetMs: number,
): { interviewDate: string; scope: string; minutesPerDay: number; target: number } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new PlanInputError('(body)', 'Send a JSON object: { "interviewDate": "YYYY-MM-DD", "scope", "minutesPerDay", "target"? }.');
  const b = body as Record<string, unknown>;
  if (typeof b.interviewDate !== 'string' || dayNumberOf(b.interviewDate) === null)
    throw new PlanInputError('interviewDate', 'interviewDate must be a calendar date written YYYY-MM-DD.');
  if (dayNumberOf(b.interviewDate)! < localDayNumber(now, tzOffsetMs))
    throw new PlanInputError('interviewDate', `interviewDate ${b.interviewDate} is in the past; plan for today or a later day.`);
  if (typeof b.scope !== 'string' || b.scope.trim() === '' || b.scope.length > 2000)
    throw new PlanInputError('scope', 'scope must be a review scope such as "path:ml-engineer" or "topics:01,02".');
  const minutes = b.minutesPerDay;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_MINUTES_PER_DAY)
    throw new PlanInputError('minutesPerDay', `minutesPerDay must be a whole number of minutes from 1 to ${MAX_MINUTES_PER_DAY}.`);
  const target = b.target ?? DEFAULT_TARGET;
  if (typeof target !== 'number' || !Number.isFinite(target) || target < 0.5 || target > 0.99)
    throw new PlanInputError('target', 'target must be a share between 0.5 and 0.99 (e.g. 0.9 for 90 %).');
  return { interviewDate: b.interviewDate, scope: b.scope.trim(), minutesPerDay: minutes, target };
}

/** The plan that drives today: the nearest interview not yet past (ties: the earliest created). */
export function nearestPlan<T extends Pick<InterviewPlan, 'interviewDate' | 'createdAt'>>(
  plans: readonly T[],
  now: number,
  tzOffsetMs: number,
): T | null {
  const today = localDayNumber(now, tzOffsetMs);
  let best: T | null = null;
  for (const p of plans) {
    const day = dayNumberOf(p.interviewDate);
    if (day === null || day < today) continue;
    const bestDay = best ? dayNumberOf(best.interviewDate)! : Infinity;
    if (day < bestDay || (day === bestDay && p.createdAt < best!.createdAt)) best = p;
  }
  return best;
}
