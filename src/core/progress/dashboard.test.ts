import { describe, expect, it } from 'vitest';
import { parseTopic } from '../parse/index.js';
import { asQuestionId, type QuestionId } from '../model/index.js';
import { createScheduler, NO_MARKS, type CardState } from '../schedule/index.js';
import { computeDashboard, computeStreak, dayOf } from './dashboard.js';
import { catalogFromVault } from './catalog.js';
import { reviewedCard, topicSource } from './test-catalog.js';
import { retrievabilityOf } from './retrievability.js';

const NOW = Date.UTC(2026, 0, 10, 15, 0, 0);
const DAY = 86_400_000;
const HOUR_MS = 3_600_000;
const s = createScheduler({ retention: 0.9, fuzz: false });

const parsed = parseTopic('01_T.md', topicSource('01', [[1, ['q-one', 'q-two', 'q-three', 'q-four'].map((id) => ({ id }))]])).topic!;
const [topic] = catalogFromVault({ topics: [parsed], notes: [], plan: null, diagnostics: [], exercises: [], figures: [] });

describe('retrievabilityOf', () => {
  it('matches ts-fsrs get_retrievability through the adapter', () => {
    const card = s.grade(s.newCard(NOW - 20 * DAY), NOW - 20 * DAY, 3);
    const later = s.grade(card, NOW - 10 * DAY, 3);
    for (const t of [NOW - 10 * DAY, NOW - 5 * DAY, NOW, NOW + 30 * DAY])
      expect(retrievabilityOf(later, t)).toBeCloseTo(s.retrievability(later, t), 7);
    expect(retrievabilityOf(s.newCard(NOW), NOW)).toBe(0);
  });
});

describe('computeStreak', () => {
  it('counts consecutive days ending today, or yesterday when today has none yet', () => {
    const days = [10, 9, 8, 6].map((day) => ({ day, count: 2 }));
    expect(computeStreak(days, 10)).toBe(3);
    expect(computeStreak(days, 11)).toBe(3);
    expect(computeStreak(days, 12)).toBe(0);
    expect(computeStreak([{ day: 10, count: 0 }], 10)).toBe(0);
  });
});

describe('computeDashboard', () => {
  const cards = new Map<QuestionId, CardState>();
  const a = s.grade(s.newCard(NOW - 3 * DAY), NOW - 3 * DAY, 4); // review card
  cards.set(asQuestionId('q-one'), a);
  cards.set(asQuestionId('q-two'), s.grade(s.newCard(NOW - 60_000), NOW - 60_000, 1)); // learning, due soon
  const today = dayOf(NOW, 0);
  const d = computeDashboard({
    topics: [topic!],
    cards,
    reviewDays: [
      { day: today, count: 5 },
      { day: today - 1, count: 1 },
      { day: today - 200, count: 9 },
    ],
    newToday: 18,
    newLimit: 20,
    now: NOW,
    tzOffsetMs: 0,
  });

  it('counts due, learning and new available (limited by the daily budget)', () => {
    expect(d.learning).toBe(1);
    // `a` (Easy on a new card, 3 days ago) is due in more than 3 days, so only the learning card is due today.
    expect(a.due).toBeGreaterThan(NOW + DAY);
    expect(d.dueToday).toBe(1);
    expect(d.newAvailable).toBe(2);
    expect(d.streak).toBe(2);
  });

  it('gives 90 days of reviews and a 30-day forecast', () => {
    expect(d.reviewsPerDay).toHaveLength(90);
    expect(d.reviewsPerDay.at(-1)).toEqual({ day: today, count: 5 });
    expect(d.reviewsPerDay.reduce((n, x) => n + x.count, 0)).toBe(6);
    expect(d.forecast).toHaveLength(30);
    expect(d.forecast.reduce((n, x) => n + x.count, 0)).toBe(2);
  });

  it('reports coverage, retention and mastered shares per topic and part', () => {
    const t = d.topics[0]!;
    expect(t).toMatchObject({ questions: 4, studied: 2, coverage: 0.5 });
    expect(t.parts[0]).toMatchObject({ number: 1, questions: 4, studied: 2 });
    expect(t.retention).toBeGreaterThan(0);
    expect(t.retention).toBeLessThanOrEqual(1);
    expect(d.totals.studied).toBe(2);
  });

  it('lists the weakest studied questions first', () => {
    expect(d.weakest.map((w) => w.id)).toHaveLength(2);
    expect(d.weakest[0]!.retrievability).toBeLessThanOrEqual(d.weakest[1]!.retrievability);
  });
});

