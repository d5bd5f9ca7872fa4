// The app's URL scheme for link targets, and the text a link shows when it has no alias: table-driven.

import { describe, expect, it } from 'vitest';
import type { LinkTarget, Note, Part, Question, Topic } from '../model/index.js';
import { hrefOf, labelOf, NOTE_PAGES, noteKey, plainHeading } from './link-href.js';

const topic = { id: '07', title: 'Neural Architectures' } as Topic;
const part = { number: 3, title: 'Attention' } as Part;
const question = { id: 'self-attention', title: 'Why is *self*-attention $O(n^2)$?' } as unknown as Question;
const note = (slug: string) => ({ slug }) as Note;

describe('noteKey', () => {
  it.each([
    ['Interview_Tips', 'interview-tips'],
    ['README', 'readme'],
    ['My  Study__Notes', 'my-study-notes'],
    ['plain', 'plain'],
  ])('%s -> %s', (slug, key) => {
    expect(noteKey(slug)).toBe(key);
  });
});

describe('NOTE_PAGES', () => {
  it('gives the index note the home page and the tips note /tips, and nothing else a page', () => {
    expect(NOTE_PAGES).toEqual({ readme: '/', 'interview-tips': '/tips' });
  });
});

describe('hrefOf', () => {
  it.each<[string, LinkTarget, string | null]>([
    ['a topic', { kind: 'topic', topic }, '/t/07'],
    ['a part', { kind: 'part', topic, part }, '/t/07#part-3'],
    ['a question', { kind: 'question', topic, question }, '/q/self-attention'],
    ['the README note', { kind: 'note', note: note('README') }, '/'],
    ['the tips note, whatever its case and separators', { kind: 'note', note: note('Interview_Tips') }, '/tips'],
    ['a note heading of the tips', { kind: 'note', note: note('interview tips'), heading: 'Before' }, '/tips'],
    ['another note, which has no page', { kind: 'note', note: note('Glossary') }, null],
  ])('%s', (_name, target, href) => {
    expect(hrefOf(target)).toBe(href);
  });
});

describe('plainHeading', () => {
  it.each([
    ['emphasis, code and math delimiters go', 'Why **is** `x` $O(n)$ _fast_?', 'Why is x O(n) fast?'],
    ['runs of white space become one space, ends trimmed', '  a \t\n b  ', 'a b'],
    ['plain text stays', 'Bias and variance', 'Bias and variance'],
  ])('%s', (_name, markdown, text) => {
    expect(plainHeading(markdown)).toBe(text);
  });
});

describe('labelOf', () => {
  it.each<[string, LinkTarget, string]>([
    ['a topic shows its title', { kind: 'topic', topic }, 'Neural Architectures'],
    ['a part shows its number and title', { kind: 'part', topic, part }, 'Part 3: Attention'],
    ['a question shows its plain heading', { kind: 'question', topic, question }, 'Why is self-attention O(n^2)?'],
    ['a note heading shows the heading', { kind: 'note', note: note('Interview_Tips'), heading: 'On the day' }, 'On the day'],
    ['a whole note shows its slug', { kind: 'note', note: note('Interview_Tips') }, 'Interview_Tips'],
  ])('%s', (_name, target, label) => {
    expect(labelOf(target)).toBe(label);
  });
});
