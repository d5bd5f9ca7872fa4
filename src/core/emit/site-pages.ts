// The static site's pages as HTML bodies, from the rendered model (TopicDetail, NoteDetail): the same sanitized
// KaTeX and Shiki HTML the app shows, with its links made relative (site-links.ts). Answers sit in <details>, so
// they stay hidden until opened and open without JavaScript. Text that is not already rendered HTML is escaped.
// Isomorphic.

import type { NoteDetail, QuestionDetail, TopicDetail } from '../api/types.js';
import { escapeHtml } from '../search/highlight.js';
import { questionPath, relativeHref, relinkHtml, topicPath } from './site-links.js';

const SECTIONS = [
  ['key-points', 'Key points', 'keyPoints'],
  ['pitfalls', 'Pitfalls', 'pitfalls'],
  ['follow-ups', 'Follow-ups', 'followUps'],
  ['references', 'References', 'references'],
  ['related', 'Related', 'related'],
] as const;

const chip = (label: string, kind?: string) => `<span class="chip${kind ? ` chip-${kind}` : ''}">${escapeHtml(label)}</span>`;

function answerBody(q: QuestionDetail, from: string): string {
  const sections = SECTIONS.filter(([, , field]) => q[field].length > 0).map(
    ([key, title, field]) =>
      `<section class="answer-section section-${key}"><h4>${title}</h4><ul>${q[field]
        .map((item) => `<li>${relinkHtml(item, from)}</li>`)
        .join('')}</ul></section>`,
  );
  return `<div class="rich">${relinkHtml(q.answerHtml, from)}</div>${sections.join('')}`;
}

/** A question with its answer folded: the unit of topic pages and question pages. */
function questionBlock(q: QuestionDetail, from: string, heading: 'h1' | 'h3'): string {
  const title = relinkHtml(q.titleHtml, from);
  const head =
    heading === 'h1'
      ? `<h1 id="h-${q.id}">${title}</h1>`
      : `<h3 id="h-${q.id}"><a href="${relativeHref(from, questionPath(q.id))}" class="question-link">${title}</a></h3>`;
  return `<article class="question" id="q-${q.id}" data-question="${q.id}">
<header class="question-head">${head}
<div class="question-meta">${chip(q.difficulty, q.difficulty)}${q.tags.map((t) => chip(t, 'tag')).join('')}</div></header>
<details class="answer" id="a-${q.id}"><summary class="reveal">Show answer</summary>
${answerBody(q, from)}
</details>
</article>`;
}

function topicChips(t: TopicDetail): string {
  return `<div class="chips">${chip(t.difficulty.label, t.difficulty.to)}${t.essential ? chip('★ Essential', 'essential') : ''}${chip(
    `Key for ${t.keyFor}`,
  )}${chip(`${t.questionCount} questions`)}</div>`;
}

export function homeBody(topics: readonly TopicDetail[], questionCount: number): string {
  const from = 'index.html';
  const cards = topics.map(
    (t) => `<li class="card topic-card">
<h2><a href="${relativeHref(from, topicPath(t.id))}">${escapeHtml(t.id)} · ${escapeHtml(t.title)}</a></h2>
<p>${escapeHtml(t.summary)}</p>${topicChips(t)}
<ol class="part-list">${t.parts
      .map(
        (p) =>
          `<li><a href="${relativeHref(from, `${topicPath(t.id)}#${p.anchor}`)}">Part ${p.number}: ${escapeHtml(p.title)}</a> (${p.questions.length})</li>`,
      )
      .join('')}</ol>
</li>`,
  );
  return `<h1>ML interview questions</h1>
<p class="lead">${questionCount} questions in ${topics.length} topics, with answers hidden until you open them. Search them from the box above.</p>
<ul class="topic-cards">${cards.join('\n')}</ul>`;
}

export function topicBody(t: TopicDetail): string {
  const from = topicPath(t.id);
  const toc = t.parts
    .map(
      (p) =>
        `<li><a href="#${p.anchor}">Part ${p.number}: ${escapeHtml(p.title)}</a><ol>${p.questions
          .map((q) => `<li><a href="#q-${q.id}">${escapeHtml(q.title)}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('');
  const parts = t.parts.map(
    (p) => `<section class="part" id="${p.anchor}">
<h2>Part ${p.number}: ${escapeHtml(p.title)}</h2>
${p.introHtml ? `<div class="rich">${relinkHtml(p.introHtml, from)}</div>` : ''}
${p.questions.map((q) => questionBlock(q, from, 'h3')).join('\n')}
</section>`,
  );
  return `<div class="topic-layout">
<nav class="toc" aria-label="Contents"><details open><summary>Contents</summary><ol>${toc}</ol></details></nav>
<article class="topic">
<header class="topic-head"><p class="eyebrow">Topic ${escapeHtml(t.id)}</p><h1>${escapeHtml(t.title)}</h1>
<p class="lead">${escapeHtml(t.summary)}</p>${topicChips(t)}</header>
<div class="toolbar" data-toolbar></div>
${t.introHtml ? `<div class="rich topic-intro">${relinkHtml(t.introHtml, from)}</div>` : ''}
${parts.join('\n')}
</article>
</div>`;
}

export function questionBody(q: QuestionDetail): string {
  const from = questionPath(q.id);
  const step = (label: string, link: { id: string; title: string } | null) =>
    link ? `<a href="${relativeHref(from, questionPath(link.id))}">${label}: ${escapeHtml(link.title)}</a>` : '';
  return `<div class="narrow">
<p class="eyebrow"><a href="${relativeHref(from, topicPath(q.topicId))}">${escapeHtml(q.topicTitle)}</a> · <a href="${relativeHref(
    from,
    `${topicPath(q.topicId)}#part-${q.partNumber}`,
  )}">Part ${q.partNumber}: ${escapeHtml(q.partTitle)}</a></p>
${questionBlock(q, from, 'h1')}
<nav class="question-nav" aria-label="Previous and next">${step('Previous', q.prev)} ${step('Next', q.next)}</nav>
</div>`;
}

export function noteBody(note: NoteDetail, from: string): string {
  return `<article class="narrow"><h1>${escapeHtml(note.title)}</h1><div class="rich">${relinkHtml(note.html, from)}</div></article>`;
}

export function searchBody(): string {
  return `<div class="narrow">
<h1>Search</h1>
<form role="search" action="search.html" method="get" class="search-page-form">
<input type="search" name="q" id="search-q" aria-label="Search questions" placeholder="e.g. gradient descent" autofocus>
<button type="submit" class="button">Search</button>
</form>
<p id="search-status" role="status" class="muted"></p>
<ol id="search-results" class="search-results"></ol>
<noscript><p>Search runs in your browser and needs JavaScript. Browse the <a href="index.html">topics</a> instead.</p></noscript>
</div>`;
}
