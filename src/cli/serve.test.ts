// `mlprep serve` refuses bad options and a missing content folder with one clear message, before listening.

import { describe, expect, it } from 'vitest';
import { VaultError } from '../node/read-vault.js';
import { CliError } from './errors.js';
import { clockFromEnv, runServe } from './serve.js';

describe('runServe', () => {
  it.each(['abc', '-1', '70000'])('rejects --port %s', async (port) => {
    await expect(runServe({ port, host: '127.0.0.1' })).rejects.toThrow(CliError);
  });

  it('fails clearly when the content folder does not exist', async () => {
    await expect(runServe({ port: '0', host: '127.0.0.1', content: '/nonexistent/vault' })).rejects.toThrow(VaultError);
  });
});

describe('clockFromEnv (MLPREP_NOW)', () => {
  it('is the real clock when unset or empty', () => {
    expect(clockFromEnv(undefined)).toBeUndefined();
    expect(clockFromEnv('')).toBeUndefined();
  });

  it('starts at the given instant and runs forward with the real clock', () => {
    let real = 1_000_000;
    const now = clockFromEnv('2026-03-01T12:00:00Z', () => real)!;
    expect(new Date(now()).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    real += 90_000;
    expect(new Date(now()).toISOString()).toBe('2026-03-01T12:01:30.000Z');
    expect(new Date(clockFromEnv('2026-03-01T12:00:00+02:00', () => 0)!()).toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it.each(['2026-03-01', 'tomorrow', '2026-13-01T00:00:00Z', '2026-03-01T12:00:00'])('refuses %s with the expected form', (v) => {
    expect(() => clockFromEnv(v)).toThrow(/MLPREP_NOW must be an ISO instant with a zone, like 2026-03-01T12:00:00Z/);
  });
});
