// Typed client for the study API (src/server/routes-study.ts): the review queue, grading, undo, the dashboard,
// settings and progress export/import/reset. Grades carry a client-made `uid` and are retried with the same
// uid on a network failure or a 5xx, so a retried request is never applied twice (the server dedupes on it).

import type { QuestionDetail, ReviewCardInfo, ReviewNext } from '../../core/api/types.js';
import type { Dashboard } from '../../core/progress/index.js';
import type { CardState, NewOrder, Rating } from '../../core/schedule/index.js';
import { ApiFailure, getJson } from './api.js';

export interface ReviewCard extends ReviewCardInfo {
  question: QuestionDetail | null;
}

export type NextResponse = ReviewNext<ReviewCard>;

export interface GradeRequest {
  questionId: string;
  rating: Rating;
  durationMs?: number;
  keyPointsChecked?: number[];
  /** What the user typed before reveal; stored with the review (at most 20,000 characters). */
  typedAnswer?: string;
  uid: string;
}

export interface GradeResponse {
  state: CardState;
  duplicate: boolean;
  suggested: Rating | null;
}

export interface StudySettings {
  retention: number;
  newLimit: number;
  newOrder: NewOrder;
  /** Lapses that make a card a leech (suspended, listed on /cards); 0 is off. */
  leechThreshold: number;
}

export interface Orphan {
  questionId: string;
  reviews: number;
  lastReview: number | null;
}

export type DashboardResponse = Dashboard & { orphans: Orphan[]; settings: StudySettings };

export interface ImportSummary {
  cardsAdded: number;
  cardsUpdated: number;
  reviewsAdded: number;
  reviewsSkipped: number;
  typedAnswersAdded: number;
  notesUpdated: number;
}

async function send<T>(method: string, url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok) throw new ApiFailure(res.status, data?.error?.message ?? `Request failed (${res.status}).`);
  return data as T;
}

export function fetchNext(scope: string, exclude: readonly string[] = [], signal?: AbortSignal): Promise<NextResponse> {
  const qs = new URLSearchParams({ scope });
  if (exclude.length) qs.set('exclude', exclude.join(','));
  return getJson<NextResponse>(`/api/review/next?${qs}`, signal);
}

/** A fresh id per grade; randomUUID needs a secure context, which 127.0.0.1 is, but keep a fallback. */
export function newUid(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Posts a grade, retrying transient failures (network, 5xx) with the same uid; 4xx is final. */
export async function postGrade(req: GradeRequest, attempts = 3): Promise<GradeResponse> {
  for (let i = 1; ; i++) {
    try {
      return await send<GradeResponse>('POST', '/api/review', req);
    } catch (err) {
      const transient = !(err instanceof ApiFailure) || err.status >= 500;
      if (!transient || i >= attempts) throw err;
      await wait(200 * i);
    }
  }
}

/** What undo took back: a grade (`undone`) or a card action such as a bulk suspend (`undoneAction`). */
export interface UndoResponse {
  undone: { questionId: string; rating: Rating } | null;
  undoneAction: { action: string; questionIds: string[] } | null;
}
export const postUndo = () => send<UndoResponse>('POST', '/api/review/undo', {});
export const fetchDashboard = (signal?: AbortSignal) => getJson<DashboardResponse>('/api/dashboard', signal);
export const fetchSettings = () => getJson<StudySettings>('/api/settings');
export const saveSettings = (patch: Partial<StudySettings>) => send<StudySettings>('PUT', '/api/settings', patch);
export const EXPORT_URL = '/api/progress/export';
/** The file's text goes as is: the server validates it and answers 400 with the reason. */
export const importProgress = (json: string) => send<{ imported: ImportSummary }>('POST', '/api/progress/import', json);
export const resetProgress = () => send<{ reset: true; backup: string }>('POST', '/api/progress/reset', { confirm: true });

export interface AddNowResponse {
  questionId: string;
  /** False when the card was already due (or already requested): nothing changed. */
  changed: boolean;
  card: CardState;
}
export const postAddNow = (questionId: string) => send<AddNowResponse>('POST', '/api/review/add-now', { questionId });
export const postAddNowUndo = () =>
  send<{ restored: { questionId: string; card: CardState | null } | null }>('POST', '/api/review/add-now/undo', {});
