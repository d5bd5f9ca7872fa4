import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTopic } from './parse-topic.js';

const minimal = readFileSync(path.join(import.meta.dirname, '../../../test/fixtures/vaults/minimal-valid/01_Math_Foundations.md'), 'utf8');

describe('parseTopic', () => {
  const { topic, diagnostics } = parseTopic('01_Math_Foundations.md', minimal);

  it('reads the front matter into typed fields', () => {
    expect(diagnostics).toEqual([]);
    expect(topic).not.toBeNull();
    expect(topic!.id).toBe('01');
    expect(topic!.slug).toBe('01_Math_Foundations');
    expect(topic!.difficulty).toEqual({ from: 'medium', to: 'medium', label: 'Medium' });
    expect(topic!.essential).toBe(false);
    expect(topic!.keyFor).toBe('Theory interviews');
  });

  it('builds parts and questions with ids, metadata and lines', () => {
    expect(topic!.parts.map((p) => [p.number, p.title, p.line])).toEqual([[1, 'Optimization Theory', 14]]);
    const [q1, q2] = topic!.parts[0]!.questions;
    expect(q1!.id).toBe('gd-quadratic');
    expect(q1!.title).toBe('What does gradient descent do on $f(x) = x^2$?');
    expect(q1!.line).toBe(16);
    expect(q1!.difficulty).toBe('easy');
    expect(q1!.tags).toEqual(['optimization']);
    expect(q2!.aliases).toEqual(['newton-one-step']);
    expect(q2!.tags).toEqual(['optimization', 'second-order']);
  });

  it('splits the answer from the labelled sections', () => {
    const q1 = topic!.parts[0]!.questions[0]!;
    expect(q1.answer.markdown.startsWith('Each step multiplies $x$')).toBe(true);
    expect(q1.answer.markdown).not.toContain('Key points');
    expect(q1.keyPoints.map((k) => k.markdown)).toEqual(['The update is $x_{k+1} = (1-2\\eta)x_k$.', 'It converges for $0 < \\eta < 1$.']);
    expect(q1.pitfalls).toHaveLength(1);
    expect(q1.related.map((r) => r.markdown)).toEqual(['[[01_Math_Foundations#^newton-quadratic]]']);
    // `**Key points:**` with the colon inside the bold is a label too.
    expect(topic!.parts[0]!.questions[1]!.keyPoints).toHaveLength(2);
    expect(topic!.parts[0]!.questions[1]!.references).toHaveLength(1);
  });

  it('collects code with its fence line, math and links', () => {
    const q1 = topic!.parts[0]!.questions[0]!;
    expect(q1.code).toHaveLength(1);
    expect(q1.code[0]).toMatchObject({ lang: 'python', line: 25 });
    expect(q1.code[0]!.code).toContain('assert abs(x) < 1e-4');
    expect(q1.math.filter((m) => m.display)).toHaveLength(1);
    expect(q1.math.filter((m) => m.display)[0]!.line).toBe(21);
    expect(q1.links.map((l) => [l.target, l.anchor, l.blockRef, l.line])).toEqual([['01_Math_Foundations', 'newton-quadratic', true, 40]]);
    expect(topic!.links.map((l) => [l.target, l.anchor, l.blockRef])).toEqual([['', 'Part 1: Optimization Theory', false]]);
  });

  it('reads a no-run reason from the fence info string', () => {
    const src = minimal.replace('```python\nx = 1.0', '```python no-run="needs a GPU"\nx = 1.0');
    const q1 = parseTopic('01_Math_Foundations.md', src).topic!.parts[0]!.questions[0]!;
    expect(q1.code[0]!.noRun).toBe('needs a GPU');
  });

  it('keeps going after a broken question and drops only that question', () => {
    const src = minimal.replace('<!-- id: gd-quadratic; difficulty: easy; tags: optimization -->\n', '');
    const parsed = parseTopic('01_Math_Foundations.md', src);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['question/metadata-missing']);
    expect(parsed.topic!.parts[0]!.questions.map((q) => q.id)).toEqual(['newton-quadratic']);
  });

  it('never throws on arbitrary input', () => {
    for (const src of [
      '',
      '---',
      '---\n---',
      '# x\n## Part x',
      '\u0000\u0001',
      '### q\n<!-- id: -->',
      '## Part 1: A\n### q\n<!-- id: abc; difficulty: easy; tags: a -->\n**Key points**\ntext',
    ]) {
      expect(() => parseTopic('01_X.md', src)).not.toThrow();
    }
  });
});

