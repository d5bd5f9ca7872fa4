// The planner's figures for the issue's closing note (issue 30): expected share of a scope recalled on the
// interview day, planned schedule vs plain FSRS due order on the same minutes a day, over seeded simulated
// students (src/core/plan/simulate.ts: recall drawn from the FSRS model, grades through ts-fsrs, fuzz off).
// Scopes: the ML Engineer path (content/study.yaml, id ml-engineer) and its role checklist; a new student and one
// who studied a third of the path before a three-week break. Costs: the planner's stated defaults.
// Run: npx tsx bench/plan-simulation.ts   (SEEDS to change the number of students per cell, default 5)

import path from 'node:path';
import type { QuestionId } from '../src/core/model/index.js';
import { DEFAULT_NEW_MINUTES, DEFAULT_REVIEW_MINUTES, simulate, type Policy } from '../src/core/plan/index.js';
import { catalogFromVault, resolveScope } from '../src/core/progress/index.js';
import { createScheduler, seededRandom, type CardState } from '../src/core/schedule/index.js';
import { loadVault } from '../src/node/load-vault.js';
import { REPO } from '../e2e/harness.js';

const SEEDS = Number(process.env.SEEDS ?? 5);
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 5, 9);
const costs = { newMinutes: DEFAULT_NEW_MINUTES, reviewMinutes: DEFAULT_REVIEW_MINUTES };

/** A third of the scope learned 40–90 days ago and kept up by FSRS until three weeks ago. */
function returningStudent(ids: readonly QuestionId[], seed: number): Map<QuestionId, CardState> {
  const fsrs = createScheduler({ retention: 0.9, fuzz: false });
  const rnd = seededRandom(seed);
  const cards = new Map<QuestionId, CardState>();
  for (const id of ids.slice(0, Math.floor(ids.length / 3))) {
    let t = NOW - Math.floor(40 + rnd() * 50) * DAY;
    let card = fsrs.grade(fsrs.newCard(t), t, 3);
    while (card.due < NOW - 21 * DAY) {
      t = Math.max(card.due, t + 60_000);
      card = fsrs.grade(card, t, rnd() < fsrs.retrievability(card, t) ? 3 : 1);
    }
    cards.set(id, card);
  }
  return cards;
}

function cell(
  ids: readonly QuestionId[],
  student: (seed: number) => Map<QuestionId, CardState>,
  days: number,
  minutes: number,
  policy: Policy,
): number {
  let sum = 0;
  for (let seed = 1; seed <= SEEDS; seed++)
    sum += simulate({
      ids,
      cards: student(seed),
      now: NOW,
      target: NOW + days * DAY,
      tzOffsetMs: 0,
      minutesPerDay: minutes,
      costs,
      policy,
      seed,
    }).recallOnDay;
  return sum / SEEDS;
}

const { vault } = await loadVault(path.join(REPO, 'content'));
const topics = catalogFromVault(vault);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
console.log(
  `expected share recalled on the interview day, mean of ${SEEDS} simulated students; costs ${costs.newMinutes} min/new, ${costs.reviewMinutes} min/review`,
);
console.log(
  `${'scope'.padEnd(34)}${'student'.padEnd(11)}${'days'.padStart(5)}${'min/day'.padStart(9)}${'planned'.padStart(10)}${'FSRS due'.padStart(10)}${'gain'.padStart(9)}`,
);
for (const scopeText of ['path:ml-engineer', 'checklist:ml-engineer']) {
  const scope = resolveScope(scopeText, topics, vault.plan);
  for (const [who, student] of [
    ['new', () => new Map<QuestionId, CardState>()],
    ['returning', (seed: number) => returningStudent(scope.questionIds, seed)],
  ] as const)
    for (const days of [14, 28])
      for (const minutes of [30, 60]) {
        const planned = cell(scope.questionIds, student, days, minutes, 'plan');
        const due = cell(scope.questionIds, student, days, minutes, 'due');
        const label = `${scopeText} (${scope.questionIds.length} q)`;
        console.log(
          `${label.padEnd(34)}${who.padEnd(11)}${String(days).padStart(5)}${String(minutes).padStart(9)}${pct(planned).padStart(10)}${pct(due).padStart(10)}${`+${((planned - due) * 100).toFixed(1)}`.padStart(9)}`,
        );
      }
}
