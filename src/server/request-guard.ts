// Who may talk to the server. The app is a local server holding a user's whole study history, so two browser
// attacks matter: DNS rebinding (a page on evil.example whose name resolves to 127.0.0.1 talks to us with
// `Host: evil.example`) and cross-site requests (a page on any origin posts to 127.0.0.1:4321). Invariants:
// - every request must name one of our own host names in `Host` (421 otherwise), so a rebound name reads nothing;
// - every state-changing request (anything but GET/HEAD/OPTIONS) must come from our own origin when a browser
//   sends it (`Sec-Fetch-Site` same-origin or none, `Origin` equal to our origin) and must carry exactly
//   `Content-Type: application/json`, a type no cross-origin page can send without a CORS preflight, which we
//   never answer. Clients that send neither header (curl, the CLI, tests) are not browsers and pass;
// - a request line beyond MAX_URL_CHARS gets a JSON 414 instead of a reset connection.
// Hono ships `csrf()`, but it only checks Origin against a list and lets any non-form content type through
// (`text/plain; application/json` included), so the rules are written out here.

import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';

export const MAX_URL_CHARS = 8 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];

/** Lower-cased host name of a Host header value without its port: `[::1]:4321` -> `::1`, `Foo.:80` -> `foo`. */
export function hostName(hostHeader: string): string | null {
  const value = hostHeader.trim().toLowerCase();
  if (value === '') return null;
  const v6 = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (v6) return v6[1]!;
  const m = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(value);
  if (!m) return null;
  return m[1]!.replace(/\.$/, '');
}

/** The media type of a Content-Type value is exactly application/json, with at most a utf-8 charset. */
export function isStrictJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || /^charset="?utf-8"?$/.test(p));
}

export interface GuardOptions {
  /** Host names (no port) this server answers to. Loopback names are always included. */
  allowedHosts?: readonly string[];
}

export function requestGuard(opts: GuardOptions = {}): MiddlewareHandler {
  const allowed = new Set(
    [...LOOPBACK_HOSTS, ...(opts.allowedHosts ?? [])].map((h) => hostName(h.includes(':') && !h.startsWith('[') ? `[${h}]` : h) ?? h),
  );
  return async (c, next) => {
    if (c.req.url.length > MAX_URL_CHARS)
      return errorResponse(c, 414, 'uri_too_long', `The request URL is longer than ${MAX_URL_CHARS} characters.`);
    const hostHeader = c.req.header('host') ?? new URL(c.req.url).host;
    const name = hostName(hostHeader);
    if (!name || !allowed.has(name))
      return errorResponse(
        c,
        421,
        'unknown_host',
        `This server does not answer to the host name "${hostHeader.slice(0, 100)}". Open it as http://127.0.0.1 or http://localhost, or start it with --allow-host.`,
      );
    if (!SAFE_METHODS.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        return errorResponse(c, 403, 'cross_origin', `Requests from another site (${site}) cannot change progress.`);
      const origin = c.req.header('origin');
      if (origin !== undefined && origin.toLowerCase() !== `http://${hostHeader.toLowerCase()}`)
        return errorResponse(c, 403, 'cross_origin', `Requests from another origin (${origin.slice(0, 100)}) cannot change progress.`);
      if (c.req.path.startsWith('/api/') && !isStrictJson(c.req.header('content-type')))
        return errorResponse(
          c,
          415,
          'unsupported_media_type',
          'Send the request with Content-Type: application/json (a UTF-8 JSON body, or none).',
        );
    }
    await next();
  };
}
