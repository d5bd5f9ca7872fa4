// Loader hooks for record-imports.mjs: the hooks run on the loader thread, so the log is appended synchronously.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (process.env.MLPREP_IMPORT_LOG) appendFileSync(process.env.MLPREP_IMPORT_LOG, `${url}\n`);
  return loaded;
}
