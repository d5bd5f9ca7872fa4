// The seed's "Papers (Must Read)" list, as reference keys (see parse-reference.ts for the key form). The references
// page marks these works; a test checks that each key is cited somewhere in the collection, so a renamed citation
// cannot silently drop the mark. Isomorphic.

export const MUST_READ: readonly { key: string; why: string }[] = [
  { key: 'vaswani-2017-attention', why: 'Transformers' },
  { key: 'schulman-2017-proximal', why: 'PPO' },
  { key: 'mnih-2013-playing', why: 'DQN' },
  { key: 'mnih-2015-human', why: 'DQN (Nature)' },
  { key: 'silver-2016-mastering', why: 'AlphaGo' },
  { key: 'ouyang-2022-training', why: 'RLHF' },
  { key: 'selbst-2019-fairness', why: 'Fairness' },
  { key: 'lundberg-2017-unified', why: 'SHAP' },
];
