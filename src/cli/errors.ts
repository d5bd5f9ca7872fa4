// Errors the CLI reports as one line (no stack trace) with a chosen exit code.
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
