// Figure and image rules. A python block with `figure="name"` draws figures/<name>.svg (the runner collects it):
//   figure/name       the name is kebab-case (lowercase letters, digits, single hyphens), and the block runs
//                     (a figure block cannot opt out with no-run: its figure could never be checked)
//   figure/duplicate  two blocks draw the same name: one would overwrite the other
//   figure/missing    figures/<name>.svg is not in the vault (run `check --run-examples --update-figures`), or an
//                     image link points into figures/ at a file that is not there
//   figure/unlinked   the answer never shows the figure: it needs `![alt](figures/<name>.svg)` in the same question
//   image/alt         every image needs alt text: the app, screen readers and Anki show it
// Isomorphic.

import { makeDiagnostic, type CodeBlock, type Diagnostic, type ImageRef, type Vault } from '../model/index.js';

/** Lowercase kebab-case: `03-roc-curves`. */
export const FIGURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An image URL into the figures folder, `figures/x.svg` or `./figures/x.svg`: the file name, remembered. */
const FIGURE_URL = /^(?:\.\/)?figures\/([^/]+)$/;

export function checkFigures(vault: Vault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const present = new Set(vault.figures);
  const firstUse = new Map<string, string>();
  const check = (file: string, blocks: readonly CodeBlock[], images: readonly ImageRef[]) => {
    for (const img of images) {
      if (img.alt.trim() === '')
        out.push(
          makeDiagnostic(
            file,
            img.line,
            'image/alt',
            `The image ${img.url} has no alt text. Write what it shows: ![what it shows](${img.url}).`,
          ),
        );
      const m = FIGURE_URL.exec(img.url);
      if (m && !present.has(`figures/${m[1]}`))
        out.push(
          makeDiagnostic(
            file,
            img.line,
            'figure/missing',
            `The image ${img.url} is not in the content folder. Draw it with a \`python figure="…"\` block and run \`mlprep check --run-examples --update-figures\`.`,
          ),
        );
    }
    for (const b of blocks) {
      if (b.figure === undefined) continue;
      const name = b.figure;
      const where = `${file}:${b.line}`;
      if (b.lang !== 'python' || b.noRun !== undefined || !FIGURE_NAME.test(name)) {
        out.push(
          makeDiagnostic(
            file,
            b.line,
            'figure/name',
            b.lang !== 'python'
              ? `figure="${name}" is only read on python blocks, not on a ${b.lang || 'plain'} block.`
              : b.noRun !== undefined
                ? `A figure block must run to draw figures/${name}.svg: remove no-run, or drop figure= and the image.`
                : `The figure name "${name}" is not kebab-case: use lowercase letters, digits and single hyphens, prefixed with the topic number (03-roc-curves).`,
          ),
        );
        continue;
      }
      const earlier = firstUse.get(name);
      if (earlier) {
        out.push(
          makeDiagnostic(file, b.line, 'figure/duplicate', `The figure name "${name}" is already drawn at ${earlier}. Pick another name.`),
        );
        continue;
      }
      firstUse.set(name, where);
      const svg = `figures/${name}.svg`;
      if (!present.has(svg))
        out.push(
          makeDiagnostic(
            file,
            b.line,
            'figure/missing',
            `${svg} is missing. Run \`mlprep check --run-examples --update-figures\` and commit it.`,
          ),
        );
      if (!images.some((img) => FIGURE_URL.exec(img.url)?.[1] === `${name}.svg` && img.alt.trim() !== ''))
        out.push(
          makeDiagnostic(
            file,
            b.line,
            'figure/unlinked',
            `The answer does not show its figure. Add \`![what the figure shows](${svg})\` after the code block.`,
          ),
        );
    }
  };
  const fileOf = new Map(vault.topics.map((t) => [t.id, t.file]));
  for (const t of vault.topics) {
    check(t.file, t.code, t.images);
    for (const q of t.parts.flatMap((p) => p.questions)) check(fileOf.get(q.topicId) ?? t.file, q.code, q.images);
  }
  for (const n of vault.notes) check(n.file, [], n.images);
  return out;
}
