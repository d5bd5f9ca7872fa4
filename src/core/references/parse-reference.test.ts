import { describe, expect, it } from 'vitest';
import { parseReference } from './parse-reference.js';

describe('parseReference', () => {
  it.each([
    [
      'Hastie, T., Tibshirani, R., Friedman, J. (2009). *The Elements of Statistical Learning*, 2nd ed. Springer.',
      'hastie-2009-elements',
      'Hastie et al. (2009)',
      'The Elements of Statistical Learning',
    ],
    [
      'Sutton, R. S. & Barto, A. G. (2018). *Reinforcement Learning: An Introduction*, 2nd ed. MIT Press.',
      'sutton-2018-reinforcement',
      'Sutton & Barto (2018)',
      'Reinforcement Learning: An Introduction',
    ],
    [
      'Vaswani, A. et al. (2017). Attention is all you need. *NeurIPS*.',
      'vaswani-2017-attention',
      'Vaswani et al. (2017)',
      'Attention is all you need',
    ],
    ['Girshick, R. (2015). Fast R-CNN. *ICCV* (smooth L1 for box regression).', 'girshick-2015-fast', 'Girshick (2015)', 'Fast R-CNN'],
    [
      'Laplace, P.-S. (1814). *Essai philosophique sur les probabilités*. Paris: Courcier.',
      'laplace-1814-essai',
      'Laplace (1814)',
      'Essai philosophique sur les probabilités',
    ],
    [
      'Chapelle, O., Schölkopf, B. & Zien, A. (eds.) (2006). *Semi-Supervised Learning*. MIT Press.',
      'chapelle-2006-semi',
      'Chapelle et al. (2006)',
      'Semi-Supervised Learning',
    ],
    ['Tardos, É. (2005). Some title here. *Venue*.', 'tardos-2005-some', 'Tardos (2005)', 'Some title here'],
    [
      'Harsanyi, J. (1967–68). Games with incomplete information. *Management Science* 14.',
      'harsanyi-1967-games',
      'Harsanyi (1967)',
      'Games with incomplete information',
    ],
    [
      'PyTorch documentation (2022, v1.13). `torch.nn.CrossEntropyLoss`.',
      'pytorch-documentation-2022-torch',
      'PyTorch documentation (2022)',
      'torch.nn.CrossEntropyLoss',
    ],
  ])('%s', (line, key, label, title) => {
    expect(parseReference(line)).toMatchObject({ key, label, title, kind: 'work' });
  });

  it('groups the same work written with different capitalisation and subtitle', () => {
    const a = parseReference('Hu, E. et al. (2022). LoRA: Low-rank adaptation of large language models. *ICLR*.');
    const b = parseReference('Hu, E. J. et al. (2022). LoRA: Low-Rank Adaptation of Large Language Models. *ICLR*.');
    expect(a?.key).toBe('hu-2022-lora');
    expect(b?.key).toBe(a?.key);
  });

  it('keeps two works of one author and year apart', () => {
    const a = parseReference('He, K. et al. (2016). Deep residual learning for image recognition. *CVPR*.');
    const b = parseReference('He, K. et al. (2016). Identity mappings in deep residual networks. *ECCV*.');
    expect(a?.key).not.toBe(b?.key);
  });

  it.each([
    ['Regulation (EU) 2016/679 (GDPR), Art. 22.', 'Regulation (EU) 2016/679 (GDPR) (2016)'],
    ['Kubernetes documentation, "Horizontal Pod Autoscaling".', 'Kubernetes documentation'],
  ])('reads a law or a manual as a source: %s', (line, label) => {
    expect(parseReference(line)).toMatchObject({ kind: 'source', label });
  });

  it.each(['the lecture notes from last spring', '', 'see above'])('returns null for %j', (line) => {
    expect(parseReference(line)).toBeNull();
  });
});

