// The search query and filters, shared by the header's search box and the search page, and mirrored in the
// URL (/search?q=…&topic=…) so a search can be bookmarked, shared and restored with Back.

export interface SearchState {
  q: string;
  topic: string;
  difficulty: string;
  essential: boolean;
  tag: string;
}

export const searchState: SearchState = $state({ q: '', topic: '', difficulty: '', essential: false, tag: '' });

export function readSearchFromUrl(search: string): void {
  const p = new URLSearchParams(search);
  searchState.q = p.get('q') ?? '';
  searchState.topic = p.get('topic') ?? '';
  searchState.difficulty = p.get('difficulty') ?? '';
  searchState.essential = p.get('essential') === 'true';
  searchState.tag = p.get('tag') ?? '';
}

/** The query string for both the page URL and the API (without the API's limit). */
export function searchQueryString(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.topic) p.set('topic', s.topic);
  if (s.difficulty) p.set('difficulty', s.difficulty);
  if (s.essential) p.set('essential', 'true');
  if (s.tag) p.set('tag', s.tag);
  return p.toString();
}

export function hasSearch(s: SearchState): boolean {
  return searchQueryString(s) !== '';
}
