// The planner's working set: one row per position with the card's kind, due, stability, difficulty and last review
// copied from its state; NaN as the last review of a card never reviewed (unstudied or only requested).

import { describe, expect, it } from 'vitest';
import { asQuestionId } from '../model/index.js';
import { createScheduler, FRESH, LEARNING, REQUESTED, REVIEW } from '../schedule/index.js';
import { buildPlanTable } from './plan-table.js';
import { DAY_MS } from './recall.js';
import { T0 } from './test-students.js';

const fsrs = createScheduler({ retention: 0.9, fuzz: false });
const ids = ['fresh', 'requested', 'learning', 'review'].map(asQuestionId);
const learning = fsrs.grade(fsrs.newCard(T0), T0, 1);
const review = fsrs.grade(fsrs.newCard(T0 - 3 * DAY_MS), T0 - 3 * DAY_MS, 4);
const table = buildPlanTable(
  ids,
  new Map([
    [ids[1]!, fsrs.newCard(T0)],
    [ids[2]!, learning],
    [ids[3]!, review],
  ]),
);

describe('buildPlanTable', () => {
  it('copies each card’s kind, due, stability and difficulty', () => {
    expect([...table.kind]).toEqual([FRESH, REQUESTED, LEARNING, REVIEW]);
    expect(table.due[2]).toBe(learning.due);
    expect(table.due[3]).toBe(review.due);
    expect(table.stability[3]).toBe(review.stability);
    expect(table.difficulty[2]).toBe(learning.difficulty);
    expect(table.difficulty[3]).toBe(review.difficulty);
    expect(review.difficulty).toBeGreaterThan(0);
  });

  it('zeroes the figures of an unstudied question', () => {
    expect([table.due[0], table.stability[0], table.difficulty[0]]).toEqual([0, 0, 0]);
  });

  it('has NaN as the last review of a card never reviewed, the time of the last review otherwise', () => {
    expect(table.lastReview[0]).toBeNaN();
    expect(table.lastReview[1]).toBeNaN();
    expect(table.lastReview[2]).toBe(T0);
    expect(table.lastReview[3]).toBe(T0 - 3 * DAY_MS);
  });
});
