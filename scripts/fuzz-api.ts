// Fuzz run over every route of the real app (in process, through app.request()): seeded random requests mixing
// valid and hostile methods, paths, ids, query strings, headers, content types and JSON bodies. Every answer must
// be below 500. Prints the status histogram and exits 1 on any 5xx, naming the first few requests that got one.
//   npx tsx scripts/fuzz-api.ts [--requests 10000] [--seed 1]

import { buildTestApp } from '../test/helpers/build-test-app.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg('requests', 10_000);
let seed = arg('seed', 1) >>> 0;
/** mulberry32: small, seeded, good enough to pick cases. */
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const { app, store, progress } = await buildTestApp('web-prep', { now: () => Date.UTC(2026, 2, 1, 12) });
const ids = [...store.questions.keys()];

const WEIRD = [
  '',
  '..',
  '../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'A'.repeat(5000),
  '💥',
  '<script>alert(1)</script>',
  'null',
  '-1',
  '1e309',
  '%00',
  '%',
  'constructor',
  '__proto__',
  ' ',
  'no-such-thing',
];
const idLike = () => (rand() < 0.5 ? pick(ids) : pick(WEIRD));
const PATHS: (() => string)[] = [
  () => '/api/health',
  () => '/api/topics',
  () => `/api/topics/${pick(['01', '02', '13', '99', '7', ...WEIRD])}`,
  () => `/api/questions/${idLike()}`,
  () => '/api/stats',
  () => '/api/study-plan',
  () => '/api/tags',
  () => '/api/diagnostics',
  () => `/api/notes/${pick(['README', 'Interview_Tips', ...WEIRD])}`,
  () =>
    `/api/search?${pick(['q', 'topic', 'difficulty', 'tag', 'limit', 'offset', 'x'])}=${encodeURIComponent(pick([...WEIRD, 'gradient desent', 'title:gradient', '"unterminated', 'a OR', '(', '*', 'NEAR(a b)', 'baysian infrence']))}`,
  () =>
    `/api/review/next?scope=${encodeURIComponent(pick(['all', 'topic:01', 'topic:99', 'path:nope', 'flagged', ...WEIRD]))}&exclude=${encodeURIComponent(pick(WEIRD))}`,
  () => '/api/review',
  () => '/api/review/undo',
  () => '/api/dashboard',
  () => '/api/settings',
  () => '/api/progress/export',
  () => '/api/progress/import',
  () => '/api/progress/reset',
  () => '/api/paths',
  () => '/api/paths/active',
  () => `/api/paths/${pick(['ml-engineer', ...WEIRD])}`,
  () => '/api/checklists',
  () => `/api/checklists/items/${pick(['mle-metrics-from-scratch', ...WEIRD])}`,
  () => '/api/mock',
  () => `/api/mock/${pick(['m1', ...WEIRD])}${pick(['', '/answers', '/finish', '/review-missed'])}`,
  () => `/${pick(['', 't/01', 'q/' + idLike(), 'review', 'settings', 'assets/x.js', 'favicon.ico', ...WEIRD])}`,
];

const VALUES: (() => unknown)[] = [
  () => null,
  () => true,
  () => -1,
  () => 0,
  () => 3,
  () => 1e308,
  () => 0.5,
  () => 'x',
  () => pick(ids),
  () => [],
  () => [1, 2, 3],
  () => ({}),
  () => ({ nested: { deeper: [null] } }),
  () => 'y'.repeat(10_000),
];
const KEYS = [
  'questionId',
  'rating',
  'uid',
  'durationMs',
  'keyPointsChecked',
  'retention',
  'newLimit',
  'newOrder',
  'pathId',
  'ticked',
  'format',
  'focus',
  'mix',
  'minutes',
  'questions',
  'seed',
  'notes',
  'index',
  'confirm',
  'version',
  'cards',
  'reviewLog',
  'settings',
];
function body(): string | undefined {
  const r = rand();
  if (r < 0.1) return undefined;
  if (r < 0.2) return pick(['{', 'not json', '[]', '"str"', '1', 'null', '\uFEFF{}', '{"a":'.repeat(2000)]);
  const o: Record<string, unknown> = {};
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) o[pick(KEYS)] = pick(VALUES)();
  if (rand() < 0.2) Object.assign(o, { format: 'mlprep-progress', version: pick([1, 2, 3, 1.5]), cards: [], reviewLog: [], settings: {} });
  return JSON.stringify(o);
}
const TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/jsonx', 'multipart/form-data', undefined];
const HOSTS = ['127.0.0.1:4321', 'localhost', 'evil.example', '[::1]:4321', 'bad host', undefined];

const histogram = new Map<number, number>();
const failures: string[] = [];
const t0 = performance.now();
for (let i = 0; i < REQUESTS; i++) {
  const method = pick(['GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
  const url = pick(PATHS)();
  const headers: Record<string, string> = {};
  const type = pick(TYPES);
  if (type) headers['content-type'] = type;
  const host = pick(HOSTS);
  if (host) headers.host = host;
  if (rand() < 0.1) headers.origin = pick(['http://127.0.0.1:4321', 'http://evil.example', 'null']);
  if (rand() < 0.1) headers['sec-fetch-site'] = pick(['same-origin', 'cross-site', 'none', 'same-site']);
  const b = method === 'GET' || method === 'HEAD' ? undefined : body();
  let status: number;
  try {
    const res = await app.request(url, { method, headers, ...(b !== undefined ? { body: b } : {}) });
    status = res.status;
    await res.arrayBuffer();
  } catch (err) {
    status = 599;
    failures.push(`${method} ${url.slice(0, 120)} threw ${(err as Error).message}`);
  }
  histogram.set(status, (histogram.get(status) ?? 0) + 1);
  if (status >= 500 && failures.length < 20) failures.push(`${method} ${url.slice(0, 120)} -> ${status} body=${(b ?? '').slice(0, 200)}`);
}
const seconds = (performance.now() - t0) / 1000;
progress?.close();
const fives = [...histogram].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
console.log(`fuzz: ${REQUESTS} requests in ${seconds.toFixed(1)} s (seed ${arg('seed', 1)}); answers >= 500: ${fives}`);
console.log(
  [...histogram]
    .sort((a, b) => a[0] - b[0])
    .map(([s, c]) => `${s}: ${c}`)
    .join(', '),
);
if (fives > 0) {
  console.log(failures.join('\n'));
  process.exit(1);
}
