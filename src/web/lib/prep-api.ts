// API client for study paths, role checklists, mock interviews and notes (routes-prep.ts, routes-notes.ts).
// Reads go through getJson; writes send JSON and turn an error body into an ApiFailure with the server's message.
// The shapes mirror the server's; core types are imported as types only, so the bundle pays nothing for them.

import type { ApiError, MustKnowResponse, NoteDetail, QuestionDetail, ReferencesResponse } from '../../core/api/types.js';
import type { ChecklistItemProgress, DifficultyMix, MockAnswer, MockRecord, MockReport, PathProgress } from '../../core/progress/index.js';
import { ApiFailure, getJson } from './api.js';

export type PathView = PathProgress & { active: boolean };
export interface ChecklistView {
  id: string;
  title: string;
  items: ChecklistItemProgress[];
}

export interface MockOption {
  id: string;
  title: string;
  summary: string;
}
export interface MockOptions {
  formats: MockOption[];
  focuses: MockOption[];
  lengths: { minutes: number; questions: number }[];
}
export interface MockHistoryEntry {
  id: string;
  createdAt: number;
  finishedAt: number | null;
  format: string;
  focus: string;
  questions: number;
  answered: number;
  score: number | null;
}
export type Mix = DifficultyMix;
export type { MockAnswer };
export interface MockView extends MockRecord {
  /** Rendered questions, null for one no longer in the collection. */
  questions: (QuestionDetail | null)[];
  report: MockReport | null;
}
export type MockSetup = { format: string; focus: string; mix: Mix; seed?: number } & ({ minutes: number } | { questions: number });

async function send<T>(method: 'POST' | 'PUT', url: string, body: unknown = {}): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as ApiError | null;
    throw new ApiFailure(res.status, err?.error.message ?? `Request failed (${res.status}).`);
  }
  return (await res.json()) as T;
}

export const getPaths = () => getJson<PathView[]>('/api/paths');
export const getPath = (id: string, signal?: AbortSignal) => getJson<PathView>(`/api/paths/${encodeURIComponent(id)}`, signal);
export const pinPath = (pathId: string | null) => send<{ activePath: string | null }>('PUT', '/api/paths/active', { pathId });

export const getChecklists = () => getJson<ChecklistView[]>('/api/checklists');
export const tickItem = (id: string, ticked: boolean) =>
  send<{ itemId: string; ticked: boolean }>('PUT', `/api/checklists/items/${encodeURIComponent(id)}`, { ticked });

export const getMockHome = () => getJson<{ options: MockOptions; history: MockHistoryEntry[] }>('/api/mock');
export const getMock = (id: string, signal?: AbortSignal) => getJson<MockView>(`/api/mock/${encodeURIComponent(id)}`, signal);
export const createMock = (setup: MockSetup) => send<MockView>('POST', '/api/mock', setup);
export const answerMock = (id: string, answer: { index: number; durationMs: number; keyPointsChecked: number[]; notes?: string }) =>
  send<MockView>('POST', `/api/mock/${encodeURIComponent(id)}/answers`, answer);
export const finishMock = (id: string) => send<MockView>('POST', `/api/mock/${encodeURIComponent(id)}/finish`);
export const reviewMissed = (id: string) => send<{ added: string[] }>('POST', `/api/mock/${encodeURIComponent(id)}/review-missed`);

export const getNote = (slug: string) => getJson<NoteDetail>(`/api/notes/${encodeURIComponent(slug)}`);

/** The review page's scope for one step of a path (steps count from 1 in the URL). */
export const stepScope = (pathId: string, stepIndex: number) => `/review?scope=path:${encodeURIComponent(pathId)}:${stepIndex + 1}`;

/** "Part 4" or "Parts 1-10" for a step on a range of parts; empty for a whole topic. */
export const partsText = (s: { parts?: number[]; partsLabel?: string }) =>
  s.parts ? `Part${s.parts.length > 1 ? 's' : ''} ${s.partsLabel ?? s.parts.join(', ')}` : '';
/** A step as one phrase: "Math Foundations" or "Reinforcement Learning, parts 1-10". */
export const stepLabel = (s: { title: string; parts?: number[]; partsLabel?: string }) =>
  s.parts ? `${s.title}, ${partsText(s).toLowerCase()}` : s.title;

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** 75_000 -> "1:15"; an hour or more -> "1:02:05". */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`;
}

export const getMustKnow = () => getJson<MustKnowResponse>('/api/must-know');
export const getReferences = () => getJson<ReferencesResponse>('/api/references');
