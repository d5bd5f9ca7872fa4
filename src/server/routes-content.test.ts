// The read-only content routes against fixture vaults whose content is known by heart: tag counts in tag order,
// aliases that answer with the question they name, topic summaries without bodies, and each refusal's code and
// message (400 for a malformed id, 404 for an unknown one).

import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';

let demo: Hono;
let withAlias: Hono;
beforeAll(async () => {
  ({ app: demo } = await buildTestApp('web-demo'));
  ({ app: withAlias } = await buildTestApp('exercise-valid'));
});

const json = async (app: Hono, url: string) => {
  const res = await app.request(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('content routes', () => {
  it('counts each tag over the questions, in tag order', async () => {
    // web-demo: gd-step-size (optimization, convexity), eigen-decomposition (linear-algebra), hessian-critical-point
    // (optimization, calculus), bayes-rule (probability, bayes), bias-variance (statistics, estimators).
    expect((await json(demo, '/api/tags')).body).toEqual({
      tags: [
        { tag: 'bayes', count: 1 },
        { tag: 'calculus', count: 1 },
        { tag: 'convexity', count: 1 },
        { tag: 'estimators', count: 1 },
        { tag: 'linear-algebra', count: 1 },
        { tag: 'optimization', count: 2 },
        { tag: 'probability', count: 1 },
        { tag: 'statistics', count: 1 },
      ],
    });
    expect((await json(demo, '/api/health')).body).toEqual({ ok: true, questions: 5 });
  });

  it('lists topics as summaries: parts without their questions, no intro', async () => {
    const { body } = await json(demo, '/api/topics');
    const topics = body.topics as { id: string; introHtml?: string; parts: Record<string, unknown>[] }[];
    expect(topics.map((t) => t.id)).toEqual(['01', '02']);
    for (const t of topics) {
      expect(t).not.toHaveProperty('introHtml');
      expect(t.parts.length).toBeGreaterThan(0);
      for (const p of t.parts) {
        expect(p).not.toHaveProperty('questions');
        expect(p).not.toHaveProperty('introHtml');
      }
    }
    const detail = (await json(demo, '/api/topics/01')).body as { parts: { questions: { id: string }[] }[] };
    expect(detail.parts.flatMap((p) => p.questions.map((q) => q.id))).toEqual([
      'gd-step-size',
      'eigen-decomposition',
      'hessian-critical-point',
    ]);
  });

  it('answers an alias with the question it names', async () => {
    const byAlias = await json(withAlias, '/api/questions/newton-one-step');
    expect(byAlias.status).toBe(200);
    expect(byAlias.body.id).toBe('newton-quadratic');
    expect(byAlias.body).toEqual((await json(withAlias, '/api/questions/newton-quadratic')).body);
  });

  it.each([
    ['/api/topics/7', 400, { code: 'bad_topic_id', message: '"7" is not a topic id: use two digits, like 07.' }],
    ['/api/topics/99', 404, { code: 'topic_not_found', message: 'No topic 99 in this collection.' }],
    [
      '/api/questions/Bad_Id',
      400,
      { code: 'bad_question_id', message: 'A question id is 3–64 lowercase letters, digits and single hyphens.' },
    ],
    ['/api/questions/no-such-one', 404, { code: 'question_not_found', message: 'No question "no-such-one" in this collection.' }],
  ])('GET %s -> %i with its message', async (url, status, error) => {
    expect(await json(demo, url)).toEqual({ status, body: { error } });
  });

  it('serves the references with the must-read list, and the diagnostics', async () => {
    const refs = (await json(demo, '/api/references')).body;
    expect(Array.isArray(refs.mustRead)).toBe(true);
    expect((refs.mustRead as unknown[]).length).toBeGreaterThan(0);
    const diag = (await json(demo, '/api/diagnostics')).body;
    expect(Array.isArray(diag.diagnostics)).toBe(true);
  });
});
