// The exercises API's exact answers, with a fake runner and a fake Python (no real interpreter): the list and
// detail bodies field by field, the fallbacks for a question that is not in the collection, the 404/400/413/503
// messages, the byte (not character) limit on code, what is handed to the runner for Run and Submit, the attempt
// recorded and the status returned, the 50-attempt cap on the detail, the Python probe (once, retried after a
// failure), and the concurrency limits: one run per exercise (409) and at most two at once (429).

import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, TEST_SHELL, VAULTS } from '../../test/helpers/build-test-app.js';
import type { RenderedExercise } from '../core/render/render-exercises.js';
import type { ExerciseRun, ExerciseRunRequest } from '../node/exercise/run-exercise.js';
import type { PythonInfo } from '../node/python/find-python.js';
import type { SearchIndex } from '../node/search-index.js';
import { ProgressStore } from '../node/store/progress-store.js';
import { PrepService } from '../node/study/prep-service.js';
import { StudyService } from '../node/study/study-service.js';
import type { ContentStore } from './content-store.js';
import { createApp, type AppOptions } from './create-app.js';
import { StaticFiles } from './static-files.js';

const ID = '01-gradient-step';
const DIR = path.join(VAULTS, 'exercise-valid/exercises', ID);
const T0 = Date.UTC(2026, 2, 1, 12);
const PY = { executable: '/fake/bin/python3' } as PythonInfo;
const NO_STATUS = { attempts: 0, solved: false, lastAttemptAt: null };

let base: ContentStore;
let search: SearchIndex;
let files: StaticFiles;
let original: RenderedExercise;
const stores: ProgressStore[] = [];

beforeAll(async () => {
  const built = await buildTestApp('exercise-valid');
  base = built.store;
  search = built.search;
  files = await StaticFiles.collect(null);
  original = base.exercises.get(ID)!;
}, 60_000);
afterEach(() => {
  while (stores.length) stores.pop()!.close();
});

const cannedRun = (req: ExerciseRunRequest, ok = true): ExerciseRun => ({
  suite: req.suite,
  ok,
  passed: ok ? 1 : 0,
  total: 1,
  tests: [
    {
      name: 'test_example',
      doc: 'The README example.',
      status: ok ? 'passed' : 'failed',
      message: ok ? null : 'expected 0.5, got 1.0',
      where: null,
      output: 'printed',
      outputTruncated: false,
      ms: 3,
    },
  ],
  problem: null,
  log: '',
  timedOut: false,
  ms: 7,
});

/** A copy of the fixture exercise under another id (and, optionally, other linked questions). */
const variant = (id: string, questions?: string[]): RenderedExercise => ({
  ...original,
  detail: { ...original.detail, id, ...(questions ? { questions } : {}) },
});

interface Harness {
  app: Hono;
  progress: ProgressStore;
  clock: { t: number };
  seen: ExerciseRunRequest[];
}

async function makeApp(
  opts: {
    exercises?: RenderedExercise[];
    run?: (req: ExerciseRunRequest) => Promise<ExerciseRun>;
    python?: () => Promise<PythonInfo>;
  } = {},
): Promise<Harness> {
  const clock = { t: T0 };
  const progress = ProgressStore.inDir(await mkdtemp(path.join(os.tmpdir(), 'mlprep-exlimits-')));
  stores.push(progress);
  const exercises = opts.exercises ?? [original];
  const store: ContentStore = { ...base, exercises: new Map(exercises.map((e) => [e.detail.id, e])) };
  const service = new StudyService({
    store: progress,
    topics: base.content.catalog,
    plan: base.content.studyPlan,
    now: () => clock.t,
    fuzz: false,
    tzOffsetMs: () => 0,
  });
  const seen: ExerciseRunRequest[] = [];
  const exOpts: AppOptions['exercises'] = {
    python: opts.python ?? (async () => PY),
    now: () => clock.t,
    run: async (req) => {
      seen.push(req);
      return (opts.run ?? (async (r) => cannedRun(r)))(req);
    },
  };
  const app = createApp({
    store,
    search,
    files,
    indexHtml: TEST_SHELL,
    study: { service, prep: new PrepService(service) },
    exercises: exOpts,
  });
  return { app, progress, clock, seen };
}

