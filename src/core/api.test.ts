// Pins the public API of core: adding or removing an export is a deliberate change to this list.
import { describe, expect, it } from 'vitest';
import * as model from './model/index.js';
import * as parse from './parse/index.js';
import * as stats from './stats/index.js';
import * as validate from './validate/index.js';

describe('core public API', () => {
  it('model', () => {
    expect(Object.keys(model).sort()).toEqual([
      'DIFFICULTIES',
      'QUESTION_ID_PATTERN',
      'TOPIC_ID_PATTERN',
      'asQuestionId',
      'asTopicId',
      'formatDiagnostic',
      'indexQuestions',
      'isQuestionId',
      'isTopicId',
      'listQuestions',
      'makeDiagnostic',
      'normalizeHeading',
      'partAnchor',
      'questionAnchor',
      'resolveWikiLink',
      'sortDiagnostics',
    ]);
  });
  it('parse', () => {
    expect(Object.keys(parse).sort()).toEqual([
      'FIGURE_FILE',
      'PLAN_FILE',
      'TOPIC_FILE',
      'fragmentTree',
      'parseDifficultyRange',
      'parseMarkdown',
      'parseNote',
      'parsePartList',
      'parsePlan',
      'parseTopic',
      'parseVault',
      'parseWikiLinkBody',
      'remarkWikiLinks',
    ]);
  });
  it('validate and stats', () => {
    expect(Object.keys(validate).sort()).toEqual(['MAX_KEY_POINTS', 'MIN_KEY_POINTS', 'katexError', 'validateVault']);
    expect(Object.keys(stats).sort()).toEqual([
      'computeStats',
      'computeTopicStats',
      'regenerateReadme',
      'renderPlanBlock',
      'renderStatsBlock',
      'replaceBlock',
    ]);
  });
});