describe('computeDashboard day boundaries (UTC+1, fixed clock)', () => {
  // Local midnight in UTC+1 is 23:00 UTC. NOW is 15:00 UTC on 10 January, so today ends at 23:00 UTC.
  const TZ = 3_600_000;
  const endOfToday = Date.UTC(2026, 0, 10, 23, 0, 0);
  const review = (due: number, lastReview: number): CardState => ({
    due,
    stability: 10,
    difficulty: 5,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 'review',
    lastReview,
  });
  const dashboardFor = (dues: number[]) =>
    computeDashboard({
      topics: [topic!],
      cards: new Map(dues.map((due, i) => [asQuestionId(['q-one', 'q-two', 'q-three', 'q-four'][i]!), review(due, NOW - 10 * DAY)])),
      reviewDays: [],
      newToday: 0,
      newLimit: 20,
      now: NOW,
      tzOffsetMs: TZ,
    });

  it('counts a card due one millisecond before local midnight as due today, and one due at midnight as not', () => {
    const d = dashboardFor([endOfToday - 1, endOfToday, NOW - 5 * DAY]);
    expect(d.today).toBe(Math.floor((NOW + TZ) / DAY));
    expect(d.dueToday).toBe(2);
    expect(d.learning).toBe(0);
    // Overdue cards land on day 0 of the forecast; the midnight card on day 1.
    expect(d.forecast.slice(0, 3).map((f) => f.count)).toEqual([2, 1, 0]);
    expect(d.newAvailable).toBe(1);
  });

  it('puts a card due in 29 local days on the last forecast day and one due in 30 days off the forecast', () => {
    const d = dashboardFor([endOfToday + 28 * DAY + 1, endOfToday + 29 * DAY + 1]);
    expect(d.forecast[29]).toEqual({ day: d.today + 29, count: 1 });
    expect(d.forecast.reduce((n, f) => n + f.count, 0)).toBe(1);
  });

  it('counts mastered questions by recall 30 days out and averages recall a week out over studied ones', () => {
    // Stability 40: reviewed 9 days ago, recall 30 days from now is R(39 d) = 0.9017 (mastered); reviewed 11 days
    // ago, R(41 d) = 0.8983 (not). The dashboard's recall is a week out: R(16 d) = 0.95026 and R(18 d) = 0.94521.
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('q-one'), { ...review(NOW + DAY, NOW - 9 * DAY), stability: 40 }],
      [asQuestionId('q-two'), { ...review(NOW + DAY, NOW - 11 * DAY), stability: 40 }],
    ]);
    const d = computeDashboard({ topics: [topic!], cards, reviewDays: [], newToday: 0, newLimit: 20, now: NOW, tzOffsetMs: 0 });
    expect(d.totals).toMatchObject({ questions: 4, studied: 2, coverage: 0.5, mastered: 0.25 });
    expect(d.totals.retention).toBeCloseTo((0.95026 + 0.94521) / 2, 4);
    expect(d.weakest.map((w) => w.id)).toEqual(['q-two', 'q-one']);
  });
});

describe('computeDashboard with card marks', () => {
  it('leaves suspended and buried cards out of due, learning and new, and counts the marks', () => {
    const due = s.grade(s.grade(s.newCard(NOW - 20 * DAY), NOW - 20 * DAY, 3), NOW - 18 * DAY, 3);
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('q-one'), due],
      [asQuestionId('q-two'), due],
    ]);
    const base = { topics: [topic!], cards, reviewDays: [], newToday: 0, newLimit: 20, now: NOW, tzOffsetMs: 0 };
    const plain = computeDashboard(base);
    expect(plain.dueToday).toBe(2);
    expect(plain.newAvailable).toBe(2);
    const marks = new Map([
      [asQuestionId('q-one'), { ...NO_MARKS, suspended: true, leech: true, leechAt: NOW - DAY }],
      [asQuestionId('q-two'), { ...NO_MARKS, buriedUntil: NOW + HOUR_MS }],
      [asQuestionId('q-three'), { ...NO_MARKS, flagged: true, suspended: true }],
    ]);
    const d = computeDashboard({ ...base, marks });
    expect(d.dueToday).toBe(0);
    expect(d.newAvailable).toBe(1);
    expect(d.forecast[0]!.count).toBe(0);
    expect(d.marked).toEqual({ suspended: 2, buried: 1, leeches: 1, flagged: 1 });
    // Once the bury ends, the card is due again.
    expect(computeDashboard({ ...base, marks, now: NOW + HOUR_MS }).dueToday).toBe(1);
  });
});

