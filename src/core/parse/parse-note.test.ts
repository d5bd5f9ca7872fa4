// parseNote: any other markdown file of the vault, kept with its links, math, images and headings.
import { describe, expect, it } from 'vitest';
import { parseNote } from './parse-note.js';

describe('parseNote', () => {
  it('keeps the markdown and collects links, math, images and top-level headings', () => {
    const source = '# Read me\n\nSee [[03_Trees|trees]] and $x$.\n\n![Plot](figures/a.svg)\n\n## Next *steps*\n\n> ### Quoted heading\n';
    expect(parseNote('docs/README.md', source)).toEqual({
      note: {
        slug: 'README',
        file: 'docs/README.md',
        markdown: source,
        links: [{ raw: '03_Trees', target: '03_Trees', anchor: '', blockRef: false, alias: 'trees', line: 3 }],
        math: [{ tex: 'x', display: false, line: 3 }],
        images: [{ alt: 'Plot', url: 'figures/a.svg', line: 5 }],
        headings: ['Read me', 'Next steps'],
      },
      diagnostics: [],
    });
  });

  it('rejects an empty note', () => {
    expect(parseNote('README.md', '\n')).toEqual({
      note: null,
      diagnostics: [
        {
          file: 'README.md',
          line: 1,
          code: 'file/empty',
          severity: 'error',
          message: 'The file is empty. Add front matter, a "# Title" and at least one part with questions, or delete it.',
        },
      ],
    });
  });
});