/** Front matter for topic 03 (file lines 1-8). */
const FRONT = [
  '---',
  'id: "03"',
  'title: Trees',
  'difficulty: Hard',
  'key_for: Research',
  'essential: true',
  'summary: Decision trees.',
  '---',
];
const topicOf = (...body: string[]) => [...FRONT, ...body].join('\n');
const META = '<!-- id: some-q; difficulty: easy; tags: trees -->';
/** `line code message` of each diagnostic. */
const diagnosticsOf = (source: string, file = '03_Trees.md') =>
  parseTopic(file, source).diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`);

describe('parseTopic: the whole model from an inline topic', () => {
  const source = topicOf(
    '',
    '# Trees',
    '',
    'Intro with $a$ and [[02_Other]].',
    '',
    '## Part 1: Basics',
    '',
    'Part intro ![fig](figures/tree.svg).',
    '',
    '```python',
    'print(1)',
    '```',
    '',
    '### Why split on $x$?',
    '<!-- id: split-x; difficulty: medium; tags: trees; aliases: old-split -->',
    '',
    'Because it helps [[#^other-q]].',
    '',
    '#### Deeper heading',
    '',
    '**Key points**',
    '',
    '- Greedy.',
    '',
    '## Part 3:   More  ',
    '',
    '### Empty answer question',
    '<!-- id: other-q; difficulty: easy; tags: trees -->',
    '',
  );

  it('builds the topic, its parts, questions and what lies outside the questions', () => {
    expect(parseTopic('vault/03_Trees.md', source)).toStrictEqual({
      diagnostics: [],
      topic: {
        id: '03',
        slug: '03_Trees',
        file: 'vault/03_Trees.md',
        title: 'Trees',
        difficulty: { from: 'hard', to: 'hard', label: 'Hard' },
        keyFor: 'Research',
        essential: true,
        summary: 'Decision trees.',
        intro: { markdown: 'Intro with $a$ and [[02_Other]].', line: 12 },
        parts: [
          {
            number: 1,
            title: 'Basics',
            line: 14,
            intro: { markdown: 'Part intro ![fig](figures/tree.svg).\n\n```python\nprint(1)\n```', line: 16 },
            questions: [
              {
                id: 'split-x',
                aliases: ['old-split'],
                topicId: '03',
                partNumber: 1,
                title: 'Why split on $x$?',
                difficulty: 'medium',
                tags: ['trees'],
                line: 22,
                answer: { markdown: 'Because it helps [[#^other-q]].\n\n#### Deeper heading', line: 25 },
                keyPoints: [{ markdown: 'Greedy.', line: 31 }],
                pitfalls: [],
                followUps: [],
                references: [],
                related: [],
                code: [],
                math: [{ tex: 'x', display: false, line: 22 }],
                links: [{ raw: '#^other-q', target: '', anchor: 'other-q', blockRef: true, line: 25 }],
                images: [],
                // "Why split on", "Because it helps", "other-q", "Deeper heading", "Key points", "Greedy".
                words: 12,
              },
            ],
          },
          {
            number: 3,
            title: 'More',
            line: 33,
            intro: null,
            questions: [
              {
                id: 'other-q',
                aliases: [],
                topicId: '03',
                partNumber: 3,
                title: 'Empty answer question',
                difficulty: 'easy',
                tags: ['trees'],
                line: 35,
                // No answer text: an empty fragment on the line after the metadata.
                answer: { markdown: '', line: 37 },
                keyPoints: [],
                pitfalls: [],
                followUps: [],
                references: [],
                related: [],
                code: [],
                math: [],
                links: [],
                images: [],
                words: 3,
              },
            ],
          },
        ],
        links: [{ raw: '02_Other', target: '02_Other', anchor: '', blockRef: false, line: 12 }],
        math: [{ tex: 'a', display: false, line: 12 }],
        code: [{ lang: 'python', code: 'print(1)', line: 18 }],
        images: [{ alt: 'fig', url: 'figures/tree.svg', line: 16 }],
      },
    });
  });

  it('has no intro when the title is followed directly by a part', () => {
    const { topic } = parseTopic('03_Trees.md', topicOf('# Trees', '## Part 1: A', '### Q', META, 'Answer.'));
    expect(topic?.intro).toBeNull();
    expect(topic?.parts[0]?.intro).toBeNull();
  });
});

