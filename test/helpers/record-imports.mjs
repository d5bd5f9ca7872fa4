// `node --import ./test/helpers/record-imports.mjs …`: appends the URL of every module the process loads through
// the ESM loader to the file named by MLPREP_IMPORT_LOG, one per line. test/cache-hit-imports.test.ts uses it to
// prove that a start from the cache never loads the markdown stack.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);
