// Must-know concepts and the references index through `app.request()` on the web-prep fixture vault: the
// `must-know` review scope serves exactly the concepts' questions, /api/must-know reports coverage and progress,
// and /api/references groups each cited work with the questions that cite it.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';

const clock = { t: Date.UTC(2026, 2, 1, 12) };
let app: Hono;
let progress: ProgressStore | null;

beforeAll(async () => {
  ({ app, progress } = await buildTestApp('web-prep', { now: () => clock.t }));
});
afterAll(() => progress?.close());

const call = async (method: string, url: string, body?: unknown) => {
  const res = await app.request(url, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

/** Grade every card the scope serves today (Easy, so none comes back today) and return the question ids in the order served. */
async function drain(scope: string): Promise<string[]> {
  const served: string[] = [];
  for (let i = 0; i < 20; i++) {
    const next = await call('GET', `/api/review/next?scope=${scope}`);
    expect(next.status).toBe(200);
    const id = next.body.card?.questionId as string | undefined;
    if (!id) break;
    served.push(id);
    expect((await call('POST', '/api/review', { questionId: id, rating: 4, uid: `mk-${scope}-${i}` })).status).toBe(201);
    clock.t += 1000;
  }
  return served;
}

describe('must-know', () => {
  it('rejects an unknown area with a 400 that names it', async () => {
    const r = await call('GET', '/api/review/next?scope=must-know:nope');
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('nope');
  });

  it('scope must-know:core serves exactly the core concepts’ questions, in list order', async () => {
    expect(await drain('must-know:core')).toEqual(['bayes-rule', 'bias-variance']);
  });

  it('reports each concept with its questions and the user’s progress', async () => {
    const r = await call('GET', '/api/must-know');
    expect(r.status).toBe(200);
    const [core, math] = r.body as any[];
    expect(core.id).toBe('core');
    expect(core.concepts.map((c: any) => [c.id, c.questions.map((q: any) => q.id), c.studied])).toEqual([
      ['mk-bayes', ['bayes-rule'], 1],
      ['mk-bias-variance', ['bias-variance', 'bayes-rule'], 2],
    ]);
    expect(core).toMatchObject({ questions: 2, studied: 2 });
    expect(math).toMatchObject({ id: 'math', questions: 2, studied: 0, mastered: 0, ready: 0 });
  });

  it('scope must-know includes the other areas once the core is studied', async () => {
    expect((await drain('must-know')).sort()).toEqual(['gd-step-size', 'hessian-critical-point']);
  });
});

describe('references index', () => {
  it('groups one work cited by two questions and marks nothing as must-read that is not', async () => {
    const r = await call('GET', '/api/references');
    expect(r.status).toBe(200);
    const bishop = r.body.works.find((w: any) => w.key === 'bishop-2006-pattern');
    expect(bishop).toMatchObject({ label: 'Bishop (2006)', year: '2006', topics: ['02'] });
    expect(bishop.citedBy.map((q: any) => q.id)).toEqual(['bayes-rule', 'bias-variance']);
    expect(r.body.works[0].key).toBe('bishop-2006-pattern');
    const hastie = r.body.works.find((w: any) => w.key === 'hastie-2009-elements');
    expect(hastie.label).toBe('Hastie et al. (2009)');
    expect(r.body.works.some((w: any) => w.mustRead)).toBe(false);
    expect(r.body.mustRead.map((m: any) => m.key)).toContain('vaswani-2017-attention');
  });

  it('gives each question the key of each of its references', async () => {
    const q = await call('GET', '/api/questions/bias-variance');
    expect(q.body.referenceKeys).toEqual(['bishop-2006-pattern', 'hastie-2009-elements']);
  });
});
