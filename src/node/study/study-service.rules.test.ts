// Pins the study service's input rules (field and message of each StudyInputError), its boundaries on both
// sides, defaults, what a grade writes, addNow and its undo, and the undo order of grades and card actions.
import { afterEach, describe, expect, it } from 'vitest';
import { StudyInputError, UnknownQuestionError } from './study-service.js';
import { inputError, stores, T0, testService } from './test-service.js';

afterEach(() => stores.splice(0).forEach((s) => s.close()));
const DAY = 86_400_000;

const BODY_MSG = 'Send a JSON object: { "questionId", "rating": 1-4, "durationMs"?, "keyPointsChecked"?, "typedAnswer"? }.';

describe('grade: validation', () => {
  it('rejects a body that is not an object', () => {
    const { svc } = testService([['q-one']]);
    for (const body of [null, undefined, 'x', 3, ['q-one']]) inputError(() => svc.grade(body), '(body)', BODY_MSG);
  });

  it('rejects a missing, empty or non-string questionId before looking it up', () => {
    const { svc } = testService([['q-one']]);
    for (const questionId of [undefined, '', 7]) {
      inputError(() => svc.grade({ questionId, rating: 3 }), 'questionId', 'questionId must be a question id string.');
    }
  });

  it('an unknown id is an UnknownQuestionError naming it, checked before the rating', () => {
    const { svc } = testService([['q-one']]);
    expect(() => svc.grade({ questionId: 'nope', rating: 9 })).toThrow(UnknownQuestionError);
    expect(() => svc.grade({ questionId: 'nope', rating: 3 })).toThrow('No question with id "nope".');
    expect(() => svc.question('zz')).toThrow(new UnknownQuestionError('No question with id "zz".'));
  });

  it('accepts ratings 1 to 4 only', () => {
    const { svc } = testService([['q-one']]);
    for (const rating of [0, 5, '3', 2.5, undefined])
      inputError(() => svc.grade({ questionId: 'q-one', rating }), 'rating', 'rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).');
    for (const rating of [1, 2, 3, 4]) expect(svc.grade({ questionId: 'q-one', rating }).review.rating).toBe(rating);
  });

  it('accepts durationMs from 0 to 86400000 inclusive and rounds it', () => {
    const { svc } = testService([['q-one']]);
    const msg = 'durationMs must be a number of milliseconds from 0 to 86400000.';
    for (const durationMs of [-1, 86_400_001, Number.NaN, Number.POSITIVE_INFINITY, '5', null])
      inputError(() => svc.grade({ questionId: 'q-one', rating: 3, durationMs }), 'durationMs', msg);
    expect(svc.grade({ questionId: 'q-one', rating: 3, durationMs: 0 }).review.durationMs).toBe(0);
    expect(svc.grade({ questionId: 'q-one', rating: 3, durationMs: 86_400_000 }).review.durationMs).toBe(86_400_000);
    expect(svc.grade({ questionId: 'q-one', rating: 3, durationMs: 1234.5 }).review.durationMs).toBe(1235);
    expect(svc.grade({ questionId: 'q-one', rating: 3, durationMs: 1234.4 }).review.durationMs).toBe(1234);
  });

  it('accepts distinct key-point indices from 0 to keyPoints-1, sorted; suggests a rating from the share', () => {
    const { svc } = testService([['q-one']]);
    const msg = 'keyPointsChecked must list distinct key-point indices from 0 to 3.';
    for (const keyPointsChecked of [[4], [-1], [1.5], [1, 1], '0', ['0'], null])
      inputError(() => svc.grade({ questionId: 'q-one', rating: 3, keyPointsChecked }), 'keyPointsChecked', msg);
    // share = checked / 4: below 0.5 -> 1, below 0.8 -> 2, else 3; no list -> no suggestion.
    const suggested = (keyPointsChecked?: number[]) =>
      svc.grade({ questionId: 'q-one', rating: 3, ...(keyPointsChecked ? { keyPointsChecked } : {}) }).suggested;
    expect(suggested()).toBeNull();
    expect(suggested([])).toBe(1);
    expect(suggested([3])).toBe(1);
    expect(suggested([2, 0])).toBe(2);
    expect(suggested([0, 1, 3])).toBe(2);
    expect(suggested([3, 2, 1, 0])).toBe(3);
    expect(svc.grade({ questionId: 'q-one', rating: 3, keyPointsChecked: [3, 0, 2] }).review.keyPointsChecked).toEqual([0, 2, 3]);
  });

  it('names the key-point range from the question itself', () => {
    const { svc } = testService([['q-one']], undefined, undefined, 2);
    inputError(
      () => svc.grade({ questionId: 'q-one', rating: 3, keyPointsChecked: [2] }),
      'keyPointsChecked',
      'keyPointsChecked must list distinct key-point indices from 0 to 1.',
    );
    expect(svc.grade({ questionId: 'q-one', rating: 3, keyPointsChecked: [1] }).suggested).toBe(2); // 1/2 = 0.5
  });

  it('accepts a uid of 1 to 100 characters and treats a repeated uid as a duplicate', () => {
    const { svc } = testService([['q-one']]);
    for (const uid of ['', 'u'.repeat(101), 5])
      inputError(() => svc.grade({ questionId: 'q-one', rating: 3, uid }), 'uid', 'uid must be a string of 1–100 characters.');
    const uid = 'u'.repeat(100);
    const first = svc.grade({ questionId: 'q-one', rating: 3, uid });
    expect(first.duplicate).toBe(false);
    expect(first.review.uid).toBe(uid);
    const writes = svc.writes;
    expect(svc.grade({ questionId: 'q-one', rating: 1, uid }).duplicate).toBe(true);
    expect(svc.writes).toBe(writes);
    expect(svc.exportDoc().reviewLog).toHaveLength(1);
  });

  it('accepts a typed answer up to 20000 characters', () => {
    const { svc } = testService([['q-one']]);
    inputError(
      () => svc.grade({ questionId: 'q-one', rating: 3, typedAnswer: 'x'.repeat(20_001) }),
      'typedAnswer',
      'typedAnswer must be a string of at most 20000 characters.',
    );
    expect(() => svc.grade({ questionId: 'q-one', rating: 3, typedAnswer: 'x'.repeat(20_000) })).not.toThrow();
  });

  it('checks the fields in order: rating before durationMs before keyPointsChecked before uid', () => {
    const { svc } = testService([['q-one']]);
    const bad = { questionId: 'q-one', rating: 9, durationMs: -1, keyPointsChecked: [9], uid: '' };
    expect(() => svc.grade(bad)).toThrow(expect.objectContaining({ field: 'rating' }));
    expect(() => svc.grade({ ...bad, rating: 3 })).toThrow(expect.objectContaining({ field: 'durationMs' }));
    expect(() => svc.grade({ ...bad, rating: 3, durationMs: 1 })).toThrow(expect.objectContaining({ field: 'keyPointsChecked' }));
    expect(() => svc.grade({ ...bad, rating: 3, durationMs: 1, keyPointsChecked: [0] })).toThrow(expect.objectContaining({ field: 'uid' }));
    expect(svc.exportDoc().reviewLog).toEqual([]);
  });
});

