// The CLI entry: builds the commander program from one file per command and maps every expected failure to a
// clear one-line message and exit code, never a stack trace.

import { Command, CommanderError } from 'commander';
import { registerCheck } from './check.js';
import { registerIndex } from './index-readme.js';
import { registerStats } from './stats.js';
import { registerServe } from './serve.js';
import { registerProgress } from './progress.js';
import { registerExport } from './export.js';
import { registerBuildSite } from './build-site.js';
import { registerExercise } from './exercise.js';
import { CliError } from './errors.js';
import { VaultError } from '../node/read-vault.js';

/** Each command file exports one register function; serve, review and the rest are added here. */
const COMMANDS: ((program: Command) => void)[] = [
  registerCheck,
  registerStats,
  registerIndex,
  registerServe,
  registerProgress,
  registerExercise,
  registerExport,
  registerBuildSite,
];

export function buildProgram(): Command {
  const program = new Command('mlprep')
    .description('Prepare ML/AI interviews: check and study the question collection.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError(`(run mlprep --help for the commands)`);
  for (const register of COMMANDS) register(program);
  for (const cmd of allCommands(program)) cmd.showHelpAfterError(usageHint(cmd));
  return program;
}

function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** After a usage error (unknown option, missing argument): the command's usage line, not its whole help. */
function usageHint(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const full = names.join(' ');
  return `Usage: ${full} ${cmd.usage()}   (${full} --help for details)`;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CliError || err instanceof VaultError) {
      process.stderr.write(`mlprep: ${err.message}\n`);
      return err instanceof CliError ? err.exitCode : 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`mlprep: unexpected error: ${message}\n`);
    return 1;
  }
}
