import { forecastPlan } from './src/core/plan/index.js';
import { loadVault } from './src/node/load-vault.js';
import { catalogFromVault, resolveScope } from './src/core/progress/index.js';
const { vault } = await loadVault('content');
const topics = catalogFromVault(vault);
for (const s of ['path:ml-engineer', 'all']) {
const ids = resolveScope(s, topics, vault.plan).questionIds;
const now = Date.UTC(2026, 0, 5, 9);
for (const days of [14, 60]) {
const t = performance.now();
const f = forecastPlan({ ids, cards: new Map(), now, target: now + days * 864e5, tzOffsetMs: 0, minutesPerDay: 30, spentToday: 0, costs: { newMinutes: 5, reviewMinutes: 2 }, goal: 0.9 });
console.log(s, ids.length, days, Math.round(performance.now() - t), 'ms', f.minutesForGoal, f.expectedRecallOnDay.toFixed(3));
}}
