// The crawler the site tests rely on must report what is broken, or their empty lists would prove nothing.

import { describe, expect, it } from 'vitest';
import { crawlSite } from './crawl-site.js';

describe('crawlSite', () => {
  it('reports a missing file, a missing id, an absolute path and a broken CSS url(); accepts good links', () => {
    const files = new Map<string, string>([
      [
        'index.html',
        '<a href="t/01.html#part-1">ok</a><a href="t/02.html">gone</a><a href="t/01.html#part-9">no id</a><a href="/q/x.html">abs</a><a href="https://x.org/">ext</a>',
      ],
      ['t/01.html', '<section id="part-1"><img src="../figures/a.svg"><a href="#part-1">self</a></section>'],
      ['assets/site.css', '@font-face{src:url(fonts/missing.woff2)}'],
    ]);
    expect(crawlSite(files)).toEqual([
      'index.html -> t/02.html (no file t/02.html)',
      'index.html -> t/01.html#part-9 (no id part-9 in t/01.html)',
      'index.html -> /q/x.html (absolute: breaks from file://)',
      't/01.html -> ../figures/a.svg (no file figures/a.svg)',
      'assets/site.css -> fonts/missing.woff2 (no file assets/fonts/missing.woff2)',
    ]);
  });
});
