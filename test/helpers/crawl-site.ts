// Crawls a static site held in memory (path -> contents): every href and src of every HTML page, and every url()
// of its stylesheets, must name a file of the site, and every #fragment an id in the page it lands on. External
// URLs (a scheme or //) are skipped. Returns the broken links as `page -> url (why)`.

import path from 'node:path';

/**   <[a-z][^>]*>  a tag (rendered text escapes `<`, so this never matches prose)   */
const TAG = /<[a-z][^>]*>/gi;
/**   \s(href|src)="([^"]*)"   a double-quoted href or src   */
const URL_ATTR = /\s(?:href|src)="([^"]*)"/g;
/**   \sid="([^"]*)"   an element id   */
const ID_ATTR = /\sid="([^"]*)"/g;
/**   url\(\s*['"]?([^'")]+)   a url() in CSS, without its quotes   */
const CSS_URL = /url\(\s*['"]?([^'")]+)/g;
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

const text = (c: string | Uint8Array) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));

export function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(TAG) ?? []) for (const m of tag.matchAll(URL_ATTR)) out.push(m[1]!.replace(/&#x26;|&amp;/g, '&'));
  return out;
}

export function crawlSite(files: ReadonlyMap<string, string | Uint8Array>): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...text(files.get(file)!).matchAll(ID_ATTR)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  const check = (from: string, url: string) => {
    if (url === '' || EXTERNAL.test(url) || url.startsWith('data:')) return;
    const [rawPath, hash] = url.split('#', 2) as [string, string | undefined];
    const target =
      rawPath === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURIComponent(rawPath.split('?')[0]!)));
    if (rawPath.startsWith('/')) broken.push(`${from} -> ${url} (absolute: breaks from file://)`);
    else if (!files.has(target)) broken.push(`${from} -> ${url} (no file ${target})`);
    else if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash)))
      broken.push(`${from} -> ${url} (no id ${hash} in ${target})`);
  };
  for (const [file, contents] of files) {
    if (file.endsWith('.html')) for (const url of linksOf(text(contents))) check(file, url);
    if (file.endsWith('.css')) for (const m of text(contents).matchAll(CSS_URL)) check(file, m[1]!.trim());
  }
  return broken;
}
