// The ranking rules of search-engine.ts on small hand-made collections, one rule per test.

import { describe, expect, it } from 'vitest';
import { buildIndexData, scanWords } from './inverted-index.js';
import type { SearchDoc } from './search-docs.js';
import { SearchEngine } from './search-engine.js';
import { stem } from './stem.js';
import { tokenize } from './tokenize.js';

function doc(id: string, title: string, body = '', tags: string[] = []): SearchDoc {
  return { id, topicId: '01', order: 0, title, body, extra: '', tags, difficulty: 'easy', essential: true };
}

function engineOf(docs: SearchDoc[]) {
  const engine = new SearchEngine(buildIndexData(docs));
  const ids = (q: string, limit = 10, offset = 0) => engine.search({ q, limit, offset }).hits.map((h) => docs[h.doc]!.id);
  return { engine, ids };
}

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => doc(`filler-${i}`, `Unrelated question number ${i}`, 'about other things'));

describe('SearchEngine', () => {
  it('ranks an exact match above a typo correction of the same word', () => {
    // "desent" is in the collection once (a typo in an answer); "descent" in many. The exact word wins, and the
    // correction is searched beside it, never instead of it.
    const { engine, ids } = engineOf([
      doc('descent-1', 'Gradient descent explained', 'descent descent descent'),
      doc('descent-2', 'Steepest descent and its rate', 'descent'),
      doc('descent-3', 'Mirror descent', 'descent'),
      doc('descent-4', 'Coordinate descent', 'descent'),
      doc('descent-5', 'Descent lemma', 'descent'),
      doc('typo', 'A question', 'a decent desent of the hill'),
      ...filler(5),
    ]);
    expect(ids('desent')[0]).toBe('typo');
    expect(ids('desent')).toContain('descent-1');
    expect(engine.search({ q: 'desent', limit: 10, offset: 0 }).corrected).toContain('descent');
  });

  it('never corrects a word the collection contains in more than a couple of questions', () => {
    const docs = [
      doc('bayes', 'Bayes rule', 'bayes bayes'),
      doc('bayes-2', 'Naive Bayes', 'bayes'),
      doc('bayes-3', 'Bayes factor', 'bayes'),
    ];
    const { engine, ids } = engineOf([
      ...docs,
      doc('bias', 'Bias of an estimator', 'bias bias bias'),
      doc('bias-2', 'Bias', 'bias'),
      ...filler(5),
    ]);
    expect(engine.search({ q: 'bayes', limit: 10, offset: 0 }).corrected).toBeNull();
    expect(ids('bayes').sort()).toEqual(['bayes', 'bayes-2', 'bayes-3']);
  });

  it('corrects a misspelt word and finds the question with both words', () => {
    const { engine, ids } = engineOf([
      doc('gd', 'Gradient descent', 'step along the gradient'),
      doc('gb', 'Gradient boosting', 'trees'),
      ...filler(5),
    ]);
    expect(ids('gradient desent')[0]).toBe('gd');
    expect(engine.search({ q: 'gradiant desent', limit: 10, offset: 0 }).corrected).toEqual(
      expect.arrayContaining(['gradient', 'descent']),
    );
    expect(ids('gradiant desent')[0]).toBe('gd');
  });

  it('keeps a short query as-you-type: every word, the last one as a prefix', () => {
    const { ids } = engineOf([
      doc('bn', 'Batch normalization', 'normalizes activations'),
      doc('ln', 'Layer normalization', 'per token'),
      doc('batch', 'Batch size and learning rate', 'large batch'),
      ...filler(3),
    ]);
    expect(ids('batch normalizati')).toEqual(['bn']);
    expect(ids('normaliz').sort()).toEqual(['bn', 'ln']);
  });

  it('answers a query with one word the collection lacks with the questions matching the rest', () => {
    const { ids } = engineOf([doc('gnn', 'GNN layer comparison', 'GCN and GAT'), ...filler(5)]);
    expect(ids('GraphSAGE comparison')).toEqual(['gnn']);
    expect(ids('qqqqzzzz')).toEqual([]);
  });

  it('ranks a pasted question by how many of its words match, ignoring stop words', () => {
    const { ids } = engineOf([
      doc('bn-pros', 'Batch normalization trade-offs', 'The pros: faster training. The cons: small batches hurt.'),
      doc('es-pros', 'Early stopping', 'Its pros and cons are simple.'),
      doc('bn', 'What batch normalization computes', 'mean and variance per batch'),
      ...filler(5),
    ]);
    // "what", "are", "the", "and", "of" are stop words; "norm" also finds "normalization" (an abbreviation).
    expect(ids('What are the pros and cons of batch norm?')[0]).toBe('bn-pros');
    expect(ids('What are the pros and cons of batch norm?')).toContain('es-pros');
  });

  it('does not let a stem or prefix of a complete word outrank the word (the two noisy cases of issue 14)', () => {
    const { ids } = engineOf([
      doc('det-policy', 'Deterministic policy gradient', 'deterministic deterministic policies determine actions'),
      doc('determinant', 'What is the determinant?', 'the determinant of a matrix'),
      doc('offline', 'Offline reinforcement learning', 'reinforcement learning from a fixed baseline dataset; reinforcement reinforcement'),
      doc('reinforce', 'REINFORCE with a baseline', 'the REINFORCE estimator'),
      ...filler(5),
    ]);
    expect(ids('determinant')[0]).toBe('determinant');
    expect(ids('REINFORCE baseline')[0]).toBe('reinforce');
  });

  it('finds a hyphenated compound whether the query writes it apart or together', () => {
    const { ids } = engineOf([
      doc('pv', 'What a p-value means', 'probability under the null'),
      doc('val', 'Value iteration', 'p of each state'),
      ...filler(3),
    ]);
    expect(ids('pvalue')).toEqual(['pv']);
    expect(ids('p value')[0]).toBe('pv');
  });

  it('pages through the same ranking with a stable total', () => {
    const docs = Array.from({ length: 25 }, (_, i) => doc(`q${i}`, `Question ${i} about gradients`, 'gradient '.repeat(1 + (i % 5))));
    const { engine, ids } = engineOf(docs);
    const all = ids('gradient', 25);
    expect(all).toHaveLength(25);
    expect([...ids('gradient', 10, 0), ...ids('gradient', 10, 10), ...ids('gradient', 10, 20)]).toEqual(all);
    expect(engine.search({ q: 'gradient', limit: 10, offset: 20 }).total).toBe(25);
  });

  it('applies the filter before counting and paging', () => {
    const docs = [doc('a', 'Gradient one'), doc('b', 'Gradient two'), doc('c', 'Gradient three')];
    const { engine } = engineOf(docs);
    const r = engine.search({ q: 'gradient', limit: 1, offset: 0, accept: (d) => d !== 1 });
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => docs[h.doc]!.id)).not.toContain('b');
  });

  it('treats FTS5 column filters as the word they filter on', () => {
    const { ids } = engineOf([doc('gd', 'Gradient descent'), doc('title', 'Title case'), ...filler(3)]);
    expect(ids('title:gradient')).toEqual(['gd']);
  });

  it('limits a column-filtered word to its field, and leaves the other words free', () => {
    const docs = [
      doc('body', 'Momentum explained', 'the gradient gradient gradient of the loss'),
      doc('title', 'Gradient clipping', 'clip the norm'),
      doc('both', 'Gradient noise', 'momentum and noise'),
      ...filler(3),
    ];
    const { ids } = engineOf(docs);
    expect(ids('gradient')).toContain('body');
    expect(ids('title:gradient').sort()).toEqual(['both', 'title']);
    expect(ids('TITLE : "gradient"').sort()).toEqual(['both', 'title']);
    expect(ids('body:gradient')).toEqual(['body']);
    expect(ids('title:gradient momentum')).toEqual(['both']);
    expect(SearchEngine.queryTerms('title:gradient descent')).toEqual([
      { word: 'gradient', field: 0 },
      { word: 'descent', field: null },
    ]);
  });
});

