// Image links to a collection figure point where the output serves it and open it full size; other images stay.

import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { APP_FIGURE_URL, FIGURE_SRC, rehypeFigures } from './rehype-figures.js';
import { el } from './test-hast.js';

const img = (src: string) => el('img', { src, alt: 'ROC' });
const run = (children: Element[], figureUrl = APP_FIGURE_URL): Root['children'] => {
  const tree: Root = { type: 'root', children };
  rehypeFigures({ figureUrl })(tree);
  return tree.children;
};

describe('FIGURE_SRC', () => {
  it.each([
    ['figures/03-roc.svg', '03-roc.svg'],
    ['./figures/roc.svg', 'roc.svg'],
    ['figures/a-b-c1.svg', 'a-b-c1.svg'],
    ['figures/03-roc.png', null],
    ['figures/03_roc.svg', null],
    ['figures/03--roc.svg', null],
    ['figures/-roc.svg', null],
    ['figures/Roc.svg', null],
    ['other/figures/roc.svg', null],
    ['figures/roc.svg?x', null],
    ['figures/sub/roc.svg', null],
    ['../figures/roc.svg', null],
  ])('%s -> %s', (src, file) => {
    expect(FIGURE_SRC.exec(src)?.[1] ?? null).toBe(file);
  });
});

describe('APP_FIGURE_URL', () => {
  it('serves a figure under /figures/', () => {
    expect(APP_FIGURE_URL('03-roc.svg')).toBe('/figures/03-roc.svg');
  });
});

describe('rehypeFigures', () => {
  it('wraps a figure image in a link to the figure, with the output URL and classes', () => {
    expect(run([el('p', {}, [img('./figures/03-roc.svg')])], (f) => `media/${f}`)).toEqual([
      el('p', {}, [
        el('a', { href: 'media/03-roc.svg', className: ['figure-link'] }, [
          el('img', { src: 'media/03-roc.svg', alt: 'ROC', className: ['figure-img'] }),
        ]),
      ]),
    ]);
  });

  it('wraps each of several figures in one paragraph', () => {
    expect(run([el('p', {}, [img('figures/a.svg'), img('figures/b.svg')])])).toEqual([
      el('p', {}, [
        el('a', { href: '/figures/a.svg', className: ['figure-link'] }, [
          el('img', { src: '/figures/a.svg', alt: 'ROC', className: ['figure-img'] }),
        ]),
        el('a', { href: '/figures/b.svg', className: ['figure-link'] }, [
          el('img', { src: '/figures/b.svg', alt: 'ROC', className: ['figure-img'] }),
        ]),
      ]),
    ]);
  });

  it('inside a link already, only rewrites the image', () => {
    expect(run([el('a', { href: 'https://example.org' }, [img('figures/a.svg')])])).toEqual([
      el('a', { href: 'https://example.org' }, [el('img', { src: '/figures/a.svg', alt: 'ROC', className: ['figure-img'] })]),
    ]);
  });

  it('leaves other images, images without a src and other elements alone', () => {
    const children = [el('p', {}, [img('pic.png'), el('img', { alt: 'none' }), el('span', { src: 'figures/a.svg' })])];
    expect(run(children)).toEqual([el('p', {}, [img('pic.png'), el('img', { alt: 'none' }), el('span', { src: 'figures/a.svg' })])]);
  });
});
