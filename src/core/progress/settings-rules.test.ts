// The setting rules at their edges. The bounds are written out here, not read from the code's constants, so that
// moving a bound or loosening a comparison fails a test.
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS, settingError } from './settings-rules.js';

const ok = (key: string, value: unknown) => expect(settingError(key, value), `${key} = ${JSON.stringify(value)}`).toBeNull();
const bad = (key: string, value: unknown, message: string) =>
  expect(settingError(key, value), `${key} = ${JSON.stringify(value)}`).toBe(message);

describe('settingError', () => {
  it('retention: a number from 0.7 to 0.97, both ends included', () => {
    for (const v of [0.7, 0.8, 0.9, 0.97]) ok('retention', v);
    const message = 'retention must be a number from 0.7 to 0.97.';
    for (const v of [0.69, 0.6999999, 0.9700001, 0.98, 1, 0, -0.9, '0.9', null, undefined, Number.NaN]) bad('retention', v, message);
  });

  it('newLimit: a whole number from 0 to 1000, both ends included', () => {
    for (const v of [0, 1, 20, 999, 1000]) ok('newLimit', v);
    const message = 'newLimit must be an integer from 0 to 1000.';
    for (const v of [-1, 1001, 2.5, '20', null, true, Number.POSITIVE_INFINITY]) bad('newLimit', v, message);
  });

  it('newOrder: path, topic or random', () => {
    for (const v of ['path', 'topic', 'random']) ok('newOrder', v);
    const message = 'newOrder must be one of path, topic, random.';
    for (const v of ['Path', 'shuffle', '', null, 1]) bad('newOrder', v, message);
  });

  it('leechThreshold: a whole number from 0 (off) to 99, both ends included', () => {
    for (const v of [0, 1, 8, 98, 99]) ok('leechThreshold', v);
    const message = 'leechThreshold must be an integer from 0 (off) to 99.';
    for (const v of [-1, 100, 7.5, '8', null]) bad('leechThreshold', v, message);
  });

  it('activePath: null or a lowercase path id of at most 64 characters', () => {
    for (const v of [null, 'ml-engineer', 'a', 'path-2', 'x'.repeat(64)]) ok('activePath', v);
    const message = 'activePath must be null or a path id.';
    for (const v of ['', 'ML-engineer', 'has space', 'x'.repeat(65), 'a/b', undefined, 3, 'ok\nbad']) bad('activePath', v, message);
  });

  it('names the known settings when the key is unknown', () => {
    expect(SETTING_KEYS).toEqual(['retention', 'newLimit', 'newOrder', 'activePath', 'leechThreshold']);
    bad('theme', 'dark', 'Unknown setting "theme". The settings are retention, newLimit, newOrder, activePath, leechThreshold.');
    bad('', 1, 'Unknown setting "". The settings are retention, newLimit, newOrder, activePath, leechThreshold.');
  });
});
