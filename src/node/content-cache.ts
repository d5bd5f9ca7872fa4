// The content build with its cache: parse -> validate -> render -> search docs -> search index (serialized).
// The rendered result is stored as JSON under the cache folder, keyed by the content hash (every file's path
// and bytes) plus a fingerprint of the code that renders it, so a warm start skips parsing and rendering and
// an upgrade of the renderer never serves stale HTML. Writes are atomic (temp file + rename); old entries are
// pruned, keeping the newest few.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listQuestions, type Diagnostic, type StudyPlan, type Vault } from '../core/model/index.js';
import { catalogFromVault, type CatalogTopic } from '../core/progress/catalog.js';
import type { RenderedContent } from '../core/render/index.js';
import type { SearchDoc } from '../core/search/index.js';
import { hashFiles, readVaultFiles } from './read-vault.js';
import { buildReferenceIndex, type ReferenceIndex } from '../core/references/index.js';
import { buildPackedIndex, type PackedIndex } from './search-index.js';
import { listExamples, type OptOut } from './examples.js';
import { computeStats, type ContentStats } from '../core/stats/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `<repo>/.cache/mlprep` (git-ignored), or MLPREP_CACHE_DIR. */
export const DEFAULT_CACHE_DIR = process.env.MLPREP_CACHE_DIR ?? path.join(REPO, '.cache', 'mlprep');
const KEEP_ENTRIES = 4;

export interface BuiltContent extends RenderedContent {
  hash: string;
  diagnostics: Diagnostic[];
  searchDocs: SearchDoc[];
  /** The search index over searchDocs, serialized (node/search-index.ts), so a warm start does not rebuild it. */
  searchIndex: PackedIndex;
  /** Earlier question ids (`aliases:` in the metadata line) -> current id, so old links keep working. */
  aliases: Record<string, string>;
  /** What the study engine needs: questions with their place, difficulty, aliases and key-point counts. */
  catalog: CatalogTopic[];
  /** study.yaml as parsed (paths, checklists, mock formats and focuses), or null without one. */
  studyPlan: StudyPlan | null;
  /** Every cited work with the questions that cite it (the references page). */
  references: ReferenceIndex;
}

/**
 * What `mlprep check` (without examples) and `mlprep stats` print, cached beside the build in a small file so that
 * they answer from it without reading the whole build or loading the parser.
 */
export interface ContentSummary {
  /** How many files the vault has (read or skipped). */
  files: number;
  stats: ContentStats;
  diagnostics: Diagnostic[];
  /** Python blocks marked not to run, with their reasons. */
  optOuts: OptOut[];
}

export type StageTimes = Record<string, number>;

export interface BuildResult {
  content: BuiltContent;
  fromCache: boolean;
  times: StageTimes;
}

let fingerprint: Promise<string> | null = null;

/** Hash of the sources that shape the cached JSON, so editing them invalidates the cache. */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const h = createHash('sha256');
    for (const dir of [
      'src/core/parse',
      'src/core/render',
      'src/core/search',
      'src/core/stats',
      'src/core/validate',
      'src/core/api',
      'src/core/progress',
      'src/core/model',
      'src/core/references',
      'src/core/exercise',
      'src/core/related',
    ]) {
      const names = (await readdir(path.join(REPO, dir)).catch(() => [] as string[])).filter((n) => n.endsWith('.ts')).sort();
      for (const n of names) h.update(n).update(await readFile(path.join(REPO, dir, n)));
    }
    // The node-side files that shape what is cached: the build and summary themselves, and the opt-out listing.
    for (const file of ['src/node/content-cache.ts', 'src/node/examples.ts', 'src/node/search-index.ts'])
      h.update(file).update(await readFile(path.join(REPO, file)).catch(() => Buffer.from(file)));
    for (const pkg of ['katex', 'shiki'])
      h.update(await readFile(path.join(REPO, 'node_modules', pkg, 'package.json')).catch(() => Buffer.from(pkg)));
    return h.digest('hex').slice(0, 16);
  })();
  return fingerprint;
}

const since = (t: number) => Math.round((performance.now() - t) * 10) / 10;

/** Progress of a cold build, shown by the CLI on a terminal (src/cli/progress-line.ts matches this shape). */
export interface BuildProgress {
  step(name: string): void;
  count(done: number, total: number): void;
}

