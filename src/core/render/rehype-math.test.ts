// Math nodes from remark-math -> KaTeX as hast: inline and display, memoized per (display, TeX) with independent
// copies for each use, bad TeX as KaTeX's error span, and \href kept inert (trust off).

import type { Element, ElementContent, Properties, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { cloneNodes, rehypeMath, renderMath, type MathOptions } from './rehype-math.js';
import { StyleSheet } from './style-classes.js';
import { el, text, toHtml } from './test-hast.js';

const options = (): MathOptions => ({ sheet: new StyleSheet(), memo: new Map() });

/** KaTeX's markup for inline `x`, with its one inline style as the class the sheet generates for it. */
const INLINE_X =
  '<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi></mrow>' +
  '<annotation encoding="application/x-tex">x</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">' +
  '<span class="base"><span class="strut s-1kpifq7"></span><span class="mord mathnormal">x</span></span></span></span>';

describe('renderMath', () => {
  it('renders inline TeX as KaTeX HTML and MathML, its style turned into a class', () => {
    const opts = options();
    expect(toHtml(renderMath('x', false, opts))).toBe(INLINE_X);
    expect(opts.sheet.toCss()).toBe('.s-1kpifq7{height:0.4306em}\n');
  });

  it('renders display TeX in a katex-display block with display MathML', () => {
    const html = toHtml(renderMath('x', true, options()));
    expect(
      html.startsWith(
        '<span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">',
      ),
    ).toBe(true);
  });

  it('keeps inline and display renderings of the same TeX apart in a shared memo', () => {
    const opts = options();
    expect(toHtml(renderMath('x', false, opts))).toBe(INLINE_X);
    expect(toHtml(renderMath('x', true, opts)).startsWith('<span class="katex-display">')).toBe(true);
    expect(toHtml(renderMath('x', false, opts))).toBe(INLINE_X);
  });

  it('reuses a memoized rendering instead of running KaTeX again', () => {
    const opts = options();
    opts.memo.set('Ix', [el('span', { className: ['memo'] }, [text('cached')])]);
    expect(toHtml(renderMath('x', false, opts))).toBe('<span class="memo">cached</span>');
  });

  it('stores a fresh rendering in the memo', () => {
    const opts = options();
    renderMath('y', true, opts);
    expect([...opts.memo.keys()]).toEqual(['Dy']);
  });

  it('gives every use its own copy: changing one leaves the next one as rendered', () => {
    const opts = options();
    const first = renderMath('x', false, opts);
    const root = first[0] as Element;
    (root.properties.className as string[]).push('changed');
    root.properties.id = 'changed';
    (root.children[0] as Element).tagName = 'changed';
    expect(toHtml(renderMath('x', false, opts))).toBe(INLINE_X);
  });

  it('renders bad TeX as KaTeX error span instead of throwing', () => {
    const opts = options();
    expect(toHtml(renderMath('\\frac{', false, opts))).toBe(
      '<span class="katex-error s-v6j3z9" title="ParseError: KaTeX parse error: Unexpected end of input in a macro argument, expected &#x27;}&#x27; at end of input: \\frac{">\\frac{</span>',
    );
    expect(opts.sheet.toCss()).toBe('.s-v6j3z9{color:#cc0000}\n');
  });

  it('does not trust \\href: it renders as red text, not a link', () => {
    const html = toHtml(renderMath('\\href{https://x.org}{a}', false, options()));
    expect(html).not.toContain('href=');
    expect(html).toContain('<mstyle mathcolor="#cc0000"><mtext>\\href</mtext></mstyle>');
  });
});

describe('cloneNodes', () => {
  it('copies elements deeply, class lists included, and copies text nodes', () => {
    const nodes: ElementContent[] = [el('span', { className: ['a'], id: 'i' }, [text('t'), el('b', {})]), text('u')];
    const copy = cloneNodes(nodes);
    expect(copy).toEqual(nodes);
    expect(copy[0]).not.toBe(nodes[0]);
    expect((copy[0] as Element).properties.className).not.toBe((nodes[0] as Element).properties.className);
    expect((copy[0] as Element).children[0]).not.toBe((nodes[0] as Element).children[0]);
    expect(copy[1]).not.toBe(nodes[1]);
  });

  it('keeps a className that is not a list as it is', () => {
    expect(cloneNodes([el('span', { className: 'a b' } as unknown as Properties)])).toEqual([
      el('span', { className: 'a b' } as unknown as Properties),
    ]);
  });
});

describe('rehypeMath', () => {
  const run = (...children: Element[]): string => {
    const tree: Root = { type: 'root', children };
    rehypeMath(options())(tree);
    return toHtml(tree.children as ElementContent[]);
  };
  const inline = (tex: string) => el('code', { className: ['language-math', 'math-inline'] }, [text(tex)]);

  it('replaces inline math code with KaTeX, keeping the text around it', () => {
    expect(run(el('p', {}, [text('a '), inline('x'), text(' b')]))).toBe(`<p>a ${INLINE_X} b</p>`);
  });

  it('replaces a display block, <pre> and all, and drops the trailing newline of the TeX', () => {
    const html = run(el('pre', {}, [el('code', { className: ['language-math', 'math-display'] }, [text('x\n')])]));
    expect(html.startsWith('<span class="katex-display">')).toBe(true);
    expect(html).toContain('<annotation encoding="application/x-tex">x</annotation>');
    expect(html.endsWith('</span>')).toBe(true);
  });

  it('treats a <pre> of math as display even without the math-display class', () => {
    expect(
      run(el('pre', {}, [text('\n'), el('code', { className: ['language-math'] }, [text('x')])])).startsWith(
        '<span class="katex-display">',
      ),
    ).toBe(true);
  });

  it('treats a bare code element with math-display as display', () => {
    expect(
      run(el('div', {}, [el('code', { className: ['language-math', 'math-display'] }, [text('x')])])).startsWith(
        '<div><span class="katex-display">',
      ),
    ).toBe(true);
  });

  it('reads the TeX from nested elements too', () => {
    expect(run(el('p', {}, [el('code', { className: ['language-math'] }, [el('span', {}, [text('x')])])]))).toBe(`<p>${INLINE_X}</p>`);
  });

  it('renders consecutive formulas, each once', () => {
    expect(run(el('p', {}, [inline('x'), inline('x')]))).toBe(`<p>${INLINE_X}${INLINE_X}</p>`);
  });

  it('leaves other code, and a <pre> without code, as they are', () => {
    const children = [
      el('pre', {}, [el('code', { className: ['language-python'] }, [text('x\n')])]),
      el('code', { className: 'language-math' } as unknown as Properties, [text('x')]),
      el('pre', {}, [text('x')]),
    ];
    expect(run(...children)).toBe('<pre><code class="language-python">x\n</code></pre><code class="language-math">x</code><pre>x</pre>');
  });
});
