// The study API: the review queue, grading, undo, "add to review now" (and its undo), settings, the dashboard and progress export/import/reset.
// Every write goes through StudyService, which validates the body field by field and writes in one transaction.
// Bodies are JSON of at most 1 MB; malformed JSON, bad fields and unknown ids are 4xx with a message, never 500.

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ScopeError } from '../core/progress/index.js';
import { ImportError } from '../node/store/progress-io.js';
import { UnknownItemError } from '../node/study/prep-service.js';
import { StudyInputError, UnknownQuestionError, type StudyService } from '../node/study/study-service.js';
import { ApiError, badRequest, notFound } from './errors.js';
import { isStrictJson } from './request-guard.js';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Parses a JSON body, turning a parse failure into a 400 that says so. */
/** Rejects a body over `maxSize` bytes with a 413 in the API's error shape. */
export function jsonBodyLimit(maxSize: number) {
  const label = maxSize >= MAX_BODY_BYTES ? `${maxSize / MAX_BODY_BYTES} MB` : `${maxSize} bytes`;
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: { code: 'payload_too_large', message: `The body is larger than ${label}.` } }, 413),
  });
}

export async function jsonBody(c: Context): Promise<unknown> {
  if (!isStrictJson(c.req.header('content-type')))
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw badRequest('malformed_json', `The body is not valid JSON: ${err instanceof Error ? err.message : String(err)}.`);
  }
}

/** Maps the study engine's own errors to API errors. */
function mapError(err: unknown): never {
  if (err instanceof StudyInputError) throw badRequest('invalid_field', `${err.field}: ${err.message}`);
  if (err instanceof UnknownQuestionError) throw notFound('unknown_question', err.message);
  if (err instanceof UnknownItemError) throw notFound('not_found', err.message);
  if (err instanceof ScopeError) throw badRequest('invalid_scope', err.message);
  if (err instanceof ImportError) throw badRequest('invalid_import', `The file cannot be imported: ${err.message}.`);
  throw err;
}

export const guard =
  <T>(fn: (c: Context) => Promise<T> | T) =>
  async (c: Context): Promise<T> => {
    try {
      return await fn(c);
    } catch (err) {
      return mapError(err);
    }
  };

export interface StudyRouteOptions {
  service: StudyService;
  /** Attaches the rendered question (for the review card) by id. */
  lookup?: (id: string) => unknown;
}

export function studyRoutes({ service, lookup }: StudyRouteOptions): Hono {
  const api = new Hono();
  const limit = jsonBodyLimit(MAX_BODY_BYTES);

  api.get(
    '/review/next',
    guard((c) => {
      const exclude = (c.req.query('exclude') ?? '').split(',').filter(Boolean);
      const next = service.next(c.req.query('scope'), exclude);
      const card = next.card ? { ...next.card, question: lookup?.(next.card.questionId) ?? null } : null;
      return c.json({ ...next, card });
    }),
  );
  api.post(
    '/review',
    limit,
    guard(async (c) => {
      const result = service.grade(await jsonBody(c));
      return c.json(
        { review: result.review, state: result.review.after, duplicate: result.duplicate, suggested: result.suggested },
        result.duplicate ? 200 : 201,
      );
    }),
  );
  api.post(
    '/review/undo',
    limit,
    guard((c) => {
      // `undone` is the grade taken back, `undoneAction` the card action (flag, suspend, bury, reset) instead.
      return c.json(service.undo());
    }),
  );
  api.post(
    '/review/add-now',
    limit,
    guard(async (c) => c.json(service.addNow(await jsonBody(c)))),
  );
  api.post(
    '/review/add-now/undo',
    limit,
    guard((c) => c.json({ restored: service.undoAddNow() })),
  );
  api.get(
    '/dashboard',
    guard((c) => c.json(service.dashboard())),
  );
  api.get(
    '/settings',
    guard((c) => c.json(service.settings())),
  );
  api.put(
    '/settings',
    limit,
    guard(async (c) => c.json(service.updateSettings(await jsonBody(c)))),
  );
  api.get(
    '/progress/export',
    guard((c) => {
      const doc = service.exportDoc();
      c.header('Content-Disposition', `attachment; filename="mlprep-progress-${doc.exportedAt.slice(0, 10)}.json"`);
      return c.json(doc);
    }),
  );
  api.post(
    '/progress/import',
    jsonBodyLimit(64 * MAX_BODY_BYTES),
    guard(async (c) => c.json({ imported: service.importDoc(await jsonBody(c)) })),
  );
  api.post(
    '/progress/reset',
    limit,
    guard(async (c) => {
      const body = (await jsonBody(c)) as { confirm?: unknown };
      if (body?.confirm !== true)
        throw badRequest(
          'confirmation_required',
          'Reset deletes all progress: send { "confirm": true } to go ahead. A backup file is kept.',
        );
      return c.json({ reset: true, backup: await service.reset() });
    }),
  );
  return api;
}
