// `mlprep serve [--port N] [--host H] [--content DIR]`: builds the content (cached by hash), starts the local
// server and prints its URL. Content errors are printed as file:line and the valid part is still served; a
// fatal problem (missing folder, port in use) exits with one clear line. The default host is loopback:
// serving to the network takes an explicit --host.

import type { Command } from 'commander';
import { formatDiagnostic } from '../core/model/index.js';
import { startServer } from '../server/start-server.js';
import { CliError } from './errors.js';
import { StoreError } from '../node/store/open-db.js';
import { contentDir } from './options.js';
import { createProgress } from './progress-line.js';

interface ServeOptions {
  port: string;
  host: string;
  content?: string;
  data?: string;
  allowHost?: string;
}

export const DEFAULT_PORT = 4321;
export const DEFAULT_HOST = '127.0.0.1';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('build the collection and serve the study app on http://127.0.0.1:4321')
    .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind; anything but loopback exposes the app to your network', DEFAULT_HOST)
    .option('--content <dir>', 'vault folder in the mlprep format (default: the bundled content/)')
    .option('--allow-host <names>', 'comma-separated extra host names to answer to (e.g. a name in /etc/hosts)')
    .option('--data <dir>', 'progress folder (default: $MLPREP_DATA, $XDG_DATA_HOME/mlprep or ~/.local/share/mlprep)')
    .action(async (opts: ServeOptions) => {
      await runServe(opts);
    });
}

export async function runServe(opts: ServeOptions, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const port = Number(opts.port);
  if (!/^\d+$/.test(opts.port) || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${opts.port}".`);
  const dir = contentDir(opts.content);
  const now = clockFromEnv(process.env.MLPREP_NOW);
  const t0 = performance.now();
  let running;
  try {
    running = await startServer({
      content: dir,
      host: opts.host,
      port,
      log: (line) => out.write(`${line}\n`),
      progress: createProgress(),
      ...(opts.data ? { data: opts.data } : {}),
      allowHosts: (opts.allowHost ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
      ...(now ? { now } : {}),
    });
  } catch (err) {
    if (err instanceof StoreError) throw new CliError(err.message);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new CliError(`port ${port} on ${opts.host} is already in use. Pass --port <n> (or --port 0 for any free port).`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot bind to --host ${opts.host}: no such local address.`);
    throw err;
  }
  const { build } = running;
  for (const d of build.content.diagnostics) out.write(`${formatDiagnostic(d)}\n`);
  const errors = build.content.diagnostics.filter((d) => d.severity === 'error').length;
  const questions = build.content.searchDocs.length;
  const stages = Object.entries({ ...build.times, ...running.times })
    .map(([k, v]) => `${k} ${v} ms`)
    .join(', ');
  out.write(
    `content ${build.fromCache ? 'loaded from cache' : 'built'}: ${build.content.topics.length} topics, ${questions} questions${errors ? `, ${errors} content errors (the rest is served)` : ''}\n`,
  );
  out.write(`ready in ${Math.round(performance.now() - t0)} ms (${stages})\n`);
  if (!LOOPBACK.has(opts.host)) out.write(`warning: listening on ${opts.host}: other machines on your network can open the app.\n`);
  out.write(
    `progress: ${running.dataFile}${running.aliasesCarried ? ` (${running.aliasesCarried} renamed questions carried over)` : ''}${running.orphans ? ` (${running.orphans} questions with history are no longer in the content; their history is kept)` : ''}\n`,
  );
  if (now) out.write(`clock: MLPREP_NOW is set, so the study clock started at ${process.env.MLPREP_NOW} (for tests)\n`);
  out.write(`mlprep is serving ${dir}\n  ${running.url}\n`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * MLPREP_NOW=<ISO instant> starts the study clock at that instant, running forward in real time from start-up,
 * so that browser tests see the same "today" whenever they run (never across a midnight). Unset: the real clock.
 */
export function clockFromEnv(value: string | undefined, real: () => number = Date.now): (() => number) | undefined {
  if (value === undefined || value === '') return undefined;
  const start = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(start)) throw new CliError(`MLPREP_NOW must be an ISO instant with a zone, like 2026-03-01T12:00:00Z, not "${value}".`);
  const offset = start - real();
  return () => real() + offset;
}