describe('parseReference, every field', () => {
  const work = (key: string, label: string, authors: string[], etAl: boolean, year: string, title: string) => ({
    key,
    label,
    authors,
    etAl,
    year,
    title,
    kind: 'work',
  });

  it.each([
    [
      'Smith, J. and Jones, K. (2001). A new method. *Venue*.',
      work('smith-2001-method', 'Smith & Jones (2001)', ['Smith', 'Jones'], false, '2001', 'A new method'),
    ],
    [
      'Smith, J., Jones, K., Brown, L. (2001). On AI. *Venue*.',
      work('smith-2001', 'Smith et al. (2001)', ['Smith', 'Jones', 'Brown'], false, '2001', 'On AI'),
    ],
    [
      'Ribeiro, M. T., et al. (2016a). Why should I trust you? Explaining predictions. *KDD*.',
      work('ribeiro-2016-should', 'Ribeiro et al. (2016)', ['Ribeiro'], true, '2016', 'Why should I trust you?'),
    ],
    [
      'van der Berg, A. (2020, March) Deep learning without a sentence end',
      work('van-der-berg-2020-deep', 'van der Berg (2020)', ['van der Berg'], false, '2020', 'Deep learning without a sentence end'),
    ],
    ['Smith J. R. (1650). Old **tract**.', work('smith-1650-tract', 'Smith (1650)', ['Smith'], false, '1650', 'Old tract')],
    [
      'Bishop, C. (Ed.) (2006). Pattern things. Springer.',
      work('bishop-2006-pattern', 'Bishop (2006)', ['Bishop'], false, '2006', 'Pattern things'),
    ],
    [
      'Gödel, K. (ed.) (1931). Über formal unentscheidbare Sätze.',
      work('godel-1931-uber', 'Gödel (1931)', ['Gödel'], false, '1931', 'Über formal unentscheidbare Sätze'),
    ],
    [
      'Lee, J.-P. & Kim, A. (Eds.) (1500). “Quoted” book.',
      work('lee-1500-quoted', 'Lee & Kim (1500)', ['Lee', 'Kim'], false, '1500', 'Quoted book'),
    ],
    ['Ng, A. (1999-2000). Lecture series.', work('ng-1999-lecture', 'Ng (1999)', ['Ng'], false, '1999', 'Lecture series')],
    ['Knuth, D. (1968–1973). *The Artful* Programming.', work('knuth-1968-artful', 'Knuth (1968)', ['Knuth'], false, '1968', 'The Artful')],
  ])('%s', (line, want) => {
    expect(parseReference(line)).toEqual(want);
  });

  it.each([
    [
      'Kubernetes documentation, "Horizontal Pod Autoscaling".',
      { key: 'kubernetes-documentation', label: 'Kubernetes documentation', year: '', title: 'Kubernetes documentation' },
    ],
    ['EU AI Act, 2024.', { key: 'eu-ai-act-2024', label: 'EU AI Act (2024)', year: '2024', title: 'EU AI Act' }],
    [
      'The Very Long Name of an Institutional Report on Machine Learning Practice, 2019.',
      {
        key: 'the-very-long-name-of-an-institutional-report-on-machine-lea-2019',
        label: 'The Very Long Name of an Institutional Report on Machine Learning Practice (2019)',
        year: '2019',
        title: 'The Very Long Name of an Institutional Report on Machine Learning Practice',
      },
    ],
    ['Some Regulation.', { key: 'some-regulation', label: 'Some Regulation', year: '', title: 'Some Regulation' }],
    ['EU Directive on AI', { key: 'eu-directive-on-ai', label: 'EU Directive on AI', year: '', title: 'EU Directive on AI' }],
    ['ABC, 2020.', { key: 'abc-2020', label: 'ABC (2020)', year: '2020', title: 'ABC' }],
    ['The report (2nd ed.) of 2019', { key: 'the-report-2019', label: 'The report (2019)', year: '2019', title: 'The report' }],
  ])('reads a source, every field: %s', (line, want) => {
    expect(parseReference(line)).toEqual({ ...want, authors: [], etAl: false, kind: 'source' });
  });

  it.each(['EU, 2020.', 'Notes from 1499.', 'Smith, J. (1499). Old.', 'Documentation', 'Acts of kindness', 'Report 120199'])(
    'returns null for %j',
    (line) => {
      expect(parseReference(line)).toBeNull();
    },
  );
});

describe('parseReference, spelling variants', () => {
  const fields = (line: string) => {
    const r = parseReference(line);
    return r && [r.kind, r.authors, r.etAl, r.label, r.key, r.title];
  };

  it.each([
    ['Smith, J.(2001). Title here.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-title', 'Title here']],
    ['Smith, J. (2001).Title here.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-title', 'Title here']],
    ['Chapelle, O. (eds.)(2006). Semi things.', ['work', ['Chapelle'], false, 'Chapelle (2006)', 'chapelle-2006-semi', 'Semi things']],
    ['J. Smith (2001). Title here.', ['work', ['J. Smith'], false, 'J. Smith (2001)', 'j-smith-2001-title', 'Title here']],
    ['Sutton, R.S. (2018). Title here.', ['work', ['Sutton'], false, 'Sutton (2018)', 'sutton-2018-title', 'Title here']],
    ['Smith, J. et al (2001). Title here.', ['work', ['Smith'], true, 'Smith et al. (2001)', 'smith-2001-title', 'Title here']],
    ['Vaswani, A. et al. (2017). Attention.', ['work', ['Vaswani'], true, 'Vaswani et al. (2017)', 'vaswani-2017-attention', 'Attention']],
    ['Sutton, R.&Barto, A. (2018). RL book.', ['work', ['Sutton', 'Barto'], false, 'Sutton & Barto (2018)', 'sutton-2018-book', 'RL book']],
    ['Smith, J., (2001). Title here.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-title', 'Title here']],
    ['Smith J. Jr (2001). Title here.', ['work', ['Smith J. Jr'], false, 'Smith J. Jr (2001)', 'smith-j-jr-2001-title', 'Title here']],
    ['Smith  J. (2001). Title here.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-title', 'Title here']],
    ['Smith J. R. K. (2001). Title here.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-title', 'Title here']],
    ['Smith J.R. (2001). Title here.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-title', 'Title here']],
    ['Smith, J. (2001). *The Book *.', ['work', ['Smith'], false, 'Smith (2001)', 'smith-2001-book', 'The Book']],
    ['(Draft) Smith, J. (2001). Title.', ['source', [], false, '(Draft) Smith (2001)', 'draft-smith-2001', '(Draft) Smith']],
    ['A. B. (2001). Title.', ['source', [], false, 'A. B (2001)', 'a-b-2001', 'A. B']],
    ['U.S. Code, 2020.', ['source', [], false, 'U.S. Code (2020)', 'u-s-code-2020', 'U.S. Code']],
    ['EU AI Act , 2024.', ['source', [], false, 'EU AI Act (2024)', 'eu-ai-act-2024', 'EU AI Act']],
    ['WHO Guideline on AI', ['source', [], false, 'WHO Guideline on AI', 'who-guideline-on-ai', 'WHO Guideline on AI']],
    ['¡Guidelines for AI!', ['source', [], false, '¡Guidelines for AI!', 'guidelines-for-ai', '¡Guidelines for AI!']],
  ])('%s', (line, want) => {
    expect(fields(line)).toEqual(want);
  });

  it.each(['Almanac 17a5', 'Almanac 177-a'])('returns null for %j, which has no year', (line) => {
    expect(parseReference(line)).toBeNull();
  });
});