describe('parseTopic: unreadable files and front matter', () => {
  it('rejects an empty file with only its file/empty diagnostic', () => {
    expect(parseTopic('03_Trees.md', '  \n\n')).toEqual({
      topic: null,
      diagnostics: [
        {
          file: '03_Trees.md',
          line: 1,
          code: 'file/empty',
          severity: 'error',
          message: 'The file is empty. Add front matter, a "# Title" and at least one part with questions, or delete it.',
        },
      ],
    });
  });

  it('reports a missing front matter on line 1 and builds no topic, but still checks the structure', () => {
    const source = '# Trees\n\n## Part 1: A\n\n### Q\n' + META + '\n\nAnswer.\n';
    expect(parseTopic('03_Trees.md', source).topic).toBeNull();
    expect(diagnosticsOf(source)).toEqual([
      '1 front-matter/missing The file has no front matter. Start it with a --- block holding id, title, difficulty, key_for, essential and summary.',
    ]);
  });

  it('reads the front matter from the line after the opening ---, and checks its id against the file name', () => {
    const source = topicOf('# Trees', '## Part 1: A', '### Q', META, 'Answer.');
    expect(parseTopic('04_Trees.md', source).topic).toBeNull();
    expect(diagnosticsOf(source, '04_Trees.md')).toEqual([
      '2 front-matter/field Front matter `id` is "03" but the file name starts with 04. Make them match.',
    ]);
  });

  it('does not compare the id for a file name without a number', () => {
    const source = topicOf('# Trees', '## Part 1: A', '### Q', META, 'Answer.');
    expect(parseTopic('notes/Trees.md', source)).toMatchObject({ topic: { id: '03', slug: 'Trees' }, diagnostics: [] });
  });
});

describe('parseTopic: structure diagnostics', () => {
  it('closes the open question at a second title, so the text after it joins the part intro', () => {
    const { topic } = parseTopic('03_Trees.md', topicOf('# Trees', '## Part 1: A', '### Q', META, 'Answer.', '# Other', '', 'After.'));
    expect(topic?.parts[0]?.questions[0]?.answer).toEqual({ markdown: 'Answer.', line: 13 });
    expect(topic?.parts[0]?.intro).toEqual({ markdown: 'After.', line: 16 });
  });

  it('keeps text before the title out of the intro but collects its links', () => {
    const { topic } = parseTopic('03_Trees.md', topicOf('Stray [[02_Other]].', '', '# Trees', '## Part 1: A', '### Q', META));
    expect(topic?.intro).toBeNull();
    expect(topic?.links.map((l) => [l.target, l.line])).toEqual([['02_Other', 9]]);
  });

  it('reports a second title and keeps the first', () => {
    const source = topicOf('# Trees', '## Part 1: A', '### Q', META, 'Answer.', '# Other');
    expect(parseTopic('03_Trees.md', source).topic?.parts[0]?.questions.map((q) => q.id)).toEqual(['some-q']);
    expect(diagnosticsOf(source)).toEqual([
      '14 structure/title A second "# Other" title. A topic file has one "#" heading; use "## Part N: …" for parts.',
    ]);
  });

  it('reports a title after the first part, and then that the topic has no title', () => {
    const source = topicOf('## Part 1: A', '### Q', META, 'Answer.', '# Late title');
    expect(diagnosticsOf(source)).toEqual([
      '13 structure/heading-order The "#" title must come before the first part.',
      '9 structure/title The topic has no "# Title" heading. Add one after the front matter.',
    ]);
  });

  it('reports a missing title on line 1 when there is no front matter either', () => {
    expect(diagnosticsOf('## Part 1: A\n### Q\n' + META + '\nAnswer.\n')).toEqual([
      '1 front-matter/missing The file has no front matter. Start it with a --- block holding id, title, difficulty, key_for, essential and summary.',
      '1 structure/title The topic has no "# Title" heading. Add one after the front matter.',
    ]);
  });

  it('reports a level-2 heading that is not a part, and the questions under it', () => {
    const source = topicOf('# Trees', '## Part 1: A', '### Q', META, 'Answer.', '## Summary', '### Stray');
    expect(parseTopic('03_Trees.md', source).topic?.parts.map((p) => p.number)).toEqual([1]);
    expect(diagnosticsOf(source)).toEqual([
      '14 structure/part-heading "## Summary" is not a part heading. Write "## Part N: Title" (N = 0, 1, 2, …).',
      '15 structure/heading-order Question "### Stray" is not inside a part. Put it under a "## Part N: Title" heading.',
    ]);
  });

  it('reports a question before the first part', () => {
    expect(diagnosticsOf(topicOf('# Trees', '### Early', META, '## Part 1: A', '### Q', META))).toEqual([
      '10 structure/heading-order Question "### Early" is not inside a part. Put it under a "## Part N: Title" heading.',
    ]);
  });

  it('reports parts that repeat or go down in number, and keeps them', () => {
    const source = topicOf(
      '# Trees',
      '## Part 2: A',
      '### Q',
      META,
      '## Part 2: B',
      '### R',
      META.replace('some-q', 'r-q'),
      '## Part 1: C',
      '### S',
      META.replace('some-q', 's-q'),
    );
    expect(parseTopic('03_Trees.md', source).topic?.parts.map((p) => p.number)).toEqual([2, 2, 1]);
    expect(diagnosticsOf(source)).toEqual([
      '13 structure/part-number Part 2 comes after Part 2. Number parts in increasing order without repeats.',
      '16 structure/part-number Part 1 comes after Part 2. Number parts in increasing order without repeats.',
    ]);
  });

  it('accepts Part 0 and numbers that skip', () => {
    const source = topicOf('# Trees', '## Part 0: Warm-up', '### Q', META, '## Part 5: B', '### R', META.replace('some-q', 'r-q'));
    expect(diagnosticsOf(source)).toEqual([]);
  });

  it('reports a topic without parts on line 1', () => {
    expect(diagnosticsOf(topicOf('# Trees', '', 'Only an intro.'))).toEqual([
      '1 structure/empty-part The topic has no parts. Add "## Part 1: Title" and questions under it.',
    ]);
  });

  it('reports each part without questions on its heading line', () => {
    expect(diagnosticsOf(topicOf('# Trees', '## Part 1: A', 'Intro only.', '## Part 2: B', '### Q', META))).toEqual([
      '10 structure/empty-part Part 1 has no questions. Add "### …" questions or remove the part.',
    ]);
  });
});

