// Planner benchmark (issue 30): one day's interview plan over 100k cards (goal < 50 ms), next to the existing
// due-queue build over the same cards in the same run (buildCardTable + selectNextIndexed, what the review API
// does for a cold next card). Students: 70 % of the cards studied at random points of the last year, through
// the real scheduler's state shapes; the rest new. Prints p50/p99 of 30 runs each; asserts nothing.
// Run: npx tsx bench/plan.bench.ts   (BENCH_CARDS to change the size)

import { asQuestionId, type QuestionId } from '../src/core/model/index.js';
import { buildPlanTable, planDay } from '../src/core/plan/index.js';
import { buildCardTable, createScheduler, seededRandom, selectNextIndexed, type CardState } from '../src/core/schedule/index.js';
import { fmtMs, percentile, report } from './measure.js';

const CARDS = Number(process.env.BENCH_CARDS ?? 100_000);
const RUNS = 30;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);

function makeCards(): { ids: QuestionId[]; cards: Map<QuestionId, CardState> } {
  const fsrs = createScheduler({ retention: 0.9, fuzz: false });
  const rnd = seededRandom(42);
  const ids = Array.from({ length: CARDS }, (_, i) => asQuestionId(`q-${i}`));
  const cards = new Map<QuestionId, CardState>();
  // A handful of real FSRS states, spread over the year by shifting their times: cheap to make 100k of.
  const shapes: CardState[] = [];
  let c = fsrs.grade(fsrs.newCard(NOW), NOW, 3);
  while (c.state !== 'review') c = fsrs.grade(c, c.due, 3);
  for (let i = 0; i < 12; i++) {
    shapes.push(c);
    c = fsrs.grade(c, c.due, i % 5 === 4 ? 1 : 3);
    while (c.state !== 'review') c = fsrs.grade(c, c.due, 3);
  }
  for (const id of ids) {
    if (rnd() > 0.7) continue;
    const shape = shapes[Math.floor(rnd() * shapes.length)]!;
    const shift = NOW - shape.lastReview! - Math.floor(rnd() * 365) * DAY + Math.floor(rnd() * 30) * DAY;
    cards.set(id, { ...shape, lastReview: shape.lastReview! + shift, due: shape.due + shift });
  }
  return { ids, cards };
}

function time(fn: () => unknown): { p50: number; p99: number } {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

const { ids, cards } = makeCards();
const scope = Int32Array.from(ids, (_, i) => i);
const dayStart = Math.floor(NOW / DAY) * DAY;
const costs = { newMinutes: 5, reviewMinutes: 2 };
console.log(`planner on ${CARDS} cards (${cards.size} studied), ${RUNS} runs each`);

const queue = time(() => {
  const table = buildCardTable(ids, cards);
  selectNextIndexed({ scope, table, now: NOW, newLimit: 20, order: 'path' });
});
let planned = 0;
const plan = time(() => {
  const table = buildPlanTable(ids, cards);
  planned = planDay({ table, scope, now: NOW, target: NOW + 21 * DAY, dayStart, dayEnd: dayStart + DAY, budgetMinutes: 60, costs })
    .positions.length;
});
const table = buildPlanTable(ids, cards);
const planOnly = time(() =>
  planDay({ table, scope, now: NOW, target: NOW + 21 * DAY, dayStart, dayEnd: dayStart + DAY, budgetMinutes: 60, costs }),
);
const cram = time(() =>
  planDay({ table, scope, now: NOW, target: NOW + DAY, dayStart, dayEnd: dayStart + DAY, budgetMinutes: 600, costs }),
);

const base = { label: 'due-queue build', value: queue.p50 };
console.log(`baseline: due-queue build (card table + next card) p50 ${fmtMs(queue.p50)}, p99 ${fmtMs(queue.p99)}`);
report('plan a day (table build + plan), p50', plan.p50, base, 'goal < 50 ms');
report('plan a day (table build + plan), p99', plan.p99, base, 'goal < 50 ms');
report('plan a day from a built table, p50', planOnly.p50, base, '');
report('plan the last day, 600 min (300 reviews), p50', cram.p50, base, '');
console.log(`(a day's plan holds ${planned} cards)`);
