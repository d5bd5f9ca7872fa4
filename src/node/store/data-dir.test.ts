// Where progress lives, in order: the --data flag, MLPREP_DATA, $XDG_DATA_HOME/mlprep, then ~/.local/share/mlprep;
// relative paths are resolved against the working folder.

import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, resolveDataDir } from './data-dir.js';

describe('resolveDataDir', () => {
  const env = { MLPREP_DATA: '/env/data', XDG_DATA_HOME: '/xdg' };

  it('takes the flag first, then MLPREP_DATA, then XDG_DATA_HOME, then the home folder', () => {
    expect(resolveDataDir('/flag', env)).toBe('/flag');
    expect(resolveDataDir(undefined, env)).toBe('/env/data');
    expect(resolveDataDir(undefined, { XDG_DATA_HOME: '/xdg' })).toBe('/xdg/mlprep');
    expect(resolveDataDir(undefined, {})).toBe(path.join(os.homedir(), '.local', 'share', 'mlprep'));
  });

  it('treats empty values as unset', () => {
    expect(resolveDataDir('', { MLPREP_DATA: '', XDG_DATA_HOME: '' })).toBe(path.join(os.homedir(), '.local', 'share', 'mlprep'));
  });

  it('resolves relative paths against the working folder', () => {
    expect(resolveDataDir('rel', {})).toBe(path.resolve('rel'));
    expect(resolveDataDir(undefined, { MLPREP_DATA: 'rel2' })).toBe(path.resolve('rel2'));
    expect(resolveDataDir(undefined, { XDG_DATA_HOME: 'x' })).toBe(path.join(path.resolve('x'), 'mlprep'));
  });

  it('names the database file', () => {
    expect(DB_FILE).toBe('progress.sqlite');
  });
});
