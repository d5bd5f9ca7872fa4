// `mlprep check [--run-examples [--update-figures]]`: validates the vault and optionally runs every python example
// (comparing each figure example's drawing with its committed figures/<name>.svg, or rewriting it) and verifies
// every exercise (its solution passes the visible and hidden tests, its starter fails a hidden test).
// Exit 0 when clean, 1 on any error diagnostic or failed example, 2 when the check itself cannot run.

import path from 'node:path';
import type { Command } from 'commander';
import { formatDiagnostic, type Vault } from '../core/model/index.js';
import { contentSummary, summarizeVault, type ContentSummary } from '../node/content-cache.js';
import { listExamples } from '../node/examples.js';
import { findPython, PythonNotFoundError } from '../node/python/find-python.js';
import { runExamples, type ExampleResult } from '../node/python/run-examples.js';
import { createProgress } from './progress-line.js';
import { CliError, requireTopics } from './errors.js';
import { contentDir, DEFAULT_CONTENT } from './options.js';
import { probeIsolation } from '../node/runner/isolation.js';
import { verifyExercises } from '../node/exercise/verify-exercises.js';

interface CheckOptions {
  content?: string;
  runExamples?: boolean;
  cache?: boolean;
  workers?: string;
  updateFigures?: boolean;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate the collection: structure, metadata, ids, math, links, study plan')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .option('--run-examples', 'also execute every python example and verify every exercise solution and starter')
    .option('--update-figures', 'with --run-examples: rewrite figures/<name>.svg from what each figure example draws')
    .option('--no-cache', 'run every example even if it passed before (always the case when CI is set)')
    .option('--workers <n>', 'parallel python processes', '2')
    .action(async (opts: CheckOptions) => {
      process.exitCode = await runCheck(opts);
    });
}

