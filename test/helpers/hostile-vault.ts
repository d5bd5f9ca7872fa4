// A vault whose notes attack the parser and the file system, shared by test/hostile-vault.test.ts and
// scripts/hostile-vault.ts. With `examples`, its topic also carries python examples that attack the runner.

import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VAULTS } from './build-test-app.js';

/** Python examples that try to outlive, flood or escape the runner. */
export const HOSTILE_EXAMPLES = [
  ['fork a child that holds stderr open', 'import os, time\nif os.fork() == 0:\n    time.sleep(600)\ntime.sleep(600)'],
  ['leave a setsid daemon', 'import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(600)'],
  ['allocate 6 GiB', 'x = bytearray(6 * 1024 ** 3)'],
  [
    'flood stderr with 200 MB',
    'import sys\nchunk = "x" * 1_000_000 + "\\n"\nfor _ in range(200):\n    sys.stderr.write(chunk)\nraise SystemExit(1)',
  ],
  ['write a 1 GB file', 'with open("big", "wb") as f:\n    f.write(b"0" * (1 << 30))'],
  ['read the caller environment', 'import os\nassert "HOME" in os.environ and not any("SECRET" in k for k in os.environ)'],
] as const;

export function writeHostileVault(dir: string, examples = false): void {
  let topic = readFileSync(path.join(VAULTS, 'minimal-valid', '01_Math_Foundations.md'), 'utf8');
  if (examples) {
    const blocks = HOSTILE_EXAMPLES.map(([, code]) => '```python\n' + code + '\n```\n').join('\n');
    topic = topic.replace('**Key points**', `${blocks}\n**Key points**`);
  }
  writeFileSync(path.join(dir, '01_Math_Foundations.md'), topic);
  writeFileSync(path.join(dir, 'deep-quote.md'), `# Deep\n\n${'>'.repeat(20_000)} boom\n`);
  writeFileSync(path.join(dir, 'emphasis.md'), `# Emphasis\n\n${'*a* _b_ '.repeat(50_000)}\n`);
  // `- - - x` is a list in a list in a list: 2,000 levels on one line.
  writeFileSync(path.join(dir, 'deep-list.md'), `# List\n\n- fine\n\n${'- '.repeat(2000)}deep\n`);
  writeFileSync(path.join(dir, 'huge.md'), `# Huge\n\n${'All work and no play. '.repeat(250_000)}\n`);
  writeFileSync(path.join(dir, 'long-line.md'), `# Long\n\n${'x'.repeat(200_000)}\n`);
  symlinkSync('/etc/passwd', path.join(dir, 'passwd.md'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
}
