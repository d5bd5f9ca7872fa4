// Progress files and databases that validate structurally but would break the app: out-of-range settings and
// FSRS fields are refused at import with the field named; values that reach the database some other way read
// back in range; and undo after an import takes back the user's own grade, never the imported one.

import { afterEach, describe, expect, it } from 'vitest';
import { ImportError, type ProgressDocument } from '../store/progress-io.js';
import { stores, T0, testService } from './test-service.js';

afterEach(() => stores.splice(0).forEach((s) => s.close()));

const service = (clock = { t: T0 }) => testService([['q-one'], ['q-two'], ['q-three']], undefined, clock, 3);

/** A valid export with one reviewed card, to be spoiled one field at a time. */
function goodDoc(): ProgressDocument {
  const { svc } = service();
  svc.grade({ questionId: 'q-one', rating: 3, uid: 'src-1' });
  return svc.exportDoc();
}

describe('import refuses values that would break scheduling', () => {
  it.each<[string, (d: ProgressDocument) => void, string]>([
    ['retention 5', (d) => (d.settings.retention = 5), 'settings.retention'],
    ['an unknown setting', (d) => (d.settings.colour = 'red'), 'settings.colour'],
    ['a negative stability', (d) => (d.cards[0]!.stability = -3), 'cards[0].stability'],
    ['stability 1e308', (d) => (d.cards[0]!.stability = 1e308), 'cards[0].stability'],
    ['a negative difficulty', (d) => (d.cards[0]!.difficulty = -1), 'cards[0].difficulty'],
    ['difficulty 11', (d) => (d.cards[0]!.difficulty = 11), 'cards[0].difficulty'],
    ['a due time past the Date range', (d) => (d.cards[0]!.due = 9e15), 'cards[0].due'],
    ['a negative review time', (d) => (d.reviewLog[0]!.reviewedAt = -5), 'reviewLog[0].reviewedAt'],
    ['a bad state after a review', (d) => (d.reviewLog[0]!.after.stability = Number.MAX_VALUE), 'reviewLog[0].after.stability'],
    ['version 1.5', (d) => (d.version = 1.5), 'version'],
  ])('%s', (_name, spoil, field) => {
    const doc = goodDoc();
    spoil(doc);
    const { svc } = service();
    expect(() => svc.importDoc(JSON.parse(JSON.stringify(doc)))).toThrow(ImportError);
    expect(() => svc.importDoc(JSON.parse(JSON.stringify(doc)))).toThrow(field);
    expect(svc.exportDoc().reviewLog).toHaveLength(0);
  });

  it('accepts the unspoilt document', () => {
    const { svc } = service();
    expect(svc.importDoc(goodDoc())).toMatchObject({ cardsAdded: 1, reviewsAdded: 1 });
  });
});

describe('a database edited by hand degrades instead of failing', () => {
  it('out-of-range settings read as defaults, and out-of-range cards still schedule', () => {
    const { svc, store, clock } = service();
    svc.grade({ questionId: 'q-one', rating: 3 });
    store.db.prepare("UPDATE settings SET value = '5' WHERE key = 'retention'").run();
    store.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('retention', '5'), ('newLimit', '-4')").run();
    store.db.prepare("UPDATE cards SET stability = 1e308, difficulty = -7, due = 9e15 WHERE question_id = 'q-one'").run();
    store.invalidate();
    expect(svc.settings()).toMatchObject({ retention: 0.9, newLimit: 20 });
    clock.t += 86_400_000;
    expect(() => svc.next()).not.toThrow();
    const graded = svc.grade({ questionId: 'q-one', rating: 3 });
    expect(Number.isFinite(graded.review.after.stability)).toBe(true);
    expect(graded.review.after.stability).toBeLessThanOrEqual(36_500);
    expect(svc.exportDoc().cards.every((c) => c.difficulty >= 0 && c.difficulty <= 10)).toBe(true);
  });
});

describe('undo after an import', () => {
  it('takes back the user’s own last grade, not the imported review, and keeps the user’s other cards', () => {
    const { svc, clock } = service();
    svc.grade({ questionId: 'q-two', rating: 3, uid: 'mine-1' });
    clock.t += 60_000;
    // Someone else's history for another question, reviewed later than the user's grade.
    const other = service({ t: T0 + 120_000 });
    other.svc.grade({ questionId: 'q-three', rating: 4, uid: 'theirs-1' });
    svc.importDoc(other.svc.exportDoc());
    const undone = svc.undo();
    expect(undone.undone?.uid).toBe('mine-1');
    const doc = svc.exportDoc();
    expect(doc.cards.map((c) => c.questionId)).toEqual(['q-three']);
    expect(doc.reviewLog.find((r) => r.uid === 'theirs-1')?.undone).toBe(false);
  });

  it('never restores an older state over a newer imported one', () => {
    const { svc, clock } = service();
    svc.grade({ questionId: 'q-one', rating: 3, uid: 'mine-1' });
    const other = service({ t: clock.t + 3_600_000 });
    other.svc.grade({ questionId: 'q-one', rating: 1, uid: 'theirs-1' });
    svc.importDoc(other.svc.exportDoc());
    const before = svc.exportDoc().cards[0];
    expect(svc.undo()).toEqual({ undone: null, undoneAction: null });
    expect(svc.exportDoc().cards[0]).toEqual(before);
  });
});