describe('computeDashboard: the weakest list, states and the new-card budget', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `w-${String(i + 1).padStart(2, '0')}`);
  const many = catalogFromVault({
    topics: [parseTopic('02_W.md', topicSource('02', [[1, ids.map((id) => ({ id }))]])).topic!],
    notes: [],
    plan: null,
    diagnostics: [],
    exercises: [],
    figures: [],
  });
  const card = (stability: number, lapses = 0) => reviewedCard(NOW, stability, lapses);
  const run = (cards: Map<QuestionId, CardState>, extra: Partial<Parameters<typeof computeDashboard>[0]> = {}) =>
    computeDashboard({ topics: many, cards, reviewDays: [], newToday: 0, newLimit: 20, now: NOW, tzOffsetMs: 0, ...extra });

  it('keeps the 10 weakest by default, weakest first, whatever order the questions come in', () => {
    // Stability falls along the list, so each question offered is weaker than every one kept so far.
    const cards = new Map(ids.map((id, i) => [asQuestionId(id), card(60 - 4 * i)] as const));
    const d = run(cards);
    expect(d.weakest.map((w) => w.id)).toEqual(ids.slice(2).reverse());
    const scores = d.weakest.map((w) => w.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });

  it('keeps exactly k, none for k = 0, breaks equal scores by id, and rejects a question tied with the last kept', () => {
    const equal = new Map(ids.map((id) => [asQuestionId(id), card(20)] as const));
    expect(run(equal, { weakest: 3 }).weakest.map((w) => w.id)).toEqual(['w-01', 'w-02', 'w-03']);
    expect(run(equal, { weakest: 0 }).weakest).toEqual([]);
    // Offered in reverse id order, an equal score with a smaller id still displaces the last one kept.
    const reversed = catalogFromVault({
      topics: [parseTopic('03_R.md', topicSource('03', [[1, [...ids].reverse().map((id) => ({ id }))]])).topic!],
      notes: [],
      plan: null,
      diagnostics: [],
      exercises: [],
      figures: [],
    });
    expect(run(equal, { weakest: 3, topics: reversed }).weakest.map((w) => w.id)).toEqual(['w-01', 'w-02', 'w-03']);
    const mixed = new Map(ids.map((id, i) => [asQuestionId(id), card(i % 2 ? 10 : 50)] as const));
    expect(run(mixed, { weakest: 4 }).weakest.map((w) => w.id)).toEqual(['w-02', 'w-04', 'w-06', 'w-08']);
  });

  it('ranks lapses into weakness: 0.05 less per lapse at the same recall', () => {
    const cards = new Map([
      [asQuestionId('w-01'), card(20, 0)],
      [asQuestionId('w-02'), card(20, 3)],
    ]);
    const [first, second] = run(cards).weakest;
    expect(first!.id).toBe('w-02');
    expect(first!.lapses).toBe(3);
    expect(second!.score - first!.score).toBeCloseTo(0.15, 12);
  });

  it('counts a card still new as unstudied and a relearning card as learning', () => {
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('w-01'), s.newCard(NOW)],
      [asQuestionId('w-02'), { ...card(1, 1), state: 'relearning', due: NOW - 1 }],
      [asQuestionId('w-03'), { ...card(1), state: 'learning', due: NOW + DAY }],
    ]);
    const d = run(cards);
    expect(d.totals.studied).toBe(2);
    expect(d.learning).toBe(2);
    expect(d.dueToday).toBe(1);
    expect(d.newAvailable).toBe(10);
  });

  it('offers the new cards left in the daily budget, never fewer than none', () => {
    expect(run(new Map(), { newLimit: 20, newToday: 5 }).newAvailable).toBe(12);
    expect(run(new Map(), { newLimit: 10, newToday: 4 }).newAvailable).toBe(6);
    expect(run(new Map(), { newLimit: 10, newToday: 14 }).newAvailable).toBe(0);
  });

  it('counts only a bury still running, keeps a card buried today off the forecast of today but not later', () => {
    const cards = new Map<QuestionId, CardState>([
      [asQuestionId('w-01'), { ...card(20), due: NOW - HOUR_MS }],
      [asQuestionId('w-02'), { ...card(20), due: NOW + 3 * DAY }],
      [asQuestionId('w-03'), { ...card(20), due: NOW + 3 * DAY }],
    ]);
    const marks = new Map([
      [asQuestionId('w-01'), { ...NO_MARKS, buriedUntil: NOW + HOUR_MS }],
      [asQuestionId('w-02'), { ...NO_MARKS, buriedUntil: NOW + HOUR_MS }],
      [asQuestionId('w-03'), { ...NO_MARKS, buriedUntil: NOW - HOUR_MS }],
      [asQuestionId('w-04'), { ...NO_MARKS, buriedUntil: NOW }],
    ]);
    const d = run(cards, { marks });
    expect(d.marked.buried).toBe(2);
    expect(d.forecast[0]!.count).toBe(0);
    expect(d.forecast[3]!.count).toBe(2);
    expect(d.dueToday).toBe(0);
    // Marks that hide nothing change nothing.
    expect(run(cards, { marks: new Map([[asQuestionId('w-09'), { ...NO_MARKS, flagged: true }]]) }).forecast[0]!.count).toBe(1);
  });
});
