// Typed fetch helpers for the read-only JSON API. An API error body `{ error: { code, message } }` becomes an
// ApiFailure with the server's message, shown by the page; a 404 is marked so pages can show "not found".

import type { ApiError } from '../../core/api/types.js';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal: signal ?? null, headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    throw new ApiFailure(res.status, body?.error.message ?? `Request failed (${res.status}).`);
  }
  return (await res.json()) as T;
}

const memo = new Map<string, Promise<unknown>>();

/** For data that never changes while the server runs (topics, plan, tags, stats): fetched once per page load. */
export function getCached<T>(url: string): Promise<T> {
  let p = memo.get(url);
  if (!p) {
    p = getJson<T>(url);
    p.catch(() => memo.delete(url));
    memo.set(url, p);
  }
  return p as Promise<T>;
}
