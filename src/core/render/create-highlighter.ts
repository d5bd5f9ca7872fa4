// The Shiki highlighter used at build time: a fixed set of grammars and two themes (light + dark), with the
// JavaScript regex engine so it needs no WASM and stays isomorphic. Loading every grammar takes ~9 s, so the
// list is explicit: a fence in another language falls back to plain `text` (see render-markdown.ts).

import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/**
 * github-light-default (GitHub's Primer palette) rather than github-light: the latter's orange (#e36209) is 3.5:1
 * on white, below WCAG AA's 4.5:1 (e2e/a11y.test.ts). github-light stays loaded for the Anki export's cards.
 */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark' } as const;
/** Grammars loaded at build time. Aliases come with them (`py`, `sh`, `shell`, `yml`). */
export const CODE_LANGS = ['python', 'bash', 'json', 'yaml', 'text'] as const;

let shared: Promise<HighlighterCore> | null = null;

/** One highlighter per process: creating it costs ~100 ms, highlighting is cheap. */
export function createHighlighter(): Promise<HighlighterCore> {
  shared ??= createHighlighterCore({
    themes: [
      import('shiki/themes/github-light-default.mjs'),
      import('shiki/themes/github-light.mjs'),
      import('shiki/themes/github-dark.mjs'),
    ],
    langs: [
      import('shiki/langs/python.mjs'),
      import('shiki/langs/bash.mjs'),
      import('shiki/langs/json.mjs'),
      import('shiki/langs/yaml.mjs'),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return shared;
}
