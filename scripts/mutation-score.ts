// Prints the mutation score per folder (and per file with --files) from Stryker's JSON report
// (reports/mutation/mutation.json, written by `npm run mutate`). Score = detected / (detected + undetected), with
// killed and timed-out mutants detected and survivors and mutants no test covers undetected, as Stryker counts it.
// With no report named, it reads reports/mutation/mutation.json and every per-folder report
// reports/mutation/<tag>/mutation.json (scripts/mutate-folders.ts); a file in several reports counts once, from
// the newest report.
// Usage: npx tsx scripts/mutation-score.ts [report.json ...] [--files]

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const ROOT = 'reports/mutation';
const found = existsSync(ROOT)
  ? [
      path.join(ROOT, 'mutation.json'),
      // sample-* reports hold a drawn sample (scripts/mutate-sample.ts prints its own estimate), not whole files.
      ...readdirSync(ROOT)
        .filter((tag) => !tag.startsWith('sample-'))
        .map((tag) => path.join(ROOT, tag, 'mutation.json')),
    ].filter((f) => existsSync(f))
  : [];
const reports = named.length > 0 ? named : found;
if (reports.length === 0) {
  console.error(`No report: run \`npm run mutate\` or \`npm run mutate:folders\` first (looked in ${ROOT}/).`);
  process.exit(2);
}
const files = new Map<string, { mutants: { status: string }[] }>();
for (const file of [...reports].sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  for (const [name, entry] of Object.entries(report.files)) files.set(path.resolve(name), entry);
}
const tally = new Map<string, Record<string, number>>();
for (const [name, { mutants }] of files) {
  // Test-only helpers are not mutated (stryker.config.mjs), but a report can still carry their results from an
  // incremental file written before they were excluded.
  if (/(^|\/)test-[^/]*\.ts$/.test(name)) continue;
  const rel = path.relative(process.cwd(), path.resolve(name));
  const keys = [rel.split('/').slice(0, 2).join('/'), ...(args.includes('--files') ? [rel] : [])];
  for (const key of keys) {
    const t = tally.get(key) ?? {};
    for (const m of mutants) t[m.status] = (t[m.status] ?? 0) + 1;
    tally.set(key, t);
  }
}
for (const [key, t] of [...tally].sort()) {
  const detected = (t.Killed ?? 0) + (t.Timeout ?? 0);
  const undetected = (t.Survived ?? 0) + (t.NoCoverage ?? 0);
  const score = detected + undetected ? ((100 * detected) / (detected + undetected)).toFixed(1) : 'n/a';
  console.log(
    `${key.padEnd(48)} ${String(score).padStart(5)} %  killed ${t.Killed ?? 0}, timeout ${t.Timeout ?? 0}, survived ${t.Survived ?? 0}, no coverage ${t.NoCoverage ?? 0}`,
  );
}
