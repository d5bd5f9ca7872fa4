// The frame every page of the static site shares: head (KaTeX's stylesheet, the site's and the generated
// content stylesheet), a header with the search form, the footer and the page script. All URLs are relative to
// the page (`root` is `''` or `../`), so the site works from file:// and under any folder of any host. No inline
// script or style: the site keeps working under a strict CSP. Isomorphic.

import { escapeHtml } from '../search/highlight.js';

export const SITE_ASSETS = {
  katexCss: 'katex/katex.min.css',
  siteCss: 'assets/site.css',
  contentCss: 'assets/content.css',
  pageJs: 'assets/page.js',
  searchJs: 'assets/search.js',
  searchData: 'assets/search-data.js',
} as const;

export interface LayoutOptions {
  /** The page's own path in the site (`t/01.html`): its depth decides the relative prefix. */
  path: string;
  title: string;
  body: string;
  /** Pages the header links to besides Topics and Search (the note pages: tips), as [site path, label]. */
  nav: readonly (readonly [string, string])[];
  /** Extra scripts after the page script (site paths), e.g. the search page's. */
  scripts?: string[];
}

export const rootOf = (pagePath: string) => '../'.repeat(pagePath.split('/').length - 1);

export function layoutPage({ path, title, body, nav, scripts = [] }: LayoutOptions): string {
  const root = rootOf(path);
  const script = (src: string) => `<script src="${root}${src}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${root}${SITE_ASSETS.katexCss}">
<link rel="stylesheet" href="${root}${SITE_ASSETS.siteCss}">
<link rel="stylesheet" href="${root}${SITE_ASSETS.contentCss}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="header-inner">
<a href="${root}index.html" class="brand"><span>mlprep</span></a>
<nav aria-label="Main" class="main-nav"><a href="${root}index.html">Topics</a>${nav
    .map(([href, label]) => `<a href="${root}${href}">${escapeHtml(label)}</a>`)
    .join('')}<a href="${root}search.html">Search</a></nav>
<form class="search-box" role="search" action="${root}search.html" method="get">
<input type="search" name="q" aria-label="Search questions" placeholder="Search questions">
<button type="submit" class="button">Search</button>
</form>
</div></header>
<main id="main" class="page">
${body}
</main>
<footer class="site-footer">mlprep · a static copy of the collection (written by <code>mlprep build-site</code>)</footer>
${[SITE_ASSETS.pageJs, ...scripts].map(script).join('\n')}
</body>
</html>
`;
}
