import { afterEach, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../core/search/index.js';
import { getNote, putNote } from '../store/own-words-store.js';
import { OwnWordsService } from './own-words-service.js';
import { StudyInputError, UnknownQuestionError } from './study-service.js';
import { stores, T0, testService } from './test-service.js';

afterEach(() => stores.splice(0).forEach((s) => s.close()));

const doc = (id: string, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  topicId: '01',
  order: 0,
  title,
  body,
  extra: '',
  tags: [],
  difficulty: 'easy',
  essential: true,
  ...extra,
});

function setup() {
  const t = testService([['q-one', 'old-one'], ['q-two'], ['q-three']]);
  const docs = [
    doc('q-one', 'Gradient descent', 'steps along the negative gradient'),
    doc('q-two', 'Dropout', 'randomly zeroes activations', { tags: ['regularization'] }),
    doc('q-three', 'Batch norm', 'normalizes activations', { difficulty: 'hard' }),
  ];
  return { ...t, words: new OwnWordsService(t.svc, docs) };
}

describe('typed answers through the study service', () => {
  it('stores the typed answer with the grade and lists it the next time, newest first', () => {
    const { svc, words, clock } = setup();
    svc.grade({ questionId: 'q-one', rating: 1, typedAnswer: 'walk downhill' });
    clock.t += 3_600_000;
    svc.grade({ questionId: 'q-one', rating: 3, typedAnswer: '   ' });
    clock.t += 3_600_000;
    svc.grade({ questionId: 'q-one', rating: 4, typedAnswer: 'follow minus the gradient' });
    expect(words.answers('q-one')).toMatchObject([
      { rating: 4, text: 'follow minus the gradient', reviewedAt: T0 + 7_200_000 },
      { rating: 1, text: 'walk downhill', reviewedAt: T0 },
    ]);
    expect(words.answers('old-one')).toHaveLength(2);
  });

  it('rejects a typed answer that is not a string or too long, naming the field', () => {
    const { svc } = setup();
    for (const typedAnswer of [42, 'x'.repeat(20_001)])
      expect(() => svc.grade({ questionId: 'q-one', rating: 3, typedAnswer })).toThrow(expect.objectContaining({ field: 'typedAnswer' }));
  });
});

describe('notes', () => {
  it('saves, renders safely, reads back through an alias and removes with an empty text', async () => {
    const { words } = setup();
    const saved = await words.saveNote('old-one', { markdown: '**mine** <script>alert(1)</script>' });
    expect(saved).toMatchObject({ questionId: 'q-one', markdown: '**mine** <script>alert(1)</script>', updatedAt: T0 });
    expect(saved.html).toContain('<strong>mine</strong>');
    expect(saved.html).not.toContain('<script');
    expect((await words.note('q-one')).markdown).toBe(saved.markdown);
    expect(await words.saveNote('q-one', { markdown: '' })).toEqual({ questionId: 'q-one', markdown: '', html: '', updatedAt: null });
  });

  it.each([
    ['a body that is not an object', ['x'], '(body)'],
    ['a missing markdown', {}, 'markdown'],
    ['a number', { markdown: 3 }, 'markdown'],
    ['too long a note', { markdown: 'x'.repeat(20_001) }, 'markdown'],
  ])('rejects %s naming the field', async (_name, body, field) => {
    const { words } = setup();
    await expect(words.saveNote('q-one', body)).rejects.toThrow(StudyInputError);
    await expect(words.saveNote('q-one', body)).rejects.toThrow(expect.objectContaining({ field }));
  });

  it('refuses an unknown question', async () => {
    const { words } = setup();
    await expect(words.saveNote('nope', { markdown: 'x' })).rejects.toThrow(UnknownQuestionError);
    await expect(words.note('nope')).rejects.toThrow(UnknownQuestionError);
  });

  it('finds a question by the words of its note, not by its own title, and follows edits and filters', async () => {
    const { words } = setup();
    const search = (q: string, extra = {}) => words.searchNotes({ q, limit: 10, ...extra }).map((h) => h.id);
    expect(search('mnemonic')).toEqual([]);
    await words.saveNote('q-two', { markdown: 'My mnemonic: **coin flips** per neuron' });
    await words.saveNote('q-three', { markdown: 'mnemonics help here too' });
    expect(search('mnemonic')).toEqual(expect.arrayContaining(['q-two', 'q-three']));
    const hit = words.searchNotes({ q: 'coin', limit: 10 })[0]!;
    expect(hit).toMatchObject({ id: 'q-two', title: 'Dropout', tags: ['regularization'] });
    expect(hit.snippet).toContain('<mark>coin</mark>');
    expect(search('dropout')).toEqual([]); // the title is the content index's business
    expect(search('mnemonic', { tag: 'regularization' })).toEqual(['q-two']);
    expect(search('mnemonic', { difficulty: 'hard' })).toEqual(['q-three']);
    await words.saveNote('q-two', { markdown: 'rewritten' });
    expect(search('coin')).toEqual([]);
    expect(search('rewritten')).toEqual(['q-two']);
  });
});

describe('note search text', () => {
  it('neither matches nor quotes raw HTML the rendered note drops', async () => {
    const { words } = setup();
    await words.saveNote('q-one', { markdown: 'keep <b>boldword</b> <script>alert(scriptword)</script> <img src=x alt=imgword> end' });
    const search = (q: string) => words.searchNotes({ q, limit: 10 }).map((h) => h.id);
    expect(search('boldword')).toEqual(['q-one']);
    expect(search('scriptword')).toEqual([]);
    expect(search('imgword')).toEqual([]);
    expect(words.searchNotes({ q: 'keep', limit: 10 })[0]!.snippet).not.toMatch(/script|alert|&lt;/);
  });
});

describe('renamed questions', () => {
  it('a note stored under an old id follows the question to its new id', async () => {
    const { svc, store } = setup();
    putNote(store, 'old-one', 'written before the rename', T0);
    putNote(store, 'q-two-old', 'never a question', T0);
    const words = new OwnWordsService(svc, []);
    expect((await words.note('q-one')).markdown).toBe('written before the rename');
    expect(getNote(store, 'old-one')).toBeNull();
    expect(getNote(store, 'q-two-old')?.markdown).toBe('never a question');
  });
});

describe('renamed questions with notes on both ids', () => {
  it('keeps the note under the current id and leaves the alias note in place', async () => {
    const { svc, store } = setup();
    putNote(store, 'q-one', 'current', T0);
    putNote(store, 'old-one', 'from before', T0);
    const words = new OwnWordsService(svc, []);
    expect((await words.note('q-one')).markdown).toBe('current');
    expect(getNote(store, 'old-one')?.markdown).toBe('from before');
  });
});
