// Runs as npm's `prepare` step after `npm ci` / `npm install`: links node_modules/.bin/mlprep to bin/mlprep.js so
// that `npx mlprep …` works inside this repository. npm links the bins of dependencies, never the root package's
// own bin, and a self-dependency ("mlprep": "file:.") would put a symlink loop into node_modules.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'mlprep');
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(path.relative(binDir, path.join(root, 'bin', 'mlprep.js')), link);
chmodSync(path.join(root, 'bin', 'mlprep.js'), 0o755);
