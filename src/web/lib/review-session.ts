// A review session as this tab remembers it: the grades given so far (for the summary), the card on screen
// (when it was shown, whether it was revealed, which key points were ticked), the card to show again after an
// undo, and unsent scratch answers. Progress itself lives on the server; this is only what a reload would
// otherwise lose, kept in sessionStorage (per tab, gone when the tab closes). A new scope starts a new session.

import type { Rating } from '../../core/schedule/index.js';

export interface GradedCard {
  questionId: string;
  rating: Rating;
  durationMs: number;
}

export interface CurrentCard {
  questionId: string;
  /** Epoch ms when the card was first shown; the time taken is measured from here. */
  shownAt: number;
  revealed: boolean;
  checked: number[];
}

export interface ReviewSession {
  scope: string;
  graded: GradedCard[];
  current: CurrentCard | null;
  /** A card just brought back by undo: shown next, before the queue's own choice. */
  pinned: string | null;
  /** Scratch answers by question id, dropped once the card is graded. */
  scratch: Record<string, string>;
}

const KEY = 'mlprep:review-session';

export const newSession = (scope: string): ReviewSession => ({ scope, graded: [], current: null, pinned: null, scratch: {} });

/** The stored session when it is for this scope, else a fresh one. Unreadable storage counts as empty. */
export function loadSession(scope: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage): ReviewSession {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? 'null') as ReviewSession | null;
    if (saved && saved.scope === scope && Array.isArray(saved.graded)) return { ...newSession(scope), ...saved };
  } catch {
    // A corrupt or blocked store: start afresh rather than fail the page.
  }
  return newSession(scope);
}

export function saveSession(session: ReviewSession, storage: Pick<Storage, 'setItem'> | undefined = globalThis.sessionStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(session));
  } catch {
    // Quota or privacy mode: the session still works, it just will not survive a reload.
  }
}

export interface SessionSummary {
  cards: number;
  byRating: Record<Rating, number>;
  totalMs: number;
  meanMs: number;
}

export function summarizeSession(graded: readonly GradedCard[]): SessionSummary {
  const byRating: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let totalMs = 0;
  for (const g of graded) {
    byRating[g.rating]++;
    totalMs += g.durationMs;
  }
  return { cards: graded.length, byRating, totalMs, meanMs: graded.length ? totalMs / graded.length : 0 };
}

/** "45 s", "3 min 12 s", "1 h 5 min": a duration for people, rounded to the second. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return s % 60 ? `${min} min ${s % 60} s` : `${min} min`;
  const h = Math.floor(min / 60);
  return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
}
