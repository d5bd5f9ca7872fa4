// The request guard through the real app: a rebinding host name reads and changes nothing, a cross-site or
// cross-origin write is refused whatever its content type, and the app's own requests still work.

import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helpers/build-test-app.js';
import type { ProgressStore } from '../node/store/progress-store.js';
import { hostName, isStrictJson, MAX_URL_CHARS, requestGuard } from './request-guard.js';

const clock = { t: Date.UTC(2026, 2, 1, 12) };
let app: Hono;
let progress: ProgressStore | null;

beforeAll(async () => {
  ({ app, progress } = await buildTestApp('web-prep', { now: () => clock.t }));
});
afterAll(() => progress?.close());

const OWN = { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' };

async function reviewCount(): Promise<number> {
  const res = await app.request('/api/progress/export', { headers: { host: OWN.host } });
  return ((await res.json()) as { reviewLog: unknown[] }).reviewLog.length;
}

async function gradeOne(headers: Record<string, string>, uid: string) {
  const next = (await (await app.request('/api/review/next', { headers: { host: OWN.host } })).json()) as {
    card: { questionId: string };
  };
  return app.request('/api/review', {
    method: 'POST',
    headers,
    body: JSON.stringify({ questionId: next.card.questionId, rating: 3, uid }),
  });
}

describe('host names (DNS rebinding)', () => {
  it.each(['evil.example:4321', 'evil.example', '127.0.0.1.evil.example', 'attacker.localhost.example:80'])(
    'answers Host: %s with 421 on reads and writes',
    async (host) => {
      const read = await app.request('/api/progress/export', { headers: { host } });
      expect(read.status).toBe(421);
      expect(((await read.json()) as { error: { code: string } }).error.code).toBe('unknown_host');
      const before = await reviewCount();
      const reset = await app.request('/api/progress/reset', {
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
        body: '{"confirm":true}',
      });
      expect(reset.status).toBe(421);
      expect(await reviewCount()).toBe(before);
    },
  );

  it.each(['127.0.0.1:4321', 'localhost:4321', 'LOCALHOST', '[::1]:4321', 'localhost.:4321'])('serves Host: %s', async (host) => {
    const res = await app.request('/api/health', { headers: { host } });
    expect(res.status).toBe(200);
  });

  it('parses host names with ports, IPv6 brackets and trailing dots, and rejects junk', () => {
    expect(hostName('[::1]:80')).toBe('::1');
    expect(hostName('Example.COM.:8080')).toBe('example.com');
    expect(hostName('a b')).toBeNull();
    expect(hostName('')).toBeNull();
    expect(hostName('host:port')).toBeNull();
  });
});

describe('cross-site writes (CSRF)', () => {
  it('refuses a text/plain body that merely mentions application/json', async () => {
    const before = await reviewCount();
    const res = await gradeOne({ host: OWN.host, 'content-type': 'text/plain; application/json' }, 'csrf-1');
    expect(res.status).toBe(415);
    expect(await reviewCount()).toBe(before);
  });

  it.each([
    ['a form post to undo', '/api/review/undo', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['another origin', '/api/review/undo', { 'content-type': 'application/json', origin: 'http://evil.example:4321' }, 403],
    ['the null origin', '/api/review/undo', { 'content-type': 'application/json', origin: 'null' }, 403],
    ['a cross-site fetch', '/api/progress/reset', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, 403],
    [
      'a same-site fetch from another port',
      '/api/progress/reset',
      { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' },
      403,
    ],
    ['another port on localhost', '/api/mock', { 'content-type': 'application/json', origin: 'http://127.0.0.1:9999' }, 403],
  ])('refuses %s', async (_name, url, headers, status) => {
    const before = await reviewCount();
    const res = await app.request(url, { method: 'POST', headers: { host: OWN.host, ...headers }, body: '{"confirm":true}' });
    expect(res.status).toBe(status);
    expect(await reviewCount()).toBe(before);
  });

  it('accepts the app’s own same-origin request and a non-browser client', async () => {
    const before = await reviewCount();
    const own = await gradeOne(
      { host: OWN.host, origin: OWN.origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      'own-1',
    );
    expect(own.status).toBe(201);
    const cli = await gradeOne({ host: OWN.host, 'content-type': 'application/json; charset=utf-8' }, 'cli-1');
    expect(cli.status).toBe(201);
    expect(await reviewCount()).toBe(before + 2);
  });

  it.each([
    ['application/json', true],
    ['application/json; charset=UTF-8', true],
    ['Application/JSON;charset="utf-8"', true],
    ['application/jsonx', false],
    ['application/json; charset=utf-16', false],
    ['text/plain; application/json', false],
    ['multipart/form-data', false],
    [undefined, false],
  ])('treats Content-Type %s as JSON: %s', (type, ok) => {
    expect(isStrictJson(type)).toBe(ok);
  });
});

describe('long URLs', () => {
  it('answers a 100 KB query string with a JSON 414', async () => {
    const res = await app.request(`/api/search?q=${'a'.repeat(100_000)}`, { headers: { host: OWN.host } });
    expect(res.status).toBe(414);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('uri_too_long');
  });
});

describe('requestGuard on its own', () => {
  // A bare app behind the guard: what reaches the handler answers 200 "ok".
  const guarded = (allowedHosts?: string[]) => {
    const bare = new Hono();
    bare.use(requestGuard(allowedHosts ? { allowedHosts } : {}));
    bare.all('*', (c) => c.text('ok'));
    return bare;
  };
  const status = async (bare: Hono, url: string, init: RequestInit = {}) => (await bare.request(url, init)).status;

  it('answers the extra host names it is given, IPv6 ones with or without brackets, and no others', async () => {
    const bare = guarded(['box.lan', '::2', '[fe80::1]']);
    for (const host of ['box.lan:4321', 'BOX.LAN', '[::2]:80', '[fe80::1]', 'localhost:1'])
      expect(await status(bare, '/x', { headers: { host } }), host).toBe(200);
    for (const host of ['other.lan', 'box.lan.evil', '[::3]']) expect(await status(bare, '/x', { headers: { host } }), host).toBe(421);
    expect(await status(guarded(), '/x', { headers: { host: 'box.lan' } })).toBe(421);
  });

  it('names the refused host in its message, cut to 100 characters', async () => {
    const long = `${'h'.repeat(150)}.example`;
    const res = await guarded().request('/x', { headers: { host: long } });
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('unknown_host');
    expect(error.message).toContain(`"${long.slice(0, 100)}"`);
    expect(error.message).not.toContain(long.slice(0, 101));
    expect(error.message).toMatch(/--allow-host/);
  });

  it('without a Host header, judges the host of the request URL', async () => {
    expect(await status(guarded(), 'http://localhost/x')).toBe(200);
    expect(await status(guarded(), 'http://evil.example/x')).toBe(421);
  });

  it('answers 414 from one character past the URL limit, not at it', async () => {
    const base = 'http://localhost/x?q=';
    const at = base + 'a'.repeat(MAX_URL_CHARS - base.length);
    expect(at.length).toBe(MAX_URL_CHARS);
    expect(await status(guarded(), at)).toBe(200);
    expect(await status(guarded(), `${at}a`)).toBe(414);
  });

  it('lets reads through from any site and guards every other method', async () => {
    const bare = guarded();
    const crossSite = { host: 'localhost', 'sec-fetch-site': 'cross-site' };
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(await status(bare, '/api/x', { method, headers: crossSite }), method).toBe(200);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(await status(bare, '/api/x', { method, headers: crossSite }), method).toBe(403);
  });

  it('accepts a write the user started themselves (Sec-Fetch-Site: none) and an Origin that differs only in case', async () => {
    const bare = guarded();
    const json = { host: 'localhost:4321', 'content-type': 'application/json' };
    expect(await status(bare, '/api/x', { method: 'POST', headers: { ...json, 'sec-fetch-site': 'none' } })).toBe(200);
    expect(await status(bare, '/api/x', { method: 'POST', headers: { ...json, origin: 'HTTP://LOCALHOST:4321' } })).toBe(200);
    expect(await status(bare, '/api/x', { method: 'POST', headers: { ...json, origin: 'https://localhost:4321' } })).toBe(403);
  });

  it('asks for JSON only on API writes, and says which type to send', async () => {
    const bare = guarded();
    const form = { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' };
    expect(await status(bare, '/not-api', { method: 'POST', headers: form })).toBe(200);
    expect(await status(bare, '/api', { method: 'POST', headers: form })).toBe(200);
    const res = await bare.request('/api/x', { method: 'POST', headers: form });
    expect(res.status).toBe(415);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error).toEqual({ code: 'unsupported_media_type', message: expect.stringContaining('Content-Type: application/json') });
  });
});
