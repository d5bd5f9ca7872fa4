// Estimates the mutation score of folders too slow to run whole (`npx tsx scripts/mutate-sample.ts server --size
// 150`). A whole run of src/server or src/node takes hours on two cores: their tests build an app or a store, and a
// survivor runs every test that covers it. This lists every mutant Stryker would make (its own instrumenter, so the
// same mutants), draws a seeded uniform sample of them, runs Stryker on exactly those locations, and reports the
// share detected in the sample with a 95 % Wilson interval.
//
// A drawn mutant is selected with a mutate range equal to its own source range; scripts/stryker-sample-ignorer.mjs
// keeps Stryker from also running the mutants nested inside that range.
// After adding tests, `--after` with the same tags, size and seed runs again only the sampled mutants that survived,
// and prints both estimates.
// Usage: npx tsx scripts/mutate-sample.ts <tag ...> [--size N] [--seed S] [--timeout-ms N] [--one-line] [--list] [--after] [--report-only]   (tags: mutation-folders.ts)

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { FOLDERS, folderEnv, type Folder } from './mutation-folders.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} needs a positive whole number, got ${args[i + 1] ?? 'nothing'}.`);
    process.exit(2);
  }
  return value;
};
const size = option('size', 150);
const seed = option('seed', 1);
// Stryker's fixed allowance per mutant run. Under load a route test's beforeAll alone can take longer than the
// config's 30 s, and a mutant cut off counts as detected: raise it for the server and node folders.
const timeoutMs = option('timeout-ms', 30_000);
const tags = args.filter((a, i) => !a.startsWith('--') && !['--size', '--seed', '--timeout-ms'].includes(args[i - 1] ?? ''));
const folders = tags.map((t) => FOLDERS.find((f) => f.tag === t));
if (tags.length === 0 || folders.some((f) => !f)) {
  console.error(`Name one or more folder tags. Known: ${FOLDERS.map((f) => f.tag).join(', ')}`);
  process.exit(2);
}
const chosen = folders as Folder[];
const tests = [...new Set(chosen.flatMap((f) => f.tests))];
const tag = `sample-${tags.join('_')}`;

/** The files a folder's patterns select: `dir/**` + `/*.ts` globs minus tests, test helpers and `!file` exclusions. */
function filesOf(folder: Folder): string[] {
  const excluded = new Set(folder.mutate.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.posix.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return folder.mutate
    .filter((p) => !p.startsWith('!'))
    .flatMap((p) => walk(p.replace(/\/\*\*\/\*\.ts$/, '')))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !/(^|\/)test-[^/]*\.ts$/.test(f) && !excluded.has(f));
}

interface Listed {
  file: string;
  mutator: string;
  replacement: string;
  /** 0-based lines and columns, as Stryker's instrumenter gives them. */
  start: { line: number; column: number };
  end: { line: number; column: number };
}
const quiet = () => false;
const noop = () => undefined;
const logger = {
  isTraceEnabled: quiet,
  isDebugEnabled: quiet,
  isInfoEnabled: quiet,
  isWarnEnabled: () => true,
  isErrorEnabled: () => true,
  isFatalEnabled: () => true,
  trace: noop,
  debug: noop,
  info: noop,
  warn: console.warn,
  error: console.error,
  fatal: console.error,
};
const files = [...new Set(chosen.flatMap(filesOf))].sort();
const instrumented = await new Instrumenter(logger).instrument(
  files.map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true })),
  { plugins: null, excludedMutations: [], ignorers: [], noHeader: true },
);
const all: Listed[] = instrumented.mutants.map((m) => ({
  file: path.relative(process.cwd(), path.resolve(m.fileName)),
  mutator: m.mutatorName,
  replacement: m.replacement,
  start: m.location.start,
  end: m.location.end,
}));

// mulberry32: a small seeded generator, so a sample can be drawn again.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
// --one-line draws only mutants that sit on one line (no block statements or multi-line literals): cheaper runs, but
// the estimate then leaves out a kind of mutant that the folders run whole detected more often than the rest.
const oneLine = args.includes('--one-line');
const pool = oneLine ? all.filter((m) => m.start.line === m.end.line) : [...all];
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
// Match a sampled mutant in a report (1-based lines and columns there) by place, mutator and replacement.
const key = (file: string, mutator: string, replacement: string, sl: number, sc: number, el: number, ec: number) =>
  [path.relative(process.cwd(), path.resolve(file)), mutator, replacement.replace(/\s+/g, ' '), sl, sc, el, ec].join('|');
const keyOf = (m: Listed) => key(m.file, m.mutator, m.replacement, m.start.line + 1, m.start.column + 1, m.end.line + 1, m.end.column + 1);
const isDetected = (status: string | undefined) => status === 'Killed' || status === 'Timeout';
const dir = path.join('reports/mutation', tag);
const beforeFile = path.join(dir, `sample-seed${seed}-size${size}${oneLine ? '-one-line' : ''}.json`);
type Statuses = Record<string, string>;

