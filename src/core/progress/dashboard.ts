// Dashboard figures from the cards, per-day review counts and the content model: due today, new available,
// the streak, reviews per day (90 days), the 30-day due forecast, mastery and coverage per topic and part, and
// the weakest questions. Pure: the clock, the day boundary and the counts come in as arguments. Isomorphic.

import type { QuestionId } from '../model/index.js';
import type { CatalogQuestion, CatalogTopic } from './catalog.js';
import type { CardState } from '../schedule/index.js';
import { MASTERED_AT, retrievabilityOf } from './retrievability.js';

const DAY = 86_400_000;

export interface DayCount {
  /** Day number: floor((time - tzOffset) / 1 day), so days start at local midnight. */
  day: number;
  count: number;
}

export interface Mastery {
  questions: number;
  studied: number;
  /** studied / questions. */
  coverage: number;
  /** Mean retrievability over studied questions (0 when none). */
  retention: number;
  /** Share of all questions with retrievability ≥ 0.9. */
  mastered: number;
}

export interface DashboardInput {
  topics: readonly CatalogTopic[];
  cards: ReadonlyMap<QuestionId, CardState>;
  /** Reviews per local day, any order; days without reviews may be absent. */
  reviewDays: readonly DayCount[];
  /** New cards already introduced today. */
  newToday: number;
  newLimit: number;
  now: number;
  /** Local time minus UTC in milliseconds (e.g. +3 600 000 for UTC+1). */
  tzOffsetMs: number;
  weakest?: number;
}

export interface Dashboard {
  today: number;
  dueToday: number;
  learning: number;
  newAvailable: number;
  streak: number;
  reviewsPerDay: DayCount[];
  forecast: DayCount[];
  topics: (Mastery & { id: string; title: string; parts: (Mastery & { number: number; title: string })[] })[];
  weakest: { id: QuestionId; topicId: string; title: string; retrievability: number; lapses: number }[];
  totals: Mastery;
}

export const dayOf = (t: number, tzOffsetMs: number) => Math.floor((t + tzOffsetMs) / DAY);

function masteryOf(questions: readonly CatalogQuestion[], cards: DashboardInput['cards'], r: Map<QuestionId, number>): Mastery {
  let studied = 0;
  let sum = 0;
  let mastered = 0;
  for (const q of questions) {
    const card = cards.get(q.id);
    if (!card || card.state === 'new') continue;
    studied++;
    const value = r.get(q.id) ?? 0;
    sum += value;
    if (value >= MASTERED_AT) mastered++;
  }
  const n = questions.length;
  return { questions: n, studied, coverage: n ? studied / n : 0, retention: studied ? sum / studied : 0, mastered: n ? mastered / n : 0 };
}

/** Consecutive days with at least one review, ending today (or yesterday, when today has none yet). */
export function computeStreak(reviewDays: readonly DayCount[], today: number): number {
  const active = new Set(reviewDays.filter((d) => d.count > 0).map((d) => d.day));
  let day = active.has(today) ? today : today - 1;
  let streak = 0;
  while (active.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

type Weak = Dashboard['weakest'][number];

/** The k lowest-retrievability studied questions (ties: more lapses first, then id), without sorting them all. */
function weakestOf(questions: readonly CatalogQuestion[], r: ReadonlyMap<QuestionId, number>, cards: DashboardInput['cards'], k: number): Weak[] {
  const worse = (a: Weak, b: Weak) => a.retrievability - b.retrievability || b.lapses - a.lapses || a.id.localeCompare(b.id);
  const top: Weak[] = [];
  for (const q of questions) {
    const value = r.get(q.id);
    if (value === undefined) continue;
    const item: Weak = { id: q.id, topicId: q.topicId, title: q.title, retrievability: value, lapses: cards.get(q.id)!.lapses };
    if (top.length === k && worse(item, top[k - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && worse(item, top[i - 1]!) < 0) i--;
    top.splice(i, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

export function computeDashboard(input: DashboardInput): Dashboard {
  const today = dayOf(input.now, input.tzOffsetMs);
  const endOfToday = (today + 1) * DAY - input.tzOffsetMs;
  const questions = input.topics.flatMap((t) => t.parts.flatMap((p) => p.questions));
  const r = new Map<QuestionId, number>();
  let dueToday = 0;
  let learning = 0;
  let unstudied = 0;
  const forecast = new Map<number, number>();
  for (const q of questions) {
    const card = input.cards.get(q.id);
    if (!card || card.state === 'new') {
      unstudied++;
      continue;
    }
    r.set(q.id, retrievabilityOf(card, input.now));
    if (card.state === 'learning' || card.state === 'relearning') learning++;
    if (card.due < endOfToday) dueToday++;
    const day = Math.max(today, dayOf(card.due, input.tzOffsetMs));
    if (day < today + 30) forecast.set(day, (forecast.get(day) ?? 0) + 1);
  }
  const counts = new Map(input.reviewDays.map((d) => [d.day, d.count]));
  const reviewsPerDay = Array.from({ length: 90 }, (_, i) => ({ day: today - 89 + i, count: counts.get(today - 89 + i) ?? 0 }));
  const weakest = weakestOf(questions, r, input.cards, input.weakest ?? 10);
  return {
    today,
    dueToday,
    learning,
    newAvailable: Math.min(unstudied, Math.max(0, input.newLimit - input.newToday)),
    streak: computeStreak(input.reviewDays, today),
    reviewsPerDay,
    forecast: Array.from({ length: 30 }, (_, i) => ({ day: today + i, count: forecast.get(today + i) ?? 0 })),
    topics: input.topics.map((t) => ({
      id: t.id,
      title: t.title,
      ...masteryOf(t.parts.flatMap((p) => p.questions), input.cards, r),
      parts: t.parts.map((p) => ({ number: p.number, title: p.title, ...masteryOf(p.questions, input.cards, r) })),
    })),
    weakest,
    totals: masteryOf(questions, input.cards, r),
  };
}
