// Topic -> TopicDetail and Question -> QuestionDetail: every fragment goes through the renderer from the topic's
// own file, titles become plain text, and the neighbours become links. The renderer is a stand-in that shows what
// it was given and from which file.

import { describe, expect, it } from 'vitest';
import type { Question } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import type { Renderer } from './render-markdown.js';
import { linkOf, renderQuestion, renderTopic, summarizeTopic, type Neighbours } from './render-topic.js';

const TOPIC = `---
id: "04"
title: Deep Learning
difficulty: Medium-Hard
key_for: ML engineers
essential: false
summary: Nets and how to train them.
---

# Deep Learning

The topic intro.

## Part 1: Basics

The part intro.

### What is a *neuron*?
<!-- id: dl-neuron; difficulty: easy; tags: basics, nets -->

A weighted sum.

**Key points**
- Weights.
- Bias.

**Pitfalls**
- Forgetting the bias.

**Follow-ups**
- Why a non-linearity?

**References**
- Goodfellow, I., Bengio, Y. & Courville, A. (2016). *Deep Learning*. MIT Press.
- A line that is not a reference

**Related**
- [[#^dl-relu]]

### Why \`ReLU\`?
<!-- id: dl-relu; difficulty: medium; tags: activations -->

It does not saturate.

## Part 2: Training

### What is $\\eta$?
<!-- id: dl-lr; difficulty: hard; tags: optim -->

The learning rate.
`;

const vault = parseVault([{ file: '04_Deep_Learning.md', source: TOPIC }]);
const topic = vault.topics[0]!;
const [neuron, relu] = topic.parts[0]!.questions as [Question, Question];
const lr = topic.parts[1]!.questions[0]!;

const r: Renderer = {
  renderBlock: (md, from) => `<${from}>${typeof md === 'string' ? md : md.markdown}`,
  renderInline: (md, from) => `<inline ${from}>${md}`,
  css: () => '',
};

/** The topic's own fields, as both the summary and the detail give them. */
const TOPIC_FIELDS = {
  id: '04',
  slug: '04_Deep_Learning',
  title: 'Deep Learning',
  difficulty: { from: 'medium', to: 'hard', label: 'Medium-Hard' },
  keyFor: 'ML engineers',
  essential: false,
  summary: 'Nets and how to train them.',
  questionCount: 3,
};

describe('summarizeTopic', () => {
  it('gives the topic fields, one summary per part and the question count', () => {
    expect(summarizeTopic(topic)).toEqual({
      ...TOPIC_FIELDS,
      parts: [
        { number: 1, title: 'Basics', anchor: 'part-1', questionCount: 2 },
        { number: 2, title: 'Training', anchor: 'part-2', questionCount: 1 },
      ],
    });
  });
});

describe('linkOf', () => {
  it('links a question by id with its plain title', () => {
    expect(linkOf(neuron)).toEqual({ id: 'dl-neuron', title: 'What is a neuron?' });
  });

  it('is null without a question', () => {
    expect(linkOf(undefined)).toBeNull();
  });
});

describe('renderQuestion', () => {
  it('renders every section from the topic file and links the neighbours', () => {
    const similar = [{ id: 'x', title: 'X', topicId: '05', topicTitle: 'Five' }];
    expect(renderQuestion(r, topic, neuron, { prev: lr, next: relu, similar })).toEqual({
      id: 'dl-neuron',
      topicId: '04',
      partNumber: 1,
      title: 'What is a neuron?',
      titleHtml: '<inline 04_Deep_Learning>What is a *neuron*?',
      difficulty: 'easy',
      tags: ['basics', 'nets'],
      topicTitle: 'Deep Learning',
      partTitle: 'Basics',
      answerHtml: '<04_Deep_Learning>A weighted sum.',
      keyPoints: ['<04_Deep_Learning>Weights.', '<04_Deep_Learning>Bias.'],
      pitfalls: ['<04_Deep_Learning>Forgetting the bias.'],
      followUps: ['<04_Deep_Learning>Why a non-linearity?'],
      references: [
        '<04_Deep_Learning>Goodfellow, I., Bengio, Y. & Courville, A. (2016). *Deep Learning*. MIT Press.',
        '<04_Deep_Learning>A line that is not a reference',
      ],
      referenceKeys: ['goodfellow-2016-deep', null],
      related: ['<04_Deep_Learning>[[#^dl-relu]]'],
      similar,
      prev: { id: 'dl-lr', title: 'What is \\eta?' },
      next: { id: 'dl-relu', title: 'Why ReLU?' },
    });
  });

  it('has no similar questions and no neighbours when none are given', () => {
    const d = renderQuestion(r, topic, relu, { prev: undefined, next: undefined });
    expect([d.similar, d.prev, d.next, d.keyPoints, d.related]).toEqual([[], null, null, [], []]);
  });

  it('has an empty part title for a question whose part is not in the topic', () => {
    expect(renderQuestion(r, topic, { ...relu, partNumber: 9 }, { prev: undefined, next: undefined }).partTitle).toBe('');
  });
});

describe('renderTopic', () => {
  it('renders the intros and every question with its neighbours, and counts each question', () => {
    const neighbours = new Map<string, Neighbours>([['dl-relu', { prev: neuron, next: lr }]]);
    let count = 0;
    const detail = renderTopic(r, topic, neighbours, () => count++);
    expect(count).toBe(3);
    const { parts, ...rest } = detail;
    expect(rest).toEqual({
      ...TOPIC_FIELDS,
      introHtml: '<04_Deep_Learning>The topic intro.',
    });
    expect(
      parts.map(({ questions, ...p }) => ({ ...p, questions: questions.map((q) => [q.id, q.prev?.id ?? null, q.next?.id ?? null]) })),
    ).toEqual([
      {
        number: 1,
        title: 'Basics',
        anchor: 'part-1',
        questionCount: 2,
        introHtml: '<04_Deep_Learning>The part intro.',
        questions: [
          ['dl-neuron', null, null],
          ['dl-relu', 'dl-neuron', 'dl-lr'],
        ],
      },
      { number: 2, title: 'Training', anchor: 'part-2', questionCount: 1, introHtml: '', questions: [['dl-lr', null, null]] },
    ]);
  });

  it('gives a topic without an intro an empty introHtml, and works without a progress callback', () => {
    expect(renderTopic(r, { ...topic, intro: null }, new Map()).introHtml).toBe('');
  });
});
