// Test-only builders of the API's question and topic details for the site emitter tests, with titles that need
// escaping by default (excluded from mutation testing as a test helper, like test-catalog.ts).

import type { QuestionDetail, TopicDetail } from '../api/types.js';

export function questionDetail(over: Partial<QuestionDetail> = {}): QuestionDetail {
  return {
    id: 'q1',
    topicId: '01',
    partNumber: 1,
    title: 'Q <one>',
    titleHtml: 'Q &#x3C;one>',
    difficulty: 'easy',
    tags: [],
    topicTitle: 'Math & Stats',
    partTitle: 'Basics <1>',
    answerHtml: '<p>Answer.</p>',
    keyPoints: [],
    pitfalls: [],
    followUps: [],
    references: [],
    referenceKeys: [],
    related: [],
    similar: [],
    prev: null,
    next: null,
    ...over,
  };
}

export function topicDetail(over: Partial<TopicDetail> = {}): TopicDetail {
  return {
    id: '01',
    slug: '01_Math',
    title: 'Math & Stats',
    difficulty: { from: 'easy', to: 'medium', label: 'Easy-Medium' },
    keyFor: 'ML <roles>',
    essential: false,
    summary: 'Sums "and" more',
    questionCount: 1,
    introHtml: '',
    parts: [{ number: 1, title: 'Basics <1>', anchor: 'part-1', questionCount: 1, introHtml: '', questions: [questionDetail()] }],
    ...over,
  };
}
