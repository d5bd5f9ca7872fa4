// Prints the mutation score per folder (and per file with --files) from Stryker's JSON report
// (reports/mutation/mutation.json, written by `npm run mutate`). Score = detected / (detected + undetected), with
// killed and timed-out mutants detected and survivors and mutants no test covers undetected, as Stryker counts it.
// Usage: npx tsx scripts/mutation-score.ts [report.json] [--files]

import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
const tally = new Map<string, Record<string, number>>();
for (const [name, { mutants }] of Object.entries(report.files)) {
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
