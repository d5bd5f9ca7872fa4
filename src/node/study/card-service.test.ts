import { afterEach, describe, expect, it } from 'vitest';
import { exportProgress, importProgress } from '../store/progress-io.js';
import { stores, T0, testService } from './test-service.js';

afterEach(() => stores.splice(0).forEach((s) => s.close()));

const ids = ['q-one', 'q-two', 'q-three'].map((id): [string] => [id]);

/** Grades `id` until it has lapsed `n` times: Good until it is in review, then Again (a lapse), and so on. */
function lapse(svc: ReturnType<typeof testService>['svc'], clock: { t: number }, id: string, n: number): void {
  for (let guard = 0; guard < 200; guard++) {
    const card = svc.store.getCard(id as never);
    if ((card?.lapses ?? 0) >= n) return;
    if (card) clock.t = Math.max(clock.t, card.due) + 1000;
    svc.grade({ questionId: id, rating: card?.state === 'review' ? 1 : 3 });
  }
  throw new Error('did not reach the lapses');
}

describe('card actions', () => {
  it('suspends, buries and flags; the queue and the dashboard respect them', () => {
    const { svc } = testService(ids);
    svc.cardAction({ action: 'suspend', questionIds: ['q-one'] });
    svc.cardAction({ action: 'bury', questionIds: ['q-two'] });
    expect(svc.next().card!.questionId).toBe('q-three');
    expect(svc.next().counts.new).toBe(1);
    expect(svc.dashboard().newAvailable).toBe(1);
    svc.cardAction({ action: 'flag', questionIds: ['q-three', 'q-one'] });
    expect(svc.next('flagged').card!.questionId).toBe('q-three');
    expect(svc.resolve('flagged').questionIds).toEqual(['q-one', 'q-three']);
    svc.cardAction({ action: 'unflag', questionIds: ['q-three'] });
    expect(svc.resolve('flagged').questionIds).toEqual(['q-one']);
    const rows = svc.cardList().cards;
    expect(rows.map((r) => r.states)).toEqual([['new', 'suspended', 'flagged'], ['new', 'buried'], ['new']]);
  });

  it('a bury lasts until the next local midnight of the user’s zone', () => {
    const { svc, clock } = testService(ids);
    clock.t = Date.UTC(2026, 0, 5, 23, 0); // tzOffset is 0 in the test service
    svc.cardAction({ action: 'bury', questionIds: ['q-one', 'q-two', 'q-three'] });
    expect(svc.next().card).toBeNull();
    clock.t = Date.UTC(2026, 0, 5, 23, 59, 59);
    expect(svc.next().card).toBeNull();
    clock.t = Date.UTC(2026, 0, 6, 0, 0);
    expect(svc.next().card!.questionId).toBe('q-one');
  });

  it('reset to new forgets the FSRS state and keeps the history; undo brings the state back', () => {
    const { svc } = testService(ids);
    svc.grade({ questionId: 'q-one', rating: 3 });
    const before = svc.store.getCard('q-one' as never);
    svc.cardAction({ action: 'reset', questionIds: ['q-one'] });
    expect(svc.store.getCard('q-one' as never)).toBeNull();
    expect(svc.cardList().cards[0]).toMatchObject({ state: 'new', lastRating: 3, due: null });
    expect(svc.store.reviews()).toHaveLength(1);
    const { undoneAction } = svc.undo();
    expect(undoneAction).toMatchObject({ action: 'reset', questionIds: ['q-one'] });
    expect(svc.store.getCard('q-one' as never)).toEqual(before);
  });

  it('undo takes back the newest change, a bulk action or a grade, one at a time', () => {
    const { svc, clock } = testService(ids);
    svc.grade({ questionId: 'q-one', rating: 3 });
    clock.t += 1000;
    svc.cardAction({ action: 'flag', questionIds: ['q-two'] });
    clock.t += 1000;
    svc.cardAction({ action: 'suspend', questionIds: ['q-one', 'q-two', 'q-three'] });
    expect(svc.next().card).toBeNull();
    expect(svc.undo().undoneAction).toMatchObject({ action: 'suspend', questionIds: ['q-one', 'q-two', 'q-three'] });
    expect(svc.cardList().cards.map((c) => c.suspended)).toEqual([false, false, false]);
    expect(svc.undo().undoneAction).toMatchObject({ action: 'flag' });
    expect(svc.cardList().cards[1]!.flagged).toBe(false);
    expect(svc.undo().undone).toMatchObject({ questionId: 'q-one', rating: 3 });
    expect(svc.undo()).toEqual({ undone: null, undoneAction: null });
  });

  it('names the field of a bad action body', () => {
    const { svc } = testService(ids);
    expect(() => svc.cardAction({ action: 'delete', questionIds: ['q-one'] })).toThrow(expect.objectContaining({ field: 'action' }));
    expect(() => svc.cardAction({ action: 'flag', questionIds: [] })).toThrow(expect.objectContaining({ field: 'questionIds' }));
    expect(() => svc.cardAction({ action: 'flag', questionIds: ['q-one', 3] })).toThrow(
      expect.objectContaining({ field: 'questionIds[1]' }),
    );
    expect(() => svc.cardAction({ action: 'flag', questionIds: ['nope'] })).toThrow(/No question with id "nope"/);
    expect(() => svc.cardAction([])).toThrow(expect.objectContaining({ field: '(body)' }));
  });
});

