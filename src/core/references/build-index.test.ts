// buildReferenceIndex: every cited work once, keyed by parseReference, with the longest title any citation gives,
// the must-read mark of the seed's papers, its topics and citing questions in topic-id order (each once, titles
// as plain text), sorted by citation count then label; lines that do not parse are only counted.
import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { buildReferenceIndex } from './build-index.js';

const question = (id: string, title: string, refs: string[]) =>
  `### ${title}\n<!-- id: ${id}; difficulty: easy; tags: t -->\n\nAn answer.\n\n**Key points**\n- One.\n- Two.\n\n**References**\n` +
  refs.map((r) => `- ${r}\n`).join('') +
  '\n';
const topic = (id: string, questions: string) =>
  `---\nid: "${id}"\ntitle: T${id}\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T${id}\n\n## Part 1: P\n\n${questions}`;

const VASWANI = 'Vaswani, A. et al. (2017). Attention is all you need. *NeurIPS*.';
const VASWANI_LONG = 'Vaswani, A. et al. (2017). Attention is all you need: the transformer paper. *NeurIPS*.';

describe('buildReferenceIndex', () => {
  // The vault lists topic 02 first: the index still lists topic 01's citations first.
  const parsed = parseVault([
    {
      file: '02_B.md',
      source: topic('02', question('q-b1', 'Why *attention*?', [VASWANI_LONG, VASWANI, 'see the lecture notes'])),
    },
    {
      file: '01_A.md',
      source: topic(
        '01',
        question('q-a1', 'What is $x_1$ `here`?', ['Hastie, T. (2009). *Elements*. Springer.', VASWANI, 'see above']) +
          question('q-a2', 'Second?', [
            VASWANI,
            'Bishop, C. (2006). *Pattern Recognition*. Springer.',
            'Regulation (EU) 2016/679, Art. 22.',
          ]),
      ),
    },
  ]);
  const vault = { ...parsed, topics: [...parsed.topics].reverse() };

  it('lists each work once, most cited first, then by label, with the must-read mark only on seed papers', () => {
    expect(buildReferenceIndex(vault)).toStrictEqual({
      works: [
        {
          key: 'vaswani-2017-attention',
          label: 'Vaswani et al. (2017)',
          title: 'Attention is all you need: the transformer paper',
          year: '2017',
          kind: 'work',
          mustRead: 'Transformers',
          topics: ['01', '02'],
          citedBy: [
            { id: 'q-a1', topicId: '01', title: 'What is x1 here?' },
            { id: 'q-a2', topicId: '01', title: 'Second?' },
            { id: 'q-b1', topicId: '02', title: 'Why attention?' },
          ],
        },
        {
          key: 'bishop-2006-pattern',
          label: 'Bishop (2006)',
          title: 'Pattern Recognition',
          year: '2006',
          kind: 'work',
          topics: ['01'],
          citedBy: [{ id: 'q-a2', topicId: '01', title: 'Second?' }],
        },
        {
          key: 'hastie-2009-elements',
          label: 'Hastie (2009)',
          title: 'Elements',
          year: '2009',
          kind: 'work',
          topics: ['01'],
          citedBy: [{ id: 'q-a1', topicId: '01', title: 'What is x1 here?' }],
        },
        {
          key: 'regulation-eu-2016-679-2016',
          label: 'Regulation (EU) 2016/679 (2016)',
          title: 'Regulation (EU) 2016/679',
          year: '2016',
          kind: 'source',
          topics: ['01'],
          citedBy: [{ id: 'q-a2', topicId: '01', title: 'Second?' }],
        },
      ],
      unparsed: 2,
    });
  });

  it('gives an empty index for a collection without references', () => {
    expect(buildReferenceIndex(parseVault([]))).toStrictEqual({ works: [], unparsed: 0 });
  });

  it("marks the seed's must-read papers, cited the usual way, with what they are must-read for", () => {
    const refs = [
      'Vaswani, A. et al. (2017). Attention is all you need. *NeurIPS*.',
      'Schulman, J. et al. (2017). Proximal policy optimization algorithms. *arXiv*.',
      'Mnih, V. et al. (2013). Playing Atari with deep reinforcement learning. *arXiv*.',
      'Mnih, V. et al. (2015). Human-level control through deep reinforcement learning. *Nature*.',
      'Silver, D. et al. (2016). Mastering the game of Go with deep neural networks and tree search. *Nature*.',
      'Ouyang, L. et al. (2022). Training language models to follow instructions with human feedback. *NeurIPS*.',
      'Selbst, A. D. et al. (2019). Fairness and abstraction in sociotechnical systems. *FAT*.',
      'Lundberg, S. M. & Lee, S.-I. (2017). A unified approach to interpreting model predictions. *NeurIPS*.',
    ];
    const index = buildReferenceIndex(parseVault([{ file: '01_A.md', source: topic('01', question('q-a1', 'Q?', refs)) }]));
    expect(index.works.map((w) => [w.label, w.mustRead])).toEqual([
      ['Lundberg & Lee (2017)', 'SHAP'],
      ['Mnih et al. (2013)', 'DQN'],
      ['Mnih et al. (2015)', 'DQN (Nature)'],
      ['Ouyang et al. (2022)', 'RLHF'],
      ['Schulman et al. (2017)', 'PPO'],
      ['Selbst et al. (2019)', 'Fairness'],
      ['Silver et al. (2016)', 'AlphaGo'],
      ['Vaswani et al. (2017)', 'Transformers'],
    ]);
  });
});