describe('grade: what is written', () => {
  it('stores the review with its fields, under the current id of an alias, and counts the write', () => {
    const { svc } = testService([['q-one', 'old-one'], ['q-two']]);
    expect(svc.writes).toBe(0);
    const r = svc.grade({ questionId: 'old-one', rating: 2, durationMs: 5000, keyPointsChecked: [1, 0], uid: 'abc' });
    expect(svc.writes).toBe(1);
    expect(r.duplicate).toBe(false);
    expect(r.review).toMatchObject({ questionId: 'q-one', rating: 2, reviewedAt: T0, durationMs: 5000, uid: 'abc' });
    expect(r.review.before).toBeNull();
    const doc = svc.exportDoc();
    expect(doc.exportedAt).toBe(new Date(T0).toISOString());
    expect(doc.reviewLog).toEqual([
      expect.objectContaining({
        uid: 'abc',
        questionId: 'q-one',
        rating: 2,
        reviewedAt: T0,
        durationMs: 5000,
        keyPointsChecked: [0, 1],
        undone: false,
      }),
    ]);
    expect(doc.cards.map((c) => c.questionId)).toEqual(['q-one']);
  });
});

describe('settings', () => {
  it('defaults to retention 0.9, 20 new cards, path order, leech threshold 8', () => {
    const { svc } = testService([['q-one']]);
    expect(svc.settings()).toEqual({ retention: 0.9, newLimit: 20, newOrder: 'path', leechThreshold: 8 });
    expect(svc.dashboard().settings).toEqual(svc.settings());
  });

  it('rejects a body that is not an object', () => {
    const { svc } = testService([['q-one']]);
    for (const body of [null, 'x', [1]])
      inputError(() => svc.updateSettings(body), '(body)', 'Send a JSON object with any of retention, newLimit, newOrder, leechThreshold.');
  });

  it('sends the active path elsewhere and names an unknown key', () => {
    const { svc } = testService([['q-one']]);
    inputError(() => svc.updateSettings({ activePath: 'p' }), 'activePath', 'Set the active path with PUT /api/paths/active.');
    inputError(
      () => svc.updateSettings({ colour: 1 }),
      'colour',
      'Unknown setting "colour". The settings are retention, newLimit, newOrder, activePath, leechThreshold.',
    );
  });

  it.each([
    ['retention', [0.69, 0.971, '0.8'], [0.7, 0.97], 'retention must be a number from 0.7 to 0.97.'],
    ['newLimit', [-1, 1001, 1.5], [0, 1000], 'newLimit must be an integer from 0 to 1000.'],
    ['newOrder', ['x', ''], ['topic', 'random', 'path'], 'newOrder must be one of path, topic, random.'],
    ['leechThreshold', [-1, 100, 2.5], [0, 99], 'leechThreshold must be an integer from 0 (off) to 99.'],
  ] as const)('%s: rejects values outside its range and stores the edges', (key, bad, good, message) => {
    const { svc } = testService([['q-one']]);
    for (const v of bad) inputError(() => svc.updateSettings({ [key]: v }), key, message);
    for (const v of good) {
      expect(svc.updateSettings({ [key]: v })[key]).toBe(v);
      expect(svc.settings()[key]).toBe(v);
    }
  });

  it('writes nothing when any key of the patch is bad, and persists a good patch', () => {
    const t = testService([['q-one']]);
    expect(() => t.svc.updateSettings({ newLimit: 5, retention: 2 })).toThrow(StudyInputError);
    expect(t.svc.settings().newLimit).toBe(20);
    expect(t.svc.updateSettings({ newLimit: 5, leechThreshold: 0 })).toEqual({
      retention: 0.9,
      newLimit: 5,
      newOrder: 'path',
      leechThreshold: 0,
    });
    expect(t.svc.exportDoc().settings).toEqual({ newLimit: 5, leechThreshold: 0 });
    t.store.close();
    stores.splice(stores.indexOf(t.store), 1);
    expect(testService([['q-one']], t.dir).svc.settings().newLimit).toBe(5);
  });

  it('reads a stored value that breaks its rule as the default', () => {
    const { svc, store } = testService([['q-one']]);
    store.setSetting('newLimit', -5);
    store.setSetting('retention', 0.5);
    store.setSetting('newOrder', 'sideways');
    store.setSetting('leechThreshold', 3);
    expect(svc.settings()).toEqual({ retention: 0.9, newLimit: 20, newOrder: 'path', leechThreshold: 3 });
  });
});

