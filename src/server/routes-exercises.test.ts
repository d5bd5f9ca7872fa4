// The exercises API through `app.request()` on the exercise-valid fixture vault: list and detail (no hidden tests
// or solution leak), draft autosave, Run and Submit through the real sandboxed runner with attempts recorded and
// the status turning solved, one run at a time per exercise, the guard on the write routes, and 4xx on bad input.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ExerciseRun, ExerciseRunRequest } from '../node/exercise/run-exercise.js';
import { runExercise } from '../node/exercise/run-exercise.js';
import { findPython, type PythonInfo } from '../node/python/find-python.js';
import type { ProgressStore } from '../node/store/progress-store.js';

const clock = { t: Date.UTC(2026, 2, 1, 12) };
let app: Hono;
let progress: ProgressStore | null;
let python: PythonInfo;
/** While set, runs wait for it: lets a test hold one run open. */
let gate: Promise<void> | null = null;
const seen: ExerciseRunRequest[] = [];

beforeAll(async () => {
  python = await findPython();
  ({ app, progress } = await buildTestApp('exercise-valid', {
    now: () => clock.t,
    exercises: {
      python: async () => python,
      now: () => clock.t,
      run: async (req): Promise<ExerciseRun> => {
        seen.push(req);
        if (gate) await gate;
        return runExercise(req);
      },
    },
  }));
}, 180_000);
afterAll(() => progress?.close());

const ID = '01-gradient-step';
const GOOD = 'def gradient_step(a, x, lr):\n    return float(x - lr * a * x)\n';
const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await app.request(url, {
    method,
    headers: { ...(method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('exercises API', { timeout: 120_000 }, () => {
  it('lists the exercises with a status and serves one without its hidden tests or solution', async () => {
    const list = await call('GET', '/api/exercises');
    expect(list.body).toEqual([
      expect.objectContaining({
        id: ID,
        topic: '01',
        difficulty: 'easy',
        minutes: 10,
        status: { attempts: 0, solved: false, lastAttemptAt: null },
      }),
    ]);
    const one = await call('GET', `/api/exercises/${ID}`);
    expect(one.status).toBe(200);
    expect(one.body.statementHtml).toContain('katex');
    expect(one.body.hintsHtml).toHaveLength(2);
    expect(one.body.starter).toContain('raise NotImplementedError');
    expect(one.body.linkedQuestions).toEqual([{ id: 'gd-quadratic', title: expect.any(String), topicId: '01' }]);
    const text = JSON.stringify(one.body);
    expect(text).not.toContain('test_zero_rate');
    expect(text).not.toContain('return float(x - lr * a * x)');
    expect((await call('GET', '/api/exercises/nope')).status).toBe(404);
  });

  it('links the question back to the exercise', async () => {
    const q = await call('GET', '/api/questions/gd-quadratic');
    expect(q.body.exercises).toEqual([{ id: ID, title: 'One gradient-descent step on a quadratic', difficulty: 'easy' }]);
  });

  it('autosaves a draft and returns it with the exercise', async () => {
    const saved = await call('PUT', `/api/exercises/${ID}/draft`, { code: 'x = 1\n' });
    expect(saved).toMatchObject({ status: 200, body: { code: 'x = 1\n', savedAt: clock.t } });
    expect((await call('GET', `/api/exercises/${ID}`)).body.draft).toEqual({ exerciseId: ID, code: 'x = 1\n', savedAt: clock.t });
  });

  it('runs the visible tests, then the hidden ones, records both attempts and marks the exercise solved', async () => {
    clock.t += 1000;
    const bad = await call('POST', `/api/exercises/${ID}/run`, { code: 'def gradient_step(a, x, lr):\n    return x\n' });
    expect(bad.status).toBe(200);
    expect(bad.body.run).toMatchObject({ suite: 'visible', ok: false, passed: 0, total: 1 });
    expect(bad.body.run.tests[0].message).toBe('expected 0.5, got 1.0');
    expect(seen.at(-1)!.hide!.length).toBe(1); // the progress folder is hidden from the code
    clock.t += 1000;
    const sub = await call('POST', `/api/exercises/${ID}/submit`, { code: GOOD });
    expect(sub.body.run).toMatchObject({ suite: 'hidden', ok: true, passed: 2, total: 2 });
    expect(sub.body.status).toEqual({ attempts: 2, solved: true, lastAttemptAt: clock.t });
    const attempts = await call('GET', `/api/exercises/${ID}/attempts`);
    expect(attempts.body.map((a: { suite: string; ok: boolean }) => [a.suite, a.ok])).toEqual([
      ['hidden', true],
      ['visible', false],
    ]);
    expect((await call('GET', `/api/exercises/${ID}/solution`)).body.solution).toContain('return float(x - lr * a * x)');
  });

  it('allows one run at a time per exercise (409)', async () => {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    const first = call('POST', `/api/exercises/${ID}/run`, { code: GOOD });
    await new Promise((r) => setTimeout(r, 50));
    const second = await call('POST', `/api/exercises/${ID}/submit`, { code: GOOD });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('busy');
    gate = null;
    open();
    expect((await first).status).toBe(200);
  });

  it.each([
    ['no code', {}, 400, 'invalid_field'],
    ['code that is not a string', { code: 5 }, 400, 'invalid_field'],
    ['code over 100 KiB', { code: 'x'.repeat(101 * 1024) }, 400, 'invalid_field'],
    ['a body far over the limit', { code: 'x'.repeat(300 * 1024) }, 413, 'payload_too_large'],
  ])('answers %s with a 4xx', async (_n, body, status, code) => {
    const r = await call('POST', `/api/exercises/${ID}/run`, body);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
  });

  it('refuses a run from another origin, another host name, or without JSON', async () => {
    const runs = seen.length;
    const cross = await app.request(`/api/exercises/${ID}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ code: GOOD }),
    });
    expect(cross.status).toBe(403);
    const rebind = await app.request(`http://evil.example/api/exercises/${ID}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: GOOD }),
    });
    expect(rebind.status).toBeGreaterThanOrEqual(400);
    const form = await app.request(`/api/exercises/${ID}/run`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ code: GOOD }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(seen.length).toBe(runs);
  });
});
