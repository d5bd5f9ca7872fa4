// The Shiki highlighter used at build time: a fixed set of grammars and two themes (light + dark), with the
// JavaScript regex engine so it needs no WASM and stays isomorphic. Loading every grammar takes ~9 s, so the
// list is explicit: a fence in another language falls back to plain `text` (see render-markdown.ts).

import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;
/** Grammars loaded at build time. Aliases come with them (`py`, `sh`, `shell`, `yml`). */
export const CODE_LANGS = ['python', 'bash', 'json', 'yaml', 'text'] as const;

let shared: Promise<HighlighterCore> | null = null;

/** One highlighter per process: creating it costs ~100 ms, highlighting is cheap. */
export function createHighlighter(): Promise<HighlighterCore> {
  shared ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
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
