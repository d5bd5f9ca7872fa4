// Branded identifiers. A QuestionId and a TopicId are both strings at run time, but the brand stops one
// being passed where the other is expected (Quartz brands its slugs the same way).
// This file must stay isomorphic: no node libraries.

export type TopicId = string & { readonly __brand: 'TopicId' };
export type QuestionId = string & { readonly __brand: 'QuestionId' };

/** `"07"`: exactly two digits. */
export const TOPIC_ID_PATTERN = /^\d{2}$/;

/**
 * Question ids: lowercase words of letters and digits joined by single hyphens, 3–64 characters.
 *   ^[a-z0-9]+        first word
 *   (?:-[a-z0-9]+)*$  more words, each after exactly one hyphen
 */
export const QUESTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isTopicId(value: string): value is TopicId {
  return TOPIC_ID_PATTERN.test(value);
}

export function isQuestionId(value: string): value is QuestionId {
  return value.length >= 3 && value.length <= 64 && QUESTION_ID_PATTERN.test(value);
}

export function asTopicId(value: string): TopicId {
  return value as TopicId;
}

export function asQuestionId(value: string): QuestionId {
  return value as QuestionId;
}

/** The HTML anchor of a question inside a topic page: `q-` + id. */
export function questionAnchor(id: QuestionId): string {
  return `q-${id}`;
}

/** The HTML anchor of a part inside a topic page: `part-N`. */
export function partAnchor(number: number): string {
  return `part-${number}`;
}
