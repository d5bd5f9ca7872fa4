import { describe, expect, it } from 'vitest';
import { asQuestionId, asTopicId, type MockProfile, type QuestionId } from '../model/index.js';
import { createScheduler, type CardState } from '../schedule/index.js';
import { computeMockReport, mockWeight, profileWeight, questionsForMinutes, selectMockQuestions, weakness } from './mock.js';
import { catalogQuestions } from './catalog.js';
import { reviewedCard, testCatalog } from './test-catalog.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const topics = testCatalog();
const profile = (id: string, weights: [string, number, number[]?][]): MockProfile => ({
  id,
  title: id,
  summary: '',
  line: 1,
  weights: weights.map(([t, weight, parts]) => ({ topicId: asTopicId(t), weight, line: 1, ...(parts ? { parts } : {}) })),
});
const format = profile('f', [
  ['01', 1],
  ['02', 1],
]);
const focus = profile('g', [['02', 2]]);
const mix = { easy: 1, medium: 1, hard: 1 };
const s = createScheduler({ retention: 0.9, fuzz: false });

describe('selectMockQuestions', () => {
  it('is reproducible: the same seed gives the same questions', () => {
    const a = selectMockQuestions({ topics, format, focus, cards: new Map(), now: NOW, count: 3, mix, seed: 42 });
    const b = selectMockQuestions({ topics, format, focus, cards: new Map(), now: NOW, count: 3, mix, seed: 42 });
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(3);
    const seeds = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        selectMockQuestions({ topics, format, focus, cards: new Map(), now: NOW, count: 3, mix, seed }).join(),
      ),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('never picks a question outside the format, or of a difficulty with zero share', () => {
    const onlyTwo = profile('x', [['02', 1]]);
    for (let seed = 0; seed < 30; seed++) {
      const ids = selectMockQuestions({
        topics,
        format: onlyTwo,
        focus,
        cards: new Map(),
        now: NOW,
        count: 2,
        mix: { easy: 0, medium: 1, hard: 0 },
        seed,
      });
      expect(ids.sort()).toEqual(['b2', 'b4']);
    }
  });

  it('weights weak and unstudied questions above mastered ones', () => {
    const masteredCard: CardState = { ...s.grade(s.newCard(NOW - 86_400_000), NOW - 86_400_000, 4), stability: 500 };
    const cards = new Map<QuestionId, CardState>([[asQuestionId('b1'), masteredCard]]);
    const base = { format, focus, cards, now: NOW, mix };
    const byId = new Map(topics.flatMap((t) => t.parts.flatMap((p) => p.questions)).map((q) => [q.id as string, q]));
    expect(mockWeight(base, byId.get('b1')!)).toBeLessThan(mockWeight(base, byId.get('b2')!) / 3);
    // Over many seeds, mastering b1 makes it drawn far less often than when it was never studied.
    const draws = (c: ReadonlyMap<QuestionId, CardState>) => {
      let n = 0;
      for (let seed = 0; seed < 400; seed++)
        if (selectMockQuestions({ ...base, cards: c, topics, count: 1, mix: { easy: 1, medium: 0, hard: 0 }, seed })[0] === 'b1') n++;
      return n;
    };
    // With only the two easy questions eligible, P(b1) = w(b1) / (w(b1) + w(a1)): 3/4 unstudied, about 3/7 mastered.
    const wMastered = mockWeight(base, byId.get('b1')!) * 3; // undo the 1/3 difficulty share of the 1/1/1 mix
    expect(draws(new Map()) / 400).toBeCloseTo(0.75, 1);
    expect(draws(cards) / 400).toBeCloseTo(wMastered / (wMastered + 1), 1);
  });

  it('converts minutes to a question count', () => {
    expect([30, 45, 60].map(questionsForMinutes)).toEqual([4, 6, 8]);
  });
});

describe('computeMockReport', () => {
  it('scores per question and topic, orders weak areas and lists the missed questions', () => {
    const r = computeMockReport(
      [
        { questionId: asQuestionId('a1'), durationMs: 60_000, keyPointsChecked: 4, keyPointsTotal: 4 },
        { questionId: asQuestionId('b1'), durationMs: 120_000, keyPointsChecked: 1, keyPointsTotal: 4 },
        { questionId: asQuestionId('b2'), durationMs: 30_000, keyPointsChecked: 3, keyPointsTotal: 4 },
      ],
      topics,
    );
    expect(r.score).toBeCloseTo((1 + 0.25 + 0.75) / 3);
    expect(r.totalMs).toBe(210_000);
    expect(r.perTopic.find((t) => t.topicId === '02')!.score).toBeCloseTo(0.5);
    expect(r.weakest).toEqual(['02', '01']);
    expect(r.missed).toEqual(['b1']);
  });
});

describe('mock weights', () => {
  const q = (id: string) => catalogQuestions(topics).find((x) => x.id === id)!;
  const card = (stability: number, lapses = 0, state: CardState['state'] = 'review') => reviewedCard(NOW, stability, lapses, state);

  it('sums the weights of the profile entries that hold a question, a part list narrowing its entry', () => {
    const p = profile('p', [
      ['01', 2, [2]],
      ['01', 0.5],
      ['02', 3, [1]],
    ]);
    expect(['a1', 'a3', 'b1'].map((id) => profileWeight(p, q(id)))).toEqual([0.5, 2.5, 3]);
  });

  it('weighs an unstudied question 1 and a studied one 1.25 less its weakness score, clamped at 2', () => {
    expect(weakness(undefined, NOW)).toBe(1);
    expect(weakness(s.newCard(NOW), NOW)).toBe(1);
    const strong = card(1e6);
    expect(weakness(strong, NOW)).toBeCloseTo(0.25, 5); // recall a week out is ~1
    expect(weakness(card(1e6, 4), NOW)).toBeCloseTo(0.45, 5); // 4 lapses: 0.2 weaker
    expect(weakness(card(0.01, 40, 'relearning'), NOW)).toBe(2); // far below -0.75: clamped
  });

  it('splits by the difficulty mix, and evenly when the mix is all zeros', () => {
    const input = { format, focus: profile('none', []), mix: { easy: 2, medium: 1, hard: 1 }, cards: new Map(), now: NOW };
    expect(mockWeight(input, q('a1'))).toBeCloseTo(0.5, 12); // easy: 2 of 4
    expect(mockWeight(input, q('a3'))).toBeCloseTo(0.25, 12);
    expect(mockWeight({ ...input, mix: { easy: 0, medium: 0, hard: 0 } }, q('a1'))).toBeCloseTo(1 / 3, 12);
    expect(mockWeight({ ...input, focus }, q('b1'))).toBeCloseTo(0.5 * 3, 12); // focus 2 on topic 02: x (1 + 2)
  });
});

describe('computeMockReport edges', () => {
  it('scores a question without key points 0, names an unknown topic "?", and misses only below half', () => {
    const r = computeMockReport(
      [
        { questionId: asQuestionId('a1'), durationMs: 1, keyPointsChecked: 2, keyPointsTotal: 4 },
        { questionId: asQuestionId('a2'), durationMs: 1, keyPointsChecked: 0, keyPointsTotal: 0 },
        { questionId: asQuestionId('gone'), durationMs: 1, keyPointsChecked: 1, keyPointsTotal: 1 },
      ],
      topics,
    );
    expect(r.perQuestion.map((p) => [p.questionId, p.topicId, p.score])).toEqual([
      ['a1', '01', 0.5],
      ['a2', '01', 0],
      ['gone', '?', 1],
    ]);
    expect(r.perTopic.map((t) => [t.topicId, t.title, t.questions])).toEqual([
      ['01', 'One', 2],
      ['?', '?', 1],
    ]);
    expect(r.missed).toEqual(['a2']);
  });

  it('reports an empty mock as zeros', () => {
    expect(computeMockReport([], topics)).toEqual({
      score: 0,
      answered: 0,
      totalMs: 0,
      perQuestion: [],
      perTopic: [],
      weakest: [],
      missed: [],
    });
  });
});
