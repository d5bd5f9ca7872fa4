// Shiki's raw attribute names become the property names rehype-sanitize knows, except inside KaTeX's subtrees.

import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeNormalizeProperties } from './normalize-properties.js';
import { el } from './test-hast.js';

const run = (...children: Element[]): Root['children'] => {
  const tree: Root = { type: 'root', children };
  rehypeNormalizeProperties()(tree);
  return tree.children;
};

describe('rehypeNormalizeProperties', () => {
  it('turns class into a className list and tabindex into tabIndex', () => {
    expect(run(el('pre', { class: 'shiki  github-dark ', tabindex: '0' }))).toEqual([
      el('pre', { className: ['shiki', 'github-dark'], tabIndex: '0' }),
    ]);
  });

  it('renames in nested elements too', () => {
    expect(run(el('pre', {}, [el('code', {}, [el('span', { class: 'line' })])]))).toEqual([
      el('pre', {}, [el('code', {}, [el('span', { className: ['line'] })])]),
    ]);
  });

  it('leaves elements without those attributes unchanged', () => {
    expect(run(el('span', { className: ['x'], id: 'y' }))).toEqual([el('span', { className: ['x'], id: 'y' })]);
  });

  it('does not touch a KaTeX subtree', () => {
    expect(run(el('span', { className: ['katex'] }, [el('span', { class: 'mord', tabindex: '1' })]))).toEqual([
      el('span', { className: ['katex'] }, [el('span', { class: 'mord', tabindex: '1' })]),
    ]);
  });
});
