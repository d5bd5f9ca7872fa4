#!/usr/bin/env node
// The `mlprep` command. It registers tsx so that the TypeScript sources run directly on Node 20 (which has no
// type stripping), then hands over to the CLI entry.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`mlprep stats | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
