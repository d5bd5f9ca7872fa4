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

describe('interview plan fields: every check and its message', () => {
  const fails = (body: unknown): PlanInputError => {
    try {
      checkPlanFields(body, NOW, 0);
    } catch (err) {
      expect(err).toBeInstanceOf(PlanInputError);
      return err as PlanInputError;
    }
    throw new Error('accepted');
  };

  it.each([null, undefined, 0, 'a string', 42, [ok]])('rejects a body that is not an object (%o), naming (body)', (body) => {
    const err = fails(body);
    expect(err.field).toBe('(body)');
    expect(err.name).toBe('PlanInputError');
    expect(err.message).toBe('Send a JSON object: { "interviewDate": "YYYY-MM-DD", "scope", "minutesPerDay", "target"? }.');
  });

  it.each(['15/03/2026', '2026-3-15', '2026-02-30', 20260315, undefined])('rejects the date %o as not a calendar date', (interviewDate) => {
    const err = fails({ ...ok, interviewDate });
    expect(err.field).toBe('interviewDate');
    expect(err.message).toBe('interviewDate must be a calendar date written YYYY-MM-DD.');
  });

  it('rejects a day already past, quoting it', () => {
    expect(fails({ ...ok, interviewDate: '2026-02-28' }).message).toBe(
      'interviewDate 2026-02-28 is in the past; plan for today or a later day.',
    );
  });

  it.each([42, null, '', ' \t ', 'x'.repeat(2001)])('rejects the scope %o', (scope) => {
    const err = fails({ ...ok, scope });
    expect(err.field).toBe('scope');
    expect(err.message).toBe('scope must be a review scope such as "path:ml-engineer" or "topics:01,02".');
  });

  it('accepts a scope of exactly 2000 characters and trims the scope it returns', () => {
    const long = 'x'.repeat(2000);
    expect(checkPlanFields({ ...ok, scope: long }, NOW, 0).scope).toBe(long);
    expect(checkPlanFields({ ...ok, scope: '  path:ml-engineer \n' }, NOW, 0).scope).toBe('path:ml-engineer');
  });

  it.each(['30', 0, 1441, 1.5])('rejects minutesPerDay %o with the allowed range', (minutesPerDay) => {
    const err = fails({ ...ok, minutesPerDay });
    expect(err.field).toBe('minutesPerDay');
    expect(err.message).toBe('minutesPerDay must be a whole number of minutes from 1 to 1440.');
  });

  it('accepts 1 and 1440 minutes a day, the ends of the range', () => {
    expect(checkPlanFields({ ...ok, minutesPerDay: 1 }, NOW, 0).minutesPerDay).toBe(1);
    expect(checkPlanFields({ ...ok, minutesPerDay: 1440 }, NOW, 0).minutesPerDay).toBe(1440);
  });

  it.each(['0.9', NaN, Infinity, 0.49, 0.4, 0.991, 1])('rejects the target %o', (target) => {
    const err = fails({ ...ok, target });
    expect(err.field).toBe('target');
    expect(err.message).toBe('target must be a share between 0.5 and 0.99 (e.g. 0.9 for 90 %).');
  });

  it('accepts the targets 0.5 and 0.99, the ends of the range', () => {
    expect(checkPlanFields({ ...ok, target: 0.5 }, NOW, 0).target).toBe(0.5);
    expect(checkPlanFields({ ...ok, target: 0.99 }, NOW, 0).target).toBe(0.99);
  });
});

describe('nearestPlan', () => {
  it('takes a plan for today (not yet past)', () => {
    const plans = [
      { id: 'later', interviewDate: '2026-03-05', createdAt: 1 },
      { id: 'today', interviewDate: '2026-03-01', createdAt: 2 },
    ];
    expect(nearestPlan(plans, NOW, 0)?.id).toBe('today');
  });

  it('keeps the nearest whatever the order of the list and the creation times', () => {
    const near = { id: 'near', interviewDate: '2026-03-10', createdAt: 5 };
    const far = { id: 'far', interviewDate: '2026-04-01', createdAt: 1 };
    expect(nearestPlan([near, far], NOW, 0)?.id).toBe('near');
    expect(nearestPlan([far, near], NOW, 0)?.id).toBe('near');
  });

  it('between plans for the same day takes the earliest created, in either order', () => {
    const first = { id: 'first', interviewDate: '2026-03-10', createdAt: 1 };
    const second = { id: 'second', interviewDate: '2026-03-10', createdAt: 2 };
    expect(nearestPlan([first, second], NOW, 0)?.id).toBe('first');
    expect(nearestPlan([second, first], NOW, 0)?.id).toBe('first');
    const twin = { id: 'twin', interviewDate: '2026-03-10', createdAt: 1 };
    expect(nearestPlan([first, twin], NOW, 0)?.id).toBe('first');
  });

  it('skips a plan whose date is not a date', () => {
    const plans = [
      { id: 'broken', interviewDate: 'soon', createdAt: 1 },
      { id: 'ok', interviewDate: '2026-03-10', createdAt: 2 },
    ];
    expect(nearestPlan(plans, NOW, 0)?.id).toBe('ok');
  });
});
