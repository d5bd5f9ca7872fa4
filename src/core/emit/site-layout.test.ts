// The frame of every static-site page: relative asset and nav URLs by page depth, escaped title and nav labels.

import { describe, expect, it } from 'vitest';
import { layoutPage, rootOf } from './site-layout.js';

describe('rootOf', () => {
  it.each([
    ['index.html', ''],
    ['t/01.html', '../'],
    ['a/b/c.html', '../../'],
  ])('%s -> "%s"', (path, root) => expect(rootOf(path)).toBe(root));
});

describe('layoutPage', () => {
  it('frames a nested page with ../ URLs, the nav pages, the escaped title and the extra scripts after the page script', () => {
    const html = layoutPage({
      path: 't/01.html',
      title: 'A & <b>',
      body: 'BODY',
      nav: [['tips.html', 'Tips & more']],
      scripts: ['assets/x.js'],
    });
    expect(html).toBe(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A &amp; &lt;b&gt;</title>
<link rel="stylesheet" href="../katex/katex.min.css">
<link rel="stylesheet" href="../assets/site.css">
<link rel="stylesheet" href="../assets/content.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="header-inner">
<a href="../index.html" class="brand"><span>mlprep</span></a>
<nav aria-label="Main" class="main-nav"><a href="../index.html">Topics</a><a href="../tips.html">Tips &amp; more</a><a href="../search.html">Search</a></nav>
<form class="search-box" role="search" action="../search.html" method="get">
<input type="search" name="q" aria-label="Search questions" placeholder="Search questions">
<button type="submit" class="button">Search</button>
</form>
</div></header>
<main id="main" class="page">
BODY
</main>
<footer class="site-footer">mlprep · a static copy of the collection (written by <code>mlprep build-site</code>)</footer>
<script src="../assets/page.js"></script>
<script src="../assets/x.js"></script>
</body>
</html>
`);
  });

  it('uses plain relative URLs at the top level, and only the page script when no other is given', () => {
    const html = layoutPage({
      path: 'index.html',
      title: 'Home',
      body: '',
      nav: [
        ['a.html', 'A'],
        ['b.html', 'B'],
      ],
    });
    expect(html).toContain('<link rel="stylesheet" href="katex/katex.min.css">\n');
    expect(html).toContain(
      '<nav aria-label="Main" class="main-nav"><a href="index.html">Topics</a><a href="a.html">A</a><a href="b.html">B</a><a href="search.html">Search</a></nav>',
    );
    expect(html).toContain('<form class="search-box" role="search" action="search.html" method="get">');
    expect(html).toContain('</footer>\n<script src="assets/page.js"></script>\n</body>\n</html>\n');
  });
});
