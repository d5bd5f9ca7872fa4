// Test-only helpers for the progress and study tests: a small in-memory catalog, and a generator of topic
// markdown so that tests can go through the real parser.
import { asQuestionId, asTopicId, type Difficulty } from '../model/index.js';
import type { CatalogTopic } from './catalog.js';
import type { CardState } from '../schedule/index.js';

export function testCatalog(): CatalogTopic[] {
  const q = (topic: string, part: number, id: string, difficulty: Difficulty) => ({
    id: asQuestionId(id),
    topicId: asTopicId(topic),
    partNumber: part,
    title: id,
    difficulty,
    aliases: [],
    keyPoints: 4,
  });
  return [
    {
      id: asTopicId('01'),
      title: 'One',
      essential: false,
      parts: [
        { number: 1, title: 'P1', questions: [q('01', 1, 'a1', 'easy'), q('01', 1, 'a2', 'medium')] },
        { number: 2, title: 'P2', questions: [q('01', 2, 'a3', 'hard')] },
      ],
    },
    {
      id: asTopicId('02'),
      title: 'Two',
      essential: true,
      parts: [
        {
          number: 1,
          title: 'P1',
          questions: [q('02', 1, 'b1', 'easy'), q('02', 1, 'b2', 'medium'), q('02', 1, 'b3', 'hard'), q('02', 1, 'b4', 'medium')],
        },
      ],
    },
  ];
}

export interface SourceQuestion {
  id: string;
  difficulty?: Difficulty;
  aliases?: string;
  keyPoints?: number;
}

/** A valid topic file: `parts` maps part numbers to their questions. */
export function topicSource(id: string, parts: [number, SourceQuestion[]][], essential = true): string {
  const question = (q: SourceQuestion) =>
    `### Q ${q.id}\n<!-- id: ${q.id}; difficulty: ${q.difficulty ?? 'easy'}; tags: t${q.aliases ? `; aliases: ${q.aliases}` : ''} -->\n\nAnswer.\n\n**Key points**\n${Array.from({ length: q.keyPoints ?? 2 }, (_, i) => `- point ${i + 1}`).join('\n')}\n`;
  const body = parts.map(([n, qs]) => `## Part ${n}: P${n}\n\n${qs.map(question).join('\n')}`).join('\n');
  return `---\nid: "${id}"\ntitle: Topic ${id}\ndifficulty: Easy\nkey_for: x\nessential: ${essential}\nsummary: s\n---\n\n# Topic ${id}\n\n${body}`;
}

/** A card last reviewed 5 days before `now`, due a day after it: the lower its stability, the weaker it is. */
export function reviewedCard(now: number, stability: number, lapses = 0, state: CardState['state'] = 'review'): CardState {
  return {
    due: now + 86_400_000,
    stability,
    difficulty: 5,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses,
    state,
    lastReview: now - 5 * 86_400_000,
  };
}
