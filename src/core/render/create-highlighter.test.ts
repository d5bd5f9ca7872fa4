// The build-time highlighter: one per process, with the grammars and themes the renderer and the Anki export use.

import { describe, expect, it } from 'vitest';
import { CODE_LANGS, CODE_THEMES, createHighlighter } from './create-highlighter.js';

describe('createHighlighter', () => {
  it('is created once and shared', async () => {
    expect(createHighlighter()).toBe(createHighlighter());
  });

  it('loads the python, bash, json and yaml grammars with their aliases', async () => {
    const hl = await createHighlighter();
    expect([...hl.getLoadedLanguages()].sort()).toEqual(
      ['bash', 'json', 'python', 'py', 'sh', 'shell', 'shellscript', 'yaml', 'yml', 'zsh'].sort(),
    );
  });

  it('loads the light, the Anki light and the dark theme', async () => {
    const hl = await createHighlighter();
    expect([...hl.getLoadedThemes()].sort()).toEqual(['github-dark', 'github-light', 'github-light-default']);
  });
});

describe('CODE_THEMES and CODE_LANGS', () => {
  it('name the themes and languages the renderer uses', () => {
    expect(CODE_THEMES).toEqual({ light: 'github-light-default', dark: 'github-dark' });
    expect(CODE_LANGS).toEqual(['python', 'bash', 'json', 'yaml', 'text']);
  });
});
