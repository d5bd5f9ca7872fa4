import { describe, expect, it } from 'vitest';
import { DEFAULT_NEW_MINUTES, DEFAULT_REVIEW_MINUTES, estimateCosts, MIN_SAMPLES, type TimedReview } from './costs.js';

const first = (ms: number | null): TimedReview => ({ durationMs: ms, before: null });
const step = (ms: number): TimedReview => ({ durationMs: ms, before: { state: 'learning' } });
const review = (ms: number): TimedReview => ({ durationMs: ms, before: { state: 'review' } });
const relearn = (ms: number): TimedReview => ({ durationMs: ms, before: { state: 'relearning' } });

describe('estimateCosts', () => {
  it('uses the stated defaults while the log is short', () => {
    const c = estimateCosts([first(60_000), review(30_000)]);
    expect(c).toMatchObject({
      newMinutes: DEFAULT_NEW_MINUTES,
      reviewMinutes: DEFAULT_REVIEW_MINUTES,
      newSource: 'default',
      reviewSource: 'default',
    });
  });

  it('measures from the log: a new card pays for its learning steps, a review for relearning after lapses', () => {
    const log: TimedReview[] = [];
    for (let i = 0; i < MIN_SAMPLES; i++) log.push(first(120_000), step(60_000));
    for (let i = 0; i < MIN_SAMPLES * 2; i++) log.push(review(60_000));
    for (let i = 0; i < MIN_SAMPLES; i++) log.push(relearn(60_000));
    const c = estimateCosts(log);
    expect(c).toMatchObject({ newMinutes: 3, reviewMinutes: 1.5, newSource: 'log', reviewSource: 'log' });
  });

  it('ignores untimed rows and clips a tab left open to 15 minutes', () => {
    const log = [...Array.from({ length: MIN_SAMPLES }, () => first(3_600_000)), first(null)];
    expect(estimateCosts(log)).toMatchObject({ newMinutes: 15, newSamples: MIN_SAMPLES });
  });
});

describe('estimateCosts: the edges', () => {
  it('skips rows with a negative duration (a clock that went back), keeps instant ones', () => {
    const log = [...Array.from({ length: MIN_SAMPLES }, () => first(60_000)), first(-600_000)];
    expect(estimateCosts(log)).toMatchObject({ newMinutes: 1, newSamples: MIN_SAMPLES });
    // A 0 ms row is a real (instant) sample: 20 minutes over 21 first looks.
    const withInstant = [...Array.from({ length: MIN_SAMPLES }, () => first(60_000)), first(0)];
    expect(estimateCosts(withInstant)).toMatchObject({ newMinutes: 0.95, newSamples: MIN_SAMPLES + 1 });
  });

  it('uses the log from exactly MIN_SAMPLES reviews on', () => {
    const log = Array.from({ length: MIN_SAMPLES }, () => review(90_000));
    expect(estimateCosts(log)).toMatchObject({ reviewMinutes: 1.5, reviewSource: 'log', reviewSamples: MIN_SAMPLES });
    expect(estimateCosts(log.slice(1))).toMatchObject({ reviewMinutes: DEFAULT_REVIEW_MINUTES, reviewSource: 'default' });
  });
});
