// startServer as `mlprep serve` runs it, on a real socket: it builds a fixture vault, answers over HTTP on the port
// it reports, times every stage, keeps progress in the data folder it was given, refuses a foreign Host, and stops
// listening on close(). serverHostNames: the names a server bound to one address or to every interface answers to.

import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAULTS } from '../../test/helpers/build-test-app.js';
import { serverHostNames, startServer, type RunningServer } from './start-server.js';

describe('startServer', () => {
  let dir = '';
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mlprep-start-'));
    server = await startServer({
      content: path.join(VAULTS, 'web-demo'),
      host: '127.0.0.1',
      port: 0,
      cacheDir: path.join(dir, 'cache'),
      data: path.join(dir, 'data'),
      skipWeb: true,
      fuzz: false,
      now: () => Date.UTC(2026, 2, 1, 12),
      log: (line) => lines.push(line),
    });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on the port it reports and serves the built vault', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const res = await fetch(new URL('api/health', server.url));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; questions: number };
    expect(body.ok).toBe(true);
    expect(body.questions).toBe(server.build.content.stats.totals.questions);
    expect(body.questions).toBeGreaterThan(0);
  });

  it('times every start-up stage in milliseconds', () => {
    expect(Object.keys(server.times)).toEqual(['content', 'index', 'web', 'store', 'listen']);
    for (const v of Object.values(server.times)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('keeps progress in the data folder it was given, with nothing orphaned in a fresh store', () => {
    expect(path.dirname(server.dataFile)).toBe(path.join(dir, 'data'));
    expect(server.orphans).toBe(0);
    expect(server.aliasesCarried).toBe(0);
  });

  it('serves the study API on the clock it was given', async () => {
    const res = await fetch(new URL('api/review/next', server.url));
    expect(res.status).toBe(200);
  });

  it('refuses a request whose Host is not this server', async () => {
    // fetch() sets Host itself; node:http sends the header as given, as a rebinding page's request would arrive.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: '/api/health', headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
    });
    expect(status).toBe(421);
  });

  it('lets a large request header through to the request guard instead of a bare 431', async () => {
    const res = await fetch(new URL(`api/search?q=${'a'.repeat(20_000)}`, server.url));
    expect(res.status).not.toBe(431);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });

  it('stops listening on close()', async () => {
    const other = await startServer({
      content: path.join(VAULTS, 'web-demo'),
      host: '127.0.0.1',
      port: 0,
      cacheDir: path.join(dir, 'cache'),
      data: path.join(dir, 'data-2'),
      skipWeb: true,
    });
    expect((await fetch(new URL('api/health', other.url))).status).toBe(200);
    await other.close();
    await expect(fetch(new URL('api/health', other.url))).rejects.toThrow();
  });
});

describe('serverHostNames', () => {
  it('answers to the bound address and the extra names only', () => {
    expect(serverHostNames('127.0.0.1', [])).toEqual(['127.0.0.1']);
    expect(serverHostNames('localhost', ['box.lan', 'other'])).toEqual(['localhost', 'box.lan', 'other']);
  });

  it('bound to every interface, also answers to the machine name and every interface address', () => {
    const addresses = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
    for (const any of ['0.0.0.0', '::']) {
      expect(serverHostNames(any, ['x'])).toEqual([any, 'x', os.hostname(), ...addresses]);
    }
  });
});
