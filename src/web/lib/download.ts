// Downloads a file from an export route (src/server/routes-export.ts) through fetch, so the page can say that
// it is being prepared and show the server's message when it fails (a link with `download` fails silently).

import type { ApiError } from '../../core/api/types.js';
import { ApiFailure } from './api.js';

/** Fetches `url` and saves the body under the server's file name (content-disposition) or `fallback`. */
export async function downloadFile(url: string, fallback: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    throw new ApiFailure(res.status, body?.error.message ?? `Request failed (${res.status}).`);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