const call = async (app: Hono, method: string, url: string, body?: unknown) => {
  const res = await app.request(url, {
    method,
    headers: method !== 'GET' ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as any };
};

const SUMMARY = {
  id: ID,
  title: 'One gradient-descent step on a quadratic',
  topic: '01',
  difficulty: 'easy',
  tags: ['gradient-descent'],
  minutes: 10,
  dir: `exercises/${ID}`,
  questions: ['gd-quadratic'],
};

describe('GET /api/exercises and /api/exercises/:id (exact bodies)', () => {
  it('lists each exercise with exactly the summary fields and the no-attempt status', async () => {
    const { app } = await makeApp();
    const list = await call(app, 'GET', '/api/exercises');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([{ ...SUMMARY, status: NO_STATUS }]);
  });

  it('lists an empty array when the collection has no exercises', async () => {
    const { app } = await makeApp({ exercises: [] });
    expect(await call(app, 'GET', '/api/exercises')).toEqual({ status: 200, body: [] });
  });

  it('serves a fresh exercise with no status, no draft and no attempts', async () => {
    const { app } = await makeApp();
    const one = await call(app, 'GET', `/api/exercises/${ID}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ ...SUMMARY, status: NO_STATUS, draft: null, attempts: [] });
    expect(one.body.linkedQuestions).toEqual([{ id: 'gd-quadratic', title: expect.stringMatching(/gradient descent/), topicId: '01' }]);
    expect(one.body.tests).toBe(await readFile(path.join(DIR, 'tests.py'), 'utf8'));
  });

  it('links a question missing from the collection by its id, with no topic', async () => {
    const { app } = await makeApp({ exercises: [variant('01-orphan', ['gd-quadratic', 'no-such-question'])] });
    const one = await call(app, 'GET', '/api/exercises/01-orphan');
    expect(one.body.linkedQuestions).toEqual([
      { id: 'gd-quadratic', title: expect.stringMatching(/gradient descent/), topicId: '01' },
      { id: 'no-such-question', title: 'no-such-question', topicId: null },
    ]);
  });

  it('serves the reference solution exactly as written', async () => {
    const { app } = await makeApp();
    expect(await call(app, 'GET', `/api/exercises/${ID}/solution`)).toEqual({
      status: 200,
      body: { solution: await readFile(path.join(DIR, 'solution.py'), 'utf8') },
    });
  });

  it.each([
    ['GET', '/api/exercises/nope', undefined],
    ['GET', '/api/exercises/nope/attempts', undefined],
    ['GET', '/api/exercises/nope/solution', undefined],
    ['PUT', '/api/exercises/nope/draft', { code: 'x' }],
    ['POST', '/api/exercises/nope/run', { code: 'x' }],
    ['POST', '/api/exercises/nope/submit', { code: 'x' }],
  ])('%s %s answers 404 unknown_exercise naming the id', async (method, url, body) => {
    const { app, seen } = await makeApp();
    expect(await call(app, method, url, body)).toEqual({
      status: 404,
      body: { error: { code: 'unknown_exercise', message: 'No exercise "nope".' } },
    });
    expect(seen).toEqual([]);
  });
});

describe('PUT /api/exercises/:id/draft', () => {
  it('answers the saved draft exactly and keeps the newest one', async () => {
    const h = await makeApp();
    expect(await call(h.app, 'PUT', `/api/exercises/${ID}/draft`, { code: 'a = 1\n' })).toEqual({
      status: 200,
      body: { exerciseId: ID, code: 'a = 1\n', savedAt: T0 },
    });
    h.clock.t = T0 + 5000;
    await call(h.app, 'PUT', `/api/exercises/${ID}/draft`, { code: 'a = 2\n' });
    expect((await call(h.app, 'GET', `/api/exercises/${ID}`)).body.draft).toEqual({ exerciseId: ID, code: 'a = 2\n', savedAt: T0 + 5000 });
  });

  it('accepts code of exactly 100 KiB', async () => {
    const { app } = await makeApp();
    const code = 'x'.repeat(100 * 1024);
    const r = await call(app, 'PUT', `/api/exercises/${ID}/draft`, { code });
    expect(r.status).toBe(200);
    expect(r.body.code).toBe(code);
  });

  it.each([
    ['no code', {}, 'code: must be a string'],
    ['an empty body', '', 'code: must be a string'],
    ['a null body', 'null', 'code: must be a string'],
    ['a string body', '"print(1)"', 'code: must be a string'],
    ['code that is a number', { code: 5 }, 'code: must be a string'],
    ['code one byte over 100 KiB', { code: 'x'.repeat(100 * 1024 + 1) }, 'code: must be at most 100 KiB'],
    // 52,224 characters but 104,448 UTF-8 bytes: the limit is on bytes.
    ['code over 100 KiB in UTF-8 bytes only', { code: 'é'.repeat(51 * 1024) }, 'code: must be at most 100 KiB'],
  ])('answers 400 invalid_field for %s', async (_n, body, message) => {
    const { app } = await makeApp();
    expect(await call(app, 'PUT', `/api/exercises/${ID}/draft`, body)).toEqual({
      status: 400,
      body: { error: { code: 'invalid_field', message } },
    });
  });

  it('answers 413 with the byte limit (100 KiB of code plus 4 KiB) for a larger body', async () => {
    const { app } = await makeApp();
    const over = await call(app, 'PUT', `/api/exercises/${ID}/draft`, { code: 'x'.repeat(104 * 1024) });
    expect(over).toEqual({
      status: 413,
      body: { error: { code: 'payload_too_large', message: 'The body is larger than 106496 bytes.' } },
    });
    const run = await call(app, 'POST', `/api/exercises/${ID}/run`, { code: 'x'.repeat(104 * 1024) });
    expect(run.status).toBe(413);
    expect(run.body.error.message).toBe('The body is larger than 106496 bytes.');
  });
});

describe('POST /api/exercises/:id/run and /submit', () => {
  it('hands the runner the fake Python, the code, the visible tests and the hidden progress folder, and records the attempt', async () => {
    const h = await makeApp({ run: async (r) => cannedRun(r, false) });
    h.clock.t = T0 + 1000;
    const r = await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'CODE' });
    expect(h.seen).toEqual([
      {
        executable: '/fake/bin/python3',
        submission: 'CODE',
        testsSource: await readFile(path.join(DIR, 'tests.py'), 'utf8'),
        suite: 'visible',
        hide: [path.dirname(h.progress.file)],
      },
    ]);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      run: cannedRun(h.seen[0]!, false),
      attempt: {
        uid: expect.any(String),
        exerciseId: ID,
        suite: 'visible',
        createdAt: T0 + 1000,
        code: 'CODE',
        passed: 0,
        total: 1,
        ok: false,
        tests: [{ name: 'test_example', status: 'failed', message: 'expected 0.5, got 1.0', ms: 3 }],
      },
      status: { attempts: 1, solved: false, lastAttemptAt: T0 + 1000 },
    });
    const list = await call(h.app, 'GET', '/api/exercises');
    expect(list.body[0].status).toEqual({ attempts: 1, solved: false, lastAttemptAt: T0 + 1000 });
  });

  it('submits against the hidden tests and a passing submit marks the exercise solved', async () => {
    const h = await makeApp();
    h.clock.t = T0 + 2000;
    const r = await call(h.app, 'POST', `/api/exercises/${ID}/submit`, { code: 'GOOD' });
    expect(h.seen.map((s) => [s.suite, s.testsSource])).toEqual([['hidden', await readFile(path.join(DIR, 'hidden_tests.py'), 'utf8')]]);
    expect(r.body.run.suite).toBe('hidden');
    expect(r.body.attempt).toMatchObject({ suite: 'hidden', ok: true, passed: 1, total: 1, createdAt: T0 + 2000 });
    expect(r.body.status).toEqual({ attempts: 1, solved: true, lastAttemptAt: T0 + 2000 });
  });

  it('keeps the other exercises at the no-attempt status in the list', async () => {
    const h = await makeApp({ exercises: [original, variant('02-other')] });
    await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'x' });
    const list = await call(h.app, 'GET', '/api/exercises');
    expect(list.body.map((e: { id: string; status: unknown }) => [e.id, e.status])).toEqual([
      [ID, { attempts: 1, solved: false, lastAttemptAt: T0 }],
      ['02-other', NO_STATUS],
    ]);
    expect((await call(h.app, 'GET', '/api/exercises/02-other')).body.status).toEqual(NO_STATUS);
  });

  it('shows the newest 50 attempts on the detail and all of them, newest first, under /attempts', async () => {
    const h = await makeApp();
    for (let i = 0; i < 51; i++) {
      h.clock.t = T0 + i * 1000;
      await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: `# ${i}` });
    }
    const detail = await call(h.app, 'GET', `/api/exercises/${ID}`);
    expect(detail.body.attempts).toHaveLength(50);
    expect(detail.body.attempts[0].code).toBe('# 50');
    expect(detail.body.attempts[49].code).toBe('# 1');
    const all = await call(h.app, 'GET', `/api/exercises/${ID}/attempts`);
    expect(all.body).toHaveLength(51);
    expect(all.body[50].code).toBe('# 0');
  });

  it('answers 503 python_unavailable with the first line of the probe error, then probes again on the next run', async () => {
    let probes = 0;
    const outcomes: (() => Promise<PythonInfo>)[] = [
      () => Promise.reject(new Error('python3 not found\nsecond line')),
      () => Promise.reject('plain failure'),
      async () => PY,
    ];
    const h = await makeApp({ python: () => outcomes[probes++]!() });
    expect(await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'x' })).toEqual({
      status: 503,
      body: { error: { code: 'python_unavailable', message: 'Cannot run Python: python3 not found' } },
    });
    expect(await call(h.app, 'POST', `/api/exercises/${ID}/submit`, { code: 'x' })).toEqual({
      status: 503,
      body: { error: { code: 'python_unavailable', message: 'Cannot run Python: plain failure' } },
    });
    expect(h.seen).toEqual([]);
    expect((await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'x' })).status).toBe(200);
    expect((await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'x' })).status).toBe(200);
    expect(probes).toBe(3); // once found, Python is not probed again
    expect((await call(h.app, 'GET', `/api/exercises/${ID}/attempts`)).body).toHaveLength(2);
  });

  it('frees the exercise after a failed run', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const h = await makeApp({
      run: async (r) => {
        if (fail) throw new Error('runner exploded');
        return cannedRun(r);
      },
    });
    const broken = await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'x' });
    expect(broken).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Internal error.' } } });
    fail = false;
    expect((await call(h.app, 'POST', `/api/exercises/${ID}/run`, { code: 'x' })).status).toBe(200);
    logged.mockRestore();
  });
});

