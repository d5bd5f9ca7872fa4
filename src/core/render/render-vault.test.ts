// The render stage over a whole (small) vault: topics in id order with previous/next links across topics,
// similar questions resolved to links, progress reported per question, notes, plan, exercises and the stylesheet.

import { beforeAll, describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { createHighlighter } from './create-highlighter.js';
import { renderVault, type RenderedContent } from './render-vault.js';

const topicSource = (id: string, title: string, questions: [string, string, string][]) => `---
id: "${id}"
title: ${title}
difficulty: Easy
key_for: Tests
essential: true
summary: ${title} in short.
---

# ${title}

## Part 1: Basics

${questions.map(([qid, heading, answer]) => `### ${heading}\n<!-- id: ${qid}; difficulty: easy; tags: shared -->\n\n${answer}\n`).join('\n')}`;

let out: RenderedContent;
const progress: [number, number][] = [];
beforeAll(async () => {
  const vault = parseVault([
    // Given out of id order: the render stage sorts by topic id.
    {
      file: '02_Stats.md',
      source: topicSource('02', 'Stats', [['st-var', 'What is *variance*?', 'Spread of a random variable around its mean.']]),
    },
    {
      file: '01_Math.md',
      source: topicSource('01', 'Math', [
        ['ma-mean', 'What is a mean?', 'The average of a random variable, its expected value.'],
        ['ma-sum', 'What is a sum?', 'Adding numbers: $x + y$.'],
      ]),
    },
    { file: 'Interview_Tips.md', source: '# Tips\n\nBe calm.\n' },
  ]);
  out = renderVault(vault, await createHighlighter(), (done, total) => progress.push([done, total]));
});

describe('renderVault', () => {
  it('renders the topics in id order', () => {
    expect(out.topics.map((t) => [t.id, t.title, t.parts[0]!.questions.map((q) => q.id)])).toEqual([
      ['01', 'Math', ['ma-mean', 'ma-sum']],
      ['02', 'Stats', ['st-var']],
    ]);
  });

  it('links each question to the previous and next one across topics, with plain titles', () => {
    const qs = out.topics.flatMap((t) => t.parts.flatMap((p) => p.questions));
    expect(qs.map((q) => [q.id, q.prev, q.next])).toEqual([
      ['ma-mean', null, { id: 'ma-sum', title: 'What is a sum?' }],
      ['ma-sum', { id: 'ma-mean', title: 'What is a mean?' }, { id: 'st-var', title: 'What is variance?' }],
      ['st-var', { id: 'ma-sum', title: 'What is a sum?' }, null],
    ]);
  });

  it('resolves similar questions to links with their topic title', () => {
    const qs = out.topics.flatMap((t) => t.parts.flatMap((p) => p.questions));
    const similar = qs.find((q) => q.id === 'st-var')!.similar;
    expect(similar).toEqual([
      { id: 'ma-mean', title: 'What is a mean?', topicId: '01', topicTitle: 'Math' },
      { id: 'ma-sum', title: 'What is a sum?', topicId: '01', topicTitle: 'Math' },
    ]);
  });

  it('reports progress after each question, with the total', () => {
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('renders the notes, the plan view and the stylesheet of the rendered math', () => {
    expect(out.notes).toEqual([{ slug: 'interview-tips', file: 'Interview_Tips.md', title: 'Tips', html: '<p>Be calm.</p>' }]);
    expect(out.plan.planned.map((p) => [p.id, p.title])).toEqual([
      ['01', 'Math'],
      ['02', 'Stats'],
    ]);
    expect(out.plan.paths).toEqual([]);
    expect(out.exercises).toEqual([]);
    expect(out.stats.totals.questions).toBe(3);
    expect(out.css).toBe(
      '.s-1eqoc6t{margin-right:0.0359em}\n.s-egolp1{height:0.625em;vertical-align:-0.1944em}\n' +
        '.s-md3oax{height:0.6667em;vertical-align:-0.0833em}\n.s-twwufe{margin-right:0.2222em}\n',
    );
  });
});
