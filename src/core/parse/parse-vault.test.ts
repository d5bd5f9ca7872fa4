// parseVault: which file becomes what (topic, note, plan, figure, exercise file), and the file-level diagnostics
// (skipped, too large, too complex) that cost one file, not the vault.
import { describe, expect, it } from 'vitest';
import { parseVault } from './parse-vault.js';

const TOPIC = [
  '---',
  'id: "03"',
  'title: Trees',
  'difficulty: Easy',
  'key_for: Research',
  'essential: false',
  'summary: Decision trees.',
  '---',
  '# Trees',
  '## Part 1: Basics',
  '### Why split?',
  '<!-- id: split-q; difficulty: easy; tags: trees -->',
  'Because.',
  '',
].join('\n');

const codes = (vault: ReturnType<typeof parseVault>) => vault.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`);

describe('parseVault', () => {
  it('parses topics, notes and the plan, and keeps the figure files', () => {
    const vault = parseVault([
      { file: 'study.yaml', source: 'topics: []\npaths: []\nchecklists: []\n' },
      { file: 'README.md', source: '# Read me\n\nSee [[03_Trees]].\n' },
      { file: '03_Trees.md', source: TOPIC },
      { file: 'figures/roc.svg', source: '<svg/>' },
      { file: 'figures/sub/x.svg', source: '<svg/>' },
      { file: 'data.csv', source: 'a,b\n' },
    ]);
    expect(vault.diagnostics).toEqual([]);
    expect(vault.topics.map((t) => [t.file, t.id, t.parts[0]?.questions[0]?.id])).toEqual([['03_Trees.md', '03', 'split-q']]);
    expect(vault.notes.map((n) => [n.file, n.slug, n.headings])).toEqual([['README.md', 'README', ['Read me']]]);
    expect(vault.plan).toEqual({ file: 'study.yaml', topics: [], paths: [], checklists: [], formats: [], focuses: [], mustKnow: [] });
    expect(vault.figures).toEqual(['figures/roc.svg']);
    expect(vault.exercises).toEqual([]);
  });

  it('reads topics in file order, whatever the order given', () => {
    const other = TOPIC.replace('id: "03"', 'id: "01"').replace('split-q', 'other-q');
    const vault = parseVault([
      { file: '03_Trees.md', source: TOPIC },
      { file: '01_Math.md', source: other },
    ]);
    expect(vault.topics.map((t) => t.file)).toEqual(['01_Math.md', '03_Trees.md']);
  });

  it('treats a numbered file in a subfolder by its base name', () => {
    const vault = parseVault([{ file: 'sub/03_Trees.md', source: TOPIC }]);
    expect(vault.topics.map((t) => [t.file, t.slug])).toEqual([['sub/03_Trees.md', '03_Trees']]);
    expect(vault.notes).toEqual([]);
  });

  it('keeps the parse diagnostics of topics, notes and the plan, and drops a topic without front matter', () => {
    const vault = parseVault([
      { file: '03_Trees.md', source: TOPIC.replace(/^---[\s\S]*?---\n/, '') },
      { file: 'empty.md', source: '' },
      { file: 'study.yaml', source: '- x\n' },
    ]);
    expect(vault.topics).toEqual([]);
    expect(vault.notes).toEqual([]);
    expect(vault.plan).toBeNull();
    expect(codes(vault)).toEqual([
      '03_Trees.md:1 error front-matter/missing',
      'empty.md:1 error file/empty',
      'study.yaml:1 error plan/field',
    ]);
  });

  it('reports a skipped file as a warning with its reason, figures included, in file order', () => {
    const vault = parseVault([
      { file: 'figures/roc.svg', source: '', skipped: 'a symlink' },
      { file: 'README.md', source: '', skipped: 'a FIFO' },
    ]);
    expect(vault.figures).toEqual([]);
    expect(vault.notes).toEqual([]);
    expect(vault.diagnostics).toEqual([
      { file: 'figures/roc.svg', line: 1, code: 'file/skipped', severity: 'warning', message: 'Skipped: a symlink.' },
      { file: 'README.md', line: 1, code: 'file/skipped', severity: 'warning', message: 'Skipped: a FIFO.' },
    ]);
  });

  it('skips a file that breaks a source limit, with the limit diagnostic', () => {
    const vault = parseVault([
      { file: '03_Trees.md', source: `${TOPIC}\n${'>'.repeat(40)} deep\n` },
      { file: 'README.md', source: '# Fine\n' },
    ]);
    expect(vault.topics).toEqual([]);
    expect(vault.notes.map((n) => n.file)).toEqual(['README.md']);
    expect(codes(vault)).toEqual(['03_Trees.md:15 error file/too-complex']);
  });

  it('leaves exercise files to the exercise parser, not the notes, and reports what an exercise folder lacks', () => {
    const vault = parseVault([
      { file: 'exercises/ex-one/README.md', source: '# Exercise\n' },
      { file: 'exercises/ex-one/notes.txt', source: 'x' },
      { file: 'exercises/README.md', source: '# Exercises\n' },
    ]);
    expect(vault.notes.map((n) => n.file)).toEqual(['exercises/README.md']);
    expect(codes(vault)).toEqual([
      'exercises/ex-one/notes.txt:1 warning exercise/file',
      'exercises/ex-one/starter.py:1 error exercise/file',
      'exercises/ex-one/solution.py:1 error exercise/file',
      'exercises/ex-one/tests.py:1 error exercise/file',
      'exercises/ex-one/hidden_tests.py:1 error exercise/file',
      // The folder is still parsed as an exercise: its README has no front matter.
      'exercises/ex-one/README.md:1 error exercise/front-matter',
    ]);
  });

  it('does not group an exercise file that was skipped or breaks a limit', () => {
    const vault = parseVault([
      { file: 'exercises/ex-one/starter.py', source: '', skipped: 'a symlink' },
      { file: 'exercises/ex-two/starter.py', source: 'x'.repeat(100_001) },
    ]);
    expect(codes(vault)).toEqual([
      'exercises/ex-one/starter.py:1 warning file/skipped',
      'exercises/ex-two/starter.py:1 error file/too-complex',
    ]);
  });
});
