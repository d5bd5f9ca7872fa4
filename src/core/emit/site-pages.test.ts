// The static site's page bodies: exact HTML for small hand-built models (escaping, relative links, folded answers).

import { describe, expect, it } from 'vitest';
import type { NoteDetail } from '../api/types.js';
import { homeBody, noteBody, questionBody, searchBody, topicBody } from './site-pages.js';
import { questionDetail as question, topicDetail as topic } from './test-details.js';

describe('questionBody', () => {
  it('shows the question with its topic and part links, meta chips and the answer folded in <details>', () => {
    expect(questionBody(question())).toBe(`<div class="narrow">
<p class="eyebrow"><a href="../t/01.html">Math &amp; Stats</a> · <a href="../t/01.html#part-1">Part 1: Basics &lt;1&gt;</a></p>
<article class="question" id="q-q1" data-question="q1">
<header class="question-head"><h1 id="h-q1">Q &#x3C;one></h1>
<div class="question-meta"><span class="chip chip-easy">easy</span></div></header>
<details class="answer" id="a-q1"><summary class="reveal">Show answer</summary>
<div class="rich"><p>Answer.</p></div>
</details>
</article>
<nav class="question-nav" aria-label="Previous and next"> </nav>
</div>`);
  });

  it('links the previous and next questions with escaped titles', () => {
    const html = questionBody(question({ prev: { id: 'a b', title: 'A & B' }, next: { id: 'q2', title: 'Two' } }));
    expect(html).toContain(
      '<nav class="question-nav" aria-label="Previous and next"><a href="../q/a%20b.html">Previous: A &amp; B</a> <a href="../q/q2.html">Next: Two</a></nav>',
    );
  });

  it('adds a chip per tag and the non-empty sections in order, with their links made relative', () => {
    const html = questionBody(
      question({
        difficulty: 'hard',
        tags: ['x<y', 'bayes'],
        answerHtml: '<p>See <a href="/q/q2">two</a>.</p>',
        keyPoints: ['k1', '<a href="/t/02#part-3">k2</a>'],
        pitfalls: ['p1'],
        followUps: ['f1'],
        references: ['r1'],
        related: ['<a href="/q/q3">three</a>'],
      }),
    );
    expect(html).toContain(
      '<div class="question-meta"><span class="chip chip-hard">hard</span><span class="chip chip-tag">x&lt;y</span><span class="chip chip-tag">bayes</span></div>',
    );
    expect(html).toContain(
      '<div class="rich"><p>See <a href="../q/q2.html">two</a>.</p></div>' +
        '<section class="answer-section section-key-points"><h4>Key points</h4><ul><li>k1</li><li><a href="../t/02.html#part-3">k2</a></li></ul></section>' +
        '<section class="answer-section section-pitfalls"><h4>Pitfalls</h4><ul><li>p1</li></ul></section>' +
        '<section class="answer-section section-follow-ups"><h4>Follow-ups</h4><ul><li>f1</li></ul></section>' +
        '<section class="answer-section section-references"><h4>References</h4><ul><li>r1</li></ul></section>' +
        '<section class="answer-section section-related"><h4>Related</h4><ul><li><a href="../q/q3.html">three</a></li></ul></section>\n</details>',
    );
  });

  it('leaves out the sections that are empty', () => {
    const html = questionBody(question({ pitfalls: ['only'] }));
    expect(html).toContain(
      '<div class="rich"><p>Answer.</p></div><section class="answer-section section-pitfalls"><h4>Pitfalls</h4><ul><li>only</li></ul></section>\n</details>',
    );
  });
});

describe('topicBody', () => {
  it('writes the contents, the header with chips and each part with its questions linked to their pages', () => {
    expect(topicBody(topic())).toBe(`<div class="topic-layout">
<nav class="toc" aria-label="Contents"><details open><summary>Contents</summary><ol><li><a href="#part-1">Part 1: Basics &lt;1&gt;</a><ol><li><a href="#q-q1">Q &lt;one&gt;</a></li></ol></li></ol></details></nav>
<article class="topic">
<header class="topic-head"><p class="eyebrow">Topic 01</p><h1>Math &amp; Stats</h1>
<p class="lead">Sums &quot;and&quot; more</p><div class="chips"><span class="chip chip-medium">Easy-Medium</span><span class="chip">Key for ML &lt;roles&gt;</span><span class="chip">1 questions</span></div></header>
<div class="toolbar" data-toolbar></div>

<section class="part" id="part-1">
<h2>Part 1: Basics &lt;1&gt;</h2>

<article class="question" id="q-q1" data-question="q1">
<header class="question-head"><h3 id="h-q1"><a href="../q/q1.html" class="question-link">Q &#x3C;one></a></h3>
<div class="question-meta"><span class="chip chip-easy">easy</span></div></header>
<details class="answer" id="a-q1"><summary class="reveal">Show answer</summary>
<div class="rich"><p>Answer.</p></div>
</details>
</article>
</section>
</article>
</div>`);
  });

  it('shows the essential chip and the topic and part intros with relative links', () => {
    const t = topic({
      essential: true,
      introHtml: '<p>Intro <a href="/q/q1">q</a></p>',
      parts: [{ number: 2, title: 'P', anchor: 'part-2', questionCount: 0, introHtml: '<p><img src="/figures/a.svg"></p>', questions: [] }],
    });
    const html = topicBody(t);
    expect(html).toContain(
      '<div class="chips"><span class="chip chip-medium">Easy-Medium</span><span class="chip chip-essential">★ Essential</span><span class="chip">Key for',
    );
    expect(html).toContain(
      '<div class="toolbar" data-toolbar></div>\n<div class="rich topic-intro"><p>Intro <a href="../q/q1.html">q</a></p></div>\n',
    );
    expect(html).toContain('<h2>Part 2: P</h2>\n<div class="rich"><p><img src="../figures/a.svg"></p></div>\n\n</section>');
  });
});

