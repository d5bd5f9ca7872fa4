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

/** A folder without a single topic file is a wrong --content, not an empty collection that "passed". */
export function requireTopics(dir: string, vault: { topics: readonly unknown[] }): void {
  if (vault.topics.length === 0)
    throw new CliError(`no topic files in ${dir}: a topic file is named like 01_math_foundations.md (NN_name.md)`);
}
