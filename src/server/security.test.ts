// The security headers on every kind of response: the page shell, a JSON answer, a JSON error and a static file.
// Each directive is checked by value, so that dropping X-Frame-Options, frame-ancestors or nosniff, or loosening
// object-src (or any other source list), fails here and not in a user's browser.

import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';

let app: Hono;
beforeAll(async () => {
  ({ app } = await buildTestApp('web-demo'));
});

/** `a b; c d` -> { a: ['b'], c: ['d'] }; a repeated directive fails the test (browsers ignore the second one). */
function parseCsp(header: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(out, `directive ${name} appears twice`).not.toHaveProperty(name);
    out[name] = sources;
  }
  return out;
}

const ROUTES: [string, string, number][] = [
  ['the page shell', '/', 200],
  ['a JSON answer', '/api/health', 200],
  ['a JSON error', '/api/questions/no-such-question', 404],
  ['a static file', '/vendor/katex/katex.min.css', 200],
];

describe('security headers', () => {
  it.each(ROUTES)('%s (%s) carries the full strict CSP', async (_name, url, status) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    expect(parseCsp(res.headers.get('content-security-policy') ?? '')).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it.each(ROUTES)('%s (%s) forbids framing and sniffing and leaks no referrer', async (_name, url) => {
    const res = await app.request(url);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('answers a request the guard refuses with the same headers', async () => {
    const res = await app.request('/api/health', { headers: { host: 'evil.example' } });
    expect(res.status).toBe(421);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(parseCsp(res.headers.get('content-security-policy') ?? '')['frame-ancestors']).toEqual(["'none'"]);
  });
});
