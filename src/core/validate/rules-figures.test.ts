// checkFigures: image alt text (image/alt), image links into figures/ at files that exist (figure/missing), and
// python figure= blocks that are named in kebab-case and run (figure/name), draw a name once across the vault
// (figure/duplicate), have their SVG (figure/missing) and are shown with alt text in the same question
// (figure/unlinked). All errors, on the image's or the fence's line.
import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import type { Vault } from '../model/index.js';
import { checkFigures } from './rules-figures.js';

const FM = (id: string) => `---\nid: "${id}"\ntitle: T\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T\n\n`;

const TOPIC = `${FM('01')}![](https://example.com/intro.png)

\`\`\`python figure="01-intro"
print(1)
\`\`\`

![The intro figure](./figures/01-intro.svg)

## Part 1: P

### Which figures fail?
<!-- id: q-fig; difficulty: easy; tags: t -->

\`\`\`python figure="01-good"
print(1)
\`\`\`

![A line](figures/01-good.svg)

\`\`\`python figure="01_Bad Name"
print(1)
\`\`\`

\`\`\`python figure="01-good"
print(1)
\`\`\`

\`\`\`python figure="01-missing"
print(1)
\`\`\`

![](figures/01-missing.svg)

\`\`\`python figure="01-skip" no-run="needs a GPU"
print(1)
\`\`\`

\`\`\`text figure="01-text"
x
\`\`\`

\`\`\`python figure="01-unshown"
print(1)
\`\`\`

![Elsewhere](figures/sub/01-unshown.svg) ![Remote](https://example.com/figures/01-unshown.svg)

**Key points**
- One.
- Two.
`;
const SVGS = ['figures/01-intro.svg', 'figures/01-good.svg', 'figures/01-unshown.svg', 'figures/shared.svg'];

const vaultOf = (files: Record<string, string>, svgs = SVGS) =>
  parseVault([...Object.entries(files).map(([file, source]) => ({ file, source })), ...svgs.map((file) => ({ file, source: '<svg/>' }))]);
const at = (file: string, line: number, code: string, message: string) => ({ file, line, code, severity: 'error', message });

const noAlt = (url: string) => `The image ${url} has no alt text. Write what it shows: ![what it shows](${url}).`;
const imageMissing = (url: string) =>
  `The image ${url} is not in the content folder. Draw it with a \`python figure="…"\` block and run \`mlprep check --run-examples --update-figures\`.`;
const svgMissing = (name: string) => `figures/${name}.svg is missing. Run \`mlprep check --run-examples --update-figures\` and commit it.`;
const unlinked = (name: string) =>
  `The answer does not show its figure. Add \`![what the figure shows](figures/${name}.svg)\` after the code block.`;
const notKebab = (name: string) =>
  `The figure name "${name}" is not kebab-case: use lowercase letters, digits and single hyphens, prefixed with the topic number (03-roc-curves).`;
const mustRun = (name: string) => `A figure block must run to draw figures/${name}.svg: remove no-run, or drop figure= and the image.`;

/** A topic with one question whose body starts on line 15. */
const oneQuestion = (id: string, body: string) =>
  `${FM(id)}## Part 1: P\n\n### Q\n<!-- id: q-${id}; difficulty: easy; tags: t -->\n\n${body}\n\n**Key points**\n- One.\n- Two.\n`;
const figure = (info: string, image = '') => `\`\`\`${info}\nprint(1)\n\`\`\`\n\n${image}`;