export async function runCheck(opts: CheckOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const dir = contentDir(opts.content);
  if (opts.updateFigures && !opts.runExamples)
    throw new CliError('--update-figures needs --run-examples (the figures are drawn by the examples)');
  const t0 = performance.now();
  // Without examples the summary is enough, and it comes from the cache when nothing changed since the last
  // check, stats or start. The examples need the parsed vault.
  let summary: ContentSummary;
  let vault: Vault | null = null;
  if (opts.runExamples) {
    const { loadVault } = await import('../node/load-vault.js');
    const loaded = await loadVault(dir);
    vault = loaded.vault;
    summary = summarizeVault(loaded.files.length, vault, loaded.diagnostics);
  } else summary = (await contentSummary(dir, undefined, createProgress())).summary;
  const ms = performance.now() - t0;
  const { stats, diagnostics, optOuts } = summary;
  requireTopics(dir, stats);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of diagnostics) out.write(`${formatDiagnostic(d)}\n`);
  out.write(
    `checked ${summary.files} files in ${ms.toFixed(0)} ms: ${stats.topics.length} topics, ${stats.totals.questions} questions, ` +
      `${stats.totals.codeExamples} python blocks, ${stats.totals.displayEquations} display equations; ` +
      `${errors.length} errors, ${diagnostics.length - errors.length} warnings\n`,
  );
  for (const o of optOuts) out.write(`opt-out  ${o.file}:${o.line}  ${o.reason || '(no reason given)'}\n`);
  if (optOuts.length > 0) out.write(`${optOuts.length} python block(s) opted out of execution\n`);
  let failed = 0;
  let exercisesFailed = 0;
  if (vault) {
    const { examples } = listExamples(vault);
    let python;
    try {
      python = await findPython();
    } catch (err) {
      if (err instanceof PythonNotFoundError) throw new CliError(`cannot run the examples. ${err.message}`, 1);
      throw err;
    }
    const useCache = opts.cache !== false && !process.env.CI;
    if (dir !== DEFAULT_CONTENT)
      out.write(
        `note: --run-examples executes the python code of ${dir} on this machine. Run it only on a vault you trust.\n` +
          `      Each example runs in a fresh temporary folder with a minimal environment, CPU, memory, file-size and process limits, and is killed with its children on timeout.\n`,
      );
    const isolation = await probeIsolation();
    out.write(
      isolation.network
        ? 'examples run without network access (network and PID namespaces)\n'
        : 'examples run with network access: this system does not allow unprivileged namespaces\n',
    );
    out.write(
      `running ${examples.length} examples with ${python.executable} (Python ${python.version}; ${Object.entries(python.modules)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})${useCache ? '' : ', cache off'}\n`,
    );
    const workers = Number(opts.workers ?? 2);
    if (!Number.isInteger(workers) || workers < 1 || workers > 16)
      throw new CliError(`--workers must be an integer from 1 to 16, not "${opts.workers}"`);
    const t1 = performance.now();
    const progress = createProgress();
    progress.step('running examples');
    let done = 0;
    let slowestSoFar: ExampleResult | null = null;
    const results = await runExamples(examples, {
      python,
      workers,
      useCache,
      cacheFile: path.join(process.cwd(), '.cache', 'mlprep', 'examples.json'),
      figures: { dir: path.join(dir, 'figures'), update: opts.updateFigures === true },
      onResult: (r) => {
        done++;
        if (!r.cached && (!slowestSoFar || r.ms > slowestSoFar.ms)) slowestSoFar = r;
        const s = slowestSoFar;
        progress.count(
          done,
          examples.length,
          s ? `slowest so far ${s.example.file}:${s.example.line} ${(s.ms / 1000).toFixed(1)} s` : undefined,
        );
        if (r.figure?.status === 'updated') out.write(`${r.example.file}:${r.example.line}  figure  ${r.figure.message}\n`);
        else if (!r.ok && r.figure) out.write(`${r.example.file}:${r.example.line}  error  figure/stale  ${r.figure.message}\n`);
        else if (!r.ok)
          out.write(
            `${r.example.file}:${r.example.line}  error  example/failed  python example failed${r.timedOut ? ' (timeout)' : ''}:\n${r.stderr.replace(/^/gm, '    ')}\n`,
          );
      },
    });
    failed = results.filter((r) => !r.ok).length;
    const cached = results.filter((r) => r.cached).length;
    const drawn = results.filter((r) => r.figure);
    if (drawn.length > 0)
      out.write(
        `figures: ${drawn.filter((r) => r.figure!.status === 'same').length} current, ${drawn.filter((r) => r.figure!.status === 'updated').length} written, ` +
          `${drawn.filter((r) => !r.ok).length} stale or missing\n`,
      );
    const slowest = results.filter((r) => !r.cached).sort((a, b) => b.ms - a.ms)[0];
    out.write(
      `examples: ${results.length - failed} passed, ${failed} failed (${cached} from cache) in ${((performance.now() - t1) / 1000).toFixed(1)} s` +
        (slowest ? `; slowest ${slowest.example.file}:${slowest.example.line} ${(slowest.ms / 1000).toFixed(1)} s` : '') +
        '\n',
    );
    const exercises = vault.exercises;
    const t2 = performance.now();
    const checks = await verifyExercises(exercises, {
      python,
      workers,
      useCache,
      cacheFile: path.join(process.cwd(), '.cache', 'mlprep', 'exercises.json'),
      onResult: (c) => {
        if (!c.ok) {
          const file = c.kind === 'starter-hidden' ? 'starter.py' : 'solution.py';
          out.write(`${c.exercise.dir}/${file}:1  error  exercise/run  ${c.kind}: ${c.detail.replace(/\n/g, '\n    ')}\n`);
        }
      },
    });
    exercisesFailed = checks.filter((c) => !c.ok).length;
    out.write(
      `exercises: ${exercises.length} checked (${checks.length} runs: solution vs visible and hidden tests, starter vs hidden tests), ` +
        `${exercisesFailed} failed (${checks.filter((c) => c.cached).length} from cache) in ${((performance.now() - t2) / 1000).toFixed(1)} s\n`,
    );
  }
  const ok = errors.length === 0 && failed === 0 && exercisesFailed === 0;
  out.write(
    ok
      ? 'check passed\n'
      : `check failed: ${errors.length} error(s), ${failed} failed example(s), ${exercisesFailed} failed exercise run(s)\n`,
  );
  return ok ? 0 : 1;
}
