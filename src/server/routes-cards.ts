// The card browser's API: GET /api/cards lists every question (studied or not) with its FSRS figures, last grade
// and marks, whole (see card-service.ts for why not paged), or just `?ids=a,b`; POST /api/cards/actions applies one action (flag,
// unflag, suspend, unsuspend, bury, unbury, reset) to a selection in one transaction. POST /api/review/undo takes
// back the newest grade or card action. Writes pass the app's request guard (Origin/Host) like every other write.

import { Hono } from 'hono';
import type { StudyService } from '../node/study/study-service.js';
import { guard, jsonBody, jsonBodyLimit, MAX_BODY_BYTES } from './routes-study.js';

export function cardRoutes(service: StudyService): Hono {
  const api = new Hono();
  api.get(
    '/cards',
    guard((c) => {
      // ?ids=a,b narrows the list to those questions (the question page shows one card's marks).
      const ids = c.req.query('ids');
      return c.json(service.cardList(ids === undefined ? undefined : ids.split(',').filter(Boolean)));
    }),
  );
  api.post(
    '/cards/actions',
    jsonBodyLimit(MAX_BODY_BYTES),
    guard(async (c) => c.json({ action: service.cardAction(await jsonBody(c)) })),
  );
  return api;
}
