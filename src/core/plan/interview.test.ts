import { describe, expect, it } from 'vitest';
import { checkPlanFields, daysLeftUntil, dayNumberOf, interviewMoment, nearestPlan, PlanInputError } from './interview.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const ok = { interviewDate: '2026-03-15', scope: 'path:ml-engineer', minutesPerDay: 30 };

describe('interview plan fields', () => {
  it.each([
    [{ interviewDate: '2026-02-28' }, 'interviewDate'],
    [{ interviewDate: '2026-02-29' }, 'interviewDate'],
    [{ interviewDate: '15/03/2026' }, 'interviewDate'],
    [{ scope: '  ' }, 'scope'],
    [{ minutesPerDay: 0 }, 'minutesPerDay'],
    [{ minutesPerDay: -1 }, 'minutesPerDay'],
    [{ minutesPerDay: 12.5 }, 'minutesPerDay'],
    [{ minutesPerDay: 2000 }, 'minutesPerDay'],
    [{ target: 1.2 }, 'target'],
  ])('rejects %o naming %s', (patch, field) => {
    try {
      checkPlanFields({ ...ok, ...patch }, NOW, 0);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PlanInputError);
      expect((err as PlanInputError).field).toBe(field);
    }
  });

  it('accepts today and fills the default target', () => {
    expect(checkPlanFields({ ...ok, interviewDate: '2026-03-01' }, NOW, 0)).toEqual({ ...ok, interviewDate: '2026-03-01', target: 0.9 });
  });

  it('counts days in the local zone', () => {
    expect(daysLeftUntil('2026-03-15', NOW, 0)).toBe(14);
    // 23:30 on 1 March in UTC is already 2 March in UTC+2.
    expect(daysLeftUntil('2026-03-15', Date.UTC(2026, 2, 1, 23, 30), 2 * 3_600_000)).toBe(13);
    expect(interviewMoment('2026-03-15', 3_600_000)).toBe(Date.UTC(2026, 2, 15, 8));
    expect(dayNumberOf('2026-13-01')).toBeNull();
  });

  it('the nearest plan not yet past drives the day', () => {
    const plans = [
      { id: 'past', interviewDate: '2026-02-20', createdAt: 1 },
      { id: 'far', interviewDate: '2026-04-01', createdAt: 2 },
      { id: 'near', interviewDate: '2026-03-10', createdAt: 3 },
    ];
    expect(nearestPlan(plans, NOW, 0)?.id).toBe('near');
    expect(nearestPlan(plans.slice(0, 1), NOW, 0)).toBeNull();
  });
});