describe('SearchEngine scores', () => {
  // BM25 per field, written out from the formula in search-engine.ts's header as an independent reference:
  // idf = ln(1 + (N - df + 0.5) / (df + 0.5)); per field f, tf' = c / (1 - b_f + b_f * len_f / avglen_f), and
  // the doc's impact = sum over fields of w_f * tf' * (k1 + 1) / (tf' + k1); score = weight * idf * impact.
  const W = [2, 1.2, 1, 0.3];
  const B = [0.5, 0.3, 0.75, 0.75];
  const K1 = 1.2;
  const fieldsOf = (d: SearchDoc) => [d.title, d.tags.join(' '), d.body, d.extra].map(tokenize);

  function reference(docs: SearchDoc[], word: string, d: number, weight = 1): number {
    const fields = docs.map(fieldsOf);
    const avg = [0, 1, 2, 3].map((f) => Math.max(1, fields.reduce((sum, fs) => sum + fs[f]!.length, 0) / docs.length));
    const df = fields.filter((fs) => fs.some((words) => words.includes(word))).length;
    const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
    let impact = 0;
    fields[d]!.forEach((words, f) => {
      const c = words.filter((w) => w === word).length;
      if (c === 0) return;
      const tf = c / (1 - B[f]! + (B[f]! * words.length) / avg[f]!);
      impact += (W[f]! * tf * (K1 + 1)) / (tf + K1);
    });
    return weight * idf * impact;
  }

  const docs = [
    {
      ...doc('drop', 'Dropout regularization', 'dropout zeroes units at random during training', ['regularization']),
      extra: 'nn.Dropout(p)',
    },
    doc('decay', 'Weight decay', 'weight decay shrinks weights and unlike dropout it needs no dropout mask at all'),
    doc('bn', 'Batch norm', 'normalizes activations'),
    doc('adam', 'Adam optimizer', 'moving averages of gradients'),
    doc('lr', 'Learning rate schedules', 'warmup then cosine decay'),
  ];
  const engine = new SearchEngine(buildIndexData(docs));

  it('scores a word by BM25 per field: title, tags, body and code weighted, each length-normalised', () => {
    const hits = engine.search({ q: 'dropout', limit: 10, offset: 0 }).hits;
    expect(hits.map((h) => docs[h.doc]!.id)).toEqual(['drop', 'decay']);
    for (const h of hits) expect(h.score).toBeCloseTo(reference(docs, 'dropout', h.doc), 5);
    const decay = engine.search({ q: 'decay', limit: 10, offset: 0 }).hits;
    expect(decay.map((h) => docs[h.doc]!.id)).toEqual(['decay', 'lr']);
    for (const h of decay) expect(h.score).toBeCloseTo(reference(docs, 'decay', h.doc), 5);
  });

  it('adds the groups of a two-word query, each at its full weight when matched exactly', () => {
    const [top] = engine.search({ q: 'weight decay', limit: 1, offset: 0 }).hits;
    expect(docs[top!.doc]!.id).toBe('decay');
    expect(top!.score).toBeCloseTo(reference(docs, 'weight', top!.doc) + reference(docs, 'decay', top!.doc), 5);
  });

  it('scores a stem sibling at 0.85 of the word itself', () => {
    const [hit] = engine.search({ q: 'gradient ', limit: 1, offset: 0 }).hits;
    expect(docs[hit!.doc]!.id).toBe('adam');
    expect(hit!.score).toBeCloseTo(reference(docs, 'gradients', hit!.doc, 0.85), 5);
  });
});

