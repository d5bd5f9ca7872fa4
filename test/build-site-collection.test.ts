// The static site of the real collection (content/): a crawl of every emitted HTML page and stylesheet finds
// every internal href and src naming an emitted file and every #fragment an id on its page, and the topic
// pages' JavaScript stays within 50 KiB gzip. Uses the shared content cache (a cold build renders the whole
// collection: minutes on a loaded machine).

import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT } from '../src/cli/options.js';
import { buildSiteFiles, type SiteFile } from '../src/node/emit/build-site.js';
import { crawlSite, linksOf } from './helpers/crawl-site.js';

let files: Map<string, SiteFile['content']>;

beforeAll(async () => {
  files = new Map((await buildSiteFiles({ content: DEFAULT_CONTENT })).map((f) => [f.path, f.content]));
}, 600_000);

describe('build-site over the collection', () => {
  it('emits a page per topic and per question, and every internal link resolves', () => {
    const topics = [...files.keys()].filter((p) => /^t\/[^/]+\.html$/.test(p));
    const questions = [...files.keys()].filter((p) => /^q\/[^/]+\.html$/.test(p));
    expect(topics.length).toBeGreaterThanOrEqual(10);
    expect(questions.length).toBeGreaterThan(500);
    // The crawl sees the wikilinks: question pages link to other questions.
    const wikilinks = questions.flatMap((q) => linksOf(files.get(q) as string).filter((l) => l.startsWith('../q/')));
    expect(wikilinks.length).toBeGreaterThan(100);
    expect(crawlSite(files)).toEqual([]);
  });

  it('keeps every topic page’s JavaScript within 50 KiB gzip', () => {
    for (const [file, body] of files) {
      if (!/^t\/[^/]+\.html$/.test(file)) continue;
      const scripts = [...(body as string).matchAll(/<script src="([^"]+)"/g)].map((m) => path.posix.join('t', m[1]!));
      const gz = scripts.reduce((n, s) => n + gzipSync(Buffer.from(files.get(s) as string)).length, 0);
      expect(gz, file).toBeLessThanOrEqual(50 * 1024);
    }
  });
});
