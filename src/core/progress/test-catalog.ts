// A small catalog for the progress tests: two topics, questions of every difficulty. Test-only helper.
import { asQuestionId, asTopicId, type Difficulty } from '../model/index.js';
import type { CatalogTopic } from './catalog.js';

export function testCatalog(): CatalogTopic[] {
  const q = (topic: string, part: number, id: string, difficulty: Difficulty) => ({ id: asQuestionId(id), topicId: asTopicId(topic), partNumber: part, title: id, difficulty, aliases: [], keyPoints: 4 });
  return [
    { id: asTopicId('01'), title: 'One', essential: false, parts: [{ number: 1, title: 'P1', questions: [q('01', 1, 'a1', 'easy'), q('01', 1, 'a2', 'medium')] }, { number: 2, title: 'P2', questions: [q('01', 2, 'a3', 'hard')] }] },
    { id: asTopicId('02'), title: 'Two', essential: true, parts: [{ number: 1, title: 'P1', questions: [q('02', 1, 'b1', 'easy'), q('02', 1, 'b2', 'medium'), q('02', 1, 'b3', 'hard'), q('02', 1, 'b4', 'medium')] }] },
  ];
}
