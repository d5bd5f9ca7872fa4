// The static site's addresses, and the rewrite of the app's in-page links into relative ones. The site is a tree
// of plain files that must work from any host and from file://, so every internal link is relative to the page
// that holds it and names an .html file:
//   /               -> index.html          /t/<topic>#part-N -> t/<topic>.html#part-N
//   /q/<question>   -> q/<question>.html   /tips             -> tips.html (every NOTE_PAGES page)
//   /figures/a.svg  -> figures/a.svg       figures/a.svg     -> figures/a.svg (content-relative, as written)
// Isomorphic.

import { NOTE_PAGES } from '../render/link-href.js';

/** A site file's path for a page of the app (`/t/01` -> `t/01.html`, path already URL-decoded); null for a
 *  page the site does not have. */
export function sitePathOf(appPath: string): string | null {
  if (appPath === '/' || appPath === '') return 'index.html';
  const m = /^\/(t|q)\/([^/?#]+)$/.exec(appPath);
  if (m) return `${m[1]}/${m[2]}.html`;
  if (Object.values(NOTE_PAGES).includes(appPath)) return `${appPath.slice(1)}.html`;
  return null;
}

export const topicPath = (id: string) => `t/${id}.html`;
export const questionPath = (id: string) => `q/${id}.html`;

/** `href` for `target` (a site path, with an optional #fragment) from a page at `fromPath`. */
export function relativeHref(fromPath: string, target: string): string {
  const depth = fromPath.split('/').length - 1;
  const [file, hash] = target.split('#', 2) as [string, string | undefined];
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${'../'.repeat(depth)}${encoded}${hash === undefined ? '' : `#${hash}`}`;
}

/** A URL with a scheme (https:, mailto:, data:) or protocol-relative: left alone. */
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** The site path (with fragment) an `href`/`src` of rendered HTML points at, or null to leave it as written. */
function targetOf(url: string): string | null {
  if (url === '' || url.startsWith('#') || url.startsWith('?') || EXTERNAL.test(url)) return null;
  const hashAt = url.indexOf('#');
  const pathPart = safeDecode(hashAt < 0 ? url : url.slice(0, hashAt));
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  if (!pathPart.startsWith('/')) return pathPart + hash; // content-relative (an image beside the topic files)
  const page = sitePathOf(pathPart);
  return (page ?? pathPart.slice(1)) + hash;
}

/**
 *   <(a|img|source)   an element that links (a) or embeds (img, source)
 *   \s[^>]*>          its attributes up to the end of the tag
 * Rendered HTML comes from rehype-stringify, which escapes `<` in text (`&#x3C;`), so every `<a …>` the
 * pattern meets is a tag, never prose or code that merely shows one. A hand-written pass rather than a parse
 * to hast and back: the site rewrites tens of megabytes of HTML and only these attributes change.
 */
const LINKING_TAG = /<(?:a|img|source)\s[^>]*>/g;
/**   \s(href|src)="([^"]*)"   a double-quoted href or src (rehype-stringify always double-quotes, `"` inside
 *                              a value is written as &#x22;) */
const URL_ATTR = /\s(href|src)="([^"]*)"/g;

/** Rendered app HTML with its internal links and image sources made relative to the page at `fromPath`. */
export function relinkHtml(html: string, fromPath: string): string {
  return html.replace(LINKING_TAG, (tag) =>
    tag.replace(URL_ATTR, (whole, attr: string, url: string) => {
      const target = targetOf(url.replace(/&#x26;|&amp;/g, '&'));
      return target === null ? whole : ` ${attr}="${relativeHref(fromPath, target).replace(/&/g, '&#x26;')}"`;
    }),
  );
}
