// Typed client for the exercises API (src/server/routes-exercises.ts). Writes send JSON with the headers the
// server's request guard requires (same-origin fetch, Content-Type: application/json).

import type { ExerciseDetail, ExerciseSummary } from '../../core/api/types.js';
import { ApiFailure, getJson } from './api.js';

export interface ExerciseStatus {
  attempts: number;
  solved: boolean;
  lastAttemptAt: number | null;
}
export interface ExerciseListItem extends ExerciseSummary {
  status: ExerciseStatus;
}
export interface TestOutcome {
  name: string;
  doc: string;
  status: 'passed' | 'failed' | 'timeout' | 'not-run';
  message: string | null;
  where: string | null;
  output: string;
  outputTruncated: boolean;
  ms: number;
}
export interface ExerciseRun {
  suite: 'visible' | 'hidden';
  ok: boolean;
  passed: number;
  total: number;
  tests: TestOutcome[];
  problem: string | null;
  log: string;
  timedOut: boolean;
  ms: number;
}
export interface Attempt {
  uid: string;
  suite: 'visible' | 'hidden';
  createdAt: number;
  code: string;
  passed: number;
  total: number;
  ok: boolean;
}
export interface ExercisePageData extends ExerciseDetail {
  linkedQuestions: { id: string; title: string; topicId: string | null }[];
  status: ExerciseStatus;
  draft: { code: string; savedAt: number } | null;
  attempts: Attempt[];
}

async function send<T>(method: string, url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok) throw new ApiFailure(res.status, data?.error?.message ?? `Request failed (${res.status}).`);
  return data as T;
}

export const listExercises = () => getJson<ExerciseListItem[]>('/api/exercises');
export const getExercise = (id: string, signal?: AbortSignal) =>
  getJson<ExercisePageData>(`/api/exercises/${encodeURIComponent(id)}`, signal);
export const getSolution = (id: string) => getJson<{ solution: string }>(`/api/exercises/${encodeURIComponent(id)}/solution`);
export const saveDraft = (id: string, code: string) =>
  send<{ savedAt: number }>('PUT', `/api/exercises/${encodeURIComponent(id)}/draft`, { code });
export const runCode = (id: string, code: string, suite: 'visible' | 'hidden') =>
  send<{ run: ExerciseRun; attempt: Attempt; status: ExerciseStatus }>(
    'POST',
    `/api/exercises/${encodeURIComponent(id)}/${suite === 'visible' ? 'run' : 'submit'}`,
    { code },
  );
