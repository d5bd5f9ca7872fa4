import { describe, expect, it } from 'vitest';
import { similarQuestions, tagJaccard, type SimilarInput } from './similar-questions.js';

const q = (id: string, title: string, text: string, tags: string[] = [], exclude: string[] = []): SimilarInput => ({
  id,
  topicId: id.split('-')[0]!,
  title,
  text,
  tags,
  exclude: new Set(exclude),
});

const POOL = [
  q(
    '01-adam',
    'How does the Adam optimizer adapt its learning rate?',
    'Adam keeps moving averages of the gradient and its square; the learning rate per parameter shrinks where gradients are large.',
    ['optimization'],
  ),
  q(
    '01-rmsprop',
    'What does RMSProp do with the squared gradient?',
    'RMSProp divides the learning rate by a moving average of the squared gradient, per parameter.',
    ['optimization'],
  ),
  q(
    '02-dropout',
    'Why does dropout regularize a network?',
    'Dropout zeroes random units during training, an ensemble of thinned networks that resists co-adaptation.',
    ['regularization'],
  ),
  q(
    '03-bleu',
    'What does the BLEU score measure?',
    'BLEU counts n-gram precision of a translation against references, with a brevity penalty.',
    ['nlp', 'evaluation'],
  ),
  q('03-rouge', 'What does ROUGE measure for summaries?', 'ROUGE counts n-gram recall of a summary against references.', [
    'nlp',
    'evaluation',
  ]),
];

describe('similarQuestions', () => {
  it('finds the known neighbour first: the question sharing both words and tags', () => {
    const out = similarQuestions(POOL);
    expect(out.get('01-adam')![0]!.id).toBe('01-rmsprop');
    expect(out.get('03-bleu')![0]!.id).toBe('03-rouge');
    expect(out.get('03-rouge')![0]!).toMatchObject({ id: '03-bleu', topicId: '03' });
  });

  it('never suggests the question itself or a written Related link', () => {
    const pool = POOL.map((x) => (x.id === '01-adam' ? { ...x, exclude: new Set(['01-rmsprop']) } : x));
    const ids = similarQuestions(pool)
      .get('01-adam')!
      .map((s) => s.id);
    expect(ids).not.toContain('01-rmsprop');
    expect(ids).not.toContain('01-adam');
  });

  it('drops neighbours below the score floor and keeps at most `limit`', () => {
    const out = similarQuestions(POOL, { minScore: 0.99 });
    expect(out.get('01-adam')).toEqual([]);
    const many = Array.from({ length: 9 }, (_, i) => q(`0${i}-x${i}`, 'Gradient clipping', 'Clip the gradient norm.', ['optimization']));
    expect(similarQuestions([...many, ...POOL], { limit: 3 }).get('00-x0')).toHaveLength(3);
  });

  it('orders ties by collection order, whatever the input order of the tied ones', () => {
    const base = q('09-base', 'Batch norm', 'Normalizes activations per batch.', ['norm']);
    const twins = ['09-c', '09-a', '09-b'].map((id) => q(id, 'Layer norm', 'Normalizes activations per example.', ['norm']));
    const first = similarQuestions([base, ...twins])
      .get('09-base')!
      .map((s) => s.id);
    expect(first).toEqual(['09-c', '09-a', '09-b']);
    expect(
      new Set(
        similarQuestions([base, ...twins])
          .get('09-base')!
          .map((s) => s.score),
      ).size,
    ).toBe(1);
    const reordered = similarQuestions([base, twins[2]!, twins[0]!, twins[1]!])
      .get('09-base')!
      .map((s) => s.id);
    expect(reordered).toEqual(['09-b', '09-c', '09-a']);
  });

  it('counts shared tags even when no words are shared', () => {
    const out = similarQuestions([q('a-1', 'Alpha', 'zeta', ['fairness']), q('b-1', 'Beta', 'omega', ['fairness'])]);
    expect(out.get('a-1')!.map((s) => s.id)).toEqual(['b-1']);
  });
});

describe('tagJaccard', () => {
  it.each([
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['A'], ['a'], 1],
    [[], ['a'], 0],
    [['a'], ['b'], 0],
  ])('%j vs %j = %d', (a, b, want) => expect(tagJaccard(a, b)).toBeCloseTo(want, 10));
});

