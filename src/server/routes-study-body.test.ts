// The study routes' body handling and error mapping on their own (a bare Hono app with the same helpers): the
// 413 naming the limit in MB or bytes, the 415 for a non-JSON type, an empty body read as {}, the 400 quoting
// the JSON parser, and each study-engine error turned into its code and status; anything else passes through.

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ScopeError } from '../core/progress/index.js';
import { ImportError } from '../node/store/progress-io.js';
import { UnknownItemError } from '../node/study/prep-service.js';
import { StudyInputError, UnknownQuestionError } from '../node/study/study-service.js';
import { ApiError } from './errors.js';
import { guard, jsonBody, jsonBodyLimit, MAX_BODY_BYTES } from './routes-study.js';

const JSON_TYPE = { 'content-type': 'application/json' };

/** A bare app: POST /echo returns the parsed body; POST /throw/:kind throws that error inside guard(). */
function bare(limit = MAX_BODY_BYTES) {
  const app = new Hono();
  app.post('/echo', jsonBodyLimit(limit), async (c) => c.json({ body: await jsonBody(c) }));
  const errors: Record<string, () => Error> = {
    input: () => new StudyInputError('rating', 'must be 1, 2, 3 or 4'),
    question: () => new UnknownQuestionError('No question "x".'),
    item: () => new UnknownItemError('No mock "m".'),
    scope: () => new ScopeError('scope: bad'),
    import: () => new ImportError('reviewLog[0].rating: must be 1 to 4'),
    other: () => new RangeError('unrelated'),
  };
  app.post(
    '/throw/:kind',
    guard((c) => {
      throw errors[c.req.param('kind') ?? '']!();
    }),
  );
  app.onError((err, c) =>
    err instanceof ApiError
      ? c.json({ status: err.status, code: err.code, message: err.message }, err.status)
      : c.json({ passedThrough: err.name }, 500),
  );
  return app;
}

describe('jsonBodyLimit', () => {
  it('answers a body over the limit with 413, naming the limit in MB or in bytes', async () => {
    const over = await bare(10).request('/echo', { method: 'POST', headers: JSON_TYPE, body: '"0123456789"' });
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ error: { code: 'payload_too_large', message: 'The body is larger than 10 bytes.' } });
    const at = await bare(10).request('/echo', { method: 'POST', headers: JSON_TYPE, body: '"01234567"' });
    expect(at.status).toBe(200);
    const big = await bare(2 * MAX_BODY_BYTES).request('/echo', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify('x'.repeat(2 * MAX_BODY_BYTES)),
    });
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe('The body is larger than 2 MB.');
    expect(MAX_BODY_BYTES).toBe(1024 * 1024);
  });
});

describe('jsonBody', () => {
  it('reads JSON, and an empty or blank body as {}', async () => {
    const echo = async (body: string) =>
      (await (await bare().request('/echo', { method: 'POST', headers: JSON_TYPE, body })).json()) as { body: unknown };
    expect((await echo('{"a":[1,2]}')).body).toEqual({ a: [1, 2] });
    expect((await echo('')).body).toEqual({});
    expect((await echo(' \n ')).body).toEqual({});
    expect((await echo('null')).body).toBeNull();
  });

  it('refuses another content type with 415 and malformed JSON with a 400 that quotes the parser', async () => {
    const typed = await bare().request('/echo', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(await typed.json()).toEqual({
      status: 415,
      code: 'unsupported_media_type',
      message: 'Send the body as JSON with Content-Type: application/json.',
    });
    const broken = (await (await bare().request('/echo', { method: 'POST', headers: JSON_TYPE, body: '{"a":' })).json()) as {
      status: number;
      code: string;
      message: string;
    };
    expect([broken.status, broken.code]).toEqual([400, 'malformed_json']);
    expect(broken.message).toMatch(/^The body is not valid JSON: .+\.$/);
    expect(broken.message).toContain('JSON');
  });
});

describe('guard', () => {
  it.each([
    ['input', 400, 'invalid_field', 'rating: must be 1, 2, 3 or 4'],
    ['question', 404, 'unknown_question', 'No question "x".'],
    ['item', 404, 'not_found', 'No mock "m".'],
    ['scope', 400, 'invalid_scope', 'scope: bad'],
    ['import', 400, 'invalid_import', 'The file cannot be imported: reviewLog[0].rating: must be 1 to 4.'],
  ])('maps a %s error to %i %s', async (kind, status, code, message) => {
    const res = await bare().request(`/throw/${kind}`, { method: 'POST' });
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ status, code, message });
  });

  it('lets any other error through unchanged', async () => {
    const res = await bare().request('/throw/other', { method: 'POST' });
    expect(await res.json()).toEqual({ passedThrough: 'RangeError' });
  });
});
