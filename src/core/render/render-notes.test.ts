// Notes -> NoteDetail: the first `# ` heading becomes the title and leaves the body; the list is sorted by slug.
// The renderer is a stand-in that shows what it was given, so each case checks the body the note passes on.

import { describe, expect, it } from 'vitest';
import type { Note } from '../model/index.js';
import type { Renderer } from './render-markdown.js';
import { renderNote, renderNotes } from './render-notes.js';

const r: Renderer = {
  renderBlock: (md, from) => `<${from}>${typeof md === 'string' ? md : md.markdown}`,
  renderInline: () => '',
  css: () => '',
};
const note = (slug: string, markdown: string): Note => ({
  slug,
  file: `${slug}.md`,
  markdown,
  links: [],
  math: [],
  images: [],
  headings: [],
});

describe('renderNote', () => {
  it('takes the first level-1 heading out of the body as the title', () => {
    expect(renderNote(r, note('Interview_Tips', 'Intro\n# Interview *Tips*\n\nBody\n'))).toEqual({
      slug: 'interview-tips',
      file: 'Interview_Tips.md',
      title: 'Interview Tips',
      html: '<Interview_Tips>Intro\n\nBody\n',
    });
  });

  it('drops the closing hashes and trailing spaces of the title line', () => {
    expect(renderNote(r, note('README', '#   Study   index ##   \nBody'))).toEqual({
      slug: 'readme',
      file: 'README.md',
      title: 'Study index',
      html: '<README>\nBody',
    });
  });

  it('takes only the first level-1 heading, and not a level-2 one or one without a space', () => {
    expect(renderNote(r, note('n', '#Tag\n## Sub\n# First\n# Second'))).toEqual({
      slug: 'n',
      file: 'n.md',
      title: 'First',
      html: '<n>#Tag\n## Sub\n\n# Second',
    });
  });

  it('falls back to the file name with spaces when there is no title', () => {
    expect(renderNote(r, note('Interview_Tips', '## Only a sub heading\n'))).toEqual({
      slug: 'interview-tips',
      file: 'Interview_Tips.md',
      title: 'Interview Tips',
      html: '<Interview_Tips>## Only a sub heading\n',
    });
  });
});

describe('renderNotes', () => {
  it('renders every note, sorted by slug whatever the input order', () => {
    const out = renderNotes(r, [note('README', '# Index'), note('Glossary', 'g'), note('Interview_Tips', 't')]);
    expect(out.map((n) => [n.slug, n.title, n.html])).toEqual([
      ['glossary', 'Glossary', '<Glossary>g'],
      ['interview-tips', 'Interview Tips', '<Interview_Tips>t'],
      ['readme', 'Index', '<README>'],
    ]);
  });
});
