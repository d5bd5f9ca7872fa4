// Read-only content routes: health, topics, one topic, one question, stats, the study plan, tags, the
// references index and the content diagnostics. Ids are checked against their patterns (400) before lookup (404). There is no route
// that writes content.

import { Hono } from 'hono';
import type {
  DiagnosticsResponse,
  HealthResponse,
  PlanResponse,
  ReferencesResponse,
  StatsResponse,
  TagsResponse,
  TopicsResponse,
} from '../core/api/types.js';
import { isQuestionId, isTopicId } from '../core/model/index.js';
import { MUST_READ } from '../core/references/index.js';
import type { ContentStore } from './content-store.js';
import { badRequest, notFound } from './errors.js';

export function contentRoutes(store: ContentStore): Hono {
  const api = new Hono();
  api.get('/health', (c) => c.json<HealthResponse>({ ok: true, questions: store.questionCount }));
  api.get('/topics', (c) => c.json<TopicsResponse>({ topics: store.summaries }));
  api.get('/topics/:id', (c) => {
    const id = c.req.param('id');
    if (!isTopicId(id)) throw badRequest('bad_topic_id', `"${id}" is not a topic id: use two digits, like 07.`);
    const topic = store.topics.get(id);
    if (!topic) throw notFound('topic_not_found', `No topic ${id} in this collection.`);
    return c.json(topic);
  });
  api.get('/questions/:id', (c) => {
    const id = c.req.param('id');
    if (!isQuestionId(id)) throw badRequest('bad_question_id', 'A question id is 3–64 lowercase letters, digits and single hyphens.');
    const q = store.questions.get(id);
    if (!q) throw notFound('question_not_found', `No question "${id}" in this collection.`);
    return c.json(q);
  });
  api.get('/stats', (c) => c.json<StatsResponse>(store.content.stats));
  // The collection's study plan (paths, checklists, mock formats). /api/plan is the user's interview plan (routes-plan.ts).
  api.get('/study-plan', (c) => c.json<PlanResponse>(store.content.plan));
  api.get('/tags', (c) => c.json<TagsResponse>({ tags: store.tags }));
  api.get('/references', (c) => c.json<ReferencesResponse>({ ...store.content.references, mustRead: [...MUST_READ] }));
  api.get('/diagnostics', (c) => c.json<DiagnosticsResponse>({ diagnostics: store.content.diagnostics }));
  return api;
}
