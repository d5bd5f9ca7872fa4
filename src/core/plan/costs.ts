// Minutes per new question and per review, measured from the user's own review log when it holds enough timed
// reviews, otherwise the stated defaults. A new question's cost is every timed step of its first day (the first
// look and its learning steps) per question introduced; a review's cost is every timed review or relearning
// step per review, so a lapse's relearning is paid for by the reviews. Each step is clipped at 15 minutes: a tab
// left open overnight is not a study pace. Pure. Isomorphic.

import type { CardState } from '../schedule/index.js';
import type { PlanCosts } from './plan-day.js';

/** Reading a new answer with its key points and passing its two learning steps. */
export const DEFAULT_NEW_MINUTES = 5;
/** Recalling one answer aloud and ticking its key points. */
export const DEFAULT_REVIEW_MINUTES = 2;
/** Timed samples of a kind needed before the log's figure replaces the default. */
export const MIN_SAMPLES = 20;
const CLIP_MS = 15 * 60_000;

export interface TimedReview {
  durationMs: number | null;
  /** The card before the grade: null or state 'new' for a first look. */
  before: Pick<CardState, 'state'> | null;
}

export interface EstimatedCosts extends PlanCosts {
  /** Where each figure came from. */
  newSource: 'log' | 'default';
  reviewSource: 'log' | 'default';
  newSamples: number;
  reviewSamples: number;
}

const round = (m: number) => Math.round(m * 100) / 100;

export function estimateCosts(log: readonly TimedReview[]): EstimatedCosts {
  let newMs = 0;
  let firstLooks = 0;
  let reviewMs = 0;
  let reviews = 0;
  for (const r of log) {
    if (r.durationMs === null || r.durationMs < 0) continue;
    const ms = Math.min(r.durationMs, CLIP_MS);
    const state = r.before?.state ?? 'new';
    if (state === 'new') {
      firstLooks++;
      newMs += ms;
    } else if (state === 'learning') newMs += ms;
    else if (state === 'review') {
      reviews++;
      reviewMs += ms;
    } else reviewMs += ms;
  }
  const newFromLog = firstLooks >= MIN_SAMPLES;
  const reviewFromLog = reviews >= MIN_SAMPLES;
  return {
    // A floor of a few seconds keeps a log of instant clicks from planning thousands of cards a day.
    newMinutes: newFromLog ? Math.max(0.25, round(newMs / firstLooks / 60_000)) : DEFAULT_NEW_MINUTES,
    reviewMinutes: reviewFromLog ? Math.max(0.1, round(reviewMs / reviews / 60_000)) : DEFAULT_REVIEW_MINUTES,
    newSource: newFromLog ? 'log' : 'default',
    reviewSource: reviewFromLog ? 'log' : 'default',
    newSamples: firstLooks,
    reviewSamples: reviews,
  };
}
