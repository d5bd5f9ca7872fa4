// JSON errors for the API: `{ "error": { "code", "message" } }` with a 4xx status. Route handlers throw an
// ApiError; createApp's onError turns it (and anything unexpected, as a 500 without details) into JSON.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError as ApiErrorBody } from '../core/api/types.js';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string) => new ApiError(400, code, message);
export const notFound = (code: string, message: string) => new ApiError(404, code, message);

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, status);
}
