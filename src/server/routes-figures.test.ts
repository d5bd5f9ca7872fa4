// GET /figures/<name>.svg through the real app on the pictures-valid vault: the SVG with its own strict CSP and
// nosniff, and 404 for anything that is not a kebab-case .svg regular file in figures/ (traversal, other files,
// a symlink out of the folder).

import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, VAULTS } from '../../test/helpers/build-test-app.js';
import { FIGURE_CSP, figureRoutes } from './routes-figures.js';

let app: Hono;
let tmp: string;
beforeAll(async () => {
  ({ app } = await buildTestApp('pictures-valid'));
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlprep-figroutes-'));
}, 60_000);
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('GET /figures/*', () => {
  it('serves a figure as image/svg+xml with an SVG-only CSP and nosniff', async () => {
    const res = await app.request('/figures/01-line.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toBe(FIGURE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(await readFile(path.join(VAULTS, 'pictures-valid/figures/01-line.svg'), 'utf8'));
  });

  it('keeps the strict app CSP on other responses', async () => {
    const res = await app.request('/api/topics');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it.each([
    '/figures/..%2F01_Pictures.md',
    '/figures/%2e%2e%2f01_Pictures.md',
    '/figures/..%2f..%2fpackage.json',
    '/figures/matplotlibrc',
    '/figures/01-line.SVG',
    '/figures/nope.svg',
    '/figures/.hidden.svg',
  ])('answers 404 for %s', async (url) => {
    const res = await app.request(url);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toBe('image/svg+xml');
  });

  it('does not follow a symlink out of the figures folder', async () => {
    await cp(path.join(VAULTS, 'pictures-valid'), tmp, { recursive: true });
    await symlink(path.join(tmp, '01_Pictures.md'), path.join(tmp, 'figures', 'evil.svg'));
    const routes = figureRoutes(tmp);
    expect((await routes.request('/figures/01-line.svg')).status).toBe(200);
    expect((await routes.request('/figures/evil.svg')).status).toBe(404);
  });
});
