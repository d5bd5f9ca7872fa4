// Route tests through `app.request()` (no socket) against the web-demo fixture vault.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { QuestionDetail, SearchResponse, TopicDetail, TopicsResponse, PlanResponse } from '../core/api/types.js';
import { buildTestApp } from '../../test/helpers/build-test-app.js';

let app: Hono;
beforeAll(async () => {
  ({ app } = await buildTestApp('web-demo'));
});

const get = async (url: string) => {
  const res = await app.request(url);
  return {
    res,
    body: res.headers.get('content-type')?.includes('json') ? ((await res.json()) as Record<string, unknown>) : await res.text(),
  };
};

describe('content API', () => {
  it('GET /api/health counts the questions', async () => {
    const { res, body } = await get('/api/health');
    expect(res.status).toBe(200);
    expect(body).toEqual({ ok: true, questions: 5 });
  });

  it('GET /api/topics lists topics with parts and counts', async () => {
    const { body } = await get('/api/topics');
    const { topics } = body as unknown as TopicsResponse;
    expect(topics.map((t) => [t.id, t.questionCount])).toEqual([
      ['01', 3],
      ['02', 2],
    ]);
    expect(topics[0]!.parts.map((p) => [p.anchor, p.questionCount])).toEqual([
      ['part-0', 2],
      ['part-1', 1],
    ]);
  });

  it('GET /api/topics/:id has rendered answers with KaTeX, Shiki and in-app links', async () => {
    const { res, body } = await get('/api/topics/01');
    expect(res.status).toBe(200);
    const topic = body as unknown as TopicDetail;
    const q = topic.parts[0]!.questions[0]!;
    expect(q.id).toBe('gd-step-size');
    expect(q.answerHtml).toContain('class="katex-display"');
    expect(q.answerHtml).toContain('class="shiki');
    expect(q.related[1]).toContain('href="/q/bayes-rule"');
    expect(topic.introHtml).toContain('href="/t/02"');
  });

  it('GET /api/questions/:id carries sections and prev/next across topics', async () => {
    const { body } = await get('/api/questions/hessian-critical-point');
    const q = body as unknown as QuestionDetail;
    expect(q.keyPoints).toHaveLength(2);
    expect(q.prev?.id).toBe('eigen-decomposition');
    expect(q.next?.id).toBe('bayes-rule');
  });

  it('GET /api/stats returns the stats object', async () => {
    const { body } = await get('/api/stats');
    expect((body as { totals: { questions: number } }).totals.questions).toBe(5);
  });

  it('GET /api/study-plan has the 13 planned topics and the study paths', async () => {
    const { body } = await get('/api/study-plan');
    const plan = body as unknown as PlanResponse;
    expect(plan.planned).toHaveLength(13);
    expect(plan.planned.filter((p) => p.topic).map((p) => p.id)).toEqual(['01', '02']);
    expect(plan.paths[0]!.steps[1]!.href).toBe('/t/02#part-1');
  });

  it.each([
    ['/api/topics/7', 400, 'bad_topic_id'],
    ['/api/topics/99', 404, 'topic_not_found'],
    ['/api/questions/Not_An_Id', 400, 'bad_question_id'],
    ['/api/questions/no-such-question', 404, 'question_not_found'],
    ['/api/nothing-here', 404, 'not_found'],
    ['/api/search?difficulty=extreme', 400, 'bad_param'],
    ['/api/search?limit=0', 400, 'bad_param'],
    ['/api/search?limit=abc', 400, 'bad_param'],
    ['/api/search?topic=99', 400, 'bad_param'],
    ['/api/search?essential=maybe', 400, 'bad_param'],
    ['/api/search?tag=Bad%20Tag', 400, 'bad_param'],
    [`/api/search?q=${'a'.repeat(201)}`, 400, 'bad_param'],
  ])('GET %s -> %i %s', async (url, status, code) => {
    const { res, body } = await get(url);
    expect(res.status).toBe(status);
    expect((body as { error: { code: string; message: string } }).error.code).toBe(code);
    expect((body as { error: { message: string } }).error.message.length).toBeGreaterThan(5);
  });

  it('refuses writes with 405', async () => {
    const res = await app.request('/api/topics', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
  });
});

describe('search API', () => {
  const search = async (qs: string) => (await get(`/api/search?${qs}`)).body as unknown as SearchResponse;

  it('finds by answer text with bm25 ranking, highlighted matches and timing', async () => {
    const r = await search('q=eigenvectors');
    expect(r.results[0]!.id).toBe('eigen-decomposition');
    expect(r.results[0]!.snippet).toContain('<mark>eigenvectors</mark>');
    expect(typeof r.tookMs).toBe('number');
  });

  it('treats the last word as a prefix (as-you-type)', async () => {
    expect((await search('q=hess')).results.map((x) => x.id)).toEqual(['hessian-critical-point']);
  });

  it('tolerates a typo through the vocabulary fallback', async () => {
    const r = await search('q=eigendecompositon');
    expect(r.results[0]?.id).toBe('eigen-decomposition');
    expect(r.corrected).toContain('eigendecomposition');
  });

  it.each(['eigendecompositon matrix', 'matrix eigendecompositon', 'eigendecompositon matri', 'eigendecompositon qqqqzz'])(
    'answers a typo next to another word (%s) with results, not a 500',
    async (q) => {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.res.status).toBe(200);
      expect((res.body as unknown as SearchResponse).results[0]?.id).toBe('eigen-decomposition');
    },
  );

  it('finds a pasted question even when some of its words are in no answer', async () => {
    const r = await search(`q=${encodeURIComponent('What is the Hessian at a critical point, GraphSAGE-style?')}`);
    expect(r.results[0]?.id).toBe('hessian-critical-point');
  });

  it('filters by topic, difficulty, essential and tag', async () => {
    expect((await search('tag=optimization')).results.map((x) => x.id)).toEqual(['gd-step-size', 'hessian-critical-point']);
    expect((await search('q=point&difficulty=hard')).results.map((x) => x.id)).toEqual(['hessian-critical-point']);
    expect((await search('topic=02')).results).toHaveLength(2);
    expect((await search('essential=false')).results).toHaveLength(0);
  });

  it('escapes markup in the query and never interprets FTS syntax', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('"<b>x" NEAR( OR -')}`);
    expect(res.res.status).toBe(200);
    const r = res.body as unknown as SearchResponse;
    for (const x of r.results) expect(`${x.titleHtml} ${x.snippet}`).not.toContain('<b>');
  });
});

describe('pages and headers', () => {
  it('serves the shell with a strict CSP for app routes, 404 for unknown ids', async () => {
    const home = await app.request('/');
    expect(home.status).toBe(200);
    const csp = home.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await home.text()).toContain('/vendor/katex/katex.min.css');
    expect((await app.request('/q/gd-step-size')).status).toBe(200);
    expect((await app.request('/q/unknown-question')).status).toBe(404);
    expect((await app.request('/t/99')).status).toBe(404);
  });

  it('serves KaTeX CSS and fonts locally, and only files from the table', async () => {
    const css = await app.request('/vendor/katex/katex.min.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await app.request('/vendor/katex/fonts/KaTeX_Main-Regular.woff2')).status).toBe(200);
    expect((await app.request('/vendor/katex/../../package.json')).status).toBe(404);
    expect((await app.request('/vendor/katex/%2e%2e/%2e%2e/package.json')).status).toBe(404);
  });

  it('serves the generated content stylesheet', async () => {
    const html = await (await app.request('/')).text();
    const href = /href="(\/generated\/content\.[a-f0-9]+\.css)"/.exec(html)?.[1];
    const res = await app.request(href!);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/\.s-[a-z0-9]+\{/);
  });
});
