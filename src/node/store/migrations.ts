// Versioned schema migrations. The schema version is SQLite's `user_version`. Migration N takes a database at
// version N-1 to version N; each runs in its own transaction together with the version bump, so a crash leaves
// the database at a whole version. Never edit a released migration: add a new one.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'cards, review log and settings',
    sql: `
      CREATE TABLE cards (
        question_id    TEXT PRIMARY KEY,
        state          TEXT NOT NULL CHECK (state IN ('new','learning','review','relearning')),
        due            INTEGER NOT NULL,
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        scheduled_days REAL NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        last_review    INTEGER,
        created_at     INTEGER NOT NULL
      );
      CREATE INDEX cards_due ON cards (due);
      CREATE TABLE review_log (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
        uid                TEXT NOT NULL UNIQUE,
        question_id        TEXT NOT NULL,
        rating             INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviewed_at        INTEGER NOT NULL,
        duration_ms        INTEGER,
        key_points_checked TEXT NOT NULL DEFAULT '[]',
        state_before       TEXT,
        state_after        TEXT NOT NULL,
        undone             INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX review_log_time ON review_log (reviewed_at);
      CREATE INDEX review_log_question ON review_log (question_id, reviewed_at);
      -- Reviews per UTC hour, kept by the same transactions that write review_log, so that per-day figures in
      -- any time zone are sums over at most 24 x days rows instead of scans of the whole log.
      CREATE TABLE review_hours (
        hour      INTEGER PRIMARY KEY,
        reviews   INTEGER NOT NULL,
        new_cards INTEGER NOT NULL
      );
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'checklist ticks and mock interviews',
    sql: `
      CREATE TABLE checklist_ticks (
        item_id   TEXT PRIMARY KEY,
        ticked_at INTEGER NOT NULL
      );
      CREATE TABLE mocks (
        id           TEXT PRIMARY KEY,
        created_at   INTEGER NOT NULL,
        config       TEXT NOT NULL,
        question_ids TEXT NOT NULL,
        finished_at  INTEGER
      );
      CREATE INDEX mocks_created ON mocks (created_at);
      CREATE TABLE mock_answers (
        mock_id            TEXT NOT NULL REFERENCES mocks(id) ON DELETE CASCADE,
        idx                INTEGER NOT NULL,
        question_id        TEXT NOT NULL,
        answered_at        INTEGER NOT NULL,
        duration_ms        INTEGER NOT NULL,
        notes              TEXT NOT NULL DEFAULT '',
        key_points_checked TEXT NOT NULL,
        key_points_total   INTEGER NOT NULL,
        PRIMARY KEY (mock_id, idx)
      );
    `,
  },
  {
    version: 3,
    description: 'mark review-log rows that came from an import, so undo only ever takes back a grade made here',
    sql: `ALTER TABLE review_log ADD COLUMN imported INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    version: 4,
    // Interview plans (issue 30): a date, a review scope and the minutes a day; several can exist, the nearest
    // drives the day. Kept past their date (history), exported and imported with the rest of the progress.
    description: 'interview plans: date, scope, minutes per day and target share',
    sql: `
      CREATE TABLE interview_plans (
        id              TEXT PRIMARY KEY,
        interview_date  TEXT NOT NULL,
        scope           TEXT NOT NULL,
        minutes_per_day INTEGER NOT NULL CHECK (minutes_per_day > 0),
        target          REAL NOT NULL,
        created_at      INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    // Every Run (visible tests) and Submit (hidden tests) of a coding exercise, with the code and the per-test
    // outcome, plus the editor's autosaved draft per exercise. An exercise is solved once a hidden run passed.
    // `uid` is random so an import can skip attempts it already holds.
    description: 'coding exercises: attempts with per-test results, and autosaved drafts',
    sql: `
      CREATE TABLE exercise_attempts (
        uid         TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        suite       TEXT NOT NULL CHECK (suite IN ('visible', 'hidden')),
        created_at  INTEGER NOT NULL,
        code        TEXT NOT NULL,
        passed      INTEGER NOT NULL,
        total       INTEGER NOT NULL,
        ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
        results     TEXT NOT NULL
      );
      CREATE INDEX exercise_attempts_by_exercise ON exercise_attempts (exercise_id, created_at);
      CREATE TABLE exercise_drafts (
        exercise_id TEXT PRIMARY KEY,
        code        TEXT NOT NULL,
        saved_at    INTEGER NOT NULL
      );
    `,
  },
  {
    version: 6,
    // The user's own words (issue 16): the answer typed in review, stored with the review it was graded in (null
    // when nothing was typed, and for every review made before this version), and one markdown note per
    // question, kept by question id like the cards (an orphaned note is kept, never deleted).
    description: 'typed answers on reviews, and personal notes per question',
    sql: `
      ALTER TABLE review_log ADD COLUMN typed_answer TEXT;
      CREATE TABLE question_notes (
        question_id TEXT PRIMARY KEY,
        markdown    TEXT NOT NULL,
        updated_at  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 7,
    // Card management (issue 16): flags, suspensions, buries and leech marks per question (studied or not, so
    // not columns of `cards`), and the log of those actions with each card's prior marks and FSRS row, which is
    // what undo restores. A row whose marks are all cleared is deleted, so the table holds only marked cards.
    description: 'card marks (flag, suspend, bury, leech) and the undoable log of card actions',
    sql: `
      CREATE TABLE card_marks (
        question_id  TEXT PRIMARY KEY,
        flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
        suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
        buried_until INTEGER,
        leech        INTEGER NOT NULL DEFAULT 0 CHECK (leech IN (0, 1)),
        leech_at     INTEGER,
        updated_at   INTEGER NOT NULL
      );
      CREATE TABLE card_actions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        action     TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        before     TEXT NOT NULL,
        undone     INTEGER NOT NULL DEFAULT 0
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
