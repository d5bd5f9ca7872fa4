// The HTTP app: security headers and compression for everything, the read-only JSON API under /api, and the
// UI's pages and files. Built from already-built content, so tests drive it with `app.request()` and no socket.

import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { SearchIndex } from '../node/search-index.js';
import type { ContentStore } from './content-store.js';
import { ApiError, errorResponse } from './errors.js';
import { contentRoutes } from './routes-content.js';
import { exportRoutes } from './routes-export.js';
import { figureRoutes } from './routes-figures.js';
import { noteRoutes } from './routes-notes.js';
import { pageRoutes } from './routes-pages.js';
import { searchRoutes } from './routes-search.js';
import { studyRoutes } from './routes-study.js';
import { ownWordsRoutes } from './routes-own-words.js';
import { OwnWordsService } from '../node/study/own-words-service.js';
import { cardRoutes } from './routes-cards.js';
import { prepRoutes } from './routes-prep.js';
import { exerciseRoutes, type ExerciseRouteOptions } from './routes-exercises.js';
import type { StudyService } from '../node/study/study-service.js';
import type { PrepService } from '../node/study/prep-service.js';
import type { PlanService } from '../node/plan/plan-service.js';
import { planRoutes } from './routes-plan.js';
import { securityHeaders } from './security.js';
import { requestGuard } from './request-guard.js';
import { StaticFiles } from './static-files.js';

export interface AppOptions {
  store: ContentStore;
  search: SearchIndex;
  files: StaticFiles;
  /** The built UI's index.html, or null when the UI is not built (API-only). */
  indexHtml: string | null;
  /** The study engine (review, dashboard, paths, checklists, mocks); absent for a read-only app. */
  study?: { service: StudyService; prep: PrepService; plans?: PlanService };
  /** Host names besides loopback that the server answers to (the bound address, --allow-host). */
  allowedHosts?: readonly string[];
  /** How exercises find Python and run code (tests inject these); defaults to the real probe and runner. */
  exercises?: Pick<ExerciseRouteOptions, 'python' | 'run' | 'now'>;
  /** The content folder, for the export downloads and the figures (absent: neither is served). */
  contentDir?: string;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', requestGuard({ allowedHosts: opts.allowedHosts ?? [] }));
  app.use('*', compress());
  const api = new Hono();
  api.route('/', contentRoutes(opts.store));
  api.route('/', noteRoutes(opts.store));
  const words = opts.study ? new OwnWordsService(opts.study.service, opts.store.content.searchDocs) : undefined;
  api.route('/', searchRoutes(opts.store, opts.search, words));
  if (opts.contentDir) api.route('/', exportRoutes({ contentDir: opts.contentDir, content: opts.store.content }));
  if (opts.study) {
    const lookup = (id: string) => opts.store.questions.get(id) ?? null;
    api.route('/', studyRoutes({ service: opts.study.service, lookup }));
    if (words) api.route('/', ownWordsRoutes(words));
    api.route('/', cardRoutes(opts.study.service));
    api.route('/', prepRoutes(opts.study.prep, lookup));
    if (opts.study.plans) api.route('/', planRoutes(opts.study.plans));
    api.route('/', exerciseRoutes({ content: opts.store, progress: opts.study.service.store, ...opts.exercises }));
  }
  api.all('*', (c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? errorResponse(c, 404, 'not_found', `No API route ${c.req.path}.`)
      : errorResponse(
          c,
          405,
          'method_not_allowed',
          `No ${c.req.method} route ${c.req.path}. Content is read-only; only progress can be written.`,
        ),
  );
  app.route('/api', api);
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', (c) => errorResponse(c, 405, 'method_not_allowed', 'Only GET is supported.'));
  if (opts.contentDir) app.route('/', figureRoutes(opts.contentDir));
  app.route('/', pageRoutes(opts.store, opts.files, opts.indexHtml));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.message);
    if (err instanceof HTTPException && err.status < 500) return errorResponse(c, err.status as 400, 'bad_request', err.message);
    const code = (err as { code?: unknown }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC')
      return errorResponse(c, 507, 'disk_full', 'The disk is full: nothing was saved. Free some space and try again.');
    if (code === 'SQLITE_READONLY' || code === 'EROFS')
      return errorResponse(
        c,
        503,
        'read_only',
        'The progress database is read-only: nothing was saved. Check the permissions of the data folder.',
      );
    console.error(err);
    return errorResponse(c, 500, 'internal', 'Internal error.');
  });
  return app;
}
