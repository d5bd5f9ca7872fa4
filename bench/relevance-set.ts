// The search relevance set: queries as people type them, each with the question ids a person would expect
// among the first three results (any one of them counts as a hit). Three kinds:
//   paraphrase  an interviewer's wording of a question, not its title's
//   typo        one or two misspelt words
//   keyword     the one to three words someone types to jump to a question
// Written by reading the questions in content/ (never generated from their titles), so a ranking change that
// helps here helps real searches. Used by bench/search.bench.ts (hit rates for mlprep and its peers) and by
// test/search-relevance.test.ts (a floor that fails on a ranking regression). Ids must exist in content/: the
// test checks that, so a renamed question cannot silently turn a query into a miss.

export type RelevanceKind = 'paraphrase' | 'typo' | 'keyword';

export interface RelevanceCase {
  q: string;
  kind: RelevanceKind;
  expect: readonly string[];
}

const p = (q: string, ...expect: string[]): RelevanceCase => ({ q, kind: 'paraphrase', expect });
const t = (q: string, ...expect: string[]): RelevanceCase => ({ q, kind: 'typo', expect });
const k = (q: string, ...expect: string[]): RelevanceCase => ({ q, kind: 'keyword', expect });

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  // Paraphrases: what an interviewer says.
  p('What are the pros and cons of batch norm?', 'opt-norm-batchnorm-why', 'opt-norm-batchnorm-basics', 'opt-norm-batchnorm-small-batch'),
  p('why would gradients blow up or shrink to nothing in a recurrent net', 'rnn-vanishing-exploding', 'debug-exploding-gradients'),
  p(
    'how do you know if your model is overfitting or underfitting',
    'ml-overfitting-underfitting',
    'reg-overfitting-curves',
    'debug-learning-curves',
  ),
  p('why divide the dot products by the square root of the key dimension', 'attn-sqrt-dk-scaling'),
  p('how does caching keys and values make text generation faster', 'tfm-kv-cache', 'llm-kv-cache-what'),
  p('my training loss is stuck and will not go down, what do I check', 'debug-loss-not-decreasing'),
  p('why does the lasso give sparse weights but ridge does not', 'cml-lasso', 'reg-l1-vs-l2'),
  p('is L2 weight decay the same as a Gaussian prior on the weights', 'reg-l2-gaussian-prior', 'bayes-map-regularization'),
  p('when should I use Adam instead of plain SGD with momentum', 'opt-sgd-vs-adam', 'opt-optimizer-comparison'),
  p('how do you pick a metric when only one percent of examples are positive', 'debug-imbalance-metric', 'metric-roc-auc-imbalance'),
  p('what exactly does a p-value tell you', 'test-p-value'),
  p('how do you compute a confidence interval by resampling your data', 'test-bootstrap'),
  p('what is the difference between bagging and boosting', 'cml-bagging-vs-boosting'),
  p('how can I tell whether my classifier probabilities are calibrated', 'metric-calibration-reliability', 'metric-ece'),
  p('how does a random forest decorrelate its trees', 'cml-rf-decorrelation', 'cml-rf-what'),
  p('explain the trade-off between bias and variance', 'bv-tradeoff-intuition', 'bv-decomposition'),
  p('how should you cross validate when the data is a time series', 'debug-timeseries-split'),
  p('how is PPO clipping the policy update', 'ppo-clipped-objective', 'ppo-why-trust-region'),
  p('how does the reward model get trained from human preference pairs', 'llm-bradley-terry-rm'),
  p('how do you serve a model more cheaply', 'sys-model-optimization-overview'),
  p('what happens if the learning rate is set far too large', 'opt-learning-rate-too-high-low'),
  p('how would you turn an image into a sequence of tokens for a transformer', 'tfm-vit-patches'),
  // Misspellings: one or two words.
  t('gradiant desent', 'calc-gradient-steepest-descent', 'opt-sgd-minibatch', 'calc-gd-newton-lbfgs-compared'),
  t('baysian infrence', 'bayes-frequentist-vs-bayesian'),
  t('regularizaton', 'reg-what-is-regularization', 'reg-l1-vs-l2', 'reg-l2-gaussian-prior', 'reg-double-descent', 'reg-early-stopping-l2'),
  t('dropuot', 'reg-dropout-basics', 'reg-dropout-ensemble'),
  t('perplexty', 'info-perplexity', 'metric-perplexity'),
  t('determinent', 'la-determinant'),
  t('eigenvalus eigenvectors', 'decomp-eigen-spectral'),
  t('atention masking', 'attn-masking'),
  t('transfomer kv cache', 'tfm-kv-cache', 'llm-kv-cache-what', 'llm-kv-cache-memory'),
  t('lasso sparsity zeros coeficients', 'cml-lasso'),
  t('confusion matix', 'metric-confusion-matrix'),
  t('boostrap confidence interval', 'test-bootstrap'),
  t('multicolinearity', 'cml-multicollinearity-vif'),
  t('k-means++ initalization', 'cml-kmeanspp'),
  t('sadle point hessian', 'opt-saddle-points'),
  t('temprature scaling', 'loss-temperature-scaling'),
  t('nash equilibirum mixed', 'gt-mixed-2x2'),
  t('exponetial memoryless', 'dist-exponential-memoryless'),
  t('curse of dimensionalty', 'cml-curse-of-dimensionality'),
  t('focal los', 'loss-focal', 'debug-focal-loss'),
  t('lstm gtes', 'rnn-lstm-gates'),
  t('naive bays text', 'cml-naive-bayes-text'),
  // Keywords: what people type to jump.
  k('REINFORCE baseline', 'pg-reinforce', 'pg-baseline'),
  k('determinant', 'la-determinant'),
  k('GraphSAGE', 'gnn-graphsage'),
  k('batch normalizati', 'opt-norm-batchnorm-basics', 'opt-norm-batchnorm-why', 'cnn-batchnorm-train-eval'),
  k('softmax jacobian', 'linalg-softmax-jacobian'),
  k('rope', 'tfm-rope'),
  k('kv cache', 'tfm-kv-cache', 'llm-kv-cache-what', 'llm-kv-cache-memory'),
  k('lora', 'llm-lora-what', 'llm-lora-derive'),
  k('dpo', 'llm-dpo-derive', 'loss-dpo', 'llm-dpo-implementation'),
  k('smote', 'debug-resampling-smote'),
  k('gini entropy', 'cml-tree-impurity'),
  k('ndcg', 'metric-ndcg', 'ml-compare-ranking-metrics'),
  k('bleu', 'metric-bleu'),
  k('svm dual', 'cml-svm-dual'),
  k('t-sne umap', 'cml-pca-tsne-umap', 'cml-tsne'),
  k('xgboost lightgbm catboost', 'cml-gbm-libraries'),
  k('gradient clipping', 'opt-grad-clipping', 'rnn-gradient-clipping'),
  k('mixed precision', 'llm-mixed-precision', 'opt-mixed-precision'),
  k('beam search', 'llm-decoding-strategies'),
  k('elbo', 'gen-elbo-derivation'),
  k('monte carlo cfr', 'gt-mccfr'),
  k('qmix', 'gt-vdn-qmix'),
  k('hashing trick', 'sys-hashing-trick', 'nn-embedding-vs-onehot-hashing'),
  k('triplet loss', 'loss-triplet'),
];
