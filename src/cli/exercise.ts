// `mlprep exercise list [--json]` and `mlprep exercise run <id> <file.py> [--hidden]`. `run` executes the file
// as the exercise's submission in the sandboxed runner and prints one line per test; it exits 0 only when every
// test passed, 1 when a test failed, 2 when the command cannot run (unknown id, unreadable file, no Python).

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Exercise } from '../core/exercise/index.js';
import { runExercise, type ExerciseRun } from '../node/exercise/run-exercise.js';
import { findPython, PythonNotFoundError, type PythonInfo } from '../node/python/find-python.js';
import { CliError } from './errors.js';
import { contentDir, DEFAULT_CONTENT } from './options.js';

const REPO = path.dirname(DEFAULT_CONTENT);

/** The interpreter probe imports torch, which is slow: probe once per process (a failure is retried). */
let probe: Promise<PythonInfo> | null = null;
const pythonOnce = () =>
  (probe ??= findPython().catch((err: unknown) => {
    probe = null;
    throw err;
  }));
const MAX_SUBMISSION_BYTES = 256 * 1024;

async function exercisesOf(content: string | undefined): Promise<{ dir: string; exercises: Exercise[] }> {
  const dir = contentDir(content);
  const { loadVault } = await import('../node/load-vault.js'); // the parser, only for the command that needs it
  return { dir, exercises: (await loadVault(dir)).vault.exercises };
}

export function registerExercise(program: Command): void {
  const cmd = program.command('exercise').description('list the coding exercises or run a solution against their tests');
  cmd
    .command('list')
    .description('list the exercises (id, topic, difficulty, title)')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .option('--json', 'print a JSON array of { id, title, topic, difficulty, dir } (dir relative to the repository)')
    .action(async (opts: { content?: string; json?: boolean }) => {
      const { dir, exercises } = await exercisesOf(opts.content);
      const rows = exercises.map((e) => ({
        id: e.id,
        title: e.title,
        topic: e.topic,
        difficulty: e.difficulty,
        dir: path.relative(REPO, path.join(dir, e.dir)).split(path.sep).join('/'),
      }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const w = Math.max(2, ...rows.map((r) => r.id.length));
      for (const r of rows) process.stdout.write(`${r.id.padEnd(w)}  ${r.topic}  ${r.difficulty.padEnd(6)}  ${r.title}\n`);
      process.stdout.write(`${rows.length} exercise(s)\n`);
    });
  cmd
    .command('run <id> <file>')
    .description('run a python file against the exercise tests (visible by default)')
    .option('--hidden', 'run the hidden tests instead of the visible ones')
    .option('--content <dir>', 'vault folder (default: the bundled content/)')
    .action(async (id: string, file: string, opts: { hidden?: boolean; content?: string }) => {
      const { exercises } = await exercisesOf(opts.content);
      const ex = exercises.find((e) => e.id === id);
      if (!ex) throw new CliError(`unknown exercise "${id}"; \`mlprep exercise list\` shows the ids`);
      const info = await stat(file).catch(() => null);
      if (!info) throw new CliError(`cannot read ${file}: no such file`);
      if (!info.isFile()) throw new CliError(`cannot read ${file}: not a regular file`);
      if (info.size > MAX_SUBMISSION_BYTES)
        throw new CliError(`${file} is ${info.size} bytes; a submission may have at most ${MAX_SUBMISSION_BYTES}`);
      const submission = await readFile(file, 'utf8');
      let python;
      try {
        python = await pythonOnce();
      } catch (err) {
        if (err instanceof PythonNotFoundError) throw new CliError(`cannot run the tests. ${err.message}`);
        throw err;
      }
      const suite = opts.hidden ? 'hidden' : 'visible';
      const run = await runExercise({
        executable: python.executable,
        submission,
        testsSource: suite === 'hidden' ? ex.hiddenTests : ex.tests,
        suite,
      });
      process.stdout.write(formatRun(ex, run));
      process.exitCode = run.ok ? 0 : 1;
    });
}

/** The per-test report: one line per test, its message and place indented under a failure. */
export function formatRun(ex: Exercise, run: ExerciseRun): string {
  const lines = [`${ex.id} (${run.suite} tests)`];
  const label = { passed: 'PASS', failed: 'FAIL', timeout: 'TIME', 'not-run': 'SKIP' } as const;
  for (const t of run.tests) {
    lines.push(`  ${label[t.status]}  ${t.name}${t.status === 'passed' ? `  (${t.ms.toFixed(0)} ms)` : ''}${t.doc ? `  — ${t.doc}` : ''}`);
    if (t.status !== 'passed' && t.message) lines.push(`        ${t.message.replace(/\n/g, '\n        ')}`);
    if (t.status !== 'passed' && t.where) lines.push(`        at ${t.where}`);
    if (t.status !== 'passed' && t.output)
      lines.push(
        `        output: ${t.output.trimEnd().split('\n').slice(0, 5).join('\n                ')}${t.outputTruncated ? ' …' : ''}`,
      );
  }
  if (run.problem) lines.push(`  ${run.problem}`);
  lines.push(`${run.passed}/${run.total} passed${run.ok ? '' : ', not solved'}`);
  return `${lines.join('\n')}\n`;
}
