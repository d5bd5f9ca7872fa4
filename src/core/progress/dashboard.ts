// Dashboard figures from the cards, per-day review counts and the content model: due today, new available,
// the streak, reviews per day (90 days), the 30-day due forecast, mastery and coverage per topic and part, and
// the weakest questions. Pure: the clock, the day boundary and the counts come in as arguments. Isomorphic.

import type { QuestionId } from '../model/index.js';
import type { CatalogQuestion, CatalogTopic } from './catalog.js';
import { isHidden, type CardMarks, type CardState } from '../schedule/index.js';
import { isMastered, recallAfter, RECALL_HORIZON_DAYS, weaknessFromRecall } from './retrievability.js';

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
  /** Mean predicted recall a week from now (RECALL_HORIZON_DAYS) over studied questions (0 when none). */
  retention: number;
  /** Share of all questions mastered (isMastered: recall 30 days out still >= 90 %). */
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
  /** Flags, suspensions, buries and leeches: a hidden card (suspended, or buried today) is not due, learning or new. */
  marks?: ReadonlyMap<QuestionId, CardMarks>;
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
  /** Ranked by weaknessScore (recall a week out, lapses, a recent failure); `retrievability` is the recall a week out. */
  weakest: { id: QuestionId; topicId: string; title: string; retrievability: number; lapses: number; score: number }[];
  totals: Mastery;
  /** Cards suspended (leeches included), buried until tomorrow, marked as leeches, and flagged. */
  marked: { suspended: number; buried: number; leeches: number; flagged: number };
}

export const dayOf = (t: number, tzOffsetMs: number) => Math.floor((t + tzOffsetMs) / DAY);

/** Running sums for one topic, part or the whole collection. */
class Tally {
  questions = 0;
  studied = 0;
  sum = 0;
  masteredCount = 0;
  /** @param r recall at the dashboard's horizon, undefined for an unstudied question. */
  add(r: number | undefined, mastered = false): void {
    this.questions++;
    if (r === undefined) return;
    this.studied++;
    this.sum += r;
    if (mastered) this.masteredCount++;
  }
  result(): Mastery {
    const n = this.questions;
    return {
      questions: n,
      studied: this.studied,
      coverage: n ? this.studied / n : 0,
      retention: this.studied ? this.sum / this.studied : 0,
      mastered: n ? this.masteredCount / n : 0,
    };
  }
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

/** Keeps the k lowest-scoring questions (ties: more lapses first, then id) without sorting them all. */
class WeakestK {
  readonly items: Weak[] = [];
  constructor(private readonly k: number) {}
  private static worse(a: Weak, b: Weak): number {
    return a.score - b.score || b.lapses - a.lapses || a.id.localeCompare(b.id);
  }
  offer(q: CatalogQuestion, score: number, retrievability: number, lapses: number): void {
    const full = this.items.length === this.k;
    const last = this.items[this.k - 1];
    // Cheap rejection before allocating: most questions are not among the k weakest.
    if (this.k === 0 || (full && last && score > last.score)) return;
    const item: Weak = { id: q.id, topicId: q.topicId, title: q.title, retrievability, lapses, score };
    if (full && WeakestK.worse(item, last!) >= 0) return;
    let i = this.items.length;
    while (i > 0 && WeakestK.worse(item, this.items[i - 1]!) < 0) i--;
    this.items.splice(i, 0, item);
    if (this.items.length > this.k) this.items.pop();
  }
}

export function computeDashboard(input: DashboardInput): Dashboard {
  const today = dayOf(input.now, input.tzOffsetMs);
  const endOfToday = (today + 1) * DAY - input.tzOffsetMs;
  const weakest = new WeakestK(input.weakest ?? 10);
  let dueToday = 0;
  let learning = 0;
  let unstudied = 0;
  const forecast = new Array<number>(30).fill(0);
  const total = new Tally();
  // Most collections have no marks at all: skip the per-question lookup then (100k questions, issue 16's < 50 ms).
  const marks = input.marks && input.marks.size > 0 ? input.marks : undefined;
  // One pass over every question: retrievability, due counts, the forecast and the topic/part tallies.
  const topics = input.topics.map((t) => {
    const topicTally = new Tally();
    const parts = t.parts.map((p) => {
      const partTally = new Tally();
      for (const q of p.questions) {
        const card = input.cards.get(q.id);
        const mark = marks?.get(q.id);
        const hidden = isHidden(mark, input.now);
        let value: number | undefined;
        let mastered = false;
        if (!card || card.state === 'new') {
          if (!hidden) unstudied++;
        } else {
          value = recallAfter(card, input.now, RECALL_HORIZON_DAYS);
          mastered = isMastered(card, input.now);
          weakest.offer(q, weaknessFromRecall(card, value), value, card.lapses);
          // A suspended card never comes due; a buried one comes back tomorrow (the forecast keeps it).
          if (!hidden) {
            if (card.state === 'learning' || card.state === 'relearning') learning++;
            if (card.due < endOfToday) dueToday++;
          }
          const offset = Math.max(0, dayOf(card.due, input.tzOffsetMs) - today);
          const suspended = mark?.suspended ?? false;
          if (offset < 30 && !suspended && !(hidden && offset === 0)) forecast[offset]!++;
        }
        partTally.add(value, mastered);
        topicTally.add(value, mastered);
        total.add(value, mastered);
      }
      return { number: p.number, title: p.title, ...partTally.result() };
    });
    return { id: t.id, title: t.title, ...topicTally.result(), parts };
  });
  const marked = { suspended: 0, buried: 0, leeches: 0, flagged: 0 };
  for (const m of input.marks?.values() ?? []) {
    if (m.suspended) marked.suspended++;
    if (m.buriedUntil !== null && m.buriedUntil > input.now) marked.buried++;
    if (m.leech) marked.leeches++;
    if (m.flagged) marked.flagged++;
  }
  const counts = new Map(input.reviewDays.map((d) => [d.day, d.count]));
  const reviewsPerDay = Array.from({ length: 90 }, (_, i) => ({ day: today - 89 + i, count: counts.get(today - 89 + i) ?? 0 }));
  return {
    today,
    dueToday,
    learning,
    newAvailable: Math.min(unstudied, Math.max(0, input.newLimit - input.newToday)),
    streak: computeStreak(input.reviewDays, today),
    reviewsPerDay,
    forecast: forecast.map((count, i) => ({ day: today + i, count })),
    topics,
    weakest: weakest.items,
    totals: total.result(),
    marked,
  };
}