describe('checkFigures', () => {
  it('reports each image and figure block of a topic intro and a question on its line, images first', () => {
    expect(checkFigures(vaultOf({ '01_A.md': TOPIC }))).toEqual([
      at('01_A.md', 12, 'image/alt', noAlt('https://example.com/intro.png')),
      at('01_A.md', 43, 'image/alt', noAlt('figures/01-missing.svg')),
      at('01_A.md', 43, 'figure/missing', imageMissing('figures/01-missing.svg')),
      at('01_A.md', 31, 'figure/name', notKebab('01_Bad Name')),
      at('01_A.md', 35, 'figure/duplicate', 'The figure name "01-good" is already drawn at 01_A.md:25. Pick another name.'),
      at('01_A.md', 39, 'figure/missing', svgMissing('01-missing')),
      at('01_A.md', 39, 'figure/unlinked', unlinked('01-missing')),
      at('01_A.md', 45, 'figure/name', mustRun('01-skip')),
      at('01_A.md', 49, 'figure/name', 'figure="01-text" is only read on python blocks, not on a text block.'),
      at('01_A.md', 53, 'figure/unlinked', unlinked('01-unshown')),
    ]);
  });

  it('checks the images of notes for alt text and missing figures', () => {
    const note = '# Notes\n\n![](figures/nope.svg) ![A plot](./figures/gone.svg) ![Shown](figures/shared.svg) ![ ](pic.png)\n';
    expect(checkFigures(vaultOf({ 'README.md': note }))).toEqual([
      at('README.md', 3, 'image/alt', noAlt('figures/nope.svg')),
      at('README.md', 3, 'figure/missing', imageMissing('figures/nope.svg')),
      at('README.md', 3, 'figure/missing', imageMissing('./figures/gone.svg')),
      at('README.md', 3, 'image/alt', noAlt('pic.png')),
    ]);
  });

  it.each(['a', '0', '03-roc-curves', 'x1-2y'])('accepts the kebab-case name %s when its figure exists and is shown', (name) => {
    const source = oneQuestion('01', figure(`python figure="${name}"`, `![The plot](figures/${name}.svg)`));
    expect(checkFigures(vaultOf({ '01_A.md': source }, [`figures/${name}.svg`]))).toEqual([]);
  });

  it.each(['Bad', 'a--b', '-a', 'a-', 'a_b', 'a b', ''])('reports the name "%s" only as not kebab-case', (name) => {
    const source = oneQuestion('01', figure(`python figure="${name}"`));
    expect(checkFigures(vaultOf({ '01_A.md': source }))).toEqual([at('01_A.md', 17, 'figure/name', notKebab(name))]);
  });

  it.each([
    ['text figure="bad name" no-run', 'figure="bad name" is only read on python blocks, not on a text block.'],
    ['python figure="bad name" no-run="why"', mustRun('bad name')],
    ['python figure="fine" no-run', mustRun('fine')],
  ])('reports `%s` with the first reason that applies: not python, then no-run, then the name', (info, message) => {
    expect(checkFigures(vaultOf({ '01_A.md': oneQuestion('01', figure(info)) }))).toEqual([at('01_A.md', 17, 'figure/name', message)]);
  });

  it('names a block without a language "plain"', () => {
    const vault: Vault = { topics: [], notes: [], plan: null, exercises: [], figures: [], diagnostics: [] };
    const parsed = vaultOf({ '01_A.md': oneQuestion('01', 'An answer.') }).topics[0]!;
    vault.topics.push({ ...parsed, code: [{ lang: '', code: 'x', line: 3, figure: 'a' }] });
    expect(checkFigures(vault)).toEqual([
      at('01_A.md', 3, 'figure/name', 'figure="a" is only read on python blocks, not on a plain block.'),
    ]);
  });

  it('does not let a block reported for its name claim that name', () => {
    const body = `${figure('python figure="01-good" no-run="why"')}\n\n${figure('python figure="01-good"', '![A line](figures/01-good.svg)')}`;
    expect(checkFigures(vaultOf({ '01_A.md': oneQuestion('01', body) }))).toEqual([at('01_A.md', 17, 'figure/name', mustRun('01-good'))]);
  });

  it('reports a name drawn again in another topic, in that topic, and nothing else for the repeat', () => {
    const first = oneQuestion('01', figure('python figure="shared"', '![Shared](figures/shared.svg)'));
    expect(checkFigures(vaultOf({ '01_A.md': first, '02_B.md': oneQuestion('02', figure('python figure="shared"')) }))).toEqual([
      at('02_B.md', 17, 'figure/duplicate', 'The figure name "shared" is already drawn at 01_A.md:17. Pick another name.'),
    ]);
  });

  it('counts only an image of the same question, with alt text, as showing the figure', () => {
    const source =
      oneQuestion('01', figure('python figure="shared"')) +
      '\n### Other\n<!-- id: q-other; difficulty: easy; tags: t -->\n\n![Shared](figures/shared.svg)\n';
    expect(checkFigures(vaultOf({ '01_A.md': source }))).toEqual([at('01_A.md', 17, 'figure/unlinked', unlinked('shared'))]);
    const blankAlt = oneQuestion('01', figure('python figure="shared"', '![ ](figures/shared.svg)'));
    expect(checkFigures(vaultOf({ '01_A.md': blankAlt }))).toEqual([
      at('01_A.md', 21, 'image/alt', noAlt('figures/shared.svg')),
      at('01_A.md', 17, 'figure/unlinked', unlinked('shared')),
    ]);
  });
});
