import { describe, expect, it } from 'vitest';
import { plainTitle, reviewHref, unwrapParagraph } from './study-format.js';

describe('study format', () => {
  it.each([
    ['What is an eigenvector of a matrix $A$?', 'What is an eigenvector of a matrix A?'],
    ['Why $\\eta \\le 1/L$?', 'Why eta le 1/L?'],
    ['Plain title', 'Plain title'],
    ['$$x^{2}$$ grows', 'x^2 grows'],
  ])('plainTitle(%s)', (input, out) => {
    expect(plainTitle(input)).toBe(out);
  });

  it('links to a review scope, leaving "everything" bare', () => {
    expect(reviewHref('all')).toBe('/review');
    expect(reviewHref('questions:a,b')).toBe('/review?scope=questions%3Aa%2Cb');
  });

  it.each([
    ['<p>One <em>point</em>.</p>', 'One <em>point</em>.'],
    ['<p>a</p><p>b</p>', '<p>a</p><p>b</p>'],
    ['plain', 'plain'],
  ])('unwrapParagraph(%s)', (html, out) => {
    expect(unwrapParagraph(html)).toBe(out);
  });
});
