// Start-up, as `mlprep serve` runs it: build the content (cached by hash), index it for search, make sure the
// UI bundle exists, then listen. Each stage is timed so the CLI and the benchmark can print where time goes.

import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { buildContent, DEFAULT_CACHE_DIR, type BuildProgress, type BuildResult } from '../node/content-cache.js';
import { SearchIndex } from '../node/search-index.js';
import { ensureWebBuilt, WEB_DIST } from '../node/web-build.js';
import { createContentStore } from './content-store.js';
import { createApp } from './create-app.js';
import { StaticFiles } from './static-files.js';
import { resolveDataDir } from '../node/store/data-dir.js';
import { ProgressStore } from '../node/store/progress-store.js';
import { PrepService } from '../node/study/prep-service.js';
import { PlanService } from '../node/plan/plan-service.js';
import { StudyService } from '../node/study/study-service.js';

export interface StartOptions {
  content: string;
  host: string;
  port: number;
  cacheDir?: string;
  /** Skip the UI build check (API-only use, benchmarks of the content path). */
  skipWeb?: boolean;
  log?: (line: string) => void;
  /** Stage and n/N of a cold content build (the CLI shows it on a terminal). */
  progress?: BuildProgress;
  /** Progress folder (--data); defaults to MLPREP_DATA, $XDG_DATA_HOME/mlprep or ~/.local/share/mlprep. */
  data?: string;
  /** FSRS fuzz; on unless a test turns it off. */
  fuzz?: boolean;
  /** Extra host names the server answers to (--allow-host), besides loopback and the bound address. */
  allowHosts?: readonly string[];
  /** The study clock (default Date.now); the e2e tests start it at a fixed instant through MLPREP_NOW. */
  now?: () => number;
}

export interface RunningServer {
  url: string;
  port: number;
  build: BuildResult;
  times: Record<string, number>;
  /** The progress database file. */
  dataFile: string;
  /** History of questions that no longer exist (kept, never deleted), and ids carried over by aliases. */
  orphans: number;
  aliasesCarried: number;
  close(): Promise<void>;
}

const ms = (t: number) => Math.round((performance.now() - t) * 10) / 10;

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const log = opts.log ?? (() => {});
  const times: Record<string, number> = {};
  let t = performance.now();
  const build = await buildContent(opts.content, opts.cacheDir ?? DEFAULT_CACHE_DIR, log, opts.progress);
  times.content = ms(t);
  t = performance.now();
  const search = SearchIndex.load(build.content.searchDocs, build.content.searchIndex);
  const store = createContentStore(build.content);
  times.index = ms(t);
  t = performance.now();
  if (!opts.skipWeb) await ensureWebBuilt(log);
  const indexHtml = opts.skipWeb ? null : await readFile(path.join(WEB_DIST, 'index.html'), 'utf8').catch(() => null);
  const files = await StaticFiles.collect(opts.skipWeb ? null : WEB_DIST);
  times.web = ms(t);
  t = performance.now();
  const progress = ProgressStore.inDir(resolveDataDir(opts.data));
  const service = new StudyService({
    store: progress,
    topics: build.content.catalog,
    plan: build.content.studyPlan,
    fuzz: opts.fuzz ?? true,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const prep = new PrepService(service);
  const plans = new PlanService(service);
  times.store = ms(t);
  t = performance.now();
  const allowedHosts = serverHostNames(opts.host, opts.allowHosts ?? []);
  const app = createApp({ store, search, files, indexHtml, study: { service, prep, plans }, allowedHosts, contentDir: opts.content });
  const server = await listen(app.fetch, opts.host, opts.port);
  times.listen = ms(t);
  const port = (server.address() as AddressInfo).port;
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    build,
    times,
    dataFile: progress.file,
    orphans: service.orphans().length,
    aliasesCarried: service.aliasesCarried,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          progress.close();
          resolve();
        }),
      ),
  };
}

/**
 * The host names the server answers to: the bound address, anything given with --allow-host, and, when bound to
 * every interface, this machine's name and addresses (what another machine on the network would type).
 */
export function serverHostNames(host: string, extra: readonly string[]): string[] {
  const names = [host, ...extra];
  if (host === '0.0.0.0' || host === '::') {
    names.push(os.hostname());
    for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) names.push(a.address);
  }
  return names;
}

// Node's default 16 KB header limit answers a long URL with a bare 431 and a reset; allow more so the request
// guard can answer it with a JSON 414 instead.
const MAX_HEADER_BYTES = 256 * 1024;

function listen(fetch: Parameters<typeof serve>[0]['fetch'], hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES } }, () => resolve(server));
    server.once('error', reject);
  });
}
