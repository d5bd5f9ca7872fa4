// The static site's link rewriting: every in-app URL the renderer writes becomes a relative link to a site file.

import { describe, expect, it } from 'vitest';
import { relativeHref, relinkHtml, sitePathOf } from './site-links.js';

describe('sitePathOf', () => {
  it.each([
    ['/', 'index.html'],
    ['/t/01', 't/01.html'],
    ['/q/opt-gd-step-size', 'q/opt-gd-step-size.html'],
    ['/tips', 'tips.html'],
    ['/review', null],
    ['', 'index.html'],
    ['/t/01/x', null],
    ['/t/', null],
  ])('%s -> %s', (app, site) => expect(sitePathOf(app)).toBe(site));
});

describe('relativeHref', () => {
  it.each([
    ['index.html', 't/01.html#part-2', 't/01.html#part-2'],
    ['t/01.html', 'q/a b.html', '../q/a%20b.html'],
    ['q/x.html', 'figures/loss.svg', '../figures/loss.svg'],
  ])('from %s to %s', (from, target, href) => expect(relativeHref(from, target)).toBe(href));
});

describe('relinkHtml', () => {
  it.each([
    ['<a href="/q/bayes-rule">Bayes</a>', 't/01.html', '<a href="../q/bayes-rule.html">Bayes</a>'],
    ['<a class="wikilink" href="/t/02#part-3">P3</a>', 'q/x.html', '<a class="wikilink" href="../t/02.html#part-3">P3</a>'],
    ['<a href="/">home</a>', 'index.html', '<a href="index.html">home</a>'],
    ['<a href="/tips">tips</a>', 'q/x.html', '<a href="../tips.html">tips</a>'],
    ['<img src="figures/loss.svg" alt="loss">', 'q/x.html', '<img src="../figures/loss.svg" alt="loss">'],
    ['<img src="/figures/loss.svg" alt="">', 't/01.html', '<img src="../figures/loss.svg" alt="">'],
    ['<img src="figures/loss%20curve.svg">', 'q/x.html', '<img src="../figures/loss%20curve.svg">'],
    ['<a href="https://arxiv.org/abs/1412.6980">Adam</a>', 'q/x.html', '<a href="https://arxiv.org/abs/1412.6980">Adam</a>'],
    ['<a href="#fn-1">1</a>', 'q/x.html', '<a href="#fn-1">1</a>'],
    ['<img src="data:image/png;base64,AAAA">', 'q/x.html', '<img src="data:image/png;base64,AAAA">'],
    ['<a href="?q=1">q</a>', 'q/x.html', '<a href="?q=1">q</a>'],
    ['<a href="//cdn.example/a.css">c</a>', 'q/x.html', '<a href="//cdn.example/a.css">c</a>'],
    ['<a href="">e</a>', 'q/x.html', '<a href="">e</a>'],
    ['<a href="/q/a%20b">ab</a>', 'q/x.html', '<a href="../q/a%20b.html">ab</a>'],
    ['<a href="/t/01#x&#x26;y">amp</a>', 'q/x.html', '<a href="../t/01.html#x&#x26;y">amp</a>'],
    ['<a href="/t/01#x&amp;y">amp</a>', 'index.html', '<a href="t/01.html#x&#x26;y">amp</a>'],
    [
      '<source src="/figures/v.svg"><a title="t" href="/q/y">y</a>',
      'q/x.html',
      '<source src="../figures/v.svg"><a title="t" href="../q/y.html">y</a>',
    ],
    ['<area href="/q/y">', 'q/x.html', '<area href="/q/y">'],
  ])('%s from %s', (html, from, out) => expect(relinkHtml(html, from)).toBe(out));

  it('leaves text that only shows an href alone (escaped by the renderer, so not a tag)', () => {
    const html = '<code>&#x3C;a href="/q/x"></code>';
    expect(relinkHtml(html, 'q/y.html')).toBe(html);
  });
});