describe('SearchEngine completions and ties', () => {
  it('completes the last word while it is typed, and not once it is followed by a space', () => {
    const { ids } = engineOf([doc('reg', 'Regularization', 'penalties'), doc('regr', 'Regression', 'fits'), ...filler(3)]);
    expect(ids('regu')).toEqual(['reg']);
    expect(ids('reg').sort()).toEqual(['reg', 'regr']);
    expect(ids('reg ')).toEqual([]);
    expect(ids('re')).toEqual(expect.arrayContaining(['reg', 'regr']));
  });

  it('completes a word of 4+ letters that is not the last one, as an abbreviation', () => {
    const { ids } = engineOf([doc('ln', 'Layer normalization', 'per token'), doc('bn', 'Batch size', 'samples'), ...filler(3)]);
    expect(ids('norm layer')).toEqual(['ln']);
    expect(ids('norm ')).toEqual(['ln']);
    expect(ids('nor ')).toEqual([]);
  });

  it('offers the most frequent completions first when there are more than it keeps', () => {
    // 40 rare words start with "zeta" and one common one: the common one must be among the completions kept.
    const rare = Array.from({ length: 40 }, (_, i) => doc(`r${i}`, `Zeta${String.fromCharCode(97 + (i % 26))}${i} item`));
    const common = Array.from({ length: 5 }, (_, i) => doc(`c${i}`, `Zetacommon entry ${i}`));
    const { engine } = engineOf([...rare, ...common]);
    const r = engine.search({ q: 'zeta', limit: 100, offset: 0 });
    expect(r.total).toBe(5 + 31);
    expect(r.hits.filter((h) => h.doc >= 40)).toHaveLength(5);
  });

  it('lists equal scores in collection order', () => {
    const { ids } = engineOf([doc('a', 'Kernel trick'), doc('b', 'Kernel trick'), doc('c', 'Kernel trick'), ...filler(3)]);
    expect(ids('kernel')).toEqual(['a', 'b', 'c']);
    expect(ids('kernel', 2, 1)).toEqual(['b', 'c']);
  });

  it('keeps a filter name inside a word as a plain word, and knows tag: as well as tags:', () => {
    const docs = [doc('t', 'Subtitle generation', 'captions', ['speech']), doc('s', 'Speech models', 'audio'), ...filler(3)];
    const { ids } = engineOf(docs);
    expect(SearchEngine.queryTerms('subtitle:speech')).toEqual([
      { word: 'subtitle', field: null },
      { word: 'speech', field: null },
    ]);
    expect(ids('tag:speech')).toEqual(['t']);
    expect(ids('tags:speech')).toEqual(['t']);
  });
});

describe('scanWords', () => {
  it('splits like tokenize and adds the joined halves of hyphenated words', () => {
    const out: string[] = [];
    expect(scanWords('The p-value of k-means, a - b; Ünïcode', out)).toBe(9);
    expect(out).toEqual(['the', 'p', 'value', 'of', 'k', 'means', 'a', 'b', 'unicode', 'pvalue', 'kmeans']);
  });
});

describe('stem', () => {
  it.each([
    ['gradients', 'gradient'],
    ['regularization', 'regulariz'],
    ['regularise', 'regulariz'],
    ['probabilities', 'probability'],
    ['loss', 'loss'],
    ['bias', 'bias'],
    ['reinforce', 'reinforce'],
    ['reinforcement', 'reinforcement'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