export async function buildContent(
  root: string,
  cacheDir = DEFAULT_CACHE_DIR,
  log: (line: string) => void = () => {},
  progress?: BuildProgress,
): Promise<BuildResult> {
  const times: StageTimes = {};
  let t = performance.now();
  const files = await readVaultFiles(root);
  const key = await cacheKey(files);
  times.read = since(t);
  const entry = path.join(cacheDir, `content-${key}.json`);
  t = performance.now();
  const cached = await readFile(entry, 'utf8').catch(() => null);
  if (cached !== null) {
    const content = JSON.parse(cached) as BuiltContent;
    times.cacheLoad = since(t);
    return { content, fromCache: true, times };
  }
  // Loaded only on a cache miss: the markdown, KaTeX and Shiki stacks are most of a warm start's import time.
  log(`rendering ${files.length} files of the collection (first start or changed content; cached for the next start)…`);
  t = performance.now();
  const [{ parseVault }, { validateVault }, { createHighlighter, renderVault }, { buildSearchDocs }] = await Promise.all([
    import('../core/parse/index.js'),
    import('../core/validate/index.js'),
    import('../core/render/index.js'),
    import('../core/search/index.js'),
  ]);
  times.load = since(t);
  t = performance.now();
  progress?.step('parsing');
  const vault = parseVault(files);
  times.parse = since(t);
  t = performance.now();
  progress?.step('validating');
  const diagnostics = validateVault(vault);
  times.validate = since(t);
  t = performance.now();
  progress?.step('rendering questions');
  const rendered = renderVault(vault, await createHighlighter(), progress && ((d, n) => progress.count(d, n)));
  progress?.step('building the search index');
  times.render = since(t);
  t = performance.now();
  const aliases = Object.fromEntries(listQuestions(vault).flatMap((q) => q.aliases.map((a) => [a, q.id])));
  const searchDocs = buildSearchDocs(vault);
  times.docs = since(t);
  t = performance.now();
  const searchIndex = buildPackedIndex(searchDocs);
  times.index = since(t);
  t = performance.now();
  const content: BuiltContent = {
    ...rendered,
    hash: key,
    diagnostics,
    searchDocs,
    searchIndex,
    references: buildReferenceIndex(vault),
    aliases,
    catalog: catalogFromVault(vault),
    studyPlan: vault.plan,
  };
  times.catalog = since(t);
  t = performance.now();
  const summary = summarizeVault(files.length, vault, diagnostics, rendered.stats);
  await writeCache(cacheDir, entry, content, summary);
  times.cacheWrite = since(t);
  return { content, fromCache: false, times };
}

async function cacheKey(files: Parameters<typeof hashFiles>[0]): Promise<string> {
  return `${hashFiles(files).slice(0, 32)}-${await codeFingerprint()}`;
}

const summaryFile = (entry: string) => entry.replace(/\.json$/, '.summary.json');

async function writeSummary(entry: string, summary: ContentSummary): Promise<void> {
  const file = summaryFile(entry);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeWhole(file, JSON.stringify(summary));
    // `check` after each edit writes a summary without a build: keep the newest few, as for the builds.
    await prune(path.dirname(file), /^content-[^.]+\.summary\.json$/, 2 * KEEP_ENTRIES);
  } catch {
    // As writeCache: a read-only cache folder only costs speed.
  }
}

/** Writes a file whole or not at all: to a temporary name first, then renamed over the target. */
async function writeWhole(file: string, body: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, body);
  await rename(tmp, file);
}

/** Removes all but the `keep` newest files of `dir` whose names match. */
async function prune(dir: string, names: RegExp, keep: number): Promise<string[]> {
  const found = (await readdir(dir)).filter((n) => names.test(n));
  const dated = await Promise.all(found.map(async (n) => ({ n, m: (await stat(path.join(dir, n))).mtimeMs })));
  const old = dated.sort((a, b) => b.m - a.m).slice(keep);
  for (const { n } of old) await rm(path.join(dir, n), { force: true });
  return old.map((o) => o.n);
}

/**
 * The vault's summary (stats, diagnostics, opt-outs): read from the cache when the vault and the code are
 * unchanged, without loading the parser; else parsed and validated (not rendered: an edit-then-check loop stays
 * as fast as validation) and cached for the next call.
 */
export async function contentSummary(
  root: string,
  cacheDir = DEFAULT_CACHE_DIR,
  progress?: Pick<BuildProgress, 'step'>,
): Promise<{ summary: ContentSummary; fromCache: boolean }> {
  const files = await readVaultFiles(root);
  const entry = path.join(cacheDir, `content-${await cacheKey(files)}.json`);
  const cached = await readFile(summaryFile(entry), 'utf8')
    .then((text) => JSON.parse(text) as ContentSummary)
    .catch(() => null); // absent, or cut short by a full disk: made again below
  if (cached !== null) return { summary: cached, fromCache: true };
  const [{ parseVault }, { validateVault }] = await Promise.all([import('../core/parse/index.js'), import('../core/validate/index.js')]);
  progress?.step(`parsing ${files.length} files`);
  const vault = parseVault(files);
  progress?.step('validating');
  const summary = summarizeVault(files.length, vault, validateVault(vault));
  await writeSummary(entry, summary);
  return { summary, fromCache: false };
}

/** `stats`: pass them when already computed (a full build renders them), so they are not computed twice. */
export function summarizeVault(files: number, vault: Vault, diagnostics: Diagnostic[], stats = computeStats(vault)): ContentSummary {
  return { files, stats, diagnostics, optOuts: listExamples(vault).optOuts };
}

async function writeCache(cacheDir: string, entry: string, content: BuiltContent, summary: ContentSummary): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    // Each file is whole or absent (write, then rename). Both are keyed by the same hash, so either is valid alone.
    await writeSummary(entry, summary);
    await writeWhole(entry, JSON.stringify(content));
    for (const old of await prune(cacheDir, /^content-[^.]+\.json$/, KEEP_ENTRIES))
      await rm(summaryFile(path.join(cacheDir, old)), { force: true });
  } catch {
    // A read-only checkout still serves: the cache is an optimisation, not a requirement.
  }
}
