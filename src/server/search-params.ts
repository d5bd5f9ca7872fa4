// Validates /api/search query parameters into SearchParams; any bad value is a 400 naming the parameter.

import type { Difficulty } from '../core/model/index.js';
import { DIFFICULTIES, isTopicId } from '../core/model/index.js';
import type { SearchParams } from '../node/search-index.js';
import { badRequest } from './errors.js';

export const MAX_QUERY = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** Paging stops here: past a few pages a query should be refined, and the cap bounds the ranking's work. */
export const MAX_OFFSET = 1000;
/** Tags as the content format writes them: lowercase words, digits and a few joiners. */
const TAG = /^[a-z0-9][a-z0-9+.#-]{0,63}$/;

type Query = (name: string) => string | undefined;

export function parseSearchParams(query: Query, topicIds: ReadonlySet<string>): SearchParams {
  const q = query('q') ?? '';
  if (q.length > MAX_QUERY) throw badRequest('bad_param', `q is longer than ${MAX_QUERY} characters.`);
  const params: SearchParams = { q, limit: DEFAULT_LIMIT };
  const topic = query('topic');
  if (topic) {
    if (!isTopicId(topic) || !topicIds.has(topic)) throw badRequest('bad_param', `topic "${topic}" is not a topic of this collection.`);
    params.topic = topic;
  }
  const difficulty = query('difficulty');
  if (difficulty) {
    if (!(DIFFICULTIES as readonly string[]).includes(difficulty))
      throw badRequest('bad_param', 'difficulty must be easy, medium or hard.');
    params.difficulty = difficulty as Difficulty;
  }
  const essential = query('essential');
  if (essential) {
    if (!['true', 'false', '1', '0'].includes(essential)) throw badRequest('bad_param', 'essential must be true or false.');
    params.essential = essential === 'true' || essential === '1';
  }
  const tag = query('tag');
  if (tag) {
    if (!TAG.test(tag)) throw badRequest('bad_param', 'tag must be a lowercase tag, like "optimization".');
    params.tag = tag;
  }
  const limit = query('limit');
  if (limit) {
    const n = Number(limit);
    if (!/^\d+$/.test(limit) || n < 1 || n > MAX_LIMIT)
      throw badRequest('bad_param', `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
    params.limit = n;
  }
  const offset = query('offset');
  if (offset) {
    const n = Number(offset);
    if (!/^\d+$/.test(offset) || n > MAX_OFFSET) throw badRequest('bad_param', `offset must be a whole number from 0 to ${MAX_OFFSET}.`);
    params.offset = n;
  }
  return params;
}
