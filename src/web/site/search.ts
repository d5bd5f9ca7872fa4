// The static site's search (built by esbuild into assets/search.js): the app's own engine (core/search) over
// the prebuilt index that assets/search-data.js sets as a global (a page from file:// cannot fetch()). The same
// ranking and typo tolerance as the app's search; results link to the question pages.

import { escapeHtml, makeSnippet, markWords, matchKey } from '../../core/search/highlight.js';
import type { IndexData } from '../../core/search/inverted-index.js';
import { SearchEngine } from '../../core/search/search-engine.js';
import { SEARCH_GLOBAL, type SiteSearchData } from '../../core/emit/site-search.js';

const LIMIT = 50;

/** base64 -> a typed array. The index was written on a little-endian machine, as every browser's is. */
function decode<T>(b64: string, make: (buf: ArrayBuffer) => T): T {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return make(bytes.buffer);
}

function engineOf(data: SiteSearchData): SearchEngine {
  const p = data.index;
  const index: IndexData = {
    docCount: p.docCount,
    words: p.words,
    offsets: decode(p.offsets, (b) => new Uint32Array(b)),
    postDocs: decode(p.postDocs, (b) => new Uint32Array(b)),
    postTf: decode(p.postTf, (b) => new Uint32Array(b)),
    fieldLens: decode(p.fieldLens, (b) => new Uint16Array(b)),
  };
  return new SearchEngine(index);
}

function run(): void {
  const data = (window as unknown as Record<string, SiteSearchData | undefined>)[SEARCH_GLOBAL];
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!input || !status || !list) return;
  if (!data) {
    status.textContent = 'The search data (assets/search-data.js) did not load.';
    return;
  }
  const engine = engineOf(data);
  const show = (q: string) => {
    list.replaceChildren();
    if (SearchEngine.queryWords(q).length === 0) {
      status.textContent = '';
      return;
    }
    const r = engine.search({ q, limit: LIMIT, offset: 0 });
    const keys = r.matched.map(matchKey);
    const shown = r.total > LIMIT ? `the first ${LIMIT} of ${r.total}` : String(r.total);
    status.textContent = `${shown} result${r.total === 1 ? '' : 's'}${r.corrected ? ` (also searched: ${r.corrected.join(', ')})` : ''}`;
    for (const { doc } of r.hits) {
      const [id, topicId, title, difficulty, text] = data.docs[doc]!;
      const li = document.createElement('li');
      li.className = 'search-result';
      // markWords and makeSnippet escape the text; the only markup they add is <mark> and <span class="math">.
      li.innerHTML = `<a href="q/${encodeURIComponent(id)}.html">${markWords(title, keys)}</a> <span class="chip chip-${escapeHtml(difficulty)}">${escapeHtml(difficulty)}</span> <span class="muted">topic ${escapeHtml(topicId)}</span><p>${makeSnippet(text, keys)}</p>`;
      list.append(li);
    }
  };
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  show(q);
  input.addEventListener('input', () => show(input.value));
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    show(input.value);
  });
}

run();
