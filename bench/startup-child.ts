// One measurement of bench/startup.bench.ts, in a fresh process so that no run warms another's JIT or caches.
// Prints the elapsed milliseconds on its last line.
//   baseline-build <vault>          markdown-it + KaTeX (memoised per formula) + Shiki over the vault's .md files
//   mlprep-build <vault> <cache>    mlprep's cold content build (buildContent on an empty cache)
//   rebuild-one <vault> <cache>     a cold build, then one question's answer edited, then the timed rebuild
// Both builds count their module loading: a first start pays it too.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [mode, vault, cache] = process.argv.slice(2) as [string, string, string | undefined];

async function baselineBuild(): Promise<number> {
  const t0 = performance.now();
  const [{ default: MarkdownIt }, { default: katex }, { createHighlighter, CODE_LANGS, CODE_THEMES }, { readVaultFiles }] =
    await Promise.all([
      import('markdown-it'),
      import('katex'),
      import('../src/core/render/create-highlighter.js'),
      import('../src/node/read-vault.js'),
    ]);
  const highlighter = await createHighlighter();
  const langs = new Set<string>(CODE_LANGS);
  const memo = new Map<string, string>();
  const tex = (src: string, displayMode: boolean) => {
    const key = `${displayMode ? 'D' : 'I'}${src}`;
    let html = memo.get(key);
    if (html === undefined) memo.set(key, (html = katex.renderToString(src, { displayMode, throwOnError: false })));
    return html;
  };
  const md = new MarkdownIt({
    html: false,
    highlight: (code, lang) => highlighter.codeToHtml(code, { lang: langs.has(lang) ? lang : 'text', themes: CODE_THEMES }),
  });
  // The smallest math support markdown-it needs for this collection: `$$` blocks on their own lines and `$…$` inline.
  md.block.ruler.before('fence', 'math_block', (state, startLine, endLine, silent) => {
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (state.src.slice(start, start + 2) !== '$$') return false;
    let line = startLine;
    const first = state.src.slice(start + 2, state.eMarks[startLine]);
    let body = first;
    if (!first.trimEnd().endsWith('$$') || first.trim() === '') {
      for (line = startLine + 1; line < endLine; line++) {
        const text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
        if (text.trimEnd().endsWith('$$')) {
          body += `\n${text.trimEnd().slice(0, -2)}`;
          break;
        }
        body += `\n${text}`;
      }
    } else body = first.trimEnd().slice(0, -2);
    if (silent) return true;
    const token = state.push('math_block', 'div', 0);
    token.content = body;
    token.map = [startLine, line + 1];
    state.line = line + 1;
    return true;
  });
  md.inline.ruler.after('escape', 'math_inline', (state, silent) => {
    if (state.src[state.pos] !== '$') return false;
    const end = state.src.indexOf('$', state.pos + 1);
    if (end < 0 || end === state.pos + 1) return false;
    if (!silent) state.push('math_inline', 'span', 0).content = state.src.slice(state.pos + 1, end);
    state.pos = end + 1;
    return true;
  });
  md.renderer.rules.math_block = (tokens, i) => tex(tokens[i]!.content, true);
  md.renderer.rules.math_inline = (tokens, i) => tex(tokens[i]!.content, false);
  let bytes = 0;
  for (const f of await readVaultFiles(vault)) {
    if (!f.file.endsWith('.md')) continue;
    bytes += md.render(f.source.replace(/^---\n[\s\S]*?\n---\n/, '')).length;
  }
  if (bytes === 0) throw new Error('the baseline rendered nothing');
  return performance.now() - t0;
}

async function mlprepBuild(): Promise<number> {
  const t0 = performance.now();
  const { buildContent } = await import('../src/node/content-cache.js');
  const r = await buildContent(vault, cache);
  if (r.fromCache) throw new Error('expected a cold build');
  return performance.now() - t0;
}

async function rebuildOne(): Promise<number> {
  const { buildContent } = await import('../src/node/content-cache.js');
  await buildContent(vault, cache);
  const { readdir } = await import('node:fs/promises');
  const topic = (await readdir(vault)).filter((n) => /^\d\d_.+\.md$/.test(n)).sort()[0]!;
  const file = path.join(vault, topic);
  const text = await readFile(file, 'utf8');
  // The first answer gains a sentence: one question's text changes, nothing else.
  const stamp = `A sentence edited for the rebuild benchmark at ${Date.now()}.`;
  await writeFile(file, text.replace(/-->\n\n/, `-->\n\n${stamp}\n\n`));
  const t0 = performance.now();
  const r = await buildContent(vault, cache);
  if (r.fromCache) throw new Error('expected a rebuild');
  return performance.now() - t0;
}

const run = { 'baseline-build': baselineBuild, 'mlprep-build': mlprepBuild, 'rebuild-one': rebuildOne }[mode];
if (!run) throw new Error(`unknown mode ${mode}`);
console.log((await run()).toFixed(1));
