// Test helper: a StudyService over a one-topic catalog, a fresh progress folder, a fixed clock and no fuzz.
// Stores it opens are collected in `stores` so each test file can close them after each test.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTopic } from '../../core/parse/index.js';
import { catalogFromVault } from '../../core/progress/index.js';
import { topicSource } from '../../core/progress/test-catalog.js';
import { ProgressStore } from '../store/progress-store.js';
import { expect } from 'vitest';
import { StudyInputError, StudyService } from './study-service.js';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const stores: ProgressStore[] = [];

/** Questions as `[id, aliases?]`, each with `keyPoints` key points, in part 1 of topic 01. */
export function testService(
  qs: [string, string?][],
  dir = mkdtempSync(path.join(os.tmpdir(), 'mlprep-svc-')),
  clock = { t: T0 },
  keyPoints = 4,
) {
  const topic = parseTopic(
    '01_T.md',
    topicSource('01', [[1, qs.map(([id, aliases]) => ({ id, keyPoints, ...(aliases ? { aliases } : {}) }))]]),
  ).topic!;
  const store = ProgressStore.inDir(dir);
  stores.push(store);
  const svc = new StudyService({
    store,
    topics: catalogFromVault({ topics: [topic], notes: [], plan: null, diagnostics: [], exercises: [], figures: [] }),
    plan: null,
    now: () => clock.t,
    fuzz: false,
    tzOffsetMs: () => 0,
  });
  return { svc, store, dir, clock };
}

/** Asserts that `fn` throws a StudyInputError with exactly this field and message. */
export function inputError(fn: () => unknown, field: string, message: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(StudyInputError);
  expect({ field: (caught as StudyInputError).field, message: (caught as Error).message }).toEqual({ field, message });
}