describe('the daily new-card budget and the day boundary', () => {
  it('counts new cards since local midnight: the budget returns the next day', () => {
    const { svc, clock } = testService([['q-one'], ['q-two']]);
    svc.updateSettings({ newLimit: 1 });
    svc.grade({ questionId: 'q-one', rating: 4 });
    expect(svc.next().card).toBeNull();
    clock.t = Date.UTC(2026, 0, 5, 23, 59, 59, 999);
    expect(svc.next().card).toBeNull();
    clock.t = Date.UTC(2026, 0, 6);
    expect(svc.next().card).toMatchObject({ questionId: 'q-two', isNew: true });
  });

  it('startOfToday is the local midnight', () => {
    const { svc } = testService([['q-one']]);
    expect(svc.startOfToday(T0)).toBe(Date.UTC(2026, 0, 5));
    expect(svc.startOfToday(Date.UTC(2026, 0, 5))).toBe(Date.UTC(2026, 0, 5));
    expect(svc.startOfToday(Date.UTC(2026, 0, 5) - 1)).toBe(Date.UTC(2026, 0, 4));
    expect(svc.tzOffset(T0)).toBe(0);
  });

  it('next skips excluded ids', () => {
    const { svc } = testService([['q-one'], ['q-two'], ['q-three']]);
    expect(svc.next(undefined, ['q-one']).card!.questionId).toBe('q-two');
    expect(svc.next('', ['q-one', 'q-two']).card!.questionId).toBe('q-three');
    expect(svc.next(undefined, ['q-one', 'q-two', 'q-three']).card).toBeNull();
  });
});