describe('run concurrency', () => {
  /** A runner whose calls wait until released, one gate per exercise id. */
  const gated = () => {
    const gates = new Map<string, () => void>();
    const started: string[] = [];
    const run = (id: string) => async (req: ExerciseRunRequest) => {
      started.push(id);
      await new Promise<void>((r) => gates.set(id, r));
      return cannedRun(req);
    };
    return { gates, started, run };
  };
  /** Waits until the runner has been called `n` times (each request reaches it after parsing and the probe). */
  const started = async (g: { started: string[] }, n: number) => {
    for (let i = 0; g.started.length < n; i++) {
      if (i > 1000) throw new Error(`the runner was called ${g.started.length} times, not ${n}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  it('answers 409 busy for a second run of the same exercise, 429 busy beyond two runs at once', async () => {
    const g = gated();
    let current = '';
    const h = await makeApp({
      exercises: [variant('a'), variant('b'), variant('c')],
      run: async (req) => g.run(current)(req),
    });
    current = 'a';
    const a = call(h.app, 'POST', '/api/exercises/a/run', { code: 'x' });
    await started(g, 1);
    expect(await call(h.app, 'POST', '/api/exercises/a/submit', { code: 'x' })).toEqual({
      status: 409,
      body: { error: { code: 'busy', message: 'This exercise is already running; wait for its result.' } },
    });
    // One run open: another exercise may still start (the limit is two at once).
    current = 'b';
    const b = call(h.app, 'POST', '/api/exercises/b/run', { code: 'x' });
    await started(g, 2);
    expect(g.started).toEqual(['a', 'b']);
    expect(await call(h.app, 'POST', '/api/exercises/c/run', { code: 'x' })).toEqual({
      status: 429,
      body: { error: { code: 'busy', message: 'At most 2 runs at once; try again in a moment.' } },
    });
    // A same-exercise clash is reported as 409 even when the server is full.
    expect((await call(h.app, 'POST', '/api/exercises/b/submit', { code: 'x' })).status).toBe(409);
    // Bad input is reported before the busy check.
    expect((await call(h.app, 'POST', '/api/exercises/a/run', { code: 1 })).status).toBe(400);
    expect(g.started).toEqual(['a', 'b']);
    g.gates.get('a')!();
    expect((await a).status).toBe(200);
    current = 'c';
    const c = call(h.app, 'POST', '/api/exercises/c/run', { code: 'x' });
    await started(g, 3);
    expect(g.started).toEqual(['a', 'b', 'c']);
    g.gates.get('b')!();
    g.gates.get('c')!();
    expect((await b).status).toBe(200);
    expect((await c).status).toBe(200);
    // All free again: the same exercise runs once more.
    current = 'a';
    const again = call(h.app, 'POST', '/api/exercises/a/run', { code: 'x' });
    await started(g, 4);
    g.gates.get('a')!();
    expect((await again).status).toBe(200);
  });
});
