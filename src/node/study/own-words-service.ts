// The user's own words behind the API: the history of answers typed in review and the personal note of each
// question (read, write, render, search). Ids go through the catalog (StudyService.question), so an alias reads
// and writes its question's current id and an unknown id is a 404. Notes are rendered on every read with the
// sanitizing note renderer (core/render/render-personal-note.ts): the stored text is the markdown as typed.

import type { SearchResult } from '../../core/api/types.js';
import type { SearchDoc } from '../../core/search/index.js';
import type { SearchParams } from '../search-index.js';
import { MAX_NOTE_CHARS } from '../store/own-words-io.js';
import { catalogQuestions } from '../../core/progress/index.js';
import { carryNoteAliases, getNote, putNote, typedAnswers, type TypedAnswer } from '../store/own-words-store.js';
import { NoteSearch } from './note-search.js';
import { StudyInputError, type StudyService } from './study-service.js';

export interface NoteView {
  questionId: string;
  markdown: string;
  /** Sanitized HTML of the markdown ('' when there is no note). */
  html: string;
  /** null when the question has no note. */
  updatedAt: number | null;
}

/** Earlier typed answers sent per question: the page shows the latest and folds the rest. */
export const ANSWER_HISTORY_LIMIT = 50;

export class OwnWordsService {
  private readonly search: NoteSearch;

  constructor(
    private readonly study: StudyService,
    docs: readonly SearchDoc[],
  ) {
    this.search = new NoteSearch(study.store, docs);
    // Like the cards (StudyService's carryAliases): a note written before its question was renamed follows it.
    carryNoteAliases(
      study.store,
      catalogQuestions(study.topics).flatMap((q) => q.aliases.map((from) => ({ from, to: q.id }))),
    );
  }

  answers(id: string): TypedAnswer[] {
    return typedAnswers(this.study.store, this.study.question(id).id, ANSWER_HISTORY_LIMIT);
  }

  /** A question's note with its sanitised HTML. The markdown stack is loaded on the first note shown, not at start. */
  async note(id: string): Promise<NoteView> {
    const questionId = this.study.question(id).id;
    const note = getNote(this.study.store, questionId);
    if (!note) return { questionId, markdown: '', html: '', updatedAt: null };
    const { renderPersonalNote } = await import('../../core/render/render-personal-note.js');
    return { questionId, markdown: note.markdown, html: renderPersonalNote(note.markdown), updatedAt: note.updatedAt };
  }

  /** Validates `{ markdown }` and stores it; an empty string removes the note. Bad input rejects the promise. */
  async saveNote(id: string, body: unknown): Promise<NoteView> {
    const questionId = this.study.question(id).id;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new StudyInputError('(body)', 'Send a JSON object: { "markdown": "your note" } (an empty string removes the note).');
    const markdown = (body as Record<string, unknown>).markdown;
    if (typeof markdown !== 'string') throw new StudyInputError('markdown', 'markdown must be a string (empty removes the note).');
    if (markdown.length > MAX_NOTE_CHARS)
      throw new StudyInputError('markdown', `markdown is ${markdown.length} characters; a note holds at most ${MAX_NOTE_CHARS}.`);
    putNote(this.study.store, questionId, markdown, this.study.now());
    return this.note(questionId);
  }

  /** Questions whose note matches the query, best first (the first page only; see note-search.ts). */
  searchNotes(params: SearchParams): SearchResult[] {
    return this.search.search(params);
  }
}
