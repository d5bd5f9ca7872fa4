// The user's own words: GET /api/questions/:id/answers (the answers typed in review, newest first) and
// GET/PUT /api/questions/:id/note (the personal markdown note, returned with its sanitized HTML). Same error
// conventions as the study routes: guard() maps a bad field to a 400 naming it, an unknown question to a 404.
// Note bodies are small: the limit is the note's own cap with room for JSON escaping, not the 1 MB of grades.

import { Hono, type Context } from 'hono';
import { MAX_NOTE_CHARS } from '../node/store/own-words-io.js';
import type { OwnWordsService } from '../node/study/own-words-service.js';
import { guard, jsonBody, jsonBodyLimit } from './routes-study.js';

/** Every character escaped in JSON (`\uXXXX`, 6 bytes) still fits, plus the envelope. */
export const MAX_NOTE_BODY_BYTES = MAX_NOTE_CHARS * 6 + 1024;

const idOf = (c: Context) => c.req.param('id') ?? '';

export function ownWordsRoutes(words: OwnWordsService): Hono {
  const api = new Hono();
  api.get(
    '/questions/:id/answers',
    guard((c) => c.json({ answers: words.answers(idOf(c)) })),
  );
  api.get(
    '/questions/:id/note',
    guard(async (c) => c.json(await words.note(idOf(c)))),
  );
  api.put(
    '/questions/:id/note',
    jsonBodyLimit(MAX_NOTE_BODY_BYTES),
    guard(async (c) => c.json(await words.saveNote(idOf(c), await jsonBody(c)))),
  );
  return api;
}
