// Search over the personal notes: a second, small SearchIndex (the same core engine: stemming, prefixes, typo
// corrections, BM25) whose documents are the questions that have a note, with the note as their only text.
// Why a separate index and not the notes folded into the content index: the content index is built from the
// collection alone and cached with it (content-cache.ts), so it stays pure and shareable; notes change at any
// moment and belong to one user. Rebuilding the small index costs about as much as tokenizing the notes, so it
// is rebuilt whenever a note changed (notesRevision), at the next search.
// Filters (topic, difficulty, essential, tag) come from the question's content document. Only the first page is
// searched: the API shows note matches as their own short list above the content results.

import type { SearchResult } from '../../core/api/types.js';
import { codeAndMath, escapeHtml, markdownToText, type SearchDoc } from '../../core/search/index.js';
import { SearchIndex, type SearchParams } from '../search-index.js';
import { listNotes, notesRevision } from '../store/own-words-store.js';
import type { ProgressStore } from '../store/progress-store.js';

/**
 * The note without raw HTML, which the rendered note never shows (render-personal-note.ts drops it), so search
 * neither matches nor quotes it: script and style elements with their content, then any other tag (its text
 * stays, as it does when rendered).
 *   <(script|style)\b[\s\S]*?<\/\1\s*>   a script or style element, shortest match up to its own end tag
 *   <\/?[a-zA-Z][^>]*>                     any other start or end tag
 */
export function withoutHtml(markdown: string): string {
  return markdown.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
}

export class NoteSearch {
  private readonly docs: ReadonlyMap<string, SearchDoc>;
  private built: { revision: string; index: SearchIndex; content: SearchDoc[] } | null = null;

  constructor(
    private readonly store: ProgressStore,
    docs: readonly SearchDoc[],
  ) {
    this.docs = new Map(docs.map((d) => [d.id, d]));
  }

  private index(): { index: SearchIndex; content: SearchDoc[] } {
    const revision = notesRevision(this.store);
    if (this.built?.revision !== revision) {
      const content: SearchDoc[] = [];
      const noteDocs: SearchDoc[] = [];
      for (const note of listNotes(this.store)) {
        const doc = this.docs.get(note.questionId);
        if (!doc) continue; // a note on a question no longer in the collection: kept, but nothing to show
        content.push(doc);
        // Title and tags left empty: a query matching the question's title or tags is the content index's hit,
        // not a note hit. Filters read the content doc's fields, which are copied.
        noteDocs.push({
          ...doc,
          order: noteDocs.length,
          title: '',
          tags: [],
          body: markdownToText(withoutHtml(note.markdown)),
          extra: codeAndMath(withoutHtml(note.markdown)),
        });
      }
      this.built = { revision, index: SearchIndex.build(noteDocs), content };
    }
    return this.built;
  }

  /** The best `limit` questions whose note matches the query's words; [] for an empty query. */
  search(params: SearchParams): SearchResult[] {
    if (params.q.trim() === '') return [];
    const { index, content } = this.index();
    if (content.length === 0) return [];
    // The tag filter applies to the content doc's tags (the note docs have none, see above).
    const { tag, ...rest } = params;
    const hits = index.search({ ...rest, offset: 0, limit: tag === undefined ? params.limit : content.length }).results;
    const byId = new Map(content.map((d) => [d.id, d]));
    return hits
      .filter((h) => tag === undefined || byId.get(h.id)!.tags.includes(tag))
      .slice(0, params.limit)
      .map((h) => {
        const doc = byId.get(h.id)!;
        return { ...h, title: doc.title, titleHtml: escapeHtml(doc.title), tags: doc.tags };
      });
  }
}
