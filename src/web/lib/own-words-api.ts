// Typed client for the user's own words (src/server/routes-own-words.ts): the answers typed in review for a
// question, and its personal note (read, save; an empty text removes it).

import { ApiFailure, getJson } from './api.js';

export interface TypedAnswer {
  uid: string;
  reviewedAt: number;
  rating: number;
  text: string;
}

export interface QuestionNote {
  questionId: string;
  markdown: string;
  /** Sanitized by the server (core/render/render-personal-note.ts). */
  html: string;
  updatedAt: number | null;
}

const base = (id: string) => `/api/questions/${encodeURIComponent(id)}`;

export const fetchAnswers = (id: string, signal?: AbortSignal) => getJson<{ answers: TypedAnswer[] }>(`${base(id)}/answers`, signal);
export const fetchNote = (id: string, signal?: AbortSignal) => getJson<QuestionNote>(`${base(id)}/note`, signal);

export async function saveNote(id: string, markdown: string): Promise<QuestionNote> {
  const res = await fetch(`${base(id)}/note`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ markdown }),
  });
  const data = (await res.json().catch(() => null)) as (QuestionNote & { error?: { message: string } }) | null;
  if (!res.ok) throw new ApiFailure(res.status, data?.error?.message ?? `Request failed (${res.status}).`);
  return data as QuestionNote;
}