describe('similarQuestions scores', () => {
  // N = 3. kiwi is in 2 documents (idf ln 1.5) and twice in each of A and B (the title counts twice): weight
  // (1 + ln 2) ln 1.5 = 0.6865; lime and plum once, idf ln 3 = 1.0986. cos(A, B) = 0.6865² / (0.6865² + 1.0986²)
  // = 0.2808; tags {x, y} and {y}: Jaccard 1/2.
  const A = q('01-a', 'kiwi', 'lime', ['x', 'y']);
  const B = q('01-b', 'kiwi', 'plum', ['Y']);
  const C = q('02-c', 'pear', '', []);

  it('blends 0.7 x the TF-IDF cosine with 0.3 x the tag Jaccard, rounded to 3 places', () => {
    const out = similarQuestions([A, B, C]);
    expect(Object.fromEntries(out)).toEqual({
      '01-a': [{ id: '01-b', topicId: '01', title: 'kiwi', score: 0.347 }],
      '01-b': [{ id: '01-a', topicId: '01', title: 'kiwi', score: 0.347 }],
      '02-c': [],
    });
  });

  it('weighs text and tags as told', () => {
    expect(similarQuestions([A, B, C], { textWeight: 1 }).get('01-a')).toEqual([
      { id: '01-b', topicId: '01', title: 'kiwi', score: 0.281 },
    ]);
    expect(similarQuestions([A, B, C], { textWeight: 0 }).get('01-a')).toEqual([{ id: '01-b', topicId: '01', title: 'kiwi', score: 0.5 }]);
  });

  it('keeps a neighbour scoring exactly the floor and drops one just under it', () => {
    expect(
      similarQuestions([A, B, C], { minScore: 0.34657 })
        .get('01-a')!
        .map((s) => s.id),
    ).toEqual(['01-b']);
    expect(similarQuestions([A, B, C], { minScore: 0.3466 }).get('01-a')).toEqual([]);
  });

  it('scores identical texts 0.7 and caps the cosine at 1', () => {
    const same = similarQuestions([q('01-a', 'kiwi lime', 'plum'), q('01-b', 'kiwi lime', 'plum'), C]);
    expect(same.get('01-a')).toEqual([{ id: '01-b', topicId: '01', title: 'kiwi lime', score: 0.7 }]);
  });

  it('ignores a word found in every document, and one found in more than a fifth of a large collection', () => {
    // Every document shares "kiwi": its idf is 0, so it links nothing, even with no score floor.
    expect(Object.fromEntries(similarQuestions([q('01-a', 'kiwi', 'lime'), q('01-b', 'kiwi', 'plum')], { minScore: 0 }))).toEqual({
      '01-a': [],
      '01-b': [],
    });
    // 11 of 12 documents share "kiwi": above max(10, 12 / 5) documents, it is a stop word of the collection.
    const docs = Array.from({ length: 12 }, (_, i) => q(`0${i}-d`, i === 11 ? 'pear' : 'kiwi', `word${'abcdefghijkl'[i]}`));
    const out = similarQuestions(docs, { minScore: 0 });
    expect([...out.values()]).toEqual(Array.from({ length: 12 }, () => []));
  });

  it('keeps the first 5 of tied neighbours by default', () => {
    const base = q('01-base', 'kiwi', '', ['t']);
    const others = ['lime', 'plum', 'pear', 'fig', 'date', 'yuzu', 'sloe'].map((t, i) => q(`0${i}-o`, t, '', ['t']));
    expect(similarQuestions([base, ...others]).get('01-base')).toEqual(
      ['lime', 'plum', 'pear', 'fig', 'date'].map((title, i) => ({ id: `0${i}-o`, topicId: `0${i}`, title, score: 0.3 })),
    );
  });

  it('ignores one-letter words, numbers and stop words', () => {
    const out = similarQuestions([q('01-a', 'x 42 the', ''), q('01-b', 'x 42 the', ''), C], { minScore: 0 });
    expect(Object.fromEntries(out)).toEqual({ '01-a': [], '01-b': [], '02-c': [] });
  });

  it('never suggests a question under its own id, even from a second input with that id', () => {
    const out = similarQuestions([q('01-a', 'kiwi lime', ''), q('01-a', 'kiwi lime', ''), C]);
    expect(Object.fromEntries(out)).toEqual({ '01-a': [], '02-c': [] });
  });
});
