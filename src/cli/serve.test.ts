// `mlprep serve` refuses bad options and a missing content folder with one clear message, before listening.

import { describe, expect, it } from 'vitest';
import { VaultError } from '../node/load-vault.js';
import { CliError } from './errors.js';
import { runServe } from './serve.js';

describe('runServe', () => {
  it.each(['abc', '-1', '70000'])('rejects --port %s', async (port) => {
    await expect(runServe({ port, host: '127.0.0.1' })).rejects.toThrow(CliError);
  });

  it('fails clearly when the content folder does not exist', async () => {
    await expect(runServe({ port: '0', host: '127.0.0.1', content: '/nonexistent/vault' })).rejects.toThrow(VaultError);
  });
});