describe('parseTopic: question metadata', () => {
  it('reports a question heading with nothing under it', () => {
    const source = topicOf('# Trees', '## Part 1: A', '### Q', '### R', META);
    expect(parseTopic('03_Trees.md', source).topic?.parts[0]?.questions.map((q) => q.id)).toEqual(['some-q']);
    expect(diagnosticsOf(source)).toEqual([
      '11 question/metadata-missing Question has no metadata line. Put `<!-- id: some-id; difficulty: medium; tags: some-tag -->` directly under its heading.',
    ]);
  });

  it('drops a question whose first block is not a metadata comment', () => {
    const source = topicOf(
      '# Trees',
      '## Part 1: A',
      '### Q',
      'Answer first.',
      META,
      '### R',
      '<!-- a note -->',
      '### S',
      META.replace('some-q', 's-q'),
    );
    expect(parseTopic('03_Trees.md', source).topic?.parts[0]?.questions.map((q) => q.id)).toEqual(['s-q']);
    expect(diagnosticsOf(source)).toEqual([
      '11 question/metadata-missing Question has no metadata line. Put `<!-- id: some-id; difficulty: medium; tags: some-tag -->` directly under its heading.',
      '14 question/metadata-missing Question has no metadata line. Put `<!-- id: some-id; difficulty: medium; tags: some-tag -->` directly under its heading.',
    ]);
  });

  it('drops a question whose metadata has no difficulty, reporting it on the metadata line', () => {
    const source = topicOf('# Trees', '## Part 1: A', '### Q', '<!-- id: some-q; tags: t -->', '### R', META.replace('some-q', 'r-q'));
    expect(parseTopic('03_Trees.md', source).topic?.parts[0]?.questions.map((q) => q.id)).toEqual(['r-q']);
    expect(diagnosticsOf(source)).toEqual([
      '12 question/difficulty Question metadata has no difficulty. Add `difficulty: easy`, `medium` or `hard`.',
    ]);
  });

  it('keeps a question with a bad tag and reports the tag and a second section label', () => {
    const source = topicOf(
      '# Trees',
      '## Part 1: A',
      '### Q',
      '<!-- id: some-q; difficulty: easy; tags: Bad -->',
      'Answer.',
      '',
      '**Pitfalls**',
      '',
      '- one',
      '',
      '**Pitfalls:**',
      '',
      '- two',
    );
    expect(parseTopic('03_Trees.md', source).topic?.parts[0]?.questions[0]?.pitfalls).toEqual([
      { markdown: 'one', line: 17 },
      { markdown: 'two', line: 21 },
    ]);
    expect(diagnosticsOf(source)).toEqual([
      '12 question/metadata-invalid Tag "Bad" is invalid: use lowercase letters, digits and hyphens.',
      '19 question/section This question has a second "Pitfalls" section. Merge the two lists into one.',
    ]);
  });
});
