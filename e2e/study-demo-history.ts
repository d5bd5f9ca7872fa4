// A made-up but plausible study history for screenshots: `days` days of daily sessions over the given
// questions, graded through the real scheduler (fuzz off), as a progress document that POST
// /api/progress/import accepts. Seeded, so the same inputs give the same history.

import { createScheduler, type CardState, type Rating } from '../src/core/schedule/index.js';
import { seededRandom } from '../src/core/schedule/queue.js';

const DAY = 86_400_000;

export function demoHistory(questionIds: readonly string[], now: number, days = 75, seed = 7) {
  const rnd = seededRandom(seed);
  const scheduler = createScheduler({ retention: 0.9, fuzz: false });
  const cards = new Map<string, CardState & { createdAt: number }>();
  const reviewLog: Record<string, unknown>[] = [];
  // Leave the last two questions unseen so that "new available" is not zero.
  const pool = questionIds.slice(0, Math.max(0, questionIds.length - 2));
  let introduced = 0;
  for (let d = days; d >= 0; d--) {
    if (d > 3 && rnd() < 0.25) continue; // skipped days break the streak now and then; the last days keep one
    // Today's session is an hour ago; other days' sessions start between 09:00 and 19:00 (roughly).
    let t = Math.round(d === 0 ? now - 3_600_000 : now - d * DAY + (9 + rnd() * 10) * 3_600_000);
    if (introduced < pool.length && rnd() < 0.3) introduced++;
    for (const id of pool.slice(0, introduced)) {
      const before = cards.get(id) ?? null;
      if (before && before.due > t) continue;
      const r = rnd();
      const rating = (r < 0.12 ? 1 : r < 0.3 ? 2 : r < 0.9 ? 3 : 4) as Rating;
      const after = scheduler.grade(before ?? scheduler.newCard(t), t, rating);
      reviewLog.push({
        uid: `demo-${reviewLog.length}`,
        questionId: id,
        rating,
        reviewedAt: t,
        durationMs: Math.round(20_000 + rnd() * 90_000),
        keyPointsChecked: [],
        before,
        after,
        undone: false,
      });
      cards.set(id, { ...after, createdAt: before?.createdAt ?? t });
      t += Math.round(60_000 + rnd() * 120_000);
    }
  }
  return {
    format: 'mlprep-progress',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    cards: [...cards].map(([questionId, c]) => ({ questionId, ...c })).sort((a, b) => a.questionId.localeCompare(b.questionId)),
    reviewLog,
    settings: {},
    checklistTicks: [],
    mocks: [],
  };
}
