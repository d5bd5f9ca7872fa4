import { afterEach, describe, expect, it } from 'vitest';
import { StudyInputError, UnknownQuestionError } from './study-service.js';
import { stores, T0, testService } from './test-service.js';

afterEach(() => stores.splice(0).forEach((s) => s.close()));
const service = testService;

describe('StudyService', () => {
  it('serves new cards with interval labels, grades them and moves on', () => {
    const { svc } = service([['q-one'], ['q-two'], ['q-three']]);
    const first = svc.next();
    expect(first.card).toMatchObject({ questionId: 'q-one', isNew: true, keyPoints: 4 });
    expect(first.counts).toEqual({ due: 0, new: 3, learning: 0 });
    expect(Object.keys(first.intervals!)).toEqual(['1', '2', '3', '4']);
    const graded = svc.grade({ questionId: 'q-one', rating: 4, keyPointsChecked: [3, 0, 1, 2], durationMs: 12_000 });
    expect(graded.suggested).toBe(3);
    expect(graded.review.keyPointsChecked).toEqual([0, 1, 2, 3]);
    expect(svc.next().card!.questionId).toBe('q-two');
    expect(svc.next().counts.new).toBe(2);
  });

  it('honours the daily new-card limit', () => {
    const { svc } = service([['q-one'], ['q-two'], ['q-three']]);
    svc.updateSettings({ newLimit: 1 });
    svc.grade({ questionId: 'q-one', rating: 4 });
    expect(svc.next().card).toBeNull();
    expect(svc.next().counts.new).toBe(0);
  });

  it('undo puts the card back at the front of the queue', () => {
    const { svc } = service([['q-one'], ['q-two']]);
    svc.grade({ questionId: 'q-one', rating: 4 });
    expect(svc.undo().undone!.questionId).toBe('q-one');
    expect(svc.next().card!.questionId).toBe('q-one');
  });

  it('validates requests field by field', () => {
    const { svc } = service([['q-one']]);
    expect(() => svc.grade({ questionId: 'nope', rating: 3 })).toThrow(UnknownQuestionError);
    expect(() => svc.grade({ questionId: 'q-one', rating: 5 })).toThrow(expect.objectContaining({ field: 'rating' }));
    expect(() => svc.grade({ questionId: 'q-one', rating: 3, keyPointsChecked: [4] })).toThrow(
      expect.objectContaining({ field: 'keyPointsChecked' }),
    );
    expect(() => svc.grade({ questionId: 'q-one', rating: 3, keyPointsChecked: [1, 1] })).toThrow(StudyInputError);
    expect(() => svc.grade({ questionId: 'q-one', rating: 3, durationMs: -1 })).toThrow(expect.objectContaining({ field: 'durationMs' }));
    expect(() => svc.grade('x')).toThrow(StudyInputError);
    expect(() => svc.updateSettings({ retention: 0.5 })).toThrow(expect.objectContaining({ field: 'retention' }));
    expect(() => svc.updateSettings({ colour: 1 })).toThrow(expect.objectContaining({ field: 'colour' }));
    expect(svc.updateSettings({ retention: 0.85, newOrder: 'random' })).toEqual({
      retention: 0.85,
      newLimit: 20,
      newOrder: 'random',
      leechThreshold: 8,
    });
  });

  it('keeps history of removed questions as orphans, and carries renamed ids over through aliases', () => {
    const first = service([['old-id'], ['gone-q']]);
    first.svc.grade({ questionId: 'old-id', rating: 3 });
    first.svc.grade({ questionId: 'gone-q', rating: 3 });
    first.store.close();
    stores.splice(stores.indexOf(first.store), 1);
    const second = service([['new-id', 'old-id']], first.dir);
    expect(second.svc.aliasesCarried).toBe(1);
    expect(second.store.getCard('new-id' as never)).not.toBeNull();
    expect(second.svc.orphans().map((o) => o.questionId)).toEqual(['gone-q']);
    expect(second.svc.dashboard().totals.studied).toBe(1);
    // Grading through the old id still lands on the renamed question.
    expect(second.svc.grade({ questionId: 'old-id', rating: 3 }).review.questionId).toBe('new-id');
  });

  it('dashboard counts today’s reviews and the streak', () => {
    const { svc, clock } = service([['q-one'], ['q-two']]);
    svc.grade({ questionId: 'q-one', rating: 3 });
    clock.t += 86_400_000;
    svc.grade({ questionId: 'q-two', rating: 3 });
    const d = svc.dashboard();
    expect(d.streak).toBe(2);
    expect(d.reviewsPerDay.at(-1)!.count).toBe(1);
    expect(d.newAvailable).toBe(0);
  });
});
