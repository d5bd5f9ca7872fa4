// parseSearchParams on its own: every parameter's accepted values and limits, each refusal a 400 `bad_param` whose
// message names the parameter, and the defaults when a parameter is missing or empty.

import { describe, expect, it } from 'vitest';
import { ApiError } from './errors.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_QUERY, parseSearchParams } from './search-params.js';

const TOPICS = new Set(['01', '07']);
const parse = (params: Record<string, string>) => parseSearchParams((name) => params[name], TOPICS);

/** The ApiError a call throws, or fails the test when it returns. */
function refusal(params: Record<string, string>): ApiError {
  try {
    parse(params);
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error(`accepted ${JSON.stringify(params)}`);
}

describe('parseSearchParams', () => {
  it('defaults to an empty query and the default page size, with no filters', () => {
    expect(parse({})).toEqual({ q: '', limit: DEFAULT_LIMIT });
    expect(DEFAULT_LIMIT).toBe(20);
    // Empty values count as missing.
    expect(parse({ q: '', topic: '', difficulty: '', essential: '', tag: '', limit: '', offset: '' })).toEqual({ q: '', limit: 20 });
  });

  it('keeps a query up to the length limit and refuses one character more', () => {
    expect(MAX_QUERY).toBe(200);
    expect(parse({ q: 'x'.repeat(200) }).q).toHaveLength(200);
    const err = refusal({ q: 'x'.repeat(201) });
    expect([err.status, err.code, err.message]).toEqual([400, 'bad_param', 'q is longer than 200 characters.']);
  });

  it('takes a topic of this collection only', () => {
    expect(parse({ topic: '07' })).toEqual({ q: '', limit: 20, topic: '07' });
    expect(refusal({ topic: '02' }).message).toBe('topic "02" is not a topic of this collection.');
    expect(refusal({ topic: '7' }).message).toBe('topic "7" is not a topic of this collection.');
    expect(refusal({ topic: 'x' }).code).toBe('bad_param');
  });

  it('takes the three difficulties, in lower case', () => {
    for (const d of ['easy', 'medium', 'hard']) expect(parse({ difficulty: d }).difficulty).toBe(d);
    for (const d of ['Easy', 'expert']) expect(refusal({ difficulty: d }).message).toBe('difficulty must be easy, medium or hard.');
  });

  it('reads essential as true/1 or false/0', () => {
    expect(parse({ essential: 'true' }).essential).toBe(true);
    expect(parse({ essential: '1' }).essential).toBe(true);
    expect(parse({ essential: 'false' }).essential).toBe(false);
    expect(parse({ essential: '0' }).essential).toBe(false);
    for (const e of ['yes', 'TRUE', '2']) expect(refusal({ essential: e }).message).toBe('essential must be true or false.');
  });

  it('takes a lowercase tag of up to 64 characters that starts with a letter or digit', () => {
    for (const tag of ['optimization', 'c++', 'c#', 'l2-norm', 'v1.2', '9', 'a'.repeat(64)]) expect(parse({ tag }).tag).toBe(tag);
    for (const tag of ['Optim', '-lead', '.x', 'a b', 'a'.repeat(65), 'x/y', 'tag\n'])
      expect(refusal({ tag }).message, tag).toBe('tag must be a lowercase tag, like "optimization".');
  });

  it('takes a page size from 1 to the maximum', () => {
    expect(MAX_LIMIT).toBe(100);
    expect(parse({ limit: '1' }).limit).toBe(1);
    expect(parse({ limit: '100' }).limit).toBe(100);
    expect(parse({ limit: '007' }).limit).toBe(7);
    for (const limit of ['0', '101', '-1', '1.5', '1e2', ' 5', 'ten'])
      expect(refusal({ limit }).message, limit).toBe('limit must be a whole number from 1 to 100.');
  });

  it('takes an offset from 0 to the maximum', () => {
    expect(MAX_OFFSET).toBe(1000);
    expect(parse({ offset: '0' }).offset).toBe(0);
    expect(parse({ offset: '1000' }).offset).toBe(1000);
    for (const offset of ['1001', '-1', '2.0', 'x'])
      expect(refusal({ offset }).message, offset).toBe('offset must be a whole number from 0 to 1000.');
  });

  it('combines every filter', () => {
    expect(parse({ q: 'adam', topic: '01', difficulty: 'hard', essential: '1', tag: 'optimization', limit: '5', offset: '10' })).toEqual({
      q: 'adam',
      limit: 5,
      topic: '01',
      difficulty: 'hard',
      essential: true,
      tag: 'optimization',
      offset: 10,
    });
  });
});