describe('topic pages with several parts and questions', () => {
  const two = topic({
    parts: [
      {
        number: 1,
        title: 'A',
        anchor: 'part-1',
        questionCount: 2,
        introHtml: '',
        questions: [question({ id: 'qa', title: 'QA' }), question({ id: 'qb', title: 'QB' })],
      },
      { number: 2, title: 'B', anchor: 'part-2', questionCount: 0, introHtml: '', questions: [] },
    ],
  });

  it('list every part and question in the contents, with nothing between the items', () => {
    expect(topicBody(two)).toContain(
      '<ol><li><a href="#part-1">Part 1: A</a><ol><li><a href="#q-qa">QA</a></li><li><a href="#q-qb">QB</a></li></ol></li>' +
        '<li><a href="#part-2">Part 2: B</a><ol></ol></li></ol></details></nav>',
    );
  });

  it('put each question and each part on its own line', () => {
    const html = topicBody(two);
    expect(html).toContain('</details>\n</article>\n<article class="question" id="q-qb" data-question="qb">');
    expect(html).toContain(
      '</article>\n</section>\n<section class="part" id="part-2">\n<h2>Part 2: B</h2>\n\n\n</section>\n</article>\n</div>',
    );
  });

  it('list every part on the home page card, with nothing between the items', () => {
    expect(homeBody([two], 2)).toContain(
      '<ol class="part-list"><li><a href="t/01.html#part-1">Part 1: A</a> (2)</li><li><a href="t/01.html#part-2">Part 2: B</a> (0)</li></ol>',
    );
  });
});

describe('homeBody', () => {
  it('lists each topic as a card with its parts, linked relative to index.html', () => {
    expect(homeBody([topic()], 7)).toBe(`<h1>ML interview questions</h1>
<p class="lead">7 questions in 1 topics, with answers hidden until you open them. Search them from the box above.</p>
<ul class="topic-cards"><li class="card topic-card">
<h2><a href="t/01.html">01 · Math &amp; Stats</a></h2>
<p>Sums &quot;and&quot; more</p><div class="chips"><span class="chip chip-medium">Easy-Medium</span><span class="chip">Key for ML &lt;roles&gt;</span><span class="chip">1 questions</span></div>
<ol class="part-list"><li><a href="t/01.html#part-1">Part 1: Basics &lt;1&gt;</a> (1)</li></ol>
</li></ul>`);
  });

  it('separates the cards with a newline', () => {
    const html = homeBody([topic(), topic({ id: '02', parts: [] })], 2);
    expect(html).toContain('</li>\n<li class="card topic-card">\n<h2><a href="t/02.html">02 · ');
    expect(html).toContain('<ol class="part-list"></ol>\n</li></ul>');
  });
});

describe('noteBody', () => {
  it('escapes the title and relinks the note HTML from its page', () => {
    const note: NoteDetail = {
      slug: 'interview-tips',
      file: 'Interview_Tips.md',
      title: 'Tips & tricks',
      html: '<p><a href="/t/01">t</a></p>',
    };
    expect(noteBody(note, 'tips.html')).toBe(
      '<article class="narrow"><h1>Tips &amp; tricks</h1><div class="rich"><p><a href="t/01.html">t</a></p></div></article>',
    );
  });
});

describe('searchBody', () => {
  it('is the search form, the status and results regions and a no-script fallback', () => {
    expect(searchBody()).toBe(`<div class="narrow">
<h1>Search</h1>
<form role="search" action="search.html" method="get" class="search-page-form">
<input type="search" name="q" id="search-q" aria-label="Search questions" placeholder="e.g. gradient descent" autofocus>
<button type="submit" class="button">Search</button>
</form>
<p id="search-status" role="status" class="muted"></p>
<ol id="search-results" class="search-results"></ol>
<noscript><p>Search runs in your browser and needs JavaScript. Browse the <a href="index.html">topics</a> instead.</p></noscript>
</div>`);
  });
});