describe('addNow and undoAddNow', () => {
  it('rejects a body without a string questionId; an unknown id is a 404', () => {
    const { svc } = testService([['q-one']]);
    for (const body of [null, 'q-one', ['q-one'], {}, { questionId: 3 }])
      inputError(() => svc.addNow(body), 'questionId', 'Send a JSON object: { "questionId": "<question id>" }.');
    expect(() => svc.addNow({ questionId: 'nope' })).toThrow(UnknownQuestionError);
    expect(svc.undoAddNow()).toBeNull();
  });

  it('stores a never-studied question as a new card, and the undo removes it again', () => {
    const { svc, store } = testService([['q-one'], ['q-two']]);
    const added = svc.addNow({ questionId: 'q-two' });
    expect(added).toMatchObject({ questionId: 'q-two', changed: true, card: { state: 'new' } });
    expect(svc.writes).toBe(1);
    expect(store.getCard('q-two' as never)).toEqual(added.card);
    // Already new: unchanged, and the first step can still be taken back.
    expect(svc.addNow({ questionId: 'q-two' })).toMatchObject({ changed: false });
    expect(svc.undoAddNow()).toEqual({ questionId: 'q-two', card: null });
    expect(store.getCard('q-two' as never)).toBeNull();
    expect(svc.writes).toBe(2);
    expect(svc.undoAddNow()).toBeNull();
  });

  it('makes a studied card due now; leaves a card already due; refuses to undo once the card moved on', () => {
    const { svc, store, clock } = testService([['q-one']]);
    const graded = svc.grade({ questionId: 'q-one', rating: 4 }).review.after;
    expect(graded.due).toBeGreaterThan(T0 + DAY);
    clock.t = T0 + 1000;
    const added = svc.addNow({ questionId: 'q-one' });
    expect(added).toEqual({ questionId: 'q-one', changed: true, card: { ...graded, due: T0 + 1000 } });
    expect(store.getCard('q-one' as never)!.due).toBe(T0 + 1000);
    clock.t = T0 + 1000; // due exactly now: left as it is
    expect(svc.addNow({ questionId: 'q-one' })).toMatchObject({ changed: false, card: { due: T0 + 1000 } });
    svc.grade({ questionId: 'q-one', rating: 3 });
    expect(svc.undoAddNow()).toBeNull();
  });

  it('undoes the step when the card is unchanged, restoring the earlier due date', () => {
    const { svc, store } = testService([['q-one']]);
    const graded = svc.grade({ questionId: 'q-one', rating: 4 }).review.after;
    svc.addNow({ questionId: 'q-one' });
    expect(svc.undoAddNow()).toEqual({ questionId: 'q-one', card: graded });
    expect(store.getCard('q-one' as never)).toEqual(graded);
  });
});

describe('undo', () => {
  it('with nothing to undo returns two nulls', () => {
    const { svc } = testService([['q-one']]);
    expect(svc.undo()).toEqual({ undone: null, undoneAction: null });
    expect(svc.writes).toBe(0);
  });

  it('takes back the newer of a grade and a card action; at the same instant the action', () => {
    const { svc, clock } = testService([['q-one'], ['q-two']]);
    svc.grade({ questionId: 'q-one', rating: 3 });
    svc.cardAction({ action: 'flag', questionIds: ['q-two'] });
    expect(svc.marks().get('q-two' as never)?.flagged).toBe(true);
    const first = svc.undo();
    expect(first.undone).toBeNull();
    expect(first.undoneAction).not.toBeNull();
    expect(svc.marks().get('q-two' as never)?.flagged ?? false).toBe(false);
    const second = svc.undo();
    expect(second).toMatchObject({ undone: { questionId: 'q-one', rating: 3 }, undoneAction: null });
    expect(svc.exportDoc().reviewLog[0]!.undone).toBe(true);
    // An action before a grade: the grade goes first.
    clock.t += 1000;
    svc.cardAction({ action: 'flag', questionIds: ['q-two'] });
    clock.t += 1000;
    svc.grade({ questionId: 'q-two', rating: 2 });
    expect(svc.undo()).toMatchObject({ undone: { questionId: 'q-two', rating: 2 }, undoneAction: null });
  });
});

describe('cardList', () => {
  it('lists every question, or just the asked ones through aliases; an unknown id is a 404', () => {
    const { svc } = testService([['q-one', 'old-one'], ['q-two']]);
    expect(svc.cardList()).toMatchObject({ now: T0 });
    expect(svc.cardList().cards.map((c) => c.id)).toEqual(['q-one', 'q-two']);
    expect(svc.cardList(['old-one']).cards.map((c) => c.id)).toEqual(['q-one']);
    expect(() => svc.cardList(['q-two', 'ghost'])).toThrow(UnknownQuestionError);
  });
});
