import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../node/load-vault.js';
import { unresolved } from '../../../test/helpers/obsidian-links.js';
import { emitObsidian } from './obsidian.js';

const VAULTS = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'vaults');

describe('emitObsidian', () => {
  it('writes one note per question with properties and a folded answer, and index notes per topic and part', async () => {
    const { vault } = await loadVault(path.join(VAULTS, 'web-prep'));
    const files = emitObsidian(vault);
    const note = files.find((f) => f.path === '02_Probability_Statistics/bayes-rule.md')!;
    const props = parse(note.content.split('---\n')[1]!) as Record<string, unknown>;
    expect(props).toMatchObject({
      id: 'bayes-rule',
      topic: '02',
      part: 1,
      difficulty: 'easy',
      tags: ['mlprep/probability', 'mlprep/bayes'],
    });
    expect(note.content).toContain('> [!note]- Answer');
    expect(note.content).toMatch(/> \*\*Key points\*\*\n> - Posterior/);
    // the link to a question of another topic now points at that question's note, titled
    expect(note.content).toContain('[[gd-step-size|the step-size question]]');
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        '01_Math_Foundations.md',
        '01_Math_Foundations/01_Math_Foundations Part 1.md',
        'README.md',
        'Interview_Tips.md',
      ]),
    );
    expect(unresolved(files)).toEqual([]);
  });

  it('leaves links inside code alone', async () => {
    const { rewriteWikiLinks } = await import('./markdown-links.js');
    const text = 'See [[A]].\n\n```python\nx = "[[B]]"\n```\n\nand `[[C]]` then [[D|d]].';
    expect(rewriteWikiLinks(text, (l) => `<${l.target}>`)).toBe('See <A>.\n\n```python\nx = "[[B]]"\n```\n\nand `[[C]]` then <D>.');
  });

  it('keeps mermaid blocks as they are and re-points figure images from notes in a topic folder', async () => {
    const { vault } = await loadVault(path.join(VAULTS, 'pictures-valid'));
    const note = emitObsidian(vault).find((f) => f.path === '01_Pictures/residual-block.md')!;
    expect(note.content).toContain(
      '> ```mermaid\n> flowchart LR\n>   accTitle: A residual block adds its input to the output of two layers\n',
    );
    expect(note.content).toContain('> ![A straight line rising from 1 to 3](../figures/01-line.svg)');
    expect(note.content).not.toMatch(/\]\(figures\//);
  });
});
