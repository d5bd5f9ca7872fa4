// The exercises API. Reads: the list (with the user's status), one exercise (rendered statement, hints, starter,
// visible tests, linked questions, draft, attempts), its attempts, and its reference solution on request. Writes
// (guarded like every write by request-guard: loopback Host, same-origin, strict JSON): save a draft, Run (the
// visible tests) and Submit (the hidden tests). Running is the most dangerous thing the app does, so it also has
// a small body limit, one run at a time per exercise and at most MAX_CONCURRENT_RUNS at once (409/429 otherwise),
// and the code runs only in the sandboxed runner (src/node/exercise), never in this process.

import path from 'node:path';
import { Hono, type Context } from 'hono';
import type { ExerciseRun, ExerciseRunRequest } from '../node/exercise/run-exercise.js';
import { runExercise } from '../node/exercise/run-exercise.js';
import { findPython, type PythonInfo } from '../node/python/find-python.js';
import { exerciseStatuses, getDraft, listAttempts, recordAttempt, saveDraft, type ExerciseStatus } from '../node/store/exercise-store.js';
import type { ProgressStore } from '../node/store/progress-store.js';
import type { ContentStore } from './content-store.js';
import { ApiError, badRequest, notFound } from './errors.js';
import { jsonBody, jsonBodyLimit } from './routes-study.js';

export const MAX_CODE_BYTES = 100 * 1024;
export const MAX_CONCURRENT_RUNS = 2;
const NO_STATUS: ExerciseStatus = { attempts: 0, solved: false, lastAttemptAt: null };

export interface ExerciseRouteOptions {
  content: ContentStore;
  progress: ProgressStore;
  /** The interpreter; probed once, lazily (default findPython). */
  python?: () => Promise<PythonInfo>;
  /** Runs a submission (default runExercise); tests may pass a spy around it. */
  run?: (req: ExerciseRunRequest) => Promise<ExerciseRun>;
  now?: () => number;
}

export function exerciseRoutes(opts: ExerciseRouteOptions): Hono {
  const app = new Hono();
  const now = opts.now ?? Date.now;
  const run = opts.run ?? runExercise;
  let python: Promise<PythonInfo> | null = null;
  const getPython = () =>
    (python ??= (opts.python ?? findPython)().catch((err: unknown) => {
      python = null; // try again on the next run: the user may install what was missing
      throw err;
    }));
  const busy = new Set<string>();
  // The progress folder (database, backups) is hidden from submissions on top of the user's home.
  const hide = [path.dirname(opts.progress.file)];

  const exerciseOf = (c: Context) => {
    const ex = opts.content.exercises.get(c.req.param('id') ?? '');
    if (!ex) throw notFound('unknown_exercise', `No exercise "${c.req.param('id')}".`);
    return ex;
  };
  const codeOf = async (c: Context): Promise<string> => {
    const body = (await jsonBody(c)) as Record<string, unknown>;
    if (!body || typeof body !== 'object' || typeof body.code !== 'string') throw badRequest('invalid_field', 'code: must be a string');
    if (Buffer.byteLength(body.code) > MAX_CODE_BYTES)
      throw badRequest('invalid_field', `code: must be at most ${MAX_CODE_BYTES / 1024} KiB`);
    return body.code;
  };

  app.get('/exercises', (c) => {
    const statuses = exerciseStatuses(opts.progress);
    return c.json(
      [...opts.content.exercises.values()].map(({ detail: d }) => ({
        id: d.id,
        title: d.title,
        topic: d.topic,
        difficulty: d.difficulty,
        tags: d.tags,
        minutes: d.minutes,
        dir: d.dir,
        questions: d.questions,
        status: statuses.get(d.id) ?? NO_STATUS,
      })),
    );
  });

  app.get('/exercises/:id', (c) => {
    const ex = exerciseOf(c);
    const questions = ex.detail.questions.map((id) => {
      const q = opts.content.questions.get(id);
      return { id, title: q?.title ?? id, topicId: q?.topicId ?? null };
    });
    return c.json({
      ...ex.detail,
      linkedQuestions: questions,
      status: exerciseStatuses(opts.progress).get(ex.detail.id) ?? NO_STATUS,
      draft: getDraft(opts.progress, ex.detail.id),
      attempts: listAttempts(opts.progress, ex.detail.id).slice(0, 50),
    });
  });

  app.get('/exercises/:id/attempts', (c) => c.json(listAttempts(opts.progress, exerciseOf(c).detail.id)));

  // The reference solution: the UI shows it after a submit, or on request after a confirm.
  app.get('/exercises/:id/solution', (c) => c.json({ solution: exerciseOf(c).sources.solution }));

  app.put('/exercises/:id/draft', jsonBodyLimit(MAX_CODE_BYTES + 4096), async (c) => {
    const ex = exerciseOf(c);
    const code = await codeOf(c);
    const draft = { exerciseId: ex.detail.id, code, savedAt: now() };
    saveDraft(opts.progress, draft);
    return c.json(draft);
  });

  for (const [route, suite] of [
    ['run', 'visible'],
    ['submit', 'hidden'],
  ] as const) {
    app.post(`/exercises/:id/${route}`, jsonBodyLimit(MAX_CODE_BYTES + 4096), async (c) => {
      const ex = exerciseOf(c);
      const code = await codeOf(c);
      if (busy.has(ex.detail.id)) throw new ApiError(409, 'busy', 'This exercise is already running; wait for its result.');
      if (busy.size >= MAX_CONCURRENT_RUNS)
        throw new ApiError(429, 'busy', `At most ${MAX_CONCURRENT_RUNS} runs at once; try again in a moment.`);
      busy.add(ex.detail.id);
      try {
        let py: PythonInfo;
        try {
          py = await getPython();
        } catch (err) {
          throw new ApiError(
            503,
            'python_unavailable',
            `Cannot run Python: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
          );
        }
        const result = await run({
          executable: py.executable,
          submission: code,
          testsSource: suite === 'visible' ? ex.detail.tests : ex.sources.hiddenTests,
          suite,
          hide,
        });
        const attempt = recordAttempt(opts.progress, {
          exerciseId: ex.detail.id,
          suite,
          createdAt: now(),
          code,
          passed: result.passed,
          total: result.total,
          ok: result.ok,
          tests: result.tests.map((t) => ({ name: t.name, status: t.status, message: t.message, ms: t.ms })),
        });
        return c.json({ run: result, attempt, status: exerciseStatuses(opts.progress).get(ex.detail.id) ?? NO_STATUS });
      } finally {
        busy.delete(ex.detail.id);
      }
    });
  }
  return app;
}