describe('leeches', () => {
  it('suspends and marks a card on its 8th lapse, not before; undoing that grade lifts both', () => {
    const { svc, clock } = testService(ids);
    lapse(svc, clock, 'q-one', 7);
    expect(svc.cardList().cards[0]).toMatchObject({ leech: false, suspended: false, lapses: 7 });
    lapse(svc, clock, 'q-one', 8);
    expect(svc.cardList().cards[0]).toMatchObject({ leech: true, suspended: true, lapses: 8 });
    expect(svc.dashboard().marked.leeches).toBe(1);
    expect(svc.next().card?.questionId).not.toBe('q-one');
    expect(svc.undo().undone!.rating).toBe(1);
    expect(svc.cardList().cards[0]).toMatchObject({ leech: false, suspended: false, lapses: 7 });
  });

  it('follows the threshold setting, and 0 turns detection off', () => {
    const off = testService(ids);
    off.svc.updateSettings({ leechThreshold: 0 });
    lapse(off.svc, off.clock, 'q-one', 9);
    expect(off.svc.cardList().cards[0]).toMatchObject({ leech: false, suspended: false });
    const low = testService(ids);
    low.svc.updateSettings({ leechThreshold: 2 });
    lapse(low.svc, low.clock, 'q-two', 2);
    expect(low.svc.cardList().cards[1]).toMatchObject({ leech: true, suspended: true });
    expect(() => low.svc.updateSettings({ leechThreshold: -1 })).toThrow(expect.objectContaining({ field: 'leechThreshold' }));
    expect(() => low.svc.updateSettings({ leechThreshold: 2.5 })).toThrow(expect.objectContaining({ field: 'leechThreshold' }));
  });
});

describe('card marks in progress export/import', () => {
  it('round-trips flags, suspensions, buries and leech marks losslessly (format 4)', () => {
    const a = testService(ids);
    a.svc.updateSettings({ leechThreshold: 1 });
    lapse(a.svc, a.clock, 'q-one', 1);
    a.svc.cardAction({ action: 'flag', questionIds: ['q-one', 'q-two'] });
    a.svc.cardAction({ action: 'bury', questionIds: ['q-three'] });
    const doc = exportProgress(a.store, a.clock.t);
    expect(doc.version).toBe(4);
    expect(doc.cardMarks.map((m) => [m.questionId, m.flagged, m.suspended, m.leech, m.buriedUntil !== null])).toEqual([
      ['q-one', true, true, true, false],
      ['q-three', false, false, false, true],
      ['q-two', true, false, false, false],
    ]);
    const b = testService(ids);
    expect(importProgress(b.store, JSON.parse(JSON.stringify(doc))).cardMarksUpdated).toBe(3);
    expect(exportProgress(b.store, a.clock.t)).toEqual(doc);
    expect(importProgress(b.store, doc).cardMarksUpdated).toBe(0);
    b.clock.t = a.clock.t;
    expect(b.svc.cardList().cards.map((c) => c.states)).toEqual(a.svc.cardList().cards.map((c) => c.states));
  });

  it('still imports a format-3 document (no cardMarks) and rejects bad marks naming the field', () => {
    const a = testService(ids);
    a.svc.grade({ questionId: 'q-one', rating: 3 });
    const { cardMarks: _, ...rest } = exportProgress(a.store, T0);
    const v3 = { ...rest, version: 3 };
    const b = testService(ids);
    expect(importProgress(b.store, v3)).toMatchObject({ cardsAdded: 1, reviewsAdded: 1, cardMarksUpdated: 0 });
    const bad = (m: unknown) => () => importProgress(b.store, { ...v3, version: 4, cardMarks: [m] });
    const ok = { questionId: 'q-one', flagged: true, suspended: false, buriedUntil: null, leech: false, leechAt: null, updatedAt: T0 };
    expect(bad({ ...ok, flagged: 'yes' })).toThrow(/cardMarks\[0\]\.flagged: must be true or false/);
    expect(bad({ ...ok, buriedUntil: -5 })).toThrow(/cardMarks\[0\]\.buriedUntil/);
    expect(bad({ ...ok, questionId: '' })).toThrow(/cardMarks\[0\]\.questionId/);
    expect(() => importProgress(b.store, { ...v3, version: 4, cardMarks: {} })).toThrow(/cardMarks: must be an array/);
    expect(bad(ok)).not.toThrow();
    expect(b.svc.resolve('flagged').questionIds).toEqual(['q-one']);
  });
});

describe('migration 7', () => {
  it('creates the card tables and a reset clears them', async () => {
    const { svc, store } = testService(ids);
    svc.cardAction({ action: 'flag', questionIds: ['q-one'] });
    await svc.reset();
    expect(store.db.prepare('SELECT count(*) AS n FROM card_marks').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT count(*) AS n FROM card_actions').get()).toEqual({ n: 0 });
    expect(svc.cardList().cards[0]!.flagged).toBe(false);
  });
});
