// The static-site emitter: the rendered model (topics, notes, the generated stylesheet, the search docs and
// their prebuilt index) -> the site's text files: index.html, t/<topic>.html, q/<question>.html, the note pages
// (tips.html), search.html and the search data. Binary files (KaTeX's fonts, figures) and the bundled scripts
// come from the caller (node/emit/build-site.ts). Pure: model in, files out. Isomorphic.

import type { NoteDetail, TopicDetail } from '../api/types.js';
import { NOTE_PAGES } from '../render/link-href.js';
import type { SearchDoc } from '../search/search-docs.js';
import type { EmittedFile } from './obsidian.js';
import { layoutPage, SITE_ASSETS } from './site-layout.js';
import { sitePathOf, questionPath, topicPath } from './site-links.js';
import { homeBody, noteBody, questionBody, searchBody, topicBody } from './site-pages.js';
import { siteSearchScript, type PackedSearchIndex } from './site-search.js';

export interface SiteModel {
  topics: readonly TopicDetail[];
  notes: readonly NoteDetail[];
  /** Classes for KaTeX's and Shiki's inline styles (RenderedContent.css). */
  css: string;
  searchDocs: readonly SearchDoc[];
  searchIndex: PackedSearchIndex;
}

export interface SiteScripts {
  /** The script of every page (reveal all, open the answer a link points at). */
  page: string;
  /** The search page's script (core/search bundled). */
  search: string;
  /** The site stylesheet (the app's reading styles plus the site's own). */
  styles: string;
}

export function emitSite(model: SiteModel, assets: SiteScripts, onProgress?: (done: number, total: number) => void): EmittedFile[] {
  const notePages = model.notes.flatMap((n) => {
    const page = NOTE_PAGES[n.slug];
    const path = page && page !== '/' ? sitePathOf(page) : null;
    return path ? [{ note: n, path }] : [];
  });
  const nav = notePages.map(({ note, path }) => [path, note.title] as const);
  // A duplicate id is a validation error; its first occurrence owns the page.
  const seen = new Set<string>();
  const questions = model.topics.flatMap((t) => t.parts.flatMap((p) => p.questions)).filter((q) => !seen.has(q.id) && seen.add(q.id));
  const total = 2 + notePages.length + model.topics.length + questions.length;
  const files: EmittedFile[] = [];
  const page = (path: string, title: string, body: string, scripts?: string[]) => {
    files.push({ path, content: layoutPage({ path, title: `${title} · mlprep`, body, nav, ...(scripts ? { scripts } : {}) }) });
    onProgress?.(files.length, total);
  };
  page('index.html', 'ML interview questions', homeBody(model.topics, questions.length));
  page('search.html', 'Search', searchBody(), [SITE_ASSETS.searchData, SITE_ASSETS.searchJs]);
  for (const { note, path } of notePages) page(path, note.title, noteBody(note, path));
  for (const t of model.topics) page(topicPath(t.id), t.title, topicBody(t));
  for (const q of questions) page(questionPath(q.id), q.title, questionBody(q));
  files.push(
    { path: SITE_ASSETS.contentCss, content: model.css },
    { path: SITE_ASSETS.siteCss, content: assets.styles },
    { path: SITE_ASSETS.pageJs, content: assets.page },
    { path: SITE_ASSETS.searchJs, content: assets.search },
    { path: SITE_ASSETS.searchData, content: siteSearchScript(model.searchDocs, model.searchIndex) },
  );
  return files;
}
