import { describe, expect, it } from 'vitest';
import { formatDuration, loadSession, newSession, saveSession, summarizeSession } from './review-session.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('review session', () => {
  it('survives a reload for the same scope', () => {
    const storage = memoryStorage();
    const s = newSession('topics:01');
    s.graded.push({ questionId: 'a', rating: 3, durationMs: 1200 });
    s.current = { questionId: 'b', shownAt: 5, revealed: true, checked: [0, 2] };
    s.scratch.b = 'draft';
    saveSession(s, storage);
    expect(loadSession('topics:01', storage)).toEqual(s);
  });

  it('starts afresh for another scope or unreadable storage', () => {
    const storage = memoryStorage();
    saveSession({ ...newSession('all'), pinned: 'x' }, storage);
    expect(loadSession('essential', storage)).toEqual(newSession('essential'));
    storage.setItem('mlprep:review-session', '{not json');
    expect(loadSession('all', storage)).toEqual(newSession('all'));
  });

  it('summarizes grades and time', () => {
    const s = summarizeSession([
      { questionId: 'a', rating: 1, durationMs: 1000 },
      { questionId: 'b', rating: 3, durationMs: 2000 },
      { questionId: 'c', rating: 3, durationMs: 6000 },
    ]);
    expect(s).toEqual({ cards: 3, byRating: { 1: 1, 2: 0, 3: 2, 4: 0 }, totalMs: 9000, meanMs: 3000 });
    expect(summarizeSession([]).meanMs).toBe(0);
  });

  it.each([
    [400, '0 s'],
    [45_000, '45 s'],
    [192_000, '3 min 12 s'],
    [180_000, '3 min'],
    [3_900_000, '1 h 5 min'],
    [7_200_000, '2 h'],
  ])('formatDuration(%d) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
