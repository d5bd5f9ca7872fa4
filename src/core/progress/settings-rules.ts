// The rules for each stored setting, shared by PUT /api/settings, the progress import (which rejects a value
// that breaks them, naming the field) and the reads (which fall back to the default for a stored value that
// breaks them). Isomorphic.

import { MAX_RETENTION, MIN_RETENTION } from '../schedule/scheduler.js';
import { NEW_ORDERS, type NewOrder } from '../schedule/queue.js';
import { MAX_LEECH_THRESHOLD } from '../schedule/card-marks.js';

export const SETTING_KEYS = ['retention', 'newLimit', 'newOrder', 'activePath', 'leechThreshold'] as const;

/** Why `value` is not valid for setting `key`, or null when it is. */
export function settingError(key: string, value: unknown): string | null {
  switch (key) {
    case 'retention':
      return typeof value === 'number' && value >= MIN_RETENTION && value <= MAX_RETENTION
        ? null
        : `retention must be a number from ${MIN_RETENTION} to ${MAX_RETENTION}.`;
    case 'newLimit':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1000
        ? null
        : 'newLimit must be an integer from 0 to 1000.';
    case 'newOrder':
      return NEW_ORDERS.includes(value as NewOrder) ? null : `newOrder must be one of ${NEW_ORDERS.join(', ')}.`;
    case 'leechThreshold':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_LEECH_THRESHOLD
        ? null
        : `leechThreshold must be an integer from 0 (off) to ${MAX_LEECH_THRESHOLD}.`;
    case 'activePath':
      return value === null || (typeof value === 'string' && /^[a-z0-9-]{1,64}$/.test(value))
        ? null
        : 'activePath must be null or a path id.';
    default:
      return `Unknown setting "${key}". The settings are ${SETTING_KEYS.join(', ')}.`;
  }
}
