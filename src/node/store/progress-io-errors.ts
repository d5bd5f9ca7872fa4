// The import error of progress files, in its own module so progress-io.ts and exercise-io.ts share it without a
// cycle. Its message names the field path (`exerciseAttempts[2].suite: must be …`).
export class ImportError extends Error {
  override name = 'ImportError';
}
