// Pictures in the Anki package, on the pictures-valid vault: the answer field shows the figure and the diagram as
// <img> of media files with their alt text, and the .apkg carries both as numbered zip entries listed in its
// `media` map: the figure byte for byte from the vault, the diagram as a self-contained SVG without the web-font
// import. A figure name outside figures/ or a missing file is never read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnkiNotes, createAnkiHtml, selectQuestions, type AnkiMediaFile, type AnkiNote } from '../../core/emit/index.js';
import { createHighlighter } from '../../core/render/create-highlighter.js';
import { loadVault } from '../load-vault.js';
import { readAnkiMedia } from './read-anki-media.js';
import { buildApkg } from './write-apkg.js';

const VAULT = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'vaults', 'pictures-valid');

let notes: AnkiNote[];
let media: AnkiMediaFile[];
beforeAll(async () => {
  const { vault } = await loadVault(VAULT);
  const html = createAnkiHtml(vault, await createHighlighter());
  notes = buildAnkiNotes(selectQuestions(vault), html);
  media = html.media();
}, 60_000);

describe('Anki pictures', () => {
  it('shows the figure and the diagram as media images with alt text', () => {
    const answer = notes[0]!.fields[1]!;
    expect(answer).toContain('<img src="mlprep-01-line.svg" alt="A straight line rising from 1 to 3">');
    expect(answer).toMatch(/<img src="mlprep-diagram-[0-9a-f]{8}\.svg" alt="A residual block adds its input to the output of two layers">/);
    expect(answer).not.toContain('flowchart LR');
    expect(media.map((m) => m.name)).toEqual([expect.stringMatching(/^mlprep-01-line\.svg$/), expect.stringMatching(/^mlprep-diagram-/)]);
  });

  it('packs them as numbered files listed in the media map', async () => {
    const apkg = await buildApkg(notes, { now: new Date('2026-03-01T12:00:00Z'), media: await readAnkiMedia(VAULT, media) });
    const files = unzipSync(apkg);
    const map = JSON.parse(strFromU8(files['media']!)) as Record<string, string>;
    expect(Object.keys(map)).toEqual(['0', '1']);
    expect(map['0']).toBe('mlprep-01-line.svg');
    expect(Buffer.from(files['0']!).equals(await readFile(path.join(VAULT, 'figures', '01-line.svg')))).toBe(true);
    const diagram = strFromU8(files['1']!);
    expect(diagram).toMatch(/^<svg [^>]*><title>A residual block adds its input to the output of two layers<\/title>/);
    expect(diagram).not.toContain('@import');
    expect(diagram).toContain('>Layer 1</text>');
  });

  it('reads nothing outside figures/ and skips a missing figure', async () => {
    const read = await readAnkiMedia(VAULT, [
      { name: 'a.svg', figure: 'figures/../01_Pictures.md' },
      { name: 'b.svg', figure: 'figures/nope.svg' },
    ]);
    expect(read).toEqual([]);
  });
});
