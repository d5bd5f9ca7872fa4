// `mlprep export obsidian|anki|anki-text|pdf …`: the collection in the formats people take elsewhere. Each subcommand loads
// the vault, runs one pure emitter (core/emit) and writes its files (node/emit), printing progress on a terminal
// (progress-line.ts: each stage and its n/N, nothing when stderr is not a terminal) and where it wrote at the end.

import path from 'node:path';
import type { Command } from 'commander';
import { writeExport } from '../node/emit/write-files.js';
import { CliError } from './errors.js';
import { explainFolderErrors, writeOrExplain } from './write-output.js';
import { contentDir } from './options.js';
import { createProgress, type Progress } from './progress-line.js';

/** The emitters, the parser and Shiki: loaded when an export runs, not for every command (issue 15). */
const exportStack = () => import('../node/emit/export-stack.js');

interface SelectionOpts {
  out: string;
  content?: string;
  topic?: string;
  path?: string;
}

/** The vault every export starts from, saying so on a terminal (parsing the collection takes seconds). */
async function loadForExport(content: string | undefined, progress: Progress) {
  progress.step('loading the collection');
  const { loadVault } = await exportStack();
  return (await loadVault(contentDir(content))).vault;
}

/** The selected questions as Anki notes (the slow part: rendering), with progress. */
async function ankiNotesFor(opts: SelectionOpts, progress: Progress) {
  const vault = await loadForExport(opts.content, progress);
  const { selectQuestions, SelectionError, createAnkiHtml, createHighlighter, buildAnkiNotes } = await exportStack();
  let selected;
  try {
    selected = selectQuestions(vault, { topics: opts.topic?.split(','), path: opts.path });
  } catch (err) {
    if (err instanceof SelectionError) throw new CliError(err.message);
    throw err;
  }
  if (selected.length === 0) throw new CliError('the selection holds no questions; nothing to export.');
  const html = createAnkiHtml(vault, await createHighlighter());
  progress.step('rendering notes');
  const notes = buildAnkiNotes(selected, html, (d, t) => progress.count(d, t));
  return { notes, media: html.media() };
}

export function registerExport(program: Command): void {
  const cmd = program.command('export').description('export the collection: obsidian, anki, anki-text, pdf');
  cmd
    .command('obsidian')
    .description('write an Obsidian vault: one note per question (answer folded), index notes per topic and part, links rewritten')
    .requiredOption('-o, --out <dir>', 'output folder (new, empty, or an earlier export)')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: { out: string; content?: string }) => {
      const progress = createProgress();
      const vault = await loadForExport(opts.content, progress);
      const { emitObsidian, readFigureFiles } = await exportStack();
      const files = [...emitObsidian(vault), ...(await readFigureFiles(contentDir(opts.content), vault.figures))];
      const out = path.resolve(opts.out);
      progress.step('writing notes');
      await explainFolderErrors(() => writeExport(out, files, (d, t) => progress.count(d, t)));
      process.stdout.write(`wrote ${files.length} notes to ${out}\n`);
    });
  cmd
    .command('anki')
    .description('write an Anki package (.apkg): one note per question, a deck per topic under "mlprep"; re-import updates notes')
    .requiredOption('-o, --out <file>', 'the .apkg file to write')
    .option('--topic <ids>', 'only these topics, comma-separated (e.g. 01,02)')
    .option('--path <id>', 'only the topics and parts of this study path')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: SelectionOpts) => {
      const progress = createProgress();
      const { notes, media } = await ankiNotesFor(opts, progress);
      const { readAnkiMedia, buildApkg } = await exportStack();
      const files = await readAnkiMedia(contentDir(opts.content), media);
      progress.step('writing the collection');
      const apkg = await buildApkg(notes, { now: new Date(), onProgress: (d, t) => progress.count(d, t), media: files });
      const out = await writeOrExplain(opts.out, apkg);
      process.stdout.write(
        `wrote ${notes.length} notes${files.length ? ` and ${files.length} pictures` : ''} to ${out} (import it in Anki: File > Import)\n`,
      );
    });
  cmd
    .command('anki-text')
    .description("write Anki's text import (tab-separated, HTML fields, GUID, deck and tags columns)")
    .requiredOption('-o, --out <file>', 'the .txt file to write')
    .option('--topic <ids>', 'only these topics, comma-separated (e.g. 01,02)')
    .option('--path <id>', 'only the topics and parts of this study path')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: SelectionOpts) => {
      const { notes } = await ankiNotesFor(opts, createProgress());
      const { emitAnkiText } = await exportStack();
      const out = await writeOrExplain(opts.out, emitAnkiText(notes));
      process.stdout.write(`wrote ${notes.length} notes to ${out}\n`);
    });
  cmd
    .command('pdf')
    .description('print one topic to PDF with answers shown, through Chromium (/usr/bin/chromium or MLPREP_CHROMIUM)')
    .requiredOption('--topic <id>', 'the topic to print (e.g. 01)')
    .requiredOption('-o, --out <file>', 'the .pdf file to write')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (opts: { topic: string; out: string; content?: string }) => {
      const topicId = /^\d$/.test(opts.topic.trim()) ? `0${opts.topic.trim()}` : opts.topic.trim();
      const progress = createProgress();
      const { printTopicPdf, PrintError } = await exportStack();
      let pdf;
      try {
        pdf = await printTopicPdf({
          content: contentDir(opts.content),
          topicId,
          onStep: (step, n, total) => progress.step(`${step} (${n}/${total})`),
        });
      } catch (err) {
        if (err instanceof PrintError) throw new CliError(err.message);
        throw err;
      }
      const out = await writeOrExplain(opts.out, pdf);
      process.stdout.write(`wrote topic ${topicId} to ${out}\n`);
    });
}
