// The static-site emitter: which files it writes, under which titles, with which nav, and its progress reports.

import { describe, expect, it } from 'vitest';
import type { NoteDetail, QuestionDetail, TopicDetail } from '../api/types.js';
import type { SearchDoc } from '../search/search-docs.js';
import { emitSite, type SiteModel } from './site.js';
import { questionDetail, topicDetail } from './test-details.js';

const question = (id: string, title: string): QuestionDetail =>
  questionDetail({ id, title, titleHtml: title, topicTitle: 'Math', partTitle: 'Basics', answerHtml: '<p>A.</p>' });

const topic = (id: string, title: string, questions: QuestionDetail[]): TopicDetail =>
  topicDetail({
    id,
    slug: `${id}_T`,
    title,
    difficulty: { from: 'easy', to: 'easy', label: 'Easy' },
    keyFor: 'x',
    summary: 's',
    questionCount: questions.length,
    parts: [{ number: 1, title: 'Basics', anchor: 'part-1', questionCount: questions.length, introHtml: '', questions }],
  });

const note = (slug: string, title: string): NoteDetail => ({ slug, file: `${slug}.md`, title, html: `<p>${title}</p>` });

const doc: SearchDoc = {
  id: 'q1',
  topicId: '01',
  order: 0,
  title: 'One',
  body: 'Body.',
  extra: '',
  tags: [],
  difficulty: 'easy',
  essential: false,
};

function model(over: Partial<SiteModel> = {}): SiteModel {
  return {
    topics: [topic('01', 'Math', [question('q1', 'One'), question('q2', 'Two')]), topic('02', 'Stats', [question('q1', 'Dup')])],
    notes: [note('readme', 'Readme'), note('interview-tips', 'Tips'), note('other', 'Other')],
    css: '.k{}',
    searchDocs: [doc],
    searchIndex: { docCount: 1, words: ['body'], offsets: 'AA==', postDocs: 'AA==', postTf: 'AQ==', fieldLens: 'AQ==' },
    ...over,
  };
}

const assets = { page: 'PAGE', search: 'SEARCH', styles: 'STYLES' };

describe('emitSite', () => {
  it('writes the home, search, note, topic and question pages, then the assets; a duplicate question id only once', () => {
    const files = emitSite(model(), assets);
    expect(files.map((f) => f.path)).toEqual([
      'index.html',
      'search.html',
      'tips.html',
      't/01.html',
      't/02.html',
      'q/q1.html',
      'q/q2.html',
      'assets/content.css',
      'assets/site.css',
      'assets/page.js',
      'assets/search.js',
      'assets/search-data.js',
    ]);
    const content = (path: string) => files.find((f) => f.path === path)!.content;
    expect(content('assets/content.css')).toBe('.k{}');
    expect(content('assets/site.css')).toBe('STYLES');
    expect(content('assets/page.js')).toBe('PAGE');
    expect(content('assets/search.js')).toBe('SEARCH');
    expect(content('assets/search-data.js')).toBe(
      'window.MLPREP_SEARCH={"index":{"docCount":1,"words":["body"],"offsets":"AA==","postDocs":"AA==","postTf":"AQ==","fieldLens":"AQ=="},"docs":[["q1","01","One","easy","Body."]]};\n',
    );
    // the first occurrence of a duplicate id owns its page
    expect(content('q/q1.html')).toContain('<title>One · mlprep</title>');
  });

  it('titles each page and counts the distinct questions on the home page', () => {
    const files = emitSite(model(), assets);
    const title = (path: string) => /<title>(.*)<\/title>/.exec(files.find((f) => f.path === path)!.content)![1];
    expect(files.slice(0, 7).map((f) => title(f.path))).toEqual([
      'ML interview questions · mlprep',
      'Search · mlprep',
      'Tips · mlprep',
      'Math · mlprep',
      'Stats · mlprep',
      'One · mlprep',
      'Two · mlprep',
    ]);
    expect(files[0]!.content).toContain('<p class="lead">2 questions in 2 topics,');
    expect(files[2]!.content).toContain(
      '<main id="main" class="page">\n<article class="narrow"><h1>Tips</h1><div class="rich"><p>Tips</p></div></article>\n</main>',
    );
  });

  it('links the note pages from every header, and loads the search scripts on the search page only', () => {
    const files = emitSite(model(), assets);
    expect(files[0]!.content).toContain(
      '<a href="index.html">Topics</a><a href="tips.html">Tips</a><a href="search.html">Search</a></nav>',
    );
    expect(files[3]!.content).toContain(
      '<a href="../index.html">Topics</a><a href="../tips.html">Tips</a><a href="../search.html">Search</a></nav>',
    );
    expect(files[1]!.content).toContain(
      '<script src="assets/page.js"></script>\n<script src="assets/search-data.js"></script>\n<script src="assets/search.js"></script>\n</body>',
    );
    expect(files[0]!.content).toContain('<script src="assets/page.js"></script>\n</body>');
    expect(files[3]!.content).toContain('<script src="../assets/page.js"></script>\n</body>');
  });

  it('reports progress once per page, out of the number of pages', () => {
    const calls: [number, number][] = [];
    emitSite(model(), assets, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [1, 7],
      [2, 7],
      [3, 7],
      [4, 7],
      [5, 7],
      [6, 7],
      [7, 7],
    ]);
  });

  it('gives no page to notes the app has no page for, and none to the README (it is the home page)', () => {
    const files = emitSite(model({ notes: [note('readme', 'Readme'), note('other', 'Other')] }), assets);
    expect(files.map((f) => f.path).filter((p) => p.endsWith('.html'))).toEqual([
      'index.html',
      'search.html',
      't/01.html',
      't/02.html',
      'q/q1.html',
      'q/q2.html',
    ]);
    expect(files[0]!.content).toContain('<a href="index.html">Topics</a><a href="search.html">Search</a></nav>');
  });
});