// --after: added tests cannot undo a kill while the code is unchanged, so only the sampled mutants the earlier run
// left alive are run again, and the rest keep their earlier result. The sample is the earlier one, found again by
// place, mutator and replacement: a drawn mutant whose code has changed since is no longer there and is left out
// of both estimates.
const after = args.includes('--after');
let before: Statuses = {};
if (after) {
  if (!existsSync(beforeFile)) {
    console.error(`No earlier run of this sample (${beforeFile}): run it once without --after first.`);
    process.exit(2);
  }
  before = (JSON.parse(readFileSync(beforeFile, 'utf8')) as { statuses: Statuses }).statuses;
}

const sample = after ? all.filter((m) => Object.hasOwn(before, keyOf(m))) : pool.slice(0, Math.min(size, pool.length));
const gone = after ? Object.keys(before).length - sample.length : 0;
const toRun = after ? sample.filter((m) => !isDetected(before[keyOf(m)])) : sample;
console.log(
  `${tag}: ${all.length} mutants in ${files.length} files; sampling ${sample.length}${oneLine ? ` of the ${pool.length} on one line` : ''} (seed ${seed}).`,
);
if (gone > 0) console.log(`${tag}: ${gone} drawn mutants are no longer in the code (it changed since); left out.`);
if (args.includes('--list')) {
  for (const m of sample) console.log(`${m.file}:${m.start.line + 1}:${m.start.column + 1} ${m.mutator} → ${m.replacement}`);
  process.exit(0);
}

// Stryker's range syntax: file:startLine:startColumn-endLine:endColumn, lines 1-based and columns 0-based.
const ranges = toRun.map((m) => `${m.file}:${m.start.line + 1}:${m.start.column}-${m.end.line + 1}:${m.end.column}`);
const started = Date.now();
const statusOf = new Map<string, string>();
// --report-only: no Stryker run; read the report the last run of this sample left (to print its estimate again).
const reportOnly = args.includes('--report-only');
if (ranges.length > 0) {
  const report = path.join(dir, 'mutation.json');
  if (!reportOnly) {
    const folder: Folder = { tag, mutate: [], tests, reuseBuilds: chosen.some((f) => f.reuseBuilds) };
    // The drawn ranges for scripts/stryker-sample-ignorer.mjs, as Babel counts (1-based lines, 0-based columns).
    const sampleFile = path.join(dir, 'ranges.json');
    mkdirSync(dir, { recursive: true });
    const babel = (p: { line: number; column: number }) => ({ line: p.line + 1, column: p.column });
    writeFileSync(sampleFile, JSON.stringify(toRun.map((m) => ({ start: babel(m.start), end: babel(m.end) }))));
    const run = spawnSync('npx', ['stryker', 'run', '--mutate', ranges.join(','), '--force', '--timeoutMS', String(timeoutMs)], {
      stdio: 'inherit',
      env: { ...folderEnv(folder, tag), MLPREP_MUTATE_SAMPLE: path.resolve(sampleFile) },
    });
    if (run.status !== 0) {
      console.error(`Stryker failed (exit ${run.status ?? run.signal}); no estimate.`);
      process.exit(1);
    }
  }
  if (!existsSync(report)) {
    console.error(`No report at ${report}; no estimate.`);
    process.exit(1);
  }
  type ReportMutant = {
    mutatorName: string;
    replacement?: string;
    status: string;
    location: { start: { line: number; column: number }; end: { line: number; column: number } };
  };
  const reported = JSON.parse(readFileSync(report, 'utf8')) as { files: Record<string, { mutants: ReportMutant[] }> };
  for (const [file, { mutants }] of Object.entries(reported.files))
    for (const m of mutants) {
      const { start, end } = m.location;
      statusOf.set(key(file, m.mutatorName, m.replacement ?? '', start.line, start.column, end.line, end.column), m.status);
    }
}
const seconds = Math.round((Date.now() - started) / 1000);
const statuses: Statuses = {};
for (const m of sample) {
  const k = keyOf(m);
  statuses[k] = after && isDetected(before[k]) ? before[k]! : (statusOf.get(k) ?? 'NotFound');
}
if (!after) writeFileSync(beforeFile, JSON.stringify({ seed, size, population: all.length, statuses }, null, 1));

function estimate(label: string, of: Statuses): void {
  const counts: Record<string, number> = {};
  for (const status of Object.values(of)) counts[status] = (counts[status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const n = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const p = n ? detected / n : NaN;
  // Wilson score interval at 95 % (z = 1.96): keeps its bounds inside [0, 1] for small samples and shares near 1.
  const z = 1.96;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  console.log(
    `${tag} ${label}: ${(100 * p).toFixed(1)} % of the sample detected (${detected} of ${n}; ${JSON.stringify(counts)}), ` +
      `95 % interval ${(100 * (centre - half)).toFixed(1)}–${(100 * (centre + half)).toFixed(1)} %`,
  );
}
console.log(`\n${tag}: ran ${toRun.length} sampled mutants of ${all.length} in ${seconds} s.`);
if (after) estimate('before', Object.fromEntries(sample.map((m) => [keyOf(m), before[keyOf(m)]!])));
estimate(after ? 'after' : 'estimate', statuses);
