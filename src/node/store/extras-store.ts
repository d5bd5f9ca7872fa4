// Checklist ticks and mock interviews in the progress database (schema version 2). Every write is one
// transaction; reads return plain objects. Export/import carries both (see progress-io.ts).

import type { MockAnswer, MockConfig, MockRecord } from '../../core/progress/index.js';
import type { ProgressStore } from './progress-store.js';

export type { MockAnswer, MockConfig, MockRecord };

export function tickedItems(store: ProgressStore): Map<string, number> {
  return new Map(
    store.db
      .prepare<[], { item_id: string; ticked_at: number }>('SELECT item_id, ticked_at FROM checklist_ticks')
      .all()
      .map((r) => [r.item_id, r.ticked_at]),
  );
}

export function setTick(store: ProgressStore, itemId: string, ticked: boolean, now: number): void {
  store.db
    .transaction(() => {
      if (ticked)
        store.db.prepare('INSERT INTO checklist_ticks (item_id, ticked_at) VALUES (?, ?) ON CONFLICT(item_id) DO NOTHING').run(itemId, now);
      else store.db.prepare('DELETE FROM checklist_ticks WHERE item_id = ?').run(itemId);
    })
    .immediate();
}

export function insertMock(store: ProgressStore, mock: Omit<MockRecord, 'answers' | 'finishedAt'>): void {
  store.db
    .transaction(() => {
      store.db
        .prepare('INSERT INTO mocks (id, created_at, config, question_ids, finished_at) VALUES (?, ?, ?, ?, NULL)')
        .run(mock.id, mock.createdAt, JSON.stringify(mock.config), JSON.stringify(mock.questionIds));
    })
    .immediate();
}

interface MockRow {
  id: string;
  created_at: number;
  config: string;
  question_ids: string;
  finished_at: number | null;
}

interface AnswerRow {
  idx: number;
  question_id: string;
  answered_at: number;
  duration_ms: number;
  notes: string;
  key_points_checked: string;
  key_points_total: number;
}

const toAnswer = (a: AnswerRow): MockAnswer => ({
  index: a.idx,
  questionId: a.question_id,
  answeredAt: a.answered_at,
  durationMs: a.duration_ms,
  notes: a.notes,
  keyPointsChecked: JSON.parse(a.key_points_checked) as number[],
  keyPointsTotal: a.key_points_total,
});

export function getMock(store: ProgressStore, id: string): MockRecord | null {
  const row = store.db.prepare<[string], MockRow>('SELECT * FROM mocks WHERE id = ?').get(id);
  if (!row) return null;
  const answers = store.db.prepare<[string], AnswerRow>('SELECT * FROM mock_answers WHERE mock_id = ? ORDER BY idx').all(id).map(toAnswer);
  return {
    id: row.id,
    createdAt: row.created_at,
    config: JSON.parse(row.config) as MockConfig,
    questionIds: JSON.parse(row.question_ids) as string[],
    finishedAt: row.finished_at,
    answers,
  };
}

export function listMocks(store: ProgressStore): MockRecord[] {
  const ids = store.db.prepare<[], { id: string }>('SELECT id FROM mocks ORDER BY created_at, rowid').all();
  return ids.map((r) => getMock(store, r.id)!);
}

/** Records (or replaces) the answer to one question of a mock. */
export function putMockAnswer(store: ProgressStore, mockId: string, answer: MockAnswer): void {
  store.db
    .transaction(() => {
      store.db
        .prepare(
          `INSERT INTO mock_answers (mock_id, idx, question_id, answered_at, duration_ms, notes, key_points_checked, key_points_total)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(mock_id, idx) DO UPDATE SET answered_at = excluded.answered_at, duration_ms = excluded.duration_ms,
             notes = excluded.notes, key_points_checked = excluded.key_points_checked, key_points_total = excluded.key_points_total`,
        )
        .run(
          mockId,
          answer.index,
          answer.questionId,
          answer.answeredAt,
          answer.durationMs,
          answer.notes,
          JSON.stringify(answer.keyPointsChecked),
          answer.keyPointsTotal,
        );
    })
    .immediate();
}

export function finishMock(store: ProgressStore, mockId: string, now: number): void {
  store.db
    .transaction(() => store.db.prepare('UPDATE mocks SET finished_at = coalesce(finished_at, ?) WHERE id = ?').run(now, mockId))
    .immediate();
}
