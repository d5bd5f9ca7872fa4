// The content build with its cache: parse -> validate -> render -> search docs -> search index (serialized).
// The rendered result is stored as JSON under the cache folder, keyed by the content hash (every file's path
// and bytes) plus a fingerprint of the code that renders it, so a warm start skips parsing and rendering and
// an upgrade of the renderer never serves stale HTML. Writes are atomic (temp file + rename); old entries are
// pruned, keeping the newest few.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listQuestions, type Diagnostic, type StudyPlan } from '../core/model/index.js';
import { catalogFromVault, type CatalogTopic } from '../core/progress/catalog.js';
import type { RenderedContent } from '../core/render/index.js';
import type { SearchDoc } from '../core/search/index.js';
import { hashFiles, readVaultFiles } from './load-vault.js';
import { buildReferenceIndex, type ReferenceIndex } from '../core/references/index.js';
import { buildPackedIndex, type PackedIndex } from './search-index.js';

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
  const key = `${hashFiles(files).slice(0, 32)}-${await codeFingerprint()}`;
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
  await writeCache(cacheDir, entry, content);
  times.cacheWrite = since(t);
  return { content, fromCache: false, times };
}

async function writeCache(cacheDir: string, entry: string, content: BuiltContent): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${entry}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(content));
    await rename(tmp, entry);
    const names = (await readdir(cacheDir)).filter((n) => n.startsWith('content-') && n.endsWith('.json'));
    const dated = await Promise.all(names.map(async (n) => ({ n, m: (await stat(path.join(cacheDir, n))).mtimeMs })));
    for (const old of dated.sort((a, b) => b.m - a.m).slice(KEEP_ENTRIES)) await rm(path.join(cacheDir, old.n), { force: true });
  } catch {
    // A read-only checkout still serves: the cache is an optimisation, not a requirement.
  }
}
