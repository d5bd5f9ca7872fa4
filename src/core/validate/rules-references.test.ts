// checkReferences: a reference line that is neither `Authors (Year). Title.` nor a dated or named source is a
// question/reference warning on its own line, quoting at most its first 60 characters.
import { describe, expect, it } from 'vitest';
import { asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { checkReferences } from './rules-references.js';

/** A topic whose single question lists `refs` under **References**, the first on line 24. */
const topic = (id: string, refs: string[]) =>
  `---\nid: "${id}"\ntitle: T\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T\n\n## Part 1: P\n\n` +
  `### Q?\n<!-- id: q-${id}; difficulty: easy; tags: t -->\n\nAn answer.\n\n**Key points**\n- One.\n- Two.\n\n**References**\n` +
  refs.map((r) => `- ${r}\n`).join('');
const vaultOf = (files: Record<string, string[]>) =>
  parseVault(Object.entries(files).map(([file, refs]) => ({ file, source: topic(file.slice(0, 2), refs) })));
const warning = (file: string, line: number, quoted: string) => ({
  file,
  line,
  code: 'question/reference',
  severity: 'warning',
  message: `Reference "${quoted}" is not in the form "Author, A. (Year). Title." (or a dated source), so the references index cannot list it.`,
});

describe('checkReferences', () => {
  it('accepts author–year works and dated or named sources', () => {
    const vault = vaultOf({
      '01_A.md': [
        'Nocedal, J. & Wright, S. (2006). *Numerical Optimization*. Springer.',
        'Vaswani, A. et al. (2017). Attention is all you need. NeurIPS.',
        'PyTorch documentation, torch.nn.',
        'EU AI Act, 2024.',
      ],
    });
    expect(vault.topics[0]?.parts[0]?.questions[0]?.references.length).toBe(4);
    expect(checkReferences(vault)).toEqual([]);
  });

  it('warns on a line with neither form, on its line, in the file of its question', () => {
    expect(
      checkReferences(
        vaultOf({
          '01_A.md': ['Nocedal, J. & Wright, S. (2006). *Numerical Optimization*. Springer.', 'the lecture notes from last spring'],
          '02_B.md': ['a blog post'],
        }),
      ),
    ).toEqual([warning('01_A.md', 25, 'the lecture notes from last spring'), warning('02_B.md', 24, 'a blog post')]);
  });

  it('quotes a line of 60 characters whole and cuts a longer one after 60', () => {
    const sixty = 'n'.repeat(60);
    expect(checkReferences(vaultOf({ '01_A.md': [sixty, `${'m'.repeat(60)}XYZ tail`] }))).toEqual([
      warning('01_A.md', 24, sixty),
      warning('01_A.md', 25, 'm'.repeat(60)),
    ]);
  });

  it('names no file when the question belongs to no topic of the vault', () => {
    const vault = vaultOf({ '01_A.md': ['a blog post'] });
    vault.topics[0]!.parts[0]!.questions[0]!.topicId = asTopicId('99');
    expect(checkReferences(vault)).toEqual([warning('', 24, 'a blog post')]);
  });
});
