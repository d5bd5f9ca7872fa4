// Study paths, role checklists and mock interviews: GET views plus the few writes (pin a path, tick an item,
// create/answer/finish a mock, add its missed questions to review). Same error conventions as the study routes.

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { UnknownItemError, type PrepService } from '../node/study/prep-service.js';
import { notFound } from './errors.js';
import { guard, jsonBody, MAX_BODY_BYTES } from './routes-study.js';

const idOf = (c: Context) => c.req.param('id') ?? '';

/** Runs a handler body, turning "no such path/item/mock" into a 404. */
async function known<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof UnknownItemError) throw notFound('not_found', err.message);
    throw err;
  }
}

function withQuestions<T extends { questionIds: string[] }>(mock: T, lookup?: (id: string) => unknown) {
  return { ...mock, questions: mock.questionIds.map((id) => lookup?.(id) ?? null) };
}

export function prepRoutes(prep: PrepService, lookup?: (id: string) => unknown): Hono {
  const api = new Hono();
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: { code: 'payload_too_large', message: `The body is larger than ${MAX_BODY_BYTES} bytes.` } }, 413),
  });

  api.get(
    '/paths',
    guard((c) => c.json(prep.paths())),
  );
  api.put(
    '/paths/active',
    limit,
    guard(async (c) => c.json(prep.setActivePath(await jsonBody(c)))),
  );
  api.get(
    '/paths/:id',
    guard(async (c) => c.json(await known(() => prep.path(idOf(c))))),
  );
  api.get(
    '/checklists',
    guard((c) => c.json(prep.checklists())),
  );
  api.put(
    '/checklists/items/:id',
    limit,
    guard(async (c) => c.json(await known(async () => prep.tick(idOf(c), await jsonBody(c))))),
  );
  api.get(
    '/mock',
    guard((c) => c.json({ options: prep.mockOptions(), history: prep.mockHistory() })),
  );
  api.post(
    '/mock',
    limit,
    guard(async (c) => c.json(withQuestions(prep.createMock(await jsonBody(c)), lookup), 201)),
  );
  api.get(
    '/mock/:id',
    guard(async (c) => c.json(withQuestions(await known(() => prep.mock(idOf(c))), lookup))),
  );
  api.post(
    '/mock/:id/answers',
    limit,
    guard(async (c) => c.json(withQuestions(await known(async () => prep.answer(idOf(c), await jsonBody(c))), lookup))),
  );
  api.post(
    '/mock/:id/finish',
    limit,
    guard(async (c) => c.json(withQuestions(await known(() => prep.finish(idOf(c))), lookup))),
  );
  api.post(
    '/mock/:id/review-missed',
    limit,
    guard(async (c) => c.json(await known(() => prep.reviewMissed(idOf(c))))),
  );
  return api;
}
