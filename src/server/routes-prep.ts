// Study paths, role checklists and mock interviews: GET views plus the few writes (pin a path, tick an item,
// create/answer/finish a mock, add its missed questions to review). Same error conventions as the study routes:
// guard() maps an unknown path, item or mock to a 404.

import { Hono, type Context } from 'hono';
import type { PrepService } from '../node/study/prep-service.js';
import { guard, jsonBody, jsonBodyLimit, MAX_BODY_BYTES } from './routes-study.js';

const idOf = (c: Context) => c.req.param('id') ?? '';

function withQuestions<T extends { questionIds: string[] }>(mock: T, lookup?: (id: string) => unknown) {
  return { ...mock, questions: mock.questionIds.map((id) => lookup?.(id) ?? null) };
}

export function prepRoutes(prep: PrepService, lookup?: (id: string) => unknown): Hono {
  const api = new Hono();
  const limit = jsonBodyLimit(MAX_BODY_BYTES);

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
    guard(async (c) => c.json(prep.path(idOf(c)))),
  );
  api.get(
    '/must-know',
    guard((c) => c.json(prep.mustKnow())),
  );
  api.get(
    '/checklists',
    guard((c) => c.json(prep.checklists())),
  );
  api.put(
    '/checklists/items/:id',
    limit,
    guard(async (c) => c.json(prep.tick(idOf(c), await jsonBody(c)))),
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
    guard(async (c) => c.json(withQuestions(prep.mock(idOf(c)), lookup))),
  );
  api.post(
    '/mock/:id/answers',
    limit,
    guard(async (c) => c.json(withQuestions(prep.answer(idOf(c), await jsonBody(c)), lookup))),
  );
  api.post(
    '/mock/:id/finish',
    limit,
    guard(async (c) => c.json(withQuestions(prep.finish(idOf(c)), lookup))),
  );
  api.post(
    '/mock/:id/review-missed',
    limit,
    guard(async (c) => c.json(prep.reviewMissed(idOf(c)))),
  );
  return api;
}
